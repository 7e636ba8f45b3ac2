// Syslog envelopes: RFC 3164 (BSD), RFC 3339 timestamps, RFC 5424.
#include <gtest/gtest.h>

#include <string>

#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

constexpr std::time_t kJune2024 = 1717243200;  // 2024-06-01T12:00:00Z

int64_t us(int y, unsigned m, unsigned d, int hh, int mm, int ss, int64_t micros = 0) {
  return ((days_from_civil(y, m, d) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000 + micros;
}

struct Parsed {
  bool ok;
  SyslogRecord rec;
};

Parsed parse(std::string_view line) {
  YearInference years(kJune2024);
  Parsed p;
  p.ok = parse_syslog_line(line, years, &p.rec);
  return p;
}

TEST(Syslog, Rfc3164LineSplitsHostProgramPidAndMessage) {
  Parsed p = parse("Mar 10 12:00:00 mx1 postfix/submission/smtpd[11538]: connect from unknown[192.0.2.7]");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.rec.host, "mx1");
  EXPECT_EQ(p.rec.program, "postfix/submission/smtpd");
  EXPECT_EQ(p.rec.pid, 11538u);
  EXPECT_EQ(p.rec.message, "connect from unknown[192.0.2.7]");
  EXPECT_TRUE(p.rec.time.valid);
  EXPECT_TRUE(p.rec.time.year_inferred);
  EXPECT_EQ(p.rec.time.epoch_us, us(2024, 3, 10, 12, 0, 0));
}

// rsyslog's template in mail containers (boky/postfix): a padded severity
// where the host would be. A host that happens to be a severity's word, with
// one space after it, stays a host.
TEST(Syslog, APaddedSeverityInTheHostsPlaceIsNoHost) {
  Parsed p = parse("2025-03-11T06:41:30.104512+00:00 INFO    postfix/smtpd[412]: connect from x[192.0.2.7]");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.rec.host, "");
  EXPECT_EQ(p.rec.program, "postfix/smtpd");
  EXPECT_EQ(p.rec.pid, 412u);
  EXPECT_EQ(p.rec.message, "connect from x[192.0.2.7]");
  EXPECT_TRUE(p.rec.time.valid);
  Parsed w = parse("2025-03-11T06:41:30+00:00 WARNING postfix/smtp[5]: warning: x");
  ASSERT_TRUE(w.ok);
  EXPECT_EQ(w.rec.program, "postfix/smtp");
  Parsed h = parse("2025-03-11T06:41:30+00:00 INFO postfix/smtp[5]: x");
  ASSERT_TRUE(h.ok);
  EXPECT_EQ(h.rec.host, "INFO");
  // Only after an RFC 3339 time: a traditional line's upper-case host is a host.
  Parsed b = parse("Mar 10 12:00:00 INFO    postfix/smtp[5]: x");
  EXPECT_FALSE(b.ok && b.rec.host.empty());
}

// A tag first, no host: a Heroku drain's source and dyno, a container's
// template without the host. (A host never holds '[' nor ends in ':'.)
TEST(Syslog, ATagInTheHostsPlaceIsNoHost) {
  Parsed h = parse("2025-03-04T11:12:00.000000+00:00 app[web.1]: smtplib.SMTPAuthenticationError: (535, b'x')");
  ASSERT_TRUE(h.ok);
  EXPECT_EQ(h.rec.host, "");
  EXPECT_EQ(h.rec.program, "app");
  EXPECT_EQ(h.rec.pid, 0u);
  EXPECT_EQ(h.rec.message, "smtplib.SMTPAuthenticationError: (535, b'x')");
  Parsed c = parse("2025-03-04T11:12:00Z postfix/smtpd[412]: connect from x[192.0.2.7]");
  ASSERT_TRUE(c.ok);
  EXPECT_EQ(c.rec.host, "");
  EXPECT_EQ(c.rec.program, "postfix/smtpd");
  EXPECT_EQ(c.rec.pid, 412u);
  Parsed n = parse("2025-03-04T11:12:00Z mx1 postfix/smtpd[412]: connect from x[192.0.2.7]");
  ASSERT_TRUE(n.ok);
  EXPECT_EQ(n.rec.host, "mx1");
}

// Dovecot's own log file: its prefix and level after the time (either
// order), no host; the record is Dovecot's and the message starts at the
// prefix. A word ending in ':' that is neither is not taken for one.
TEST(Syslog, DovecotsOwnLogFileLinesAreDovecotsRecords) {
  for (const char* line : {"Nov 03 02:55:01 lmtp(ivy@example.org)<19538><wJa02vut>: Info: msgid=<a@b>: saved",
                           "Nov 03 02:55:00 master: Info: Dovecot v2.4.2 starting up",
                           "Nov 03 03:00:03 Fatal: master: service(lmtp): child 25100 killed with signal 9",
                           "Nov 03 03:04:24 imap-login: Info: Login: user=<kai@example.org>"}) {
    Parsed d = parse(line);
    ASSERT_TRUE(d.ok) << line;
    EXPECT_EQ(d.rec.program, "dovecot") << line;
    EXPECT_EQ(d.rec.host, "") << line;
    EXPECT_EQ(d.rec.message, std::string_view(line).substr(16)) << line;
  }
  // ... also with log_timestamp set to an ISO form ("%Y-%m-%d %H:%M:%S ").
  Parsed iso = parse("2025-03-04 10:00:02 Fatal: master: service(lmtp): child 25100 killed with signal 9");
  ASSERT_TRUE(iso.ok);
  EXPECT_EQ(iso.rec.program, "dovecot");
  EXPECT_EQ(iso.rec.message, "Fatal: master: service(lmtp): child 25100 killed with signal 9");
  EXPECT_TRUE(iso.rec.time.valid);
  Parsed other = parse("Nov 03 02:55:00 router: kernel: link up");
  EXPECT_NE(other.rec.program, "dovecot");
  Parsed upper = parse("Nov 03 02:55:00 Router: Info: link up");
  EXPECT_NE(upper.rec.program, "dovecot");
  Parsed app = parse("2025-03-04T10:00:00Z app: Error: failed to send mail: dial tcp 192.0.2.1:587: i/o timeout");
  EXPECT_NE(app.rec.program, "dovecot");
}

// Grafana Loki's logcli output: the entry's time and stream labels before the
// line as it was shipped.
TEST(Syslog, ALokiEntryIsTheSyslogLineItShipped) {
  YearInference years(kJune2024);
  SyslogRecord rec;
  EXPECT_EQ(parse_container_line("2025-03-13T10:06:04Z {filename=\"/var/log/maillog\", host=\"out2\"} Mar 13 10:06:04 "
                                 "out2 postfix/smtp[2242]: E03867C320: to=<a@example.org>, status=sent",
                                 years, &rec),
            ContainerLine::syslog);
  EXPECT_EQ(rec.host, "out2");
  EXPECT_EQ(rec.program, "postfix/smtp");
  EXPECT_EQ(rec.pid, 2242u);
  // A time and braces that are no label set: no prefix.
  EXPECT_EQ(after_container_prefix("2025-03-13T10:06:04Z {\"level\":\"error\""), "");
}

// Older Unix syslog daemons: AIX writes the facility and level after the host
// with a colon, Solaris a message id with them before the message.
TEST(Syslog, AixFacilityAndSolarisMessageIdAreNotTheMessage) {
  Parsed a = parse("Apr  8 06:04:58 mailgw01 mail:info sendmail[4725872]: 53864w05725872: <m@example.com>... User "
                   "unknown");
  ASSERT_TRUE(a.ok);
  EXPECT_EQ(a.rec.host, "mailgw01");
  EXPECT_EQ(a.rec.program, "sendmail");
  EXPECT_EQ(a.rec.pid, 4725872u);
  EXPECT_EQ(a.rec.message, "53864w05725872: <m@example.com>... User unknown");
  Parsed s = parse("Mar 14 03:05:41 erpdb01 sendmail[25041]: [ID 801593 mail.info] 52E35e0G025041: to=<a@example.org>");
  ASSERT_TRUE(s.ok);
  EXPECT_EQ(s.rec.program, "sendmail");
  EXPECT_EQ(s.rec.message, "52E35e0G025041: to=<a@example.org>");
  // A program's own text that opens with brackets stays whole; so does a tag with a colon in it.
  Parsed b = parse("Mar 14 03:05:41 host app[1]: [ID 42] not a priority");
  EXPECT_EQ(b.rec.message, "[ID 42] not a priority");
  Parsed c = parse("Mar 14 03:05:41 host kernel: usb:1-1 new device");
  EXPECT_EQ(c.rec.program, "kernel");
}

// `docker logs --timestamps` of one container: docker's time, then the
// container's syslog line with its own. A syslog line stamped in RFC 3339 has
// its host after the time, and keeps it.
TEST(Syslog, DockerTimestampsBeforeAContainersSyslogLine) {
  YearInference years(kJune2024);
  SyslogRecord rec;
  EXPECT_EQ(parse_container_line("2025-06-03T07:02:13.720048000Z Jun  3 07:02:13 mail postfix/smtpd[1210]: connect "
                                 "from unknown[203.0.113.88]",
                                 years, &rec),
            ContainerLine::syslog);
  EXPECT_EQ(rec.host, "mail");
  EXPECT_EQ(rec.program, "postfix/smtpd");
  EXPECT_EQ(after_container_prefix("2025-06-03T07:02:13Z mx1 postfix/smtpd[1210]: connect from x"), "");
  EXPECT_EQ(after_container_prefix("2025-06-03T07:02:13Z 192.0.2.7 postfix/smtpd[1210]: connect from x"), "");
}

// Pids of every length from one to ten digits, with the line ending right
// after the tag or going on, read as the number the digits say.
TEST(Syslog, PidsOfEveryLength) {
  uint64_t pid = 0;
  for (int digits = 1; digits <= 10; ++digits) {
    pid = pid * 10 + uint64_t(digits % 10);
    if (pid > UINT32_MAX) break;
    for (std::string_view message : {"", "x", "a longer message text"}) {
      const std::string line = "Mar 10 12:00:00 mx1 prog[" + std::to_string(pid) + "]: " + std::string(message);
      Parsed p = parse(line);
      ASSERT_TRUE(p.ok) << line;
      EXPECT_EQ(p.rec.pid, pid) << line;
      EXPECT_EQ(p.rec.message, message) << line;
    }
  }
  // Non-digits inside the brackets: no pid, and only dma's hex form is a tag.
  EXPECT_FALSE(parse("Mar 10 12:00:00 mx1 prog[12/45678]: text").ok);
  EXPECT_FALSE(parse("Mar 10 12:00:00 mx1 prog[12:45678]: text").ok);
  EXPECT_FALSE(parse("Mar 10 12:00:00 mx1 prog[123\x7f" "5678]: text").ok);
  EXPECT_EQ(parse("Mar 10 12:00:00 mx1 prog[0000000042]: text").rec.pid, 42u);
}

TEST(Syslog, TagWithoutPid) {
  Parsed p = parse("Mar 10 12:00:00 mx1 postfix/postfix-script: starting the Postfix mail system");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.rec.program, "postfix/postfix-script");
  EXPECT_EQ(p.rec.pid, 0u);
  EXPECT_EQ(p.rec.message, "starting the Postfix mail system");
}

// The tag's end is searched sixteen bytes at a time: tags of every length
// around those blocks, ended by '[', ':' or (no tag) a space, and a line that
// ends inside the tag.
TEST(Syslog, TagsOfEveryLengthEndAtTheirBracketColonOrSpace) {
  for (size_t n = 1; n <= 40; ++n) {
    std::string tag(n, 'p');
    tag[n / 2] = '/';
    // The record's views point into the line: the lines are kept.
    const std::string line_with_pid = "Mar 10 12:00:00 mx1 " + tag + "[42]: text";
    const std::string line_without_pid = "Mar 10 12:00:00 mx1 " + tag + ": text";
    Parsed with_pid = parse(line_with_pid);
    ASSERT_TRUE(with_pid.ok) << n;
    EXPECT_EQ(with_pid.rec.program, tag) << n;
    EXPECT_EQ(with_pid.rec.pid, 42u) << n;
    EXPECT_EQ(with_pid.rec.message, "text") << n;
    Parsed without_pid = parse(line_without_pid);
    ASSERT_TRUE(without_pid.ok) << n;
    EXPECT_EQ(without_pid.rec.program, tag) << n;
    EXPECT_FALSE(parse("Mar 10 12:00:00 mx1 " + tag + " text: no tag").ok) << n;
    EXPECT_FALSE(parse("Mar 10 12:00:00 mx1 " + tag).ok) << n;
  }
}

// The host's and the tag's ends are found in one pass over the first 32
// bytes, and a pid's digits eight bytes at a time, when the line goes on that
// far: pids of every length, with short and long messages after them, hosts
// of every length (their space before, at and after the 32nd byte), and
// brackets that do not hold a pid.
TEST(Syslog, PidsAndHostsOfEveryLengthInShortAndLongLines) {
  for (size_t host_size = 1; host_size <= 40; ++host_size) {
    const std::string host(host_size, 'h');
    // The last two are no pid a system gives, but a line is read alike however long its digits run.
    for (const std::string pid : {"7", "42", "2430", "65535", "4194304", "1234567890", "9999999999999999",
                                  "99999999999999999999992452"}) {
      uint32_t want = 0;  // as the digits have always been read: wrapping at 2^32
      for (char c : pid) want = want * 10 + uint32_t(c - '0');
      for (const std::string message : {"x", "3F2A1C4D5E: to=<r@example.net>, relay=mx.example.net[192.0.2.41]:25"}) {
        const std::string line = "Mar 10 12:00:00 " + host + " postfix/smtp[" + pid + "]: " + message;
        Parsed p = parse(line);
        ASSERT_TRUE(p.ok) << line;
        EXPECT_EQ(p.rec.host, host) << line;
        EXPECT_EQ(p.rec.pid, want) << line;
        EXPECT_EQ(p.rec.message, message) << line;
      }
    }
  }
  Parsed empty_pid = parse("Mar 10 12:00:00 mx1 postfix/smtp[]: a message long enough to be read in blocks");
  ASSERT_TRUE(empty_pid.ok);  // as syslogd may write it: no pid
  EXPECT_EQ(empty_pid.rec.pid, 0u);
  // dma's hex ids are tags without a pid.
  for (const std::string dma : {"[1a4f2]", "[1a4f2.55d0e3a6c2a0]"}) {
    const std::string line = "Mar 10 12:00:00 fw3 dma" + dma + ": remote delivery failed";  // the record views it
    Parsed p = parse(line);
    ASSERT_TRUE(p.ok) << dma;
    EXPECT_EQ(p.rec.program, "dma");
    EXPECT_EQ(p.rec.pid, 0u);
    EXPECT_EQ(p.rec.message, "remote delivery failed");
  }
  for (const std::string bad : {"[12g]", "[12 ]", "[12", "[-1]", "[1a.]", "[1.2.3]"}) {
    for (const std::string tail : {"", ": a message long enough to be read in blocks"}) {
      EXPECT_FALSE(parse("Mar 10 12:00:00 mx1 postfix/smtp" + bad + tail).ok) << bad << tail;
    }
  }
}

TEST(Syslog, PriorityPrefixBeforeABsdTimestamp) {
  Parsed p = parse("<22>Mar 10 12:00:00 mx1 postfix/qmgr[5]: 3F2A1C4D5E: removed");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.rec.program, "postfix/qmgr");
  EXPECT_EQ(p.rec.message, "3F2A1C4D5E: removed");
}

TEST(Syslog, UnpaddedDayAsSomeRelaysWriteIt) {
  Parsed p = parse("Aug 3 15:30:49 ksusha postfix/smtpd[17041]: warning: x");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.rec.host, "ksusha");
  EXPECT_EQ(p.rec.time.epoch_us, us(2023, 8, 3, 15, 30, 49));  // August is after the file's June: last year
}

TEST(Syslog, Rfc3339TimestampWithMicrosecondsAndOffset) {
  Parsed p = parse("2024-03-10T12:00:00.250000+01:00 mx1 postfix/smtp[77]: 3F2A1C4D5E: to=<a@example.net>");
  ASSERT_TRUE(p.ok);
  EXPECT_FALSE(p.rec.time.year_inferred);
  EXPECT_EQ(p.rec.time.epoch_us, us(2024, 3, 10, 11, 0, 0, 250000));
  EXPECT_EQ(p.rec.host, "mx1");
  EXPECT_EQ(p.rec.pid, 77u);
  EXPECT_EQ(p.rec.message, "3F2A1C4D5E: to=<a@example.net>");
}

TEST(Syslog, BsdAndRfc3339LinesInOneFile) {
  YearInference years(kJune2024);
  SyslogRecord a, b, c;
  ASSERT_TRUE(parse_syslog_line("Mar 10 11:59:59 mx1 postfix/smtpd[1]: connect from a[192.0.2.1]", years, &a));
  ASSERT_TRUE(parse_syslog_line("2024-03-10T12:00:00Z mx1 postfix/smtpd[1]: disconnect from a[192.0.2.1]", years, &b));
  ASSERT_TRUE(parse_syslog_line("Mar 10 12:00:01 mx1 postfix/smtpd[2]: connect from b[192.0.2.2]", years, &c));
  EXPECT_EQ(b.time.epoch_us - a.time.epoch_us, 1000000);
  EXPECT_EQ(c.time.epoch_us - b.time.epoch_us, 1000000);
}

TEST(Syslog, Rfc5424WithPidAndNoStructuredData) {
  Parsed p = parse("<22>1 2024-03-10T12:00:00.003Z mx1.example.org postfix/smtpd 4242 - - connect from "
                   "unknown[192.0.2.7]");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.rec.host, "mx1.example.org");
  EXPECT_EQ(p.rec.program, "postfix/smtpd");
  EXPECT_EQ(p.rec.pid, 4242u);
  EXPECT_EQ(p.rec.message, "connect from unknown[192.0.2.7]");
  EXPECT_EQ(p.rec.time.epoch_us, us(2024, 3, 10, 12, 0, 0, 3000));
}

TEST(Syslog, Rfc5424StructuredDataWithEscapedBracketAndBom) {
  Parsed p = parse("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 "
                   "iut=\"3\" note=\"a\\]b\"][other@1 x=\"y\"] \xEF\xBB\xBF"
                   "An application event log entry");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.rec.program, "evntslog");
  EXPECT_EQ(p.rec.pid, 0u);  // "-"
  EXPECT_EQ(p.rec.message, "An application event log entry");
}

TEST(Syslog, Rfc5424NilValues) {
  Parsed p = parse("<13>1 - - - - - -");
  ASSERT_TRUE(p.ok);
  EXPECT_FALSE(p.rec.time.valid);
  EXPECT_EQ(p.rec.host, "");
  EXPECT_EQ(p.rec.program, "");
  EXPECT_EQ(p.rec.message, "");
}

TEST(Syslog, FreeBsdFacilityLevelBeforeTheHost) {
  Parsed p = parse("Jun 17 14:37:39 <mail.notice> mx1 postfix/smtpd[1]: connect from a[192.0.2.1]");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.rec.host, "mx1");
  EXPECT_EQ(p.rec.program, "postfix/smtpd");
}

// A central collector's template (syslog-ng: "${SOURCEIP} ${ISODATE} ${HOST}
// ${FACILITY}.${LEVEL} ${MSGHDR}${MSG}"): the sender's address before the
// time, the facility and level after the host.
TEST(Syslog, CollectorTemplateWithSourceAddressAndFacilityLevel) {
  Parsed p = parse("192.0.2.41 2025-12-31T23:40:07+01:00 mx4.example.org mail.info postfix/qmgr[5012]: 9A3C11E0B1: "
                   "removed");
  ASSERT_TRUE(p.ok);
  EXPECT_TRUE(p.rec.time.valid);
  EXPECT_EQ(p.rec.host, "mx4.example.org");
  EXPECT_EQ(p.rec.program, "postfix/qmgr");
  EXPECT_EQ(p.rec.pid, 5012u);
  EXPECT_EQ(p.rec.message, "9A3C11E0B1: removed");
  // Either alone is read too; a word that is no facility stays no tag.
  EXPECT_TRUE(parse("2025-12-31T23:40:07+01:00 mx4 local3.warning dovecot: x").ok);
  EXPECT_FALSE(parse("198.51.100.7 Dec 31 23:40:07 mx4 postfix/smtpd[1]: x").ok);  // only before an RFC 3339 time
  EXPECT_FALSE(parse("2025-12-31T23:40:07+01:00 mx4 hello.world prog[1]: x").ok);
  EXPECT_FALSE(parse("192.0.2 2025-12-31T23:40:07+01:00 mx4 prog[1]: x").ok);
}

TEST(Syslog, LinesWithoutAnEnvelopeAreRejected) {
  for (std::string_view bad : {"", "hello world", "Mar 10 12:00:00", "Mar 10 12:00:00 hostonly",
                               "Mar 10 12:00:00 mx1 no tag here", "Mar 10 12:00:00 mx1 prog[12x]: x",
                               "Mar 10 12:00:00 mx1 prog[12] x", "<999999>Mar 10 12:00:00 mx1 prog: x",
                               "<22>1 2024-03-10T12:00:00Z host app", "2024-03-10T12:00:00Z", "Mar 10 12:00:00 mx1 :x"}) {
    Parsed p = parse(bad);
    EXPECT_FALSE(p.ok) << "'" << bad << "'";
  }
}

}  // namespace
}  // namespace mailtriage
