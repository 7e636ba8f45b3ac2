// The fixed-format timestamp scanners and syslog year inference.
#include <gtest/gtest.h>

#include <string>

#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

// Noon UTC on a date: a file written then.
std::time_t noon(int y, unsigned m, unsigned d) { return std::time_t(days_from_civil(y, m, d) * 86400 + 43200); }

int64_t us(int y, unsigned m, unsigned d, int hh, int mm, int ss, int64_t micros = 0) {
  return ((days_from_civil(y, m, d) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000 + micros;
}

int64_t bsd(std::string_view s, YearInference& years, size_t* used = nullptr) {
  Timestamp t;
  size_t n = scan_bsd_timestamp(s, years, &t);
  if (used) *used = n;
  return n ? t.epoch_us : -1;
}

TEST(DaysFromCivil, KnownDates) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2000, 3, 1), 11017);
  EXPECT_EQ(days_from_civil(2024, 2, 29), 19782);
  EXPECT_EQ(days_from_civil(1969, 12, 31), -1);
}

TEST(BsdTimestamp, YearComesFromTheFileModificationTime) {
  YearInference years(noon(2024, 6, 15));
  Timestamp t;
  ASSERT_EQ(scan_bsd_timestamp("Jun 14 08:30:05 mx1 postfix/smtpd[1]: x", years, &t), 15u);
  EXPECT_TRUE(t.valid);
  EXPECT_TRUE(t.year_inferred);
  EXPECT_EQ(t.epoch_us, us(2024, 6, 14, 8, 30, 5));
}

TEST(BsdTimestamp, AMonthAfterTheFileWasWrittenIsLastYear) {
  YearInference years(noon(2024, 6, 15));
  EXPECT_EQ(bsd("Jul  1 00:00:00", years), us(2023, 7, 1, 0, 0, 0));
}

TEST(BsdTimestamp, DecemberToJanuaryRolloverStepsTheYear) {
  YearInference years(noon(2025, 1, 2));  // rotated on January 2nd
  EXPECT_EQ(bsd("Dec 31 23:59:58", years), us(2024, 12, 31, 23, 59, 58));
  EXPECT_EQ(bsd("Jan  1 00:00:01", years), us(2025, 1, 1, 0, 0, 1));
  EXPECT_EQ(bsd("Jan  2 11:00:00", years), us(2025, 1, 2, 11, 0, 0));
}

TEST(BsdTimestamp, ALateLineFromBeforeTheRolloverKeepsItsYear) {
  YearInference years(noon(2025, 1, 2));
  EXPECT_EQ(bsd("Dec 31 23:59:59", years), us(2024, 12, 31, 23, 59, 59));
  EXPECT_EQ(bsd("Jan  1 00:00:00", years), us(2025, 1, 1, 0, 0, 0));
  EXPECT_EQ(bsd("Dec 31 23:59:59", years), us(2024, 12, 31, 23, 59, 59));  // written late by a slow process
  EXPECT_EQ(bsd("Jan  1 00:00:02", years), us(2025, 1, 1, 0, 0, 2));
}

TEST(BsdTimestamp, YearIsCarriedThroughAFileSpanningMonths) {
  YearInference years(noon(2024, 4, 1));
  EXPECT_EQ(bsd("Feb 27 10:00:00", years), us(2024, 2, 27, 10, 0, 0));
  EXPECT_EQ(bsd("Feb 29 10:00:00", years), us(2024, 2, 29, 10, 0, 0));  // leap day
  EXPECT_EQ(bsd("Mar 31 10:00:00", years), us(2024, 3, 31, 10, 0, 0));
}

TEST(BsdTimestamp, SpacePaddedAndUnpaddedDays) {
  YearInference years(noon(2024, 6, 15));
  size_t used = 0;
  EXPECT_EQ(bsd("Mar  7 02:09:33 host", years, &used), us(2024, 3, 7, 2, 9, 33));
  EXPECT_EQ(used, 15u);
  EXPECT_EQ(bsd("Mar 07 02:09:33 host", years, &used), us(2024, 3, 7, 2, 9, 33));
  EXPECT_EQ(used, 15u);
  EXPECT_EQ(bsd("Mar 7 02:09:33 host", years, &used), us(2024, 3, 7, 2, 9, 33));
  EXPECT_EQ(used, 14u);
}

TEST(BsdTimestamp, FractionalSecondsAreKept) {
  YearInference years(noon(2024, 6, 15));
  size_t used = 0;
  EXPECT_EQ(bsd("Mar 10 12:00:00.123456 host", years, &used), us(2024, 3, 10, 12, 0, 0, 123456));
  EXPECT_EQ(used, 22u);
}

// Busy logs repeat the same second line after line; a repeat must read as
// the first did (a fraction after it is read), and the year still steps.
TEST(BsdTimestamp, RepeatedTextsReadAlikeAndYearStillSteps) {
  YearInference years(noon(2025, 1, 2));
  size_t used = 0;
  EXPECT_EQ(bsd("Dec 31 23:59:59 a", years, &used), us(2024, 12, 31, 23, 59, 59));
  EXPECT_EQ(bsd("Dec 31 23:59:59 b", years, &used), us(2024, 12, 31, 23, 59, 59));
  EXPECT_EQ(used, 15u);
  EXPECT_EQ(bsd("Dec 31 23:59:59.250000 c", years, &used), us(2024, 12, 31, 23, 59, 59, 250000));
  EXPECT_EQ(used, 22u);
  EXPECT_EQ(bsd("Dec 31 23:59:59", years, &used), us(2024, 12, 31, 23, 59, 59));
  EXPECT_EQ(used, 15u);
  EXPECT_EQ(bsd("Jan  1 00:00:00 d", years), us(2025, 1, 1, 0, 0, 0));
  EXPECT_EQ(bsd("Jan  1 00:00:00 e", years), us(2025, 1, 1, 0, 0, 0));
  // An unpadded day is 14 bytes; the same bytes with a digit after are not the same time.
  EXPECT_EQ(bsd("Jan 1 00:00:07 f", years, &used), us(2025, 1, 1, 0, 0, 7));
  EXPECT_EQ(used, 14u);
  EXPECT_EQ(bsd("Jan 1 00:00:07 g", years, &used), us(2025, 1, 1, 0, 0, 7));
  EXPECT_EQ(used, 14u);
  EXPECT_EQ(bsd("Jan 1 00:00:07", years, &used), us(2025, 1, 1, 0, 0, 7));
}

// Texts of one minute read the date once: every other second, invalid
// seconds, fractions, a new minute, hour, day or month, and both day layouts
// must still read right.
TEST(BsdTimestamp, TextsOfOneMinuteReadRight) {
  struct Case {
    const char* text;
    int64_t want;  // -1: not a timestamp
    size_t used;
  };
  const Case cases[] = {
      {"Mar 10 06:00:00 a", us(2025, 3, 10, 6, 0, 0), 15},  {"Mar 10 06:00:01 a", us(2025, 3, 10, 6, 0, 1), 15},
      {"Mar 10 06:00:59 a", us(2025, 3, 10, 6, 0, 59), 15}, {"Mar 10 06:00:60 a", us(2025, 3, 10, 6, 0, 60), 15},
      {"Mar 10 06:00:61 a", -1, 0},                         {"Mar 10 06:00:5x a", -1, 0},
      {"Mar 10 06:00:07 a", us(2025, 3, 10, 6, 0, 7), 15},  {"Mar 10 06:00:07 b", us(2025, 3, 10, 6, 0, 7), 15},
      {"Mar 10 06:01:07 a", us(2025, 3, 10, 6, 1, 7), 15},  {"Mar 10 07:01:07 a", us(2025, 3, 10, 7, 1, 7), 15},
      {"Mar 11 07:01:08 a", us(2025, 3, 11, 7, 1, 8), 15},  {"Mar 11 07:01:08.5 a", us(2025, 3, 11, 7, 1, 8, 500000), 17},
      {"Mar 11 07:01:09 a", us(2025, 3, 11, 7, 1, 9), 15},  {"Apr 11 07:01:09 a", us(2025, 4, 11, 7, 1, 9), 15},
      {"Apr  1 07:01:09 a", us(2025, 4, 1, 7, 1, 9), 15},   {"Apr  1 07:01:10 a", us(2025, 4, 1, 7, 1, 10), 15},
      {"Apr 1 07:01:10 a", us(2025, 4, 1, 7, 1, 10), 14},   {"Apr 1 07:01:11 a", us(2025, 4, 1, 7, 1, 11), 14},
      {"Apr  1 07:01:11 a", us(2025, 4, 1, 7, 1, 11), 15},  {"Apr  1 07:01:12", us(2025, 4, 1, 7, 1, 12), 15},
  };
  YearInference years(noon(2025, 6, 1));
  for (const Case& c : cases) {
    size_t used = 0;
    EXPECT_EQ(bsd(c.text, years, &used), c.want) << c.text;
    EXPECT_EQ(used, c.used) << c.text;
  }
}

TEST(BsdTimestamp, RejectsWhatIsNotATimestamp) {
  YearInference years(noon(2024, 6, 15));
  for (std::string_view bad : {"", "Mar 10 12:00", "Foo 10 12:00:00", "mar 10 12:00:00", "Mar 32 12:00:00",
                               "Mar  0 12:00:00", "Mar 10 24:00:00", "Mar 10 12:60:00", "Mar 10 12:00:61",
                               "Mar10 12:00:00 x", "Mar 1x 12:00:00", "Mar 10 12-00-00", "Mar 7  2:09:33"})
    EXPECT_EQ(bsd(bad, years), -1) << "'" << bad << "'";
}

TEST(Rfc3339, MicrosecondsAndOffset) {
  Timestamp t;
  std::string_view s = "2024-03-10T02:30:00.123456+01:00 mx1";
  ASSERT_EQ(scan_rfc3339(s, &t), 32u);
  EXPECT_TRUE(t.valid);
  EXPECT_FALSE(t.year_inferred);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 1, 30, 0, 123456));
}

TEST(SlashedDateTime, GoAndNginxStamps) {
  Timestamp t;
  EXPECT_EQ(scan_slashed_datetime("2025/05/06 09:14:22 mailer: failed", &t), 19u);
  EXPECT_TRUE(t.valid);
  Timestamp iso;
  ASSERT_EQ(scan_rfc3339("2025-05-06 09:14:22", &iso), 19u);
  EXPECT_EQ(t.epoch_us, iso.epoch_us);
  EXPECT_EQ(scan_slashed_datetime("2025/05/06 09:14:22.123456 x", &t), 26u);
  EXPECT_EQ(scan_slashed_datetime("2025-05-06 09:14:22", &t), 0u);  // dashes are RFC 3339's
  EXPECT_EQ(scan_slashed_datetime("2025/13/06 09:14:22", &t), 0u);
  EXPECT_EQ(scan_rfc3339("2025/05/06 09:14:22", &t), 0u);
}

TEST(UsDateTimeMeridiem, TwelveHourClockWithOneDigitFields) {
  Timestamp t;
  EXPECT_EQ(scan_us_datetime_meridiem("3/12/2025 8:06:36 AM,next", &t), 20u);
  EXPECT_EQ(t.epoch_us, us(2025, 3, 12, 8, 6, 36));
  EXPECT_EQ(scan_us_datetime_meridiem("3/12/2025 12:06:36 AM", &t), 21u);
  EXPECT_EQ(t.epoch_us, us(2025, 3, 12, 0, 6, 36));
  EXPECT_EQ(scan_us_datetime_meridiem("12/1/2025 1:00:00 PM", &t), 20u);
  EXPECT_EQ(t.epoch_us, us(2025, 12, 1, 13, 0, 0));
  EXPECT_EQ(scan_us_datetime_meridiem("12/1/2025 12:00:00 PM", &t), 21u);
  EXPECT_EQ(t.epoch_us, us(2025, 12, 1, 12, 0, 0));
  EXPECT_EQ(scan_us_datetime_meridiem("13/1/2025 1:00:00 PM", &t), 0u);
  EXPECT_EQ(scan_us_datetime_meridiem("0/1/2025 1:00:00 PM", &t), 0u);
  EXPECT_EQ(scan_us_datetime_meridiem("3/12/2025 8:06", &t), 0u);
}

TEST(Rfc3339, ZuluNegativeOffsetCompactOffsetAndNoOffset) {
  Timestamp t;
  ASSERT_EQ(scan_rfc3339("2024-03-10T02:30:00Z", &t), 20u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0));
  ASSERT_EQ(scan_rfc3339("2024-03-09T22:30:00-04:00", &t), 25u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0));
  ASSERT_EQ(scan_rfc3339("2024-03-10T03:30:00+0100", &t), 24u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0));
  ASSERT_EQ(scan_rfc3339("2024-03-10 02:30:00", &t), 19u);  // no offset: UTC
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0));
}

TEST(Rfc3339, FractionsBeyondMicrosecondsAreTruncatedAndCommaIsAccepted) {
  Timestamp t;
  ASSERT_EQ(scan_rfc3339("2024-03-10T02:30:00.123456789Z", &t), 30u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0, 123456));
  ASSERT_EQ(scan_rfc3339("2024-03-10T02:30:00,5Z", &t), 22u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0, 500000));
}

TEST(Rfc3339, RejectsMalformedTimes) {
  Timestamp t;
  for (std::string_view bad : {"2024-03-10", "2024-13-10T00:00:00Z", "2024-03-32T00:00:00Z", "2024-03-10T25:00:00Z",
                               "2024/03/10T00:00:00Z", "2024-03-10T00:00:00.Z"})
    EXPECT_EQ(scan_rfc3339(bad, &t), 0u) << bad;
  // A cut offset is not consumed: the caller sees bytes left over.
  EXPECT_EQ(scan_rfc3339("2024-03-10T00:00:00+1", &t), 19u);
}

// journalctl's text forms other than the BSD-like default: -o short-unix and
// -o short-full.
TEST(JournalctlTimes, UnixSecondsWithAFraction) {
  Timestamp t;
  ASSERT_EQ(scan_unix_seconds("1710037800.123456 mx1 postfix/smtp[9]: x", &t), 17u);
  EXPECT_TRUE(t.valid);
  EXPECT_FALSE(t.year_inferred);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0, 123456));
  ASSERT_EQ(scan_unix_seconds("999999999.5 x", &t), 11u);  // 2001, nine digits
  EXPECT_EQ(t.epoch_us, int64_t(999999999) * 1000000 + 500000);
  // Without the fraction a number is too ambiguous to be a time; so are too
  // few or too many digits, and a fraction of more than nine.
  for (std::string_view bad : {"1710037800 mx1", "12345678.5 x", "171003780012.5 x", "1710037800. x",
                               "1710037800.1234567890 x", "-1710037800.5 x"})
    EXPECT_EQ(scan_unix_seconds(bad, &t), 0u) << bad;
}

TEST(JournalctlTimes, WeekdayDateTimeAndZone) {
  Timestamp t;
  ASSERT_EQ(scan_weekday_datetime("Sun 2024-03-10 02:30:00 UTC mx1 postfix/smtp[9]: x", &t), 27u);
  EXPECT_TRUE(t.valid);
  EXPECT_FALSE(t.year_inferred);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0));
  ASSERT_EQ(scan_weekday_datetime("Sun 2024-03-10 08:00:00 +0530 mx1", &t), 29u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0));
  ASSERT_EQ(scan_weekday_datetime("Sat 2024-03-09 23:30:00 -03 mx1", &t), 27u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0));
  ASSERT_EQ(scan_weekday_datetime("Sun 2024-03-10 02:30:00.25 GMT mx1", &t), 30u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0, 250000));
  // A named zone other than UTC/GMT is passed over: the time reads as written.
  ASSERT_EQ(scan_weekday_datetime("Sun 2024-03-10 02:30:00 CET mx1", &t), 27u);
  EXPECT_EQ(t.epoch_us, us(2024, 3, 10, 2, 30, 0));
  for (std::string_view bad : {"Sun 2024-03-10 02:30:00", "Sun 2024-03-10 02:30:00 ", "Xyz 2024-03-10 02:30:00 UTC",
                               "Sun 2024-03-10T02:30:00 UTC", "Sun 2024-03-10 02:30:00Z UTC",
                               "Sun 2024-03-10 02:30:00 TOOLONGZONE", "Sun 2024-13-10 02:30:00 UTC",
                               "Sun 2024-03-10 02:30:00 +3x"})
    EXPECT_EQ(scan_weekday_datetime(bad, &t), 0u) << bad;
}

TEST(FormatRfc3339, WritesMillisecondsInUtcAndHandlesTimesBefore1970) {
  char buf[32];
  EXPECT_EQ(std::string(buf, format_rfc3339_utc(us(2024, 3, 10, 1, 30, 0, 123456), buf)), "2024-03-10T01:30:00.123Z");
  EXPECT_EQ(std::string(buf, format_rfc3339_utc(0, buf)), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(std::string(buf, format_rfc3339_utc(-1000, buf)), "1969-12-31T23:59:59.999Z");
}

TEST(TimeArgument, DatesTimesAndWords) {
  int64_t v = 0;
  std::time_t now = noon(2024, 3, 10);
  // The tests run with TZ=UTC (CMake sets it), so local days are UTC days.
  ASSERT_TRUE(parse_time_argument("2024-03-01", now, false, &v));
  EXPECT_EQ(v, us(2024, 3, 1, 0, 0, 0));
  ASSERT_TRUE(parse_time_argument("2024-03-01", now, true, &v));
  EXPECT_EQ(v, us(2024, 3, 2, 0, 0, 0));
  ASSERT_TRUE(parse_time_argument("2024-03-01T12:00:00+02:00", now, false, &v));
  EXPECT_EQ(v, us(2024, 3, 1, 10, 0, 0));
  ASSERT_TRUE(parse_time_argument("today", now, false, &v));
  EXPECT_EQ(v, us(2024, 3, 10, 0, 0, 0));
  ASSERT_TRUE(parse_time_argument("yesterday", now, true, &v));
  EXPECT_EQ(v, us(2024, 3, 10, 0, 0, 0));
  EXPECT_FALSE(parse_time_argument("2024-13-01", now, false, &v));
  EXPECT_FALSE(parse_time_argument("last week", now, false, &v));
}

// Regression: an empty --since used to be read as 1970-01-01 (an empty RFC 3339
// scan "consumed" the whole empty argument).
TEST(TimeArgument, EmptyArgumentIsRejected) {
  int64_t v = 0;
  EXPECT_FALSE(parse_time_argument("", noon(2024, 3, 10), false, &v));
}

// PHP's error_log prefix: the time as written, the zone name passed over up
// to the closing bracket; anything else is not this format.
TEST(PhpLogTime, ReadsTheDateTimeAndItsZoneName) {
  Timestamp t;
  EXPECT_EQ(scan_php_log_time("02-May-2024 09:02:51 UTC] PHP Warning", &t), 24u);
  EXPECT_TRUE(t.valid);
  EXPECT_EQ(t.epoch_us, int64_t(1714640571) * 1000000);
  EXPECT_EQ(scan_php_log_time("02-May-2024 09:02:51 Europe/Berlin] x", &t), 34u);
  EXPECT_EQ(scan_php_log_time("02-May-2024 09:02:51] x", &t), 20u);
  for (std::string_view bad : {"2-May-2024 09:02:51 UTC]", "02-Foo-2024 09:02:51 UTC]", "02-May-2024 25:02:51 UTC]",
                               "02-May-2024T09:02:51 UTC]", "02-May-2024 09:02"})
    EXPECT_EQ(scan_php_log_time(bad, &t), 0u) << bad;
}

// Zabbix's "20240315:021705.118": date and time in digits, read as written.
TEST(CompactDateTime, ReadsZabbixsDigits) {
  Timestamp t;
  EXPECT_EQ(scan_compact_datetime("20240315:021705.118 failed to send email", &t), 19u);
  EXPECT_TRUE(t.valid);
  EXPECT_EQ(t.epoch_us, int64_t(1710469025) * 1000000 + 118000);  // 2024-03-15T02:17:05.118Z
  for (std::string_view bad : {"20241315:021705.118", "20240315 021705.118", "20240315:021705", "2024031:021705.118",
                               "20240315:251705.118"})
    EXPECT_EQ(scan_compact_datetime(bad, &t), 0u) << bad;
}

}  // namespace
}  // namespace mailtriage
