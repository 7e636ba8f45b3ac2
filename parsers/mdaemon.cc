#include "parsers/mdaemon.h"

#include "parsers/bounce_text.h"

#include <array>
#include <initializer_list>
#include <string>

#include "parsers/registry.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
using bounce::icontains;
using bounce::icontains_any;
using bounce::iequals;
using bounce::ifind;
using bounce::is_digit;
using bounce::trim;
using bounce::istarts_with;
constexpr sv kDataset = "mdaemon.log";
constexpr sv kProgram = "mdaemon";

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "Wed 2024-05-15 08:01:12: " or "Wed 2024-05-15 08:01:12.345: ": its length
// with the space after the colon, 0 when the line does not open so. The time is
// the server's local time, read as written.
size_t leading_time(sv line, Timestamp* t) {
  if (line.size() < 24 || !is_letter(line[0]) || !is_letter(line[1]) || !is_letter(line[2]) || line[3] != ' ' ||
      line[8] != '-' || line[14] != ' ')
    return 0;
  size_t end = 23;  // after the seconds
  if (line[end] == '.') {
    const size_t start = ++end;
    while (end < line.size() && end - start < 9 && is_digit(line[end])) ++end;
    if (end == start) return 0;
  }
  if (end >= line.size() || line[end] != ':') return 0;
  const sv stamp = line.substr(4, end - 4);
  if (scan_rfc3339(stamp, t) != stamp.size()) return 0;
  ++end;
  if (end < line.size() && line[end] == ' ') ++end;
  return end;
}

// The lines MDaemon writes at the top of each log file.
bool is_header_line(sv line) {
  return line.starts_with("START Event Log") || line.starts_with("STOP Event Log") ||
         line.starts_with("Event Time/Date") || line.starts_with("---");
}

// An IPv4 or IPv6 literal (a host name is none, however hex-like its letters,
// nor an address with its port).
bool is_ip(sv s) {
  if (const size_t colon = s.find(':'); colon != npos) return s.find(':', colon + 1) != npos && looks_like_ip_address(s);
  int dots = 0;
  for (char c : s) {
    if (c == '.') ++dots;
    else if (!is_digit(c)) return false;
  }
  return dots == 3 && s.size() >= 7;
}

// "203.0.113.5:53211", "[203.0.113.5 : 53211]", "[2001:db8::5]:53211" -> the address.
sv endpoint_ip(sv e) {
  e = trim(e);
  if (e.starts_with('[')) {
    const size_t close = e.find(']');
    if (close == npos) return {};
    const sv inner = trim(e.substr(1, close - 1));
    if (is_ip(inner)) return inner;
    e = inner;
  }
  if (is_ip(e)) return e;
  if (const size_t colon = e.rfind(':'); colon != npos) {
    const sv host = trim(e.substr(0, colon));
    if (is_ip(host)) return host;
  }
  return {};
}

// "mx.example.net:25" -> "mx.example.net" and 25; the host alone (port 0) when
// no port follows it (an IPv6 address's colons are not one).
sv split_port(sv host, uint16_t* port) {
  *port = 0;
  const size_t colon = host.rfind(':');
  if (colon == npos || colon + 1 >= host.size() || host.substr(0, colon).find(':') != npos) return host;
  uint32_t p = 0;
  for (char c : host.substr(colon + 1)) {
    if (!is_digit(c) || p > 65535) return host;
    p = p * 10 + uint32_t(c - '0');
  }
  if (p > 65535) return host;
  *port = uint16_t(p);
  return trim(host.substr(0, colon));
}

// "... [mx.example.net:25] ..." -> "mx.example.net" and 25.
sv bracketed_host(sv s, uint16_t* port) {
  *port = 0;
  const size_t open = s.find('[');
  const size_t close = open == npos ? npos : s.find(']', open);
  if (close == npos) return {};
  return split_port(trim(s.substr(open + 1, close - open - 1)), port);
}

// The first IPv4 address in a note, preferring one after "from " (a screening
// note names our own address first: "refused connection to 192.0.2.1:465 from
// host [203.0.113.11:44056]").
sv ipv4_in(sv text) {
  auto first_from = [&](size_t at) -> sv {
    for (size_t i = at; i < text.size(); ++i) {
      if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.'))) continue;
      size_t j = i;
      while (j < text.size() && (is_digit(text[j]) || text[j] == '.') && j - i < 16) ++j;
      sv candidate = text.substr(i, j - i);
      while (candidate.ends_with('.')) candidate.remove_suffix(1);
      if (is_ip(candidate)) return candidate;
      i = j;
    }
    return {};
  };
  if (const size_t from = ifind(text, "from "); from != npos)
    if (const sv ip = first_from(from + 5); !ip.empty()) return ip;
  return first_from(0);
}

// "550 5.1.1 ...", "550-...", "421": the reply's code; 0 when the text is no reply.
uint16_t reply_code_of(sv t) {
  if (t.size() < 3 || t[0] < '2' || t[0] > '5' || !is_digit(t[1]) || !is_digit(t[2])) return 0;
  if (t.size() > 3 && t[3] != ' ' && t[3] != '-') return 0;
  return uint16_t((t[0] - '0') * 100 + (t[1] - '0') * 10 + (t[2] - '0'));
}

// The SMTP verb a command line opens with, as the event names it; empty for
// anything else (AUTH's base64 exchange, message text).
sv smtp_verb(sv said) {
  static constexpr sv kVerbs[] = {"EHLO", "HELO", "MAIL", "RCPT", "DATA", "BDAT", "AUTH", "STARTTLS",
                                  "QUIT", "RSET", "NOOP", "VRFY", "EXPN", "ETRN", "HELP", "XCLIENT"};
  const sv word = said.substr(0, said.find_first_of(" :"));
  for (sv v : kVerbs)
    if (iequals(word, v)) return v;
  return {};
}

// What a note ("*  ..." or a plain line) tells of, as far as failures go.
enum class NoteKind : uint8_t { none, screen, auth, tls, expiry, dns, connect, other, summary };
enum class Dir : uint8_t { unknown, inbound, outbound };

NoteKind classify_note(sv n, Dir dir) {
  // "SSL negotiation successful", "Authentication successful" (but "Delivery unsuccessful" is a failure).
  if ((icontains(n, "successful") && !icontains_any(n, {"unsuccessful", "not successful"})) ||
      (icontains(n, "succeeded") && !icontains(n, "not succeeded")))
    return NoteKind::none;
  if (icontains_any(n, {"ssl negotiation", "tls negotiation", "ssl/tls", "handshake", "certificate", "ssl error",
                  "tls error", "starttls", "secure connection", "schannel"}) &&
      icontains_any(n, {"fail", "error", "invalid", "expired", "untrusted", "not trusted", "revoked", "unable", "could not",
                  "aborted", "refused", "rejected", "timed out", "timeout"}))
    return NoteKind::tls;
  if (dir != Dir::outbound) {
    // A block of the client: by Dynamic Screening, host, IP or location screening, brute-force limits.
    const bool allowed = icontains_any(n, {"not blocked", "unblock", "not on ", "allow list", "allowlist", "whitelist",
                                     "white list", "exempt", "trusted"});
    const bool block = icontains_any(n, {"blocking", "blocked", "banned", "refused connection", "refusing"}) ||
                       (icontains_any(n, {"screen", "block list", "blocklist"}) &&
                        icontains_any(n, {"refus", "denied", "reject", "on the "})) ||
                       (icontains(n, "too many") && icontains_any(n, {"fail", "connection"}));
    if (block && !allowed) return NoteKind::screen;
    if (icontains_any(n, {"authentication failed", "authentication failure", "auth failed", "auth failure",
                    "invalid password", "invalid credentials", "login failed", "logon failed", "failed login",
                    "bad password", "password mismatch", "incorrect password"}))
      return NoteKind::auth;
    if (dir == Dir::inbound) {
      if (icontains_any(n, {"connection refused", "access denied"})) return NoteKind::screen;
      return NoteKind::none;
    }
  }
  if (icontains_any(n, {"too old", "expired", "giving up", "gave up", "no longer be", "removed from the retry queue",
                  "removed from retry", "removed from the queue", "retry limit", "maximum retr", "max retr",
                  "exceeded the retry", "undeliverable after", "still undeliverable", "bad queue",
                  "bad message queue", "lifetime exceeded"}))
    return NoteKind::expiry;
  // "No MX records found; using A record instead": MDaemon goes on another way.
  if (icontains_any(n, {"instead", "falling back", "fall back", "using a record", "trying a record"})) return NoteKind::none;
  if (icontains_any(n, {"domain name unknown", "name server reports", "no mx record", "no mx host", "no a record",
                  "no aaaa record", "no dns", "dns error", "dns failure", "dns lookup failed", "dns query failed",
                  "lookup failed", "could not be resolved", "unable to resolve", "cannot resolve", "could not resolve",
                  "host not found", "host unknown", "unknown host", "nxdomain", "no such domain", "servfail",
                  "name server failure"}))
    return NoteKind::dns;
  if (icontains_any(n, {"socket connection failed", "connection failed", "failed to connect", "unable to connect",
                  "could not connect", "cannot connect", "can't connect", "connection refused", "refused connection",
                  "timed out", "timeout", "connection reset", "connection lost", "lost connection",
                  "connection closed", "connection aborted", "unreachable", "no route to host", "socket error",
                  "winsock error", "no response", "did not respond", "not responding"}))
    return NoteKind::connect;
  if (icontains_any(n, {"will be retried", "will retry", "retry queue", "requeue", "re-queue", "delivery failed",
                  "delivery unsuccessful", "delivery attempt failed", "unable to deliver", "could not be delivered",
                  "cannot be delivered", "could not deliver", "failed to deliver", "not delivered",
                  "days left to get delivered", "delivery failure", "delivery deferred"}))
    return NoteKind::summary;
  if (istarts_with(n, "error") || icontains_any(n, {"error:", "read error", "write error", "protocol error", "smtp error"}))
    return NoteKind::other;
  return NoteKind::none;
}

// Each kind of note failure reported once per message (outbound) or connection (inbound).
uint16_t kind_bit(NoteKind k) { return uint16_t(1u << unsigned(k)); }

struct Session {
  std::string id;  // "61904"; empty for lines before any "Session" line
  Dir dir = Dir::unknown;
  bool smtp = true;  // false for the 'all' log's POP, IMAP, ... sessions
  std::string client_ip, remote_host, remote_ip;
  uint16_t remote_port = 0;
  std::string mail_from, rcpt, msg_from, msg_to, command;
  // A failing reply of several lines ("550-...", then "550 ..."), its lines joined.
  uint16_t pending_code = 0;
  std::string pending_text;
  uint64_t pending_line = 0;
  Timestamp pending_time;
  // What was reported of this message (outbound) or connection (inbound) ...
  uint16_t kinds = 0;
  bool failed = false, bounced = false, expired = false;
  bool delivered = false;  // the remote took the message (250 after DATA)
  // ... and since the last command: a note that said why the reply after it refuses.
  bool note_since_command = false, reply_since_command = false;
  std::string last_error;

  void reset_message() {
    mail_from.clear();
    rcpt.clear();
    msg_from.clear();
    msg_to.clear();
    command.clear();
    kinds = 0;
    failed = bounced = expired = delivered = false;
    note_since_command = reply_since_command = false;
    last_error.clear();
  }
  void reset_connection(Dir default_dir) {
    reset_message();
    dir = default_dir;
    smtp = true;
    client_ip.clear();
    remote_host.clear();
    remote_ip.clear();
    remote_port = 0;
    pending_code = 0;
    pending_text.clear();
  }
};

class MDaemonParser final : public LineParser {
 public:
  explicit MDaemonParser(const FileContext& file) : path_(file.path) {
    direction_from_name(file.path);
    for (Session& s : sessions_) s.dir = default_dir_;  // a log that begins inside a session
  }

  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    direction_from_name(next.path);
    return true;
  }

  void finish(EventSink& sink) override {
    for (Session& s : sessions_) flush_pending(s, sink);
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) return Outcome::recognized;
    Timestamp time;
    const size_t used = leading_time(line, &time);
    if (!used) {
      if (!is_header_line(line)) return Outcome::unrecognized;
      // "START Event Log / MDaemon PRO v18.0.1, SMTP (in) log information"
      if (line.starts_with("START Event Log")) {
        if (line.find("(in)") != npos) default_dir_ = Dir::inbound;
        else if (line.find("(out)") != npos) default_dir_ = Dir::outbound;
      }
      return Outcome::recognized;
    }
    sv text = line.substr(used);
    // A log level ("02: ") and a session id string ("[61904:1] "), when written.
    if (text.size() >= 4 && is_digit(text[0]) && is_digit(text[1]) && text[2] == ':' && text[3] == ' ')
      text.remove_prefix(4);
    sv id;
    if (text.starts_with('[')) {
      const size_t close = text.find(']');
      if (close != npos && close > 1 && close < 32 &&
          text.substr(1, close - 1).find_first_not_of("0123456789:") == npos) {
        id = text.substr(1, close - 1);
        id = id.substr(0, id.find(':'));
        text = trim(text.substr(close + 1));
      }
    }
    // "Session 61904; child 0001": a new session (its slot reused by id).
    if (text.starts_with("Session ") && text.find("; child") != npos) {
      sv number = text.substr(8, text.find(';') - 8);
      if (!number.empty() && number.find_first_not_of("0123456789") == npos) {
        Session& s = session_for(number, sink);
        flush_pending(s, sink);
        s.reset_connection(default_dir_);
        return Outcome::recognized;
      }
    }
    Session& s = id.empty() ? sessions_[current_] : session_for(id, sink);
    return read_text(s, text, time, line_no, sink);
  }

 private:
  void direction_from_name(sv path) {
    if (path.find("(in)") != npos) default_dir_ = Dir::inbound;
    else if (path.find("(out)") != npos) default_dir_ = Dir::outbound;
    else default_dir_ = Dir::unknown;
  }

  // The session of this id, made current; a new slot (the oldest's) for a new id.
  Session& session_for(sv id, EventSink& sink) {
    for (size_t i = 0; i < sessions_.size(); ++i)
      if (sessions_[i].id == id) return sessions_[current_ = i];
    current_ = next_slot_;
    next_slot_ = (next_slot_ + 1) % sessions_.size();
    Session& s = sessions_[current_];
    flush_pending(s, sink);
    s.reset_connection(default_dir_);
    s.id.assign(id);
    return s;
  }

  Outcome read_text(Session& s, sv text, const Timestamp& time, uint64_t line_no, EventSink& sink) {
    const bool sent = text.starts_with("-->"), received = text.starts_with("<--");
    if (sent || received) {
      const sv said = trim(text.substr(3));
      if (s.pending_code && !(reply_code_of(said) == s.pending_code && pending_ours(s) == sent))
        flush_pending(s, sink);
      return arrow(s, sent, said, time, line_no, sink);
    }
    flush_pending(s, sink);
    if (text.starts_with("Accepting ")) {
      // "Accepting SMTP connection from 203.0.113.5:53211 to 192.0.2.1:25"
      const size_t from = text.find(" connection from ");
      if (from == npos) return Outcome::recognized;
      const sv protocol = text.substr(10, from - 10);
      s.reset_connection(Dir::inbound);
      s.smtp = protocol.find("SMTP") != npos || protocol.find("MSA") != npos;
      sv peer = text.substr(from + 17);
      peer = peer.substr(0, peer.find(" to "));
      s.client_ip.assign(endpoint_ip(peer));
      if (s.smtp) sink.on_tally(Tally::connection, time);
      return Outcome::recognized;
    }
    if (text.starts_with("Parsing message ")) {
      if (s.dir == Dir::inbound) s.reset_connection(Dir::outbound);
      s.dir = Dir::outbound;
      s.reset_message();
      return Outcome::recognized;
    }
    if (text.starts_with("Attempting ") && text.find(" connection to ") != npos) {
      // "Attempting SMTP connection to [mx.example.net:25]", "... to [198.51.100.7:25]"
      s.dir = Dir::outbound;
      s.smtp = text.find(" SMTP ") != npos;
      remote(s, text);
      return Outcome::recognized;
    }
    if (text.starts_with("Resolving ")) {  // "Resolving MX records for [example.net] (DNS Server: ...)..."
      remote(s, text);
      return Outcome::recognized;
    }
    if (text.starts_with("Message creation successful")) {
      sink.on_tally(Tally::received, time);
      return Outcome::recognized;
    }
    if (text.starts_with("SMTP session ") || text.starts_with("Performing ") || text.starts_with("---") ||
        text.starts_with("Waiting for "))
      return Outcome::recognized;
    const bool starred = text.starts_with('*');
    sv note = text;
    if (starred) note = trim(note.substr(1));
    if (starred) {
      if (note.starts_with("From: ")) {
        s.msg_from.assign(strip_angle_brackets(trim(note.substr(6))));
        return Outcome::recognized;
      }
      if (note.starts_with("To: ")) {
        sv to = trim(note.substr(4));
        to = to.substr(0, to.find_first_of(",; "));
        s.msg_to.assign(strip_angle_brackets(to));
        return Outcome::recognized;
      }
      if (note.starts_with("Connection established (")) {
        // "Connection established (192.168.0.15:60296 -> 181.15.247.213:25)"
        const size_t arrow_at = note.find("-> ");
        if (arrow_at != npos) {
          sv peer = note.substr(arrow_at + 3);
          peer = trim(peer.substr(0, peer.find(')')));
          uint16_t port = 0;
          if (const sv ip = split_port(peer, &port); is_ip(ip)) {
            s.remote_ip.assign(ip);
            if (port) s.remote_port = port;
          }
        }
        return Outcome::recognized;
      }
      // DNS answers ("*  D=mx.example.net TTL=(60) A=[198.51.100.7]"), the message's other fields.
      if (note.starts_with("D=") || note.starts_with("P=") || note.starts_with("Subject:") ||
          note.starts_with("Size (bytes):") || note.starts_with("Message-ID:") || note.starts_with("Route slip "))
        return Outcome::recognized;
    }
    return on_note(s, note, time, line_no, sink);
  }

  // "[host:port]" in an attempt or a DNS query: the remote the next failure is of.
  static void remote(Session& s, sv text) {
    uint16_t port = 0;
    const sv host = bracketed_host(text, &port);
    if (host.empty()) return;
    if (is_ip(host)) {
      s.remote_ip.assign(host);
    } else {
      s.remote_host.assign(host);
      s.remote_ip.clear();
    }
    s.remote_port = port;
  }

  // A line "--> ..." (sent by MDaemon) or "<-- ..." (received by it).
  Outcome arrow(Session& s, bool sent, sv said, const Timestamp& time, uint64_t line_no, EventSink& sink) {
    if (!s.smtp) return mailbox_protocol(s, sent, said, time, line_no, sink);
    if (const uint16_t code = reply_code_of(said)) {
      // Our reply is an inbound session's; the remote's an outbound one's.
      const Dir dir = sent ? Dir::inbound : Dir::outbound;
      if (s.dir == Dir::unknown) s.dir = dir;
      if (s.dir != dir) return Outcome::recognized;  // a call-back's transcript within the session
      return reply(s, code, said, time, line_no, sink);
    }
    const Dir dir = sent ? Dir::outbound : Dir::inbound;
    if (s.dir == Dir::unknown) s.dir = dir;
    if (s.dir != dir) return Outcome::recognized;
    const sv verb = smtp_verb(said);
    if (verb.empty()) return Outcome::recognized;  // AUTH's base64, "--> ." after the message
    s.command.assign(verb);
    s.note_since_command = s.reply_since_command = false;
    const size_t colon = said.find(':');
    const sv argument = colon == npos ? sv() : said.substr(colon + 1);
    if (verb == "MAIL") {
      s.mail_from.assign(address_in_angle_brackets(argument));
      s.rcpt.clear();
    } else if (verb == "RCPT") {
      s.rcpt.assign(address_in_angle_brackets(argument));
    }
    return Outcome::recognized;
  }

  // The composite log's POP and IMAP sessions: a client's login refused
  // ("<-- PASS ****", "--> -ERR ..."; "<-- 1 LOGIN x ****", "--> 1 NO ...").
  // MDaemon's own collection from other servers (DomainPOP, MultiPOP) is not its clients'.
  Outcome mailbox_protocol(Session& s, bool sent, sv said, const Timestamp& time, uint64_t line_no,
                           EventSink& sink) {
    if (s.dir != Dir::inbound) return Outcome::recognized;
    const sv first = said.substr(0, said.find(' '));
    const sv rest = first.size() < said.size() ? trim(said.substr(first.size())) : sv();
    const sv second = rest.substr(0, rest.find(' '));
    if (!sent) {
      const bool login = iequals(first, "USER") || iequals(first, "PASS") || iequals(first, "APOP") ||
                         iequals(first, "AUTH") || iequals(second, "LOGIN") || iequals(second, "AUTHENTICATE");
      s.command.assign(login ? "AUTH" : "");
      s.note_since_command = s.reply_since_command = false;
      return Outcome::recognized;
    }
    if (s.command != "AUTH" || s.note_since_command || s.reply_since_command) return Outcome::recognized;
    if (!first.starts_with("-ERR") && second != "NO") return Outcome::recognized;
    Event ev = base_event(s, Action::failed, time, line_no);
    ev.diagnostic = said;
    ev.smtp_command = "AUTH";
    sink.on_tally(Tally::sasl_failure, time);
    sink.on_event(ev);
    s.reply_since_command = s.failed = true;
    return Outcome::reported;
  }

  static bool pending_ours(const Session& s) { return s.dir == Dir::inbound; }

  Outcome reply(Session& s, uint16_t code, sv said, const Timestamp& time, uint64_t line_no, EventSink& sink) {
    const bool more = said.size() > 3 && said[3] == '-';
    if (more) {
      if (code < 400) return Outcome::recognized;
      if (s.pending_code == code) {
        s.pending_text.append(" ").append(said);
      } else {
        s.pending_code = code;
        s.pending_text.assign(said);
        s.pending_line = line_no;
        s.pending_time = time;
      }
      return Outcome::recognized;
    }
    if (code < 300 && s.dir == Dir::outbound && (s.command == "DATA" || s.command == "BDAT")) s.delivered = true;
    sv text = said;
    if (s.pending_code == code) {
      s.pending_text.append(" ").append(said);
      text = s.pending_text;
    }
    const bool reported = code >= 400 && report_reply(s, code, text, time, line_no, sink);
    s.pending_code = 0;
    return reported ? Outcome::reported : Outcome::recognized;
  }

  // A multi-line reply cut short (by another line, or the end of the log): reported as it stands.
  void flush_pending(Session& s, EventSink& sink) {
    if (!s.pending_code) return;
    const uint16_t code = s.pending_code;
    s.pending_code = 0;
    report_reply(s, code, s.pending_text, s.pending_time, s.pending_line, sink);
  }

  Event base_event(const Session& s, Action action, const Timestamp& time, uint64_t line_no) const {
    SyslogRecord rec;
    rec.time = time;
    rec.program = kProgram;
    Event ev = record_event(rec, action, kDataset, path_, line_no);
    if (s.dir == Dir::inbound) {
      ev.source_ip = s.client_ip;
      ev.from_address = s.mail_from;
      ev.to_address = s.rcpt;
    } else {
      ev.destination_ip = s.remote_ip;
      ev.destination_domain = s.remote_host;
      ev.destination_port = s.remote_port;
      ev.from_address = s.msg_from.empty() ? sv(s.mail_from) : sv(s.msg_from);
      // The recipient of the RCPT refused; for the other commands the message's.
      if (s.command == "RCPT" && !s.rcpt.empty()) ev.to_address = s.rcpt;
      else ev.to_address = s.msg_to.empty() ? sv(s.rcpt) : sv(s.msg_to);
    }
    return ev;
  }

  bool report_reply(Session& s, uint16_t code, sv text, const Timestamp& time, uint64_t line_no, EventSink& sink) {
    const bool inbound = s.dir == Dir::inbound;
    if (inbound && s.note_since_command) return false;  // the note before it said why
    Action action = inbound ? Action::rejected : code < 500 ? Action::deferred : Action::bounced;
    const bool login = inbound && (s.command == "AUTH" || code == 535);
    if (login) action = Action::failed;
    Event ev = base_event(s, action, time, line_no);
    ev.diagnostic = text;
    ev.reply_code = code;
    uint16_t ignored = 0;
    find_smtp_codes(text.substr(0, 24), &ignored, &ev.enhanced_status);
    ev.smtp_command = s.command.empty() ? sv("CONN") : sv(s.command);
    if (code < 500) ev.hard = Tristate::no;
    if (login) sink.on_tally(Tally::sasl_failure, time);
    s.failed = true;
    s.reply_since_command = true;
    if (code >= 500 && !inbound) s.bounced = true;
    sink.on_event(ev);
    s.last_error.assign(text);
    return true;
  }

  Outcome on_note(Session& s, sv note, const Timestamp& time, uint64_t line_no, EventSink& sink) {
    // The composite log's POP and IMAP sessions: a block of their client, a failed login.
    const NoteKind kind = s.smtp ? classify_note(note, s.dir)
                          : s.dir == Dir::inbound ? classify_note(note, Dir::inbound)
                                                  : NoteKind::none;
    if (!s.smtp && kind != NoteKind::screen && kind != NoteKind::auth) return Outcome::recognized;
    if (kind == NoteKind::none) return Outcome::recognized;
    const bool inbound = kind == NoteKind::screen || kind == NoteKind::auth ||
                         (kind == NoteKind::tls && s.dir != Dir::outbound);
    Action action = Action::deferred;
    switch (kind) {
      case NoteKind::screen:
        if (s.kinds & kind_bit(kind)) return Outcome::recognized;
        action = Action::rejected;
        break;
      case NoteKind::auth:
        // Within an AUTH exchange our reply (a 535) says it, with its code.
        if (s.command == "AUTH" || ((s.kinds & kind_bit(kind)) && s.note_since_command)) return Outcome::recognized;
        action = Action::failed;
        break;
      case NoteKind::tls:
        if (s.kinds & kind_bit(kind)) return Outcome::recognized;
        action = inbound ? Action::failed : Action::deferred;
        break;
      case NoteKind::expiry:
        if (s.bounced || s.expired) return Outcome::recognized;
        action = Action::expired;
        break;
      case NoteKind::dns:
      case NoteKind::connect:
        if (s.kinds & kind_bit(kind)) return Outcome::recognized;
        // The connection ending after the message went, or after our QUIT.
        if (kind == NoteKind::connect && (s.delivered || s.command == "QUIT")) return Outcome::recognized;
        break;
      case NoteKind::other:
      case NoteKind::summary:
        if (s.failed || s.delivered) return Outcome::recognized;  // a summary of the failure reported
        break;
      case NoteKind::none:
        return Outcome::recognized;
    }
    // A session whose direction no line told: the note's kind does.
    const Dir saved = s.dir;
    if (s.dir == Dir::unknown) s.dir = inbound ? Dir::inbound : Dir::outbound;
    Event ev = base_event(s, action, time, line_no);
    s.dir = saved;
    ev.diagnostic = note;
    if (action == Action::expired && !s.last_error.empty()) {
      scratch_.assign(note).append("; last error: ").append(s.last_error);
      ev.diagnostic = scratch_;
    }
    if (inbound) {
      if (const sv ip = ipv4_in(note); kind == NoteKind::screen && !ip.empty()) ev.source_ip = ip;
      if (ev.source_ip.empty()) ev.source_ip = s.client_ip;
    }
    // A reply quoted in the note ("Delivery failed: 550 5.1.1 ...") when its status agrees with it.
    uint16_t code = 0;
    sv status;
    find_smtp_codes(note, &code, &status);
    if (code >= 400 && !status.empty() && status[0] == char('0' + code / 100)) {
      ev.reply_code = code;
      ev.enhanced_status = status;
    }
    if (kind == NoteKind::auth) ev.smtp_command = "AUTH";
    if (kind == NoteKind::tls && s.command == "STARTTLS") ev.smtp_command = "STARTTLS";
    if (action == Action::deferred) ev.hard = Tristate::no;
    if (kind == NoteKind::auth) sink.on_tally(Tally::sasl_failure, time);
    if (kind == NoteKind::tls) sink.on_tally(Tally::tls_failure, time);
    sink.on_event(ev);
    s.kinds |= kind_bit(kind);
    s.failed = true;
    s.note_since_command = true;
    if (action == Action::expired) s.expired = true;
    s.last_error.assign(note);
    return Outcome::reported;
  }

  std::string path_;
  Dir default_dir_ = Dir::unknown;  // from the file's name or header: "-SMTP-(in).log"
  std::array<Session, 8> sessions_;
  size_t current_ = 0, next_slot_ = 1;
  std::string scratch_;
};

// A line of MDaemon's logs: "Www YYYY-MM-DD hh:mm:ss[.mmm]: ".
bool looks_like_mdaemon_line(sv line) {
  Timestamp t;
  return leading_time(line, &t) != 0;
}

}  // namespace

int mdaemon_sniff(sv head) {
  int lines = 0, stamped = 0, headers = 0;
  bool banner = false;
  for_each_head_line(head, [&](sv line) {
    if (line.empty()) return true;
    ++lines;
    if (looks_like_mdaemon_line(line)) ++stamped;
    else if (is_header_line(line)) ++headers;
    banner |= line.starts_with("START Event Log / MDaemon");
    return lines < 20;
  });
  if (banner) return 100;
  if (stamped == 0) return 0;
  return (stamped + headers) * 100 / lines;
}

std::unique_ptr<LineParser> make_mdaemon_parser(const FileContext& file) {
  return std::make_unique<MDaemonParser>(file);
}

}  // namespace mailtriage
