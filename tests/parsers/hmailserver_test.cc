// hMailServer's own log: our refusals of clients (failed logins among them),
// clients the IP ranges turned away, failed handshakes; remote servers'
// failing replies to our deliveries, the deliverer's failed connections and
// MX lookups, its giving up on a message; summaries that restate a reported
// failure, and every ordinary line, recognized.
#include "parsers/hmailserver.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_hmailserver_parser, lines, 1741651200,
                                   "C:\\Program Files (x86)\\hMailServer\\Logs\\hmailserver_2025-03-11.log");
}

// One record as Logger writes it: the kind quoted, a conversation's session
// and remote address, every text quoted, the fields tab-separated.
std::string smtpd(int session, const std::string& time, const std::string& ip, const std::string& text) {
  return "\"SMTPD\"\t3412\t" + std::to_string(session) + "\t\"2025-03-11 " + time + "\"\t\"" + ip + "\"\t\"" + text +
         "\"";
}
std::string smtpc(int session, const std::string& time, const std::string& ip, const std::string& text) {
  return "\"SMTPC\"\t4100\t" + std::to_string(session) + "\t\"2025-03-11 " + time + "\"\t\"" + ip + "\"\t\"" + text +
         "\"";
}
std::string note(const std::string& kind, int thread, const std::string& time, const std::string& text) {
  return "\"" + kind + "\"\t" + std::to_string(thread) + "\t\"2025-03-11 " + time + "\"\t\"" + text + "\"";
}

size_t count(const Parsed& p, Outcome o) {
  size_t n = 0;
  for (Outcome x : p.outcomes) n += x == o;
  return n;
}

TEST(HMailServerParser, OurRefusalsOfAClientNameItsCommandAndAddresses) {
  const std::string ip = "198.51.100.7";
  Parsed p = parse({
      note("TCPIP", 3412, "07:05:31.990", "TCP - 198.51.100.7 connected to 192.0.2.10:25."),
      note("DEBUG", 3412, "07:05:31.991", "TCP connection started for session 87"),
      smtpd(87, "07:05:31.992", ip, "SENT: 220 mail.example.org ESMTP"),
      smtpd(87, "07:05:32.010", ip, "RECEIVED: EHLO ylmf-pc"),
      smtpd(87, "07:05:32.011", ip, "SENT: 250-mail.example.org[nl]250-SIZE 20480000[nl]250-AUTH LOGIN[nl]250 HELP"),
      smtpd(87, "07:05:32.200", ip, "RECEIVED: MAIL FROM:<offers@bulk.example> SIZE=2231"),
      smtpd(87, "07:05:32.201", ip, "SENT: 250 OK"),
      smtpd(87, "07:05:32.400", ip, "RECEIVED: RCPT TO:<victim@elsewhere.example>"),
      smtpd(87, "07:05:32.401", ip, "SENT: 550 Delivery is not allowed to this address."),
      smtpd(87, "07:05:32.600", ip, "RECEIVED: RCPT TO:<nobody@example.org>"),
      smtpd(87, "07:05:32.601", ip, "SENT: 550 Unknown user"),
      smtpd(87, "07:05:32.800", ip, "RECEIVED: RCPT TO:<anna@example.org>"),
      smtpd(87, "07:05:32.801", ip, "SENT: 451 Please try again later."),
      smtpd(87, "07:05:33.000", ip, "RECEIVED: QUIT"),
      smtpd(87, "07:05:33.001", ip, "SENT: 221 goodbye"),
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& relay = p.sink.events[0];
  EXPECT_EQ(relay.file_line, 9u);
  EXPECT_EQ(relay.action, Action::rejected);
  EXPECT_EQ(relay.dataset, "hmailserver.log");
  EXPECT_EQ(relay.process_name, "hmailserver");
  EXPECT_EQ(relay.source_ip, ip);
  EXPECT_EQ(relay.from_address, "offers@bulk.example");
  EXPECT_EQ(relay.to_address, "victim@elsewhere.example");
  EXPECT_EQ(relay.smtp_command, "RCPT");
  EXPECT_EQ(relay.reply_code, 550);
  EXPECT_EQ(relay.diagnostic, "550 Delivery is not allowed to this address.");
  EXPECT_TRUE(relay.time.valid);
  EXPECT_EQ(relay.time.epoch_us, (1741651200LL + 7 * 3600 + 5 * 60 + 32) * 1000000 + 401000);
  EXPECT_EQ(p.sink.events[1].to_address, "nobody@example.org");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "recipient_unknown");
  const auto& greylisted = p.sink.events[2];
  EXPECT_EQ(greylisted.reply_code, 451);
  EXPECT_EQ(greylisted.hard, Tristate::no);
  EXPECT_EQ(greylisted.to_address, "anna@example.org");
  for (size_t i : {0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 13, 14})
    EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

TEST(HMailServerParser, AMessageRefusedAfterItsDataNamesItsOnlyRecipient) {
  const std::string ip = "203.0.113.80";
  Parsed p = parse({
      smtpd(90, "09:00:00.000", ip, "RECEIVED: HELO relay.partner.example"),
      smtpd(90, "09:00:00.001", ip, "SENT: 250 Hello."),
      smtpd(90, "09:00:00.100", ip, "RECEIVED: MAIL FROM:<billing@partner.example>"),
      smtpd(90, "09:00:00.101", ip, "SENT: 250 OK"),
      smtpd(90, "09:00:00.200", ip, "RECEIVED: RCPT TO:<accounts@example.org>"),
      smtpd(90, "09:00:00.201", ip, "SENT: 250 OK"),
      smtpd(90, "09:00:00.300", ip, "RECEIVED: DATA"),
      smtpd(90, "09:00:00.301", ip, "SENT: 354 OK, send."),
      smtpd(90, "09:00:02.500", ip, "SENT: 554 Rejected - Message containing bare LF's."),
      smtpd(90, "09:00:03.000", ip, "RECEIVED: MAIL FROM:<billing@partner.example>"),
      smtpd(90, "09:00:03.001", ip, "SENT: 250 OK"),
      smtpd(90, "09:00:03.100", ip, "RECEIVED: RCPT TO:<accounts@example.org>"),
      smtpd(90, "09:00:03.101", ip, "SENT: 250 OK"),
      smtpd(90, "09:00:03.200", ip, "RECEIVED: DATA"),
      smtpd(90, "09:00:03.201", ip, "SENT: 354 OK, send."),
      smtpd(90, "09:00:04.000", ip, "SENT: 250 Queued (0.781 seconds)"),
      // A client that went quiet is told so on its way out: nothing was refused.
      smtpd(90, "09:10:04.000", ip, "SENT: 421 Connection timeout."),
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& refused = p.sink.events[0];
  EXPECT_EQ(refused.file_line, 9u);
  EXPECT_EQ(refused.smtp_command, "DATA");
  EXPECT_EQ(refused.reply_code, 554);
  EXPECT_EQ(refused.to_address, "accounts@example.org");
  EXPECT_EQ(refused.from_address, "billing@partner.example");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 1u);
  EXPECT_EQ(p.outcomes[16], Outcome::recognized);
}

TEST(HMailServerParser, FailedLoginsOverSmtpImapAndPop3) {
  Parsed p = parse({
      smtpd(88, "07:06:00.000", "203.0.113.45", "RECEIVED: EHLO User"),
      smtpd(88, "07:06:00.100", "203.0.113.45", "RECEIVED: AUTH LOGIN"),
      smtpd(88, "07:06:00.101", "203.0.113.45", "SENT: 334 VXNlcm5hbWU6"),
      smtpd(88, "07:06:00.200", "203.0.113.45", "RECEIVED: YWRtaW5AZXhhbXBsZS5vcmc="),
      smtpd(88, "07:06:00.201", "203.0.113.45", "SENT: 334 UGFzc3dvcmQ6"),
      smtpd(88, "07:06:00.300", "203.0.113.45", "RECEIVED: ***"),
      smtpd(88, "07:06:02.301", "203.0.113.45", "SENT: 535 Authentication failed. Restarting authentication process."),
      "\"IMAPD\"\t4020\t95\t\"2025-03-11 07:07:00.000\"\t\"203.0.113.46\"\t\"RECEIVED: A01 LOGIN admin@example.org "
      "***\"",
      "\"IMAPD\"\t4020\t95\t\"2025-03-11 07:07:00.050\"\t\"203.0.113.46\"\t\"SENT: A01 NO Invalid user name or "
      "password.\"",
      "\"POP3D\"\t4020\t96\t\"2025-03-11 07:08:00.000\"\t\"203.0.113.47\"\t\"RECEIVED: PASS ***\"",
      "\"POP3D\"\t4020\t96\t\"2025-03-11 07:08:00.010\"\t\"203.0.113.47\"\t\"SENT: -ERR Invalid user name or password. "
      "Too many invalid logon attempts.\"",
      // IMAP's answer to the login that reached the auto-ban's limit.
      "\"IMAPD\"\t4020\t98\t\"2025-03-11 07:09:00.000\"\t\"203.0.113.48\"\t\"SENT: * Too many invalid logon "
      "attempts.[nl]A07 BAD Goodbye\"",
      // Routine refusals of the mailbox protocols are no failed logins.
      "\"POP3D\"\t4020\t96\t\"2025-03-11 07:08:00.020\"\t\"203.0.113.47\"\t\"SENT: -ERR Invalid command in current "
      "state.\"",
      "\"IMAPD\"\t4020\t95\t\"2025-03-11 07:07:00.090\"\t\"203.0.113.46\"\t\"SENT: A02 NO CREATE failed - Folder "
      "exists.\"",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  for (const auto& e : p.sink.events) {
    EXPECT_EQ(e.action, Action::failed);
    EXPECT_EQ(e.smtp_command, "AUTH");
  }
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "authentication");
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.45");
  EXPECT_EQ(p.sink.events[0].reply_code, 535);
  EXPECT_EQ(p.sink.events[0].diagnostic, "535 Authentication failed. Restarting authentication process.");
  EXPECT_EQ(p.sink.events[1].source_ip, "203.0.113.46");
  EXPECT_EQ(p.sink.events[1].diagnostic, "Invalid user name or password.");
  EXPECT_EQ(p.sink.events[2].source_ip, "203.0.113.47");
  EXPECT_EQ(p.sink.events[3].source_ip, "203.0.113.48");
  EXPECT_EQ(p.sink.events[3].diagnostic, "Too many invalid logon attempts.");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 4u);
  EXPECT_EQ(count(p, Outcome::reported), 4u);
  EXPECT_EQ(count(p, Outcome::unrecognized), 0u);
}

TEST(HMailServerParser, BlockedClientsAndFailedHandshakesOfClients) {
  Parsed p = parse({
      note("TCPIP", 3412, "07:10:00.000", "TCP - 45.155.205.3 connected to 192.0.2.10:25."),
      note("DEBUG", 3412, "07:10:00.001",
           "Client connection from 45.155.205.3 was not accepted. Blocked either by IP range or by connection limit."),
      note("DEBUG", 3412, "07:10:05.001", "Held connection from 45.155.205.3 for 5 seconds before dropping."),
      // Older versions: the connection dropped without a matching range names no address itself.
      note("TCPIP", 3412, "07:11:00.000", "TCP - 185.220.101.9 connected to 192.0.2.10:25."),
      note("TCPIP", 3412, "07:11:00.001", "TCP - Connection dropped - No matching IP range."),
      note("TCPIP", 3412, "07:12:00.000", "TCP - 80.94.95.115 connected to 192.0.2.10:465."),
      note("TCPIP", 3412, "07:12:00.210",
           "TCPConnection - TLS/SSL handshake failed. Session Id: 97, Remote IP: 80.94.95.115, Error code: 336027900, "
           "Message: unknown protocol"),
      note("TCPIP", 3412, "07:13:00.000",
           "TCPConnection - SSL handshake with client failed. Error code: 2, Message: End of file, Remote IP: "
           "80.94.95.116"),
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].source_ip, "45.155.205.3");
  EXPECT_EQ(p.sink.events[0].smtp_command, "CONN");
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  EXPECT_EQ(p.sink.events[1].source_ip, "185.220.101.9");
  EXPECT_EQ(p.sink.events[1].diagnostic, "TCP - Connection dropped - No matching IP range.");
  const auto& tls = p.sink.events[2];
  EXPECT_EQ(tls.action, Action::failed);
  EXPECT_EQ(tls.source_ip, "80.94.95.115");
  EXPECT_EQ(tls.destination_ip, "");
  EXPECT_EQ(tls.diagnostic,
            "TLS/SSL handshake failed. Session Id: 97, Remote IP: 80.94.95.115, Error code: 336027900, "
            "Message: unknown protocol");
  EXPECT_EQ(p.sink.events[3].source_ip, "80.94.95.116");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 2u);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

TEST(HMailServerParser, ARemoteServersRefusalIsTheBounceOfTheRecipientItsRcptNamed) {
  const std::string mx = "198.51.100.20";
  Parsed p = parse({
      note("APPLICATION", 2876, "08:00:00.100",
           "SMTPDeliverer - Message 4411: Delivering message from anna@example.org to gone@example.net. File: "
           "C:\\Program Files (x86)\\hMailServer\\Data\\{6C1B2A4E-0D6F-4E1A-9C2B-3A5E7F9D1B20}.eml"),
      note("DEBUG", 2876, "08:00:00.101", "Pre-creating session 120"),
      note("TCPIP", 2876, "08:00:00.150", "Connecting to 198.51.100.20:25..."),
      note("DEBUG", 4100, "08:00:00.190", "TCP connection started for session 120"),
      smtpc(120, "08:00:00.300", mx, "RECEIVED: 220 mx.example.net ESMTP Postfix"),
      smtpc(120, "08:00:00.301", mx, "SENT: EHLO mail.example.org"),
      smtpc(120, "08:00:00.350", mx,
            "RECEIVED: 250-mx.example.net[nl]250-PIPELINING[nl]250-SIZE 10240000[nl]250 8BITMIME"),
      smtpc(120, "08:00:00.351", mx, "SENT: MAIL FROM:<anna@example.org>"),
      smtpc(120, "08:00:00.400", mx, "RECEIVED: 250 2.1.0 Ok"),
      smtpc(120, "08:00:00.401", mx, "SENT: RCPT TO:<gone@example.net>"),
      smtpc(
          120, "08:00:00.450", mx,
          "RECEIVED: 550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown in virtual mailbox table"),
      smtpc(120, "08:00:00.451", mx, "SENT: QUIT"),
      smtpc(120, "08:00:00.500", mx, "RECEIVED: 221 2.0.0 Bye"),
      note("APPLICATION", 2876, "08:00:00.600", "SMTPDeliverer - Message 4411: Message delivery thread completed."),
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& bounce = p.sink.events[0];
  EXPECT_EQ(bounce.file_line, 11u);
  EXPECT_EQ(bounce.action, Action::bounced);
  EXPECT_EQ(bounce.destination_ip, mx);
  EXPECT_EQ(bounce.to_address, "gone@example.net");
  EXPECT_EQ(bounce.from_address, "anna@example.org");
  EXPECT_EQ(bounce.smtp_command, "RCPT");
  EXPECT_EQ(bounce.reply_code, 550);
  EXPECT_EQ(bounce.enhanced_status, "5.1.1");
  EXPECT_EQ(bounce.local_id, "4411");
  EXPECT_EQ(bounce.diagnostic,
            "550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown in virtual mailbox table");
  EXPECT_EQ(testing::verdict_of(bounce).cause, "recipient_unknown");
  EXPECT_EQ(count(p, Outcome::recognized), 13u);
}

TEST(HMailServerParser, AReplyOfSeveralLinesIsOneTextWhetherJoinedOrLoggedLineByLine) {
  const std::string gmail = "142.250.102.27";
  Parsed p = parse({
      smtpc(130, "10:00:00.000", gmail, "SENT: MAIL FROM:<anna@example.org>"),
      smtpc(130, "10:00:00.050", gmail, "RECEIVED: 250 2.1.0 OK a1si123456wrb.1 - gsmtp"),
      smtpc(130, "10:00:00.051", gmail, "SENT: RCPT TO:<lost.friend@gmail.com>"),
      smtpc(130, "10:00:00.100", gmail,
            "RECEIVED: 550-5.1.1 The email account that you tried to reach does not exist. Please try[nl]550-5.1.1 "
            "double-checking the recipient's email address for typos or[nl]550-5.1.1 unnecessary spaces. For more "
            "information, go to[nl]550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123456wrb.1 - gsmtp"),
      // Older versions log each line of a reply as a record of its own.
      smtpc(131, "10:05:00.000", gmail, "SENT: DATA"),
      smtpc(131, "10:05:00.100", gmail,
            "RECEIVED: 421-4.7.0 [192.0.2.10      15] Our system has detected an unusual rate of"),
      smtpc(131, "10:05:00.100", gmail,
            "RECEIVED: 421-4.7.0 unsolicited mail originating from your IP address. To protect our"),
      smtpc(131, "10:05:00.100", gmail,
            "RECEIVED: 421 4.7.0 users from spam, mail sent from your IP address has been temporarily rate limited."),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& joined = p.sink.events[0];
  EXPECT_EQ(joined.to_address, "lost.friend@gmail.com");
  EXPECT_EQ(joined.diagnostic,
            "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
            "recipient's email address for typos or unnecessary spaces. For more information, go to "
            "https://support.google.com/mail/?p=NoSuchUser a1si123456wrb.1 - gsmtp");
  EXPECT_EQ(joined.enhanced_status, "5.1.1");
  const auto& lines = p.sink.events[1];
  EXPECT_EQ(lines.file_line, 8u);
  EXPECT_EQ(lines.action, Action::deferred);
  EXPECT_EQ(lines.hard, Tristate::no);
  EXPECT_EQ(lines.smtp_command, "DATA");
  EXPECT_EQ(lines.reply_code, 421);
  EXPECT_EQ(lines.diagnostic,
            "421 4.7.0 [192.0.2.10      15] Our system has detected an unusual rate of unsolicited mail originating "
            "from your IP address. To protect our users from spam, mail sent from your IP address has been "
            "temporarily rate limited.");
  EXPECT_EQ(p.outcomes[5], Outcome::recognized);
  EXPECT_EQ(p.outcomes[6], Outcome::recognized);
}

TEST(HMailServerParser, TheRescheduleNoteRestatesAFailureAndIsReportedOnlyAlone) {
  const std::string mx = "203.0.113.25";
  Parsed p = parse({
      note("APPLICATION", 2876, "11:00:00.000",
           "SMTPDeliverer - Message 4412: Delivering message from anna@example.org to kim@slow.example. File: "
           "C:\\hMailServer\\Data\\{A1}.eml"),
      smtpc(140, "11:00:00.200", mx, "RECEIVED: 220 mx.slow.example ESMTP"),
      smtpc(140, "11:00:00.201", mx, "SENT: HELO mail.example.org"),
      smtpc(140, "11:00:00.250", mx, "RECEIVED: 250 mx.slow.example"),
      smtpc(140, "11:00:00.251", mx, "SENT: MAIL FROM:<anna@example.org>"),
      smtpc(140, "11:00:00.300", mx, "RECEIVED: 250 2.1.0 Ok"),
      smtpc(140, "11:00:00.301", mx, "SENT: RCPT TO:<kim@slow.example>"),
      smtpc(140, "11:00:00.350", mx,
            "RECEIVED: 450 4.7.1 <kim@slow.example>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/slow.example.html"),
      smtpc(140, "11:00:00.351", mx, "SENT: QUIT"),
      note("APPLICATION", 2876, "11:00:00.500",
           "SMTPDeliverer - Message 4412: Message could not be delivered. Greylisting? Scheduling it for quick retry 1 "
           "of 3 in 6 minutes."),
      // Only the deliverer's notes logged: the note is all there is.
      note("APPLICATION", 2877, "11:30:00.000",
           "SMTPDeliverer - Message 5000: Delivering message from anna@example.org to team@quiet.example. File: "
           "C:\\hMailServer\\Data\\{B2}.eml"),
      note("APPLICATION", 2877, "11:30:40.000",
           "SMTPDeliverer - Message 5000: Message could not be delivered. Scheduling it for later delivery in 60 "
           "minutes."),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 8u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].local_id, "4412");
  EXPECT_EQ(p.outcomes[9], Outcome::recognized);
  const auto& alone = p.sink.events[1];
  EXPECT_EQ(alone.file_line, 12u);
  EXPECT_EQ(alone.action, Action::deferred);
  EXPECT_EQ(alone.local_id, "5000");
  EXPECT_EQ(alone.to_address, "team@quiet.example");
  EXPECT_EQ(alone.from_address, "anna@example.org");
  EXPECT_EQ(alone.diagnostic, "Message could not be delivered. Scheduling it for later delivery in 60 minutes.");
}

TEST(HMailServerParser, FailedConnectionsAreDeferralsAndTheLastRetryIsTheMessagesExpiry) {
  Parsed p = parse({
      note("APPLICATION", 2876, "12:00:00.000",
           "SMTPDeliverer - Message 4413: Delivering message from anna@example.org to ops@down.example. File: "
           "C:\\hMailServer\\Data\\{C3}.eml"),
      note("TCPIP", 2876, "12:00:00.100", "Connecting to 192.0.2.99:25..."),
      note("DEBUG", 2876, "12:00:21.100",
           "SMTPDeliverer - Message 4413 - Connection failed: Host name: 192.0.2.99, message: A connection attempt "
           "failed because the connected party did not properly respond after a period of time, or established "
           "connection failed because connected host has failed to respond"),
      note("APPLICATION", 2876, "12:00:21.200",
           "SMTPDeliverer - Message 4413: Message could not be delivered. Scheduling it for later delivery in 60 "
           "minutes."),
      note("APPLICATION", 2876, "13:00:30.000",
           "SMTPDeliverer - Message 4413: Delivering message from anna@example.org to ops@down.example. File: "
           "C:\\hMailServer\\Data\\{C3}.eml"),
      note("DEBUG", 2876, "13:00:31.000",
           "SMTPDeliverer - Message 4413 - Connection failed: Host name: 192.0.2.99, message: No connection could be "
           "made because the target machine actively refused it"),
      note("APPLICATION", 2876, "13:00:31.100",
           "SMTPDeliverer - Message 4413: Message could not be delivered. Returning error log to sender."),
      // Old versions write the deliverer's note as an SMTP client line of session 0.
      "\"SMTPC\"\t3380\t0\t\"2025-03-11 14:00:00.000\"\t\"TCP\"\t\"SMTPDeliverer - Message 77 - Connection failed: "
      "Host name: mx.gone.example, message: No such host is known\"",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  const auto& first = p.sink.events[0];
  EXPECT_EQ(first.action, Action::deferred);
  EXPECT_EQ(first.hard, Tristate::no);
  EXPECT_EQ(first.destination_ip, "192.0.2.99");
  EXPECT_EQ(first.to_address, "ops@down.example");
  EXPECT_EQ(first.from_address, "anna@example.org");
  EXPECT_EQ(first.local_id, "4413");
  EXPECT_EQ(first.smtp_command, "CONN");
  EXPECT_EQ(first.diagnostic.substr(0, 54), "Host name: 192.0.2.99, message: A connection attempt f");
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  const auto& expired = p.sink.events[2];
  EXPECT_EQ(expired.file_line, 7u);
  EXPECT_EQ(expired.action, Action::expired);
  EXPECT_EQ(expired.to_address, "ops@down.example");
  EXPECT_EQ(expired.local_id, "4413");
  EXPECT_EQ(expired.diagnostic, "Message could not be delivered. Returning error log to sender.");
  EXPECT_EQ(expired.from_address, "anna@example.org");
  EXPECT_EQ(testing::verdict_of(expired).cause, "expired");
  EXPECT_EQ(p.sink.events[3].destination_domain, "mx.gone.example");
  EXPECT_EQ(p.sink.events[3].local_id, "77");
}

TEST(HMailServerParser, AFailedMxLookupIsADeferralOnceAndOtherLookupsPass) {
  Parsed p = parse({
      note("APPLICATION", 2876, "15:00:00.000",
           "SMTPDeliverer - Message 4414: Delivering message from anna@example.org to info@nodns.example. File: "
           "C:\\hMailServer\\Data\\{D4}.eml"),
      note("TCPIP", 2876, "15:00:05.000",
           "DNS - Query failure. Query: nodns.example, Type: 15, DnsQuery return value: 9002."),
      note("APPLICATION", 2876, "15:00:05.001",
           "SMTPDeliverer - Message 4414: No mail servers could be found for the address info@nodns.example."),
      note("APPLICATION", 2876, "15:00:05.002",
           "SMTPDeliverer - Message 4414: Message could not be delivered. Scheduling it for later delivery in 60 "
           "minutes."),
      // A DNS blocklist's lookup that failed is the spam test's business.
      note("TCPIP", 3412, "15:01:00.000",
           "DNS - Query failure. Query: 7.100.51.198.zen.spamhaus.org, Type: 1, DnsQuery return value: 1460."),
      // A domain without a mail server, its lookup having found nothing.
      note("APPLICATION", 2876, "15:02:00.000",
           "SMTPDeliverer - Message 4415: Delivering message from anna@example.org to sales@typo-domain.example. File: "
           "C:\\hMailServer\\Data\\{E5}.eml"),
      note("APPLICATION", 2876, "15:02:00.300",
           "SMTPDeliverer - Message 4415: No mail servers could be found for the address sales@typo-domain.example."),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& lookup = p.sink.events[0];
  EXPECT_EQ(lookup.file_line, 2u);
  EXPECT_EQ(lookup.action, Action::deferred);
  EXPECT_EQ(lookup.destination_domain, "nodns.example");
  EXPECT_EQ(lookup.to_address, "info@nodns.example");
  EXPECT_EQ(lookup.local_id, "4414");
  EXPECT_EQ(lookup.diagnostic, "DNS - Query failure. Query: nodns.example, Type: 15, DnsQuery return value: 9002.");
  for (size_t i : {2, 3, 4}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
  const auto& none = p.sink.events[1];
  EXPECT_EQ(none.file_line, 7u);
  EXPECT_EQ(none.to_address, "sales@typo-domain.example");
  EXPECT_EQ(none.destination_domain, "typo-domain.example");
  EXPECT_EQ(none.diagnostic, "No mail servers could be found for the address sales@typo-domain.example.");
}

TEST(HMailServerParser, OurDeliverysFailedHandshakeOrCertificateIsADeferral) {
  const std::string mx = "198.51.100.30";
  Parsed p = parse({
      smtpc(150, "16:00:00.000", mx, "RECEIVED: 220 mx.tls.example ESMTP"),
      smtpc(150, "16:00:00.001", mx, "SENT: EHLO mail.example.org"),
      smtpc(150, "16:00:00.050", mx, "RECEIVED: 250-mx.tls.example[nl]250-STARTTLS[nl]250 OK"),
      smtpc(150, "16:00:00.051", mx, "SENT: STARTTLS"),
      smtpc(150, "16:00:00.100", mx, "RECEIVED: 220 2.0.0 Ready to start TLS"),
      note("TCPIP", 4100, "16:00:00.200",
           "TCPConnection - TLS/SSL handshake failed. Session Id: 150, Remote IP: 198.51.100.30, Error code: "
           "336130315, Message: wrong version number"),
      // The certificate check says why; the handshake's failure after it restates it.
      note("DEBUG", 4100, "16:05:00.100",
           "Certificate verification failed. Expected host: mx.selfsigned.example, Windows error code: "
           "-2146762487, Windows error message: A certificate chain processed, but terminated in a root certificate "
           "which is not trusted by the trust provider."),
      note("TCPIP", 4100, "16:05:00.101",
           "TCPConnection - TLS/SSL handshake failed. Session Id: 151, Remote IP: 198.51.100.31, Error code: "
           "337047686, Message: certificate verify failed"),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& handshake = p.sink.events[0];
  EXPECT_EQ(handshake.file_line, 6u);
  EXPECT_EQ(handshake.action, Action::deferred);
  EXPECT_EQ(handshake.destination_ip, mx);
  EXPECT_EQ(handshake.source_ip, "");
  EXPECT_EQ(handshake.smtp_command, "STARTTLS");
  const auto& certificate = p.sink.events[1];
  EXPECT_EQ(certificate.action, Action::deferred);
  EXPECT_EQ(certificate.destination_domain, "mx.selfsigned.example");
  EXPECT_EQ(p.outcomes[7], Outcome::recognized);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 2u);
}

TEST(HMailServerParser, ARemoteServerThatStopsAnsweringOurDeliveryIsADeferral) {
  const std::string mx = "203.0.113.60";
  Parsed p = parse({
      note("APPLICATION", 2876, "18:00:00.000",
           "SMTPDeliverer - Message 4420: Delivering message from anna@example.org to lena@tarpit.example. File: "
           "C:\\hMailServer\\Data\\{F6}.eml"),
      smtpc(170, "18:00:00.200", mx, "RECEIVED: 220 mx.tarpit.example ESMTP"),
      smtpc(170, "18:00:00.201", mx, "SENT: HELO mail.example.org"),
      smtpc(170, "18:00:00.250", mx, "RECEIVED: 250 mx.tarpit.example"),
      smtpc(170, "18:00:00.251", mx, "SENT: MAIL FROM:<anna@example.org>"),
      smtpc(170, "18:00:00.300", mx, "RECEIVED: 250 2.1.0 Ok"),
      smtpc(170, "18:00:00.301", mx, "SENT: RCPT TO:<lena@tarpit.example>"),
      smtpc(170, "18:00:00.350", mx, "RECEIVED: 250 2.1.5 Ok"),
      smtpc(170, "18:00:00.351", mx, "SENT: DATA"),
      note("DEBUG", 4100, "18:10:00.351", "The client has timed out. Session: 170"),
      note("APPLICATION", 2876, "18:10:00.500",
           "SMTPDeliverer - Message 4420: Message could not be delivered. Scheduling it for later delivery in 60 "
           "minutes."),
      // A client of ours that times out or hangs up is its own business.
      smtpd(171, "18:20:00.000", "198.51.100.9", "SENT: 220 mail.example.org ESMTP"),
      note("DEBUG", 3412, "18:20:01.000",
           "The read operation failed. Bytes transferred: 0 Remote IP: 198.51.100.9, Session: 171, Code: 10054, "
           "Message: An existing connection was forcibly closed by the remote host"),
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& timeout = p.sink.events[0];
  EXPECT_EQ(timeout.file_line, 10u);
  EXPECT_EQ(timeout.action, Action::deferred);
  EXPECT_EQ(timeout.destination_ip, mx);
  EXPECT_EQ(timeout.smtp_command, "DATA");
  EXPECT_EQ(timeout.to_address, "lena@tarpit.example");
  EXPECT_EQ(timeout.local_id, "4420");
  EXPECT_EQ(timeout.diagnostic, "The client has timed out. Session: 170");
  EXPECT_EQ(p.outcomes[10], Outcome::recognized);
  EXPECT_EQ(p.outcomes[12], Outcome::recognized);
}

TEST(HMailServerParser, SpamProtectionsNoteRestatesOurRefusalAndStandsAloneWithoutIt) {
  const std::string ip = "198.51.100.66";
  Parsed p = parse({
      smtpd(160, "17:00:00.000", ip, "RECEIVED: MAIL FROM:<win@prize.example>"),
      smtpd(160, "17:00:00.001", ip, "SENT: 250 OK"),
      smtpd(160, "17:00:00.100", ip, "RECEIVED: RCPT TO:<anna@example.org>"),
      smtpd(160, "17:00:00.900", ip, "SENT: 550 Rejected by Spamhaus."),
      note("APPLICATION", 3412, "17:00:00.901",
           "hMailServer SpamProtection rejected RCPT (Sender: win@prize.example, IP:198.51.100.66, Reason: Rejected "
           "by Spamhaus.)"),
      note("APPLICATION", 3412, "17:30:00.000",
           "hMailServer SpamProtection rejected RCPT (Sender: deal@cheap.example, IP:198.51.100.67, Reason: Blocked "
           "by SPF ())"),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 4u);
  EXPECT_EQ(p.outcomes[4], Outcome::recognized);
  const auto& alone = p.sink.events[1];
  EXPECT_EQ(alone.action, Action::rejected);
  EXPECT_EQ(alone.source_ip, "198.51.100.67");
  EXPECT_EQ(alone.from_address, "deal@cheap.example");
  EXPECT_EQ(alone.diagnostic, "Blocked by SPF ()");
}

TEST(HMailServerParser, OrdinaryLinesAreRecognized) {
  Parsed p = parse({
      "\xEF\xBB\xBF" + note("APPLICATION", 2512, "00:00:01.000", "hMailServer: Delivery queue loaded"),
      note("DEBUG", 2512, "00:00:01.100", "Creating session 12"),
      note("DEBUG", 2512, "00:00:01.200", "Total spam score: 0"),
      note("TCPIP", 2512, "00:00:01.300",
           "TCPConnection - TLS/SSL handshake completed. Session Id: 12, Remote IP: 192.0.2.50, Version: TLSv1.3, "
           "Cipher: TLS_AES_256_GCM_SHA384, Bits: 256"),
      note("ERROR", 2512, "00:00:02.000",
           "Severity: 3 (Medium), Code: HM5157, Source: SpamAssassinClient::OnReadError, Description: There was a "
           "communication error with SpamAssassin. Test aborted. Remote IP: 127.0.0.1"),
      smtpd(12, "00:00:03.000", "192.0.2.50", "Size: 53210 KB, Max size: 20480 KB - DROP!!"),
      "\"IMAPD\"\t4020\t13\t\"2025-03-11 00:00:04.000\"\t\"192.0.2.51\"\t\"SENT: * OK IMAPrev1\"",
      "",
  });
  EXPECT_TRUE(p.sink.events.empty());
  EXPECT_EQ(count(p, Outcome::recognized), p.outcomes.size());
}

TEST(HMailServerParser, GarbageTruncatedInvalidAndEnormousLinesDoNotCrash) {
  const std::string valid = smtpd(1, "00:00:00.000", "192.0.2.1", "SENT: 550 Unknown user");
  std::vector<std::string> lines = {
      "garbage",
      "\"SMTPD\"",
      "\"SMTPD\"\t3412\t87\t\"2025-03-11 07:05:3",
      "\"SMTPD\"\t3412\t87\t\"2025-03-11 07:05:32.401\"\t\"198.51.100.7\"",
      "\"SMTPD\"\tabc\t87\t\"2025-03-11 07:05:32.401\"\t\"198.51.100.7\"\t\"SENT: 550 x\"",
      "\"NOPE\"\t1\t\"2025-03-11 07:05:32.401\"\t\"x\"",
      "\"DEBUG\"\t1\t\"not a time at all\"\t\"x\"",
      "\"SMTPD\"\t3412\t87\t\"2025-03-11 07:05:32.401\"\t\"\xff\xfe\x80\"\t\"SENT: 550 \xc3\x28 bad \xf0\x9f\"",
      "\"SMTPC\"\t1\t2\t\"2025-03-11 07:05:32.401\"\t\"192.0.2.9\"\t\"RECEIVED: 5",
      "\"TCPIP\"\t1\t\"2025-03-11 07:05:32.401\"\t\"TCPConnection - TLS/SSL handshake failed. Session Id: \"",
      "\"TCPIP\"\t1\t\"2025-03-11 07:05:32.401\"\t\"DNS - Query failure. Query: \"",
      "\"APPLICATION\"\t1\t\"2025-03-11 07:05:32.401\"\t\"SMTPDeliverer - Message \"",
      "\"APPLICATION\"\t1\t\"2025-03-11 07:05:32.401\"\t\"SMTPDeliverer - Message 99999999999999999999999: x\"",
      "\"DEBUG\"\t1\t\"2025-03-11 07:05:32.401\"\t\"Pre-creating session \"",
      "\"SMTPC\"\t1\t2\t\"2025-03-11 07:05:32.401\"\t\"192.0.2.9\"\t\"RECEIVED: 550-[nl][nl]550\"",
      "{\"level\":\"error\",\"msg\":\"SMTP error 550\"}",
      valid.substr(0, valid.size() - 1),  // the closing quote cut off
      valid + std::string(1 << 20, 'x'),
  };
  Parsed p = parse(lines);
  ASSERT_EQ(p.outcomes.size(), lines.size());
  for (size_t i : {0, 1, 2, 3, 4, 5, 6, 15}) EXPECT_EQ(p.outcomes[i], Outcome::unrecognized) << "line " << i + 1;
  EXPECT_EQ(p.outcomes[7], Outcome::reported);
  EXPECT_EQ(p.outcomes[16], Outcome::reported);
  EXPECT_EQ(p.outcomes[17], Outcome::reported);
}

// Every record kind cut at every length and with bytes changed, as a
// damaged file would hold them: each line gets an outcome, nothing reads
// outside it (the sanitizer build checks the reads).
TEST(HMailServerParser, CutAndDamagedRecordsEachGetAnOutcome) {
  const std::vector<std::string> records = {
      smtpd(5, "01:00:00.000", "192.0.2.5", "SENT: 550 Unknown user"),
      smtpc(6, "01:00:00.000", "192.0.2.6", "RECEIVED: 550-5.1.1 a[nl]550 5.1.1 b"),
      note("TCPIP", 1, "01:00:00.000",
           "TCPConnection - TLS/SSL handshake failed. Session Id: 6, Remote IP: 192.0.2.6, "
           "Error code: 1, Message: x"),
      note("TCPIP", 1, "01:00:00.000",
           "DNS - Query failure. Query: example.net, Type: 15, DnsQuery return value: 9002."),
      note("DEBUG", 1, "01:00:00.000",
           "SMTPDeliverer - Message 7 - Connection failed: Host name: 192.0.2.7, message: x"),
      note("APPLICATION", 1, "01:00:00.000",
           "SMTPDeliverer - Message 7: No mail servers could be found for the address a@b."),
      note("APPLICATION", 1, "01:00:00.000",
           "hMailServer SpamProtection rejected RCPT (Sender: a@b, IP:192.0.2.8, Reason: x)"),
      note("ERROR", 1, "01:00:00.000",
           "Severity: 2 (High), Code: HM1, Source: x, Description: DNS - Query failure. Query: "
           "c.example, Type: 15, DnsQuery return value: 1460."),
  };
  std::vector<std::string> lines;
  uint32_t seed = 12345;
  for (const std::string& record : records) {
    for (size_t cut = 0; cut <= record.size(); ++cut) lines.push_back(record.substr(0, cut));
    for (int i = 0; i < 200; ++i) {
      std::string damaged = record;
      seed = seed * 1103515245 + 12345;
      damaged[seed % damaged.size()] = char(seed >> 16);
      lines.push_back(damaged);
    }
  }
  Parsed p = parse(lines);
  EXPECT_EQ(p.outcomes.size(), lines.size());
  EXPECT_GT(count(p, Outcome::reported), 0u);
  EXPECT_GT(count(p, Outcome::unrecognized), 0u);
}

TEST(HMailServerSniff, HMailServerRecordsAreItsAndOtherFormatsAreNot) {
  const std::string head = note("DEBUG", 10180, "13:57:54.206", "Creating session 24") + "\r\n" +
                           note("TCPIP", 10180, "13:57:54.207", "TCP - 192.0.2.23 connected to 192.0.2.10:25.") +
                           "\r\n" + smtpd(22, "13:57:54.208", "192.0.2.23", "SENT: 220 mail.example.org ESMTP") +
                           "\r\n" + smtpd(22, "13:57:54.209", "192.0.2.23", "RECEIVED: EHLO mail.example.org") + "\r\n";
  EXPECT_EQ(hmailserver_sniff(head), 100);
  EXPECT_EQ(hmailserver_sniff("Mar 11 07:05:32 mx postfix/smtpd[412]: NOQUEUE: reject: RCPT from "
                              "unknown[198.51.100.7]: 554 5.7.1 <x@y>: Relay access denied\n"),
            0);
  EXPECT_EQ(
      hmailserver_sniff("#Software: Microsoft Internet Information Services 10.0\n2025-03-13 00:04:51 "
                        "198.51.100.233 ylmf-pc SMTPSVC1 WEB02 192.0.2.80 0 RCPT - +TO:<a@example.org> 550 0 65 37 "
                        "0 SMTP - - - -\n"),
      0);
  EXPECT_EQ(hmailserver_sniff("{\"time\":\"2025-03-11T07:05:32Z\",\"level\":\"error\",\"msg\":\"550 5.1.1\"}\n"), 0);
  // The awstats log beside it is another file of the same folder, not this format.
  EXPECT_EQ(hmailserver_sniff("2025-03-11 07:05:32\tanna@example.org\tgone@example.net\t127.0.0.1\t198.51.100.20\tSMTP"
                              "\t?\t550\t2048\n"),
            0);
}

}  // namespace
}  // namespace mailtriage
