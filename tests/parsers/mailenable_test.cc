// MailEnable's logs: the SMTP activity log's refusals of clients (failed logins
// among them) and remote servers' failing replies, the debug log's notes of
// relays denied, clients blocked, deliveries that could not connect or find
// the domain's mail servers and messages given up on (each failure once), the
// IMAP and POP activity logs' failed logins and the W3C log's records; every
// other line recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/mailenable.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines, std::string_view path = "SMTP-Activity-250326.log") {
  return testing::parse_lines_with(make_mailenable_parser, lines, 1742947200, path);  // 2025-03-26
}

// One activity record: its fields joined by tabs, as MailEnable writes them.
std::string record(const std::vector<std::string>& fields) {
  std::string out;
  for (const std::string& f : fields) out.append(out.empty() ? "" : "\t").append(f);
  return out;
}

// An inbound command's record: time, the message file, the socket and the
// client, the command and its words, the reply, the bytes and the account.
std::string in(const std::string& time, const std::string& message, const std::string& socket, const std::string& ip,
               const std::string& verb, const std::string& words, const std::string& reply,
               const std::string& account = "") {
  return record({"03/26/25 " + time, "SMTP-IN", message, socket, ip, verb, words, reply, "43", "28", account, ""});
}

// An outbound one: the same fields, and the message's subject last.
std::string out(const std::string& time, const std::string& message, const std::string& socket, const std::string& ip,
                const std::string& verb, const std::string& words, const std::string& reply) {
  return record(
      {"03/26/25 " + time, "SMTP-OU", message, socket, ip, verb, words, reply, "36", "46", "", "Invoice 2025-0311"});
}

size_t count(const std::vector<Outcome>& outcomes, Outcome o) {
  size_t n = 0;
  for (Outcome x : outcomes) n += x == o;
  return n;
}

int64_t at(int day, int h, int m, int s) {
  return (int64_t(days_from_civil(2025, 3, day)) * 86400 + h * 3600 + m * 60 + s) * 1'000'000;
}

constexpr char kBanner[] = "[03/26/25 00:00:04]****************** LOG FILE STARTED *******************";
constexpr char kMsg[] = "3206F29A9FCF4603AEB18DBD70323813.MAI";

// ---- The activity log: inbound ----------------------------------------------

TEST(MailEnableParser, OurRefusalsAreRejectionsOfTheClientAndItsRecipient) {
  Parsed p = parse({
      kBanner,
      in("00:09:00", kMsg, "1492", "200.196.137.89", "", "", "220 ***welcome to mail.example.com***"),
      in("00:09:00", kMsg, "1492", "200.196.137.89", "EHLO", "EHLO ludkttwa.example.us",
         "250-mail.example.com [200.196.137.89], this server offers 5 extensions"),
      in("00:09:03", kMsg, "1492", "200.196.137.89", "MAIL", "MAIL FROM:<carmina@ludkttwa.example.us> SIZE=1445",
         "250 Requested mail action okay, completed"),
      in("00:09:03", kMsg, "1492", "200.196.137.89", "RCPT", "RCPT TO:<knopweed@example.com>",
         "550 Requested action not taken: mailbox unavailable or not local."),
      in("00:09:03", kMsg, "1492", "200.196.137.89", "RCPT", "RCPT TO: <tj@example.com>",
         "451 This server employs greylisting as a means of reducing spam. Your message has been delayed and will be "
         "accepted later."),
      in("00:09:04", kMsg, "1492", "200.196.137.89", "RCPT", "RCPT TO:<someone@elsewhere.example>",
         "503 This mail server requires authentication when attempting to send to a non-local e-mail address"),
      in("00:09:04", kMsg, "1492", "200.196.137.89", "QUIT", "QUIT",
         "221 Service closing TLS SSL transmission session"),
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& unknown = p.sink.events[0];
  EXPECT_EQ(unknown.file_line, 5u);
  EXPECT_EQ(unknown.action, Action::rejected);
  EXPECT_EQ(unknown.source_ip, "200.196.137.89");
  EXPECT_EQ(unknown.to_address, "knopweed@example.com");
  EXPECT_EQ(unknown.from_address, "carmina@ludkttwa.example.us");
  EXPECT_EQ(unknown.smtp_command, "RCPT");
  EXPECT_EQ(unknown.reply_code, 550);
  EXPECT_EQ(unknown.diagnostic, "550 Requested action not taken: mailbox unavailable or not local.");
  EXPECT_EQ(unknown.local_id, kMsg);
  EXPECT_EQ(unknown.dataset, "mailenable.log");
  EXPECT_EQ(unknown.process_name, "mailenable");
  EXPECT_EQ(unknown.time.epoch_us, at(26, 0, 9, 3));
  EXPECT_NE(unknown.hard, Tristate::no);
  const auto& greylisted = p.sink.events[1];
  EXPECT_EQ(greylisted.action, Action::rejected);
  EXPECT_EQ(greylisted.reply_code, 451);
  EXPECT_EQ(greylisted.hard, Tristate::no);
  EXPECT_EQ(greylisted.to_address, "tj@example.com");
  EXPECT_EQ(testing::verdict_of(greylisted).reason, "greylisted");
  const auto& relay = p.sink.events[2];
  EXPECT_EQ(relay.to_address, "someone@elsewhere.example");
  EXPECT_EQ(relay.reply_code, 503);
  for (size_t i : {0, 1, 2, 3, 7}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
  EXPECT_EQ(p.sink.tallies[size_t(Tally::connection)], 1u);
}

TEST(MailEnableParser, AFailedLoginIsAFailureAndARefusedAuthCommandARefusal) {
  const char* id = "3B9454B8BCED4F88A24BFEF44DE6CF50.MAI";
  Parsed p = parse({
      in("00:17:57", id, "1052", "81.30.107.92", "AUTH", "AUTH LOGIN", "334 VXNlcm5hbWU6"),
      in("00:17:58", id, "1052", "81.30.107.92", "AUTH", "{blank}", "334 UGFzc3dvcmQ6", "tci"),
      in("00:17:59", id, "1052", "81.30.107.98", "AUTH", "MTIzNDU2", "535 Invalid Username or Password", "tci"),
      in("05:58:52", "BC4EC38628294DAE993C2F6B25919371.MAI", "1336", "192.95.15.95", "AUTH", "AUTH LOGIN",
         "500 Syntax error, command unrecognized."),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& login = p.sink.events[0];
  EXPECT_EQ(login.action, Action::failed);
  EXPECT_EQ(login.source_ip, "81.30.107.98");
  EXPECT_EQ(login.smtp_command, "AUTH");
  EXPECT_EQ(login.reply_code, 535);
  EXPECT_EQ(login.diagnostic, "535 Invalid Username or Password");
  EXPECT_EQ(testing::verdict_of(login).cause, "authentication");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u) << "the refused AUTH LOGIN is no failed login";
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  EXPECT_EQ(p.sink.events[1].reply_code, 500);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

TEST(MailEnableParser, AClientDeniedAtTheGreetingIsARefusalOfItsConnection) {
  Parsed p = parse({
      in("00:10:21", "B26E31D9011149E7BE6419EC08979EB5.MAI", "1400", "50.93.246.101", "", "",
         "530 mail.example.com ESMTP MailEnable Service, Version: 9.76--9.76 denied access at 03/26/25 00:10:20"),
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].smtp_command, "CONN");
  EXPECT_EQ(p.sink.events[0].source_ip, "50.93.246.101");
  EXPECT_EQ(p.sink.events[0].reply_code, 530);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::connection)], 0u) << "a refused connection is no client served";
}

TEST(MailEnableParser, ARefusalAfterTheMessageNamesItsOneRecipientAndATlsRefusalIsTemporary) {
  const char* id = "E5195B879BA64DB08B0921A470C4902A.MAI";
  Parsed p = parse({
      in("07:39:21", "1FD1ABAEF1654BBE8C9378DAE9293140.MAI", "1432", "35.163.115.195", "STARTTLS", "STARTTLS",
         "454 TLS not available due to temporary reason"),
      in("08:33:38", id, "1488", "212.71.172.142", "MAIL", "MAIL FROM:<jansova@knih-st.example> SIZE=91445112",
         "250 Requested mail action okay, completed"),
      in("08:33:38", id, "1488", "212.71.172.142", "RCPT", "RCPT TO:<tj@example.com>",
         "250 Requested mail action okay, completed"),
      in("08:33:38", id, "1488", "212.71.172.142", "DATA", "DATA", "354 Start mail input; end with <CRLF>.<CRLF>"),
      in("08:33:52", id, "1488", "212.71.172.142", "DATE", ".", "552 Message size exceeds fixed maximum message size"),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].smtp_command, "STARTTLS");
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].hard, Tristate::no);
  const auto& size = p.sink.events[1];
  EXPECT_EQ(size.smtp_command, "DATA");
  EXPECT_EQ(size.to_address, "tj@example.com");
  EXPECT_EQ(size.from_address, "jansova@knih-st.example");
  EXPECT_EQ(testing::verdict_of(size).cause, "message_too_large");
}

// ---- The activity log: outbound ---------------------------------------------

TEST(MailEnableParser, ARemoteServersRepliesDeferOrBounceTheRecipientItsRcptNamed) {
  const char* id = "10F872A3442B40B8A555E440FD12EB95.MAI";
  Parsed p = parse({
      out("05:39:16", id, "1504", "172.217.195.27", "CONN", "", "220 mx.google.com ESMTP q5-v6si4968034oti.22 - gsmtp"),
      out("05:39:16", id, "1504", "172.217.195.27", "EHLO", "EHLO mail.example.com",
          "250-mx.google.com at your service, [192.0.2.106]"),
      out("05:39:16", id, "1504", "172.217.195.27", "MAIL", "MAIL FROM:<orders@example.com> SIZE=63838",
          "250 2.1.0 OK q5-v6si4968034oti.22 - gsmtp"),
      out("05:39:17", id, "1504", "172.217.195.27", "RCPT", "RCPT TO:<gone.away@gmail.com>",
          "550-5.1.1 The email account that you tried to reach does not exist. Please try"),
      out("05:39:17", id, "1504", "172.217.195.27", "RCPT", "RCPT TO:<full.box@gmail.com>",
          "452-4.2.2 The email account that you tried to reach is over quota. Please direct"),
      out("05:39:17", id, "1504", "172.217.195.27", "RCPT", "RCPT TO:<jenn@gmail.com>",
          "250 2.1.5 OK q5-v6si4968034oti.22 - gsmtp"),
      out("05:39:17", id, "1504", "172.217.195.27", "DATA", "DATA", "354  Go ahead q5-v6si4968034oti.22 - gsmtp"),
      out("05:39:18", id, "1504", "172.217.195.27", "DATE", ".",
          "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy."),
      out("05:39:18", id, "1504", "172.217.195.27", "QUIT", "QUIT", "421 4.7.0 closing connection - gsmtp"),
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& gone = p.sink.events[0];
  EXPECT_EQ(gone.action, Action::bounced);
  EXPECT_EQ(gone.to_address, "gone.away@gmail.com");
  EXPECT_EQ(gone.from_address, "orders@example.com");
  EXPECT_EQ(gone.destination_ip, "172.217.195.27");
  EXPECT_EQ(gone.destination_domain, "mx.google.com");
  EXPECT_EQ(gone.smtp_command, "RCPT");
  EXPECT_EQ(gone.reply_code, 550);
  EXPECT_EQ(gone.enhanced_status, "5.1.1");
  EXPECT_EQ(gone.local_id, id);
  EXPECT_EQ(gone.diagnostic, "550-5.1.1 The email account that you tried to reach does not exist. Please try");
  EXPECT_EQ(testing::verdict_of(gone).cause, "recipient_unknown");
  const auto& full = p.sink.events[1];
  EXPECT_EQ(full.action, Action::deferred);
  EXPECT_EQ(full.hard, Tristate::no);
  EXPECT_EQ(full.to_address, "full.box@gmail.com");
  EXPECT_EQ(full.enhanced_status, "4.2.2");
  const auto& dmarc = p.sink.events[2];
  EXPECT_EQ(dmarc.action, Action::bounced);
  EXPECT_EQ(dmarc.smtp_command, "DATA");
  EXPECT_EQ(dmarc.to_address, "jenn@gmail.com") << "the one recipient the server accepted";
  EXPECT_EQ(dmarc.enhanced_status, "5.7.26");
  EXPECT_EQ(p.outcomes[8], Outcome::recognized) << "a refused QUIT changes nothing";
}

TEST(MailEnableParser, ARefusalAtTheRemoteGreetingBouncesWithoutARecipient) {
  Parsed p = parse({
      out("11:00:00", "CCCC3333DDDD4444EEEE5555FFFF6666.MAI", "1612", "203.0.113.50", "CONN", "",
          "554 5.7.1 Service unavailable; Client host [192.0.2.106] blocked using zen.spamhaus.org"),
      out("11:05:00", "AAAA3333DDDD4444EEEE5555FFFF6666.MAI", "1613", "203.0.113.51", "CONN", "",
          "421 4.7.0 Too many connections from your IP, try again later"),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::bounced);
  EXPECT_EQ(p.sink.events[0].smtp_command, "CONN");
  EXPECT_EQ(p.sink.events[0].destination_ip, "203.0.113.50");
  EXPECT_EQ(p.sink.events[0].to_address, "");
  EXPECT_FALSE(testing::verdict_of(p.sink.events[0]).rule.empty()) << "the reply's words are classified";
  EXPECT_EQ(p.sink.events[1].action, Action::deferred);
}

TEST(MailEnableParser, OrdinarySessionsAreRecognizedAndReportNothing) {
  const char* inbound = "FE1232711EEB4F2C884E84F1A6EB148A.MAI";
  const char* outbound = "CD35AE372946400A9AA976E53DF3D360.MAI";
  Parsed p = parse({
      kBanner,
      in("00:33:06", inbound, "1324", "104.237.143.223", "", "", "220 ***welcome to mail.example.com***"),
      in("00:33:06", inbound, "1324", "104.237.143.223", "EHLO", "EHLO mail.texas3006.example",
         "250-mail.example.com [104.237.143.223], this server offers 5 extensions"),
      in("00:33:06", inbound, "1324", "104.237.143.223", "STARTTLS", "", ""),
      in("00:33:06", inbound, "1324", "104.237.143.223", "STARTTLS", "STARTTLS", ""),
      in("00:33:06", inbound, "1324", "104.237.143.223", "MAIL", "MAIL FROM:<notifications@texas3006.example>",
         "250 Requested mail action okay, completed"),
      in("00:33:06", inbound, "1324", "104.237.143.223", "RCPT", "RCPT TO:<bjarvis@example.com>",
         "250 Requested mail action okay, completed"),
      in("00:33:06", inbound, "1324", "104.237.143.223", "DATA", "DATA",
         "354 Start mail input; end with <CRLF>.<CRLF>"),
      in("00:33:07", inbound, "1324", "104.237.143.223", "DATE", "", "250 Requested mail action okay, completed"),
      in("00:33:07", "173994BFE7F24AE0A949348BBA834DB7.MAI", "1324", "104.237.143.223", "QUIT", "QUIT",
         "221 Service closing TLS SSL transmission session"),
      in("00:30:34", "C3344B4FDE4F4D478CAFC7FDA72F82FF.MAI", "1436", "116.85.31.7", "EHLO", "EHLO mail6.mhhs.win", ""),
      out("05:38:46", outbound, "1516", "98.137.159.24", "CONN", "", "220 mta4098.mail.ne1.yahoo.com ESMTP ready"),
      out("05:38:46", outbound, "1516", "98.137.159.24", "EHLO", "EHLO mail.example.com",
          "250-mta4098.mail.ne1.yahoo.com"),
      out("05:38:46", outbound, "1516", "98.137.159.24", "MAIL", "MAIL FROM:<calendar@example.com> SIZE=4718",
          "250 sender <calendar@example.com> ok"),
      out("05:38:46", outbound, "1516", "98.137.159.24", "RCPT", "RCPT TO:<rescue_25@yahoo.com>",
          "250 recipient <rescue_25@yahoo.com> ok"),
      out("05:38:46", outbound, "1516", "98.137.159.24", "DATA", "DATA", "354 go ahead"),
      out("05:38:46", outbound, "1516", "98.137.159.24", "DATE", ".", "250 ok dirdel"),
      out("05:38:46", outbound, "1516", "98.137.159.24", "QUIT", "QUIT", "221 mta4098.mail.ne1.yahoo.com"),
  });
  EXPECT_TRUE(p.sink.events.empty());
  EXPECT_EQ(count(p.outcomes, Outcome::recognized), p.outcomes.size());
  EXPECT_EQ(p.sink.tallies[size_t(Tally::connection)], 1u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 1u);
}

TEST(MailEnableParser, ADayFirstDateAndAFourDigitYearAreRead) {
  Parsed p = parse({
      record({"26/03/25 10:00:00", "SMTP-IN", kMsg, "10", "192.0.2.9", "RCPT", "RCPT TO:<x@example.com>",
              "550 Requested action not taken: mailbox unavailable or not local.", "67", "34", "", ""}),
      record({"03/27/2025 10:00:00", "SMTP-IN", kMsg, "10", "192.0.2.9", "RCPT", "RCPT TO:<y@example.com>",
              "550 Requested action not taken: mailbox unavailable or not local.", "67", "34", "", ""}),
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].time.epoch_us, at(26, 10, 0, 0));
  EXPECT_EQ(p.sink.events[1].time.epoch_us, at(27, 10, 0, 0));
}

// ---- The IMAP and POP activity logs ----------------------------------------

TEST(MailEnableParser, AMailboxServicesRefusedLoginIsAFailedLogin) {
  Parsed p = parse(
      {
          record({"05/09/19 00:03:12", "IMAP-IN", "", "3904", "203.0.113.61", "LOGIN",
                  "LOGIN admin@example.com \"********\"", "2 NO LOGIN Failed. Invalid username or password", "22", "49",
                  "", ""}),
          record({"05/09/19 00:03:12", "IMAP-IN", "", "3800", "192.168.106.1", "LOGIN",
                  "LOGIN tj@example.com \"********\"", "2 OK LOGIN completed", "22", "49", "example.com", "tj"}),
          record({"05/09/19 00:04:40", "POP3-IN", "", "2120", "203.0.113.62", "PASS", "PASS ********",
                  "-ERR Unable to log on", "22", "14", "", ""}),
          record({"05/09/19 00:04:41", "IMAP-IN", "", "3800", "192.168.106.1", "SELECT", "SELECT \"Archive\"",
                  "5 NO Mailbox does not exist", "22", "14", "example.com", "tj"}),
      },
      "IMAP-Activity-190509.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.61");
  EXPECT_EQ(p.sink.events[0].diagnostic, "LOGIN Failed. Invalid username or password");
  EXPECT_EQ(p.sink.events[1].source_ip, "203.0.113.62");
  EXPECT_EQ(p.sink.events[1].diagnostic, "Unable to log on");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 2u);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

// ---- The debug log -----------------------------------------------------------

Parsed parse_debug(const std::vector<std::string>& notes) {
  std::vector<std::string> lines = {kBanner};
  lines.insert(lines.end(), notes.begin(), notes.end());
  return parse(lines, "SMTP-Debug-250326.log");
}

TEST(MailEnableParser, DebugNotesOfRefusedClientsAreRefusalsAndFailedLogins) {
  Parsed p = parse_debug({
      "03/26/25 09:14:02 ME-I0111: [2144] Relay Denied: Failed to meet all relay criteria. Sender: "
      "[SMTP:promo@bulk.example] Recipient: [SMTP:victim@example.net] IP: 203.0.113.77",
      "03/26/25 09:20:11 ME-E0063: [1884] Authentication failed for user (admin@example.com) from 81.30.107.98",
      "03/26/25 09:21:40 ME-I0141: [1532] Connection from 185.36.81.53 denied access: the address is in the SMTP "
      "deny list",
      "03/26/25 09:30:05 ME-E0149: [2476] TLS negotiation failed for connection from 35.163.115.195: A call to SSPI "
      "failed, see inner exception.",
      "03/26/25 09:31:00 ME-I0110: [2476] Relay Granted: Server is configured to allow anyone to relay.",
      "03/26/25 09:31:01 ME-I0108: [2476] Relay Granted: Sender has authenticated.",
      "03/26/25 09:31:02 ME-I0102: [2476] Address ([SMTP:info@example.com]) is to be delivered to Catch-All address.",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  const auto& relay = p.sink.events[0];
  EXPECT_EQ(relay.action, Action::rejected);
  EXPECT_EQ(relay.source_ip, "203.0.113.77");
  EXPECT_EQ(relay.from_address, "promo@bulk.example");
  EXPECT_EQ(relay.to_address, "victim@example.net");
  EXPECT_EQ(relay.smtp_command, "RCPT");
  EXPECT_EQ(relay.diagnostic.substr(0, 52), "Relay Denied: Failed to meet all relay criteria. Sen");
  EXPECT_EQ(testing::verdict_of(relay).cause, "relay_denied");
  const auto& login = p.sink.events[1];
  EXPECT_EQ(login.action, Action::failed);
  EXPECT_EQ(login.source_ip, "81.30.107.98");
  EXPECT_EQ(login.smtp_command, "AUTH");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
  const auto& denied = p.sink.events[2];
  EXPECT_EQ(denied.action, Action::rejected);
  EXPECT_EQ(denied.source_ip, "185.36.81.53");
  const auto& tls = p.sink.events[3];
  EXPECT_EQ(tls.action, Action::failed);
  EXPECT_EQ(tls.source_ip, "35.163.115.195");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
  for (size_t i : {0, 5, 6, 7}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

// A ban after failed logins refuses the client (it is not one more failed
// login); a client leaving, a port's number, a fallback to the A record and a
// tally of no errors are no failures.
TEST(MailEnableParser, ABanIsARefusalAndOrdinaryNotesAreNoFailures) {
  Parsed p = parse_debug({
      "03/26/25 00:34:00 ME-I0131: [2303] IP 45.227.254.7 has been banned for 30 minutes after 10 failed login "
      "attempts",
      "03/26/25 00:42:00 ME-I0170: [2311] SPF check failed for sender <ceo@example.com> from 203.0.113.41, message "
      "rejected",
      "03/26/25 00:37:00 ME-I0140: [2306] Client 192.0.2.55 disconnected",
      "03/26/25 00:38:00 ME-I0141: [2307] Connection from 192.0.2.56 timed out",
      "03/26/25 10:00:10 ME-I0044: [1243] No MX records found for domain example.cm, using A record",
      "03/26/25 10:00:11 ME-I0045: [1244] Sent message to mx.example.com, 0 errors",
      "03/26/25 10:00:12 ME-I0046: [1245] Connecting to mail.example.org on port 465",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].source_ip, "45.227.254.7");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 0u);
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  EXPECT_EQ(p.sink.events[1].source_ip, "203.0.113.41");
  EXPECT_EQ(p.sink.events[1].from_address, "ceo@example.com");
  EXPECT_EQ(count(p.outcomes, Outcome::recognized), 6u);
}

TEST(MailEnableParser, ADeliveryThatCannotConnectIsDeferredOnceAndItsSummaryIsRecognized) {
  const char* id = "C0A9C289308F4E6F9D6C799BBEEE0913.MAI";
  Parsed p = parse_debug({
      std::string("03/26/25 10:02:10 ME-I0021: [3120] [") + id + "] Sending message to domain example.net",
      std::string("03/26/25 10:02:17 ME-E0055: [3120] [") + id +
          "] Unable to connect to remote host mx1.example.net [198.51.100.20]: Connection timed out (10060)",
      std::string("03/26/25 10:02:38 ME-E0055: [3120] [") + id +
          "] Unable to connect to remote host mx2.example.net [198.51.100.21]: Connection timed out (10060)",
      std::string("03/26/25 10:02:38 ME-I0074: [3120] [") + id +
          "] Message Delivery Delayed, message will be retried in 15 minutes",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.file_line, 3u);
  EXPECT_EQ(ev.action, Action::deferred);
  EXPECT_EQ(ev.hard, Tristate::no);
  EXPECT_EQ(ev.local_id, id);
  EXPECT_EQ(ev.destination_domain, "mx1.example.net");
  EXPECT_EQ(ev.destination_ip, "198.51.100.20");
  EXPECT_EQ(ev.diagnostic,
            "Unable to connect to remote host mx1.example.net [198.51.100.20]: Connection timed out (10060)");
  EXPECT_EQ(ev.reply_code, 0);
  EXPECT_FALSE(testing::verdict_of(ev).rule.empty()) << "MailEnable's words are classified";
  for (size_t i : {1, 3, 4}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

TEST(MailEnableParser, AFailedMxLookupIsADeferralForTheDomainItLookedUp) {
  Parsed p = parse_debug({
      "03/26/25 10:15:00 ME-E0064: [2900] [7DE5E75402F849D1B01DEE124D5D946E.MAI] Could not obtain MX records for "
      "domain (nowhere-example.com): DNS query failed",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].destination_domain, "nowhere-example.com");
  EXPECT_EQ(p.sink.events[0].local_id, "7DE5E75402F849D1B01DEE124D5D946E.MAI");
}

TEST(MailEnableParser, ARemoteReplyInANoteIsTheReplysFailureAndTheGiveUpAnExpiryOnce) {
  const char* id = "B1689CC3844642A3A30ECA41C4700E12.MAI";
  const char* late = "4C3A0025638A4C16964BA0FD3261D670.MAI";
  Parsed p = parse_debug({
      std::string("03/26/25 10:20:44 ME-E0046: [2900] [") + id +
          "] Remote SMTP Server Returned: 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown",
      std::string("03/26/25 10:20:44 ME-E0193: [2900] [") + id + "] Message Delivery Failure.",
      std::string("03/27/25 14:00:00 ME-E0193: [3344] [") + late +
          "] Message Delivery Failure: maximum number of retries exceeded for domain example.org",
      std::string("03/27/25 14:00:00 ME-I0090: [3344] [") + late + "] Message moved to Bad Mail directory",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& bounce = p.sink.events[0];
  EXPECT_EQ(bounce.action, Action::bounced);
  EXPECT_EQ(bounce.reply_code, 550);
  EXPECT_EQ(bounce.enhanced_status, "5.1.1");
  EXPECT_EQ(bounce.to_address, "gone@example.org");
  EXPECT_EQ(bounce.diagnostic, "550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown");
  EXPECT_EQ(bounce.local_id, id);
  const auto& expired = p.sink.events[1];
  EXPECT_EQ(expired.action, Action::expired);
  EXPECT_EQ(expired.local_id, late);
  EXPECT_EQ(expired.file_line, 4u);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized) << "the summary of the reply before it";
  EXPECT_EQ(p.outcomes[4], Outcome::recognized) << "the give-up said once";
}

TEST(MailEnableParser, ASummaryWhoseReasonIsNowhereElseIsReported) {
  Parsed p = parse_debug({
      "03/26/25 15:00:00 ME-W0011: [3344] [E1E1E1E1A2A2A2A2B3B3B3B3C4C4C4C4.MAI] Message Delivery Delayed",
      "03/26/25 15:00:05 ME-E0001: [1000] Unable to open configuration file C:\\Program Files (x86)\\Mail "
      "Enable\\Config\\SMTP.SAV",
      "03/26/25 15:00:06 ME-I0001: SMTP Connector Service started",
      "03/26/25 15:00:07 ME-I0074: [3120] [C0A9C289308F4E6F9D6C799BBEEE0913.MAI] Message delivered to example.net "
      "successfully",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].diagnostic, "Message Delivery Delayed");
  EXPECT_EQ(p.sink.events[1].action, Action::failed) << "the service's own error";
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  EXPECT_EQ(p.outcomes[4], Outcome::recognized);
}

// ---- The W3C log ---------------------------------------------------------------

TEST(MailEnableParser, W3cRecordsAreReadByTheirFieldsDirective) {
  Parsed p = parse(
      {
          "#Software: MailEnable",
          "#Version: 1.0",
          "#Date: 2025-03-26 00:00:00",
          "#Fields: date time c-ip agent account s-ip s-port cs-method cs-uristem cs-uriquery s-computername "
          "sc-bytes cs-bytes cs-username",
          "2025-03-26 00:17:59 81.30.107.98 SMTP-IN 3B9454B8BCED4F88A24BFEF44DE6CF50.MAI 192.0.2.10 25 AUTH "
          "MTIzNDU2 535+Invalid+Username+or+Password MAIL01 34 10 tci",
          "2025-03-26 00:18:39 81.30.107.92 SMTP-IN 39EBEE104AC341A8B690FB6BD3E9D126.MAI 192.0.2.10 25 RSET RSET "
          "250+Requested+mail+action+okay,+completed MAIL01 43 6 -",
          "2025-03-26 05:39:17 172.217.195.27 SMTP-OU 10F872A3442B40B8A555E440FD12EB95.MAI 192.0.2.10 25 RCPT "
          "RCPT+TO:<gone.away@gmail.com> 550+5.1.1+The+email+account+does+not+exist MAIL01 36 43 -",
      },
      "ex250326.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "81.30.107.98");
  EXPECT_EQ(p.sink.events[0].diagnostic, "535 Invalid Username or Password");
  EXPECT_EQ(p.sink.events[1].action, Action::bounced);
  EXPECT_EQ(p.sink.events[1].to_address, "gone.away@gmail.com");
  EXPECT_EQ(p.sink.events[1].destination_ip, "172.217.195.27");
  EXPECT_EQ(p.sink.events[1].diagnostic, "550 5.1.1 The email account does not exist");
  for (size_t i : {0, 1, 2, 3, 5}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

// ---- Damaged input -------------------------------------------------------------

TEST(MailEnableParser, GarbageTruncatedAndEnormousLinesDoNotCrash) {
  const std::string huge(4 << 20, 'A');
  Parsed p = parse({
      "garbage",
      "03/26/25",
      "03/26/25 00:1",
      "03/26/25 00:17:57",
      "13/13/25 00:17:57\tSMTP-IN\tX.MAI\t1\t192.0.2.1\tQUIT\tQUIT\t221 bye",
      "03/26/25 00:17:57\tSMTP-IN\t3B94.MAI\t1052",
      "\xff\xfe\x80\x81 \xc3\x28",
      huge,
      "2025-03-26 00:17:59 garbage",
      in("00:17:59", kMsg, "1052", "81.30.107.98", "RCPT", "RCPT TO:<" + huge + ">", "550 " + huge),
      in("00:17:59", kMsg, "1052", "81.30.107.98", "RCPT", "RCPT TO:<\xff\xfe@example.com>", "550 \xc3\x28 no"),
      "03/26/25 00:17:57 ME-E0055: [3120] [" + huge + ".MAI] Unable to connect to " + huge,
      "03/26/25 00:17:57 ME-E",
      "03/26/25 00:17:57 ME-E0055: [",
      "03/26/25 00:17:57 ME-E0055: [3120] [",
      "03/26/25 00:17:57\tSMTP-OU\t\t\t\t\t\t\t",
  });
  for (size_t i : {0, 1, 2, 3, 4, 5, 6, 7, 8}) EXPECT_EQ(p.outcomes[i], Outcome::unrecognized) << "line " << i + 1;
  EXPECT_EQ(p.outcomes[9], Outcome::reported);
  EXPECT_EQ(p.outcomes[10], Outcome::reported);
  EXPECT_EQ(p.outcomes[11], Outcome::reported);
  for (size_t i = 12; i < p.outcomes.size(); ++i) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

// A line that ends right before memory nothing may read: the parser reads none of it.
TEST(MailEnableParser, TruncatedLinesAreNotReadPastTheirEnd) {
  const std::vector<std::string> lines = {
      in("00:17:59", kMsg, "1052", "81.30.107.98", "AUTH", "MTIzNDU2", "535 Invalid Username or Password", "tci"),
      out("05:39:17", kMsg, "1504", "172.217.195.27", "RCPT", "RCPT TO:<gone@gmail.com>", "550-5.1.1 No such user"),
      "03/26/25 10:02:17 ME-E0055: [3120] [C0A9C289308F4E6F9D6C799BBEEE0913.MAI] Unable to connect to remote host "
      "mx1.example.net [198.51.100.20]: Connection timed out (10060)",
      "03/26/25 09:14:02 ME-I0111: [2144] Relay Denied: Sender: [SMTP:a@b.example] IP: 203.0.113.77",
      "2025-03-26 00:17:59 81.30.107.98 SMTP-IN 3B94.MAI 192.0.2.10 25 AUTH x 535+Invalid MAIL01 34 10 tci",
      kBanner,
  };
  FileContext ctx;
  ctx.path = "SMTP-Activity-250326.log";
  testing::CollectingSink sink;
  for (const std::string& line : lines) {
    for (size_t n = 0; n <= line.size(); ++n) {
      auto parser = make_mailenable_parser(ctx);
      testing::GuardedBytes bytes(std::string_view(line).substr(0, n));
      parser->parse_line(bytes.view(), 1, sink);
      parser->finish(sink);
    }
  }
  EXPECT_FALSE(sink.events.empty());
}

// ---- Sniffing ------------------------------------------------------------------

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\r\n";
  return out;
}

const std::vector<std::string> kActivity = {
    kBanner,
    in("00:17:57", kMsg, "1052", "81.30.107.92", "AUTH", "AUTH LOGIN", "334 VXNlcm5hbWU6"),
    in("00:17:59", kMsg, "1052", "81.30.107.98", "AUTH", "MTIzNDU2", "535 Invalid Username or Password", "tci"),
    out("05:39:16", kMsg, "1504", "172.217.195.27", "CONN", "", "220 mx.google.com ESMTP - gsmtp"),
};
const std::vector<std::string> kDebug = {
    "03/26/25 09:14:02 ME-I0111: [2144] Relay Denied: Failed to meet all relay criteria.",
    "03/26/25 10:02:17 ME-E0055: [3120] [C0A9C289308F4E6F9D6C799BBEEE0913.MAI] Unable to connect to remote host",
    "03/26/25 10:02:18 ME-I0074: [3120] Message Delivery Delayed",
};

TEST(MailEnableSniff, ActivityDebugAndW3cLogsAreMailEnables) {
  EXPECT_EQ(mailenable_sniff(join(kActivity)), 100);
  EXPECT_EQ(mailenable_sniff(join({kActivity[1], kActivity[2]})), 100) << "records without the banner";
  EXPECT_EQ(mailenable_sniff(join(kDebug)), 100);
  EXPECT_EQ(mailenable_sniff(join({kBanner, "03/26/25 10:02:18 Outbound message queued"})), 100)
      << "the banner names the writer of notes without a code";
  EXPECT_EQ(mailenable_sniff(join({"#Software: MailEnable", "#Version: 1.0",
                                   "2025-03-26 00:17:59 81.30.107.98 SMTP-IN 3B94.MAI 192.0.2.10 25 AUTH x "
                                   "535+Invalid MAIL01 34 10 tci"})),
            100);
  EXPECT_EQ(mailenable_sniff(join({"#Software: MailEnable", "#Version: 1.0", "#Date: 2025-03-26 00:00:00"})), 100)
      << "a W3C log with no record yet";
}

TEST(MailEnableSniff, OtherFormatsAreNotMailEnables) {
  EXPECT_EQ(mailenable_sniff("Mar 11 06:41:30 mx postfix/smtpd[412]: connect from unknown[192.0.2.7]\n"), 0);
  EXPECT_EQ(mailenable_sniff("2025-03-13 00:04:51 198.51.100.233 ylmf-pc SMTPSVC1 WEB02 192.0.2.80 0 RCPT - "
                             "+TO:<probe@example.org> 550 0 65 37 0 SMTP - - - -\n"),
            0);
  EXPECT_EQ(mailenable_sniff("{\"time\":\"2025-03-13T00:04:51Z\",\"level\":\"error\",\"msg\":\"550 5.1.1\"}\n"), 0);
  EXPECT_EQ(mailenable_sniff("[2024.05.16] 08:03:10.017 [198.51.100.45][30611245] \"550 No such user\" response "
                             "returned.\n"),
            0);
  EXPECT_EQ(mailenable_sniff("03/04/25 10:12:33 backup finished\n03/04/25 10:12:34 backup started\n"), 0)
      << "a month-first time alone names no writer";
  EXPECT_EQ(mailenable_sniff(""), 0);
}

// No registered format may claim MailEnable's logs as surely as it does.
TEST(MailEnableSniff, NoRegisteredFormatClaimsMailEnablesLogsMoreSurely) {
  for (const std::string& head : {join(kActivity), join(kDebug)}) {
    const int ours = mailenable_sniff(head);
    EXPECT_GT(ours, sniff_syslog(head));
    for (const FormatSpec& f : formats()) {
      if (!f.sniff || f.name == "mailenable") continue;
      EXPECT_LT(f.sniff(head), ours) << f.name;
    }
  }
}

}  // namespace
}  // namespace mailtriage
