#include "parsers/kerio.h"

#include <algorithm>
#include <array>
#include <functional>
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
constexpr sv kDataset = "kerio.log";
constexpr sv kMailProgram = "kerio/mail";          // mail.log's Recv and Sent records
constexpr sv kSecurityProgram = "kerio/security";  // refusals of clients, failed logins
constexpr sv kProgram = "kerio";                   // warning.log, error.log, debug.log
// How much of a line its words are looked for in: every line Kerio writes
// says what it is well within it, and an enormous line costs no more.
constexpr size_t kScan = 4096;
constexpr size_t kKeep = 512;  // what is kept of a sender for the recipients' lines

// A line's opening: "[18/Jan/2014 06:41:25] " (the local time, read as
// written); debug.log's thread "[3824] " and component "{smtpc} " after it.
struct Head {
  Timestamp time;
  sv text;
};
bool read_head(sv line, Head* h) {
  if (line.size() < 21 || line[0] != '[') return false;
  size_t i = 1;
  unsigned day = 0;
  while (i < 3 && is_digit(line[i])) day = day * 10 + unsigned(line[i++] - '0');
  // i is at the '/' before the month: "/Jan/2014 06:41:25]" follows.
  if (i == 1 || line.size() < i + 19 || line[i] != '/' || line[i + 4] != '/' || line[i + 9] != ' ' ||
      line[i + 12] != ':' || line[i + 15] != ':' || line[i + 18] != ']')
    return false;
  const unsigned month = month_from_abbrev(line.data() + i + 1);
  unsigned year, hh, mm, ss;
  if (!month || !read_digits(line, i + 5, 4, &year) || !read_digits(line, i + 10, 2, &hh) || !read_digits(line, i + 13, 2, &mm) ||
      !read_digits(line, i + 16, 2, &ss) || day < 1 || day > 31 || year < 1970 || hh > 23 || mm > 59 || ss > 60)
    return false;
  h->time.valid = true;
  h->time.epoch_us = ((days_from_civil(year, month, day) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000;
  sv rest = line.substr(i + 19);
  if (rest.starts_with('[')) {  // debug.log's thread
    const size_t close = capped(rest, 16).find(']');
    if (close != npos && close > 1) rest.remove_prefix(close + 1);
  }
  rest = trim(rest);
  if (rest.starts_with('{')) {  // debug.log's component
    const size_t close = capped(rest, 48).find('}');
    if (close != npos) rest = trim(rest.substr(close + 1));
  }
  h->text = rest;
  return true;
}

// ---- mail.log's fields ------------------------------------------------------

// Where "Key: " of a record's fields stands: at its start or after a comma
// (", Key: "; Kerio MailServer 6 wrote some without the space).
size_t key_at(sv fields, sv key) {
  for (size_t at = fields.find(key); at != npos; at = fields.find(key, at + 1))
    if (at == 0 || fields[at - 1] == ',' || (at >= 2 && fields[at - 1] == ' ' && fields[at - 2] == ','))
      return at;
  return npos;
}
// A field's value up to the next comma ("Result: delayed" -> "delayed").
sv simple_value(sv fields, sv key) {
  const size_t at = key_at(fields, key);
  if (at == npos) return {};
  sv v = fields.substr(at + key.size());
  return trim(v.substr(0, v.find(',')));
}
// Sent's Status: the enhanced status and the reason, which may hold commas
// ("5.1.1 <b@y>: Recipient address rejected: User unknown, ..."), up to the
// Remote-Host and Msg-Id fields Kerio writes after it.
sv status_value(sv fields) {
  const size_t at = key_at(fields, "Status: ");
  if (at == npos) return {};
  const size_t start = at + 8;
  size_t end = fields.rfind(", Remote-Host: ");
  if (end == npos || end < start) end = fields.rfind(", Msg-Id: ");
  if (end == npos || end < start) end = fields.size();
  return trim(fields.substr(start, end - start));
}
// The value of the last "key" in the record (Remote-Host and Msg-Id close a Sent record).
sv last_value(sv fields, sv key) {
  const size_t at = fields.rfind(key);
  if (at == npos) return {};
  sv v = fields.substr(at + key.size());
  return trim(v.substr(0, v.find(',')));
}

// ---- security.log's words ---------------------------------------------------

// The address in the "<...>" right after `key` ("from <a@x>" -> "a@x"); a
// bare address (up to a space or comma) when there are no brackets.
sv address_after(sv s, sv key) {
  const size_t at = s.find(key);
  if (at == npos) return {};
  sv v = s.substr(at + key.size());
  if (v.starts_with('<')) {
    const size_t close = v.find('>');
    return close == npos ? sv() : v.substr(1, close - 1);
  }
  if (v.starts_with('\'')) {
    const size_t close = v.find('\'', 1);
    return close == npos ? sv() : v.substr(1, close - 1);
  }
  v = v.substr(0, v.find_first_of(" ,;"));
  while (v.ends_with('.')) v.remove_suffix(1);
  return v.find('@') == npos ? sv() : v;
}

// An address literal standing at the start of `s` ("203.0.113.7, ...",
// "198.51.100.4:51234,", "'203.0.113.9' is ...", "[2001:db8::5]"): the
// address without its port; "" when it is not one.
sv ip_at(sv s) {
  if (s.starts_with('\'') || s.starts_with('"')) s.remove_prefix(1);
  sv v = s.substr(0, s.find_first_of(" ,;)'\""));
  while (v.ends_with('.')) v.remove_suffix(1);
  if (v.starts_with('[')) {
    const size_t close = v.find(']');
    v = close == npos ? v.substr(1) : v.substr(1, close - 1);
  } else if (const size_t colon = v.find(':'); colon != npos && v.find(':', colon + 1) == npos) {
    v = v.substr(0, colon);  // "198.51.100.4:51234": an IPv4 address and its port
  }
  return looks_like_ip_address(v) ? v : sv();
}
sv ip_after(sv s, sv key) {
  const size_t at = s.find(key);
  return at == npos ? sv() : ip_at(s.substr(at + key.size()));
}

// The first address literal in a text, IPv4 ("... from 203.0.113.7 ..."), or "".
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
    if (dots == 3) return candidate;
    i = j;
  }
  return {};
}

// A Queue-ID as Kerio writes them, eight hex digits, a dash, eight more
// ("67cff0fa-0000a1b3"), standing as a word in `t`; "" when there is none.
sv queue_id_in(sv t) {
  auto hex = [](char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
  for (size_t dash = t.find('-', 8); dash != npos && dash + 9 <= t.size(); dash = t.find('-', dash + 1)) {
    const size_t begin = dash - 8, end = dash + 9;
    bool ok = (begin == 0 || !hex(t[begin - 1])) && (end == t.size() || !hex(t[end]));
    for (size_t i = begin; ok && i < end; ++i) ok = i == dash || hex(t[i]);
    if (ok) return t.substr(begin, 17);
  }
  return {};
}

// A delivery (ours, outbound) is what the text is about: the SMTP client's
// connection, the MX it looked up, the message it could not send.
bool says_outbound(sv t) {
  static constexpr sv kWords[] = {"deliver",       "smtp client",     "smtp send",  "remote host", "remote server",
                                  "remote smtp",   "relay server",    "relay host", "mx record",   "mx lookup",
                                  "mx for",        "mx server",       "no mx",      "sending",     "outgoing",
                                  "connect to",    "connection to",   "to host",    "smarthost",   "message queue"};
  return icontains_any(t, kWords);
}
// The program's own words that a TLS handshake or a certificate check failed.
bool says_tls_failed(sv t) {
  static constexpr sv kTls[] = {"tls", "ssl", "handshake", "certificate"};
  static constexpr sv kFailed[] = {"fail", "error", "unable", "invalid", "could not", "cannot", "not supported",
                                   "expired", "untrusted", "not trusted", "alert"};
  return icontains_any(t, kTls) && icontains_any(t, kFailed);
}
bool says_login_failed(sv t) {
  static constexpr sv kWords[] = {"authentication failed", "login failed", "failed to authenticate",
                                  "invalid password",      "bad password", "failed login",
                                  "authentication unsuccessful", "login denied"};
  if (icontains_any(t, kWords)) return true;
  // "Administration login into Web Administration from 203.0.113.9 failed: IP address not allowed";
  // "User a performed NTLM authentication in NT domain D, this domain is not valid."
  return (icontains(t, "login") && icontains(t, " failed")) || (icontains(t, "authentication") && icontains(t, "not valid"));
}
// A client the server turned away by its own rules (a block list, a limit, an attack it saw).
bool says_client_refused(sv t) {
  static constexpr sv kWords[] = {"blocked", "banned", "blacklist", "blocklist", "block list", "rejected",
                                  "refused", "denied", "too many", "limit", "attack", "not allowed", "exceeded"};
  static constexpr sv kNot[] = {"unblock", "not blocked", "whitelist", "not blacklisted", "not listed"};
  return icontains_any(t, kWords) && !icontains_any(t, kNot);
}
bool says_dns_failed(sv t) {
  static constexpr sv kDns[] = {"dns", "mx record", "mx lookup", "no mx", "mx for", "resolve", "name resolution",
                                "host not found", "domain not found", "nxdomain"};
  static constexpr sv kFailed[] = {"fail", "unable", "cannot", "can't", "could not", "no mx", "not found", "timed out",
                                   "timeout", "error", "nxdomain", "does not exist", "no such"};
  return icontains_any(t, kDns) && icontains_any(t, kFailed);
}
bool says_connect_failed(sv t) {
  static constexpr sv kConnect[] = {"connect"};
  static constexpr sv kFailed[] = {"fail", "unable", "cannot", "can't", "could not", "refused", "timed out",
                                   "timeout", "unreachable", "reset", "no route", "lost", "closed"};
  return icontains_any(t, kConnect) && icontains_any(t, kFailed);
}
bool says_delivery_failed(sv t) {
  static constexpr sv kFailed[] = {"fail", "unable", "cannot", "can't", "could not", "undeliverable", "error",
                                   "rejected", "refused", "timed out"};
  return icontains(t, "deliver") && icontains_any(t, kFailed);
}
// The server giving up on a message after its retries.
bool says_expired(sv t) {
  static constexpr sv kWords[] = {"expired",       "time limit",         "too long in",
                                  "giving up",     "gave up",            "maximum number of attempts",
                                  "retry period",  "maximum number of retries", "max attempts",
                                  "retry time",    "delivery time",      "4.4.7"};
  static constexpr sv kOther[] = {"certificate", "password", "license", "licence", "subscription"};
  return icontains_any(t, kWords) && !icontains_any(t, kOther);
}
// The text is about a client of ours (inbound): its address, its login, its connection.
bool names_client(sv t) {
  static constexpr sv kWords[] = {"client", "ip address", "attempt from", "connection from", "login from",
                                  "connected from", "from ip"};
  return icontains_any(t, kWords);
}
// The text is about another of the server's services or tasks than a delivery
// (its directory, its updates, its backups, a greylisting or antivirus server).
bool names_other_service(sv t) {
  static constexpr sv kWords[] = {"ldap",   "directory", "antivirus", "update", "licen",    "backup", "archiv",
                                  "database", "ntp",     "http",      "xmpp",   "pop3",     "imap",   "greylist",
                                  "dkim",   "mykerio",   "kerio control", "caldav", "carddav", "webdav"};
  return icontains_any(t, kWords);
}

// A mail.log Result: what became of the recipient; a word of another kind
// goes by the class of the status (or reply code) `cls`, '4' or '5'.
enum class Fate : uint8_t { done, transient, permanent, expired };
Fate fate_of(sv result, char cls) {
  static constexpr sv kDone[] = {"delivered", "relayed", "forwarded", "sent", "stored", "accepted", "ok", "success"};
  static constexpr sv kTransient[] = {"delayed",   "deferred", "postponed", "retry",    "retrying",
                                      "delay",     "temporary", "timeout",  "timed out"};
  static constexpr sv kExpired[] = {"expired"};
  static constexpr sv kPermanent[] = {"failed", "failure", "bounced", "rejected", "undeliverable", "error", "refused"};
  for (sv w : kDone)
    if (iequals(result, w)) return Fate::done;
  for (sv w : kTransient)
    if (iequals(result, w)) return Fate::transient;
  for (sv w : kPermanent)
    if (iequals(result, w)) return Fate::permanent;
  for (sv w : kExpired)
    if (iequals(result, w)) return Fate::expired;
  if (cls == '4') return Fate::transient;
  if (cls == '5') return Fate::permanent;
  return Fate::done;
}

// What Kerio's records say, whatever carried them: a line of its own log
// files (the time in brackets) or a syslog server's record of it.
class KerioRecords {
 public:
  explicit KerioRecords(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) { path_.assign(next.path); }

  // A record's text after its time (and debug.log's thread and component).
  Outcome read(sv text, const Timestamp& time, uint64_t line_no, EventSink& sink) {
    time_ = time;
    if (text.starts_with("Recv: ")) return recv_line(text.substr(6), sink);
    if (text.starts_with("Sent: ")) return sent_line(text.substr(6), line_no, sink);
    return other_line(text, line_no, sink);
  }

 private:
  Event event(Action action, sv program, uint64_t line_no) const {
    SyslogRecord rec;
    rec.time = time_;
    rec.program = program;
    return record_event(rec, action, kDataset, path_, line_no);
  }

  // ---- mail.log ---------------------------------------------------------------

  // The sender of each message received, by its Queue-ID, for its recipients' Sent records.
  struct Queued {
    std::string id, from;
  };
  Queued& queued_slot(sv id) { return queued_[std::hash<sv>{}(id) % queued_.size()]; }

  Outcome recv_line(sv fields, EventSink& sink) {
    sink.on_tally(Tally::received, time_);
    const sv id = simple_value(fields, "Queue-ID: ");
    if (!id.empty() && id.size() <= kKeep) {
      Queued& q = queued_slot(id);
      q.id.assign(id);
      q.from.assign(capped(strip_angle_brackets(simple_value(fields, "From: ")), kKeep));
    }
    return Outcome::recognized;
  }

  Outcome sent_line(sv fields, uint64_t line_no, EventSink& sink) {
    const sv result = simple_value(fields, "Result: ");
    const sv status = status_value(fields);
    const sv enhanced = leading_enhanced_status(status);
    uint16_t code = 0;
    sv status_found;
    find_smtp_codes(capped(status, kScan), &code, &status_found);
    const char cls = !enhanced.empty() ? enhanced[0] : code ? char('0' + code / 100) : '\0';
    const Fate fate = fate_of(result, cls);
    if (fate == Fate::done) return Outcome::recognized;
    // A failure whose status is still a transient one is the server giving
    // up when its retries ran out, as is one that says so.
    Action action = Action::deferred;
    if (fate == Fate::expired) action = Action::expired;
    if (fate == Fate::permanent)
      action = (cls == '4' || says_expired(capped(status, kScan))) ? Action::expired : Action::bounced;
    Event ev = event(action, kMailProgram, line_no);
    const sv id = simple_value(fields, "Queue-ID: ");
    ev.local_id = id;
    ev.to_address = strip_angle_brackets(simple_value(fields, "Recipient: "));
    ev.message_id = strip_angle_brackets(last_value(fields, ", Msg-Id: "));
    if (!id.empty()) {
      const Queued& q = queued_slot(id);
      if (q.id == id) ev.from_address = q.from;
    }
    if (const sv remote = last_value(fields, ", Remote-Host: "); !remote.empty()) {
      if (const sv ip = ip_at(remote); !ip.empty()) {
        ev.destination_ip = ip;
        ev.destination_port = port_after(remote, ip);
      } else {
        ev.destination_domain = remote;
      }
    }
    ev.diagnostic = status.empty() ? result : status;
    ev.reply_code = code;
    ev.enhanced_status = enhanced.empty() ? status_found : enhanced;
    ev.smtp_command = find_smtp_command(capped(status, kScan));
    if (action == Action::deferred) ev.hard = Tristate::no;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // ---- security.log, warning.log, error.log ------------------------------------

  Outcome refusal(sv text, sv ip, sv command, sv from, sv to, uint64_t line_no, EventSink& sink) {
    Event ev = event(Action::rejected, kSecurityProgram, line_no);
    ev.source_ip = ip;
    ev.smtp_command = command;
    ev.from_address = from;
    ev.to_address = to;
    ev.diagnostic = text;
    sink.on_event(ev);
    return Outcome::reported;
  }

  void note_reasoned_login(sv ip, uint64_t line_no) {
    reasoned_login_line_ = line_no;
    reasoned_login_time_ = time_.epoch_us;
    reasoned_login_ip_.assign(capped(ip, 64));
  }

  Outcome failed_login(sv text, sv ip, sv command, uint64_t line_no, EventSink& sink) {
    Event ev = event(Action::failed, kSecurityProgram, line_no);
    ev.source_ip = ip;
    ev.smtp_command = command;
    ev.diagnostic = text;
    sink.on_tally(Tally::sasl_failure, time_);
    sink.on_event(ev);
    return Outcome::reported;
  }

  Outcome other_line(sv text, uint64_t line_no, EventSink& sink) {
    const sv t = capped(text, kScan);
    // "Failed SMTP login from 203.0.113.7 with SASL method LOGIN.", "Failed
    // IMAP login from 192.0.2.9, user a@x not found."
    if (t.starts_with("Failed ")) {
      if (const size_t at = t.find(" login from "); at != npos && at < 40) {
        const sv protocol = t.substr(7, at - 7);
        const sv ip = ip_at(t.substr(at + 12));
        // Kerio sums up a login whose reason the line before gave ("User a
        // performed NTLM authentication in NT domain D, this domain is not
        // valid.", "... Attempt from IP address 192.0.2.7."): one failure.
        if (line_no == reasoned_login_line_ + 1 && time_.epoch_us == reasoned_login_time_ &&
            (reasoned_login_ip_.empty() || reasoned_login_ip_ == ip))
          return Outcome::recognized;
        return failed_login(text, ip, protocol == "SMTP" ? "AUTH" : "", line_no, sink);
      }
    }
    // "SMTP: User a@x doesn't exist. Attempt from IP address 198.51.100.26.",
    // "HTTP/WebMail: Invalid password for user a@x. Attempt from IP address ...",
    // "IMAP: User a@x - login denied: Access Policy rule 'r' used. Attempt from IP address ...".
    if (const size_t at = t.find("Attempt from IP address "); at != npos) {
      note_reasoned_login(ip_at(t.substr(at + 24)), line_no);
      return failed_login(text, ip_at(t.substr(at + 24)), t.starts_with("SMTP:") ? "AUTH" : "", line_no, sink);
    }
    if (t.starts_with("Attempt to deliver to unknown recipient ")) {
      return refusal(text, ip_after(t, "IP address "), "RCPT", address_after(t, ", from "),
                     address_after(t, "unknown recipient "), line_no, sink);
    }
    if (t.starts_with("Relay attempt from IP address ")) {
      return refusal(text, ip_after(t, "IP address "), "RCPT", address_after(t, "mail from "),
                     address_after(t, "> to "), line_no, sink);
    }
    if (t.starts_with("SMTP Spam attack detected from ")) {
      return refusal(text, ip_after(t, "detected from "), "CONNECT", {}, {}, line_no, sink);
    }
    if (t.starts_with("IP address ") && icontains(t, " found in dns blacklist")) {
      return refusal(text, ip_after(t, "IP address "), {}, address_after(t, "mail from "), address_after(t, "> to "),
                     line_no, sink);
    }
    // "Client with IP address 198.51.100.211 has no reverse DNS entry, connection rejected before SMTP greeting"
    if (t.starts_with("Client with IP address ")) {
      return refusal(text, ip_after(t, "IP address "), "CONNECT", {}, {}, line_no, sink);
    }
    // "Message from IP address 203.0.113.82, sender <a@x> rejected: sender domain does not exist"
    if (t.starts_with("Message from IP address ")) {
      return refusal(text, ip_after(t, "IP address "), "MAIL", address_after(t, "sender "), {}, line_no, sink);
    }
    // "Message from <a@x> to <b@y> rejected by spam filter: score 9.74, threshold 5.00"
    static constexpr sv kRefused[] = {" rejected", " discarded", " blocked", " quarantined", " dropped"};
    if (t.starts_with("Message from ") && icontains_any(t, kRefused)) {
      return refusal(text, first_ipv4(t), "DATA", address_after(t, "Message from "), address_after(t, "> to "),
                     line_no, sink);
    }
    // The spam log's "Message rejected as malware spam, From: a@x, To: b@y".
    if (t.starts_with("Message rejected")) {
      return refusal(text, first_ipv4(t), "DATA", address_after(t, "From: "), address_after(t, "To: "), line_no, sink);
    }
    // "Found virus in mail from <a@x> to <b@y>: W32/Netsky.p@MM"
    if (t.starts_with("Found virus in mail from ")) {
      return refusal(text, {}, "DATA", address_after(t, "mail from "), address_after(t, "> to "), line_no, sink);
    }
    // "SPF check failed: The IP address '203.0.113.76' is not in permitted set for sender 'a@x' (FAIL)"
    if (t.starts_with("SPF check failed")) {
      return refusal(text, ip_after(t, "IP address "), "MAIL", address_after(t, "sender "), {}, line_no, sink);
    }
    // "SMTP: AntiHammering - IP address 203.0.113.9 will be blocked for 5 minutes, too many
    // failed logins from this IP address.", "SMTP: AntiHammering: connection from IP address
    // 203.0.113.9 is blocked".
    // (Not its configuration log's record of the setting: "Update SmtpServer {AntiHammeringSafeAcl=...}".)
    if (icontains(t, "antihammering") && icontains(t, "block") && !t.starts_with("Update ") &&
        t.find(" - Update ") == npos) {
      return refusal(text, first_ipv4(t), "CONNECT", {}, {}, line_no, sink);
    }
    // An alias that led nowhere: "No local mailbox b@y, expanded from c@y",
    // "Address <c@y> expanded to zero recipients".
    if (t.starts_with("No local mailbox ")) return local_failure(text, address_after(t, "mailbox "), line_no, sink);
    if (t.starts_with("Address ") && icontains(t, "expanded to zero recipients"))
      return local_failure(text, address_after(t, "Address "), line_no, sink);
    return other_failure(text, t, line_no, sink);
  }

  Outcome local_failure(sv text, sv to, uint64_t line_no, EventSink& sink) {
    Event ev = event(Action::bounced, kProgram, line_no);
    ev.to_address = to;
    ev.diagnostic = text;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // A warning or an error in other words: a failed handshake, a failed login,
  // a delivery that could not connect, look up its MX or finish, a client turned away.
  Outcome other_failure(sv text, sv t, uint64_t line_no, EventSink& sink) {
    // Ours when it says so, or when it names a server or host and no client of
    // ours; not when it is about another of the server's services.
    static constexpr sv kRemote[] = {"server", "host", " mx", "remote"};
    const bool client = names_client(t);
    const bool other_service = names_other_service(t) && !icontains(t, "deliver");
    // ("SMTP server: ..." is its service for clients, the SMTP client its deliveries.)
    const bool inbound_service = istarts_with(t, "smtp server");
    const bool outbound =
        !other_service && !inbound_service && (says_outbound(t) || (!client && icontains_any(t, kRemote)));
    // (A handshake's, not a note about our own certificate: "... expires in 14 days".)
    static constexpr sv kHandshake[] = {"handshake", "negotiat", "starttls", "verif", "connect", "session", "alert",
                                        "protocol", "cipher"};
    if (says_tls_failed(t) && icontains_any(t, kHandshake)) {
      if (outbound) return delivery_failure(text, t, Tally::tls_failure, line_no, sink);
      const sv ip = first_ipv4(t);
      if (ip.empty()) return Outcome::recognized;  // a certificate of ours, not a client's handshake
      Event ev = event(Action::failed, kSecurityProgram, line_no);
      ev.source_ip = ip;
      ev.smtp_command = "STARTTLS";
      ev.diagnostic = text;
      sink.on_tally(Tally::tls_failure, time_);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (says_login_failed(t)) {
      note_reasoned_login(first_ipv4(t), line_no);
      return failed_login(text, first_ipv4(t), icontains(t, "smtp") ? "AUTH" : "", line_no, sink);
    }
    static constexpr sv kMessage[] = {"message", "queue"};
    if (says_expired(t) && (outbound || icontains_any(t, kMessage)))
      return delivery_failure(text, t, Tally::kCount, line_no, sink);
    if (outbound && (says_dns_failed(t) || says_connect_failed(t) || says_delivery_failed(t)))
      return delivery_failure(text, t, Tally::kCount, line_no, sink);
    // A failed MX or host lookup is a delivery's, unless it is a client's reverse lookup.
    if (says_dns_failed(t) && !client && !icontains(t, "reverse") && !other_service)
      return delivery_failure(text, t, Tally::kCount, line_no, sink);
    if (says_client_refused(t) && !says_outbound(t)) {
      const sv ip = first_ipv4(t);
      if (!ip.empty()) return refusal(text, ip, {}, {}, {}, line_no, sink);
    }
    return Outcome::recognized;
  }

  // Our delivery failed: deferred (its reply a 5xx: bounced; retries over: expired).
  Outcome delivery_failure(sv text, sv t, Tally tally, uint64_t line_no, EventSink& sink) {
    uint16_t code = 0;
    sv status;
    find_smtp_codes(t, &code, &status);
    Action action = Action::deferred;
    if (says_expired(t)) action = Action::expired;
    else if (code >= 500 || status.starts_with('5')) action = Action::bounced;
    Event ev = event(action, kProgram, line_no);
    ev.diagnostic = text;
    ev.reply_code = code;
    ev.enhanced_status = status;
    if (const size_t open = t.find('<'); open != npos) {
      const sv to = address_in_angle_brackets(t.substr(open));
      if (to.find('@') != npos) ev.to_address = to;
    }
    set_destination(t, &ev);
    // The message's Queue-ID, when the words name it ("Message 67cff0fa-0000a1b3 ..."): its sender.
    if (const sv id = queue_id_in(t); !id.empty()) {
      ev.local_id = id;
      if (const Queued& q = queued_slot(id); q.id == id) ev.from_address = q.from;
    }
    if (tally == Tally::tls_failure) {
      ev.smtp_command = "STARTTLS";
      sink.on_tally(Tally::tls_failure, time_);
    } else {
      ev.smtp_command = find_smtp_command(t);
    }
    if (action == Action::deferred) ev.hard = Tristate::no;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // The remote host a delivery's words name: "... to host mx.example.net
  // [192.0.2.5]", "Connection to 192.0.2.5:25 failed", "MX for domain example.net",
  // "STARTTLS failed with mx.example.net".
  static void set_destination(sv t, Event* ev) {
    static constexpr sv kKeys[] = {"to host ", "connect to ", "connection to ", "hostname ", "server ", "host ",
                                   "for domain ", "domain ", "mx for ", "with ", "for "};
    for (sv key : kKeys) {
      for (size_t at = ifind(t, key, 0); at != npos; at = ifind(t, key, at + 1)) {
        sv v = t.substr(at + key.size());
        if (v.starts_with('\'') || v.starts_with('"') || v.starts_with('<')) v.remove_prefix(1);
        if (const sv ip = ip_at(v); !ip.empty()) {
          if (ev->destination_ip.empty()) {
            ev->destination_ip = ip;
            ev->destination_port = port_after(v, ip);
          }
          continue;
        }
        v = v.substr(0, v.find_first_of(" ,;:()[]'\">"));
        while (v.ends_with('.')) v.remove_suffix(1);
        if (v.find('.') != npos && v.find('@') == npos && ev->destination_domain.empty() && !is_digit(v.front()))
          ev->destination_domain = v;
      }
    }
    if (ev->destination_ip.empty()) {
      if (const size_t open = t.find('['); open != npos) ev->destination_ip = ip_at(t.substr(open));
    }
  }

  // "192.0.2.5:25" -> 25 (the port after the address `ip` that opens `v`), else 0.
  static uint16_t port_after(sv v, sv ip) {
    const size_t at = v.find(ip);
    if (at == npos) return 0;
    sv rest = v.substr(at + ip.size());
    if (rest.starts_with(']')) rest.remove_prefix(1);
    if (!rest.starts_with(':')) return 0;
    unsigned port = 0;
    size_t n = 1;
    while (n < rest.size() && n <= 5 && is_digit(rest[n])) port = port * 10 + unsigned(rest[n++] - '0');
    return n > 1 && port <= 65535 ? uint16_t(port) : 0;
  }

  std::string path_;
  Timestamp time_;
  std::array<Queued, 256> queued_;
  // The last failed login whose line gave its reason: the line after it may sum it up.
  uint64_t reasoned_login_line_ = ~uint64_t(0) - 1;
  int64_t reasoned_login_time_ = 0;
  std::string reasoned_login_ip_;
};

// Kerio's log files. Sent to a syslog server, its records carry that
// server's envelope instead of the time in brackets ("<21>1
// 2025-10-21T07:58:02+02:00 mail.example.com security - - - Failed SMTP login
// from ..."): a file of those is read the same way, the record's text after
// the envelope (and after the bracketed time, when the text keeps it).
class KerioParser final : public LineParser {
 public:
  explicit KerioParser(const FileContext& file) : records_(file), years_(file.mtime) {}
  bool continue_with(const FileContext& next) override {
    records_.continue_with(next);
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) return Outcome::recognized;
    Head h;
    if (read_head(line, &h)) {
      seen_ = true;
      return records_.read(h.text, h.time, line_no, sink);
    }
    SyslogRecord rec;
    if (line[0] != ' ' && line[0] != '\t' && parse_syslog_line(line, years_, &rec) && !rec.message.empty() &&
        kerio_host(rec)) {
      seen_ = true;
      if (read_head(rec.message, &h)) return records_.read(h.text, h.time, line_no, sink);
      return records_.read(trim(rec.message), rec.time, line_no, sink);
    }
    // A line without the time under one of Kerio's (a message's text that
    // ran over lines in debug.log): recognized once the file is Kerio's.
    return seen_ && (line[0] == ' ' || line[0] == '\t') ? Outcome::recognized : Outcome::unrecognized;
  }

 private:
  // A syslog record is Kerio's when its host's are (one of them was in Kerio's
  // words or under Kerio's name): not another server's lines in the same file.
  bool kerio_host(const SyslogRecord& rec) {
    if (host_seen_) return rec.host == host_;
    if (!kerio_record_wording(rec.message) && !kerio_claims_program(rec.program)) return false;
    host_seen_ = true;
    host_.assign(capped(rec.host, 256));
    return true;
  }

  KerioRecords records_;
  YearInference years_;
  bool seen_ = false;  // a line of Kerio's was read
  bool host_seen_ = false;
  std::string host_;
};

// Kerio's records in a syslog stream beside other programs' (see kerio.h).
class KerioProgramParser final : public ProgramParser {
 public:
  explicit KerioProgramParser(const FileContext& file) : records_(file) {}
  void continue_with(const FileContext& next) override { records_.continue_with(next); }
  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    Head h;
    if (read_head(rec.message, &h)) return records_.read(h.text, h.time, line_no, sink);
    return records_.read(trim(rec.message), rec.time, line_no, sink);
  }

 private:
  KerioRecords records_;
};

}  // namespace

// Words only Kerio writes so, in its mail, security and warning logs.
bool kerio_record_wording(sv text) {
  static constexpr sv kOpenings[] = {"Recv: Queue-ID: ",
                                     "Sent: Queue-ID: ",
                                     "Attempt to deliver to unknown recipient ",
                                     "Relay attempt from IP address ",
                                     "SMTP Spam attack detected from ",
                                     "Client with IP address ",
                                     "Message from IP address ",
                                     "Found virus in mail from ",
                                     "SPF check failed: ",
                                     "No local mailbox ",
                                     "SMTP: From: ",
                                     "DSN: From: ",
                                     "List: From: ",
                                     "SMTP Send: "};
  for (sv o : kOpenings)
    if (text.starts_with(o)) return true;
  if (text.starts_with("Failed ") && text.find(" login from ") != npos) return true;
  if (text.starts_with("IP address ") && text.find(" found in DNS blacklist ") != npos) return true;
  if (text.starts_with("Message from <") && text.find("> rejected by ") != npos) return true;
  return text.find("Attempt from IP address ") != npos || text.find("AntiHammering") != npos ||
         text.find(" authenticated from IP address ") != npos;
}

namespace {
// ... and its name, which its notices of its own state carry ("Kerio Connect 10.0.6 started").
bool kerio_wording(sv text) { return kerio_record_wording(text) || text.find("Kerio ") != npos; }
}  // namespace

int kerio_sniff(sv head) {
  int lines = 0, records = 0;
  bool marked = false;
  for_each_head_line(head, [&](sv line) {
    if (line.empty()) return true;
    ++lines;
    Head h;
    if (read_head(line, &h)) {
      ++records;
      marked |= kerio_wording(h.text);
    }
    return lines < 20;
  });
  if (records == 0) return 0;
  const int share = records * 100 / lines;
  // The bracketed time alone is a shape other programs write (Django's
  // development server); with Kerio's words on a line of them, and the time
  // on most, the file is Kerio's.
  if (marked) return share >= 50 ? 100 : share;
  return std::max(share / 2, 1);
}

std::unique_ptr<LineParser> make_kerio_parser(const FileContext& file) { return std::make_unique<KerioParser>(file); }

bool kerio_claims_program(sv program) { return istarts_with(program, "kerio"); }

std::unique_ptr<ProgramParser> make_kerio_program_parser(const FileContext& file) {
  return std::make_unique<KerioProgramParser>(file);
}

}  // namespace mailtriage
