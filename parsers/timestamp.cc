#include "parsers/timestamp.h"

#include <cstring>

#include "parsers/short_text.h"

namespace mailtriage {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
int two(const char* p) { return (p[0] - '0') * 10 + (p[1] - '0'); }

// The digits of a fraction of a second, from `from` (after its separator):
// *micros gets them as microseconds (digits past the sixth are read and
// dropped); returns where they end (`from` when there are none).
size_t fraction_digits(std::string_view s, size_t from, int64_t* micros) {
  int64_t scale = 100000;
  *micros = 0;
  size_t i = from;
  for (; i < s.size() && digit(s[i]); ++i)
    if (scale) *micros += (s[i] - '0') * scale, scale /= 10;
  return i;
}

void civil_from_days(int64_t z, int64_t* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = unsigned(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t yy = int64_t(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (*m <= 2);
}

}  // namespace

// Checked on the three bytes as one integer: no locale, no table search.
unsigned month_from_abbrev(const char* p) {
  uint32_t key = (uint32_t(uint8_t(p[0])) << 16) | (uint32_t(uint8_t(p[1])) << 8) | uint8_t(p[2]);
  switch (key) {
    case ('J' << 16) | ('a' << 8) | 'n': return 1;
    case ('F' << 16) | ('e' << 8) | 'b': return 2;
    case ('M' << 16) | ('a' << 8) | 'r': return 3;
    case ('A' << 16) | ('p' << 8) | 'r': return 4;
    case ('M' << 16) | ('a' << 8) | 'y': return 5;
    case ('J' << 16) | ('u' << 8) | 'n': return 6;
    case ('J' << 16) | ('u' << 8) | 'l': return 7;
    case ('A' << 16) | ('u' << 8) | 'g': return 8;
    case ('S' << 16) | ('e' << 8) | 'p': return 9;
    case ('O' << 16) | ('c' << 8) | 't': return 10;
    case ('N' << 16) | ('o' << 8) | 'v': return 11;
    case ('D' << 16) | ('e' << 8) | 'c': return 12;
    // German, where a syslog daemon writes the locale's names ("Okt 15 23:48:15"):
    // the ones that differ from the English and fit three letters.
    case ('M' << 16) | ('r' << 8) | 'z': return 3;
    case ('M' << 16) | ('a' << 8) | 'i': return 5;
    case ('O' << 16) | ('k' << 8) | 't': return 10;
    case ('D' << 16) | ('e' << 8) | 'z': return 12;
    default: return 0;
  }
}

int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = unsigned(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + int64_t(doe) - 719468;
}

YearInference::YearInference(std::time_t reference) {
  if (reference == 0) reference = std::time(nullptr);
  int64_t y;
  unsigned m, d;
  civil_from_days(int64_t(reference) / 86400, &y, &m, &d);
  reference_year_ = int(y);
  reference_month_ = m;
}

int YearInference::year_for(unsigned month) {
  last_size_ = 0;  // the year may step: the last text read is not known to repeat
  if (last_month_ == 0) {
    // The first line: a month later than the file's last write is last year's.
    current_year_ = month > reference_month_ ? reference_year_ - 1 : reference_year_;
  } else if (month < last_month_ && last_month_ - month >= 6) {
    ++current_year_;  // December -> January rollover inside the file
  } else if (month > last_month_ && month - last_month_ >= 6) {
    --current_year_;  // out-of-order line from just before a rollover
  }
  last_month_ = month;
  return current_year_;
}

size_t scan_bsd_timestamp(std::string_view s, YearInference& years, Timestamp* out) {
  // "Mmm dd hh:mm:ss" = 15 bytes, the day space-padded ("Mar  7"); some relays
  // and tools drop the padding ("Mar 7 02:09:33", 14 bytes).
  if (s.size() < 14) return 0;
  const char* p = s.data();
  const size_t last = years.last_size_;
  if (last && s.size() >= last && (s.size() == last || s[last] != '.') && same_prefix(p, years.last_text_, last - 2)) {
    const char s1 = p[last - 2], s2 = p[last - 1];  // the seconds
    if (s1 == years.last_text_[last - 2] && s2 == years.last_text_[last - 1]) {
      out->epoch_us = years.last_epoch_us_;
    } else if (digit(s1) && digit(s2) && two(p + last - 2) <= 60) {
      out->epoch_us = years.last_minute_us_ + int64_t(two(p + last - 2)) * 1000000;
      years.last_text_[last - 2] = s1;
      years.last_text_[last - 1] = s2;
      years.last_epoch_us_ = out->epoch_us;
    } else {
      return 0;  // not a time: as the full reading below would say
    }
    out->valid = true;
    out->year_inferred = true;
    return last;
  }
  unsigned month = month_from_abbrev(p);
  if (!month || p[3] != ' ') return 0;
  unsigned day;
  size_t t;  // offset of "hh:mm:ss"
  if (digit(p[4]) && p[5] == ' ') {
    day = unsigned(p[4] - '0');
    t = 6;
  } else if ((digit(p[4]) || p[4] == ' ') && s.size() >= 15 && digit(p[5]) && p[6] == ' ') {
    day = (p[4] == ' ' ? 0 : unsigned(p[4] - '0') * 10) + unsigned(p[5] - '0');
    t = 7;
  } else {
    return 0;
  }
  const char* c = p + t;
  if (!digit(c[0]) || !digit(c[1]) || c[2] != ':' || !digit(c[3]) || !digit(c[4]) || c[5] != ':' ||
      !digit(c[6]) || !digit(c[7]))
    return 0;
  int hh = two(c), mm = two(c + 3), ss = two(c + 6);
  if (day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return 0;
  size_t used = t + 8;
  int64_t micros = 0;
  if (used < s.size() && s[used] == '.') used = fraction_digits(s, used + 1, &micros);  // some daemons add fractions
  int year = years.year_for(month);
  int64_t days = days_from_civil(year, month, day);
  out->epoch_us = ((days * 86400) + hh * 3600 + mm * 60 + ss) * 1000000 + micros;
  out->valid = true;
  out->year_inferred = true;
  // Fractions are rare and would make the text longer than the cache: not kept.
  if (used == t + 8) {
    std::memcpy(years.last_text_, p, used);
    years.last_size_ = uint8_t(used);
    years.last_epoch_us_ = out->epoch_us;
    years.last_minute_us_ = out->epoch_us - int64_t(ss) * 1000000;
  }
  return used;
}

namespace {
// "YYYY<sep>MM<sep>DD(T| )hh:mm:ss[.frac][zone]": RFC 3339 with '-', Go's and
// nginx's logs with '/'.
size_t scan_date_time(std::string_view s, char date_separator, Timestamp* out) {
  // "YYYY-MM-DDThh:mm:ss" = 19 bytes
  if (s.size() < 19) return 0;
  const char* p = s.data();
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
    if (!digit(p[i])) return 0;
  if (p[4] != date_separator || p[7] != date_separator || (p[10] != 'T' && p[10] != ' ' && p[10] != 't') ||
      p[13] != ':' || p[16] != ':')
    return 0;
  int year = two(p) * 100 + two(p + 2);
  unsigned month = unsigned(two(p + 5)), day = unsigned(two(p + 8));
  int hh = two(p + 11), mm = two(p + 14), ss = two(p + 17);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return 0;
  size_t i = 19;
  int64_t micros = 0;
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    const size_t start = i + 1;
    i = fraction_digits(s, start, &micros);
    if (i == start) return 0;
  }
  int64_t offset_s = 0;
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    ++i;
  } else if (i + 3 <= s.size() && (s[i] == '+' || s[i] == '-') && digit(s[i + 1]) && digit(s[i + 2])) {
    int sign = s[i] == '-' ? -1 : 1;
    int oh = two(s.data() + i + 1);
    size_t j = i + 3;
    if (j < s.size() && s[j] == ':') ++j;
    if (j + 2 > s.size() || !digit(s[j]) || !digit(s[j + 1])) return 0;
    int om = two(s.data() + j);
    offset_s = sign * (oh * 3600 + om * 60);
    i = j + 2;
  }
  int64_t days = days_from_civil(year, month, day);
  out->epoch_us = ((days * 86400) + hh * 3600 + mm * 60 + ss - offset_s) * 1000000 + micros;
  out->valid = true;
  out->year_inferred = false;
  return i;
}
}  // namespace

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

size_t scan_tai64n(std::string_view line, Timestamp* out) {
  if (line.size() < 26 || line[0] != '@' || line[25] != ' ') return 0;
  uint64_t seconds = 0, nanos = 0;
  for (size_t i = 1; i < 17; ++i) {
    const int v = hex_value(line[i]);
    if (v < 0) return 0;
    seconds = seconds << 4 | uint64_t(v);
  }
  for (size_t i = 17; i < 25; ++i) {
    const int v = hex_value(line[i]);
    if (v < 0) return 0;
    nanos = nanos << 4 | uint64_t(v);
  }
  constexpr uint64_t kUnixEpochLabel = (uint64_t(1) << 62) + 10;
  // (A label past the year 9999 is no time a log was written at; its
  // microseconds would not fit either.)
  constexpr uint64_t kLastSecond = 253402300799;
  if (seconds < kUnixEpochLabel || seconds - kUnixEpochLabel > kLastSecond || nanos >= 1000000000) return 0;
  out->epoch_us = int64_t(seconds - kUnixEpochLabel) * 1000000 + int64_t(nanos / 1000);
  out->valid = true;
  return 26;
}

size_t scan_rfc3339(std::string_view s, Timestamp* out) { return scan_date_time(s, '-', out); }

size_t scan_slashed_datetime(std::string_view s, Timestamp* out) { return scan_date_time(s, '/', out); }

size_t scan_unix_seconds(std::string_view s, Timestamp* out) {
  size_t i = 0;
  int64_t secs = 0;
  while (i < s.size() && i < 12 && digit(s[i])) secs = secs * 10 + (s[i++] - '0');
  if (i < 9 || i > 11 || i >= s.size() || s[i] != '.') return 0;
  const size_t start = i + 1;
  int64_t micros = 0;
  i = fraction_digits(s, start, &micros);
  if (i == start || i - start > 9) return 0;
  out->epoch_us = secs * 1000000 + micros;
  out->valid = true;
  out->year_inferred = false;
  return i;
}

bool starts_with_weekday_abbrev(std::string_view s) {
  static constexpr std::string_view kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  for (std::string_view d : kDays)
    if (s.starts_with(d)) return true;
  return false;
}

size_t scan_weekday_datetime(std::string_view s, Timestamp* out) {
  if (s.size() < 4 + 19 + 2) return 0;
  // The date and time are separated by a space and followed by the zone:
  // no offset may follow the seconds directly.
  const std::string_view datetime = s.substr(4, 19);
  if (!starts_with_weekday_abbrev(s) || s[3] != ' ' || datetime[10] != ' ') return 0;
  Timestamp t;
  size_t i = 4 + scan_rfc3339(datetime, &t);
  if (i != 4 + 19) return 0;
  if (i < s.size() && s[i] == '.') {  // short-full itself has none, but a fraction reads as in RFC 3339
    const size_t start = i + 1;
    int64_t micros = 0;
    i = fraction_digits(s, start, &micros);
    if (i == start) return 0;
    t.epoch_us += micros;
  }
  if (i >= s.size() || s[i] != ' ') return 0;
  const size_t zone_start = ++i;
  while (i < s.size() && i - zone_start <= 6 &&
         ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') || digit(s[i]) || s[i] == '+' || s[i] == '-'))
    ++i;
  const std::string_view zone = s.substr(zone_start, i - zone_start);
  if (zone.empty() || zone.size() > 6) return 0;
  if ((zone[0] == '+' || zone[0] == '-') && (zone.size() == 3 || zone.size() == 5)) {
    for (char c : zone.substr(1))
      if (!digit(c)) return 0;
    const int64_t minutes = two(zone.data() + 1) * 60 + (zone.size() == 5 ? two(zone.data() + 3) : 0);
    t.epoch_us -= (zone[0] == '-' ? -minutes : minutes) * 60 * 1000000;
  }
  *out = t;
  return i;
}

size_t scan_php_log_time(std::string_view s, Timestamp* out) {
  // "02-May-2024 09:02:51" and a zone name up to the closing bracket.
  if (s.size() < 20 || !digit(s[0]) || !digit(s[1]) || s[2] != '-' || s[6] != '-' || s[11] != ' ' ||
      s[14] != ':' || s[17] != ':')
    return 0;
  const unsigned month = month_from_abbrev(s.data() + 3);
  for (size_t i : {7, 8, 9, 10, 12, 13, 15, 16, 18, 19})
    if (!digit(s[i])) return 0;
  const unsigned day = unsigned(two(s.data())), hh = unsigned(two(s.data() + 12)), mm = unsigned(two(s.data() + 15)),
                 ss = unsigned(two(s.data() + 18));
  const int64_t year = two(s.data() + 7) * 100 + two(s.data() + 9);
  if (!month || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return 0;
  size_t i = 20;
  if (i < s.size() && s[i] == ' ') {
    const size_t zone_start = i + 1;
    size_t j = zone_start;
    while (j < s.size() && j - zone_start < 40 && s[j] != ']' && s[j] != ' ') ++j;
    if (j > zone_start && j < s.size() && s[j] == ']') i = j;
  }
  Timestamp t;
  t.valid = true;
  t.epoch_us = ((days_from_civil(year, month, day) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000;
  *out = t;
  return i;
}

namespace {
// "YYYY?MM?DD?hh:mm:ss" with the given separators after the year, the month
// and the day: the date fields read from their offsets, the time checked.
size_t scan_fixed_datetime(std::string_view s, size_t year_at, size_t month_at, size_t day_at, Timestamp* out) {
  if (s.size() < 19) return 0;
  for (size_t i : {year_at, year_at + 1, year_at + 2, year_at + 3, month_at, month_at + 1, day_at, day_at + 1,
                   size_t(11), size_t(12), size_t(14), size_t(15), size_t(17), size_t(18)})
    if (!digit(s[i])) return 0;
  if (s[13] != ':' || s[16] != ':') return 0;
  const int64_t year = two(s.data() + year_at) * 100 + two(s.data() + year_at + 2);
  const unsigned month = unsigned(two(s.data() + month_at)), day = unsigned(two(s.data() + day_at)),
                 hh = unsigned(two(s.data() + 11)), mm = unsigned(two(s.data() + 14)), ss = unsigned(two(s.data() + 17));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return 0;
  out->valid = true;
  out->epoch_us = ((days_from_civil(year, month, day) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000;
  return 19;
}
}  // namespace

size_t scan_sophos_datetime(std::string_view s, Timestamp* out) {
  if (s.size() < 19 || s[4] != ':' || s[7] != ':' || s[10] != '-') return 0;
  return scan_fixed_datetime(s, 0, 5, 8, out);
}

size_t scan_us_datetime(std::string_view s, Timestamp* out) {
  if (s.size() < 19 || s[2] != '/' || s[5] != '/' || s[10] != ' ') return 0;
  return scan_fixed_datetime(s, 6, 0, 3, out);
}

size_t scan_us_datetime_meridiem(std::string_view s, Timestamp* out) {
  // month / day / year hour : minute : second, each of one to four digits
  unsigned part[6] = {};
  size_t i = 0;
  for (int p = 0; p < 6; ++p) {
    const size_t start = i;
    while (i < s.size() && digit(s[i]) && i - start < 4) part[p] = part[p] * 10 + unsigned(s[i++] - '0');
    if (i == start) return 0;
    const char separator = p < 2 ? '/' : p == 2 ? ' ' : p < 5 ? ':' : '\0';
    if (separator) {
      if (i >= s.size() || s[i] != separator) return 0;
      ++i;
    }
  }
  const unsigned month = part[0], day = part[1], mm = part[4], ss = part[5];
  unsigned hh = part[3];
  const std::string_view mark = s.substr(i, 3);
  if (mark == " PM" && hh < 12) hh += 12;
  if (mark == " AM" && hh == 12) hh = 0;
  if (mark == " AM" || mark == " PM") i += 3;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return 0;
  out->valid = true;
  out->epoch_us = ((days_from_civil(int64_t(part[2]), month, day) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000;
  return i;
}

size_t scan_compact_datetime(std::string_view s, Timestamp* out) {
  if (s.size() < 17 || s[8] != ':' || s[15] != '.') return 0;
  for (size_t i : {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14})
    if (!digit(s[i])) return 0;
  int64_t micros = 0;
  const size_t end = fraction_digits(s, 16, &micros);
  if (end == 16) return 0;
  const int64_t year = two(s.data()) * 100 + two(s.data() + 2);
  const unsigned month = unsigned(two(s.data() + 4)), day = unsigned(two(s.data() + 6)),
                 hh = unsigned(two(s.data() + 9)), mm = unsigned(two(s.data() + 11)), ss = unsigned(two(s.data() + 13));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return 0;
  out->valid = true;
  out->epoch_us = ((days_from_civil(year, month, day) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000 + micros;
  return end;
}

size_t format_rfc3339_utc(int64_t epoch_us, char* buf) {
  int64_t secs = epoch_us >= 0 ? epoch_us / 1000000 : (epoch_us - 999999) / 1000000;
  int64_t millis = (epoch_us - secs * 1000000) / 1000;
  int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
  int64_t rem = secs - days * 86400;
  int64_t y;
  unsigned m, d;
  civil_from_days(days, &y, &m, &d);
  unsigned hh = unsigned(rem / 3600), mm = unsigned(rem % 3600 / 60), ss = unsigned(rem % 60);
  auto put2 = [](char* p, unsigned v) { p[0] = char('0' + v / 10), p[1] = char('0' + v % 10); };
  unsigned yy = unsigned(y < 0 ? 0 : y > 9999 ? 9999 : y);
  buf[0] = char('0' + yy / 1000), buf[1] = char('0' + yy / 100 % 10), buf[2] = char('0' + yy / 10 % 10),
  buf[3] = char('0' + yy % 10);
  buf[4] = '-', put2(buf + 5, m), buf[7] = '-', put2(buf + 8, d), buf[10] = 'T';
  put2(buf + 11, hh), buf[13] = ':', put2(buf + 14, mm), buf[16] = ':', put2(buf + 17, ss);
  buf[19] = '.', buf[20] = char('0' + millis / 100), buf[21] = char('0' + millis / 10 % 10),
  buf[22] = char('0' + millis % 10), buf[23] = 'Z';
  return 24;
}

bool parse_time_argument(std::string_view arg, std::time_t now, bool end_of_day, int64_t* epoch_us) {
  auto local_midnight = [](std::time_t t) {
    std::tm tm{};
    localtime_r(&t, &tm);
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    return std::mktime(&tm);
  };
  auto day_bound = [&](std::time_t midnight) {
    std::time_t t = midnight;
    if (end_of_day) {
      std::tm tm{};
      localtime_r(&midnight, &tm);
      tm.tm_mday += 1;
      tm.tm_isdst = -1;
      t = std::mktime(&tm);
    }
    *epoch_us = int64_t(t) * 1000000;
    return true;
  };
  if (arg == "today") return day_bound(local_midnight(now));
  if (arg == "yesterday") {
    std::tm tm{};
    std::time_t mid = local_midnight(now);
    localtime_r(&mid, &tm);
    tm.tm_mday -= 1;
    tm.tm_isdst = -1;
    return day_bound(std::mktime(&tm));
  }
  if (arg.size() == 10 && arg[4] == '-' && arg[7] == '-') {
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (!digit(arg[i])) return false;
    std::tm tm{};
    tm.tm_year = two(arg.data()) * 100 + two(arg.data() + 2) - 1900;
    tm.tm_mon = two(arg.data() + 5) - 1;
    tm.tm_mday = two(arg.data() + 8);
    if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31) return false;
    tm.tm_isdst = -1;
    return day_bound(std::mktime(&tm));
  }
  Timestamp ts;
  if (!arg.empty() && scan_rfc3339(arg, &ts) == arg.size()) {
    *epoch_us = ts.epoch_us;
    return true;
  }
  return false;
}

}  // namespace mailtriage
