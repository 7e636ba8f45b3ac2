#include "parsers/smartermail.h"

#include <algorithm>
#include <array>
#include <string>

#include "parsers/bounce_text.h"
#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
using bounce::icontains;
using bounce::icontains_any;
using bounce::is_digit;
using bounce::iequals;
using bounce::ifind;
using bounce::istarts_with;
using bounce::trim;
using bounce::trim_left;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "smartermail.log";
constexpr sv kSmtpProgram = "smartermail/smtp";
constexpr sv kDeliveryProgram = "smartermail/delivery";
constexpr sv kProgram = "smartermail";  // the lines of its other logs
constexpr int64_t kDayUs = int64_t(86400) * 1000000;
// What is kept of a line in a session's state (an address, a command, a
// reply): enough for any real one, and an enormous line costs no more.
constexpr size_t kKeep = 512;
constexpr size_t kKeepReply = 4096;

// "2024.05.16" at s[at]: its day since 1970; false when it is not a date.
bool read_dotted_date(sv s, size_t at, int64_t* day) {
  unsigned y, m, d;
  if (!read_digits(s, at, 4, &y) || s.size() < at + 10 || s[at + 4] != '.' || !read_digits(s, at + 5, 2, &m) ||
      s[at + 7] != '.' || !read_digits(s, at + 8, 2, &d))
    return false;
  if (y < 1970 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  *day = days_from_civil(y, m, d);
  return true;
}

// A line's opening: "[2024.05.16] " (newer builds, the web interface's
// downloads), then the time of day "08:03:10.017 " (older builds: no
// milliseconds). `rest` is what follows.
struct Head {
  bool dated = false;
  int64_t day = 0;
  int64_t time_of_day_us = 0;
  sv rest;
};
bool read_head(sv line, Head* h) {
  size_t i = 0;
  if (line.size() > 12 && line[0] == '[' && line[11] == ']') {
    if (!read_dotted_date(line, 1, &h->day)) return false;
    h->dated = true;
    i = 12;
    while (i < line.size() && line[i] == ' ') ++i;
  }
  unsigned hh, mm, ss;
  if (!read_digits(line, i, 2, &hh) || line.size() < i + 9 || line[i + 2] != ':' || !read_digits(line, i + 3, 2, &mm) ||
      line[i + 5] != ':' || !read_digits(line, i + 6, 2, &ss) || hh > 23 || mm > 59 || ss > 60)
    return false;
  i += 8;
  int64_t micros = 0;
  if (line[i] == '.') {
    size_t n = 0;
    int64_t scale = 1000000;
    for (++i; i < line.size() && is_digit(line[i]) && n < 7; ++i, ++n) micros += (scale /= 10) * (line[i] - '0');
    if (n == 0) return false;
  }
  if (i >= line.size() || line[i] != ' ') return false;
  h->time_of_day_us = (int64_t(hh) * 3600 + mm * 60 + ss) * 1000000 + micros;
  h->rest = trim_left(line.substr(i + 1));
  return true;
}

// "[x]" at the start of s: x, and what follows the ']'.
bool bracket(sv s, sv* field, sv* after) {
  if (s.empty() || s[0] != '[') return false;
  const size_t close = capped(s, 130).find(']');
  if (close == npos) return false;
  *field = s.substr(1, close - 1);
  *after = s.substr(close + 1);
  return true;
}

bool all_digits(sv s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// The day a file of SmarterMail's names ("2024.05.16-smtpLog.log",
// "2024.05.16-delivery.log.zip"): false when its name carries none.
bool day_of_file_name(sv path, int64_t* day) {
  const size_t slash = path.find_last_of("/\\");
  const sv name = slash == npos ? path : path.substr(slash + 1);
  for (size_t at = 0; at + 10 <= name.size(); ++at)
    if (is_digit(name[at]) && read_dotted_date(name, at, day)) return true;
  return false;
}

// The reply code that opens a reply ("550 ...", "421-..."), 0 otherwise.
uint16_t leading_code(sv reply) {
  unsigned code;
  if (!read_digits(reply, 0, 3, &code) || (reply.size() > 3 && reply[3] != ' ' && reply[3] != '-')) return 0;
  return code >= 200 && code <= 599 ? uint16_t(code) : 0;
}
sv enhanced_status_of(sv reply) {
  uint16_t code = 0;
  sv status;
  find_smtp_codes(capped(reply, 40), &code, &status);
  return status;
}

// A client's command as the SMTP log writes it ("command: RCPT TO:<b@x>",
// older builds "cmd: ..."), and the delivery log ("CMD: ...").
bool read_command(sv text, sv* command) {
  if (istarts_with(text, "command:")) *command = trim_left(text.substr(8));
  else if (istarts_with(text, "cmd:")) *command = trim_left(text.substr(4));
  else return false;
  return true;
}
// A reply as the SMTP log writes it ('"250 OK" response returned.', older
// builds "rsp: 250 OK"), and the delivery log ("RSP: 250 OK"). A reply of
// several lines whose closing quote is on a later line is its first line.
bool read_reply(sv text, sv* reply) {
  if (text.starts_with('"')) {
    const sv body = text.substr(1);
    const size_t end = body.rfind("\" response returned");
    *reply = end == npos ? body : body.substr(0, end);
    return end != npos || leading_code(body) != 0;
  }
  if (istarts_with(text, "rsp:")) {
    *reply = trim_left(text.substr(4));
    return true;
  }
  return false;
}

// The command's verb ("RCPT TO:<b@x>" -> "RCPT") and what follows it.
void split_command(sv command, sv* verb, sv* argument) {
  size_t end = 0;
  while (end < command.size() && end < 16 && command[end] != ' ' && command[end] != ':') ++end;
  *verb = command.substr(0, end);
  *argument = command.substr(end);
}
void assign_upper(std::string& out, sv s) {
  out.assign(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
}
bool is_smtp_verb(sv v) {
  static constexpr sv kVerbs[] = {"HELO", "EHLO", "MAIL", "RCPT", "DATA", "BDAT", "RSET", "NOOP", "QUIT",
                                  "VRFY", "EXPN", "HELP", "AUTH", "STARTTLS", "ETRN", "TURN", "ATRN"};
  for (sv k : kVerbs)
    if (iequals(v, k)) return true;
  return false;
}

// The program's own words that a TLS handshake failed (SmarterMail's "TLS
// negotiation failed: ...", .NET's SslStream exceptions: "Authentication
// failed because the remote party has closed the transport stream", "The
// handshake failed due to an unexpected packet format", "The remote
// certificate is invalid ...").
bool says_tls_failed(sv text) {
  static constexpr sv kTls[] = {"tls", "ssl", "handshake", "transport stream", "certificate"};
  static constexpr sv kFailed[] = {"fail", "error", "exception", "unable", "invalid", "could not", "not supported"};
  return icontains_any(text, kTls) && icontains_any(text, kFailed) && !icontains(text, "sslv3 or tls");
}
// A refused login in the program's words (not a reply).
bool says_login_failed(sv text) {
  static constexpr sv kWords[] = {"authentication failed", "login failed", "failed to authenticate", "invalid password",
                                  "authentication unsuccessful", "failed login", "bad password"};
  return icontains_any(text, kWords);
}
// A client refused by the server's own rules: an IP on the block list,
// an IDS (abuse detection) block for brute force, harvesting or denial of
// service, a connection limit.
bool says_client_refused(sv text) {
  static constexpr sv kWords[] = {"blacklist", "black list", "blocklist", "block list", "blocked", "banned",
                                  "brute force", "bruteforce", "harvest", "ids rule", "ids block", " ids ", "ids:",
                                  "intrusion detection", "abuse detection", "denial of service", "too many connections",
                                  "too many bad", "connection limit", "rate limit", "exceeded the maximum",
                                  "greylist"};
  static constexpr sv kNot[] = {"not blacklisted", "not blocked", "unblock", "whitelist", "checks started",
                                "check passed", "not on the", "is not listed", "not listed"};
  return (icontains_any(text, kWords) || istarts_with(text, "ids ")) && !icontains_any(text, kNot);
}
// The server giving up on a message after its retries.
bool says_retries_ran_out(sv text) {
  static constexpr sv kEnded[] = {"expired", "giving up", "gave up", "maximum number of attempts", "max attempts",
                                  "maximum attempts", "retry period", "too long in the queue", "in the queue too long"};
  static constexpr sv kRetries[] = {"retr"};
  static constexpr sv kRanOut[] = {"max", "exceeded", "reached", "limit", "too many", "no more", "exhausted"};
  // (A certificate or a password that expired is no message's.)
  static constexpr sv kOther[] = {"certificate", "password"};
  return (icontains_any(text, kEnded) || (icontains_any(text, kRetries) && icontains_any(text, kRanOut))) && !icontains_any(text, kOther);
}
// A delivery's connection that could not be made, in words other than "Connection to ... failed".
bool says_connect_failed(sv text) {
  static constexpr sv kConnect[] = {"connect"};
  static constexpr sv kFailed[] = {"fail", "unable", "could not", "couldn't", "refused", "timed out", "no connection"};
  return icontains_any(text, kConnect) && icontains_any(text, kFailed);
}
bool says_dns_failed(sv text) {
  static constexpr sv kDns[] = {"dns", "mx record", "mx lookup", "no mx", "name resolution"};
  static constexpr sv kFailed[] = {"fail", "unable", "could not", "no mx", "not found", "timed out", "error"};
  return icontains_any(text, kDns) && icontains_any(text, kFailed);
}

// The first IPv4 address in a text ("IDS: 198.51.100.45 blocked ..."), or "".
sv first_ipv4(sv text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.'))) continue;
    size_t j = i, dots = 0, run = 0;
    for (; j < text.size() && (is_digit(text[j]) || text[j] == '.'); ++j) {
      if (text[j] == '.') {
        if (run == 0) break;
        ++dots, run = 0;
      } else if (++run > 3) {
        break;
      }
    }
    sv candidate = text.substr(i, j - i);
    if (candidate.ends_with('.')) candidate.remove_suffix(1), --dots;
    if (dots == 3 && !candidate.ends_with('.')) return candidate;
  }
  return {};
}

// "203.0.113.5:25", "mx.example.net:25", "[2001:db8::5]:25", "mx.example.net":
// the host (an address or a name) and the port.
void read_host_port(sv s, sv* host, uint16_t* port) {
  s = s.substr(0, s.find_first_of(" ,;()"));
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  sv h = s, p;
  if (s.starts_with('[')) {
    const size_t close = s.find(']');
    h = s.substr(1, close == npos ? npos : close - 1);
    if (close != npos && s.substr(close + 1).starts_with(':')) p = s.substr(close + 2);
  } else if (const size_t colon = s.find(':'); colon != npos && s.find(':', colon + 1) == npos) {
    h = s.substr(0, colon);
    p = s.substr(colon + 1);
  }
  unsigned n = 0;
  *port = p.size() >= 1 && p.size() <= 5 && read_digits(p, 0, p.size(), &n) && n <= 65535 ? uint16_t(n) : 0;
  *host = h;
}

// One inbound SMTP session of the SMTP log, by its id.
struct Session {
  std::string id, ip;
  std::string verb;      // the last command's verb ("RCPT")
  std::string from, to;  // MAIL FROM's address, the last RCPT TO's
  bool connected = false;          // its "connected at" line was read
  bool auth_reported = false;      // a refused login since the last AUTH
  bool refusal_reported = false;   // a refusal of the client at the greeting, or a block, was reported
  bool refusal_just_reported = false;  // the session's last line was a reported refusal of a command
  bool tls_reported = false;
  // A refusal at the greeting, held for the note that says why.
  bool pending = false;
  std::string pending_reply;
  uint64_t pending_line = 0;
  Timestamp pending_time;
  uint64_t last_use = 0;

  void clear() {
    ip.clear(), verb.clear(), from.clear(), to.clear();
    connected = auth_reported = refusal_reported = refusal_just_reported = tls_reported = pending = false;
  }
};

// One delivery of the delivery log (a message's attempt), by its id.
struct Delivery {
  std::string id, sender;
  std::string verb, rcpt, from;  // the last command's verb, RCPT TO's and MAIL FROM's addresses
  std::string host, ip;          // the remote server it connected to
  uint16_t port = 0;
  std::string reply;             // a reply of several lines, gathered
  bool reply_done = true;
  // The commands sent and not yet answered, oldest first (with PIPELINING
  // several go out before the first reply comes back): each verb, and a
  // RCPT's address.
  std::array<std::string, 8> sent_verbs, sent_rcpts;
  size_t sent_first = 0, sent_count = 0;
  std::string answered_verb, answered_rcpt;  // the command the last final reply answered
  // What was reported of it, so that a recipient's summary that only restates
  // it is not reported again.
  bool all_reported = false;     // a failure of the whole attempt (connection, MX, TLS, greeting, MAIL, DATA)
  bool expiry_reported = false;
  std::array<std::string, 8> reported_rcpts;
  size_t n_rcpts = 0;
  std::array<std::string, 4> reported_texts;
  size_t n_texts = 0;
  uint64_t last_use = 0;

  void clear() {
    sender.clear(), verb.clear(), rcpt.clear(), from.clear(), host.clear(), ip.clear(), reply.clear();
    port = 0;
    reply_done = true;
    sent_first = sent_count = 0;
    all_reported = expiry_reported = false;
    n_rcpts = n_texts = 0;
  }
  void sent(sv verb, sv rcpt) {
    if (sent_count == sent_verbs.size()) sent_first = (sent_first + 1) % sent_verbs.size(), --sent_count;
    const size_t at = (sent_first + sent_count++) % sent_verbs.size();
    sent_verbs[at].assign(verb);
    sent_rcpts[at].assign(rcpt);
  }
  // The command a reply answers: the oldest one unanswered (a 334 or 354 leaves
  // it unanswered: its exchange goes on), or the last one sent.
  void answer(bool final_reply) {
    if (sent_count == 0) {
      answered_verb.assign(verb);
      answered_rcpt.assign(rcpt);
      return;
    }
    answered_verb.assign(sent_verbs[sent_first]);
    answered_rcpt.assign(sent_rcpts[sent_first]);
    if (final_reply) sent_first = (sent_first + 1) % sent_verbs.size(), --sent_count;
  }
  void note_recipient(sv address) {
    if (!address.empty()) reported_rcpts[n_rcpts++ % reported_rcpts.size()].assign(capped(address, kKeep));
  }
  void note_text(sv text) { reported_texts[n_texts++ % reported_texts.size()].assign(capped(text, kKeep)); }
  bool recipient_reported(sv address) const {
    for (size_t i = 0; i < std::min(n_rcpts, reported_rcpts.size()); ++i)
      if (iequals(reported_rcpts[i], address)) return true;
    return false;
  }
  // Whether `reason` restates a text reported for this delivery.
  bool text_reported(sv reason) const {
    if (reason.empty()) return false;
    for (size_t i = 0; i < std::min(n_texts, reported_texts.size()); ++i) {
      const sv t = reported_texts[i];
      // (Either holds the other: the summary may quote the reply whole, or a part of it.)
      if (!t.empty() && (reason.find(t) != npos || (reason.size() >= 12 && t.find(capped(reason, kKeep)) != npos)))
        return true;
    }
    return false;
  }
};

template <class Slot, size_t N>
Slot* find_slot(std::array<Slot, N>& slots, sv id, Slot** oldest, size_t* last) {
  // (Consecutive lines are mostly one session's.)
  if (slots[*last].last_use && slots[*last].id == id) return &slots[*last];
  *oldest = &slots[0];
  for (Slot& s : slots) {
    if (s.last_use && s.id == id) {
      *last = size_t(&s - slots.data());
      return &s;
    }
    if (s.last_use < (*oldest)->last_use) *oldest = &s;
  }
  return nullptr;
}

class SmarterMailParser final : public PathLineParser {
 public:
  explicit SmarterMailParser(const FileContext& file) : PathLineParser(file) {
    file_dated_ = day_of_file_name(file.path, &file_day_);
  }
  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    file_dated_ = day_of_file_name(next.path, &file_day_);
    learned_day_ = false;
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    flushed_ = false;
    const Outcome o = read(without_trailing_space(line), line_no, sink);
    return flushed_ && o == Outcome::recognized ? Outcome::reported : o;
  }

  void finish(EventSink& sink) override {
    for (Session& s : sessions_)
      if (s.pending) flush(s, sink);
  }

 private:
  Outcome read(sv line, uint64_t line_no, EventSink& sink) {
    Head h;
    if (!read_head(line, &h)) return bare_line(line);
    seen_ = true;
    set_time(h);
    sv f1, after;
    if (!bracket(h.rest, &f1, &after)) return untagged_line(h.rest, line_no, sink);
    if (after.starts_with('[')) {
      sv f2, text;
      if (!bracket(after, &f2, &text)) return Outcome::recognized;
      // "[client ip][session id]": the SMTP log (and the IMAP and POP logs, shaped alike)
      if (looks_like_ip_address(f1) && !f2.empty()) return smtp_line(f1, f2, trim_left(text), line_no, sink);
      return Outcome::recognized;
    }
    const sv text = trim_left(after);
    // ("[72] [user; host:mail.example.net] ...": the IMAP retrieval log's, not a delivery's.)
    if (text.starts_with('[')) return Outcome::recognized;
    if (all_digits(f1)) return delivery_line(f1, text, line_no, sink);
    if (looks_like_ip_address(f1)) return admin_line(f1, text, line_no, sink);
    return Outcome::recognized;
  }

  // A line with the time and nothing in brackets ("xmpp Stopped at ...", the
  // general errors): an IDS block of an address it names is a refusal of it.
  Outcome untagged_line(sv text, uint64_t line_no, EventSink& sink) {
    const sv ip = first_ipv4(text);
    if (ip.empty() || !says_client_refused(text) || icontains(text, "calling ")) return Outcome::recognized;
    Event ev = event(Action::rejected, kProgram, line_no, time_);
    ev.source_ip = ip;
    ev.diagnostic = text;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // A line without the time: a stack trace under an entry ("   at
  // MailService..."), the rest of a reply written over several lines, an
  // exception's message, or not SmarterMail's.
  Outcome bare_line(sv line) const {
    if (line.empty()) return Outcome::recognized;
    if (!seen_) return Outcome::unrecognized;
    if (line[0] == ' ' || line[0] == '\t' || line.starts_with("--- ")) return Outcome::recognized;
    if (leading_code(line) || line.find("\" response returned") != npos || line.find("Exception") != npos)
      return Outcome::recognized;
    return Outcome::unrecognized;
  }

  void set_time(const Head& h) {
    time_ = Timestamp();
    int64_t day;
    if (h.dated) day = h.day;
    else if (file_dated_) day = file_day_;
    else if (learned_day_) day = learned_;
    else {
      time_of_day_us_ = h.time_of_day_us;
      return;
    }
    time_of_day_us_ = h.time_of_day_us;
    time_.valid = true;
    time_.epoch_us = day * kDayUs + h.time_of_day_us;
  }
  // A session's "connected at 5/16/2024 8:03:10 AM": the day, for a file whose name and lines have none.
  void learn_day(sv when) {
    if (time_.valid || learned_day_) return;
    Timestamp t;
    if (!scan_us_datetime_meridiem(when, &t)) return;
    learned_ = t.epoch_us >= 0 ? t.epoch_us / kDayUs : (t.epoch_us - kDayUs + 1) / kDayUs;
    learned_day_ = true;
    time_.valid = true;
    time_.epoch_us = learned_ * kDayUs + time_of_day_us_;
  }

  Event event(Action action, sv program, uint64_t line_no, const Timestamp& time) const {
    SyslogRecord rec;
    rec.time = time;
    rec.program = program;
    return record_event(rec, action, kDataset, path_, line_no);
  }

  // ---- The SMTP log --------------------------------------------------------

  Session& session(sv id, EventSink& sink) {
    Session* oldest;
    Session* s = find_slot(sessions_, id, &oldest, &last_session_);
    if (!s) {
      if (oldest->pending) flush(*oldest, sink);
      oldest->clear();
      oldest->id.assign(capped(id, kKeep));
      s = oldest;
    }
    s->last_use = ++tick_;
    return *s;
  }

  Outcome smtp_line(sv ip, sv id, sv text, uint64_t line_no, EventSink& sink) {
    Session& s = session(id, sink);
    if (s.ip != ip) s.ip.assign(capped(ip, kKeep));
    const bool after_refusal = s.refusal_just_reported;
    s.refusal_just_reported = false;
    if (text.starts_with("connected at ")) {
      // (Older builds write the greeting's reply before this line: what the
      // session holds so far is this connection's.)
      if (!s.verb.empty()) {
        if (s.pending) flush(s, sink);
        s.clear();
        s.ip.assign(capped(ip, kKeep));
      }
      s.connected = true;
      learn_day(text.substr(13));
      return Outcome::recognized;
    }
    if (text.starts_with("disconnected at ")) {
      learn_day(text.substr(16));
      if (s.pending) flush(s, sink);
      return Outcome::recognized;
    }
    sv command, reply;
    if (read_command(text, &command)) {
      if (s.pending) flush(s, sink);
      remember_command(s, command);
      return Outcome::recognized;
    }
    if (read_reply(text, &reply)) return inbound_reply(s, reply, line_no, sink);
    if (says_tls_failed(text))
      return client_failure(s, &s.tls_reported, "STARTTLS", Tally::tls_failure, text, line_no, sink);
    // (A block that counts failed logins, "blocked by IDS rule ... (3 failed
    // logins in 1 minute)", is the block, a refusal of its own below.)
    if (says_login_failed(text) && !says_client_refused(text))  // once: the 535 may have said it
      return client_failure(s, &s.auth_reported, "AUTH", Tally::sasl_failure, text, line_no, sink);
    if (says_client_refused(text)) return refusal_note(s, text, after_refusal, line_no, sink);
    return Outcome::recognized;
  }

  // A failed handshake or login of the session's client, in the server's
  // words; once a session (`*reported`).
  Outcome client_failure(Session& s, bool* reported, sv command, Tally tally, sv text, uint64_t line_no,
                         EventSink& sink) {
    if (*reported) return Outcome::recognized;
    *reported = true;
    Event ev = event(Action::failed, kSmtpProgram, line_no, time_);
    ev.source_ip = s.ip;
    ev.smtp_command = command;
    ev.diagnostic = text;
    sink.on_tally(tally, time_);
    sink.on_event(ev);
    return Outcome::reported;
  }

  void remember_command(Session& s, sv command) {
    sv verb, argument;
    split_command(command, &verb, &argument);
    // AUTH's exchange goes on in lines that are not commands (base64 answers).
    if (!is_smtp_verb(verb) && s.verb == "AUTH") return;
    assign_upper(s.verb, verb);
    if (s.verb == "AUTH") s.auth_reported = false;
    if (s.verb == "MAIL") {
      s.from.assign(capped(address_in_angle_brackets(argument), kKeep));
      s.to.clear();
    } else if (s.verb == "RCPT") {
      s.to.assign(capped(address_in_angle_brackets(argument), kKeep));
    } else if (s.verb == "RSET") {
      s.from.clear(), s.to.clear();
    }
  }

  // Our server's reply to the client: a refusal when 4xx/5xx.
  Outcome inbound_reply(Session& s, sv reply, uint64_t line_no, EventSink& sink) {
    const uint16_t code = leading_code(reply);
    if (code < 400) {
      if (s.pending) flush(s, sink);
      return Outcome::recognized;
    }
    if (s.verb.empty()) {
      // Refused at the greeting: the server's note of why ("IP is
      // blacklisted") may follow, and is then the refusal's line.
      if (s.refusal_reported) return Outcome::recognized;  // the note came first
      if (s.pending) flush(s, sink);
      s.pending = true;
      s.pending_reply.assign(capped(reply, kKeepReply));
      s.pending_line = line_no;
      s.pending_time = time_;
      return Outcome::recognized;
    }
    const bool auth = s.verb == "AUTH" || code == 535;
    if (auth && s.auth_reported) return Outcome::recognized;
    Event ev = event(auth ? Action::failed : Action::rejected, kSmtpProgram, line_no, time_);
    ev.source_ip = s.ip;
    ev.diagnostic = reply;
    ev.reply_code = code;
    ev.enhanced_status = enhanced_status_of(reply);
    if (code < 500) ev.hard = Tristate::no;
    if (auth) {
      ev.smtp_command = "AUTH";
      s.auth_reported = true;
      sink.on_tally(Tally::sasl_failure, time_);
    } else {
      ev.smtp_command = s.verb;
      ev.from_address = s.from;
      if (s.verb == "RCPT" || s.verb == "DATA" || s.verb == "BDAT") ev.to_address = s.to;
      s.refusal_just_reported = true;
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

  // The server's note that it refused the client (a block, a limit).
  Outcome refusal_note(Session& s, sv text, bool after_refusal, uint64_t line_no, EventSink& sink) {
    if (s.pending) {
      // The note says why the greeting was refused: one refusal, on this line.
      s.pending = false;
      s.refusal_reported = true;
      const uint16_t code = leading_code(s.pending_reply);
      Event ev = event(Action::rejected, kSmtpProgram, line_no, time_);
      ev.source_ip = s.ip;
      if (s.connected) ev.smtp_command = "CONNECT";
      ev.diagnostic = text;
      ev.reply_code = code;
      ev.enhanced_status = enhanced_status_of(s.pending_reply);
      if (code < 500) ev.hard = Tristate::no;
      sink.on_event(ev);
      return Outcome::reported;
    }
    // A note right after a refused command, or a second note, restates the refusal.
    if (after_refusal || s.refusal_reported) return Outcome::recognized;
    s.refusal_reported = true;
    Event ev = event(Action::rejected, kSmtpProgram, line_no, time_);
    ev.source_ip = s.ip;
    if (s.connected && s.verb.empty()) ev.smtp_command = "CONNECT";
    ev.diagnostic = text;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // A refusal at the greeting that no note followed: reported as the reply it was.
  void flush(Session& s, EventSink& sink) {
    s.pending = false;
    s.refusal_reported = true;
    const uint16_t code = leading_code(s.pending_reply);
    Event ev = event(Action::rejected, kSmtpProgram, s.pending_line, s.pending_time);
    ev.source_ip = s.ip;
    if (s.connected) ev.smtp_command = "CONNECT";
    ev.diagnostic = s.pending_reply;
    ev.reply_code = code;
    ev.enhanced_status = enhanced_status_of(s.pending_reply);
    if (code < 500) ev.hard = Tristate::no;
    sink.on_event(ev);
    flushed_ = true;
  }

  // ---- The delivery log ----------------------------------------------------

  Delivery& delivery(sv id) {
    Delivery* oldest;
    Delivery* d = find_slot(deliveries_, id, &oldest, &last_delivery_);
    if (!d) {
      oldest->clear();
      oldest->id.assign(capped(id, kKeep));
      d = oldest;
    }
    d->last_use = ++tick_;
    return *d;
  }

  Event delivery_event(const Delivery& d, Action action, uint64_t line_no) const {
    Event ev = event(action, kDeliveryProgram, line_no, time_);
    ev.local_id = d.id;
    ev.from_address = d.from.empty() ? sv(d.sender) : sv(d.from);
    if (looks_like_ip_address(d.host)) {
      ev.destination_ip = d.host;
    } else {
      ev.destination_domain = d.host;
      ev.destination_ip = d.ip;
    }
    ev.destination_port = d.port;
    if (action == Action::deferred) ev.hard = Tristate::no;
    return ev;
  }

  Outcome delivery_line(sv id, sv text, uint64_t line_no, EventSink& sink) {
    Delivery& d = delivery(id);
    if (text.starts_with("Delivery started for ")) {
      d.clear();
      sv sender = text.substr(21);
      sender = sender.substr(0, sender.find(' '));
      d.sender.assign(capped(strip_angle_brackets(sender), kKeep));
      return Outcome::recognized;
    }
    sv command, reply;
    if (read_command(text, &command)) {
      sv verb, argument;
      split_command(command, &verb, &argument);
      // AUTH's exchange goes on in lines that are not commands (base64 answers).
      if (!is_smtp_verb(verb) && d.verb == "AUTH") return Outcome::recognized;
      assign_upper(d.verb, capped(verb, 16));
      if (d.verb == "MAIL") d.from.assign(capped(address_in_angle_brackets(argument), kKeep));
      if (d.verb == "RCPT") d.rcpt.assign(capped(address_in_angle_brackets(argument), kKeep));
      d.sent(d.verb, d.verb == "RCPT" ? sv(d.rcpt) : sv());
      return Outcome::recognized;
    }
    if (istarts_with(text, "rsp:")) return remote_reply(d, trim_left(text.substr(4)), line_no, sink);
    if (text.starts_with("Connection to ") || text.starts_with("Connecting to ") ||
        text.starts_with("Initiating connection to ") || text.starts_with("Attempting to connect to ")) {
      const sv target = text.substr(text.find(" to ") + 4);
      sv host;
      uint16_t port;
      read_host_port(target, &host, &port);
      if (looks_like_ip_address(host) && !d.host.empty() && !looks_like_ip_address(d.host)) {
        if (d.ip != host) d.ip.assign(capped(host, kKeep));  // the named host's address
      } else if (host != d.host) {
        d.host.assign(capped(host, kKeep));
        d.ip.clear();
      }
      if (port) d.port = port;
      d.verb.clear();  // a new connection: its first reply is the greeting's
      d.sent_first = d.sent_count = 0;
      static constexpr sv kFailed[] = {"fail", "refused", "timed out", "could not", "unable", "error"};
      if (text.starts_with("Connection to ") && icontains_any(text.substr(14 + host.size()), kFailed))
        return attempt_failed(d, text, Tally::kCount, line_no, sink);
      return Outcome::recognized;
    }
    if (text.starts_with("Delivery for ")) return summary(d, text, line_no, sink);
    // "Local delivery to a@x failed: mailbox quota exceeded (...)": a local
    // mailbox refused it (its summary, "has completed (Bounced)", restates it).
    if (text.starts_with("Local delivery to ")) {
      const size_t failed = text.find(" failed: ");
      if (failed == npos) return Outcome::recognized;
      const sv recipient = strip_angle_brackets(text.substr(18, failed - 18));
      Event ev = delivery_event(d, Action::bounced, line_no);
      ev.to_address = recipient;
      ev.diagnostic = text.substr(failed + 9);
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
      d.note_recipient(recipient);
      d.note_text(ev.diagnostic);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (says_tls_failed(text)) return attempt_failed(d, text, Tally::tls_failure, line_no, sink);
    if (says_dns_failed(text)) {
      // "DNS lookup of MX records for example.net failed: ...": the domain is the one it looked up.
      if (const size_t f = text.find(" for "); f != npos) {
        sv domain = text.substr(f + 5);
        if (domain.starts_with("the ")) domain.remove_prefix(4);
        while (!domain.empty() && (domain.front() == '\'' || domain.front() == '"')) domain.remove_prefix(1);
        domain = domain.substr(0, domain.find_first_of(" :,'\""));
        d.host.assign(capped(strip_angle_brackets(domain), kKeep));
        d.ip.clear();
        d.port = 0;
      }
      return attempt_failed(d, text, Tally::kCount, line_no, sink);
    }
    if (says_retries_ran_out(text)) {
      if (d.expiry_reported) return Outcome::recognized;
      d.expiry_reported = true;
      Event ev = delivery_event(d, Action::expired, line_no);
      ev.diagnostic = text;
      find_smtp_codes(text, &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (says_connect_failed(text) && !icontains(text, "succeeded")) return attempt_failed(d, text, Tally::kCount, line_no, sink);
    return Outcome::recognized;
  }

  // A failure of the attempt as a whole (the connection, the MX lookup, TLS),
  // in the program's words; the same words for the next MX host are the same failure.
  Outcome attempt_failed(Delivery& d, sv text, Tally tally, uint64_t line_no, EventSink& sink) {
    const size_t colon = text.find(": ");
    const sv reason = colon == npos ? text : text.substr(colon + 2);
    if (d.all_reported && d.text_reported(reason)) return Outcome::recognized;
    d.all_reported = true;
    d.note_text(reason);
    Event ev = delivery_event(d, Action::deferred, line_no);
    ev.diagnostic = text;
    if (tally == Tally::tls_failure) {
      ev.smtp_command = "STARTTLS";
      sink.on_tally(Tally::tls_failure, time_);
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

  // Some builds write a reply of several lines on one line, its lines run
  // together ("421-4.7.28 ... of421-4.7.28 unsolicited ... 421 4.7.28 ..."):
  // the code followed by a space further on is its last line, so it is whole.
  static bool holds_last_reply_line(sv reply) {
    const sv code = reply.substr(0, 3);
    for (size_t at = reply.find(code, 4); at != npos; at = reply.find(code, at + 1))
      if (at + 3 < reply.size() && reply[at + 3] == ' ' && !(reply[at - 1] >= '0' && reply[at - 1] <= '9')) return true;
    return false;
  }

  // A remote server's reply ("RSP: 550 5.1.1 ..."); a reply of several lines
  // ("550-5.1.1 ...") is gathered and reported at its last line.
  Outcome remote_reply(Delivery& d, sv reply, uint64_t line_no, EventSink& sink) {
    if (d.reply_done) d.reply.clear();
    if (reply.size() > 3 && reply[3] == '-' && leading_code(reply) && !holds_last_reply_line(reply)) {
      if (d.reply.size() < kKeepReply) d.reply.append(d.reply.empty() ? "" : " ").append(capped(reply, kKeepReply));
      d.reply_done = false;
      return Outcome::recognized;
    }
    if (!d.reply.empty()) {
      if (d.reply.size() < kKeepReply) d.reply.append(" ").append(capped(reply, kKeepReply));
      reply = d.reply;
    }
    d.reply_done = true;
    const uint16_t code = leading_code(reply);
    d.answer(code < 300 || code >= 400);
    if (code < 400) return Outcome::recognized;
    const sv verb = d.answered_verb;
    Event ev = delivery_event(d, code < 500 ? Action::deferred : Action::bounced, line_no);
    ev.diagnostic = reply;
    ev.reply_code = code;
    ev.enhanced_status = enhanced_status_of(reply);
    ev.smtp_command = verb.empty() ? sv("CONNECT") : verb;
    if (verb == "RCPT") ev.to_address = d.answered_rcpt;
    else if (verb == "DATA" || verb == "BDAT") ev.to_address = d.rcpt;
    if (verb == "RCPT") d.note_recipient(d.answered_rcpt);
    else d.all_reported = true;  // the greeting, EHLO, MAIL or the message: every recipient's
    d.note_text(reply);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "Delivery for a@x to b@y has completed (Delivered)" / "has failed: ...":
  // a recipient's outcome. A failure already reported is recognized; one whose
  // reason is only here is reported.
  Outcome summary(Delivery& d, sv text, uint64_t line_no, EventSink& sink) {
    const sv rest = text.substr(13);
    const size_t to = rest.find(" to ");
    if (to == npos) return Outcome::recognized;
    const sv after = rest.substr(to + 4);
    const size_t has_at = after.find(" has ");
    const size_t is_at = after.find(" is ");
    const size_t verb_at = std::min(has_at, is_at);
    if (verb_at == npos) return Outcome::recognized;
    const sv recipient = strip_angle_brackets(after.substr(0, verb_at));
    const sv outcome = after.substr(verb_at + 1);
    static constexpr sv kFailure[] = {"fail", "defer", "retr", "bounce", "reject", "expire", "unable", "undeliverable"};
    // ("has completed (Delivered)"; "has completed (Failed)" is a failure's.)
    if (!icontains_any(capped(outcome, 40), kFailure)) return Outcome::recognized;
    // The reason: what follows "has failed" (": 550 ...", " - ...", "(...)").
    sv reason = outcome.substr(std::min(outcome.size(), outcome.find_first_of(":(-")));
    while (!reason.empty() && (reason.front() == ':' || reason.front() == '-' || reason.front() == ' ')) reason.remove_prefix(1);
    if (reason.starts_with('(') && reason.ends_with(')')) reason = reason.substr(1, reason.size() - 2);
    const bool expired = says_retries_ran_out(outcome);
    uint16_t code = 0;
    sv status;
    find_smtp_codes(reason, &code, &status);
    if (expired) {
      if (d.expiry_reported) return Outcome::recognized;
    } else if (d.recipient_reported(recipient) || d.text_reported(reason) || (d.all_reported && code == 0)) {
      return Outcome::recognized;
    }
    Action action = Action::bounced;
    static constexpr sv kTransient[] = {"defer", "retr", "temporar", "try again", "timed out", "timeout",
                                        "connect", "refused", "unreachable", "dns", "mx record"};
    if (expired) action = Action::expired;
    else if (code >= 400 && code < 500) action = Action::deferred;
    else if (code == 0 && icontains_any(outcome, kTransient)) action = Action::deferred;
    Event ev = delivery_event(d, action, line_no);
    ev.to_address = recipient;
    ev.diagnostic = reason.empty() ? text : reason;
    ev.reply_code = code;
    ev.enhanced_status = status;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // ---- The administrative log ---------------------------------------------

  Outcome admin_line(sv ip, sv text, uint64_t line_no, EventSink& sink) {
    if (says_client_refused(text) && !icontains(text, "calling ")) {
      // An IDS block of that address, noted where its rule counted the failures.
      Event ev = event(Action::rejected, kProgram, line_no, time_);
      ev.source_ip = ip;
      ev.diagnostic = text;
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (!says_login_failed(text) || says_tls_failed(text)) return Outcome::recognized;
    Event ev = event(Action::failed, kProgram, line_no, time_);
    ev.source_ip = ip;
    ev.diagnostic = text;
    if (istarts_with(text, "smtp ")) ev.smtp_command = "AUTH";
    sink.on_tally(Tally::sasl_failure, time_);
    sink.on_event(ev);
    return Outcome::reported;
  }

  bool file_dated_ = false, learned_day_ = false;
  int64_t file_day_ = 0, learned_ = 0;
  Timestamp time_;
  int64_t time_of_day_us_ = 0;
  bool seen_ = false;     // a line of SmarterMail's was read
  bool flushed_ = false;  // an event held from an earlier line was reported while reading this one
  uint64_t tick_ = 0;
  std::array<Session, 128> sessions_;
  std::array<Delivery, 128> deliveries_;
  size_t last_session_ = 0, last_delivery_ = 0;
};

// Whether a line is one of SmarterMail's SMTP or delivery log records; *marked
// when its text is in words only SmarterMail writes so.
bool sniff_record(sv line, bool* marked, bool* dated) {
  Head h;
  if (!read_head(line, &h)) return false;
  sv f1, after, text;
  if (!bracket(h.rest, &f1, &after)) return false;
  if (after.starts_with('[')) {
    sv f2;
    if (!looks_like_ip_address(f1) || !bracket(after, &f2, &text) || f2.empty()) return false;
  } else if (after.starts_with(' ') && (all_digits(f1) || looks_like_ip_address(f1))) {
    text = after;
  } else {
    return false;
  }
  text = trim_left(text);
  static constexpr sv kMarkers[] = {"connected at ", "response returned", "command: ", "cmd: ", "rsp: ",
                                    "delivery started for ", "delivery for ", "connection to ", "connecting to ",
                                    "starting local delivery", "sending remote mail", "removing spool message",
                                    "dns lookup of mx", "tls negotiation"};
  for (sv m : kMarkers)
    if (istarts_with(text, m) || (m == "response returned" && icontains(text, m))) *marked = true;
  *dated |= h.dated;
  return true;
}

}  // namespace

int smartermail_sniff(sv head) {
  int lines = 0, records = 0;
  bool marked = false, dated = false;
  for_each_head_line(head, [&](sv line) {
    if (line.empty()) return true;
    ++lines;
    records += sniff_record(line, &marked, &dated);
    return lines < 20;
  });
  if (records == 0) return 0;
  const int share = records * 100 / lines;
  // A time and bracketed fields alone are a common shape; SmarterMail's words
  // or its dated form make it SmarterMail's.
  return marked || dated ? std::max(share, 1) : std::max(share / 2, 1);
}

std::unique_ptr<LineParser> make_smartermail_parser(const FileContext& file) {
  return std::make_unique<SmarterMailParser>(file);
}

}  // namespace mailtriage
