// Fixed-format timestamp scanners (no strptime, no locale, no allocation).
#pragma once

#include <cstdint>
#include <ctime>
#include <string_view>

#include "parsers/event.h"

namespace mailtriage {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d);

// Traditional syslog timestamps carry no year. The year is inferred as lnav
// does: from the file's modification time (a line dated after the file was last
// written belongs to the year before), then carried forward through the file,
// stepping one year when the month goes backwards (December to January).
class YearInference {
 public:
  explicit YearInference(std::time_t reference = 0);
  // Year for a line of month `month` (1-12), in file order.
  int year_for(unsigned month);

 private:
  friend size_t scan_bsd_timestamp(std::string_view s, YearInference& years, Timestamp* out);
  int reference_year_;
  unsigned reference_month_;
  int current_year_ = 0;
  unsigned last_month_ = 0;
  // The last timestamp read, as written and as read: busy logs write dozens
  // of lines in the same second, and the same text in the same month gives
  // the same time (the year steps only when the month changes). A text that
  // differs only in its seconds is the same minute: its time is that
  // minute's plus the seconds, without reading the date again.
  char last_text_[16] = {};
  uint8_t last_size_ = 0;  // 0: none yet
  int64_t last_epoch_us_ = 0;
  int64_t last_minute_us_ = 0;  // the time at second 0 of the last text's minute
};

// "Mmm dd hh:mm:ss" (day space-padded, or unpadded "Mmm d hh:mm:ss"). On success sets *out and returns
// the number of bytes consumed, else 0.
size_t scan_bsd_timestamp(std::string_view s, YearInference& years, Timestamp* out);

// RFC 3339 / ISO 8601: "YYYY-MM-DDThh:mm:ss[.frac](Z|+hh:mm|-hh:mm)"; a space
// may stand for the T, and without an offset the time is taken as UTC.
// Returns bytes consumed or 0.
size_t scan_rfc3339(std::string_view s, Timestamp* out);

// The same with slashes, as Go's standard logger and nginx's error log write
// it: "2025/05/06 09:14:22[.123456]". Returns bytes consumed or 0.
size_t scan_slashed_datetime(std::string_view s, Timestamp* out);

// Sophos UTM's syslog: "2025:03:04-10:12:33" (colons in the date, a dash
// before the time), local time without a zone, read as written. Returns bytes
// consumed or 0.
size_t scan_sophos_datetime(std::string_view s, Timestamp* out);

// The month first, as US-English devices and Windows programs write it:
// "03/04/2025 10:12:33" (month, day, year; local time read as written).
// Returns bytes consumed or 0.
size_t scan_us_datetime(std::string_view s, Timestamp* out);
// The same with one-digit fields and a 12-hour clock, as PowerShell's
// Export-Csv writes it in an en-US session: "3/12/2025 8:06:36 AM".
// Returns bytes consumed (with the " AM"/" PM") or 0.
size_t scan_us_datetime_meridiem(std::string_view s, Timestamp* out);

// `journalctl -o short-unix`: Unix seconds with a fraction,
// "1733364897.123456" (9 to 11 digits, a '.', 1 to 9 digits). Returns bytes
// consumed or 0.
size_t scan_unix_seconds(std::string_view s, Timestamp* out);

// `journalctl -o short-full`: "Sat 2026-12-05 02:14:57 UTC" (weekday, date,
// time, zone). UTC, GMT and numeric zones ("+03", "-0530") are applied; a
// zone abbreviation such as CET is passed over and the time read as written,
// as a traditional syslog time is. Returns bytes consumed or 0.
size_t scan_weekday_datetime(std::string_view s, Timestamp* out);

// Month from its abbreviation ("Jan", and the German ones a syslog daemon may
// write, "Okt"), 1-12; 0 when not a month. Reads three bytes at p.
unsigned month_from_abbrev(const char* p);

// Whether `s` opens with an English weekday's abbreviation ("Mon" ... "Sun").
bool starts_with_weekday_abbrev(std::string_view s);

// PHP's error_log: "02-May-2024 09:02:51 UTC" (day, month abbreviation,
// year, time, and the zone name PHP was configured with, up to a ']'). The
// time is read as written, as a traditional syslog time is. Returns bytes
// consumed (the zone included) or 0.
size_t scan_php_log_time(std::string_view s, Timestamp* out);

// Zabbix's logs: "20240315:021705.118" (date and time in digits, a ':'
// between them, milliseconds after a '.'), read as written. Returns bytes
// consumed or 0.
size_t scan_compact_datetime(std::string_view s, Timestamp* out);

// daemontools' multilog stamp: "@4000000065f3e3ea000267e4 " (TAI64N, 2^62 +
// 10 seconds ahead of Unix time, the TAI offset daemontools assumes), read as
// UTC. Returns the bytes taken with the space after, or 0.
size_t scan_tai64n(std::string_view line, Timestamp* out);

// Writes "YYYY-MM-DDThh:mm:ss.mmmZ" (24 chars) into buf; returns the length.
size_t format_rfc3339_utc(int64_t epoch_us, char* buf);

// Parses a --since/--until argument: RFC 3339, YYYY-MM-DD, "today", "yesterday"
// (days in local time, like pflogsumm's -d). Returns false on a bad value.
bool parse_time_argument(std::string_view arg, std::time_t now, bool end_of_day, int64_t* epoch_us);

}  // namespace mailtriage
