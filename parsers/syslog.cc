#include "parsers/syslog.h"

#include "parsers/short_text.h"

#include <algorithm>
#include <cstring>

namespace mailtriage {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// The number of ASCII digits (0 to 8) that open the 8 bytes at p, and their
// value in *value: a byte's high bit is set where it is not a digit, then the
// digits are moved to the top of the word and combined in three multiplications.
size_t leading_digits8(const char* p, uint32_t* value) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  constexpr uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL, kHigh = 0x8080808080808080ULL;
  const uint64_t above_nine = ((word & kLow7) + 0x4646464646464646ULL);  // high bit: byte >= ':'
  const uint64_t from_zero = ((word & kLow7) + 0x5050505050505050ULL);   // high bit: byte >= '0'
  const uint64_t not_digit = (above_nine | ~from_zero | word) & kHigh;
  const size_t n = not_digit ? size_t(__builtin_ctzll(not_digit)) / 8 : 8;
  if (n == 0) return 0;
  uint64_t v = (word - 0x3030303030303030ULL) << (64 - 8 * n);  // the digits, most significant first
  v = ((v & 0x0f0f0f0f0f0f0f0fULL) * 2561) >> 8;
  v = ((v & 0x00ff00ff00ff00ffULL) * 6553601) >> 16;
  v = ((v & 0x0000ffff0000ffffULL) * 42949672960001ULL) >> 32;
  *value = uint32_t(v);
  return n;
}

// Where the tag ("postfix/smtpd") ends: the first '[', ':' or ' ', or the end.
size_t tag_end(std::string_view s) { return find_first_of_bytes(s, 0, '[', ':', ' '); }

// The host's end (the first ' ') and the tag's end after it (the first '[',
// ':' or ' ' after that, from the tag's start), when both lie in the first 32
// bytes: "mx1 postfix/smtpd[2430]:" is 24. One pass over the bytes for both,
// rather than a search each. False when the bytes are fewer or it is not known.
bool host_and_tag_end32(std::string_view s, size_t* host_end, size_t* tag_end_after_host) {
#if defined(__SSE2__)
  if (s.size() < 32) return false;
  const __m128i space = _mm_set1_epi8(' '), bracket = _mm_set1_epi8('['), colon = _mm_set1_epi8(':');
  const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data()));
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + 16));
  const uint32_t spaces = uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(a, space))) |
                          uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(b, space))) << 16;
  const uint32_t marks = uint32_t(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(a, bracket), _mm_cmpeq_epi8(a, colon)))) |
                         uint32_t(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(b, bracket), _mm_cmpeq_epi8(b, colon))))
                             << 16;
  if (!spaces) return false;
  const unsigned host = unsigned(__builtin_ctz(spaces));
  if (host >= 31) return false;
  const uint32_t after = (spaces | marks) >> (host + 1);
  if (!after) return false;
  *host_end = host;
  *tag_end_after_host = unsigned(__builtin_ctz(after));
  return true;
#else
  (void)s, (void)host_end, (void)tag_end_after_host;
  return false;
#endif
}

[[gnu::always_inline]] inline bool parse_tag_and_message(std::string_view s, size_t i, SyslogRecord* out);
bool parse_after_facility_and_level(std::string_view s, SyslogRecord* out);

// "mail.info ", "daemon.err ", "local3.notice ": a syslog facility and level
// as their names, then a space (or `end`); their length with it, else 0.
size_t facility_and_level(std::string_view s, char separator, char end = ' ') {
  static constexpr std::string_view kFacilities[] = {
      "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp",
      "ntp", "security", "console", "audit", "clock", "local0", "local1", "local2", "local3", "local4", "local5",
      "local6", "local7"};
  static constexpr std::string_view kLevels[] = {"emerg", "panic", "alert", "crit",   "err",  "error",
                                                 "warning", "warn", "notice", "info", "debug"};
  const size_t dot = s.find(separator);
  if (dot == std::string_view::npos || dot > 8) return 0;
  const size_t sp = s.find(end, dot);
  if (sp == std::string_view::npos || sp - dot > 8) return 0;
  const std::string_view facility = s.substr(0, dot), level = s.substr(dot + 1, sp - dot - 1);
  const bool known = std::find(std::begin(kFacilities), std::end(kFacilities), facility) != std::end(kFacilities) &&
                     std::find(std::begin(kLevels), std::end(kLevels), level) != std::end(kLevels);
  return known ? sp + 1 : 0;
}

// An IPv4 address and a space at the start ("192.0.2.41 "): the sending
// host's address, as a central collector's template may write it before the
// time. Its length with the space, else 0.
size_t leading_ipv4(std::string_view s) {
  size_t i = 0;
  for (int part = 0; part < 4; ++part) {
    const size_t start = i;
    while (i < s.size() && i - start < 3 && digit(s[i])) ++i;
    if (i == start) return 0;
    if (part < 3) {
      if (i >= s.size() || s[i] != '.') return 0;
      ++i;
    }
  }
  return i < s.size() && s[i] == ' ' ? i + 1 : 0;
}

// "host program[pid]: message" after the timestamp (RFC 3164 / RFC 3339 files).
// "[ID 801593 mail.info] text" -> "text"; anything else unchanged.
[[gnu::noinline]] std::string_view after_solaris_message_id(std::string_view m) {
  if (!m.starts_with("[ID ")) return m;
  size_t i = 4;
  while (i < m.size() && digit(m[i])) ++i;
  if (i == 4 || i >= m.size() || m[i] != ' ') return m;
  const size_t n = facility_and_level(m.substr(i + 1), '.', ']');  // "mail.info]"
  if (n == 0 || i + 1 + n >= m.size() || m[i + 1 + n] != ' ') return m;
  return m.substr(i + 1 + n + 1);
}

// "lmtp(user)<pid><session>:", "imap-login:", "master:": one of Dovecot's
// process names, then groups in parentheses and angle brackets. (Only its
// names: an application's "app: Error: ..." after a time is not Dovecot's.)
bool is_dovecot_process(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "master", "lmtp", "lda", "deliver", "imap", "pop3", "submission", "managesieve", "imap-login", "pop3-login",
      "submission-login", "managesieve-login", "auth", "auth-worker", "anvil", "config", "stats", "dict", "indexer",
      "indexer-worker", "doveadm", "doveconf", "quota-status", "replicator", "aggregator", "director", "log",
      "dns-client", "imap-hibernate", "imap-urlauth", "imap-urlauth-login", "imap-urlauth-worker"};
  for (std::string_view n : kNames)
    if (name == n) return true;
  return false;
}

bool is_dovecot_log_prefix(std::string_view word) {
  size_t i = 0;
  while (i < word.size() && ((word[i] >= 'a' && word[i] <= 'z') || digit(word[i]) || word[i] == '-')) ++i;
  if (!is_dovecot_process(word.substr(0, i))) return false;
  while (i < word.size() && (word[i] == '(' || word[i] == '<')) {
    const char close = word[i] == '(' ? ')' : '>';
    const size_t end = word.find(close, i + 1);
    if (end == std::string_view::npos) return false;
    i = end + 1;
  }
  return i + 1 == word.size() && word[i] == ':';
}

// Dovecot's own log file (log_path): no host and no syslog tag, the process's
// log prefix and a level word after the time, in either order
// ("lmtp(ann@example.org)<4711><Yb3...>: Info: msgid=<...>: saved mail to INBOX",
// "master: Warning: service(lmtp): client_limit (1) reached, ...",
// "Fatal: master: service(lmtp): child 25100 killed with signal 9 (out of memory)").
// The record is Dovecot's, its message the prefix and what follows, as in
// syslog (where the level is written too, except "Info").

[[gnu::noinline]] bool parse_dovecot_log_file_line(std::string_view s, size_t first_space, SyslogRecord* out) {
  const std::string_view first = s.substr(0, first_space);
  const size_t second_end = find_byte(s, first_space + 1, ' ');
  if (second_end == s.size()) return false;
  const std::string_view second = s.substr(first_space + 1, second_end - first_space - 1);
  const bool first_is_level = dovecot_level_length(s) == first.size() + 1;
  const bool second_is_level = dovecot_level_length(s.substr(first_space + 1)) == second.size() + 1;
  if (!(is_dovecot_log_prefix(first) && second_is_level) && !(first_is_level && is_dovecot_log_prefix(second)))
    return false;
  out->program = "dovecot";
  out->message = s;
  return true;
}

}  // namespace

size_t dovecot_level_length(std::string_view s) {
  for (std::string_view level : {"Info: ", "Warning: ", "Error: ", "Fatal: ", "Panic: ", "Debug: "})
    if (s.starts_with(level)) return level.size();
  return 0;
}

namespace {

bool parse_tail(std::string_view s, SyslogRecord* out) {
  size_t sp, i;
  if (!host_and_tag_end32(s, &sp, &i)) {
    sp = find_byte(s, 0, ' ');  // inline: a host name is a few bytes
    if (sp == 0 || sp == s.size()) return false;
    i = tag_end(s.substr(sp + 1));
  }
  if (sp == 0) return false;
  // (A host name never ends in ':'; a Dovecot log prefix does.)
  if (sp > 2 && s[sp - 1] == ':' && s[sp - 2] != ']') [[unlikely]]
    if (parse_dovecot_log_file_line(s, sp, out)) return true;
  // No host, the tag first: a Heroku drain's source and dyno ("2025-03-04T11:10:20.000000+00:00
  // app[web.1]: message", "heroku[router]: ..."), or a container's syslog template without the
  // host ("... postfix/smtpd[412]: ..."). A host name holds no '[' and does not end in "]:".
  if (sp > 3 && s[sp - 1] == ':' && s[sp - 2] == ']') [[unlikely]]
    if (const size_t open = s.find('['); open > 0 && open < sp - 2) {
      const std::string_view id = s.substr(open + 1, sp - 2 - open - 1);
      const bool dyno = std::any_of(id.begin(), id.end(), [](char c) { return c >= 'g' && c <= 'z'; });
      if (!dyno) return parse_tag_and_message(s, open, out);
      out->program = s.substr(0, open);
      out->message = s.substr(sp + 1);
      return true;
    }
  out->host = s.substr(0, sp);
  s.remove_prefix(sp + 1);
  // (A space where the tag would end: perhaps a facility and level first.)
  if (i < s.size() && s[i] == ' ') [[unlikely]]
    return parse_after_facility_and_level(s, out);
  // AIX's syslogd writes them with a colon ("mailgw01 mail:info sendmail[4725872]: ...").
  if (i + 1 < s.size() && s[i] == ':' && s[i + 1] != ' ') [[unlikely]]
    if (const size_t n = facility_and_level(s, ':')) {
      s.remove_prefix(n);
      return parse_tag_and_message(s, tag_end(s), out);
    }
  return parse_tag_and_message(s, i, out);
}

// A collector's template that writes the facility and level after the host
// (syslog-ng's "${HOST} ${FACILITY}.${LEVEL} ${MSGHDR}${MSG}": "mx4 mail.info
// postfix/smtp[5120]: ..."): the tag follows them.
[[gnu::noinline]] bool parse_after_facility_and_level(std::string_view s, SyslogRecord* out) {
  const size_t n = facility_and_level(s, '.');
  if (n == 0) {
    // Or a space between the program and its pid: SOGo's (GNUstep's) logger
    // writes "sogod [96]: SOGoRootPage Login from ...".
    const size_t sp = find_byte(s, 0, ' ');
    if (sp == 0 || sp > 32 || sp + 2 >= s.size() || s[sp + 1] != '[' || !digit(s[sp + 2])) return false;
    if (!parse_tag_and_message(s, sp + 1, out)) return false;
    out->program = s.substr(0, sp);
    return true;
  }
  s.remove_prefix(n);
  return parse_tag_and_message(s, tag_end(s), out);
}

// "program[pid]: message" or "program: message", the tag ending at s[i].
// (Inlined: it is the tail of every syslog line's parse.)
[[gnu::always_inline]] inline bool parse_tag_and_message(std::string_view s, size_t i, SyslogRecord* out) {
  // The tag ends at '[' (pid follows) or ':'; a space first means no tag.
  if (i == 0 || i >= s.size() || s[i] == ' ') return false;
  out->program = s.substr(0, i);
  if (s[i] == '[') {
    uint32_t pid = 0;
    size_t j = i + 1;
    size_t digits = 0;
    // The digits of a pid: their number changes from line to line, and a
    // loop per digit mispredicted its end on most lines; with eight bytes to
    // read, they are counted and read at once.
    if (j + 8 <= s.size()) digits = leading_digits8(s.data() + j, &pid);
    j += digits;
    if (digits == 8 || digits == 0) {
      pid = 0, j = i + 1;
      while (j < s.size() && digit(s[j])) pid = pid * 10 + uint32_t(s[j++] - '0');
    }
    if (j < s.size() && s[j] != ']') {
      // Not a decimal number: dma tags its lines with hex ids, alone or two joined by a dot
      // ("dma[1a4f2]:", "dma[1a4f2.55d0e3a6c2a0]:"); the record has no pid. Anything else is no tag.
      auto hex = [&](size_t k) { return digit(s[k]) || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'f'); };
      size_t k = i + 1, dots = 0;
      while (k < s.size() && k - i <= 40 && (hex(k) || s[k] == '.')) dots += s[k++] == '.';
      if (dots <= 1 && k < s.size() && s[k] == ']' && s[i + 1] != '.' && s[k - 1] != '.') j = k;
      pid = 0;
    }
    if (j >= s.size() || s[j] != ']') return false;
    out->pid = pid;
    i = j + 1;
    if (i >= s.size() || s[i] != ':') return false;
  }
  ++i;  // ':'
  if (i < s.size() && s[i] == ' ') ++i;
  out->message = s.substr(i);
  // Solaris' syslogd puts a message id and the facility and level first
  // ("sendmail[1234]: [ID 801593 mail.info] 53864w0...: to=...").
  if (i < s.size() && s[i] == '[') [[unlikely]]
    out->message = after_solaris_message_id(out->message);
  return true;
}

// RFC 5424: "1 TIMESTAMP HOST APP PROCID MSGID SD MSG" (after "<PRI>").
bool parse_rfc5424(std::string_view s, SyslogRecord* out) {
  if (s.size() < 4 || s[0] != '1' || s[1] != ' ') return false;
  s.remove_prefix(2);
  auto next_field = [&](std::string_view* field) {
    size_t sp = s.find(' ');
    if (sp == std::string_view::npos) return false;
    *field = s.substr(0, sp);
    s.remove_prefix(sp + 1);
    return true;
  };
  std::string_view ts, host, app, procid, msgid;
  if (!next_field(&ts) || !next_field(&host) || !next_field(&app) || !next_field(&procid) || !next_field(&msgid))
    return false;
  if (ts != "-" && scan_rfc3339(ts, &out->time) != ts.size()) return false;
  out->host = host == "-" ? std::string_view() : host;
  out->program = app == "-" ? std::string_view() : app;
  uint32_t pid = 0;
  for (char c : procid) {
    if (!digit(c)) { pid = 0; break; }
    pid = pid * 10 + uint32_t(c - '0');
  }
  out->pid = pid;
  // Structured data: "-" or one or more [id k="v" ...] elements; ']' may be escaped.
  if (!s.empty() && s[0] == '-') {
    s.remove_prefix(1);
  } else {
    while (!s.empty() && s[0] == '[') {
      size_t i = 1;
      bool quoted = false;
      for (; i < s.size(); ++i) {
        if (s[i] == '\\') { ++i; continue; }
        if (s[i] == '"') quoted = !quoted;
        else if (s[i] == ']' && !quoted) break;
      }
      if (i >= s.size()) return false;
      s.remove_prefix(i + 1);
    }
  }
  if (!s.empty() && s[0] == ' ') s.remove_prefix(1);
  if (s.size() >= 3 && uint8_t(s[0]) == 0xEF && uint8_t(s[1]) == 0xBB && uint8_t(s[2]) == 0xBF) s.remove_prefix(3);
  out->message = s;
  return true;
}

// journalctl -o short-monotonic: "[  1234.567890] " (seconds since boot, at
// least one space of padding after the bracket in practice, none required).
// Returns the bytes used, or 0. It gives no wall-clock time: the record's time
// stays invalid, as for bare messages.
size_t scan_monotonic_prefix(std::string_view s) {
  if (s.size() < 5 || s[0] != '[') return 0;
  size_t i = 1;
  while (i < s.size() && i < 16 && s[i] == ' ') ++i;
  const size_t digits_start = i;
  while (i < s.size() && digit(s[i]) && i - digits_start < 12) ++i;
  if (i == digits_start || i >= s.size() || s[i] != '.') return 0;
  const size_t fraction_start = ++i;
  while (i < s.size() && digit(s[i]) && i - fraction_start < 9) ++i;
  if (i == fraction_start || i >= s.size() || s[i] != ']') return 0;
  return i + 1;
}

// "INFO    ", "WARNING ", "ERR     ": an upper-case severity padded with
// spaces to eight columns (the padding tells it from a host named "INFO"); its length.
size_t padded_severity(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && i < 8 && s[i] >= 'A' && s[i] <= 'Z') ++i;
  if (i == 0 || i + 1 > s.size() || s[i] != ' ') return 0;
  size_t end = i;
  while (end < s.size() && s[end] == ' ') ++end;
  if (end < 8) return 0;
  return names_log_level(s.substr(0, i)) ? end : 0;
}

}  // namespace

// A collector's template that opens with the sender's address before an RFC
// 3339 time ("${SOURCEIP} ${ISODATE} ${HOST} ..."): the line after the address.
// (Out of line: a line that opens with its time never gets here.)
[[gnu::noinline]] static bool parse_after_source_address(std::string_view line, YearInference& years,
                                                         SyslogRecord* out) {
  const size_t ip = leading_ipv4(line);
  if (!ip || ip + 20 > line.size() || !digit(line[ip]) || leading_ipv4(line.substr(ip))) return false;
  Timestamp time;
  if (!scan_rfc3339(line.substr(ip), &time)) return false;
  return parse_syslog_line(line.substr(ip), years, out);
}

bool names_log_level(std::string_view word) {
  static constexpr std::string_view kLevels[] = {"TRACE", "DEBUG", "INFO",   "NOTICE", "WARN",     "WARNING",
                                                 "ERR",   "ERROR", "SEVERE", "CRIT",   "CRITICAL", "FATAL",
                                                 "ALERT", "EMERG", "PANIC"};
  return std::find(std::begin(kLevels), std::end(kLevels), word) != std::end(kLevels);
}

bool parse_syslog_line(std::string_view line, YearInference& years, SyslogRecord* out) {
  *out = SyslogRecord();
  // Optional "<PRI>" as written by some relays and by RFC 5424 senders.
  if (!line.empty() && line[0] == '<') {
    size_t close = line.find('>');
    if (close == std::string_view::npos || close > 4) return false;
    line.remove_prefix(close + 1);
    if (parse_rfc5424(line, out)) return true;
  }
  size_t used = 0;
  bool rfc3339_time = false;
  if (!line.empty() && digit(line[0])) {
    used = scan_rfc3339(line, &out->time);
    rfc3339_time = used != 0;
    if (!used) used = scan_unix_seconds(line, &out->time);  // journalctl -o short-unix
    if (!used) used = scan_sophos_datetime(line, &out->time);  // Sophos UTM: "2025:03:04-10:12:33"
    // A collector's template that opens with the sender's address
    // ("${SOURCEIP} ${ISODATE} ..."): the line's time follows it.
  } else {
    used = scan_bsd_timestamp(line, years, &out->time);
    if (!used) used = scan_weekday_datetime(line, &out->time);  // journalctl -o short-full
    if (!used) used = scan_monotonic_prefix(line);              // journalctl -o short-monotonic: no time
  }
  if (!used || used >= line.size() || line[used] != ' ') [[unlikely]]
    return parse_after_source_address(line, years, out);
  line.remove_prefix(used + 1);
  // A severity in the host's place, padded, then the tag: rsyslog's template in
  // mail containers such as boky/postfix ("2025-03-11T06:41:30.104512+00:00
  // INFO    postfix/smtpd[412]: connect from ..."). The record names no host.
  if (rfc3339_time && !line.empty() && line[0] >= 'A' && line[0] <= 'Z')
    if (const size_t n = padded_severity(line)) {
      line.remove_prefix(n);
      return parse_tag_and_message(line, tag_end(line), out);
    }
  // FreeBSD's syslogd -v writes "<facility.level>" (or the numeric "<pri>")
  // between the timestamp and the host: "Jun 17 14:37:39 <mail.notice> host sm-mta[1]: ...".
  if (!line.empty() && line[0] == '<') {
    size_t i = 1;
    while (i < line.size() && i < 24 &&
           ((line[i] >= 'a' && line[i] <= 'z') || digit(line[i]) || line[i] == '.'))
      ++i;
    if (i > 1 && i + 1 < line.size() && line[i] == '>' && line[i + 1] == ' ') line.remove_prefix(i + 2);
  }
  return parse_tail(line, out);
}

std::string_view after_container_prefix(std::string_view line) {
  // A Kubernetes node's container log (the CRI format kubelet writes under
  // /var/log/pods): the time, the stream, "F" for a full line or "P" for a
  // part, then the container's line as it wrote it, indentation kept
  // ('2025-03-04T10:11:20.123456789Z stderr F     at SMTPConnection...').
  if (!line.empty() && digit(line[0])) {
    const size_t sp = find_byte(line, 0, ' ');
    if (sp >= 20 && sp <= 36 && sp + 10 <= line.size()) {
      const std::string_view stream = line.substr(sp + 1, 9);
      if (stream == "stdout F " || stream == "stderr F " || stream == "stdout P " || stream == "stderr P ") {
        Timestamp t;
        if (scan_rfc3339(line, &t) == sp) return line.substr(sp + 10);
      }
    }
  }
  // `docker logs --timestamps` of one container: the time docker received
  // the line, then the container's own line with a time of its own
  // ('2025-06-03T07:02:13.720048000Z Jun  3 07:02:13 mail postfix/smtpd[1]: ...').
  // (A syslog line stamped in RFC 3339 has its host there instead.)
  if (!line.empty() && digit(line[0])) {
    Timestamp received;
    const size_t n = scan_rfc3339(line, &received);
    if (n >= 20 && n + 16 < line.size() && line[n] == ' ' && line[n - 1] == 'Z') {
      const std::string_view own = line.substr(n + 1);
      Timestamp inner;
      if ((month_from_abbrev(own.data()) != 0 && own[3] == ' ') || (digit(own[0]) && scan_rfc3339(own, &inner) > 0))
        return own;
    }
  }
  // Grafana Loki's logcli (--output=default): the entry's time, its stream's
  // labels, then the line as it was shipped
  // ('2025-03-13T10:07:13Z {filename="/var/log/mail.log", host="mx1"}  <line>').
  // (The time is read only where a label set follows within a time's length:
  // the client reader asks this of every line, most of them stamped otherwise.)
  if (!line.empty() && digit(line[0]) && line.substr(0, 40).find(" {") != std::string_view::npos) {
    Timestamp shipped;
    const size_t n = scan_rfc3339(line, &shipped);
    // (Label names are bare words, `{host="mx1"}`; a JSON record opens with a quote.)
    const auto label_start = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
    if (n && n + 2 < line.size() && line[n] == ' ' && line[n + 1] == '{' && label_start(line[n + 2])) {
      const size_t close = line.find("} ", n + 2);
      if (close == std::string_view::npos) return {};
      size_t i = close + 1;
      while (i < line.size() && line[i] == ' ') ++i;
      return line.substr(i);
    }
  }
  // The service's name (compose v2 "name-1", v1 "name_1"; pm2's "0|app"),
  // padded with spaces to the longest name in the output, then "| ".
  size_t i = 0;
  while (i < line.size() && i < 64 &&
         ((line[i] >= 'a' && line[i] <= 'z') || (line[i] >= 'A' && line[i] <= 'Z') || digit(line[i]) ||
          line[i] == '-' || line[i] == '_' || line[i] == '.' || (line[i] == '|' && i > 0)))
    ++i;
  if (i == 0 || i >= line.size() || line[i] != ' ') return {};
  while (i < line.size() && i < 96 && line[i] == ' ') ++i;
  if (i + 1 >= line.size() || line[i] != '|' || line[i + 1] != ' ') return {};
  std::string_view rest = line.substr(i + 2);
  // --timestamps: "2025-01-28T14:22:07.123456789Z " before the container's own
  // line, which has a time of its own ("Jun 10 10:52:30 host ...", an RFC 3339
  // one); a time followed by a host is the syslog line's own.
  Timestamp received;
  if (const size_t n = scan_rfc3339(rest, &received); n && n + 5 < rest.size() && rest[n] == ' ') {
    const std::string_view after = rest.substr(n + 1);
    if (digit(after[0]) || (month_from_abbrev(after.data()) != 0 && after[3] == ' ')) rest = after;
  }
  return rest;
}

namespace {
// The value of a Loki label ('syslog_identifier="postfix/smtpd"') in a label
// set, the key at a label's start; empty when the set has none.
std::string_view loki_label(std::string_view labels, std::string_view key) {
  for (size_t at = labels.find(key); at != std::string_view::npos; at = labels.find(key, at + 1)) {
    if (at > 0 && labels[at - 1] != ' ' && labels[at - 1] != ',' && labels[at - 1] != '{') continue;
    const size_t open = at + key.size();
    if (labels.substr(open, 2) != "=\"") continue;
    const size_t close = labels.find('"', open + 2);
    if (close == std::string_view::npos) return {};
    return labels.substr(open + 2, close - open - 2);
  }
  return {};
}

// logcli's line of a journal entry shipped without its envelope (promtail's
// journal target keeps the program as a label: 'syslog_identifier="postfix/smtpd"'):
// the record from the entry's time, the host and program labels and the bare
// message. False when the line is no such line.
bool read_loki_journal_entry(std::string_view line, std::string_view message, SyslogRecord* out) {
  if (line.empty() || !digit(line[0])) return false;
  Timestamp shipped;
  const size_t n = scan_rfc3339(line, &shipped);
  if (!n || n + 2 >= line.size() || line[n] != ' ' || line[n + 1] != '{') return false;
  const size_t close = line.find("} ", n + 2);
  if (close == std::string_view::npos) return false;
  const std::string_view labels = line.substr(n + 1, close - n);
  std::string_view program = loki_label(labels, "syslog_identifier");
  if (program.empty()) program = loki_label(labels, "SYSLOG_IDENTIFIER");
  if (program.empty()) return false;
  out->time = shipped;
  out->host = loki_label(labels, "host");
  if (out->host.empty()) out->host = loki_label(labels, "hostname");
  out->program = program;
  out->pid = 0;
  out->message = message;
  return true;
}
}  // namespace

ContainerLine parse_container_line(std::string_view line, YearInference& years, SyslogRecord* out,
                                   std::string_view* inner_out) {
  const std::string_view inner = after_container_prefix(line);
  if (inner_out) *inner_out = inner;
  if (inner.empty()) return ContainerLine::none;
  if (parse_syslog_line(inner, years, out)) return ContainerLine::syslog;
  return read_loki_journal_entry(line, inner, out) ? ContainerLine::syslog : ContainerLine::other_output;
}

bool is_journalctl_marker(std::string_view line) {
  return line.size() >= 8 && line.size() <= 200 && line.substr(0, 3) == "-- " &&
         line.substr(line.size() - 3) == " --";
}

}  // namespace mailtriage
