// The journald envelope (`journalctl -o json`): the record's fields, MESSAGE
// as bytes, damaged records, and the promise that a log gives the same events
// as syslog lines and as journal records.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "parsers/journald.h"
#include "parsers/registry.h"
#include "parsers/timestamp.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using testing::CollectingSink;
using testing::OwnedEvent;

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += char(c);
    else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else out += char(c);
  }
  return out + "\"";
}

// A record as `journalctl -o json` prints one for a syslog-socket message:
// the trusted fields, then the program's own, with the envelope fields
// mailtriage reads spread among them.
std::string journal_record(std::string_view host, std::string_view ident, uint32_t pid, int64_t epoch_us,
                           std::string_view message) {
  std::string comm(ident.substr(ident.rfind('/') == std::string_view::npos ? 0 : ident.rfind('/') + 1));
  std::string r = "{\"__CURSOR\":\"s=6f3b2a1c9d8e4f70a1b2c3d4e5f60718;i=1a2b;b=0f1e2d3c4b5a69788796a5b4c3d2e1f0;"
                  "m=3c2d1e;t=" + std::to_string(epoch_us) + ";x=4a5b6c7d8e9f0a1b\",";
  r += "\"__REALTIME_TIMESTAMP\":\"" + std::to_string(epoch_us) + "\",";
  r += "\"__MONOTONIC_TIMESTAMP\":\"3943710\",\"_BOOT_ID\":\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\",";
  r += "\"_TRANSPORT\":\"syslog\",\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"2\",";
  r += "\"SYSLOG_IDENTIFIER\":" + json_string(ident) + ",";
  r += "\"SYSLOG_PID\":\"" + std::to_string(pid) + "\",";
  r += "\"MESSAGE\":" + json_string(message) + ",";
  r += "\"_PID\":\"" + std::to_string(pid) + "\",\"_UID\":\"0\",\"_GID\":\"0\",";
  r += "\"_COMM\":" + json_string(comm) + ",\"_EXE\":\"/usr/lib/postfix/sbin/" + comm + "\",";
  r += "\"_SYSTEMD_UNIT\":\"postfix@-.service\",\"_HOSTNAME\":" + json_string(host) + ",";
  r += "\"_SOURCE_REALTIME_TIMESTAMP\":\"" + std::to_string(epoch_us - 17) + "\"}";
  return r;
}

struct Line {
  int day, hh, mm, ss;
  const char* host;
  const char* ident;
  uint32_t pid;
  const char* message;
};

int64_t epoch_2024_jan(int day, int hh, int mm, int ss) {
  return (days_from_civil(2024, 1, unsigned(day)) * 86400 + hh * 3600 + mm * 60 + ss) * int64_t(1000000);
}

std::string bsd_line(const Line& l) {
  char buf[2048];
  std::snprintf(buf, sizeof buf, "Jan %2d %02d:%02d:%02d %s %s[%u]: %s", l.day, l.hh, l.mm, l.ss, l.host, l.ident,
                l.pid, l.message);
  return buf;
}

std::string rfc3339_line(const Line& l) {
  char buf[2048];
  std::snprintf(buf, sizeof buf, "2024-01-%02dT%02d:%02d:%02d.000000+00:00 %s %s[%u]: %s", l.day, l.hh, l.mm, l.ss,
                l.host, l.ident, l.pid, l.message);
  return buf;
}

std::string json_line(const Line& l) {
  return journal_record(l.host, l.ident, l.pid, epoch_2024_jan(l.day, l.hh, l.mm, l.ss), l.message);
}

CollectingSink run(const std::vector<std::string>& lines, std::vector<Outcome>* outcomes = nullptr) {
  FileContext ctx;
  ctx.path = "mail.log";
  ctx.mtime = 1735603200;  // 2024-12-31: the syslog lines' year is 2024
  ctx.now = ctx.mtime;
  auto parser = make_syslog_dispatcher(ctx, nullptr);
  CollectingSink sink;
  uint64_t n = 0;
  for (const std::string& l : lines) {
    Outcome o = parser->parse_line(l, ++n, sink);
    if (outcomes) outcomes->push_back(o);
  }
  parser->finish(sink);
  return sink;
}

// Everything but the year-inferred flag (syslog lines have no year) must agree.
void expect_same_events(const CollectingSink& a, const CollectingSink& b, const char* what) {
  ASSERT_EQ(a.events.size(), b.events.size()) << what;
  for (size_t i = 0; i < a.events.size(); ++i) {
    const OwnedEvent &x = a.events[i], &y = b.events[i];
    SCOPED_TRACE(std::string(what) + ", event " + std::to_string(i) + ": " + x.diagnostic);
    EXPECT_EQ(x.time.epoch_us, y.time.epoch_us);
    EXPECT_EQ(x.action, y.action);
    EXPECT_EQ(x.dataset, y.dataset);
    EXPECT_EQ(x.file_line, y.file_line);
    EXPECT_EQ(x.host_name, y.host_name);
    EXPECT_EQ(x.process_name, y.process_name);
    EXPECT_EQ(x.process_pid, y.process_pid);
    EXPECT_EQ(x.local_id, y.local_id);
    EXPECT_EQ(x.message_id, y.message_id);
    EXPECT_EQ(x.from_address, y.from_address);
    EXPECT_EQ(x.to_address, y.to_address);
    EXPECT_EQ(x.destination_domain, y.destination_domain);
    EXPECT_EQ(x.destination_ip, y.destination_ip);
    EXPECT_EQ(x.destination_port, y.destination_port);
    EXPECT_EQ(x.source_domain, y.source_domain);
    EXPECT_EQ(x.source_ip, y.source_ip);
    EXPECT_EQ(x.reply_code, y.reply_code);
    EXPECT_EQ(x.enhanced_status, y.enhanced_status);
    EXPECT_EQ(x.smtp_command, y.smtp_command);
    EXPECT_EQ(x.diagnostic, y.diagnostic);
    EXPECT_EQ(x.hard, y.hard);
    EXPECT_EQ(x.delay_ms, y.delay_ms);
  }
  for (size_t t = 0; t < size_t(Tally::kCount); ++t) EXPECT_EQ(a.tallies[t], b.tallies[t]) << what << " tally " << t;
}

void expect_same_under_every_envelope(const std::vector<Line>& log, size_t min_events) {
  std::vector<std::string> bsd, iso, json;
  for (const Line& l : log) {
    bsd.push_back(bsd_line(l));
    iso.push_back(rfc3339_line(l));
    json.push_back(json_line(l));
  }
  std::vector<Outcome> ob, oj;
  CollectingSink from_bsd = run(bsd, &ob), from_iso = run(iso), from_json = run(json, &oj);
  EXPECT_GE(from_bsd.events.size(), min_events);
  for (const OwnedEvent& e : from_bsd.events) EXPECT_TRUE(e.time.year_inferred);
  for (const OwnedEvent& e : from_json.events) EXPECT_FALSE(e.time.year_inferred);
  expect_same_events(from_bsd, from_json, "RFC 3164 vs journald JSON");
  expect_same_events(from_bsd, from_iso, "RFC 3164 vs RFC 3339");
  EXPECT_EQ(ob, oj);
}

TEST(JournaldReader, ReadsTheEnvelopeFields) {
  JournaldReader reader;
  SyslogRecord rec;
  std::string line = journal_record("mx1", "postfix/smtp", 2203, 1704189845123456,
                                    "4Q00001: to=<a@example.org>, status=sent (250 2.0.0 OK)");
  ASSERT_EQ(reader.parse(line, &rec), JournaldError::ok);
  EXPECT_EQ(rec.program, "postfix/smtp");
  EXPECT_EQ(rec.pid, 2203u);
  EXPECT_EQ(rec.host, "mx1");
  EXPECT_EQ(rec.message, "4Q00001: to=<a@example.org>, status=sent (250 2.0.0 OK)");
  EXPECT_TRUE(rec.time.valid);
  EXPECT_FALSE(rec.time.year_inferred);
  EXPECT_EQ(rec.time.epoch_us, 1704189845123456);
}

TEST(JournaldReader, MessageAsBytesIsDecoded) {
  JournaldReader reader;
  SyslogRecord rec;
  // journald stores a MESSAGE that is not valid UTF-8 as an array of bytes.
  std::string line =
      "{\"__REALTIME_TIMESTAMP\":\"1704189845000000\",\"SYSLOG_IDENTIFIER\":\"sm-mta\",\"_PID\":\"77\","
      "\"_HOSTNAME\":\"mx\",\"MESSAGE\":[120,49,58,32,60,97,64,98,62,46,46,46,32,85,115,101,114,32,117,110,"
      "107,110,111,119,110,32,255]}";
  ASSERT_EQ(reader.parse(line, &rec), JournaldError::ok);
  EXPECT_EQ(rec.message, std::string("x1: <a@b>... User unknown \xff"));
  EXPECT_EQ(rec.program, "sm-mta");
}

TEST(JournaldReader, RepeatedFieldUsesTheFirstValueAndCommStandsInForTheIdentifier) {
  JournaldReader reader;
  SyslogRecord rec;
  std::string line =
      "{\"MESSAGE\":[\"first\",\"second\"],\"_COMM\":\"exim4\",\"SYSLOG_PID\":\"12\",\"_PID\":\"34\","
      "\"__REALTIME_TIMESTAMP\":\"1704189845000000\"}";
  ASSERT_EQ(reader.parse(line, &rec), JournaldError::ok);
  EXPECT_EQ(rec.message, "first");
  EXPECT_EQ(rec.program, "exim4");
  EXPECT_EQ(rec.pid, 34u);  // the journal's own _PID wins over what the program claimed
}

TEST(JournaldReader, DamagedRecordsSayWhatIsWrong) {
  JournaldReader reader;
  SyslogRecord rec;
  EXPECT_EQ(reader.parse("{\"MESSAGE\":\"x\",", &rec), JournaldError::not_json);
  EXPECT_EQ(reader.parse("[1,2,3]", &rec), JournaldError::not_json);
  EXPECT_EQ(reader.parse("{\"SYSLOG_IDENTIFIER\":\"postfix/smtp\"}", &rec), JournaldError::no_message);
  // journalctl prints null for a field larger than it will show.
  EXPECT_EQ(reader.parse("{\"MESSAGE\":null,\"__REALTIME_TIMESTAMP\":\"1\"}", &rec), JournaldError::no_message);
  EXPECT_EQ(reader.parse("{\"MESSAGE\":\"x\",\"__REALTIME_TIMESTAMP\":\"soon\"}", &rec),
            JournaldError::bad_timestamp);
  EXPECT_EQ(reader.parse("{\"MESSAGE\":[1,2,999]}", &rec), JournaldError::no_message);
  // json-seq (RFC 7464) puts a record separator before each record.
  EXPECT_EQ(reader.parse("\x1e{\"MESSAGE\":\"ok\",\"__REALTIME_TIMESTAMP\":\"1704189845000000\"}", &rec),
            JournaldError::ok);
  EXPECT_EQ(rec.message, "ok");
  EXPECT_FALSE(journald_error_name(JournaldError::not_json).empty());
}

TEST(JournaldReader, ReusedReaderKeepsNothingFromTheLastRecord) {
  JournaldReader reader;
  SyslogRecord rec;
  ASSERT_EQ(reader.parse(journal_record("a", "exim", 1, 1704189845000000, std::string(5000, 'x')), &rec),
            JournaldError::ok);
  ASSERT_EQ(reader.parse("{\"MESSAGE\":\"short\",\"__REALTIME_TIMESTAMP\":\"1704189846000000\"}", &rec),
            JournaldError::ok);
  EXPECT_EQ(rec.message, "short");
  EXPECT_TRUE(rec.host.empty());
  EXPECT_TRUE(rec.program.empty());
  EXPECT_EQ(rec.pid, 0u);
}

// A file that is no known format and has no syslog line (an application's
// own log whose first lines name no mail program) goes to the client reader,
// which finds failures by their wording; an empty head stays with syslog.
TEST(DetectFormat, AnUnknownApplicationLogIsReadAsAClientLog) {
  const std::string rails =
      "I, [2024-05-14T08:00:01.123456 #4121]  INFO -- : Started GET \"/tickets\" for 192.0.2.10\n"
      "I, [2024-05-14T08:00:01.223456 #4121]  INFO -- : Completed 200 OK in 12ms\n";
  const FormatSpec* spec = detect_format(rails);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->name, "client");
  EXPECT_EQ(detect_format(""), nullptr);
  EXPECT_EQ(detect_format("\n\n"), nullptr);
  // A table or prose is not a log: it stays unrecognized (a directory walk
  // meets README files and label tables beside the logs).
  EXPECT_EQ(detect_format("file\trcpt_index\treason\nmaildir/a.eml\t1\tuserunknown\nmaildir/b.eml\t1\tfiltered\n"),
            nullptr);
  EXPECT_EQ(detect_format("# Sources\n\nThese messages were collected from public bug reports.\n"), nullptr);
}

// "time LEVEL Logger: message" (a PHP worker's, a Python service's log) has the
// shape of a syslog line whose host is the level; it is the application's log,
// and its failures are found by the client reader. A mail program's line with a
// level where the host would be is still read as syslog.
TEST(DetectFormat, AnApplicationLogWithItsLevelWhereAHostWouldBeIsAClientLog) {
  const std::string worker =
      "2025-03-01 10:00:00 INFO Worker: starting queue consumer\n"
      "2025-03-01 10:00:02 ERROR Mailer: Connection could not be established with host \"smtp.example.com:587\"\n"
      "2025-03-01 10:00:03 WARNING Worker: job 1141 failed, retrying in 60s\n";
  EXPECT_EQ(sniff_syslog(worker), 0);
  const FormatSpec* spec = detect_format(worker);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->name, "client");
  const std::string postfix_behind_a_level =
      "2025-03-01T10:00:00+00:00 INFO postfix/qmgr[412]: 4Q00001: removed\n"
      "2025-03-01T10:00:01+00:00 INFO postfix/smtpd[413]: connect from unknown[192.0.2.9]\n";
  EXPECT_EQ(sniff_syslog(postfix_behind_a_level), 100);
  EXPECT_EQ(detect_format(postfix_behind_a_level), nullptr);
  // A host of lower-case letters named like a level is a host.
  EXPECT_EQ(sniff_syslog("2025-03-01T10:00:00+00:00 info cron[12]: job started\n"), 100);
}

// Errors pasted on their own lines (a helpdesk's notes, an NDR's diagnostic copied
// out): no time, no program, but a refusal with its enhanced status. They are the
// client reader's; an Exim log's lines, which quote refusals too, open with a time.
TEST(DetectFormat, PastedRefusalsWithAStatusAreReadAsAClientLog) {
  const std::string pasted =
      "Remote Server returned '550 5.4.300 Message expired'\n"
      "#550 4.4.7 QUEUE.Expired; message expired ##\n";
  const FormatSpec* spec = detect_format(pasted);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->name, "client");
  const std::string exim =
      "2025-03-01 10:00:00 1tXyZa-000123-AB ** bob@example.org R=dnslookup T=remote_smtp: SMTP error from "
      "remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 User unknown\n"
      "2025-03-01 10:00:00 1tXyZa-000123-AB Completed\n";
  spec = detect_format(exim);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->name, "exim");
  // A document that quotes a few among its prose and tables is not a log of them.
  EXPECT_EQ(detect_format("# Bounce corpus\n\nThe messages come from public test suites.\n\n"
                          "| file | reply |\n|---|---|\n| a.eml | 550 5.1.1 User unknown |\n"
                          "Each row names the reason expected.\nSee LICENSE for the terms.\n"),
            nullptr);
  // Nor is a table of expected results, one reply per row.
  EXPECT_EQ(detect_format("file\trcpt\tstatus\treply\treason\n"
                          "maildir/a.eml\t1\t5.1.1\t550\tuserunknown\nmaildir/b.eml\t1\t5.2.2\t552\tmailboxfull\n"),
            nullptr);
  // A syslog line quoting one stays the syslog reader's.
  EXPECT_EQ(detect_format("Mar  1 10:00:00 mx postfix/smtp[412]: 4Q00001: to=<bob@example.org>, relay=none, "
                          "status=bounced (host said: 550 5.1.1 User unknown)\n"),
            nullptr);
}

TEST(JournaldEnvelope, SniffedAsSyslogAndReadByTheDispatcher) {
  std::string head;
  for (int i = 0; i < 3; ++i)
    head += journal_record("mx", "postfix/qmgr", 100, 1704189845000000 + i, "4Q00001: removed") + "\n";
  EXPECT_EQ(sniff_syslog(head), 100);
  EXPECT_EQ(detect_format(head), nullptr);  // null = the syslog/journald dispatcher
}

TEST(JournaldEnvelope, EximAndSendmailGiveTheSameEventsAsUnderSyslog) {
  expect_same_under_every_envelope(
      {
          {2, 3, 4, 5, "mx1", "exim", 4711,
           "1rKzXa-000Abc-Q1 <= alice@example.org H=mail.example.org [192.0.2.10] P=esmtp S=3120 id=m1@example.org"},
          {2, 3, 4, 6, "mx1", "exim", 4712,
           "1rKzXa-000Abc-Q1 ** nobody@example.net R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.7]: SMTP "
           "error from remote mail server after RCPT TO:<nobody@example.net>: 550 5.1.1 User unknown"},
          {2, 3, 4, 7, "mx1", "exim", 4712, "1rKzXa-000Abc-Q1 Completed"},
          {2, 3, 5, 0, "mx1", "exim", 4800,
           "login authenticator failed for (ylmf-pc) [120.196.140.45]: 535 Incorrect authentication data"},
          {2, 4, 0, 0, "mx2", "sm-mta", 1201,
           "402A0000A0001201: from=<alice@example.org>, size=5360, class=0, nrcpts=1, msgid=<m2@example.org>, "
           "proto=ESMTP, daemon=MTA, relay=mail.example.org [192.0.2.10]"},
          {2, 4, 0, 2, "mx2", "sm-mta", 1202,
           "402A0000A0001201: to=<bob@example.net>, delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=150360, "
           "relay=mx.example.net. [203.0.113.7], dsn=4.0.0, stat=Deferred: Connection refused by mx.example.net."},
          {2, 4, 1, 0, "mx2", "sm-mta", 1300,
           "s1P819mk027713: ruleset=check_rcpt, arg1=<x@example.com>, relay=[192.0.2.66], reject=550 5.7.1 "
           "<x@example.com>... Relaying denied"},
          {2, 4, 2, 0, "mx2", "dovecot", 900, "imap-login: Login: user=<bob>, method=PLAIN, rip=192.0.2.5"},
      },
      4);
}

TEST(JournaldEnvelope, PostfixGivesTheSameEventsAsUnderSyslog) {
  expect_same_under_every_envelope(
      {
          {2, 10, 0, 0, "mail", "postfix/smtpd", 2201, "connect from client.example.net[198.51.100.20]"},
          {2, 10, 0, 1, "mail", "postfix/smtpd", 2201, "4C1B2D3E0A: client=client.example.net[198.51.100.20]"},
          {2, 10, 0, 1, "mail", "postfix/cleanup", 2202, "4C1B2D3E0A: message-id=<20240102100001.1@example.com>"},
          {2, 10, 0, 1, "mail", "postfix/qmgr", 1100,
           "4C1B2D3E0A: from=<sender@example.com>, size=4242, nrcpt=2 (queue active)"},
          {2, 10, 0, 2, "mail", "postfix/smtp", 2203,
           "4C1B2D3E0A: to=<gone@example.org>, relay=mx.example.org[192.0.2.10]:25, delay=1.2, "
           "delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.10] said: 550 5.1.1 "
           "<gone@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to "
           "RCPT TO command))"},
          {2, 10, 0, 3, "mail", "postfix/smtp", 2203,
           "4C1B2D3E0A: to=<slow@example.net>, relay=none, delay=31, delays=0.1/0/31/0, dsn=4.4.1, status=deferred "
           "(connect to mx.example.net[203.0.113.5]:25: Connection timed out)"},
          {2, 10, 0, 4, "mail", "postfix/bounce", 2204,
           "4C1B2D3E0A: sender non-delivery notification: 4C1B2D3F1B"},
          {2, 10, 0, 5, "mail", "postfix/qmgr", 1100, "4C1B2D3E0A: removed"},
          {2, 10, 1, 0, "mail", "postfix/smtpd", 2210,
           "NOQUEUE: reject: RCPT from unknown[192.0.2.99]: 554 5.7.1 <x@example.net>: Relay access denied; "
           "from=<spam@example.com> to=<x@example.net> proto=ESMTP helo=<bot>"},
          {2, 10, 2, 0, "mail", "postfix/smtpd", 2211,
           "warning: unknown[203.0.113.77]: SASL LOGIN authentication failed: UGFzc3dvcmQ6"},
          {2, 10, 3, 0, "mail", "opendkim", 700, "4C1B2D3E0A: DKIM-Signature field added (s=mail, d=example.com)"},
      },
      4);
}

// A `-o json` record as `journalctl -o json-pretty` prints it: "{" alone,
// each member on a line of its own, indented, '"KEY" : value', "}" alone.
std::vector<std::string> pretty_lines(const std::string& record) {
  std::vector<std::string> out{"{"};
  std::string member;
  bool quoted = false, escaped = false;
  for (size_t i = 1; i + 1 < record.size(); ++i) {
    const char c = record[i];
    if (quoted) {
      member.push_back(c);
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') quoted = false;
      continue;
    }
    if (c == '"') quoted = true;
    if (c == ',') {
      out.push_back("\t" + member + ",");
      member.clear();
      continue;
    }
    if (c == ':') {
      member += " : ";
      continue;
    }
    member.push_back(c);
  }
  out.push_back("\t" + member);
  out.push_back("}");
  return out;
}

// The same records give the same events, on the line that closes each; the
// other lines of a record are recognized as its parts.
TEST(JournaldEnvelope, JsonPrettyRecordsAreReadAsTheirJsonLines) {
  const std::vector<Line> log = {
      {2, 10, 0, 1, "mail", "postfix/qmgr", 1100, "4C1B2D3E0A: from=<sender@example.com>, size=4242, nrcpt=1 (queue active)"},
      {2, 10, 0, 2, "mail", "postfix/smtp", 2203,
       "4C1B2D3E0A: to=<gone@example.org>, relay=mx.example.org[192.0.2.10]:25, delay=1.2, delays=0.1/0/0.5/0.6, "
       "dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.10] said: 550 5.1.1 <gone@example.org>: Recipient "
       "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))"},
      {2, 10, 1, 0, "mail", "postfix/smtpd", 2210,
       "NOQUEUE: reject: RCPT from unknown[192.0.2.99]: 554 5.7.1 <x@example.net>: Relay access denied; "
       "from=<spam@example.com> to=<x@example.net> proto=ESMTP helo=<bot>"},
  };
  std::vector<std::string> json, pretty;
  std::vector<uint64_t> closing;
  for (const Line& l : log) {
    json.push_back(json_line(l));
    for (const std::string& p : pretty_lines(json.back())) pretty.push_back(p);
    closing.push_back(pretty.size());
  }
  std::vector<Outcome> oj, op;
  const CollectingSink from_json = run(json, &oj), from_pretty = run(pretty, &op);
  ASSERT_EQ(from_json.events.size(), 2u);
  ASSERT_EQ(from_pretty.events.size(), from_json.events.size());
  for (size_t i = 0; i < from_json.events.size(); ++i) {
    EXPECT_EQ(from_pretty.events[i].action, from_json.events[i].action);
    EXPECT_EQ(from_pretty.events[i].time.epoch_us, from_json.events[i].time.epoch_us);
    EXPECT_EQ(from_pretty.events[i].to_address, from_json.events[i].to_address);
    EXPECT_EQ(from_pretty.events[i].diagnostic, from_json.events[i].diagnostic);
    EXPECT_EQ(from_pretty.events[i].file_line, closing[from_json.events[i].file_line - 1]);
  }
  size_t record = 0;
  for (size_t i = 0; i < op.size(); ++i) {
    if (record < closing.size() && i + 1 == closing[record]) {
      EXPECT_EQ(op[i], oj[record]) << "closing line " << i + 1;
      ++record;
    } else {
      EXPECT_EQ(op[i], Outcome::recognized) << "line " << i + 1;
    }
  }
}

// A "{" alone that no member line follows gathers nothing: the next line is
// read as itself.
TEST(JournaldEnvelope, ALoneBraceDoesNotSwallowTheNextLine) {
  std::vector<Outcome> o;
  const CollectingSink sink =
      run({"{",
           "Jan  2 10:01:00 mail postfix/smtpd[2210]: NOQUEUE: reject: RCPT from unknown[192.0.2.99]: 554 5.7.1 "
           "<x@example.net>: Relay access denied; from=<spam@example.com> to=<x@example.net> proto=ESMTP helo=<bot>",
           "}"},
          &o);
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(sink.events[0].file_line, 2u);
  ASSERT_EQ(o.size(), 3u);
  EXPECT_EQ(o[1], Outcome::reported);
  EXPECT_EQ(o[2], Outcome::unrecognized);
}

TEST(JournaldSample, MixedRecordsAreDispatchedAndTheNullMessageIsCounted) {
  std::ifstream in(testing::source_dir() / "corpora/journald/mixed.json", std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 12u);
  std::vector<Outcome> outcomes;
  CollectingSink sink = run(lines, &outcomes);
  EXPECT_EQ(std::count(outcomes.begin(), outcomes.end(), Outcome::unrecognized), 1);
  EXPECT_EQ(outcomes[10], Outcome::unrecognized);  // MESSAGE: null
  ASSERT_EQ(sink.events.size(), 3u);
  EXPECT_EQ(sink.events[0].action, Action::bounced);
  EXPECT_EQ(sink.events[0].message_id, "20240310060000.5ad3ba32@example.net");
  EXPECT_EQ(sink.events[0].host_name, "mx1");
  EXPECT_EQ(sink.events[1].action, Action::rejected);  // from the MESSAGE stored as bytes
  EXPECT_EQ(sink.events[1].from_address, "caf\xe9@example.com");
  EXPECT_EQ(sink.events[2].action, Action::failed);
  EXPECT_EQ(sink.tallies[size_t(Tally::sasl_failure)], 1u);
}

TEST(JournaldReader, NoProperPrefixOfARecordIsARecord) {
  JournaldReader reader;
  SyslogRecord rec;
  const std::string line = journal_record("mx", "postfix/smtp", 2203, 1704189845123456,
                                          "4C1B2D3E0A: to=<a@example.org>, status=sent (250 2.0.0 \"OK\" \\ done)");
  ASSERT_EQ(reader.parse(line, &rec), JournaldError::ok);
  for (size_t n = 0; n < line.size(); ++n) {
    std::unique_ptr<char[]> copy(new char[n + 1]);
    std::memcpy(copy.get(), line.data(), n);
    EXPECT_NE(reader.parse(std::string_view(copy.get(), n), &rec), JournaldError::ok) << n;
  }
}

// A json-pretty record whose "}" never came (output cut off at the end of the
// file, or another line's shape in the middle) is still read, as of its last
// member line: its failure must not vanish while its lines are counted.
TEST(JournaldEnvelope, JsonPrettyRecordCutOffIsReadWithWhatItHas) {
  const Line deferred = {2, 10, 0, 2, "mail", "postfix/smtp", 2203,
                         "4C1B2D3E0A: to=<a@example.org>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, "
                         "status=deferred (connect to mx.example.org[192.0.2.10]:25: Connection timed out)"};
  std::vector<std::string> whole = pretty_lines(json_line(deferred));
  ASSERT_GE(whole.size(), 4u);

  // Cut at the end of the input: "}" missing, the last member keeps its comma.
  std::vector<std::string> cut(whole.begin(), whole.end() - 1);
  cut.back() += ",";
  const CollectingSink at_end = run(cut);
  ASSERT_EQ(at_end.events.size(), 1u);
  EXPECT_EQ(at_end.events[0].action, Action::deferred);
  EXPECT_EQ(at_end.events[0].to_address, "a@example.org");
  EXPECT_EQ(at_end.events[0].file_line, cut.size());

  // Cut in the middle: a plain syslog line follows; both are read, in order.
  std::vector<std::string> interrupted(whole.begin(), whole.end() - 1);
  const size_t last_member = interrupted.size();
  interrupted.push_back(
      "Mar 10 06:01:33 mx1 postfix/smtpd[2484]: NOQUEUE: reject: RCPT from unknown[192.0.2.99]: 554 5.7.1 "
      "<x@example.net>: Relay access denied; from=<s@example.com> to=<x@example.net> proto=ESMTP helo=<bot>");
  std::vector<Outcome> outcomes;
  const CollectingSink mid = run(interrupted, &outcomes);
  ASSERT_EQ(mid.events.size(), 2u);
  EXPECT_EQ(mid.events[0].action, Action::deferred);
  EXPECT_EQ(mid.events[0].file_line, last_member);
  EXPECT_EQ(mid.events[1].to_address, "x@example.net");
  EXPECT_EQ(mid.events[1].file_line, interrupted.size());
  EXPECT_EQ(outcomes.back(), Outcome::reported);

  // A lone "{" at the end is no record: nothing is made up.
  EXPECT_TRUE(run({"{"}).events.empty());
}

}  // namespace
}  // namespace mailtriage

namespace mailtriage {
namespace {

// Docker's json-file logging driver: one {"log","stream","time"} object a
// line. The container's syslog lines are read with Docker's time (syslog's
// has no year); its other output (an entrypoint's) is recognized.
// Two records through the syslog reader: a note (recognized), then a failure (reported).
CollectingSink one_report_after_a_note(const std::vector<std::string>& lines, std::string_view path, std::time_t now) {
  FileContext ctx;
  ctx.path = path;
  ctx.now = now;
  auto parser = make_syslog_dispatcher(ctx, nullptr);
  CollectingSink sink;
  EXPECT_EQ(parser->parse_line(lines[0], 1, sink), Outcome::recognized);
  EXPECT_EQ(parser->parse_line(lines[1], 2, sink), Outcome::reported);
  parser->finish(sink);
  return sink;
}

TEST(DockerJsonFile, ContainersSyslogLinesAreReadWithDockersTime) {
  const std::string postfix_line =
      "Mar 12 08:25:31 mail postfix/smtp[101]: 1C6A746598: to=<sales@example.org>, "
      "relay=mx.example.org[192.0.2.61]:25, delay=62, delays=0.1/0/1.2/61, dsn=4.4.2, status=deferred "
      "(lost connection with mx.example.org[192.0.2.61] while sending end of data)";
  const std::vector<std::string> lines = {
      "{\"log\":\"WARNING:root:Disabling hostname resolution for the relay host\\n\",\"stream\":\"stderr\","
      "\"time\":\"2025-03-12T07:59:58.201114530Z\"}",
      "{\"log\":" + json_string(postfix_line + "\n") + ",\"stream\":\"stdout\",\"time\":\"2025-03-12T08:25:31.881090335Z\"}",
  };
  std::string head;
  for (const std::string& l : lines) head += l + "\n";
  EXPECT_EQ(detect_format(head), nullptr) << "the syslog reader's";
  // 2024: the syslog line alone would take this year
  const CollectingSink sink = one_report_after_a_note(lines, "container-json.log", 1704067200);
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(sink.events[0].action, Action::deferred);
  EXPECT_EQ(sink.events[0].to_address, "sales@example.org");
  EXPECT_EQ(sink.events[0].time.epoch_us,
            (days_from_civil(2025, 3, 12) * 86400 + 8 * 3600 + 25 * 60 + 31) * int64_t(1000000) + 881090);
}

// A mail proxy container's output in the same driver's file: its refused
// login is a failed login; its other records stay the container's.
TEST(DockerJsonFile, AMailProxysRefusedLoginIsAFailedLogin) {
  const std::string refused =
      "2025/03/12 08:30:00 [error] 20#20: *7 client login failed: \"Authentication credentials invalid\" while "
      "in http auth state, client: 198.51.100.23, server: 0.0.0.0:587, login: \"ops@example.org\"";
  const std::vector<std::string> lines = {
      "{\"log\":\"2025/03/12 08:29:59 [notice] 1#1: start worker processes\\n\",\"stream\":\"stderr\","
      "\"time\":\"2025-03-12T08:29:59.100000000Z\"}",
      "{\"log\":" + json_string(refused + "\n") + ",\"stream\":\"stderr\",\"time\":\"2025-03-12T08:30:00.000000000Z\"}",
  };
  const CollectingSink sink = one_report_after_a_note(lines, "front-json.log", 1741768200);
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(sink.events[0].action, Action::failed);
  EXPECT_EQ(sink.events[0].source_ip, "198.51.100.23");
  EXPECT_EQ(sink.events[0].destination_port, 587);
  EXPECT_EQ(testing::verdict_of(sink.events[0]).cause, "authentication");
}

}  // namespace
}  // namespace mailtriage
