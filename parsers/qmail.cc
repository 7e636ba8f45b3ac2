#include "parsers/qmail.h"

#include <string>
#include <unordered_map>

#include "parsers/registry.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "qmail.log";
// A log cut in the middle of a long queue run leaves deliveries that never
// end: past this many open ones the oldest state is dropped (and counted).
constexpr size_t kMaxOpen = 100000;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// The line's stamp (TAI64N, or tai64nlocal's local time) and the text after it.
bool split_stamp(sv line, Timestamp* time, sv* text) {
  if (const size_t n = scan_tai64n(line, time)) {
    *text = line.substr(n);
    return true;
  }
  if (line.size() > 20 && is_digit(line[0]) && line[10] == ' ') {
    const size_t n = scan_rfc3339(line, time);
    if (n >= 19 && n < line.size() && line[n] == ' ') {
      *text = line.substr(n + 1);
      return true;
    }
  }
  return false;
}

// splogger's "1710484330.123456 " before the text in syslog: the same time the envelope has.
sv after_unix_stamp(sv text) {
  size_t i = 0;
  while (i < text.size() && (is_digit(text[i]) || text[i] == '.')) ++i;
  return i >= 10 && i < text.size() && text[i] == ' ' ? text.substr(i + 1) : text;
}

// A decimal number at the start of `s` and the rest after it.
bool read_number(sv s, uint64_t* n, sv* rest) {
  size_t i = 0;
  *n = 0;
  while (i < s.size() && is_digit(s[i]) && i < 19) *n = *n * 10 + uint64_t(s[i++] - '0');
  *rest = s.substr(i);
  return i > 0;
}

// The words of qmail-send's own lines, and of qmail-smtpd's multilog
// (tcpserver, rblsmtpd, chkuser, simscan), which tell their logs from others.
bool is_qmail_send_text(sv t) {
  return t.starts_with("status: local ") || t.starts_with("new msg ") || t.starts_with("info msg ") ||
         t.starts_with("end msg ") || t.starts_with("starting delivery ") || t.starts_with("delivery ") ||
         t.starts_with("bounce msg ");
}
bool is_qmail_smtpd_text(sv t) {
  return t.starts_with("tcpserver: ") || t.starts_with("rblsmtpd: ") || t.starts_with("CHKUSER ") ||
         t.starts_with("simscan:");
}

// The text between "<key" and the next '|' or '>' in chkuser's fields ("remote <helo:x|remotehostip:192.0.2.1>").
sv chkuser_field(sv t, sv key) {
  const size_t at = t.find(key);
  if (at == npos) return {};
  const sv v = t.substr(at + key.size());
  return v.substr(0, v.find_first_of("|>"));
}

class QmailReader {
 public:
  explicit QmailReader(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) { path_.assign(next.path); }

  Outcome read(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    const sv t = rec.message;
    uint64_t n = 0;
    sv rest;
    if (t.starts_with("info msg ") && read_number(t.substr(9), &n, &rest)) {
      // "info msg 524328: bytes 7321 from <orders@partner.example> qp 18210 uid 89"
      const size_t from = rest.find(" from <");
      const size_t close = from == npos ? npos : rest.find('>', from + 7);
      if (close != npos) remember(senders_, n, rest.substr(from + 7, close - from - 7), sink, rec.time);
      sink.on_tally(Tally::received, rec.time);
      return Outcome::recognized;
    }
    if (t.starts_with("end msg ") && read_number(t.substr(8), &n, &rest)) {
      senders_.erase(n);
      sink.on_tally(Tally::removed, rec.time);
      return Outcome::recognized;
    }
    if (t.starts_with("starting delivery ") && read_number(t.substr(18), &n, &rest)) {
      // "starting delivery 4403: msg 524361 to remote k.meyer@partner.example"
      uint64_t msg = 0;
      sv after;
      if (rest.starts_with(": msg ") && read_number(rest.substr(6), &msg, &after)) {
        Delivery& d = deliveries_[n];
        d.msg = msg;
        // " to remote ADDR" or " to local ADDR"; anything else names no recipient.
        d.remote = after.starts_with(" to remote ");
        sv rcpt = d.remote ? after.substr(11) : after.starts_with(" to local ") ? after.substr(10) : sv();
        // A virtual domain's local delivery names the user its virtualdomains
        // entry maps to ("example.net-anna@example.net"): the address is "anna@example.net".
        if (const size_t at = rcpt.rfind('@'); !d.remote && at != npos) {
          const sv domain = rcpt.substr(at + 1);
          if (rcpt.size() > 2 * domain.size() + 2 && rcpt.starts_with(domain) && rcpt[domain.size()] == '-')
            rcpt.remove_prefix(domain.size() + 1);
        }
        d.recipient.assign(rcpt);
        trim_open(deliveries_, sink, rec.time);
      }
      return Outcome::recognized;
    }
    if (t.starts_with("delivery ") && read_number(t.substr(9), &n, &rest) && rest.starts_with(": ")) {
      return delivery(rec, line_no, n, rest.substr(2), sink);
    }
    if (t.starts_with("rblsmtpd: ")) return rbl_refusal(rec, line_no, t.substr(10), sink);
    if (t.starts_with("CHKUSER ")) return chkuser(rec, line_no, t, sink);
    if (t.starts_with("simscan:")) return simscan(rec, line_no, t, sink);
    // tcprules refusing a client ("tcpserver: deny 22011 local:203.0.113.10:25 :192.0.2.250::41873").
    if (t.starts_with("tcpserver: deny ")) {
      Event ev = record_event(rec, Action::rejected, kDataset, path_, line_no);
      ev.diagnostic = t;
      ev.smtp_command = "CONNECT";
      const size_t last = t.rfind("::");
      if (last != npos) {
        const size_t colon = t.rfind(':', last - 1);
        if (colon != npos && looks_like_ip_address(t.substr(colon + 1, last - colon - 1)))
          ev.source_ip = t.substr(colon + 1, last - colon - 1);
      }
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (is_qmail_send_text(t) || is_qmail_smtpd_text(t) || t.starts_with("triple bounce: ")) return Outcome::recognized;
    // "alert: unable to ...", "warning: trouble ...": qmail-send's own trouble, in its words.
    if (t.starts_with("alert: ") || t.starts_with("warning: ")) {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = readable(t);
      sink.on_event(ev);
      return Outcome::reported;
    }
    return Outcome::unrecognized;
  }

 private:
  struct Delivery {
    uint64_t msg = 0;
    bool remote = false;
    std::string recipient;
  };

  template <class Map, class V>
  void remember(Map& map, uint64_t key, V&& value, EventSink& sink, const Timestamp& time) {
    map[key] = std::string(value);
    trim_open(map, sink, time);
  }
  template <class Map>
  void trim_open(Map& map, EventSink& sink, const Timestamp& time) {
    if (map.size() <= kMaxOpen) return;
    map.erase(map.begin());
    sink.on_tally(Tally::state_evicted, time);
  }

  // "success: ...", "deferral: ...", "failure: ..." of delivery n.
  Outcome delivery(const SyslogRecord& rec, uint64_t line_no, uint64_t n, sv result, EventSink& sink) {
    Action action;
    sv text;
    if (result.starts_with("success: ")) action = Action::delivered, text = result.substr(9);
    else if (result.starts_with("deferral: ")) action = Action::deferred, text = result.substr(10);
    else if (result.starts_with("failure: ")) action = Action::bounced, text = result.substr(9);
    else return Outcome::unrecognized;
    const auto d = deliveries_.find(n);
    Event ev = record_event(rec, action, kDataset, path_, line_no);
    if (d != deliveries_.end()) {
      ev.to_address = d->second.recipient;
      if (const auto s = senders_.find(d->second.msg); s != senders_.end()) ev.from_address = s->second;
    }
    if (action == Action::delivered) {
      sink.on_event(ev);
      if (d != deliveries_.end()) deliveries_.erase(d);
      return Outcome::reported;
    }
    ev.diagnostic = readable(text);
    // qmail-remote's "198.51.100.8 does not like recipient." names the host it spoke to and the step.
    const sv host = text.substr(0, text.find('_'));
    if (looks_like_ip_address(host)) ev.destination_ip = host;
    if (text.find("_does_not_like_recipient") != npos) ev.smtp_command = "RCPT";
    else if (text.find("_does_not_like_sender") != npos) ev.smtp_command = "MAIL";
    else if (text.find("_failed_after_I_sent_the_message") != npos) ev.smtp_command = "DATA";
    else if (text.find("_but_greeting_failed") != npos) ev.smtp_command = "CONNECT";
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    // qmail-send's own last word on a message it kept too long: the queue lifetime ran out.
    if (action == Action::bounced && text.find("this_message_has_been_in_the_queue_too_long") != npos)
      ev.action = Action::expired;
    if (action == Action::deferred) ev.hard = Tristate::no;
    sink.on_event(ev);
    if (d != deliveries_.end() && action != Action::deferred) deliveries_.erase(d);
    return Outcome::reported;
  }

  // "rblsmtpd: 192.0.2.61 pid 4411: 451 http://www.spamhaus.org/query/bl?ip=192.0.2.61"
  Outcome rbl_refusal(const SyslogRecord& rec, uint64_t line_no, sv t, EventSink& sink) {
    const sv ip = t.substr(0, t.find(' '));
    const size_t colon = t.find(": ");
    if (!looks_like_ip_address(ip) || colon == npos) return Outcome::unrecognized;
    Event ev = record_event(rec, Action::rejected, kDataset, path_, line_no);
    ev.source_ip = ip;
    ev.smtp_command = "CONNECT";
    text_.assign("rblsmtpd: ").append(t.substr(colon + 2));
    ev.diagnostic = text_;
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "CHKUSER rejected rcpt: from <a@x|remoteinfo/auth:|chkuser-identify:> remote <helo:h|remotehostname:n|
  // remotehostip:192.0.2.87> rcpt <b@y> : not existing recipient": a refusal of chkuser (accepted ones are not).
  Outcome chkuser(const SyslogRecord& rec, uint64_t line_no, sv t, EventSink& sink) {
    const size_t colon = t.find(": ");
    if (colon == npos) return Outcome::unrecognized;
    const sv status = t.substr(8, colon - 8);
    if (status.starts_with("accepted") || status == "relaying rcpt" || status.starts_with("sender MAV")) return Outcome::recognized;
    Event ev = record_event(rec, Action::rejected, kDataset, path_, line_no);
    ev.from_address = chkuser_field(t, "from <");
    if (const size_t rcpt = t.find(" rcpt <"); rcpt != npos) {
      const sv r = t.substr(rcpt + 7);
      ev.to_address = r.substr(0, r.find('>'));
    }
    if (const sv ip = chkuser_field(t, "remotehostip:"); looks_like_ip_address(ip)) ev.source_ip = ip;
    ev.source_domain = chkuser_field(t, "remotehostname:");
    ev.smtp_command = status == "rejected sender" ? "MAIL" : "RCPT";
    // "CHKUSER rejected rcpt: not existing recipient": its status and its reason, without the fields between.
    const size_t reason = t.rfind(" : ");
    text_.assign(t.substr(0, colon + 2)).append(reason == npos ? sv() : t.substr(reason + 3));
    ev.diagnostic = text_;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "simscan:[21933]:SPAM REJECT (14.20/7.00):2.18s:subject:198.51.100.212:from@x:to@y", "...:VIRUS:0.74s:
  // Win.Trojan.X:ip:from:to", "...:ATTACH:0.03s:label.scr:ip:from:to"; CLEAN and PASS go through.
  Outcome simscan(const SyslogRecord& rec, uint64_t line_no, sv t, EventSink& sink) {
    const size_t verdict_at = t.find("]:");
    if (verdict_at == npos) return Outcome::unrecognized;
    const sv rest = t.substr(verdict_at + 2);
    const sv verdict = rest.substr(0, rest.find(':'));
    if (!verdict.starts_with("SPAM REJECT") && verdict != "VIRUS" && verdict != "ATTACH") return Outcome::recognized;
    Event ev = record_event(rec, Action::rejected, kDataset, path_, line_no);
    ev.smtp_command = "DATA";
    // The last three fields: client address, sender, recipient.
    const size_t to_at = rest.rfind(':');
    const size_t from_at = to_at == npos ? npos : rest.rfind(':', to_at - 1);
    const size_t ip_at = from_at == npos || from_at == 0 ? npos : rest.rfind(':', from_at - 1);
    if (ip_at != npos) {
      ev.to_address = rest.substr(to_at + 1);
      ev.from_address = rest.substr(from_at + 1, to_at - from_at - 1);
      if (const sv ip = rest.substr(ip_at + 1, from_at - ip_at - 1); looks_like_ip_address(ip)) ev.source_ip = ip;
    }
    // "simscan: VIRUS Win.Trojan.X", "simscan: ATTACH label.scr", "simscan: SPAM REJECT (14.20/7.00)".
    text_.assign("simscan: ").append(verdict);
    if (verdict == "VIRUS" || verdict == "ATTACH") {
      const size_t time_end = rest.find(':', verdict.size() + 1);
      const size_t name_end = time_end == npos ? npos : rest.find(':', time_end + 1);
      if (name_end != npos) text_.append(" ").append(rest.substr(time_end + 1, name_end - time_end - 1));
    }
    ev.diagnostic = text_;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // qmail's text with its spaces back: "_" is a space, "/" ends a part.
  sv readable(sv text) {
    text_.clear();
    for (char c : text) text_.push_back(c == '_' ? ' ' : c == '/' ? ' ' : c);
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    return text_;
  }

  std::string path_;
  std::string text_;
  std::unordered_map<uint64_t, Delivery> deliveries_;
  std::unordered_map<uint64_t, std::string> senders_;
};

class QmailParser final : public LineParser {
 public:
  explicit QmailParser(const FileContext& file) : reader_(file) {}
  bool continue_with(const FileContext& next) override {
    reader_.continue_with(next);
    return true;
  }
  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    SyslogRecord rec;
    if (!split_stamp(line, &rec.time, &rec.message)) return line.empty() ? Outcome::recognized : Outcome::unrecognized;
    rec.program = "qmail-send";
    return reader_.read(rec, line_no, sink);
  }

 private:
  QmailReader reader_;
};

class QmailProgramParser final : public ProgramParser {
 public:
  explicit QmailProgramParser(const FileContext& file) : reader_(file), path_(file.path) {}
  void continue_with(const FileContext& next) override {
    reader_.continue_with(next);
    path_.assign(next.path);
  }
  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    if (rec.program == "vpopmail") return vchkpw(rec, line_no, sink);
    SyslogRecord own = rec;
    own.message = after_unix_stamp(rec.message);
    const Outcome o = reader_.read(own, line_no, sink);
    // (Another qmail program's line in syslog: qmail-smtpd's, tcpserver's.)
    return o == Outcome::unrecognized ? Outcome::recognized : o;
  }

 private:
  // vpopmail's vchkpw: "vchkpw-submission: password fail (pass: 'x') user@example.net:198.51.100.88",
  // "vchkpw-pop3: vpopmail user not found support@:203.0.113.141": a failed login from that address.
  // (The password it logs is left out of the diagnostic.)
  Outcome vchkpw(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    const sv m = rec.message;
    const bool failed = m.find(": password fail") != npos || m.find(": vpopmail user not found") != npos ||
                        m.find(": user not found") != npos;
    if (!m.starts_with("vchkpw-") || !failed) return Outcome::recognized;
    const size_t colon = m.find(": ");
    const size_t last_colon = m.rfind(':');
    const size_t space = m.rfind(' ', last_colon);
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.smtp_command = "AUTH";
    if (last_colon != npos && space != npos && space < last_colon) {
      const sv user = m.substr(space + 1, last_colon - space - 1);
      if (user.find('@') != npos && user.back() != '@') ev.from_address = user;
      if (const sv ip = m.substr(last_colon + 1); looks_like_ip_address(ip)) ev.source_ip = ip;
    }
    const bool password = m.find(": password fail") != npos;
    text_.assign(m.substr(0, colon + 2)).append(password ? "password fail" : "user not found");
    ev.diagnostic = text_;
    sink.on_tally(Tally::sasl_failure, rec.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  QmailReader reader_;
  std::string path_;
  std::string text_;
};

}  // namespace

int qmail_sniff(sv head) {
  return percent_of_head_lines(head, [](sv line) {
    Timestamp t;
    sv text;
    return split_stamp(line, &t, &text) && (is_qmail_send_text(text) || is_qmail_smtpd_text(text));
  });
}

std::unique_ptr<LineParser> make_qmail_parser(const FileContext& file) { return std::make_unique<QmailParser>(file); }

// splogger's tag: "qmail" (qmail-send's log in syslog).
// (vpopmail's vchkpw logs the logins of qmail's SMTP, POP3 and IMAP services.)
bool qmail_claims_program(sv program) { return program == "qmail" || program == "vpopmail"; }

std::unique_ptr<ProgramParser> make_qmail_program_parser(const FileContext& file) {
  return std::make_unique<QmailProgramParser>(file);
}

}  // namespace mailtriage
