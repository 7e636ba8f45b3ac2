#include "parsers/mailenable.h"

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
constexpr sv kDataset = "mailenable.log";
constexpr sv kProgram = "mailenable";
constexpr sv kBom = "\xEF\xBB\xBF";

// What the state keeps of a field (an address, a host name): a damaged or
// hostile line does not grow it without end.
constexpr size_t kKeep = 512;
// Within these a note restates a failure another note of the same message
// already gave (a summary after the reason, the same error from the next MX).
constexpr int64_t kSameAttemptUs = 30 * 60'000'000LL;
constexpr int64_t kSameErrorUs = 5 * 60'000'000LL;

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
// The same on text already in lower case (a note's, lowered once for the
// dozens of wordings it is held against): a plain search, much faster. A
// word stands on its own (no letter or digit glued to either side): "mx" in
// "(mx)" but not in "mx1", "ndr" but not in "ndrive", "10060" but not inside a
// message file's hex name.
bool contains_any(sv lowered, std::initializer_list<sv> needles) {
  for (sv n : needles)
    if (lowered.find(n) != npos) return true;
  return false;
}
bool contains_word(sv lowered, sv needle) {
  for (size_t at = lowered.find(needle); at != npos; at = lowered.find(needle, at + 1)) {
    const size_t end = at + needle.size();
    if ((at == 0 || !is_alnum(lowered[at - 1])) && (end == lowered.size() || !is_alnum(lowered[end]))) return true;
  }
  return false;
}
bool contains_any_word(sv lowered, std::initializer_list<sv> needles) {
  for (sv n : needles)
    if (contains_word(lowered, n)) return true;
  return false;
}
// A word neither glued to letters or digits nor part of a host name: "mx" in
// "no mx records" but not in "mx.example.net".
bool contains_bare_word(sv lowered, sv needle) {
  auto glued = [](char c) { return is_alnum(c) || c == '.' || c == '-'; };
  for (size_t at = lowered.find(needle); at != npos; at = lowered.find(needle, at + 1)) {
    const size_t end = at + needle.size();
    if ((at == 0 || !glued(lowered[at - 1])) && (end == lowered.size() || !glued(lowered[end]))) return true;
  }
  return false;
}
bool iends_with(sv s, sv suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

bool two_digits(sv s, size_t at, unsigned* v) {
  if (at + 1 >= s.size() || !is_digit(s[at]) || !is_digit(s[at + 1])) return false;
  *v = unsigned(s[at] - '0') * 10 + unsigned(s[at + 1] - '0');
  return true;
}

// "03/26/25 00:17:57": MailEnable's time, month first with a two-digit year
// (a four-digit year is read too, and a day-first date when its first number
// cannot be a month). Local time without a zone, read as written. Returns the
// bytes consumed, 0 when `s` does not open so.
size_t scan_time(sv s, Timestamp* t) {
  unsigned a = 0, b = 0, y = 0, y2 = 0, hh = 0, mi = 0, ss = 0;
  if (s.size() < 17 || !two_digits(s, 0, &a) || s[2] != '/' || !two_digits(s, 3, &b) || s[5] != '/') return 0;
  size_t at = 0;
  if (s.size() >= 19 && two_digits(s, 6, &y) && two_digits(s, 8, &y2) && s[10] == ' ') {
    y = y * 100 + y2;
    at = 10;
  } else if (two_digits(s, 6, &y) && s[8] == ' ') {
    y += 2000;
    at = 8;
  } else {
    return 0;
  }
  if (s.size() < at + 9 || !two_digits(s, at + 1, &hh) || s[at + 3] != ':' || !two_digits(s, at + 4, &mi) ||
      s[at + 6] != ':' || !two_digits(s, at + 7, &ss))
    return 0;
  unsigned month = a, day = b;
  if (month < 1 || month > 12) month = b, day = a;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hh > 23 || mi > 59 || ss > 60) return 0;
  const int64_t seconds = days_from_civil(y, month, day) * 86400 + int64_t(hh) * 3600 + int64_t(mi) * 60 + ss;
  t->epoch_us = seconds * 1'000'000;
  t->valid = true;
  t->year_inferred = false;
  return at + 9;
}

// The line MailEnable opens each file with: "[03/26/25 00:00:04]****** LOG FILE STARTED ******".
bool is_banner(sv line) {
  Timestamp t;
  return line.size() > 18 && line[0] == '[' && scan_time(line.substr(1), &t) != 0 && line.find(']') != npos &&
         line.find(']') <= 21;
}

// Splits on `sep` into at most N fields (the last takes the rest); returns how many.
template <size_t N>
size_t split(sv line, char sep, std::array<sv, N>& f) {
  size_t n = 0, at = 0;
  while (n < N) {
    const size_t end = n + 1 == N ? npos : line.find(sep, at);
    if (end == npos) {
      f[n++] = line.substr(at);
      break;
    }
    f[n++] = line.substr(at, end - at);
    at = end + 1;
  }
  return n;
}

// SMTP commands as clients and MailEnable send them; CONN is MailEnable's
// name for the connection (the greeting's line) and DATE its name for the
// message's end (".", answered by the verdict on the message): DATA's.
constexpr sv kVerbs[] = {"HELO", "EHLO", "MAIL", "RCPT", "DATA",     "BDAT", "RSET", "NOOP", "QUIT",
                         "VRFY", "EXPN", "HELP", "AUTH", "STARTTLS", "ETRN", "TURN", "CONN"};
sv canonical_verb(sv verb) {
  if (verb.empty() || verb == "-") return "CONN";
  if (iequals(verb, "DATE")) return "DATA";
  for (sv v : kVerbs)
    if (iequals(verb, v)) return v;
  return verb;
}

// The reply code opening a reply ("550 ...", "550-...", "550"), else 0.
uint16_t leading_code(sv s) {
  if (s.size() < 3 || s[0] < '2' || s[0] > '5' || !is_digit(s[1]) || !is_digit(s[2])) return 0;
  if (s.size() > 3 && s[3] != ' ' && s[3] != '-') return 0;
  return uint16_t((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'));
}

// The first 4xx/5xx reply code standing as a word in a note's text, and where
// it stands ("Remote SMTP Server Returned: 550 5.1.1 ..."). A count ("after
// 450 seconds") is none, nor a number inside a longer one or an address.
uint16_t reply_code_in(sv text, size_t* at) {
  for (size_t i = 0; i + 3 <= text.size(); ++i) {
    if ((text[i] != '4' && text[i] != '5') || !is_digit(text[i + 1]) || !is_digit(text[i + 2])) continue;
    if (i > 0 && (is_alnum(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '-' || text[i - 1] == '/' ||
                  text[i - 1] == ':' || text[i - 1] == '_'))
      continue;
    const size_t end = i + 3;
    if (end < text.size() && text[end] != ' ' && text[end] != '-' && text[end] != ',' && text[end] != ')' &&
        text[end] != ']' && text[end] != '"' && text[end] != '\'')
      continue;
    if (end < text.size() && text[end] == '-' && end + 1 < text.size() && !is_alnum(text[end + 1])) continue;
    const sv after = text.substr(end, 12);
    if (icontains_any(after, {" second", " minute", " hour", " day", " ms", " byte", " attempt", " retr", " time", " kb",
                        " mb", " messages", " recipients", " connections"}))
      continue;
    // A number the word before it names as something else: "port 465", "thread 4412".
    size_t word_end = i;
    while (word_end > 0 && (text[word_end - 1] == ' ' || text[word_end - 1] == '#')) --word_end;
    size_t word_start = word_end;
    while (word_start > 0 && is_alpha(text[word_start - 1])) --word_start;
    const sv word = text.substr(word_start, word_end - word_start);
    bool counted = false;
    for (sv w : {"port", "version", "line", "pid", "thread", "socket", "attempt", "retry", "size", "id", "number"})
      counted = counted || iequals(word, w);
    if (counted) continue;
    *at = i;
    return uint16_t((text[i] - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0'));
  }
  return 0;
}

// The address of "MAIL FROM:<a@x> SIZE=1" or "RCPT TO: b@y"; empty for "<>".
sv command_address(sv command) {
  if (command.find('<') != npos) return address_in_angle_brackets(command);
  const size_t colon = command.find(':');
  if (colon == npos) return {};
  sv a = trim(command.substr(colon + 1));
  return a.substr(0, a.find(' '));
}

// A host name as logs write it: labels of letters, digits and dashes, a dot,
// a top-level label of letters (not a file's extension, nor a version "9.76").
bool looks_like_host(sv s) {
  if (s.size() < 4 || s.size() > 253 || s.front() == '.' || s.front() == '-' || s.back() == '.') return false;
  bool dot = false, letter = false;
  for (char c : s) {
    if (c == '.')
      dot = true;
    else if (is_alpha(c))
      letter = true;
    else if (!is_digit(c) && c != '-' && c != '_')
      return false;
  }
  if (!dot || !letter) return false;
  const sv tld = s.substr(s.rfind('.') + 1);
  if (tld.size() < 2) return false;
  for (char c : tld)
    if (!is_alpha(c)) return false;
  for (sv ext : {"mai", "tab", "sav", "log", "exe", "dll", "cfg", "xml", "txt", "eml", "tmp", "ini", "bat", "msg"})
    if (iequals(tld, ext)) return false;
  return true;
}

// The IPv4 address starting at s[i], its length; 0 when none stands there.
size_t ipv4_length(sv s, size_t i) {
  size_t j = i;
  for (int part = 0; part < 4; ++part) {
    const size_t start = j;
    unsigned v = 0;
    while (j < s.size() && is_digit(s[j]) && j - start < 3) v = v * 10 + unsigned(s[j++] - '0');
    if (j == start || v > 255) return 0;
    if (part < 3) {
      if (j >= s.size() || s[j] != '.') return 0;
      ++j;
    }
  }
  if (j < s.size() && (is_digit(s[j]) || (s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1])))) return 0;
  return j - i;
}

// An IPv4 or IPv6 literal (a host name is none, nor an address with its port).
bool is_ip(sv s) {
  if (s.find(':') != npos) return s.find(':') != s.rfind(':') && looks_like_ip_address(s);
  return !s.empty() && ipv4_length(s, 0) == s.size();
}

// The words of a note, one by one, without the brackets, quotes and
// punctuation around them; `fn` returns false to stop.
template <class Fn>
void for_each_token(sv text, Fn&& fn) {
  constexpr sv kSeparators = " \t()[]<>{},;\"'";
  size_t at = 0;
  while (at < text.size()) {
    const size_t start = text.find_first_not_of(kSeparators, at);
    if (start == npos) return;
    size_t end = text.find_first_of(kSeparators, start);
    if (end == npos) end = text.size();
    sv token = text.substr(start, end - start);
    at = end;
    while (!token.empty() && (token.back() == '.' || token.back() == ':' || token.back() == '!' || token.back() == '?'))
      token.remove_suffix(1);
    if (!token.empty() && !fn(token)) return;
  }
}

// "mx.example.net:25" -> "mx.example.net" (an IPv6 address's colons are no port).
sv without_port(sv host) {
  const size_t colon = host.rfind(':');
  if (colon == npos || host.find(':') != colon) return host;
  for (char c : host.substr(colon + 1))
    if (!is_digit(c)) return host;
  return host.substr(0, colon);
}

// The remote end a note names: its first IP address and first host name.
struct Peer {
  sv ip, host;
};
Peer peer_in(sv text) {
  Peer p;
  for_each_token(text, [&](sv token) {
    if (token.find('@') != npos || iends_with(token, ".mai")) return true;
    const sv bare = without_port(token);
    if (p.ip.empty() && is_ip(bare))
      p.ip = bare;
    else if (p.host.empty() && looks_like_host(bare))
      p.host = bare;
    return p.ip.empty() || p.host.empty();
  });
  return p;
}

// The client's address in a note about one: the first IP after "from",
// else the first anywhere.
sv client_ip_in(sv text) {
  for (size_t at = ifind(text, "from "); at != npos; at = ifind(text, "from ", at + 1)) {
    const Peer p = peer_in(text.substr(at + 5, 64));
    if (!p.ip.empty()) return p.ip;
  }
  return peer_in(text).ip;
}

bool is_address_char(char c) {
  return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '=' || c == '&' || c == '#';
}

// Where `word` last stands as a word of its own in `s`; npos when nowhere.
size_t last_word(sv s, sv word) {
  size_t found = npos;
  for (size_t at = ifind(s, word); at != npos; at = ifind(s, word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !is_alpha(s[at - 1])) && (end == s.size() || !is_alpha(s[end]))) found = at;
  }
  return found;
}

// The sender and recipient a note names ("[SMTP:bob@example.org]", "<a@x>",
// "from a@x to b@y"): each address is the sender when "from" or "sender" stands
// nearer before it than "to", "recipient" or "rcpt", else the recipient.
struct Addresses {
  sv from, to;
};
Addresses addresses_in(sv text) {
  Addresses out;
  size_t previous_end = 0;
  for (size_t at = text.find('@'); at != npos; at = text.find('@', at + 1)) {
    size_t start = at, end = at + 1;
    while (start > previous_end && is_address_char(text[start - 1])) --start;
    while (end < text.size() && is_address_char(text[end])) ++end;
    sv address = text.substr(start, end - start);
    while (address.ends_with('.')) address.remove_suffix(1);
    const size_t domain_dot = address.find('.', at - start);
    if (start == at || domain_dot == npos || address.size() > kKeep) continue;
    const size_t window_start = start > previous_end + 40 ? start - 40 : previous_end;
    const sv before = text.substr(window_start, start - window_start);
    size_t from = last_word(before, "from"), to = last_word(before, "to");
    for (sv w : {"sender", "originator"})
      if (const size_t p = last_word(before, w); p != npos && (from == npos || p > from)) from = p;
    for (sv w : {"recipient", "rcpt", "address", "mailbox", "addressed"})
      if (const size_t p = last_word(before, w); p != npos && (to == npos || p > to)) to = p;
    const bool is_from = from != npos && (to == npos || from > to);
    if (is_from && out.from.empty())
      out.from = address;
    else if (!is_from && out.to.empty())
      out.to = address;
    previous_end = end;
    at = end - 1;
  }
  return out;
}

// A message file's name in a note ("2F91E56AE15E4C8EBAA985ADDAC16FAC.MAI").
sv message_file_in(sv text) {
  for (size_t at = ifind(text, ".mai"); at != npos; at = ifind(text, ".mai", at + 1)) {
    if (at + 4 < text.size() && is_alnum(text[at + 4])) continue;
    size_t start = at;
    while (start > 0 && (is_alnum(text[start - 1]) || text[start - 1] == '-' || text[start - 1] == '_')) --start;
    if (at - start >= 6) return text.substr(start, at + 4 - start);
  }
  return {};
}

// A note of the debug log: "ME-E0055: [1884] [ABC.MAI] text" read into its
// level (the code's letter: I information, W warning, E error; 0 without a
// code), the thread, the message file and the text.
struct Note {
  char level = 0;
  sv thread, message, text;
};
Note read_note(sv rest) {
  Note n;
  sv t = trim(rest);
  if (t.size() >= 6 && t.substr(0, 3) == "ME-" && is_alpha(t[3])) {
    size_t i = 4;
    while (i < t.size() && is_digit(t[i])) ++i;
    if (i > 4 && i < t.size() && t[i] == ':') {
      n.level = char(t[3] & ~0x20);
      t = trim(t.substr(i + 1));
    }
  }
  // "[1884]" and "[ABC.MAI]" (or "(ABC.MAI)"), in either order.
  for (int k = 0; k < 2 && !t.empty() && (t[0] == '[' || t[0] == '('); ++k) {
    const size_t end = t.find(t[0] == '[' ? ']' : ')');
    if (end == npos) break;
    const sv inner = trim(t.substr(1, end - 1));
    bool digits = !inner.empty() && inner.size() <= 12;
    for (char c : inner) digits = digits && is_digit(c);
    if (digits && n.thread.empty())
      n.thread = inner;
    else if (iends_with(inner, ".mai") && n.message.empty() && inner.find(' ') == npos)
      n.message = inner;
    else
      break;
    t = trim(t.substr(end + 1));
  }
  if (t.starts_with(':') || t.starts_with('-')) t = trim(t.substr(1));
  if (n.message.empty()) n.message = message_file_in(t);
  n.text = t;
  return n;
}

// What a note of the debug log says went wrong.
enum class Kind : uint8_t {
  none,
  relay_denied,    // a client refused a relay (ME-I0111, ME-E0109, ME-I0112)
  login_failed,    // a client's login refused
  client_blocked,  // a client refused for its address (deny list, DNSBL, brute-force ban)
  client_refused,  // a client's message or recipient refused (greylisting, unknown user)
  tls,             // a TLS handshake failed
  reply,           // a reply with a 4xx/5xx code (the remote server's, or ours to a client)
  connect,         // a delivery could not connect
  dns,             // a delivery could not find the domain's mail servers
  expired,         // a message given up on
  remote_refused,  // a remote server refusing us or the recipient, in MailEnable's words
  bounced,         // a summary: the message could not be delivered
  delayed,         // a summary: the message waits for a retry
  error,           // the service's own error
};

enum class Side : uint8_t { unknown, client, remote };

// Whether a note is about a client of ours or about a delivery of ours.
// (These read a note's text in lower case: `lowered` below.)
Side side_of(sv text) {
  if (contains_any(text,
                   {"connection from", "connected from", "connect from", "from ip", "from client", "client", "inbound",
                    "incoming", "relay denied", "relaying denied", "denied access", "deny list", "sender ip", "brute"}))
    return Side::client;
  // "... from 203.0.113.41": the address a client came from.
  for (size_t at = text.find("from "); at != npos; at = text.find("from ", at + 1))
    if (ipv4_length(text, at + 5) != 0) return Side::client;
  if (contains_any(
          text, {"remote smtp",   "remote server", "remote host", "remote mail",   "remote mx",     "outbound",
                 "outgoing",      "smart host",    "smarthost",   "relay host",    "relay server",  "mail exchanger",
                 "mx record",     "mx host",       "mx server",   "mx lookup",     "deliver",       "sending",
                 "send to",       "sent to",       "connect to",  "connecting to", "connection to", "destination",
                 "retry",         "retries",       "retried",     "next attempt",  "target domain", "recipient domain",
                 "remote domain", "queue"}))
    return Side::remote;
  if (contains_any(text, {"authenticat", "login", "logon", "banned", "abuse", "remote ip", "remote address"}))
    return Side::client;
  return Side::unknown;
}

bool says_login_failed(sv text) {
  return contains_any(text, {"authentication failed", "authentication failure", "authentication unsuccessful",
                             "authentication rejected", "authentication was rejected", "failed authentication",
                             "failed to authenticate", "could not authenticate", "unable to authenticate",
                             "auth failed", "auth failure", "invalid username or password",
                             "invalid user name or password", "invalid username/password", "invalid credentials",
                             "invalid password", "incorrect password", "wrong password", "bad password", "login failed",
                             "logon failed", "login failure", "logon failure", "failed login", "failed logon",
                             "invalid login", "invalid logon", "unknown user name or bad password",
                             "authentication error"});
}

bool says_tls(sv text) {
  return contains_any(text, {"tls", "ssl", "secure channel", "schannel", "sspi", "certificate", "handshake",
                             "transport stream", "encrypt"});
}
bool says_failure(sv text) {
  return contains_any(
      text, {"fail",    "error",         "unable",      "could not",     "cannot",    "can't",      "invalid",
             "expired", "not trusted",   "untrusted",   "mismatch",      "rejected",  "refused",    "denied",
             "aborted", "not available", "unsupported", "not supported", "no shared", "closed the", "exception"});
}

bool says_relay_denied(sv text) {
  return contains_any(
      text, {"relay denied", "relaying denied", "relay access denied", "relay not permitted", "relaying not permitted",
             "relay not allowed", "relaying not allowed", "not permitted to relay", "not allowed to relay",
             "unauthorized relay", "unauthorised relay", "relay rejected", "relay attempt denied",
             "relay attempt rejected", "relay attempt blocked", "relaying prohibited", "relay prohibited"});
}

bool says_blocked(sv text) {
  return contains_any(text, {"denied access", "access denied", "deny list", "denylist", "denied list", "blacklist",
                             "black list", "blocklist", "block list", "blocked", "dnsbl", "spamhaus", "spamcop",
                             "banned", "brute force", "brute-force", "too many", "tarpit", "rejected connection",
                             "connection rejected", "refused connection", "connection refused from",
                             "connection denied", "denied connection", "not allowed to connect",
                             "not permitted to connect", "is not allowed", "reverse dns", "abuse detection",
                             "intrusion"}) ||
         contains_any_word(text, {"rbl", "ban", "ptr"});
}

bool says_greylisted(sv text) { return contains_any(text, {"greylist", "graylist", "grey list", "gray list"}); }

bool says_recipient_refused(sv text) {
  return contains_any(text, {"unknown user", "user unknown", "no such user", "mailbox unavailable", "not local",
                             "unknown recipient", "invalid recipient", "recipient rejected", "address rejected",
                             "mailbox not found", "mailbox does not exist", "address does not exist",
                             "recipient does not exist", "no such mailbox", "mailbox is full", "over quota",
                             "exceeds the maximum", "exceeds maximum", "message size", "too large", "spam", "virus"}) &&
         contains_any(text, {"reject", "refus", "denied", "not", "unknown", "invalid", "no such", "full", "over",
                             "exceed", "large", "block"});
}

bool says_gave_up(sv text) {
  return contains_any(text, {"maximum retr", "max retr", "maximum number of retr", "maximum number of attempts",
                             "maximum delivery attempts", "retry limit", "retries exceeded", "retry count exceeded",
                             "exceeded the maximum", "exceeded maximum", "message lifetime", "has expired",
                             "message expired", "expired in queue", "expired in the queue", "expired after", "gave up",
                             "giving up", "give up", "bad mail", "badmail", "undeliverable after",
                             "could not be delivered after", "delivery attempts exceeded", "too old",
                             "timed out in queue", "exceeded its lifetime", "exceeded the lifetime"});
}

bool says_not_connected(sv text) {
  return contains_any(text, {"unable to connect", "could not connect", "cannot connect", "can't connect",
                             "failed to connect", "failure to connect", "connection failed", "connect failed",
                             "connection failure", "connection refused", "connection timed out", "connection timeout",
                             "timed out", "timeout", "no connection could be made", "connection reset",
                             "connection was reset", "connection closed", "connection was closed", "connection dropped",
                             "connection lost", "connection aborted", "connection was aborted", "failed to respond",
                             "not responding", "did not respond", "no response", "unreachable", "socket error",
                             "winsock", "could not establish", "unable to establish", "failed to establish",
                             "unable to open connection", "could not open connection", "disconnected",
                             "forcibly closed"}) ||
         contains_any_word(text, {"10060", "10061", "10065", "10051", "10054", "10053", "10064"});
}

bool says_dns_failed(sv text) {
  if (contains_any(text, {"domain does not exist", "domain not found", "does not appear to be registered",
                          "unknown host", "host not found", "no such host", "no such domain", "nxdomain",
                          "no mx record", "no mail exchanger", "no mx", "non-existent domain", "nonexistent domain",
                          "invalid domain", "could not resolve", "unable to resolve", "cannot resolve",
                          "failed to resolve", "could not be resolved", "cannot be resolved", "not be resolved",
                          "servfail"}))
    return true;
  const bool about_dns = contains_any(text, {"mail exchanger", "dns", "resolve", "resolution", "lookup", "look up",
                                             "look-up", "name server", "nameserver", "host name", "hostname"}) ||
                         contains_bare_word(text, "mx");
  return about_dns &&
         contains_any(text,
                      {"fail",       "unable",    "could not",      "cannot",          "can't",         "not found",
                       "no records", "no record", "no such",        "does not exist",  "doesn't exist", "not exist",
                       "invalid",    "error",     "not registered", "does not appear", "unknown",       "timed out",
                       "refused",    "no answer", "no entries"});
}

bool says_not_delivered(sv text) {
  return contains_any(text, {"delivery failure", "delivery failed", "could not be delivered", "cannot be delivered",
                             "can not be delivered", "failed to deliver", "unable to deliver", "undeliverable",
                             "non-delivery", "non delivery", "returned to sender", "return to sender",
                             "permanent failure", "permanent error", "permanently", "bounced", "bounce message",
                             "failed recipient", "rejected by remote", "rejected by the remote", "delivery has failed",
                             "not delivered"}) ||
         contains_word(text, "ndr");
}

bool says_delayed(sv text) {
  return contains_any(
      text, {"delivery delayed", "delivery delay", "message delayed",     "delayed",           "will be retried",
             "will retry",       "retry queue",    "queued for retry",    "requeued",          "re-queued",
             "rescheduled",      "re-scheduled",   "scheduled for retry", "retrying",          "delay notification",
             "added to retry",   "moved to retry", "try again later",     "temporary failure", "temporarily",
             "deferred",         "postponed"});
}

bool says_error(sv text) {
  return contains_any(text, {"error", "failed", "failure", "unable", "could not", "cannot", "exception", "corrupt"});
}

// What a login's refusal says: POP3's "-ERR Invalid user name or password",
// IMAP's "A01 NO LOGIN failed", and the others' wordings.
bool refuses_login(sv reply) {
  return says_login_failed(reply) || contains_any(reply, {"login failed", "logon failed", "unable to log on",
                                                          "not authorized", "access denied", "user name or password"});
}

// The words every failure's wording above holds one of (a stem, or a word
// itself): a note without any is no failure, and the dozens of wordings are
// looked for only in notes that hold one. (A note with a reply code is read
// whatever its words.)
constexpr sv kGateStems[] = {"fail",       "unabl",    "could",   "cannot",    "can't",    "deni",      "deny",
                             "block",      "black",    "banned",  "brute",     "tarpit",   "reject",    "refus",
                             "dnsbl",      "spam",     "revers",  "abus",      "intrus",   "invalid",   "incorrect",
                             "wrong",      "error",    "exceed",  "expir",     "lifetime", "gave",      "giving",
                             "undeliver",  "timed",    "timeout", "unreach",   "socket",   "winsock",   "disconnect",
                             "reset",      "closed",   "dropped", "abort",     "1005",     "1006",      "nxdomain",
                             "servfail",   "unknown",  "delay",   "retr",      "requeu",   "re-queu",   "reschedul",
                             "re-schedul", "temporar", "defer",   "postpon",   "bounc",    "permanent", "greylist",
                             "graylist",   "relay",    "except",  "corrupt",   "mismatch", "untrusted", "unsupported",
                             "quota",      "virus",    "declin",  "lockout",   "non-",     "nonexist",  "unavailab",
                             "unauthori",  "prohibit", "badmail", "respon",    "lost",     "handshake", "schannel",
                             "sspi",       "return",   "locked",  "over",      "large",    "full",      "intrusion",
                             "bad",        "limit",    "maximum", "unsuccess", "doesn",    "again",     "password"};
constexpr sv kGateWords[] = {"no",   "not",  "non", "too",  "old",  "ban",  "ptr",   "rbl",   "ndr",    "full",
                             "over", "lost", "bad", "give", "grey", "gray", "large", "limit", "maximum"};

bool may_tell_failure(sv lowered) {
  size_t i = 0;
  while (i < lowered.size()) {
    while (i < lowered.size() && !is_alnum(lowered[i])) ++i;
    const size_t start = i;
    while (i < lowered.size() && (is_alnum(lowered[i]) || lowered[i] == '-' || lowered[i] == '\'')) ++i;
    const sv word = lowered.substr(start, i - start);
    if (word.empty()) continue;
    for (sv w : kGateWords)
      if (word == w) return true;
    for (sv stem : kGateStems)
      if (stem[0] == word[0] && word.starts_with(stem)) return true;
  }
  return false;
}

class MailEnableParser final : public PathLineParser {
 public:
  explicit MailEnableParser(const FileContext& file) : PathLineParser(file) {}

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    if (line.starts_with(kBom)) line.remove_prefix(kBom.size());
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) return Outcome::recognized;
    if (line.starts_with('#')) return directive(line);
    if (is_banner(line)) return Outcome::recognized;
    Timestamp time;
    const size_t used = scan_time(line, &time);
    if (used == 0) return w3c_record(line, line_no, sink);
    if (used >= line.size()) return Outcome::unrecognized;  // a time and nothing after it
    const sv rest = line.substr(used + 1);
    if (line[used] == '\t') {
      std::array<sv, 12> f{};
      const size_t n = split(rest, '\t', f);
      // Direction, message file, socket, remote address, command, its words,
      // reply, bytes out and in, account, subject.
      if (f[0].starts_with("SMTP-")) {
        if (n < 7) return Outcome::unrecognized;  // cut before its reply
        Command c;
        c.outbound = f[0].starts_with("SMTP-OU");
        c.message = f[1];
        c.socket = f[2];
        c.ip = trim(f[3]);
        c.verb = trim(f[4]);
        c.words = trim(f[5]);
        c.reply = trim(f[6]);
        return smtp_command(time, c, line_no, sink);
      }
      if (f[0] == "IMAP-IN" || f[0] == "POP3-IN" || f[0] == "POP-IN" || f[0] == "IMAP-OU" || f[0] == "POP3-OU") {
        if (n < 7) return Outcome::unrecognized;
        return mailbox_command(time, trim(f[3]), trim(f[4]), trim(f[6]), line_no, sink);
      }
    } else if (line[used] != ' ') {
      return Outcome::unrecognized;
    }
    return debug_note(time, read_note(rest), line_no, sink);
  }

 private:
  // ---- The activity log (and the W3C log's records of it) -----------------

  struct Command {
    bool outbound = false;
    sv message, socket, ip, verb, words, reply;
  };

  // A connection's state, by remote address and socket (the message file
  // changes after each message; the socket and address stay).
  struct Session {
    bool used = false;
    bool outbound = false;
    bool has_from = false;
    uint64_t last = 0;  // the line that last touched it (the least recent is reused)
    std::string ip, socket;
    std::string from, rcpt, accepted, host;  // MAIL's, the last RCPT's, the last accepted RCPT's, the remote's name
    uint32_t accepted_count = 0;
  };
  Session& session(sv ip, sv socket, bool outbound, uint64_t line_no) {
    Session* slot = nullptr;
    for (Session& s : sessions_)
      if (s.used && s.outbound == outbound && s.ip == ip && s.socket == socket) slot = &s;
    if (!slot) {
      slot = &sessions_[0];
      for (Session& s : sessions_)
        if (!s.used || s.last < slot->last) slot = &s;
      slot->used = true;
      slot->outbound = outbound;
      slot->ip.assign(ip.substr(0, kKeep));
      slot->socket.assign(socket.substr(0, kKeep));
      reset(*slot);
    }
    slot->last = line_no;
    return *slot;
  }
  static void reset(Session& s) {
    s.has_from = false;
    s.from.clear();
    s.rcpt.clear();
    s.accepted.clear();
    s.host.clear();
    s.accepted_count = 0;
  }
  static void new_transaction(Session& s) {
    s.has_from = false;
    s.from.clear();
    s.rcpt.clear();
    s.accepted.clear();
    s.accepted_count = 0;
  }

  Event base_event(const Timestamp& time, Action action, uint64_t line_no) const {
    SyslogRecord rec;
    rec.time = time;
    rec.program = kProgram;
    return record_event(rec, action, kDataset, path_, line_no);
  }

  Outcome smtp_command(const Timestamp& time, const Command& c, uint64_t line_no, EventSink& sink) {
    const sv verb = canonical_verb(c.verb);
    const bool opening = c.verb.empty() || iequals(c.verb, "CONN");
    Session& s = session(c.ip, c.socket, c.outbound, line_no);
    if (opening) reset(s);
    if (verb == "MAIL") {
      new_transaction(s);
      s.has_from = true;
      s.from.assign(command_address(c.words).substr(0, kKeep));
    } else if (verb == "RCPT") {
      s.rcpt.assign(command_address(c.words).substr(0, kKeep));
    } else if (verb == "RSET") {
      new_transaction(s);
    }
    const uint16_t code = leading_code(c.reply);
    if (code >= 200 && code < 400) {
      if (verb == "RCPT") {
        s.accepted = s.rcpt;
        ++s.accepted_count;
      }
      if (c.outbound && opening) {
        // "220 mx.google.com ESMTP ...": the remote server's name.
        sv rest = trim(c.reply.substr(std::min<size_t>(4, c.reply.size())));
        rest = rest.substr(0, rest.find(' '));
        if (looks_like_host(rest)) s.host.assign(rest.substr(0, kKeep));
      }
      if (!c.outbound && opening) sink.on_tally(Tally::connection, time);
      if (!c.outbound && iequals(c.verb, "DATE") && code < 300) sink.on_tally(Tally::received, time);
      return Outcome::recognized;
    }
    if (code == 0) {
      // No reply (a STARTTLS line, a command the client sent before it left),
      // or MailEnable's own words in its place when a delivery failed to go on.
      if (c.outbound && !c.reply.empty() &&
          (says_not_connected(lowered(c.reply)) || says_dns_failed(low_) || (says_tls(low_) && says_failure(low_))))
        return outbound_failure(time, c, s, verb, 0, Action::deferred, line_no, sink);
      return Outcome::recognized;
    }
    if (c.outbound) {
      // A refusal of our QUIT changes nothing: the message's fate was told before it.
      if (verb == "QUIT") return Outcome::recognized;
      return outbound_failure(time, c, s, verb, code, code < 500 ? Action::deferred : Action::bounced, line_no, sink);
    }
    Event ev = base_event(time, Action::rejected, line_no);
    ev.source_ip = c.ip;
    ev.smtp_command = verb;
    ev.local_id = c.message;
    set_envelope(ev, s, verb, c.words);
    ev.diagnostic = c.reply;
    ev.reply_code = code;
    sv status;
    find_smtp_codes(c.reply, &ev.reply_code, &status);
    ev.reply_code = code;
    ev.enhanced_status = status;
    if (code < 500) ev.hard = Tristate::no;
    // A refused login: 535 (534, 454 "temporary authentication failure"), or
    // the reply saying so; a 500 to AUTH on a server that offers none is only a
    // refused command.
    if (verb == "AUTH" && (code == 535 || code == 534 || code == 538 || refuses_login(lowered(c.reply)) ||
                           (code == 454 && icontains(c.reply, "auth")))) {
      ev.action = Action::failed;
      sink.on_tally(Tally::sasl_failure, time);
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

  // The recipient the refused command named (RCPT's, or the message's when one
  // recipient was accepted) and the session's sender.
  static void set_envelope(Event& ev, const Session& s, sv verb, sv words) {
    if (verb == "RCPT")
      ev.to_address = command_address(words);
    else if (verb == "DATA" && s.accepted_count == 1)
      ev.to_address = s.accepted;
    if (verb == "MAIL")
      ev.from_address = command_address(words);
    else if (s.has_from)
      ev.from_address = s.from;
  }

  Outcome outbound_failure(const Timestamp& time, const Command& c, const Session& s, sv verb, uint16_t code,
                           Action action, uint64_t line_no, EventSink& sink) {
    Event ev = base_event(time, action, line_no);
    if (is_ip(c.ip)) ev.destination_ip = c.ip;
    ev.destination_domain = s.host;
    ev.smtp_command = verb;
    ev.local_id = c.message;
    set_envelope(ev, s, verb, c.words);
    ev.diagnostic = c.reply;
    sv status;
    find_smtp_codes(c.reply, &ev.reply_code, &status);
    if (code) ev.reply_code = code;
    ev.enhanced_status = status;
    if (action == Action::deferred) ev.hard = Tristate::no;
    if (Attempt* a = attempt(c.message, c.socket, time, true)) a->reason_time = time, a->reason_kind = Kind::reply;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // The IMAP and POP services' activity logs: a refused login is a failed one.
  Outcome mailbox_command(const Timestamp& time, sv ip, sv verb, sv reply, uint64_t line_no, EventSink& sink) {
    sv words;
    if (reply.starts_with("-ERR")) {
      words = trim(reply.substr(4));
    } else if (const size_t sp = reply.find(' ');
               sp != npos && (reply.substr(sp + 1).starts_with("NO ") || reply.substr(sp + 1) == "NO")) {
      words = trim(reply.substr(sp + 3));
    } else {
      return Outcome::recognized;
    }
    const bool login = iequals(verb, "LOGIN") || iequals(verb, "AUTHENTICATE") || iequals(verb, "PASS") ||
                       iequals(verb, "USER") || iequals(verb, "APOP") || iequals(verb, "AUTH");
    if (!refuses_login(lowered(words)) && !(login && !words.empty())) return Outcome::recognized;
    Event ev = base_event(time, Action::failed, line_no);
    if (is_ip(ip)) ev.source_ip = ip;
    ev.smtp_command = "AUTH";
    ev.diagnostic = words.empty() ? reply : words;
    sink.on_tally(Tally::sasl_failure, time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // ---- The W3C log --------------------------------------------------------

  // The fields a record is read by, and their places in MailEnable's order
  // ("date time c-ip agent account s-ip s-port cs-method cs-uristem
  // cs-uriquery s-computername sc-bytes cs-bytes cs-username"): the agent is
  // SMTP-IN or SMTP-OU, the account the message file, the method the command,
  // the stem its words and the query the reply.
  enum W3cField : uint8_t { kClientIp, kAgent, kAccount, kMethod, kStem, kQuery, kStatus, kW3cFieldCount };
  static constexpr std::array<sv, kW3cFieldCount> kW3cNames = {"c-ip",       "agent",       "account",  "cs-method",
                                                               "cs-uristem", "cs-uriquery", "sc-status"};
  static constexpr std::array<uint8_t, kW3cFieldCount> kW3cDefault = {2, 3, 4, 7, 8, 9, 0xff};
  static constexpr uint8_t kAbsent = 0xff;

  Outcome directive(sv line) {
    if (line.starts_with("#Software:") && icontains(line, "mailenable")) w3c_ = true;
    if (line.starts_with("#Fields:")) {
      std::array<uint8_t, kW3cFieldCount> places;
      places.fill(kAbsent);
      uint8_t index = 0;
      const sv names = trim(line.substr(8));
      for (size_t at = 0; at < names.size() && index < kAbsent; ++index) {
        size_t end = names.find(' ', at);
        if (end == npos) end = names.size();
        for (size_t k = 0; k < kW3cFieldCount; ++k)
          if (iequals(names.substr(at, end - at), kW3cNames[k])) places[k] = index;
        at = end + 1;
      }
      if (places[kMethod] != kAbsent) places_ = places, w3c_ = true;
    }
    return Outcome::recognized;
  }

  // W3C writes a value's spaces as '+', and '-' for none.
  static sv decoded(sv value, std::string& out) {
    if (value == "-") return {};
    out.assign(value.substr(0, 4 * kKeep));
    for (char& c : out)
      if (c == '+') c = ' ';
    return trim(out);
  }

  Outcome w3c_record(sv line, uint64_t line_no, EventSink& sink) {
    Timestamp time;
    if (line.size() < 20 || line[10] != ' ' || scan_rfc3339(line.substr(0, 19), &time) != 19)
      return Outcome::unrecognized;
    std::array<sv, 16> f{};
    const size_t n = split(line, ' ', f);
    std::array<uint8_t, kW3cFieldCount> places = places_;
    if (!w3c_) {
      // Without a directive, MailEnable's own order when its agent field says so.
      if (n < 10 || (f[3] != "SMTP-IN" && f[3] != "SMTP-OU")) return Outcome::unrecognized;
      places = kW3cDefault;
    }
    auto field = [&](W3cField k) -> sv { return places[k] < n ? f[places[k]] : sv(); };
    const sv agent = field(kAgent);
    Command c;
    c.outbound = icontains(agent, "-ou") || icontains(agent, "out");
    if (!agent.empty() && !icontains(agent, "smtp")) {
      // Another service's record (IMAP-IN, POP3-IN): only a refused login counts.
      if (!icontains(agent, "imap") && !icontains(agent, "pop")) return Outcome::recognized;
      return mailbox_command(time, field(kClientIp), field(kMethod), decoded(field(kQuery), reply_), line_no, sink);
    }
    c.message = field(kAccount) == "-" ? sv() : field(kAccount);
    c.socket = {};
    c.ip = field(kClientIp);
    c.verb = field(kMethod) == "-" ? sv() : field(kMethod);
    c.words = decoded(field(kStem), words_);
    c.reply = decoded(field(kQuery), reply_);
    if (leading_code(c.reply) == 0) {
      // A log whose status is a field of its own ("sc-status 550").
      const sv status = field(kStatus);
      if (leading_code(status)) {
        status_.assign(status);
        if (!c.reply.empty()) status_.append(" ").append(c.reply);
        c.reply = status_;
      }
    }
    return smtp_command(time, c, line_no, sink);
  }

  // ---- The debug log ------------------------------------------------------

  // A message's delivery as the debug log tells of it, by message file (or,
  // for a note that names none, by the thread that delivers it).
  struct Attempt {
    bool used = false;
    std::string message, thread;
    Timestamp seen;
    Timestamp reason_time;  // when a note (or a reply) said why it failed; invalid when none did
    Kind reason_kind = Kind::none;
    bool gave_up = false;  // an expiry was reported
    std::string recipient, domain;
  };
  Attempt* attempt(sv message, sv thread, const Timestamp& time, bool create) {
    Attempt* found = nullptr;
    if (!message.empty()) {
      for (Attempt& a : attempts_)
        if (a.used && a.message == message) found = &a;
    } else if (!thread.empty()) {
      for (Attempt& a : attempts_)
        if (a.used && a.thread == thread && recent(a.seen, time, kSameAttemptUs) &&
            (!found || a.seen.epoch_us >= found->seen.epoch_us))
          found = &a;
    }
    if (!found && create && (!message.empty() || !thread.empty())) {
      found = &attempts_[next_attempt_];
      next_attempt_ = (next_attempt_ + 1) % attempts_.size();
      *found = Attempt{};
      found->used = true;
      found->message.assign(message.substr(0, kKeep));
    }
    if (found) {
      if (!thread.empty()) found->thread.assign(thread.substr(0, kKeep));
      found->seen = time;
    }
    return found;
  }
  static bool recent(const Timestamp& earlier, const Timestamp& later, int64_t span_us) {
    if (!earlier.valid || !later.valid) return false;
    const int64_t d = later.epoch_us - earlier.epoch_us;
    return d >= -60'000'000 && d <= span_us;
  }

  // `t` is the note's text in lower case.
  static Kind kind_of(const Note& n, sv t, Side side, uint16_t code) {
    if (says_relay_denied(t)) return Kind::relay_denied;
    if (says_greylisted(t) && side != Side::remote) return Kind::client_refused;
    if (code >= 400 && side == Side::client) {
      return says_login_failed(t) ? Kind::login_failed : Kind::reply;
    }
    if (code >= 400) return says_gave_up(t) ? Kind::expired : Kind::reply;
    if (says_tls(t) && says_failure(t)) return Kind::tls;
    // A ban after failed logins is a refusal of the client, not one more failed login.
    if (side != Side::remote && contains_any(t, {"banned", "blocked", "brute", "deny list", "denylist", "blacklisted",
                                                 "added to the deny", "locked out", "lockout"}))
      return Kind::client_blocked;
    if (says_login_failed(t)) return Kind::login_failed;
    if (says_blocked(t) && side != Side::remote) return Kind::client_blocked;
    if (says_gave_up(t)) return Kind::expired;
    // ("No MX records found for domain x, using A record": the fallback every MTA takes.)
    if (says_dns_failed(t) && !contains_any(t, {"using a record", "using the a record", "falling back to"}))
      return Kind::dns;
    if (says_not_connected(t)) return Kind::connect;
    if (says_greylisted(t) || says_blocked(t)) return Kind::remote_refused;
    if (says_recipient_refused(t)) return side == Side::remote ? Kind::remote_refused : Kind::client_refused;
    // Whatever else a client was refused for ("SPF check failed for sender ..., message rejected").
    if (side != Side::remote && contains_any(t, {"rejected", "refused", "denied", "declined", "not accepted"}))
      return Kind::client_refused;
    if (says_not_delivered(t)) return Kind::bounced;
    if (says_delayed(t)) return Kind::delayed;
    if ((n.level == 'E' || n.level == 0) && says_error(t) && !contains_any(t, {"0 error", "no error", "without error"}))
      return Kind::error;
    return Kind::none;
  }

  Outcome debug_note(const Timestamp& time, const Note& n, uint64_t line_no, EventSink& sink) {
    if (n.text.empty()) return Outcome::recognized;
    const sv low = lowered(n.text);
    size_t code_at = 0;
    const uint16_t code = reply_code_in(n.text, &code_at);
    const bool may_fail = code != 0 || may_tell_failure(low);
    if (!may_fail && n.message.empty() && n.thread.empty()) return Outcome::recognized;
    const Side side = side_of(low);
    const Kind kind = may_fail ? kind_of(n, low, side, code) : Kind::none;
    Attempt* a =
        attempt(n.message, n.thread, time,
                side == Side::remote || kind == Kind::connect || kind == Kind::dns || kind == Kind::expired ||
                    kind == Kind::bounced || kind == Kind::delayed || (kind == Kind::reply && side != Side::client));
    if (a && side == Side::remote) {
      // What the delivery's notes name, for its later notes that do not.
      const Addresses ad = addresses_in(n.text);
      if (!ad.to.empty()) a->recipient.assign(ad.to);
      const Peer p = peer_in(n.text);
      if (!p.host.empty()) a->domain.assign(p.host);
    }
    if (kind == Kind::none) return Outcome::recognized;

    // A client's refusal: ours of the client the note names.
    if (kind == Kind::relay_denied || kind == Kind::login_failed || kind == Kind::client_blocked ||
        kind == Kind::client_refused || (kind == Kind::reply && side == Side::client) ||
        (kind == Kind::tls && side != Side::remote) || kind == Kind::error) {
      if (kind == Kind::login_failed && side == Side::remote)  // our login to a smart host
        return remote_note(time, n, kind, Action::deferred, n.text, a, line_no, sink);
      return client_note(time, n, kind, code, line_no, sink);
    }

    // A delivery's failure.
    sv diagnostic = n.text;
    Action action = Action::deferred;
    switch (kind) {
      case Kind::reply:
        diagnostic = n.text.substr(code_at);
        action = code < 500 ? Action::deferred : Action::bounced;
        break;
      case Kind::expired:
        if (a && a->gave_up) return Outcome::recognized;  // "moved to Bad Mail" after "maximum retries exceeded"
        if (code >= 400) diagnostic = n.text.substr(code_at);
        action = Action::expired;
        break;
      case Kind::bounced:
        if (a && (a->gave_up || recent(a->reason_time, time, kSameAttemptUs)))
          return Outcome::recognized;  // the summary of a failure a note or reply already gave
        action = Action::bounced;
        break;
      case Kind::remote_refused:
        // A refusal without its reply: permanent when the note says the
        // message is returned, else it waits for a retry.
        action = says_not_delivered(low) || says_recipient_refused(low) ? Action::bounced : Action::deferred;
        break;
      case Kind::delayed:
        if (a && (a->gave_up || recent(a->reason_time, time, kSameAttemptUs))) return Outcome::recognized;
        action = Action::deferred;
        break;
      case Kind::connect:
        // A client's connection dropping or idling out is no failure of ours.
        if (side == Side::client) return Outcome::recognized;
        [[fallthrough]];
      case Kind::dns:
      case Kind::tls:
      case Kind::login_failed:
        // The same error again for the same message a moment later (its next
        // mail server, the next address of it): one failure.
        if (a && a->reason_kind == kind && recent(a->reason_time, time, kSameErrorUs)) return Outcome::recognized;
        action = Action::deferred;
        break;
      default:
        break;
    }
    return remote_note(time, n, kind, action, diagnostic, a, line_no, sink);
  }

  Outcome remote_note(const Timestamp& time, const Note& n, Kind kind, Action action, sv diagnostic, Attempt* a,
                      uint64_t line_no, EventSink& sink) {
    Event ev = base_event(time, action, line_no);
    ev.diagnostic = diagnostic;
    sv status;
    find_smtp_codes(diagnostic, &ev.reply_code, &status);
    ev.enhanced_status = status;
    ev.local_id = !n.message.empty() ? n.message : a ? sv(a->message) : sv();
    const Addresses ad = addresses_in(n.text);
    ev.from_address = ad.from;
    ev.to_address = !ad.to.empty() ? ad.to : a ? sv(a->recipient) : sv();
    const Peer p = peer_in(n.text);
    ev.destination_ip = p.ip;
    ev.destination_domain = !p.host.empty() ? p.host : a ? sv(a->domain) : sv();
    ev.smtp_command = find_smtp_command(n.text);
    if (ev.smtp_command.empty() && kind == Kind::tls) ev.smtp_command = "STARTTLS";
    if (ev.smtp_command.empty() && kind == Kind::login_failed) ev.smtp_command = "AUTH";
    if (action == Action::deferred || (ev.reply_code >= 400 && ev.reply_code < 500 && action != Action::expired))
      ev.hard = Tristate::no;
    if (a) {
      if (kind != Kind::bounced && kind != Kind::delayed && kind != Kind::expired) {
        a->reason_time = time;
        a->reason_kind = kind;
      }
      if (action == Action::expired) a->gave_up = true;
      if (kind == Kind::bounced || kind == Kind::delayed) a->reason_time = time;
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

  Outcome client_note(const Timestamp& time, const Note& n, Kind kind, uint16_t code, uint64_t line_no,
                      EventSink& sink) {
    Action action = Action::rejected;
    if (kind == Kind::login_failed || kind == Kind::tls || kind == Kind::error) action = Action::failed;
    Event ev = base_event(time, action, line_no);
    ev.diagnostic = n.text;
    if (kind == Kind::reply) {
      size_t at = 0;
      reply_code_in(n.text, &at);
      ev.diagnostic = n.text.substr(at);
    }
    sv status;
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &status);
    if (code >= 400 && (kind == Kind::reply || kind == Kind::login_failed)) ev.reply_code = code;
    ev.enhanced_status = status;
    ev.local_id = n.message;
    if (kind != Kind::error) {
      ev.source_ip = client_ip_in(n.text);
      const Addresses ad = addresses_in(n.text);
      ev.from_address = ad.from;
      ev.to_address = ad.to;
    }
    ev.smtp_command = find_smtp_command(n.text);
    if (kind == Kind::login_failed) {
      ev.smtp_command = "AUTH";
      sink.on_tally(Tally::sasl_failure, time);
    } else if (kind == Kind::tls) {
      ev.smtp_command = "STARTTLS";
      sink.on_tally(Tally::tls_failure, time);
    } else if (kind == Kind::relay_denied && ev.smtp_command.empty()) {
      ev.smtp_command = "RCPT";
    }
    if ((kind == Kind::client_refused && icontains_any(n.text, {"greylist", "graylist", "grey list", "gray list"})) ||
        (ev.reply_code >= 400 && ev.reply_code < 500))
      ev.hard = Tristate::no;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // `text` in lower case, in a buffer reused from line to line (as much of it
  // as a note's wording is looked for in).
  sv lowered(sv text) {
    low_.assign(text.substr(0, 16384));
    for (char& c : low_) c = bounce::ascii_lower(c);
    return low_;
  }

  std::array<Session, 64> sessions_{};
  std::array<Attempt, 64> attempts_{};
  size_t next_attempt_ = 0;
  bool w3c_ = false;
  std::array<uint8_t, kW3cFieldCount> places_ = kW3cDefault;
  std::string words_, reply_, status_, low_;
};

// ---- Sniffing ---------------------------------------------------------------

enum class Shape : uint8_t { none, banner, record, note, plain };

Shape shape_of(sv line) {
  if (line.starts_with(kBom)) line.remove_prefix(kBom.size());
  if (is_banner(line)) return Shape::banner;
  if (line.starts_with("#Software:") && icontains(line, "mailenable")) return Shape::banner;
  Timestamp t;
  const size_t used = scan_time(line, &t);
  if (used == 0) {
    // A W3C record in MailEnable's order: "2025-03-26 00:17:57 81.30.107.98 SMTP-IN ...".
    if (line.size() > 20 && line[10] == ' ' && scan_rfc3339(line.substr(0, 19), &t) == 19 &&
        (line.find(" SMTP-IN ") != npos || line.find(" SMTP-OU ") != npos))
      return Shape::record;
    return Shape::none;
  }
  if (used >= line.size()) return Shape::none;
  const sv rest = line.substr(used + 1);
  if (line[used] == '\t') {
    for (sv d : {"SMTP-IN\t", "SMTP-OU\t", "IMAP-IN\t", "POP3-IN\t", "POP-IN\t"})
      if (rest.starts_with(d)) return Shape::record;
    return Shape::none;
  }
  if (line[used] != ' ') return Shape::none;
  // A note with its code ("ME-E0055:"), or with the thread or message file
  // MailEnable's notes open with, or naming an address its way ("[SMTP:a@x]").
  const Note n = read_note(rest);
  if (n.level != 0 || !n.thread.empty() || !n.message.empty() || icontains(n.text, "[smtp:") || icontains(n.text, "mailenable"))
    return Shape::note;
  return Shape::plain;
}

}  // namespace

int mailenable_sniff(sv head) {
  int lines = 0, records = 0, plain = 0, foreign = 0;
  bool banner = false;
  for_each_head_line(head, [&](sv line) {
    if (line.empty()) return true;
    ++lines;
    if (line.starts_with('#') && !line.starts_with("#Software:")) return lines < 20;  // W3C's other directives
    switch (shape_of(line)) {
      case Shape::banner:
        banner = true, ++records;
        break;
      case Shape::record:
      case Shape::note:
        ++records;
        break;
      case Shape::plain:
        ++plain;
        break;
      case Shape::none:
        ++foreign;
        break;
    }
    return lines < 20;
  });
  if (records == 0 && plain == 0) return 0;
  // The banner names the writer: its debug notes need no code to be its.
  if (banner) return foreign * 2 > lines ? 0 : 100;
  return records * 100 / lines;
}

std::unique_ptr<LineParser> make_mailenable_parser(const FileContext& file) {
  return std::make_unique<MailEnableParser>(file);
}

}  // namespace mailtriage
