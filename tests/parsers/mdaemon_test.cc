// MDaemon's SMTP session logs: our refusals of inbound clients (failed logins
// and screening blocks among them), remote servers' failing replies and the
// notes of deliveries that could not connect, resolve or negotiate TLS, and of
// messages given up on; each failure once, everything else recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/mdaemon.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines, std::string_view path = "MDaemon-20240515-all.log") {
  return testing::parse_lines_with(make_mdaemon_parser, lines, 1715760000, path);  // 2024-05-15
}

// "Wed 2024-05-15 08:01:12: " before each text.
std::vector<std::string> stamped(const char* time, const std::vector<std::string>& texts) {
  std::vector<std::string> out;
  for (const std::string& t : texts) out.push_back(std::string("Wed 2024-05-15 ") + time + ": " + t);
  return out;
}

size_t count(const std::vector<Outcome>& outcomes, Outcome o) {
  size_t n = 0;
  for (Outcome x : outcomes) n += x == o;
  return n;
}

TEST(MDaemonParser, OurRefusalsAreRejectionsOfTheClientAndItsRecipient) {
  std::vector<std::string> lines = {
      "START Event Log / MDaemon PRO v23.5.2, SMTP (in) log information",
      "-------------------------------------------------------------------------------",
      "Event Time/Date             Event Description",
      "-------------------------------------------------------------------------------",
  };
  for (const std::string& l : stamped("08:01:12", {
           "Session 61904; child 0001",
           "Accepting SMTP connection from 203.0.113.45:52144 to 192.0.2.10:25",
           "Performing PTR lookup (45.113.0.203.IN-ADDR.ARPA)",
           "*  D=45.113.0.203.IN-ADDR.ARPA TTL=(60) PTR=[mail.sender.example]",
           "---- End PTR results",
           "--> 220 mail.example.org ESMTP MDaemon 23.5.2; Wed, 15 May 2024 08:01:12 +0200",
           "<-- EHLO mail.sender.example",
           "--> 250-mail.example.org Hello mail.sender.example, pleased to meet you",
           "--> 250-AUTH LOGIN CRAM-MD5 PLAIN",
           "--> 250 SIZE 52428800",
           "<-- MAIL FROM:<news@sender.example> SIZE=20480",
           "--> 250 <news@sender.example>, Sender ok",
           "<-- RCPT TO:<former.staff@example.org>",
           "--> 550 5.1.1 <former.staff@example.org>, Recipient unknown",
           "<-- RCPT TO:<sales@example.org>",
           "--> 451 4.7.1 Greylisting in action, please come back later",
           "<-- QUIT",
           "--> 221 See ya in cyberspace",
           "SMTP session terminated (Bytes in/out: 120/410)",
           "Session 61911; child 0003",
           "Accepting SMTP connection from [198.51.100.23 : 41002] to [192.0.2.10 : 25]",
           "<-- HELO pc23",
           "--> 250 mail.example.org Hello pc23",
           "<-- MAIL FROM:<scan@printer.example>",
           "--> 250 <scan@printer.example>, Sender ok",
           "<-- RCPT TO:<archive@example.org>",
           "--> 250 <archive@example.org>, Recipient ok",
           "<-- DATA",
           "--> 354 Enter mail, end with <CRLF>.<CRLF>",
           "--> 552 5.3.4 Message size exceeds fixed maximum message size",
           "SMTP session terminated (Bytes in/out: 31250/233)",
       }))
    lines.push_back(l);
  Parsed p = parse(lines, "MDaemon-20240515-SMTP-(in).log");
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& unknown = p.sink.events[0];
  EXPECT_EQ(unknown.action, Action::rejected);
  EXPECT_EQ(unknown.file_line, 18u);
  EXPECT_EQ(unknown.source_ip, "203.0.113.45");
  EXPECT_EQ(unknown.from_address, "news@sender.example");
  EXPECT_EQ(unknown.to_address, "former.staff@example.org");
  EXPECT_EQ(unknown.reply_code, 550);
  EXPECT_EQ(unknown.enhanced_status, "5.1.1");
  EXPECT_EQ(unknown.smtp_command, "RCPT");
  EXPECT_EQ(unknown.diagnostic, "550 5.1.1 <former.staff@example.org>, Recipient unknown");
  EXPECT_EQ(unknown.dataset, "mdaemon.log");
  EXPECT_EQ(unknown.process_name, "mdaemon");
  EXPECT_EQ(unknown.file_path, "MDaemon-20240515-SMTP-(in).log");
  EXPECT_EQ(testing::verdict_of(unknown).cause, "recipient_unknown");
  // 08:01:12 written without a zone: read as written.
  EXPECT_TRUE(unknown.time.valid);
  EXPECT_EQ(unknown.time.epoch_us / 1000000, 1715760072);
  const auto& greylisted = p.sink.events[1];
  EXPECT_EQ(greylisted.action, Action::rejected);
  EXPECT_EQ(greylisted.hard, Tristate::no);
  EXPECT_EQ(greylisted.reply_code, 451);
  EXPECT_EQ(greylisted.to_address, "sales@example.org");
  const auto& size = p.sink.events[2];
  EXPECT_EQ(size.source_ip, "198.51.100.23") << "the older '[ip : port]' endpoint";
  EXPECT_EQ(size.smtp_command, "DATA");
  EXPECT_EQ(size.from_address, "scan@printer.example");
  EXPECT_EQ(size.hard, Tristate::unknown);
  EXPECT_EQ(testing::verdict_of(size).cause, "message_too_large");
  EXPECT_EQ(count(p.outcomes, Outcome::reported), 3u);
  EXPECT_EQ(count(p.outcomes, Outcome::unrecognized), 0u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::connection)], 2u);
}

TEST(MDaemonParser, AFailedLoginIsAFailureAndTheBlockAfterItARefusal) {
  Parsed p = parse(stamped("12:10:38", {
      "Session 61920; child 0002",
      "Accepting SMTP connection from 185.220.101.7:60612 to 192.0.2.10:587",
      "--> 220 mail.example.org ESMTP MDaemon 23.5.2",
      "<-- EHLO User",
      "--> 250-mail.example.org Hello User",
      "--> 250 HELP",
      "<-- AUTH LOGIN",
      "--> 334 VXNlcm5hbWU6",
      "<-- YWRtaW5AZXhhbXBsZS5vcmc=",
      "--> 334 UGFzc3dvcmQ6",
      "<-- cGFzc3dvcmQ=",
      "--> 535 5.7.8 Authentication failed",
      "Dynamic Screening: Blocking IP 185.220.101.7 for 60 minutes (3 failed authentications)",
      "--> 421 4.7.0 Too many authentication failures; closing connection",
      "SMTP session terminated (Bytes in/out: 98/341)",
  }));
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& login = p.sink.events[0];
  EXPECT_EQ(login.action, Action::failed);
  EXPECT_EQ(login.smtp_command, "AUTH");
  EXPECT_EQ(login.reply_code, 535);
  EXPECT_EQ(login.enhanced_status, "5.7.8");
  EXPECT_EQ(login.source_ip, "185.220.101.7");
  EXPECT_EQ(testing::verdict_of(login).cause, "authentication");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
  const auto& block = p.sink.events[1];
  EXPECT_EQ(block.action, Action::rejected);
  EXPECT_EQ(block.source_ip, "185.220.101.7");
  EXPECT_EQ(block.diagnostic, "Dynamic Screening: Blocking IP 185.220.101.7 for 60 minutes (3 failed authentications)");
  EXPECT_EQ(p.outcomes[11], Outcome::reported);
  EXPECT_EQ(p.outcomes[12], Outcome::reported);
  EXPECT_EQ(p.outcomes[13], Outcome::recognized) << "the 421 restates the block";
}

TEST(MDaemonParser, AClientBlockedAtConnectIsOneRefusal) {
  Parsed p = parse(stamped("08:30:00", {
      "Session 61931; child 0004",
      "Accepting SMTP connection from 45.148.10.81:51234 to 192.0.2.10:25",
      "*  Dynamic Screening: 45.148.10.81 is on the block list (expires 2024-05-15 09:30)",
      "--> 421 4.7.0 Your IP is temporarily blocked",
      "SMTP session terminated (Bytes in/out: 0/48)",
      "Session 61932; child 0005",
      "Host screening refused connection to 192.0.2.10:465 from localhost [203.0.113.11:44056] "
      "(matched to line \"all localhost refuse\")",
      "Session 61933; child 0006",
      "Accepting SMTP connection from 198.51.100.8:40222 to 192.0.2.10:25",
      "*  Dynamic Screening: 198.51.100.8 is not on the block list",
      "--> 220 mail.example.org ESMTP MDaemon 23.5.2",
  }));
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].source_ip, "45.148.10.81");
  EXPECT_EQ(p.sink.events[0].file_line, 3u);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized) << "the 421 after the block note";
  EXPECT_EQ(p.sink.events[1].source_ip, "203.0.113.11") << "the client, not our own address";
  EXPECT_EQ(p.outcomes[9], Outcome::recognized) << "an address found not blocked";
}

TEST(MDaemonParser, AFailedTlsHandshakeIsAFailureOfTheClient) {
  Parsed p = parse(stamped("09:00:00", {
      "Session 61940; child 0001",
      "Accepting SMTP connection from 198.51.100.61:50111 to 192.0.2.10:25",
      "<-- EHLO scanner.example",
      "--> 250 STARTTLS",
      "<-- STARTTLS",
      "--> 220 Ready to start TLS",
      "*  SSL negotiation failed (Err: 0x80090327)",
      "SMTP session terminated (Bytes in/out: 40/210)",
  }));
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "198.51.100.61");
  EXPECT_EQ(p.sink.events[0].smtp_command, "STARTTLS");
  EXPECT_EQ(p.sink.events[0].diagnostic, "SSL negotiation failed (Err: 0x80090327)");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
}

std::vector<std::string> outbound_head(const char* time, const char* recipient) {
  return stamped(time, {
      "Session 62001; child 0001",
      "Parsing message <c:\\mdaemon\\queues\\remote\\pd50001234567.msg>",
      "*  From: dana@example.org",
      std::string("*  To: ") + recipient,
      "*  Subject: Price list",
      "*  Size (bytes): 8303",
      "*  Message-ID: <price-2024-05@example.org>",
  });
}

TEST(MDaemonParser, ARemoteServersRepliesDeferOrBounceTheRecipient) {
  std::vector<std::string> lines = outbound_head("09:10:02", "ray@example.net");
  for (const std::string& l : stamped("09:10:03", {
           "Attempting SMTP connection to [example.net]",
           "Resolving MX records for [example.net] (DNS Server: 192.0.2.53)...",
           "*  P=010 S=000 D=example.net TTL=(60) MX=[mx1.example.net]",
           "Attempting SMTP connection to [mx1.example.net:25]",
           "Resolving A record for [mx1.example.net] (DNS Server: 192.0.2.53)...",
           "*  D=mx1.example.net TTL=(60) A=[198.51.100.25]",
           "Attempting SMTP connection to [198.51.100.25:25]",
           "Waiting for socket connection...",
           "*  Connection established (192.0.2.10:60296 -> 198.51.100.25:25)",
           "Waiting for protocol to start...",
           "<-- 220 mx1.example.net ESMTP Postfix",
           "--> EHLO mail.example.org",
           "<-- 250-mx1.example.net",
           "<-- 250 ENHANCEDSTATUSCODES",
           "--> MAIL From:<dana@example.org> SIZE=8303",
           "<-- 250 2.1.0 Ok",
           "--> RCPT To:<ray@example.net>",
           "<-- 550 5.1.1 <ray@example.net>: Recipient address rejected: User unknown in local recipient table",
           "--> QUIT",
           "<-- 221 2.0.0 Bye",
           "SMTP session terminated (Bytes in/out: 412/120)",
       }))
    lines.push_back(l);
  for (const std::string& l : outbound_head("10:00:00", "aablin@tvpublica.example")) lines.push_back(l);
  for (const std::string& l : stamped("10:00:01", {
           "Attempting SMTP connection to [181.15.247.213:25]",
           "<-- 220 proxmoxmail.tvpublica.example Correo",
           "--> MAIL From:<dana@example.org> SIZE=8303",
           "<-- 250 2.1.0 Ok",
           "--> RCPT To:<aablin@tvpublica.example>",
           "<-- 450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.10]",
           "--> QUIT",
           "<-- 221 2.0.0 Bye",
           "This message is 0 days old; it has 2 days left to get delivered",
           "SMTP session terminated (Bytes in/out: 300/80)",
       }))
    lines.push_back(l);
  Parsed p = parse(lines, "MDaemon-20240515-SMTP-(out).log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& bounce = p.sink.events[0];
  EXPECT_EQ(bounce.action, Action::bounced);
  EXPECT_EQ(bounce.file_line, 25u);
  EXPECT_EQ(bounce.to_address, "ray@example.net");
  EXPECT_EQ(bounce.from_address, "dana@example.org");
  EXPECT_EQ(bounce.destination_ip, "198.51.100.25");
  EXPECT_EQ(bounce.destination_domain, "mx1.example.net");
  EXPECT_EQ(bounce.destination_port, 25);
  EXPECT_EQ(bounce.smtp_command, "RCPT");
  EXPECT_EQ(bounce.enhanced_status, "5.1.1");
  EXPECT_TRUE(bounce.source_ip.empty());
  EXPECT_EQ(testing::verdict_of(bounce).cause, "recipient_unknown");
  const auto& deferral = p.sink.events[1];
  EXPECT_EQ(deferral.action, Action::deferred);
  EXPECT_EQ(deferral.hard, Tristate::no);
  EXPECT_EQ(deferral.reply_code, 450);
  EXPECT_EQ(deferral.enhanced_status, "4.7.25");
  EXPECT_EQ(deferral.to_address, "aablin@tvpublica.example");
  EXPECT_EQ(deferral.destination_ip, "181.15.247.213");
  EXPECT_EQ(p.outcomes[lines.size() - 2], Outcome::recognized) << "the days-left summary of the deferral";
  EXPECT_EQ(count(p.outcomes, Outcome::unrecognized), 0u);
}

TEST(MDaemonParser, AReplyOfSeveralLinesIsReportedOnceAtItsLastLineWithItsLinesJoined) {
  std::vector<std::string> lines = outbound_head("11:00:00", "no.such.user@gmail.example");
  for (const std::string& l : stamped("11:00:01", {
           "Attempting SMTP connection to [gmail-smtp-in.l.google.example:25]",
           "--> RCPT To:<no.such.user@gmail.example>",
           "<-- 550-5.1.1 The email account that you tried to reach does not exist. Please try",
           "<-- 550-5.1.1 double-checking the recipient's email address for typos or",
           "<-- 550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
           "--> QUIT",
       }))
    lines.push_back(l);
  for (const std::string& l : stamped("11:05:00", {
           "Session 62003; child 0002",
           "Parsing message <c:\\mdaemon\\queues\\remote\\pd50001234568.msg>",
           "*  To: ops@busy.example",
           "Attempting SMTP connection to [192.0.2.200:25]",
           "<-- 421-mx.busy.example too many connections from your host",
       }))
    lines.push_back(l);
  Parsed p = parse(lines);
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& gmail = p.sink.events[0];
  EXPECT_EQ(gmail.action, Action::bounced);
  EXPECT_EQ(gmail.file_line, 12u);
  EXPECT_EQ(gmail.diagnostic,
            "550-5.1.1 The email account that you tried to reach does not exist. Please try "
            "550-5.1.1 double-checking the recipient's email address for typos or "
            "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser");
  EXPECT_EQ(gmail.to_address, "no.such.user@gmail.example");
  EXPECT_EQ(p.outcomes[9], Outcome::recognized);
  EXPECT_EQ(p.outcomes[10], Outcome::recognized);
  EXPECT_EQ(p.outcomes[11], Outcome::reported);
  // A greeting cut off by the end of the log is reported as it stands, at its first line.
  const auto& busy = p.sink.events[1];
  EXPECT_EQ(busy.action, Action::deferred);
  EXPECT_EQ(busy.smtp_command, "CONN");
  EXPECT_EQ(busy.file_line, lines.size());
  EXPECT_EQ(busy.to_address, "ops@busy.example");
  EXPECT_EQ(busy.destination_ip, "192.0.2.200");
}

TEST(MDaemonParser, ADeliveryThatCannotConnectOrResolveIsDeferredOnce) {
  std::vector<std::string> lines = outbound_head("13:00:00", "info@closed.example");
  for (const std::string& l : stamped("13:00:01", {
           "Attempting SMTP connection to [closed.example]",
           "Resolving MX records for [closed.example] (DNS Server: 192.0.2.53)...",
           "*  P=010 S=000 D=closed.example TTL=(60) MX=[mail.closed.example]",
           "Attempting SMTP connection to [mail.closed.example:25]",
           "Resolving A record for [mail.closed.example] (DNS Server: 192.0.2.53)...",
           "*  D=mail.closed.example TTL=(60) A=[203.0.113.80]",
           "Attempting SMTP connection to [203.0.113.80:25]",
           "Waiting for socket connection...",
           "*  Socket connection failed (Err: 10060)",
           "Attempting SMTP connection to [203.0.113.81:25]",
           "Waiting for socket connection...",
           "*  Socket connection failed (Err: 10061)",
           "*  Unable to connect to any MX host; message will be retried later",
           "SMTP session terminated (Bytes in/out: 0/0)",
           "Session 62020; child 0003",
           "Parsing message <c:\\mdaemon\\queues\\remote\\pd50001234571.msg>",
           "*  From: dana@example.org",
           "*  To: someone@no-such-domain.example",
           "Attempting SMTP connection to [no-such-domain.example]",
           "Resolving MX records for [no-such-domain.example] (DNS Server: 192.0.2.53)...",
           "*  Name server reports domain name unknown",
           "SMTP session terminated (Bytes in/out: 0/0)",
       }))
    lines.push_back(l);
  Parsed p = parse(lines, "MDaemon-20240515-SMTP-(out).log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& connect = p.sink.events[0];
  EXPECT_EQ(connect.action, Action::deferred);
  EXPECT_EQ(connect.hard, Tristate::no);
  EXPECT_EQ(connect.diagnostic, "Socket connection failed (Err: 10060)");
  EXPECT_EQ(connect.destination_ip, "203.0.113.80");
  EXPECT_EQ(connect.destination_domain, "mail.closed.example");
  EXPECT_EQ(connect.to_address, "info@closed.example");
  EXPECT_EQ(connect.from_address, "dana@example.org");
  EXPECT_EQ(connect.reply_code, 0);
  EXPECT_EQ(p.outcomes[18], Outcome::recognized) << "the next host failing the same way";
  EXPECT_EQ(p.outcomes[19], Outcome::recognized) << "the summary";
  const auto& dns = p.sink.events[1];
  EXPECT_EQ(dns.action, Action::deferred);
  EXPECT_EQ(dns.diagnostic, "Name server reports domain name unknown");
  EXPECT_EQ(dns.destination_domain, "no-such-domain.example");
  EXPECT_EQ(dns.to_address, "someone@no-such-domain.example");
  EXPECT_EQ(count(p.outcomes, Outcome::reported), 2u);
}

TEST(MDaemonParser, ATlsFailureWhileDeliveringDefersIt) {
  std::vector<std::string> lines = outbound_head("14:00:00", "it@strict.example");
  for (const std::string& l : stamped("14:00:01", {
           "Attempting SMTP connection to [198.51.100.140:25]",
           "<-- 220 mx.strict.example ESMTP",
           "--> EHLO mail.example.org",
           "<-- 250 STARTTLS",
           "--> STARTTLS",
           "<-- 220 2.0.0 Ready to start TLS",
           "*  SSL negotiation failed: the certificate chain was issued by an authority that is not trusted",
       }))
    lines.push_back(l);
  Parsed p = parse(lines, "MDaemon-20240515-SMTP-(out).log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].smtp_command, "STARTTLS");
  EXPECT_EQ(p.sink.events[0].destination_ip, "198.51.100.140");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
}

TEST(MDaemonParser, AMessageGivenUpOnExpiresWithItsLastError) {
  std::vector<std::string> lines = outbound_head("15:00:00", "old@slow.example");
  for (const std::string& l : stamped("15:00:01", {
           "Attempting SMTP connection to [198.51.100.99:25]",
           "Waiting for socket connection...",
           "*  Socket connection failed (Err: 10060)",
           "*  This message is 3 days old and has expired; it will be returned to the sender",
           "SMTP session terminated (Bytes in/out: 0/0)",
       }))
    lines.push_back(l);
  Parsed p = parse(lines);
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  const auto& expired = p.sink.events[1];
  EXPECT_EQ(expired.action, Action::expired);
  EXPECT_EQ(expired.to_address, "old@slow.example");
  EXPECT_EQ(expired.diagnostic,
            "This message is 3 days old and has expired; it will be returned to the sender; "
            "last error: Socket connection failed (Err: 10060)");
  EXPECT_EQ(expired.hard, Tristate::unknown);
}

// "unless the summary is the only line with the reason"
TEST(MDaemonParser, ASummaryWithoutTheFailureBeforeItIsReported) {
  Parsed p = parse(stamped("16:00:00", {
      "Session 62040; child 0001",
      "Parsing message <c:\\mdaemon\\queues\\retry\\pd50001234580.msg>",
      "*  To: full@mailbox.example",
      "*  Delivery failed: 452 4.2.2 Mailbox full; message will be retried",
      "Session 62041; child 0002",
      "Parsing message <c:\\mdaemon\\queues\\retry\\pd50001234581.msg>",
      "*  To: later@mailbox.example",
      "*  Delivery unsuccessful; message placed in the retry queue",
  }));
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].reply_code, 452);
  EXPECT_EQ(p.sink.events[0].enhanced_status, "4.2.2");
  EXPECT_EQ(p.sink.events[0].to_address, "full@mailbox.example");
  EXPECT_EQ(p.sink.events[1].diagnostic, "Delivery unsuccessful; message placed in the retry queue")
      << "'unsuccessful' is no success";
  EXPECT_EQ(p.sink.events[1].reply_code, 0);
}

TEST(MDaemonParser, MillisecondsLevelsAndSessionIdStringsAreRead) {
  Parsed p = parse({
      "Tue 2026-08-18 00:00:48.993: 02: [9012313:1] Session 9012313; child 0001",
      "Tue 2026-08-18 00:00:48.993: 02: [9012313:1] Accepting SMTP connection from 203.0.113.10:45584 to "
      "192.168.0.10:25",
      "Tue 2026-08-18 00:00:48.994: 02: [9012314:1] Session 9012314; child 0002",
      "Tue 2026-08-18 00:00:48.994: 02: [9012314:1] Accepting SMTP connection from 198.51.100.77:40000 to "
      "192.168.0.10:25",
      "Tue 2026-08-18 00:00:49.100: 02: [9012313:1] <-- RCPT TO:<nobody@example.org>",
      "Tue 2026-08-18 00:00:49.101: 03: [9012313:1] --> 550 5.1.1 <nobody@example.org>, Recipient unknown",
      "Tue 2026-08-18 00:00:49.102: 03: [9012314:1] --> 554 5.7.1 Message rejected, DNS-BL hit",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.10");
  EXPECT_EQ(p.sink.events[0].to_address, "nobody@example.org");
  EXPECT_EQ(p.sink.events[0].time.epoch_us, 1787011249101000);  // 2026-08-18 00:00:49.101
  EXPECT_EQ(p.sink.events[1].source_ip, "198.51.100.77");
  EXPECT_EQ(p.sink.events[1].smtp_command, "CONN");
  EXPECT_EQ(p.sink.events[1].to_address, "");
}

TEST(MDaemonParser, OrdinarySessionsAreRecognizedAndReportNothing) {
  std::vector<std::string> lines = {"START Event Log / MDaemon PRO v23.5.2, SMTP (all) log information", ""};
  for (const std::string& l : stamped("17:00:00", {
           "Session 62100; child 0001",
           "Accepting SMTP connection from 192.0.2.77:50001 to 192.0.2.10:587",
           "--> 220 mail.example.org ESMTP MDaemon 23.5.2",
           "<-- EHLO [192.0.2.77]",
           "--> 250-mail.example.org Hello [192.0.2.77]",
           "--> 250 HELP",
           "<-- AUTH LOGIN",
           "--> 334 VXNlcm5hbWU6",
           "<-- ZGFuYUBleGFtcGxlLm9yZw==",
           "--> 334 UGFzc3dvcmQ6",
           "<-- c2VjcmV0",
           "--> 235 Authentication successful",
           "<-- MAIL FROM:<dana@example.org>",
           "--> 250 <dana@example.org>, Sender ok",
           "<-- RCPT TO:<ray@example.net>",
           "--> 250 <ray@example.net>, Recipient ok",
           "<-- DATA",
           "--> 354 Enter mail, end with <CRLF>.<CRLF>",
           "Message size: 8303 bytes",
           "Passing message through AntiVirus (Size: 8303)...",
           "*  Message is clean (no viruses found)",
           "---- End AntiVirus results",
           "Passing message through Spam Filter (Size: 8303)...",
           "*  Message is not spam (score: 0.4)",
           "---- End Spam Filter results",
           "Message creation successful: c:\\mdaemon\\queues\\remote\\md50001234567.msg",
           "--> 250 2.6.0 Ok, message saved <Message-ID: <price-2024-05@example.org>>",
           "<-- QUIT",
           "--> 221 See ya in cyberspace",
           "SMTP session successful (Bytes in/out: 8711/522)",
           "Session 62101; child 0002",
           "Accepting IMAP connection from 192.0.2.77:50002 to 192.0.2.10:143",
           "--> * OK mail.example.org IMAP4rev1 MDaemon 23.5.2 ready",
           "<-- 0001 LOGIN dana@example.org ********",
           "--> 0001 OK LOGIN completed",
           "IMAP session terminated (Bytes in/out: 120/3200)",
       }))
    lines.push_back(l);
  for (const std::string& l : outbound_head("17:01:00", "ray@example.net")) lines.push_back(l);
  for (const std::string& l : stamped("17:01:01", {
           "Attempting SMTP connection to [198.51.100.25:25]",
           "Waiting for socket connection...",
           "*  Connection established (192.0.2.10:60300 -> 198.51.100.25:25)",
           "Waiting for protocol to start...",
           "<-- 220 mx1.example.net ESMTP",
           "--> EHLO mail.example.org",
           "<-- 250 mx1.example.net",
           "--> STARTTLS",
           "<-- 220 2.0.0 Ready to start TLS",
           "*  SSL negotiation successful (TLS 1.2, 2048 bit key exchange, 256 bit AES encryption)",
           "--> MAIL From:<dana@example.org> SIZE=8303",
           "<-- 250 2.1.0 Ok",
           "--> RCPT To:<ray@example.net>",
           "<-- 250 2.1.5 Ok",
           "--> DATA",
           "<-- 354 End data with <CR><LF>.<CR><LF>",
           "Sending <c:\\mdaemon\\queues\\remote\\pd50001234567.msg> to [198.51.100.25:25]",
           "Transfer Complete",
           "<-- 250 2.0.0 Ok: queued as 4Vf0Kx2Hq1z9v",
           "--> QUIT",
           "<-- 221 2.0.0 Bye",
           "SMTP session successful (Bytes in/out: 300/8711)",
       }))
    lines.push_back(l);
  Parsed p = parse(lines);
  EXPECT_TRUE(p.sink.events.empty()) << p.sink.events[0].diagnostic;
  for (size_t i = 0; i < p.outcomes.size(); ++i) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << lines[i];
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 1u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::connection)], 1u) << "the SMTP connection, not the IMAP one";
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 0u);
}

// Inside an AUTH exchange the 535 says it, with its code; a note alone says it when no reply does.
TEST(MDaemonParser, AnAuthenticationNoteGivesWayToTheReplyOfTheExchange) {
  Parsed p = parse(stamped("12:20:00", {
      "Session 61925; child 0002",
      "Accepting SMTP connection from 185.220.101.9:60700 to 192.0.2.10:587",
      "<-- AUTH PLAIN AGFkbWluAHBhc3N3b3Jk",
      "*  Authentication failed for admin@example.org (invalid password)",
      "--> 535 5.7.8 Authentication credentials invalid",
      "*  SMTP authentication failed: too many bad passwords from this connection",
      "SMTP session terminated (Bytes in/out: 60/120)",
  }));
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  EXPECT_EQ(p.sink.events[0].file_line, 5u);
  EXPECT_EQ(p.sink.events[0].reply_code, 535);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  // After the exchange, "too many bad passwords" is the client's block: a refusal of its own.
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
}

TEST(MDaemonParser, AFailedMailboxLoginInTheCompositeLogIsAFailedLogin) {
  Parsed p = parse(stamped("06:00:01", {
      "Session 80002; child 0002",
      "Accepting POP3 connection from 192.0.2.70:60000 to 192.0.2.10:110",
      "--> +OK mail.example.org POP MDaemon 24.0.1 ready",
      "<-- USER bob@example.org",
      "--> +OK bob@example.org... User ok",
      "<-- PASS ******",
      "--> -ERR Unrecognized user name or password",
      "*  Authentication failed for bob@example.org",
      "POP session terminated (Bytes in/out: 30/60)",
      "Session 80005; child 0003",
      "Accepting IMAP connection from 192.0.2.71:60001 to 192.0.2.10:143",
      "<-- 0001 CAPABILITY",
      "--> 0001 OK CAPABILITY completed",
      "<-- 0002 LOGIN carol@example.org ******",
      "--> 0002 NO LOGIN failed",
      "<-- 0003 SELECT INBOX",
      "--> 0003 NO not authenticated",
      "IMAP session terminated (Bytes in/out: 80/160)",
      // MDaemon collecting from a provider (MultiPOP) is no client of its own.
      "Session 80006; child 0004",
      "Attempting POP3 connection to [pop.provider.example:110]",
      "--> PASS ******",
      "<-- -ERR authentication failed",
  }));
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "192.0.2.70");
  EXPECT_EQ(p.sink.events[0].diagnostic, "-ERR Unrecognized user name or password");
  EXPECT_EQ(p.sink.events[0].smtp_command, "AUTH");
  EXPECT_EQ(p.outcomes[7], Outcome::recognized) << "the note restating the -ERR";
  EXPECT_EQ(p.sink.events[1].source_ip, "192.0.2.71");
  EXPECT_EQ(p.sink.events[1].diagnostic, "0002 NO LOGIN failed");
  EXPECT_EQ(p.outcomes[16], Outcome::recognized) << "a NO to another command";
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 2u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::connection)], 0u) << "SMTP connections only";
}

TEST(MDaemonParser, NotesOfWhatWentOnWellAreNoFailures) {
  std::vector<std::string> lines = outbound_head("19:00:00", "customer@mailbox.example");
  for (const std::string& l : stamped("19:00:01", {
           "Attempting SMTP connection to [mailbox.example]",
           "Resolving MX records for [mailbox.example] (DNS Server: 192.0.2.53)...",
           "*  No MX records found; using A record instead",
           "Attempting SMTP connection to [203.0.113.70:25]",
           "<-- 220 mx.mailbox.example ESMTP",
           "--> STARTTLS",
           "<-- 220 2.0.0 Ready to start TLS",
           "*  SSL negotiation successful (TLS 1.3, 256 bit key exchange, 256 bit AES encryption)",
           "--> RCPT To:<customer@mailbox.example>",
           "<-- 250 2.1.5 Ok",
           "--> DATA",
           "<-- 354 Go ahead",
           "<-- 250 2.0.0 Ok: queued as 4Vf0Kx2Hq1z9v",
           "--> QUIT",
           "*  Connection closed by remote host",
           "SMTP session successful (Bytes in/out: 300/8711)",
       }))
    lines.push_back(l);
  Parsed p = parse(lines);
  EXPECT_TRUE(p.sink.events.empty()) << p.sink.events[0].diagnostic;
  EXPECT_EQ(count(p.outcomes, Outcome::recognized), lines.size());
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 0u);
}

// A log that begins in the middle of a session: the file's name says whose lines they are.
TEST(MDaemonParser, TheFilesNameGivesTheDirectionOfASessionNoLineNamed) {
  Parsed in = parse(stamped("18:00:00", {"*  Dynamic Screening: Blocking IP 203.0.113.9 (too many failed RCPTs)"}),
                    "MDaemon-20240515-SMTP-(in).log");
  ASSERT_EQ(in.sink.events.size(), 1u);
  EXPECT_EQ(in.sink.events[0].action, Action::rejected);
  EXPECT_EQ(in.sink.events[0].source_ip, "203.0.113.9");
  Parsed out = parse(stamped("18:00:00", {"*  Error: connection closed by remote host"}),
                     "MDaemon-20240515-SMTP-(out).log");
  ASSERT_EQ(out.sink.events.size(), 1u);
  EXPECT_EQ(out.sink.events[0].action, Action::deferred);
  // Inbound, a client that went away is nobody's failure.
  Parsed quiet = parse(stamped("18:00:00", {"*  Error: connection closed by remote host"}),
                       "MDaemon-20240515-SMTP-(in).log");
  EXPECT_TRUE(quiet.sink.events.empty());
  EXPECT_EQ(quiet.outcomes[0], Outcome::recognized);
}

TEST(MDaemonParser, GarbageAndDamagedLinesAreUnrecognizedWithoutCrashing) {
  const std::string huge(1 << 20, 'A');
  Parsed p = parse({
      "garbage",
      "Wed 2024-05-15 08:0",
      "Wed 2024-05-15 08:01:12",
      "Wed 2024-13-45 08:01:12: Session 1; child 0001",
      "2024-05-15 08:01:12 192.0.2.1 OutboundConnectionResponse SMTPSVC1",
      "{\"event\":\"bounce\"}",
      huge,
      "Wed 2024-05-15 08:01:12: ",
      "Wed 2024-05-15 08:01:12: <--",
      "Wed 2024-05-15 08:01:12: --> 55",
      "Wed 2024-05-15 08:01:12: [",
      "Wed 2024-05-15 08:01:12: Session ; child",
      "Wed 2024-05-15 08:01:12: Accepting SMTP connection from ",
      "Wed 2024-05-15 08:01:12: Attempting SMTP connection to [",
      "Wed 2024-05-15 08:01:12: *  Connection established (-> :99999999)",
      "Wed 2024-05-15 08:01:12: \xff\xfe\xc3 <-- \x01\x02",
      "Wed 2024-05-15 08:01:12: *  \xc3\x28 Socket connection failed \xff",
      "Wed 2024-05-15 08:01:12: --> 550 " + huge,
  });
  for (size_t i = 0; i < 7; ++i) EXPECT_EQ(p.outcomes[i], Outcome::unrecognized) << "line " << i + 1;
  for (size_t i = 7; i < 16; ++i) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
  EXPECT_EQ(p.outcomes[16], Outcome::reported);
  EXPECT_EQ(p.sink.events[0].diagnostic, "\xc3\x28 Socket connection failed \xff");
  EXPECT_EQ(p.outcomes[17], Outcome::recognized) << "a reply in a session that is sending";
  EXPECT_EQ(p.sink.events.size(), 1u);
}

TEST(MDaemonSniff, MDaemonLogsAreRecognizedAndOtherFormatsAreNot) {
  const std::string headed =
      "START Event Log / MDaemon PRO v23.5.2, SMTP (in) log information\n"
      "-------------------------------------------------------------------------------\n"
      "Event Time/Date             Event Description\n"
      "-------------------------------------------------------------------------------\n"
      "Wed 2024-05-15 08:01:12: Session 61904; child 0001\n";
  EXPECT_EQ(mdaemon_sniff(headed), 100);
  const std::string headless =
      "Wed 2024-05-15 08:01:12.101: 02: Session 61904; child 0001\n"
      "Wed 2024-05-15 08:01:12.102: 02: Accepting SMTP connection from 203.0.113.45:52144 to 192.0.2.10:25\n"
      "Wed 2024-05-15 08:01:12.103: 02: --> 220 mail.example.org ESMTP MDaemon 23.5.2\n";
  EXPECT_EQ(mdaemon_sniff(headless), 100);
  EXPECT_EQ(mdaemon_sniff("May 15 08:01:12 mx postfix/smtpd[4121]: connect from unknown[203.0.113.5]\n"
                          "May 15 08:01:13 mx postfix/smtpd[4121]: disconnect from unknown[203.0.113.5]\n"),
            0);
  EXPECT_EQ(mdaemon_sniff("#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n"
                          "#Fields: date time c-ip cs-username s-sitename cs-method sc-status\n"
                          "2025-03-13 00:04:51 198.51.100.233 ylmf-pc SMTPSVC1 RCPT 550\n"),
            0);
  EXPECT_EQ(mdaemon_sniff("{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\"}}\n"), 0);
  // journalctl -o short-full: a weekday and date too, but a zone where MDaemon has its colon.
  EXPECT_EQ(mdaemon_sniff("Wed 2024-05-15 08:01:12 UTC mx postfix/smtpd[4121]: connect from unknown[203.0.113.5]\n"),
            0);
  EXPECT_EQ(mdaemon_sniff(""), 0);
  EXPECT_EQ(mdaemon_sniff("-----\n-----\n"), 0) << "separators alone are no log";
}

}  // namespace
}  // namespace mailtriage
