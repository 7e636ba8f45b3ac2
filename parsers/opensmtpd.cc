// OpenSMTPD log lines.
//
// OpenSMTPD (6.4 and later) tags each line with a session id and writes
// space-separated key=value fields, values with spaces quoted:
//   <sess> smtp connected address=192.0.2.7 host=client.example.org
//   <sess> smtp failed-command command="RCPT TO:<x@example.org> " result="550 Invalid recipient: <x@...>"
//   <sess> smtp bad-input result="500 5.5.1 Invalid command: Pipelining not supported"
//   <sess> smtp authentication user=u result=permfail
//   <sess> smtp message msgid=8d03e7a2 size=2290 nrcpt=1 proto=ESMTP
//   <sess> mta error reason=Connection timeout
//   <sess> mta delivery evpid=... from=<a> to=<b> rcpt=<-> source="ip" relay="ip (name)" delay=2s
//          result="PermFail" stat="552 5.2.2 <b>: user is over quota"
//   <sess> mda delivery evpid=... from=<a> to=<b> rcpt=<-> user=u delay=0s result=Ok stat=Delivered
// Older releases (up to 6.3) wrote "smtp event=failed-command ...",
// "smtp-in: Failed command on session <id>: "<command>" => <reply>",
// "smtp-in: Authentication failed for user u on session <id>" and
// "delivery: TempFail for <evpid>: from=<a>, to=<b>, ..., stat=...", and the
// queue still writes "relay: Expire for <evpid>: from=..., to=..., stat=Envelope expired".
//
// When every route of a relay failed, the delivery line says only "Network
// error on destination MXs"; why is on the "mta error" lines of the sessions
// that tried (a timeout, AUTH or TLS refused). Those reasons are held; the
// next such delivery takes the last one as its text and is the one event of
// them all. A reason that no delivery line took by the end of the input (the
// log was cut, or the message is still queued) is reported on its own line
// then, with the MX host its session connected to: a failure is never lost.
#include "parsers/opensmtpd.h"

#include <string>
#include <vector>

#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "opensmtpd.log";

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

// "5a1e0dd9c2a8b014 rest": the 16-hex-digit session id, else empty.
sv leading_session(sv msg, sv* rest) {
  *rest = msg;
  if (msg.size() < 17 || msg[16] != ' ') return {};
  for (size_t i = 0; i < 16; ++i)
    if (!is_hex(msg[i])) return {};
  *rest = msg.substr(17);
  return msg.substr(0, 16);
}

// The value of `key` in the older "k=v, k2=v2" fields; stat= is last and may hold ", ".
sv comma_field(sv s, sv key) {
  for (size_t at = s.find(key); at != npos; at = s.find(key, at + 1)) {
    if (at != 0 && s[at - 1] != ' ') continue;
    size_t v = at + key.size();
    if (key == "stat=") return s.substr(v);
    size_t end = s.find(", ", v);
    return s.substr(v, (end == npos ? s.size() : end) - v);
  }
  return {};
}

// "20m2s", "4d", "1h3m", "0s": milliseconds, or -1.
int64_t parse_delay_ms(sv s) {
  if (s.empty()) return -1;
  int64_t total = 0, n = 0;
  bool digits = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      n = n * 10 + (c - '0');
      digits = true;
      continue;
    }
    if (!digits) return -1;
    int64_t unit = c == 'd' ? 86400 : c == 'h' ? 3600 : c == 'm' ? 60 : c == 's' ? 1 : 0;
    if (unit == 0) return -1;
    total += n * unit;
    n = 0;
    digits = false;
  }
  return digits ? -1 : total * 1000;
}

// relay="192.0.2.58 (relay.example.net)" or relay="example.com".
void parse_relay(sv relay, sv* name, sv* ip) {
  if (size_t open = relay.find(" ("); open != npos && relay.back() == ')') {
    *ip = relay.substr(0, open);
    *name = relay.substr(open + 2, relay.size() - open - 3);
  } else {
    *name = relay;
  }
}

Action action_of(sv result) {
  if (result == "Ok") return Action::delivered;
  if (result == "TempFail") return Action::deferred;
  if (result == "PermFail" || result == "Loop") return Action::bounced;
  if (result == "Expire" || result == "Expired") return Action::expired;
  return Action::none;
}

class OpenSmtpdParser final : public ProgramParser {
 public:
  explicit OpenSmtpdParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }
  // Reasons no delivery took: each is reported on its own line (see above).
  void finish(EventSink& sink) override {
    for (const HeldError& h : held_errors_) report_held(h, sink);
    held_errors_.clear();
  }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    rec_ = &rec;
    line_no_ = line_no;
    sv rest;
    sv session = leading_session(rec.message, &rest);
    if (session.empty()) return other_line(rest, sink);
    if (rest.starts_with("mta delivery ") || rest.starts_with("mda delivery ") || rest.starts_with("lka delivery "))
      return delivery(session, rest, sink);
    if (rest.starts_with("mta error ")) {
      // "mta error reason=Connection timeout": the reason, unquoted, is the rest of the line.
      const size_t at = rest.find("reason=");
      return hold_route_error(session, at == npos ? rest.substr(10) : rest.substr(at + 7), sink);
    }
    if (rest.starts_with("mta connecting ")) {  // "mta connecting address=smtp+tls://192.0.2.7:25 host=mx.example.org"
      SessionHost& slot = session_hosts_[session_host_next_++ % kSessionHosts];
      slot.session.assign(session);
      slot.host.assign(field_value(rest, "host="));
      return Outcome::recognized;
    }
    if (rest.starts_with("smtp failed-command ") || rest.starts_with("smtp event=failed-command "))
      return failed_command(session, rest, sink);
    // Input it refused before any command could be read ("smtp bad-input result="500 5.5.1 Invalid
    // command: Pipelining not supported"", "... Line too long"): a refusal of that client.
    if (rest.starts_with("smtp bad-input ")) return failed_command(session, rest, sink);
    if (rest.starts_with("smtp authentication ") || rest.starts_with("smtp event=authentication ")) {
      if (field_value(rest, "result=") == "ok") return Outcome::recognized;
      return login_failed(session, rest, sink);
    }
    if (rest.starts_with("smtp connected ") || rest.starts_with("smtp event=connected ")) {
      sink.on_tally(Tally::connection, rec.time);
      return Outcome::recognized;
    }
    if (rest.starts_with("smtp message ") || rest.starts_with("smtp event=message ")) {
      sink.on_tally(Tally::received, rec.time);
      return Outcome::recognized;
    }
    // A client whose TLS handshake failed ("smtp disconnected reason=io-error:
    // handshake failed: error:...:unsupported protocol"): counted as Postfix's
    // SSL_accept errors and Exim's "TLS error on connection from" are.
    if (rest.starts_with("smtp disconnected ") && rest.find("handshake failed") != npos) {
      Event ev = base_event(Action::failed);
      ev.local_id = session;
      const size_t at = rest.find("reason=");
      ev.diagnostic = at == npos ? rest : rest.substr(at + 7);
      ev.smtp_command = "STARTTLS";
      sink.on_tally(Tally::tls_failure, rec_->time);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (rest.starts_with("smtp ") || rest.starts_with("mta ") || rest.starts_with("mda ") ||
        rest.starts_with("lka "))
      return Outcome::recognized;  // tls, envelope, disconnected, connecting, cert-check, ...
    return Outcome::unrecognized;
  }

 private:
  Event base_event(Action action) const { return record_event(*rec_, action, kDataset, path_, line_no_); }

  // A client's login our server refused.
  Outcome login_failed(sv session, sv text, EventSink& sink) {
    last_failed_login_session_.assign(session);
    Event ev = base_event(Action::failed);
    ev.local_id = session;
    ev.diagnostic = text;
    ev.smtp_command = "AUTH";
    sink.on_tally(Tally::sasl_failure, rec_->time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "mta delivery evpid=... from=<a> to=<b> ... result="TempFail" stat="...""
  Outcome delivery(sv session, sv s, EventSink& sink) {
    const Action action = action_of(field_value(s, "result="));
    if (action == Action::none) return Outcome::unrecognized;
    Event ev = base_event(action);
    ev.local_id = field_value(s, "evpid=");
    if (ev.local_id.empty()) ev.local_id = session;
    ev.from_address = strip_angle_brackets(field_value(s, "from="));
    ev.to_address = strip_angle_brackets(field_value(s, "to="));
    parse_relay(field_value(s, "relay="), &ev.destination_domain, &ev.destination_ip);
    ev.delay_ms = parse_delay_ms(field_value(s, "delay="));
    // stat= is the last field: unquoted (as some releases write it), its value is the rest of the line.
    sv stat = field_value(s, "stat=");
    if (const size_t at = s.rfind(" stat="); at != npos && at + 6 < s.size() && s[at + 6] != '"') stat = s.substr(at + 6);
    return deliver(ev, stat, s.starts_with("mta "), sink, session);
  }

  // "delivery: TempFail for <evpid>: from=<a>, to=<b>, ..., stat=..." (up to 6.3) and
  // "relay: Expire for <evpid>: from=<a>, to=<b>, rcpt=<->, delay=4d, stat=Envelope expired".
  Outcome other_line(sv s, EventSink& sink) {
    const size_t colon = s.find(": ");
    if (colon != npos && colon < 12 && s.find(" for ", colon) == s.find(' ', colon + 2)) {
      const sv after = s.substr(colon + 2);
      const size_t sp = after.find(' ');
      const Action action = sp == npos ? Action::none : action_of(after.substr(0, sp));
      const size_t id_end = after.find(": ", sp == npos ? 0 : sp);
      if (action != Action::none && id_end != npos) {
        const sv fields = after.substr(id_end + 2);
        Event ev = base_event(action);
        ev.local_id = after.substr(sp + 5, id_end - sp - 5);
        ev.from_address = strip_angle_brackets(comma_field(fields, "from="));
        ev.to_address = strip_angle_brackets(comma_field(fields, "to="));
        parse_relay(comma_field(fields, "relay="), &ev.destination_domain, &ev.destination_ip);
        ev.delay_ms = parse_delay_ms(comma_field(fields, "delay="));
        return deliver(ev, comma_field(fields, "stat="), s.starts_with("relay:") || s.starts_with("delivery:"), sink);
      }
    }
    // A client's failed login before 6.4: "smtp-in: Authentication failed for user u on session <id>".
    if (s.starts_with("smtp-in: Authentication failed for user ")) {
      const size_t on = s.rfind(" on session ");
      return login_failed(on == npos ? sv() : s.substr(on + 12), s, sink);
    }
    // The same refusal before 6.4: "smtp-in: Failed command on session <id>:
    // "MAIL FROM:<a>" => 530 5.5.1 Invalid command: Must issue a STARTTLS command first".
    // A refused AUTH ("AUTH PLAIN (...)" => 535 ...) is the failed login that
    // "Authentication failed for user u" reports.
    if (constexpr sv kFailedCommand = "smtp-in: Failed command on session "; s.starts_with(kFailedCommand)) {
      const sv rest = s.substr(kFailedCommand.size());
      const size_t quote = rest.find(": \""), arrow = rest.rfind("\" => ");
      if (quote != npos && arrow != npos && arrow > quote) {
        const sv command = rest.substr(quote + 3, arrow - quote - 3);
        if (command.starts_with("AUTH")) return Outcome::recognized;
        return refused_command(rest.substr(0, quote), command, rest.substr(arrow + 5), sv(), sv(), sink);
      }
    }
    // A relay whose credentials the secrets table lacks: every delivery through it fails.
    if (s.starts_with("warn: Failed to retrieve secret")) {
      Event ev = base_event(Action::failed);
      ev.diagnostic = s.substr(6);
      ev.smtp_command = "AUTH";
      sink.on_event(ev);
      return Outcome::reported;
    }
    // One of smtpd's own processes died ("warn: lost child: pony express terminated; signal 11",
    // "... exited abnormally"): the parent stops the whole daemon after it ("warn: parent
    // terminating", a note of the same failure), and no mail moves until it is started again.
    if (constexpr sv kLostChild = "warn: lost child: "; s.starts_with(kLostChild) &&
        (s.find(" terminated; signal ") != npos || s.ends_with(" exited abnormally")))
      return report_daemon_failure(*rec_, s.substr(6), kDataset, path_, line_no_, sink);
    // Daemon notes: "info: OpenSMTPD 7.4.0 starting", "smtp-out: Disabling route ...",
    // "setup_proc: ...", "warn: ...".
    return s.empty() ? Outcome::unrecognized : Outcome::recognized;
  }

  Outcome deliver(Event& ev, sv stat, bool remote, EventSink& sink, sv session = {}) {
    // The delivery that says only that every route failed takes the reason
    // the sessions gave ("Connection timeout", "AUTH rejected: 535 ..."): its
    // own words would outweigh it and add nothing. The errors held for the
    // same destination (its other MX hosts) are steps of it; those held for
    // other destinations are failures of their own, reported now.
    if (remote && ev.action != Action::delivered && stat.starts_with("Network error") && !held_errors_.empty()) {
      const HeldError claimed = held_errors_.back();
      held_errors_.pop_back();
      for (const HeldError& h : held_errors_)
        if (!same_destination(h.mx, claimed.mx)) report_held(h, sink);
      held_errors_.clear();
      combined_.assign(claimed.reason);
      stat = combined_;
    } else if (remote && ev.action != Action::delivered && !session.empty()) {
      // A session's own delivery line after its error ("mta error reason=Connection closed
      // unexpectedly", then "mta delivery ... stat=\"Connection closed unexpectedly\""): the
      // delivery is the failure, the held error its restatement.
      std::erase_if(held_errors_, [&](const HeldError& h) { return h.session == session; });
    }
    ev.diagnostic = stat;
    if (ev.action != Action::delivered) find_smtp_codes(stat, &ev.reply_code, &ev.enhanced_status);
    if (ev.action == Action::deferred) ev.hard = Tristate::no;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // Our server refusing a client's command: "command="RCPT TO:<x> " result="550 ...""
  Outcome failed_command(sv session, sv s, EventSink& sink) {
    return refused_command(session, field_value(s, "command="), field_value(s, "result="), field_value(s, "address="), field_value(s, "host="),
                           sink);
  }

  Outcome refused_command(sv session, sv command, sv result, sv address, sv host, EventSink& sink) {
    // The 535 that answers a refused login: the "smtp authentication ...
    // result=permfail" line before it in the same session reported it.
    if (command.starts_with("AUTH ") && !session.empty() && session == last_failed_login_session_) {
      last_failed_login_session_.clear();
      return Outcome::recognized;
    }
    Event ev = base_event(Action::rejected);
    ev.local_id = session;
    ev.source_ip = address;
    ev.source_domain = host;
    size_t verb_end = command.find_first_of(" :");
    ev.smtp_command = command.substr(0, verb_end == npos ? command.size() : verb_end);
    if (ev.smtp_command == "RCPT" || ev.smtp_command == "MAIL") {
      if (const sv mailbox = address_in_angle_brackets(command); !mailbox.empty()) {
        if (ev.smtp_command == "RCPT") ev.to_address = mailbox;
        else ev.from_address = mailbox;
      }
    }
    ev.diagnostic = result;
    find_smtp_codes(result, &ev.reply_code, &ev.enhanced_status);
    if (ev.reply_code >= 400 && ev.reply_code < 500) ev.hard = Tristate::no;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // An "mta error" reason waiting for the delivery line that says every route failed.
  struct HeldError {
    Timestamp time;
    uint64_t line = 0;
    std::string path, host, program, session, mx, reason;  // path: a rotation set's file it was in
  };

  Outcome hold_route_error(sv session, sv reason, EventSink& sink) {
    // A relay whose deliveries never say "Network error" would hold without end:
    // past the cap, the oldest reason is reported as it stands.
    if (held_errors_.size() == kMaxHeldErrors) {
      report_held(held_errors_.front(), sink);
      held_errors_.erase(held_errors_.begin());
    }
    HeldError& h = held_errors_.emplace_back();
    h.time = rec_->time;
    h.line = line_no_;
    h.path.assign(path_);
    h.host.assign(rec_->host);
    h.program.assign(rec_->program);
    h.session.assign(session);
    for (const SessionHost& known : session_hosts_)
      if (known.session == session) h.mx.assign(known.host);
    h.reason.assign(reason);
    return Outcome::recognized;
  }

  void report_held(const HeldError& h, EventSink& sink) {
    SyslogRecord rec;
    rec.time = h.time;
    rec.host = h.host;
    rec.program = h.program;
    Event ev = record_event(rec, Action::deferred, kDataset, h.path, h.line);
    ev.local_id = h.session;
    ev.destination_domain = h.mx;
    ev.diagnostic = h.reason;
    find_smtp_codes(h.reason, &ev.reply_code, &ev.enhanced_status);
    ev.hard = Tristate::no;
    sink.on_event(ev);
  }

  // Whether two MX host names serve one destination: the same last two labels
  // ("gmail-smtp-in.l.google.com", "alt1.gmail-smtp-in.l.google.com"), or
  // either unknown.
  static bool same_destination(sv a, sv b) {
    if (a.empty() || b.empty()) return true;
    auto last_two = [](sv h) {
      const size_t last = h.rfind('.');
      if (last == npos || last == 0) return h;
      const size_t before = h.rfind('.', last - 1);
      return before == npos ? h : h.substr(before + 1);
    };
    return last_two(a) == last_two(b);
  }

  static constexpr size_t kMaxHeldErrors = 64;
  static constexpr size_t kSessionHosts = 16;  // sessions a relay has connecting at once, and more
  struct SessionHost {
    std::string session, host;
  };

  std::string path_;
  const SyslogRecord* rec_ = nullptr;
  uint64_t line_no_ = 0;
  std::vector<HeldError> held_errors_;
  SessionHost session_hosts_[kSessionHosts];
  size_t session_host_next_ = 0;
  std::string last_failed_login_session_;  // the session of the last refused login (its 535 restates it)
  std::string combined_;  // a delivery's text: the last held reason
};

}  // namespace

bool opensmtpd_claims_program(std::string_view program) { return program == "smtpd" || program == "opensmtpd"; }

std::unique_ptr<ProgramParser> make_opensmtpd_parser(const FileContext& file) {
  return std::make_unique<OpenSmtpdParser>(file);
}

}  // namespace mailtriage
