#include "parsers/smtp_codes.h"

#include <algorithm>
#include <string>

#include "parsers/bounce_text.h"

namespace mailtriage {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A code or status must stand alone: not glued to letters, digits or dots.
bool is_boundary(char c) { return !(is_digit(c) || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')); }

// Length of an enhanced status starting at s[i], or 0.
size_t status_length_at(std::string_view s, size_t i) {
  size_t j = i;
  if (j >= s.size() || (s[j] != '2' && s[j] != '4' && s[j] != '5')) return 0;
  ++j;
  for (int part = 0; part < 2; ++part) {
    if (j >= s.size() || s[j] != '.') return 0;
    ++j;
    size_t start = j;
    while (j < s.size() && is_digit(s[j]) && j - start < 4) ++j;
    if (j == start || j - start > 3) return 0;
  }
  if (j < s.size() && (is_digit(s[j]) || (s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1])))) return 0;
  return j - i;
}

// Numbers that name something else: "protocol version 301", "on line 252",
// "port 250", "pid 421". The word right before the number says so.
bool follows_counting_word(std::string_view text, size_t i) {
  static constexpr std::string_view kWords[] = {"version", "line", "port", "pid", "errno"};
  if (i == 0 || text[i - 1] != ' ') return false;
  size_t end = i - 1, start = end;
  while (start > 0 && (char(text[start - 1] | 0x20) >= 'a' && char(text[start - 1] | 0x20) <= 'z')) --start;
  std::string_view word = text.substr(start, end - start);
  for (std::string_view w : kWords)
    if (bounce::iequals(word, w)) return true;
  return false;
}

}  // namespace

bool follows_http_status_key(std::string_view text, size_t at) {
  const size_t end = at + 3;
  const bool field_ends = end == text.size() || (end < text.size() && (text[end] == ',' || text[end] == '}' || text[end] == ' '));
  if (!field_ends || at == 0) return false;
  std::string_view before = text.substr(0, at);
  while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == '=')) before.remove_suffix(1);
  // (A record inside another's string escapes its quotes: body="{\"status\":500}".)
  while (!before.empty() && before.back() == '\\') before.remove_suffix(1);
  const bool quoted = !before.empty() && before.back() == '"';
  if (quoted) {
    before.remove_suffix(1);
    while (!before.empty() && before.back() == '\\') before.remove_suffix(1);
  }
  for (std::string_view key : {"status", "statusCode", "status_code", "http_status"})
    if (before.ends_with(key) && (quoted ? before.size() > key.size() && before[before.size() - key.size() - 1] == '"'
                                         : text[at - 1] == '=' && (before.size() == key.size() ||
                                                                   before[before.size() - key.size() - 1] == ' ')))
      return true;
  return false;
}

bool opens_quoted_http_status(std::string_view text, size_t at) {
  if (at == 0 || text[at - 1] != '"' || at + 3 >= text.size() || text[at + 3] != ':') return false;
  size_t after = at + 4;
  while (after < text.size() && text[after] == ' ') ++after;
  return status_length_at(text, after) == 0;
}

bool is_enhanced_status(std::string_view s) { return !s.empty() && status_length_at(s, 0) == s.size(); }

std::string_view leading_enhanced_status(std::string_view s) {
  std::string_view token = s.substr(0, s.find(' '));
  return is_enhanced_status(token) ? token : std::string_view();
}

void find_smtp_codes(std::string_view text, uint16_t* reply_code, std::string_view* status) {
  bool want_code = reply_code && *reply_code == 0;
  bool want_status = status && status->empty();
  for (size_t i = 0; i < text.size() && (want_code || want_status); ++i) {
    char c = text[i];
    if (c < '2' || c > '5') continue;
    if (i > 0 && !is_boundary(text[i - 1])) continue;
    // "ssl3_record.c:332:" and "host:465" are source lines and ports, not replies.
    bool after_name_colon = i >= 2 && text[i - 1] == ':' && !is_boundary(text[i - 2]);
    if (want_status) {
      size_t n = status_length_at(text, i);
      if (n) {
        *status = text.substr(i, n);
        want_status = false;
        i += n - 1;
        continue;
      }
    }
    // Reply codes: [2-5][0-5][0-9] followed by space, '-', end, or punctuation
    // (so "port 587" or "errno 110" never count).
    // The second half of a hyphenated number is no reply: a device's fault code
    // (Xerox's "016-503", SMTP server name not resolved), a date, a ticket number.
    // (A status may follow a code so: "550-5.7.1".)
    const bool after_hyphenated_number = i >= 2 && text[i - 1] == '-' && is_digit(text[i - 2]);
    if (want_code && !after_name_colon && !after_hyphenated_number && i + 2 < text.size() && is_digit(text[i + 1]) &&
        text[i + 1] <= '5' &&
        is_digit(text[i + 2])) {
      char next = i + 3 < text.size() ? text[i + 3] : ' ';
      if (next == ' ' || next == '-' || next == ',' || next == ')' || next == ']' || next == '\'' ||
          next == '"' || next == ';' || next == ':' || next == '\t') {
        // RFC 5321 and 4954 give the 3xx class two replies, 354 and 334: "300 seconds"
        // and "(300/300 (100%))" (cPanel's hourly count) are not replies; nor is a number
        // after a slash, the second half of a ratio.
        const bool reply_of_its_class = c != '3' || (text[i + 1] == '5' && text[i + 2] == '4') ||
                                        (text[i + 1] == '3' && text[i + 2] == '4');
        // (Nor is a bare 40x or 41x: no SMTP reply of class 4 has a second digit
        // 0 or 1; Sendmail's "403 4.7.0 TLS handshake." has its status after it.)
        size_t after = i + 3;
        while (after < text.size() && (text[after] == ' ' || text[after] == '-')) ++after;
        const bool http_like = c == '4' && text[i + 1] <= '1' && status_length_at(text, after) == 0;
        if (reply_of_its_class && !http_like && !(i > 0 && text[i - 1] == '/') && !follows_counting_word(text, i) &&
            !follows_http_status_key(text, i) && !opens_quoted_http_status(text, i)) {
          *reply_code = uint16_t((c - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0'));
          want_code = false;
        }
      }
    }
  }
}

std::string_view find_smtp_command(std::string_view text) {
  struct Form {
    std::string_view text;
    std::string_view command;
  };
  // Postfix, Exim, Sendmail, qmail, Yahoo, Microsoft and others, most specific first.
  static constexpr Form kForms[] = {
      {"in reply to end of data", "DATA"}, {"in reply to data", "DATA"},
      {"in reply to rcpt to", "RCPT"},     {"in reply to mail from", "MAIL"},
      {"in reply to helo", "HELO"},        {"in reply to ehlo", "EHLO"},
      {"in reply to starttls", "STARTTLS"}, {"in reply to auth", "AUTH"},
      {"after end of data", "DATA"},       {"after data", "DATA"},
      {"after rcpt to", "RCPT"},           {"after mail from", "MAIL"},
      {"after initial connection", "CONN"}, {"after helo", "HELO"}, {"after ehlo", "EHLO"},
      {"after pipelined", "RCPT"},         {">>> rcpt to", "RCPT"}, {">>> mail from", "MAIL"},
      {">>> data", "DATA"},                {"[rcpt_to]", "RCPT"},   {"smtp:rcpt", "RCPT"},
      {"following rcpt command", "RCPT"},  {"rcpt to response", "RCPT"}, {"for text command", "DATA"},
      {"after rcpt command", "RCPT"},      {"our final data", "DATA"},
      // IONOS's "SMTP error from remote server for RCPT TO command, host: ..." (its "for TEXT command" above)
      {"for rcpt to command", "RCPT"},     {"for mail from command", "MAIL"},
      // qmail and its descendants, and Sun/Oracle Messaging Server
      {"does not like recipient", "RCPT"}, {"failed after i sent the message", "DATA"},
      {"but sender was rejected", "MAIL"},  {"but my name was rejected", "HELO"},
      {"but greeting failed", "CONN"},
      // mini_sendmail's "unexpected response 550 to RCPT TO command"
      {"to rcpt to command", "RCPT"},       {"to mail from command", "MAIL"}, {"to data command", "DATA"},
      // SendGrid's and Twilio's reports end the reply with the stage: "... mailbox unavailable in RCPT TO"
      {"in rcpt to", "RCPT"},               {"in mail from", "MAIL"},
  };
  // All the forms in one case-insensitive pass (a bounce's whole text block
  // is searched, and a search per form went over it thirty times); the form
  // earliest in the list wins wherever it stands.
  // (MarkerSet keeps views into the list: the list is static too.)
  static const std::string kList = [] {
    std::string joined;
    for (const Form& f : kForms) joined.append(joined.empty() ? "" : "|").append(f.text);
    return joined;
  }();
  static const bounce::MarkerSet kMarkers(kList);
  size_t best = std::size(kForms);
  kMarkers.scan(text, 0, [&](size_t, size_t index) {
    best = std::min(best, index);
    return best != 0;
  });
  return best < std::size(kForms) ? kForms[best].command : std::string_view();
}

namespace {

// The parenthesized reason of a status line ("... status=deferred (connect to mx2[...]:25:
// Connection timed out)"), empty when it has none.
std::string_view status_reason(std::string_view line) {
  const size_t status = line.find("status=");
  if (status == std::string_view::npos) return {};
  const size_t open = line.find(" (", status);
  if (open == std::string_view::npos || line.back() != ')') return {};
  return line.substr(open + 2, line.size() - open - 3);
}

// What an attempt's text says once the server is named: after "host[address]" and its
// ":port", up to the reply's enhanced status when it quotes one; *verb its first word
// ("connect", "host", "lost", "conversation"). Empty when it names no bracketed address.
std::string_view error_after_host(std::string_view text, std::string_view* verb) {
  const size_t close = text.find(']');
  if (close == std::string_view::npos) return {};
  *verb = text.substr(0, text.find(' '));
  std::string_view tail = text.substr(close + 1);
  if (tail.starts_with(':')) {
    size_t i = 1;
    while (i < tail.size() && is_digit(tail[i])) ++i;
    tail.remove_prefix(i);
  }
  for (std::string_view marker : {std::string_view("said: "), std::string_view("talk to me: ")}) {
    const size_t at = tail.find(marker);
    if (at == std::string_view::npos) continue;
    size_t end = at + marker.size();
    if (end + 3 > tail.size() || !is_digit(tail[end])) break;
    end += 3;  // the reply code, then its enhanced status ("421-4.7.0", "550 5.1.1")
    if (end < tail.size() && (tail[end] == ' ' || tail[end] == '-'))
      if (const size_t status = status_length_at(tail, end + 1)) end += 1 + status;
    return tail.substr(0, end);
  }
  return tail;
}

}  // namespace

bool same_error_from_another_host(std::string_view attempt_text, std::string_view status_line) {
  std::string_view attempt_verb, status_verb;
  const std::string_view attempt_error = error_after_host(attempt_text, &attempt_verb);
  const std::string_view status_error = error_after_host(status_reason(status_line), &status_verb);
  return !attempt_error.empty() && attempt_verb == status_verb && attempt_error == status_error;
}

}  // namespace mailtriage
