// Sendmail log lines.
//
// Sendmail tags each line of a message's life with its queue id and writes
// "key=value, key=value" records:
//   x1: from=<a@example.org>, size=5360, class=0, nrcpts=1, msgid=<...>, proto=ESMTP, daemon=MTA, relay=client [ip]
//   x1: to=<b@example.net>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=120360,
//       relay=mx.example.net. [ip], dsn=5.1.1, stat=User unknown
//   x1: x2: DSN: User unknown                 (the bounce x2 generated for x1)
//   x1: x2: return to sender: Cannot send ... (the same, an old-style bounce)
//   x1: ruleset=check_rcpt, arg1=<c@example.com>, relay=client [ip], reject=550 5.7.1 <c@...>... Relaying denied
//   x1: <d@example.org>... User unknown       (an RCPT refused during the SMTP session)
// The field order of to= records follows deliver.c (logdelivery): stat= is
// always last and may contain commas, the recipient list comes first and may
// hold several addresses.
//
// The queue id correlates a delivery with its sender, Message-ID and client;
// entries end when every recipient counted in nrcpts= reached a final status,
// and are capped (MessageTable) because Sendmail never logs a removal.
#include "parsers/sendmail.h"

#include <string>

#include "parsers/message_table.h"
#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "sendmail.log";
constexpr size_t kMaxMessages = 200'000;
constexpr size_t kMaxPendingBytes = 8 * 1024;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || c == '_' || is_digit(c); }

sv trim(sv s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Sendmail queue ids: 8 characters before 8.12 ("HAA03001"), 12 to 15 after
// ("s1GNXHYB005133", "xA32R2PQ3529566" with a long pid). Alphanumeric with digits.
bool is_queue_id(sv t) {
  if (t.size() < 8 || t.size() > 20) return false;
  bool digit = false;
  for (char c : t) {
    if (!is_alnum(c)) return false;
    digit = digit || is_digit(c);
  }
  return digit;
}

// "ID: rest": the id, else empty ("NOQUEUE: " gives an empty id and strips it).
sv leading_queue_id(sv msg, sv* rest) {
  *rest = msg;
  if (msg.starts_with("NOQUEUE: ")) {
    *rest = msg.substr(9);
    return {};
  }
  size_t i = 0;
  while (i < msg.size() && i <= 20 && is_alnum(msg[i])) ++i;
  if (i + 1 >= msg.size() || msg[i] != ':' || msg[i + 1] != ' ') return {};
  sv id = msg.substr(0, i);
  if (!is_queue_id(id)) return {};
  *rest = msg.substr(i + 2);
  return id;
}

// Where the value of a "key=value, key=value" field ends: at ", " followed by
// another key and '=' (values themselves contain ", " in texts and lists).
size_t value_end(sv s, size_t from) {
  size_t p = from;
  for (;;) {
    p = s.find(", ", p);
    if (p == npos) return s.size();
    size_t k = p + 2;
    while (k < s.size() && is_key_char(s[k])) ++k;
    if (k > p + 2 && k < s.size() && s[k] == '=') return p;
    if (s.substr(p + 2).starts_with("[more]")) return p;
    p += 2;
  }
}

// The value of `key` ("relay=") at the start of s or after ", "; `last` takes
// the last occurrence (a client can put "relay=" inside its own user name).
sv kv(sv s, sv key, bool last = false) {
  size_t found = npos;
  size_t p = 0;
  for (;;) {
    p = s.find(key, p);
    if (p == npos) break;
    if (p == 0 || (p >= 2 && s[p - 2] == ',' && s[p - 1] == ' ')) {
      found = p;
      if (!last) break;
    }
    p += key.size();
  }
  if (found == npos) return {};
  size_t start = found + key.size();
  return s.substr(start, value_end(s, start) - start);
}

// "relay=mx.example.net. [192.0.2.1] (may be forged)", "relay=[192.0.2.1]",
// "relay=root@localhost", "relay=[IPv6:2001:db8::1]".
struct Relay {
  sv name, ip;
};

Relay parse_relay(sv v) {
  Relay r;
  size_t lb = v.find('[');
  sv name = trim(v.substr(0, lb));
  if (size_t at = name.find('@'); at != npos) name = name.substr(at + 1);
  if (name.ends_with('.')) name.remove_suffix(1);
  r.name = name;
  if (lb != npos) {
    size_t rb = v.find(']', lb);
    if (rb != npos) {
      sv ip = v.substr(lb + 1, rb - lb - 1);
      if (ip.starts_with("IPv6:")) ip.remove_prefix(5);
      if (looks_like_ip_address(ip)) r.ip = ip;
    }
  }
  return r;
}

// "delay=00:00:02" / "delay=2+01:00:00" in milliseconds, -1 when absent.
int64_t parse_delay_ms(sv s) {
  if (s.empty()) return -1;
  int64_t days = 0;
  if (size_t plus = s.find('+'); plus != npos) {
    for (char c : s.substr(0, plus)) {
      if (!is_digit(c)) return -1;
      days = days * 10 + (c - '0');
    }
    s.remove_prefix(plus + 1);
  }
  if (s.size() != 8 || s[2] != ':' || s[5] != ':') return -1;
  for (size_t i : {0, 1, 3, 4, 6, 7})
    if (!is_digit(s[i])) return -1;
  int64_t secs = ((s[0] - '0') * 10 + (s[1] - '0')) * 3600 + ((s[3] - '0') * 10 + (s[4] - '0')) * 60 +
                 (s[6] - '0') * 10 + (s[7] - '0');
  return (days * 86400 + secs) * 1000;
}

struct MessageState {
  std::string from, message_id, source_name, source_ip;
  // Recipients whose last status was a deferral: "rcpt\n" records, capped;
  // the queue-lifetime DSN reports them as expired.
  std::string deferred;
  // A milter's refusal of the message at DATA ("Milter: data, reject=554
  // 5.7.1 ..."): the to= records after it state only its text ("stat=Command
  // rejected"), so they take its reply and status from here.
  std::string data_refusal_status;
  uint16_t data_refusal_code = 0;
  uint32_t nrcpts = 0, finals = 0;
  bool sender_seen = false;
  void clear() {
    from.clear(), message_id.clear(), source_name.clear(), source_ip.clear(), deferred.clear();
    data_refusal_status.clear();
    data_refusal_code = 0;
    nrcpts = finals = 0;
    sender_seen = false;
  }
};

void drop_deferred(MessageState& m, sv rcpt) {
  size_t p = 0;
  while (p < m.deferred.size()) {
    size_t nl = m.deferred.find('\n', p);
    if (nl == std::string::npos) break;
    if (sv(m.deferred).substr(p, nl - p) == rcpt) {
      m.deferred.erase(p, nl - p + 1);
      return;
    }
    p = nl + 1;
  }
}

void add_deferred(MessageState& m, sv rcpt) {
  drop_deferred(m, rcpt);
  if (m.deferred.size() + rcpt.size() + 1 > kMaxPendingBytes) return;
  m.deferred.append(rcpt).push_back('\n');
}

// "collect: Cannot write ./dfx1 (bfcommit, ...): No space left on device": the
// message being received could not go into the queue (on its own line or as a SYSERR).
bool is_queue_write_failure(sv what) { return what.starts_with("collect: Cannot write"); }

// Lines without a queue id that are understood and carry nothing to report.
constexpr sv kHarmlessPrefixes[] = {
    "starting daemon", "daemon ", "alias database", "/etc/mail/aliases", "/etc/aliases", "restarting ",
    "accepting connections again",
    "runqueue", "grew WorkList", "STARTTLS=", "AUTH=", "SYSERR", "timeout waiting", "lost input channel",
    "ruleset=", "sender notify", "postmaster notify", "collect: ", "[", "Milter", "milter", "gethostbyaddr",
    "unable to qualify my own domain name", "my unqualified host name", "NOQUEUE", "savemail", "Losing ",
    "Saved message", "setsender", "stopping daemon", "dropenvelope", "queueup", "tls_", "TLS", "XS_",
};

class SendmailParser final : public ProgramParser {
 public:
  explicit SendmailParser(const FileContext& file) : path_(file.path), table_(kMaxMessages) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    rec_ = &rec;
    line_no_ = line_no;
    sv rest;
    sv qid = leading_queue_id(rec.message, &rest);
    if (rest.starts_with("SYSERR(")) return system_error(qid, rest, sink);
    // Our own server failing every message at once: a milter it cannot reach
    // ("Milter (mimedefang): error connecting to filter: Connection refused by
    // ..."; mail waits or passes unfiltered, as its F= flags say), the queue's
    // disk too full to take mail ("low on space (have 0, SMTP-DAEMON needs 101
    // in /var/spool/mqueue)"; clients are told 452 4.4.5 meanwhile), and our
    // SMTP client finding no login method the relay and its own settings share
    // ("AUTH=client, available mechanisms do not fulfill requirements").
    if ((rest.starts_with("Milter (") && rest.find("): error connecting to filter") != npos) ||
        rest.starts_with("low on space (") ||
        (rest.starts_with("AUTH=client, available mechanisms") && rest.find("do not fulfill requirements") != npos))
      return notice(qid, rest, Action::failed, {}, sink);
    // A sender record that ends in a refusal ("from=<x>, size=..., relay=..., reject=552 5.2.3 ...") is one.
    if (rest.starts_with("from=") && rest.find(", reject=") == npos) return sender(qid, rest, sink);
    if (rest.starts_with("to=")) return delivery(qid, rest, sink);
    if (rest.starts_with("AUTH failure")) return auth_failure(qid, rest, sink);
    if (rest.starts_with("STARTTLS=") && rest.find(", error:") != npos) return tls_failure(qid, rest, sink);
    if (rest.find("reject=") != npos && (rest.starts_with("ruleset=") || rest.starts_with("Milter") ||
                                         rest.starts_with("milter") || rest.find(", reject=") != npos))
      return rejection(qid, rest, sink);
    if (!qid.empty()) {
      if (rest.starts_with("<")) return address_notice(qid, rest, sink);
      // "x1: x2: DSN: ..." names the bounce x2 sendmail generated for x1
      // (older versions: "x1: x2: sender notify: ...").
      sv inner;
      sv dsn_id = leading_queue_id(rest, &inner);
      if (!dsn_id.empty() && inner.starts_with("DSN: ")) return dsn_notice(qid, inner.substr(5), sink);
      if (!dsn_id.empty() && inner.starts_with("sender notify: ")) return dsn_notice(qid, inner.substr(15), sink);
      // The same notice when the bounce is an old-style (non-DSN) return.
      if (!dsn_id.empty() && inner.starts_with("return to sender: ")) return dsn_notice(qid, inner.substr(18), sink);
      // Sendmail itself refusing a message over MaxMessageSize as it reads it
      // ("message size (31457845) exceeds maximum (20000000)").
      if (rest.starts_with("message size (")) return notice(qid, rest, Action::rejected, "DATA", sink);
      // A message that could be neither delivered nor returned to anyone
      // ("Losing ./qfx1: savemail panic"): it is gone.
      if (rest.starts_with("Losing ") || rest.find("savemail panic") != npos)
        return notice(qid, rest, Action::failed, {}, sink);
      // Sendmail could not write the message it was receiving into its queue
      // ("collect: Cannot write ./dfx1 (bfcommit, uid=0, gid=25): No space left
      // on device"): it refused the message, a failure of this server.
      if (is_queue_write_failure(rest)) return notice(qid, rest, Action::failed, "DATA", sink);
      // The daemon refusing a client that spoke before its greeting ("rejecting
      // commands from [ip] due to pre-greeting traffic after 0 seconds"): a
      // refusal, nearly always of a bot, as Exim's synchronization error is.
      if (rest.starts_with("rejecting commands from ") && rest.find(" due to pre-greeting traffic") != npos)
        return pre_greeting(qid, rest, sink);
      // The daemon throttling a client that names too many recipients too fast
      // (confBAD_RCPT_THROTTLE): our server's limit on it, as Postfix's anvil is.
      if (rest.starts_with("Possible SMTP RCPT flood")) return notice(qid, rest, Action::rejected, "RCPT", sink);
      // Session notes (EXPN/VRFY, "did not issue MAIL",
      // "possible SMTP attack", lost input channel) and message notes
      // (clone, done, collect): understood, nothing to report.
      return Outcome::recognized;
    }
    // The daemon turning every client away for a while: over its load limit
    // (RefuseLA: "rejecting connections on daemon MTA: load average: 12") or
    // out of queue space ("refusing connections on daemon MTA: ... free
    // space"). Mail to this server waits at the senders meanwhile.
    if (rest.starts_with("rejecting connections on daemon") || rest.starts_with("refusing connections on daemon"))
      return notice(qid, rest, Action::failed, {}, sink);
    // The host's own name does not resolve to a fully qualified one ("My
    // unqualified host name (erpdb01) unknown; sleeping for retry"): sendmail
    // waits, then goes on with the short name in its HELO and addresses.
    // ("unable to qualify my own domain name ... -- using short name" after
    // it is the same problem.)
    if (rest.starts_with("My unqualified host name ")) return notice(qid, rest, Action::failed, {}, sink);
    if (rest.starts_with("unable to qualify my own domain name")) return Outcome::recognized;
    for (sv p : kHarmlessPrefixes)
      if (rest.starts_with(p)) return Outcome::recognized;
    return Outcome::unrecognized;
  }

 private:
  Event base_event(Action action) const { return record_event(*rec_, action, kDataset, path_, line_no_); }

  void with_message(Event& ev, sv qid, const MessageState* m) const {
    ev.local_id = qid;
    if (!m) return;
    ev.from_address = m->from;
    ev.message_id = m->message_id;
    ev.source_domain = m->source_name;
    ev.source_ip = m->source_ip;
  }

  MessageState* entry(sv qid, EventSink& sink) {
    uint64_t evicted = table_.evictions();
    MessageState* m = table_.find_or_insert(qid);
    if (table_.evictions() != evicted) sink.on_tally(Tally::state_evicted, rec_->time);
    return m;
  }

  // "SYSERR(root): ...": sendmail could not do its work (a port taken, an
  // alias or map database never built, a queue it cannot write), as a
  // Postfix fatal error is read. A client's connection failing during DATA
  // ("collect: I/O error on connection from ...") is the client's, as
  // Postfix's "lost connection after DATA" is: no event.
  Outcome system_error(sv qid, sv s, EventSink& sink) {
    const size_t colon = s.find("): ");
    const sv what = colon == npos ? s : s.substr(colon + 3);
    if (what.starts_with("collect: ") && !is_queue_write_failure(what)) return Outcome::recognized;
    return notice(qid, s, Action::failed, {}, sink);
  }

  // "rejecting commands from name [ip] due to pre-greeting traffic after 6 seconds": the client
  // is the refused party (fail2ban bans its address for it).
  Outcome pre_greeting(sv qid, sv s, EventSink& sink) {
    constexpr sv kOpening = "rejecting commands from ";
    Event ev = base_event(Action::rejected);
    with_message(ev, qid, nullptr);
    const sv from = s.substr(kOpening.size(), s.find(" due to pre-greeting traffic") - kOpening.size());
    const Relay r = parse_relay(from);
    if (!r.name.empty()) ev.source_domain = r.name;
    if (!r.ip.empty()) ev.source_ip = r.ip;
    ev.diagnostic = s;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // A line of sendmail's own that is the failure itself (about one message
  // when it names a queue id).
  Outcome notice(sv qid, sv s, Action action, sv command, EventSink& sink) {
    Event ev = base_event(action);
    with_message(ev, qid, qid.empty() ? nullptr : table_.find(qid));
    ev.smtp_command = command;
    ev.diagnostic = s;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "from=<a@example.org>, size=5360, class=0, nrcpts=1, msgid=<...>, ..., relay=client [ip]"
  Outcome sender(sv qid, sv s, EventSink& sink) {
    if (qid.empty()) return Outcome::recognized;
    MessageState* m = entry(qid, sink);
    if (!m) return Outcome::recognized;
    m->sender_seen = true;
    m->from.assign(strip_angle_brackets(kv(s, "from=")));
    m->message_id.assign(strip_angle_brackets(kv(s, "msgid=")));
    Relay r = parse_relay(kv(s, "relay=", true));
    m->source_name.assign(r.name);
    m->source_ip.assign(r.ip);
    uint32_t n = 0;
    for (char c : kv(s, "nrcpts="))
      if (is_digit(c) && n < 100000) n = n * 10 + uint32_t(c - '0');
    m->nrcpts = n;
    // nrcpts=0: every recipient was refused during the session; nothing was queued.
    if (n > 0) sink.on_tally(Tally::received, rec_->time);
    return Outcome::recognized;
  }

  // "to=<a>,<b>, delay=..., mailer=esmtp, pri=..., relay=mx. [ip], dsn=4.4.1, stat=Deferred: ..."
  Outcome delivery(sv qid, sv s, EventSink& sink) {
    size_t list_end = value_end(s, 3);
    sv list = s.substr(3, list_end - 3);
    size_t stat_pos = s.rfind(", stat=");
    if (stat_pos == npos) return Outcome::unrecognized;
    sv stat = s.substr(stat_pos + 7);
    sv fields = s.substr(0, stat_pos);
    sv dsn = kv(fields, "dsn=");
    if (stat.starts_with("queued") || stat.starts_with("quarantined")) return Outcome::recognized;
    Action action;
    if (stat.starts_with("Sent")) action = Action::delivered;
    else if (stat.starts_with("Deferred") || dsn.starts_with("4")) action = Action::deferred;
    else action = Action::bounced;

    MessageState* m = qid.empty() ? nullptr : table_.find(qid);
    Relay relay = parse_relay(kv(fields, "relay=", true));
    sv reply = kv(fields, "reply=");
    int64_t delay = parse_delay_ms(kv(fields, "delay="));
    bool any = false;
    size_t i = 0;
    while (i < list.size()) {
      // Addresses are separated by ',' outside quotes and angle brackets.
      size_t j = i;
      bool quoted = false;
      int angle = 0;
      for (; j < list.size(); ++j) {
        char c = list[j];
        if (c == '"') quoted = !quoted;
        else if (!quoted && c == '<') ++angle;
        else if (!quoted && c == '>' && angle) --angle;
        else if (!quoted && !angle && c == ',') break;
      }
      sv rcpt = strip_angle_brackets(trim(list.substr(i, j - i)));
      i = j + 1;
      if (rcpt.empty() || rcpt == "[more]") continue;
      Event ev = base_event(action);
      with_message(ev, qid, m);
      ev.to_address = rcpt;
      ev.destination_domain = relay.name;
      ev.destination_ip = relay.ip;
      ev.enhanced_status = is_enhanced_status(dsn) ? dsn : sv();
      ev.diagnostic = stat;
      ev.delay_ms = delay;
      if (!reply.empty()) find_smtp_codes(reply, &ev.reply_code, &ev.enhanced_status);
      else if (action != Action::delivered) find_smtp_codes(stat, &ev.reply_code, nullptr);
      if (action != Action::delivered && m && m->data_refusal_code && ev.reply_code == 0 && ev.enhanced_status.empty()) {
        ev.reply_code = m->data_refusal_code;
        ev.enhanced_status = m->data_refusal_status;
      }
      if (action == Action::deferred) ev.hard = Tristate::no;
      sink.on_event(ev);
      any = true;
      if (m) {
        if (action == Action::deferred) add_deferred(*m, rcpt);
        else {
          drop_deferred(*m, rcpt);
          ++m->finals;
        }
      }
    }
    if (m && m->nrcpts && m->finals >= m->nrcpts && m->deferred.empty()) table_.erase(qid);
    return any ? Outcome::reported : Outcome::recognized;
  }

  // "ruleset=check_rcpt, arg1=<x>, relay=client [ip], reject=550 5.7.1 <x>... Relaying denied"
  // "Milter: to=<x>, reject=550 5.7.1 ...", "Milter: data, reject=554 ..."
  Outcome rejection(sv qid, sv s, EventSink& sink) {
    size_t rp = s.find("reject=");
    sv text = s.substr(rp + 7);
    sv head = s.substr(0, rp);
    while (!head.empty() && (head.back() == ' ' || head.back() == ',')) head.remove_suffix(1);
    Event ev = base_event(Action::rejected);
    MessageState* m = qid.empty() ? nullptr : table_.find(qid);
    with_message(ev, qid, m);
    ev.local_id = qid;
    Relay r = parse_relay(kv(head, "relay=", true));
    if (!r.name.empty()) ev.source_domain = r.name;
    if (!r.ip.empty()) ev.source_ip = r.ip;
    sv ruleset = kv(head, "ruleset=");
    sv arg1 = strip_angle_brackets(kv(head, "arg1="));
    if (ruleset.find("rcpt") != npos) {
      ev.smtp_command = "RCPT";
      ev.to_address = arg1;
    } else if (ruleset.find("mail") != npos) {
      ev.smtp_command = "MAIL";
      ev.from_address = arg1;
    } else if (ruleset.find("relay") != npos) {
      ev.smtp_command = {};
      if (ev.source_ip.empty()) {
        sv ip = kv(head, "arg2=");
        if (looks_like_ip_address(ip)) ev.source_ip = ip;
      }
    } else if (ruleset.find("data") != npos || ruleset.find("eoh") != npos || ruleset.find("eom") != npos ||
               head.starts_with("Milter: data")) {
      ev.smtp_command = "DATA";
    }
    if (sv to = strip_angle_brackets(kv(head, "Milter: to=")); !to.empty()) ev.to_address = to, ev.smtp_command = "RCPT";
    if (sv from = strip_angle_brackets(kv(head, "Milter: from=")); !from.empty())
      ev.from_address = from, ev.smtp_command = "MAIL";
    if (head.starts_with("from=")) ev.from_address = strip_angle_brackets(kv(head, "from="));
    ev.diagnostic = text;
    find_smtp_codes(text.substr(0, std::min<size_t>(text.size(), 16)), &ev.reply_code, &ev.enhanced_status);
    if (ev.reply_code >= 400 && ev.reply_code < 500) ev.hard = Tristate::no;
    if (m && ev.smtp_command == "DATA" && head.starts_with("Milter")) {
      m->data_refusal_code = ev.reply_code;
      m->data_refusal_status.assign(ev.enhanced_status);
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "<d@example.org>... User unknown": a refusal sendmail wrote while talking
  // SMTP. During delivery the same kind of line precedes the to= record that
  // reports the failure, so it is reported only before the message was
  // accepted (no from= record seen yet for the queue id).
  Outcome address_notice(sv qid, sv s, EventSink& sink) {
    size_t close = s.find(">... ");
    if (close == npos) return Outcome::recognized;
    MessageState* m = table_.find(qid);
    if (m && m->sender_seen) return Outcome::recognized;
    Event ev = base_event(Action::rejected);
    ev.local_id = qid;
    ev.to_address = s.substr(1, close - 1);
    ev.diagnostic = s.substr(close + 5);
    ev.smtp_command = "RCPT";
    find_smtp_codes(ev.diagnostic.substr(0, std::min<size_t>(ev.diagnostic.size(), 16)), &ev.reply_code,
                    &ev.enhanced_status);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "x1: x2: DSN: Cannot send message for 5 days": the queue lifetime ran out
  // for the recipients still deferred. Other DSN notices (a permanent failure,
  // "Warning: could not send message for past 4 hours", "Return receipt")
  // follow a to= record that was already reported.
  Outcome dsn_notice(sv qid, sv text, EventSink& sink) {
    if (!text.starts_with("Cannot send message for")) return Outcome::recognized;
    MessageState* m = table_.find(qid);
    bool any = false;
    if (m) {
      sv rest = m->deferred;
      while (!rest.empty()) {
        size_t nl = rest.find('\n');
        sv rcpt = rest.substr(0, nl);
        rest.remove_prefix(nl == npos ? rest.size() : nl + 1);
        Event ev = base_event(Action::expired);
        with_message(ev, qid, m);
        ev.to_address = rcpt;
        ev.diagnostic = text;
        sink.on_event(ev);
        any = true;
      }
    }
    if (!any) {
      // The deferrals were in an earlier (rotated) log: the message still expired.
      Event ev = base_event(Action::expired);
      with_message(ev, qid, m);
      ev.diagnostic = text;
      sink.on_event(ev);
    }
    table_.erase(qid);
    return Outcome::reported;
  }

  // "AUTH failure (LOGIN): authentication failure (-13) SASL(-13): ..., user=u, relay=host [ip]"
  Outcome auth_failure(sv qid, sv s, EventSink& sink) {
    Event ev = base_event(Action::failed);
    ev.local_id = qid;
    Relay r = parse_relay(kv(s, "relay=", true));
    ev.source_domain = r.name;
    ev.source_ip = r.ip;
    ev.diagnostic = s;
    ev.smtp_command = "AUTH";
    sink.on_tally(Tally::sasl_failure, rec_->time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "STARTTLS=server, error: accept failed=-1, reason=..., SSL_error=1, errno=0, retry=-1, relay=client [ip]"
  // "STARTTLS=client, error: connect failed=-1, reason=..., relay=mx [ip]"
  Outcome tls_failure(sv qid, sv s, EventSink& sink) {
    Event ev = base_event(Action::failed);
    ev.local_id = qid;
    Relay r = parse_relay(kv(s, "relay=", true));
    if (s.starts_with("STARTTLS=client")) {
      ev.destination_domain = r.name;
      ev.destination_ip = r.ip;
    } else {
      ev.source_domain = r.name;
      ev.source_ip = r.ip;
    }
    ev.diagnostic = s;
    ev.smtp_command = "STARTTLS";
    sink.on_tally(Tally::tls_failure, rec_->time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  std::string path_;
  MessageTable<MessageState> table_;
  const SyslogRecord* rec_ = nullptr;
  uint64_t line_no_ = 0;
};

}  // namespace

bool sendmail_claims_program(sv program) {
  return program.starts_with("sendmail") || program.starts_with("sm-mta") || program.starts_with("sm-msp") ||
         program.starts_with("sm-accepting") || program.starts_with("sm-rejecting");
}

std::unique_ptr<ProgramParser> make_sendmail_parser(const FileContext& file) {
  return std::make_unique<SendmailParser>(file);
}

}  // namespace mailtriage
