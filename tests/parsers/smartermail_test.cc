// SmarterMail's logs: the SMTP log's refusals of clients (our 4xx/5xx replies,
// failed logins, blocks, failed TLS handshakes), the delivery log's remote
// refusals, failed connections, MX lookups and TLS handshakes, and the
// summaries that restate them or say alone why a recipient failed; the
// administrative log's refused logins. Every other line of theirs is
// recognized; lines not theirs are not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/registry.h"
#include "parsers/smartermail.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines, std::string_view path = "2024.05.16-smtpLog.log") {
  return testing::parse_lines_with(make_smartermail_parser, lines, 1715904000, path);  // 2024-05-17
}

// 2024-05-16 at h:m:s.ms (the logs' local time, read as written).
int64_t at(int h, int m, int s, int ms = 0) {
  return (int64_t(1715817600) + h * 3600 + m * 60 + s) * 1000000 + ms * 1000;
}

size_t count(const Parsed& p, Outcome o) {
  size_t n = 0;
  for (Outcome x : p.outcomes) n += x == o;
  return n;
}

TEST(SmarterMailParser, OurRefusalOfARecipientIsARefusalOfTheClient) {
  Parsed p = parse({
      "[2024.05.16] 08:03:09.910 [198.51.100.45][30611245] connected at 5/16/2024 8:03:09 AM",
      "[2024.05.16] 08:03:09.911 [198.51.100.45][30611245] \"220 mail.example.com\" response returned.",
      "[2024.05.16] 08:03:10.002 [198.51.100.45][30611245] command: EHLO ylmf-pc",
      "[2024.05.16] 08:03:10.002 [198.51.100.45][30611245] \"250-mail.example.com Hello [198.51.100.45]\" "
      "response returned.",
      "[2024.05.16] 08:03:10.010 [198.51.100.45][30611245] command: MAIL FROM:<winner@lottery.example> SIZE=2048",
      "[2024.05.16] 08:03:10.011 [198.51.100.45][30611245] \"250 OK <winner@lottery.example> Sender ok\" response "
      "returned.",
      "[2024.05.16] 08:03:10.016 [198.51.100.45][30611245] command: RCPT TO:<probe@example.com>",
      "[2024.05.16] 08:03:10.017 [198.51.100.45][30611245] \"550 <probe@example.com> No such user here\" response "
      "returned.",
      "[2024.05.16] 08:03:10.120 [198.51.100.45][30611245] command: QUIT",
      "[2024.05.16] 08:03:10.121 [198.51.100.45][30611245] \"221 Service closing transmission channel\" response "
      "returned.",
      "[2024.05.16] 08:03:10.121 [198.51.100.45][30611245] disconnected at 5/16/2024 8:03:10 AM",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.file_line, 8u);
  EXPECT_EQ(ev.action, Action::rejected);
  EXPECT_EQ(ev.dataset, "smartermail.log");
  EXPECT_EQ(ev.process_name, "smartermail/smtp");
  EXPECT_EQ(ev.file_path, "2024.05.16-smtpLog.log");
  EXPECT_TRUE(ev.time.valid);
  EXPECT_EQ(ev.time.epoch_us, at(8, 3, 10, 17));
  EXPECT_EQ(ev.source_ip, "198.51.100.45");
  EXPECT_EQ(ev.from_address, "winner@lottery.example");
  EXPECT_EQ(ev.to_address, "probe@example.com");
  EXPECT_EQ(ev.smtp_command, "RCPT");
  EXPECT_EQ(ev.reply_code, 550);
  EXPECT_EQ(ev.diagnostic, "550 <probe@example.com> No such user here");
  EXPECT_EQ(ev.hard, Tristate::unknown);
  EXPECT_EQ(testing::verdict_of(ev).cause, "recipient_unknown");
  for (size_t i = 0; i < p.outcomes.size(); ++i)
    EXPECT_EQ(p.outcomes[i], i == 7 ? Outcome::reported : Outcome::recognized) << "line " << i + 1;
}

TEST(SmarterMailParser, ATemporaryRefusalIsNotHardAndKeepsItsEnhancedStatus) {
  Parsed p = parse({
      "[2024.05.16] 09:12:01.300 [203.0.113.77][30611301] command: MAIL FROM:<news@list.example>",
      "[2024.05.16] 09:12:01.301 [203.0.113.77][30611301] \"250 OK <news@list.example> Sender ok\" response "
      "returned.",
      "[2024.05.16] 09:12:01.402 [203.0.113.77][30611301] command: RCPT TO:<sales@example.com>",
      "[2024.05.16] 09:12:01.403 [203.0.113.77][30611301] \"451 4.7.1 Greylisted, please try again in 180 "
      "seconds\" response returned.",
      "[2024.05.16] 09:12:01.500 [203.0.113.77][30611301] command: DATA",
      "[2024.05.16] 09:12:02.800 [203.0.113.77][30611301] \"552 5.3.4 Message size exceeds fixed maximum message "
      "size\" response returned.",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& grey = p.sink.events[0];
  EXPECT_EQ(grey.action, Action::rejected);
  EXPECT_EQ(grey.hard, Tristate::no);
  EXPECT_EQ(grey.reply_code, 451);
  EXPECT_EQ(grey.enhanced_status, "4.7.1");
  EXPECT_EQ(grey.to_address, "sales@example.com");
  EXPECT_EQ(grey.from_address, "news@list.example");
  const auto& big = p.sink.events[1];
  EXPECT_EQ(big.smtp_command, "DATA");
  EXPECT_EQ(big.reply_code, 552);
  EXPECT_EQ(big.to_address, "sales@example.com") << "the last recipient the session named";
  EXPECT_EQ(testing::verdict_of(big).cause, "message_too_large");
}

TEST(SmarterMailParser, ARefusedLoginIsAFailedLoginOnceAndTheBanThatFollowsARefusal) {
  Parsed p = parse({
      "[2024.05.16] 01:12:40.100 [203.0.113.201][30611400] connected at 5/16/2024 1:12:40 AM",
      "[2024.05.16] 01:12:40.101 [203.0.113.201][30611400] \"220 mail.example.com\" response returned.",
      "[2024.05.16] 01:12:40.300 [203.0.113.201][30611400] command: EHLO User",
      "[2024.05.16] 01:12:40.301 [203.0.113.201][30611400] \"250 AUTH LOGIN CRAM-MD5\" response returned.",
      "[2024.05.16] 01:12:40.500 [203.0.113.201][30611400] command: AUTH LOGIN",
      "[2024.05.16] 01:12:40.501 [203.0.113.201][30611400] \"334 VXNlcm5hbWU6\" response returned.",
      "[2024.05.16] 01:12:40.700 [203.0.113.201][30611400] command: aW5mb0BleGFtcGxlLmNvbQ==",
      "[2024.05.16] 01:12:40.701 [203.0.113.201][30611400] \"334 UGFzc3dvcmQ6\" response returned.",
      "[2024.05.16] 01:12:41.000 [203.0.113.201][30611400] \"535 5.7.8 Authentication credentials invalid\" "
      "response returned.",
      "[2024.05.16] 01:12:41.001 [203.0.113.201][30611400] Login failed: Invalid password for user "
      "[info@example.com]",
      "[2024.05.16] 01:12:41.002 [203.0.113.201][30611400] IP blocked by brute force abuse detection rule",
      "[2024.05.16] 01:12:41.003 [203.0.113.201][30611400] disconnected at 5/16/2024 1:12:41 AM",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& login = p.sink.events[0];
  EXPECT_EQ(login.file_line, 9u);
  EXPECT_EQ(login.action, Action::failed);
  EXPECT_EQ(login.smtp_command, "AUTH") << "the base64 answer is AUTH's, not a command";
  EXPECT_EQ(login.reply_code, 535);
  EXPECT_EQ(login.enhanced_status, "5.7.8");
  EXPECT_EQ(login.source_ip, "203.0.113.201");
  EXPECT_EQ(login.diagnostic, "535 5.7.8 Authentication credentials invalid");
  EXPECT_EQ(testing::verdict_of(login).cause, "authentication");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u) << "the note restating the 535 is no second login";
  EXPECT_EQ(p.outcomes[9], Outcome::recognized);
  const auto& ban = p.sink.events[1];
  EXPECT_EQ(ban.file_line, 11u);
  EXPECT_EQ(ban.action, Action::rejected);
  EXPECT_EQ(ban.source_ip, "203.0.113.201");
  EXPECT_EQ(ban.diagnostic, "IP blocked by brute force abuse detection rule");
}

TEST(SmarterMailParser, ALoginRefusedInWordsFirstIsNotRefusedAgainByTheReply) {
  Parsed p = parse({
      "[2024.05.16] 01:20:00.000 [203.0.113.9][30611410] command: AUTH PLAIN",
      "[2024.05.16] 01:20:00.100 [203.0.113.9][30611410] Authentication failed for user [admin@example.com]",
      "[2024.05.16] 01:20:00.101 [203.0.113.9][30611410] \"535 Authentication failed\" response returned.",
      "[2024.05.16] 01:20:03.000 [203.0.113.9][30611410] command: AUTH PLAIN",
      "[2024.05.16] 01:20:03.101 [203.0.113.9][30611410] \"535 Authentication failed\" response returned.",
  });
  ASSERT_EQ(p.sink.events.size(), 2u) << "two attempts, each one failure";
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(p.sink.events[0].diagnostic, "Authentication failed for user [admin@example.com]");
  EXPECT_EQ(p.sink.events[1].file_line, 5u);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 2u);
}

// The server refuses a blocked client at the greeting ("421 Server is busy")
// and then says why: one refusal, on the line that says why.
TEST(SmarterMailParser, ARefusalAtTheGreetingIsReportedWithTheNoteThatSaysWhy) {
  Parsed p = parse(
      {
          "15:24:36.585 [80.244.11.121][60044376] connected at 6/6/2024 3:24:36 PM",
          "15:24:36.585 [80.244.11.121][60044376] \"421 Server is busy, try again later.\" response returned.",
          "15:24:36.585 [80.244.11.121][60044376] IP is blacklisted",
          "15:24:36.585 [80.244.11.121][60044376] disconnected at 6/6/2024 3:24:36 PM",
      },
      "Logs/2024.06.06-smtpLog.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.file_line, 3u);
  EXPECT_EQ(ev.action, Action::rejected);
  EXPECT_EQ(ev.diagnostic, "IP is blacklisted");
  EXPECT_EQ(ev.reply_code, 421);
  EXPECT_EQ(ev.hard, Tristate::no);
  EXPECT_EQ(ev.smtp_command, "CONNECT");
  EXPECT_EQ(ev.source_ip, "80.244.11.121");
  // The day from the file's name, the time of day from the line.
  EXPECT_EQ(ev.time.epoch_us, (int64_t(1717632000) + 15 * 3600 + 24 * 60 + 36) * 1000000 + 585000);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.outcomes[2], Outcome::reported);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

TEST(SmarterMailParser, ARefusalAtTheGreetingWithoutANoteIsReportedAsTheReply) {
  Parsed p = parse({
      "[2024.05.16] 10:00:00.000 [192.0.2.99][30611500] connected at 5/16/2024 10:00:00 AM",
      "[2024.05.16] 10:00:00.001 [192.0.2.99][30611500] \"554 Sending address not accepted due to spam filter\" "
      "response returned.",
      "[2024.05.16] 10:00:00.002 [192.0.2.99][30611500] disconnected at 5/16/2024 10:00:00 AM",
      "[2024.05.16] 10:00:05.000 [192.0.2.98][30611501] connected at 5/16/2024 10:00:05 AM",
      "[2024.05.16] 10:00:05.001 [192.0.2.98][30611501] \"421 Too many connections from your IP\" response "
      "returned.",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& spam = p.sink.events[0];
  EXPECT_EQ(spam.file_line, 2u) << "the reply's line, reported when the session ended";
  EXPECT_EQ(spam.time.epoch_us, at(10, 0, 0, 1));
  EXPECT_EQ(spam.diagnostic, "554 Sending address not accepted due to spam filter");
  EXPECT_EQ(spam.reply_code, 554);
  EXPECT_EQ(spam.smtp_command, "CONNECT");
  EXPECT_EQ(spam.hard, Tristate::unknown);
  EXPECT_EQ(count(p, Outcome::reported), 1u) << "the one held at the end is reported by finish()";
  EXPECT_EQ(p.outcomes[2], Outcome::reported);
  const auto& busy = p.sink.events[1];
  EXPECT_EQ(busy.file_line, 5u);
  EXPECT_EQ(busy.source_ip, "192.0.2.98");
  EXPECT_EQ(busy.hard, Tristate::no);
}

TEST(SmarterMailParser, ABlockNotedBeforeTheGreetingsRefusalIsOneRefusal) {
  Parsed p = parse({
      "[2024.05.16] 11:00:00.000 [198.51.100.3][30611600] connected at 5/16/2024 11:00:00 AM",
      "[2024.05.16] 11:00:00.001 [198.51.100.3][30611600] IDS block: 198.51.100.3 blocked for Password Brute Force "
      "(SMTP)",
      "[2024.05.16] 11:00:00.002 [198.51.100.3][30611600] \"554 Your IP has been blocked\" response returned.",
      "[2024.05.16] 11:00:00.003 [198.51.100.3][30611600] disconnected at 5/16/2024 11:00:00 AM",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].smtp_command, "CONNECT");
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

TEST(SmarterMailParser, AFailedTlsHandshakeIsAFailureAndATlsTally) {
  Parsed p = parse({
      "[2024.05.16] 12:00:00.000 [203.0.113.50][30611700] command: STARTTLS",
      "[2024.05.16] 12:00:00.001 [203.0.113.50][30611700] \"220 Start TLS negotiation\" response returned.",
      "[2024.05.16] 12:00:00.200 [203.0.113.50][30611700] TLS negotiation failed: Authentication failed because the "
      "remote party has closed the transport stream.",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.action, Action::failed);
  EXPECT_EQ(ev.smtp_command, "STARTTLS");
  EXPECT_EQ(ev.source_ip, "203.0.113.50");
  EXPECT_EQ(ev.diagnostic,
            "TLS negotiation failed: Authentication failed because the remote party has closed the transport stream.");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 0u) << ".NET's \"Authentication failed\" is TLS's";
  EXPECT_EQ(testing::verdict_of(ev).cause, "tls_mismatch");
}

// Older builds: "cmd:" and "rsp:", no date in the line and no milliseconds.
TEST(SmarterMailParser, OlderBuildsCmdAndRspLinesAreReadAlike) {
  Parsed p = parse(
      {
          "00:02:13 [192.0.2.14][4810023] rsp: 220 mail.example.com",
          "00:02:13 [192.0.2.14][4810023] connected at 3/4/2019 12:02:13 AM",
          "00:02:13 [192.0.2.14][4810023] cmd: HELO example.net",
          "00:02:13 [192.0.2.14][4810023] rsp: 250 mail.example.com Hello [192.0.2.14]",
          "00:02:14 [192.0.2.14][4810023] cmd: MAIL FROM:<a@example.net>",
          "00:02:14 [192.0.2.14][4810023] rsp: 250 OK <a@example.net> Sender ok",
          "00:02:14 [192.0.2.14][4810023] cmd: RCPT TO:<someone@elsewhere.example>",
          "00:02:14 [192.0.2.14][4810023] rsp: 550 <someone@elsewhere.example> Relay not allowed",
      },
      "2019.03.04-smtpLog.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.to_address, "someone@elsewhere.example");
  EXPECT_EQ(ev.from_address, "a@example.net");
  EXPECT_EQ(ev.smtp_command, "RCPT");
  EXPECT_EQ(ev.diagnostic, "550 <someone@elsewhere.example> Relay not allowed");
  EXPECT_EQ(ev.time.epoch_us, (int64_t(1551657600) + 2 * 60 + 14) * 1000000);
  EXPECT_EQ(testing::verdict_of(ev).cause, "relay_denied");
}

// A file renamed without its date: the day comes from a session's "connected at" line.
TEST(SmarterMailParser, WithoutADateInTheNameTheDayComesFromAConnectedAtLine) {
  Parsed p = parse(
      {
          "08:00:00.000 [192.0.2.1][1] command: RCPT TO:<x@example.com>",
          "08:00:00.001 [192.0.2.1][1] \"550 No such user here\" response returned.",
          "08:00:01.000 [192.0.2.2][2] connected at 5/16/2024 8:00:01 AM",
          "08:00:01.500 [192.0.2.2][2] command: RCPT TO:<y@example.com>",
          "08:00:01.501 [192.0.2.2][2] \"550 No such user here\" response returned.",
      },
      "smtp.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_FALSE(p.sink.events[0].time.valid) << "no day known yet";
  EXPECT_TRUE(p.sink.events[1].time.valid);
  EXPECT_EQ(p.sink.events[1].time.epoch_us, at(8, 0, 1, 501));
}

// ---- The delivery log ------------------------------------------------------

const std::vector<std::string> kBouncedRecipient = {
    "[2024.05.16] 08:09:39.950 [30611260] Delivery started for orders@shop.example at 8:09:39 AM",
    "[2024.05.16] 08:09:40.010 [30611260] Sending remote mail for orders@shop.example",
    "[2024.05.16] 08:09:40.020 [30611260] Initiating connection to mx1.example.net",
    "[2024.05.16] 08:09:40.030 [30611260] Connecting to 203.0.113.25:25 (Id: 1)",
    "[2024.05.16] 08:09:40.120 [30611260] Connection to 203.0.113.25:25 from 192.0.2.10:58231 succeeded (Id: 1)",
    "[2024.05.16] 08:09:40.180 [30611260] RSP: 220 mx1.example.net ESMTP Postfix",
    "[2024.05.16] 08:09:40.181 [30611260] CMD: EHLO mail.shop.example",
    "[2024.05.16] 08:09:40.240 [30611260] RSP: 250-mx1.example.net",
    "[2024.05.16] 08:09:40.240 [30611260] RSP: 250-PIPELINING",
    "[2024.05.16] 08:09:40.240 [30611260] RSP: 250 8BITMIME",
    "[2024.05.16] 08:09:40.250 [30611260] CMD: MAIL FROM:<orders@shop.example> SIZE=5120",
    "[2024.05.16] 08:09:40.300 [30611260] RSP: 250 2.1.0 Ok",
    "[2024.05.16] 08:09:40.310 [30611260] CMD: RCPT TO:<gone@example.net>",
    "[2024.05.16] 08:09:40.380 [30611260] RSP: 550 5.1.1 <gone@example.net>: Recipient address rejected: User "
    "unknown in virtual mailbox table",
    "[2024.05.16] 08:09:40.381 [30611260] CMD: RCPT TO:<buyer@example.net>",
    "[2024.05.16] 08:09:40.390 [30611260] RSP: 250 2.1.5 Ok",
    "[2024.05.16] 08:09:40.391 [30611260] CMD: DATA",
    "[2024.05.16] 08:09:40.400 [30611260] RSP: 354 End data with <CR><LF>.<CR><LF>",
    "[2024.05.16] 08:09:40.600 [30611260] RSP: 250 2.0.0 Ok: queued as 4VgTQm1x2Kz9sN",
    "[2024.05.16] 08:09:40.610 [30611260] CMD: QUIT",
    "[2024.05.16] 08:09:40.650 [30611260] RSP: 221 2.0.0 Bye",
    "[2024.05.16] 08:09:40.660 [30611260] Delivery for orders@shop.example to gone@example.net has failed: 550 "
    "5.1.1 <gone@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
    "[2024.05.16] 08:09:40.661 [30611260] Delivery for orders@shop.example to buyer@example.net has completed "
    "(Delivered)",
    "[2024.05.16] 08:09:40.670 [30611260] Removing Spool message: Killed: False, Failed: False, Finished: True",
    "[2024.05.16] 08:09:40.680 [30611260] Delivery finished for orders@shop.example at 8:09:40 AM",
};

TEST(SmarterMailParser, ARemoteRefusalOfARecipientIsItsBounceAndTheSummaryRestatesIt) {
  Parsed p = parse(kBouncedRecipient, "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.file_line, 14u);
  EXPECT_EQ(ev.action, Action::bounced);
  EXPECT_EQ(ev.process_name, "smartermail/delivery");
  EXPECT_EQ(ev.local_id, "30611260");
  EXPECT_EQ(ev.to_address, "gone@example.net");
  EXPECT_EQ(ev.from_address, "orders@shop.example");
  EXPECT_EQ(ev.destination_domain, "mx1.example.net");
  EXPECT_EQ(ev.destination_ip, "203.0.113.25");
  EXPECT_EQ(ev.destination_port, 25);
  EXPECT_EQ(ev.smtp_command, "RCPT");
  EXPECT_EQ(ev.reply_code, 550);
  EXPECT_EQ(ev.enhanced_status, "5.1.1");
  EXPECT_EQ(ev.diagnostic,
            "550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown in virtual mailbox table");
  EXPECT_EQ(ev.time.epoch_us, at(8, 9, 40, 380));
  EXPECT_EQ(testing::verdict_of(ev).cause, "recipient_unknown");
  EXPECT_EQ(count(p, Outcome::recognized), kBouncedRecipient.size() - 1) << "the summary restates the reply";
}

// A reply whose lines the log runs together on one line is whole there (its
// last line's code is followed by a space); a local mailbox's refusal is the
// recipient's bounce, which the summary after it restates.
TEST(SmarterMailParser, ARunTogetherReplyIsWholeAndALocalRefusalIsABounce) {
  Parsed p = parse(
      {
          "09:04:30.000 [5120447] Delivery started for news@shop.example at 9:04:30 AM",
          "09:04:30.965 [5120447] CMD: MAIL FROM:<news@shop.example> SIZE=61877",
          "09:04:31.010 [5120447] RSP: 421-4.7.28 Our system has detected an unusual rate of421-4.7.28 unsolicited "
          "mail originating from your IP address.421 4.7.28 Please visit https://support.google.com/mail/",
          "09:04:31.013 [5120447] Delivery for news@shop.example to a@example.com has been deferred (attempt 1 of 8; "
          "next attempt in 15 minutes)",
          "09:11:28.069 [5120463] Starting local delivery to accounts@shop.example",
          "09:11:28.084 [5120463] Local delivery to accounts@shop.example failed: mailbox quota exceeded (Size: "
          "2,047.61 MB, Limit: 2,048.00 MB)",
          "09:11:28.086 [5120463] Delivery for noreply@bank.example to accounts@shop.example has completed (Bounced)",
      },
      "2025.03.11-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& deferral = p.sink.events[0];
  EXPECT_EQ(deferral.file_line, 3u);
  EXPECT_EQ(deferral.action, Action::deferred);
  EXPECT_EQ(deferral.reply_code, 421);
  EXPECT_EQ(deferral.smtp_command, "MAIL");
  EXPECT_EQ(testing::verdict_of(deferral).cause, "rate_limit");
  const auto& local = p.sink.events[1];
  EXPECT_EQ(local.file_line, 6u);
  EXPECT_EQ(local.action, Action::bounced);
  EXPECT_EQ(local.to_address, "accounts@shop.example");
  EXPECT_EQ(testing::verdict_of(local).cause, "mailbox_full");
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  EXPECT_EQ(p.outcomes[6], Outcome::recognized);
}

TEST(SmarterMailParser, ARemoteTemporaryRefusalIsADeferral) {
  Parsed p = parse(
      {
          "[2024.05.16] 13:00:00.000 [30611800] Delivery started for billing@shop.example at 1:00:00 PM",
          "[2024.05.16] 13:00:00.100 [30611800] Connection to 198.51.100.200:25 from 192.0.2.10:50123 succeeded "
          "(Id: 1)",
          "[2024.05.16] 13:00:00.200 [30611800] CMD: MAIL FROM:<billing@shop.example>",
          "[2024.05.16] 13:00:00.300 [30611800] RSP: 250 ok",
          "[2024.05.16] 13:00:00.400 [30611800] CMD: RCPT TO:<jane@yahoo.example>",
          "[2024.05.16] 13:00:00.500 [30611800] RSP: 421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred "
          "due to unexpected volume or user complaints",
          "[2024.05.16] 13:00:00.600 [30611800] Delivery for billing@shop.example to jane@yahoo.example has failed: 421 "
          "4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.action, Action::deferred);
  EXPECT_EQ(ev.hard, Tristate::no);
  EXPECT_EQ(ev.reply_code, 421);
  EXPECT_EQ(ev.enhanced_status, "4.7.0");
  EXPECT_EQ(ev.to_address, "jane@yahoo.example");
  EXPECT_EQ(ev.destination_ip, "198.51.100.200");
  EXPECT_EQ(ev.destination_domain, "");
  EXPECT_EQ(p.outcomes[6], Outcome::recognized);
}

TEST(SmarterMailParser, AReplyOfSeveralLinesIsOneRefusalWithAllItsWords) {
  Parsed p = parse(
      {
          "[2024.05.16] 14:00:00.000 [30611900] CMD: RCPT TO:<nobody@gmail.example>",
          "[2024.05.16] 14:00:00.100 [30611900] RSP: 550-5.1.1 The email account that you tried to reach does not "
          "exist. Please try",
          "[2024.05.16] 14:00:00.100 [30611900] RSP: 550-5.1.1 double-checking the recipient's email address for "
          "typos or",
          "[2024.05.16] 14:00:00.100 [30611900] RSP: 550 5.1.1 unnecessary spaces. For more information, go to "
          "https://support.google.com/mail/?p=NoSuchUser - gsmtp",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.file_line, 4u);
  EXPECT_EQ(ev.action, Action::bounced);
  EXPECT_EQ(ev.to_address, "nobody@gmail.example");
  EXPECT_EQ(ev.diagnostic,
            "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 "
            "double-checking the recipient's email address for typos or 550 5.1.1 unnecessary spaces. For more "
            "information, go to https://support.google.com/mail/?p=NoSuchUser - gsmtp");
  EXPECT_EQ(ev.enhanced_status, "5.1.1");
  EXPECT_EQ(testing::verdict_of(ev).cause, "recipient_unknown");
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

TEST(SmarterMailParser, AFailedConnectionIsADeferralOnceForTheSameErrorFromEachHost) {
  Parsed p = parse(
      {
          "[2024.05.16] 15:00:00.000 [30612000] Delivery started for alerts@shop.example at 3:00:00 PM",
          "[2024.05.16] 15:00:00.010 [30612000] Connecting to 203.0.113.30:25 (Id: 1)",
          "[2024.05.16] 15:00:21.050 [30612000] Connection to 203.0.113.30:25 failed: A connection attempt failed "
          "because the connected party did not properly respond after a period of time, or established connection "
          "failed because connected host has failed to respond.",
          "[2024.05.16] 15:00:21.060 [30612000] Connecting to 203.0.113.31:25 (Id: 2)",
          "[2024.05.16] 15:00:42.100 [30612000] Connection to 203.0.113.31:25 failed: A connection attempt failed "
          "because the connected party did not properly respond after a period of time, or established connection "
          "failed because connected host has failed to respond.",
          "[2024.05.16] 15:00:42.110 [30612000] Connection to 203.0.113.32:587 failed: No connection could be made "
          "because the target machine actively refused it.",
          "[2024.05.16] 15:00:42.120 [30612000] Delivery for alerts@shop.example to ops@example.org has failed: "
          "Unable to connect to any mail server for example.org",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& timeout = p.sink.events[0];
  EXPECT_EQ(timeout.file_line, 3u);
  EXPECT_EQ(timeout.action, Action::deferred);
  EXPECT_EQ(timeout.hard, Tristate::no);
  EXPECT_EQ(timeout.destination_ip, "203.0.113.30");
  EXPECT_EQ(timeout.destination_port, 25);
  EXPECT_EQ(timeout.from_address, "alerts@shop.example");
  EXPECT_EQ(timeout.local_id, "30612000");
  EXPECT_TRUE(timeout.diagnostic.starts_with("Connection to 203.0.113.30:25 failed: A connection attempt failed"));
  EXPECT_EQ(timeout.reply_code, 0);
  const auto& refused = p.sink.events[1];
  EXPECT_EQ(refused.file_line, 6u);
  EXPECT_EQ(refused.destination_ip, "203.0.113.32");
  EXPECT_EQ(refused.destination_port, 587);
  EXPECT_EQ(p.outcomes[4], Outcome::recognized) << "the next MX host's same error";
  EXPECT_EQ(p.outcomes[6], Outcome::recognized) << "the summary restates the failed connections";
}

TEST(SmarterMailParser, AFailedMxLookupIsADeferralForTheDomainItLookedUp) {
  Parsed p = parse(
      {
          "[2024.05.16] 16:00:00.000 [30612100] Delivery started for hr@shop.example at 4:00:00 PM",
          "[2024.05.16] 16:00:00.050 [30612100] DNS lookup of MX records for exmaple.com failed: Non-existent domain",
          "[2024.05.16] 16:00:00.060 [30612100] Delivery for hr@shop.example to candidate@exmaple.com has failed: No MX "
          "records were found for the 'exmaple.com' domain",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.action, Action::deferred);
  EXPECT_EQ(ev.destination_domain, "exmaple.com");
  EXPECT_EQ(ev.diagnostic, "DNS lookup of MX records for exmaple.com failed: Non-existent domain");
  EXPECT_EQ(ev.from_address, "hr@shop.example");
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

TEST(SmarterMailParser, AFailedTlsHandshakeWhileDeliveringIsADeferral) {
  Parsed p = parse(
      {
          "[2024.05.16] 17:00:00.000 [30612200] Initiating connection to mail.partner.example",
          "[2024.05.16] 17:00:00.010 [30612200] Connecting to 198.51.100.9:25 (Id: 1)",
          "[2024.05.16] 17:00:00.200 [30612200] CMD: STARTTLS",
          "[2024.05.16] 17:00:00.250 [30612200] RSP: 220 2.0.0 Ready to start TLS",
          "[2024.05.16] 17:00:00.400 [30612200] TLS negotiation failed: The remote certificate is invalid according "
          "to the validation procedure.",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.action, Action::deferred);
  EXPECT_EQ(ev.smtp_command, "STARTTLS");
  EXPECT_EQ(ev.destination_domain, "mail.partner.example");
  EXPECT_EQ(ev.destination_ip, "198.51.100.9");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
  EXPECT_EQ(testing::verdict_of(ev).cause, "tls_mismatch");
}

TEST(SmarterMailParser, ASummaryWhoseReasonIsNowhereElseIsReported) {
  Parsed p = parse(
      {
          "[2024.05.16] 18:00:00.000 [30612300] Delivery started for boss@example.com at 6:00:00 PM",
          "[2024.05.16] 18:00:00.010 [30612300] Starting local delivery to clerk@example.com",
          "[2024.05.16] 18:00:00.020 [30612300] Delivery for boss@example.com to clerk@example.com has failed: 552 "
          "5.2.2 Mailbox full",
          "[2024.05.16] 18:00:00.030 [30612300] Delivery for boss@example.com to temp@example.com has failed: 451 "
          "4.3.0 Mailbox temporarily unavailable",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& full = p.sink.events[0];
  EXPECT_EQ(full.action, Action::bounced);
  EXPECT_EQ(full.to_address, "clerk@example.com");
  EXPECT_EQ(full.from_address, "boss@example.com");
  EXPECT_EQ(full.reply_code, 552);
  EXPECT_EQ(full.enhanced_status, "5.2.2");
  EXPECT_EQ(full.diagnostic, "552 5.2.2 Mailbox full");
  EXPECT_EQ(testing::verdict_of(full).cause, "mailbox_full");
  EXPECT_EQ(p.sink.events[1].action, Action::deferred);
  EXPECT_EQ(p.sink.events[1].hard, Tristate::no);
}

TEST(SmarterMailParser, GivingUpAfterTheRetriesIsAnExpiry) {
  Parsed p = parse(
      {
          "[2024.05.16] 19:00:00.000 [30612400] Delivery started for news@shop.example at 7:00:00 PM",
          "[2024.05.16] 19:00:00.100 [30612400] CMD: RCPT TO:<slow@example.org>",
          "[2024.05.16] 19:00:00.200 [30612400] RSP: 451 4.3.0 Please try again later",
          "[2024.05.16] 19:00:00.300 [30612400] Delivery for news@shop.example to slow@example.org has failed: "
          "Maximum retry attempts (5) reached",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred) << "the last attempt's own refusal";
  const auto& ev = p.sink.events[1];
  EXPECT_EQ(ev.action, Action::expired);
  EXPECT_EQ(ev.to_address, "slow@example.org");
  EXPECT_EQ(ev.diagnostic, "Maximum retry attempts (5) reached");
  EXPECT_EQ(testing::verdict_of(ev).cause, "expired");
}

// With PIPELINING the commands go out together and the replies come back in their order.
TEST(SmarterMailParser, PipelinedRepliesAnswerTheirOwnCommands) {
  Parsed p = parse(
      {
          "[2024.05.16] 13:30:00.000 [30612600] Delivery started for team@shop.example at 1:30:00 PM",
          "[2024.05.16] 13:30:00.100 [30612600] Connection to 203.0.113.40:25 from 192.0.2.10:50999 succeeded (Id: "
          "1)",
          "[2024.05.16] 13:30:00.200 [30612600] RSP: 220 mx.example.org ESMTP",
          "[2024.05.16] 13:30:00.300 [30612600] CMD: MAIL FROM:<team@shop.example>",
          "[2024.05.16] 13:30:00.300 [30612600] CMD: RCPT TO:<left@example.org>",
          "[2024.05.16] 13:30:00.300 [30612600] CMD: RCPT TO:<Stays@Example.org>",
          "[2024.05.16] 13:30:00.300 [30612600] CMD: DATA",
          "[2024.05.16] 13:30:00.400 [30612600] RSP: 250 2.1.0 Ok",
          "[2024.05.16] 13:30:00.400 [30612600] RSP: 550 5.1.1 <left@example.org>: Recipient address rejected: User "
          "unknown",
          "[2024.05.16] 13:30:00.400 [30612600] RSP: 250 2.1.5 Ok",
          "[2024.05.16] 13:30:00.400 [30612600] RSP: 354 End data with <CR><LF>.<CR><LF>",
          "[2024.05.16] 13:30:00.900 [30612600] RSP: 554 5.7.1 Message rejected as spam",
          "[2024.05.16] 13:30:01.000 [30612600] Delivery for team@shop.example to left@example.org has failed: 550 "
          "5.1.1 <left@example.org>: Recipient address rejected: User unknown",
          "[2024.05.16] 13:30:01.000 [30612600] Delivery for team@shop.example to stays@example.org has failed: 554 "
          "5.7.1 Message rejected as spam",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& unknown = p.sink.events[0];
  EXPECT_EQ(unknown.file_line, 9u);
  EXPECT_EQ(unknown.smtp_command, "RCPT");
  EXPECT_EQ(unknown.to_address, "left@example.org") << "the first RCPT's reply, not the last RCPT's";
  const auto& spam = p.sink.events[1];
  EXPECT_EQ(spam.file_line, 12u);
  EXPECT_EQ(spam.smtp_command, "DATA") << "the reply after the message, not the 354";
  EXPECT_EQ(spam.to_address, "Stays@Example.org");
  EXPECT_EQ(p.outcomes[12], Outcome::recognized);
  EXPECT_EQ(p.outcomes[13], Outcome::recognized);
}

TEST(SmarterMailParser, IdsBlocksAreRefusalsOfTheClientWhereverTheyAreNoted) {
  Parsed p = parse({
      "[2024.05.16] 02:00:00.000 [45.95.169.20][30612700] connected at 5/16/2024 2:00:00 AM",
      "[2024.05.16] 02:00:00.001 [45.95.169.20][30612700] IDS: 45.95.169.20 added to the block list (SMTP Password "
      "Brute Force)",
      "[2024.05.16] 02:00:00.002 [45.95.169.20][30612700] disconnected at 5/16/2024 2:00:00 AM",
      "[2024.05.16] 02:00:01.000 [45.95.169.21] IDS block added for 45.95.169.21: Email Harvesting (SMTP)",
      "[2024.05.16] 02:00:02.000 [192.0.2.200] User admin@example.com calling set IDS rules",
      "[2024.05.16] 02:00:03.000 [198.51.100.7][30612701] Blocked Sender Checks started.",
      "[2024.05.16] 02:00:03.001 [198.51.100.7][30612701] Sender is not blacklisted",
      "[2024.05.16] 02:00:04.000 IDS: 203.0.113.66 blocked for 10 minutes (Denial of Service - SMTP)",
      "[2024.05.16] 02:00:05.000 Blocked 42 messages in the spool",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[2].file_line, 8u);
  EXPECT_EQ(p.sink.events[2].source_ip, "203.0.113.66");
  EXPECT_EQ(p.outcomes[8], Outcome::recognized) << "a block of no address";
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].smtp_command, "CONNECT");
  EXPECT_EQ(p.sink.events[0].source_ip, "45.95.169.20");
  EXPECT_EQ(p.sink.events[1].file_line, 4u);
  EXPECT_EQ(p.sink.events[1].source_ip, "45.95.169.21");
  EXPECT_EQ(p.sink.events[1].process_name, "smartermail");
  for (size_t i : {4, 5, 6}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

TEST(SmarterMailParser, AnExpiryNotedOnItsOwnIsReportedOnceAndAnExpiredCertificateIsNoExpiry) {
  Parsed p = parse(
      {
          "[2024.05.16] 19:30:00.000 [30612800] Delivery started for news@shop.example at 7:30:00 PM",
          "[2024.05.16] 19:30:00.100 [30612800] Message has exceeded the maximum number of retries; giving up",
          "[2024.05.16] 19:30:00.200 [30612800] Delivery for news@shop.example to a@example.org has failed: Message "
          "expired",
          "[2024.05.16] 19:30:00.300 [30612800] Delivery for news@shop.example to b@example.org has failed: Message "
          "expired",
          "[2024.05.16] 19:31:00.000 [30612801] Delivery started for news@shop.example at 7:31:00 PM",
          "[2024.05.16] 19:31:00.100 [30612801] Delivery for news@shop.example to c@example.org has failed: 554 5.7.1 "
          "The remote certificate has expired",
      },
      "2024.05.16-delivery.log");
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::expired);
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(p.sink.events[0].local_id, "30612800");
  EXPECT_EQ(p.sink.events[1].action, Action::bounced);
  EXPECT_EQ(p.sink.events[1].to_address, "c@example.org");
}

TEST(SmarterMailParser, StackTracesAndOtherLogsLinesAreRecognized) {
  Parsed p = parse(
      {
          "[2024.05.16] 20:00:00.000 [30612500] Blocked Sender Checks started.",
          "[2024.05.16] 20:00:00.001 [30612500] Blocking sender <sender@example.test> for <recipient@example.test>. "
          "Action: MoveToJunk",
          "[2024.05.16] 20:00:00.002 [30612500] Exception: System.IO.IOException: The process cannot access the file",
          "   at MailService.RelayServer.MessageQueue.SomeMethod()",
          "\tat System.Linq.Enumerable.Any[T](IEnumerable`1 source)",
          "--- End of stack trace from previous location ---",
          "[2024.05.16] 20:00:01.000 [72] [user@example.com; host:imap.example.net] Connection refused",
          "23:26:57.040 xmpp Stopped at 4/29/2020 11:26:57 PM",
          "[2024.05.16] 20:00:02.000 [192.168.118.6] Webmail Login successful: With user admin",
          "",
      },
      "2024.05.16-delivery.log");
  EXPECT_TRUE(p.sink.events.empty());
  for (size_t i = 0; i < p.outcomes.size(); ++i) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

TEST(SmarterMailParser, TheAdministrativeLogsRefusedLoginIsAFailedLogin) {
  Parsed p = parse(
      {
          "[2024.05.16] 21:00:00.000 [178.216.28.19] IMAP Attempting login",
          "[2024.05.16] 21:00:00.001 [178.216.28.19] IMAP Login failed: User [204be204] not found",
      },
      "2024.05.16-administrative.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "178.216.28.19");
  EXPECT_EQ(p.sink.events[0].diagnostic, "IMAP Login failed: User [204be204] not found");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
}

TEST(SmarterMailParser, TheNextFileOfARotationSetGivesItsOwnDay) {
  FileContext first;
  first.path = "2024.05.16-smtpLog.log";
  auto parser = make_smartermail_parser(first);
  testing::CollectingSink sink;
  const std::string a = "23:59:59.900 [192.0.2.5][77] command: RCPT TO:<a@example.com>";
  const std::string b = "23:59:59.901 [192.0.2.5][77] \"550 No such user here\" response returned.";
  const std::string c = "00:00:00.100 [192.0.2.5][77] \"550 No such user here\" response returned.";
  parser->parse_line(a, 1, sink);
  parser->parse_line(b, 2, sink);
  FileContext next;
  next.path = "2024.05.17-smtpLog.log";
  ASSERT_TRUE(parser->continue_with(next));
  EXPECT_EQ(parser->parse_line(c, 1, sink), Outcome::reported);
  ASSERT_EQ(sink.events.size(), 2u);
  EXPECT_EQ(sink.events[1].file_path, "2024.05.17-smtpLog.log");
  EXPECT_EQ(sink.events[1].time.epoch_us, at(24, 0, 0, 100));
  EXPECT_EQ(sink.events[1].to_address, "a@example.com") << "the session goes on across the files";
}

TEST(SmarterMailParser, GarbageTruncatedAndEnormousLinesDoNotCrash) {
  const std::string huge_text(4 << 20, 'A');
  std::string huge_reply = "[2024.05.16] 08:00:00.000 [192.0.2.1][9] \"550 " + huge_text + "\" response returned.";
  std::string huge_rcpt = "[2024.05.16] 08:00:00.000 [192.0.2.1][9] command: RCPT TO:<" + huge_text + ">";
  Parsed p = parse({
      "garbage",
      "[2024.05.16",
      "[2024.05.16] 08:0",
      "[2024.05.16] 08:03:10.",
      "[2024.05.16] 08:03:10.017",
      "[2024.13.45] 08:03:10.017 [192.0.2.1][1] command: QUIT",
      "99:99:99.999 [192.0.2.1][1] command: QUIT",
      "\xff\xfe\x80\x81 \xc3\x28",
      huge_text,
      huge_rcpt,
      huge_reply,
      "[2024.05.16] 08:03:10.017 [198.51.100.45][306",
      "[2024.05.16] 08:03:10.017 [30611260] RSP: 5",
      "[2024.05.16] 08:03:10.017 [30611260] Delivery for ",
      "[2024.05.16] 08:03:10.017 [30611260] Delivery for a to ",
      "[2024.05.16] 08:03:10.017 [30611260] Connection to ",
      "[2024.05.16] 08:03:10.017 [198.51.100.45][1] \"",
      "[2024.05.16] 08:03:10.017 [198.51.100.45][1] \"\xff\xfe\" response returned.",
  });
  for (size_t i : {0, 1, 2, 3, 4, 5, 6, 7, 8}) EXPECT_EQ(p.outcomes[i], Outcome::unrecognized) << "line " << i + 1;
  EXPECT_EQ(p.outcomes[9], Outcome::recognized);
  EXPECT_EQ(p.outcomes[10], Outcome::reported);
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].reply_code, 550);
  EXPECT_LE(p.sink.events[0].to_address.size(), 4096u) << "what is kept of a line is capped";
  for (size_t i = 11; i < p.outcomes.size(); ++i) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

// A line that ends right before memory nothing may read: the parser reads none of it.
TEST(SmarterMailParser, TruncatedLinesAreNotReadPastTheirEnd) {
  const std::string full =
      "[2024.05.16] 08:09:40.660 [30611260] Delivery for orders@shop.example to gone@example.net has failed: 550 "
      "5.1.1 User unknown";
  const std::string smtp = "[2024.05.16] 08:03:10.017 [198.51.100.45][30611245] \"550 No such user\" response "
                           "returned.";
  FileContext ctx;
  ctx.path = "2024.05.16-delivery.log";
  testing::CollectingSink sink;
  for (const std::string* line : {&full, &smtp}) {
    for (size_t n = 0; n <= line->size(); ++n) {
      auto parser = make_smartermail_parser(ctx);
      testing::GuardedBytes bytes(std::string_view(*line).substr(0, n));
      parser->parse_line(bytes.view(), 1, sink);
      parser->finish(sink);
    }
  }
  EXPECT_FALSE(sink.events.empty());
}

// ---- Sniffing --------------------------------------------------------------

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\r\n";
  return out;
}

TEST(SmarterMailSniff, TheSmtpAndDeliveryLogsAreSmarterMails) {
  EXPECT_EQ(smartermail_sniff(join(kBouncedRecipient)), 100);
  EXPECT_EQ(smartermail_sniff(join({
                "00:00:04.349 [185.222.58.7][36398263] connected at 1/28/2021 12:00:04 AM",
                "00:00:04.349 [185.222.58.7][36398263] \"220 mail.example.com\" response returned.",
                "00:00:04.490 [185.222.58.7][36398263] command: EHLO User",
                "00:00:06.303 [185.222.58.7][36398263] disconnected at 1/28/2021 12:00:06 AM",
            })),
            100);
  // The time and bracketed fields alone: half as sure.
  EXPECT_EQ(smartermail_sniff("00:00:00 [1.1.1.1][ABC123] hello\n00:00:01 [1.1.1.1][ABC123] world\n"), 50);
}

TEST(SmarterMailSniff, OtherFormatsAreNotSmarterMails) {
  EXPECT_EQ(smartermail_sniff("Mar 11 06:41:30 mx postfix/smtpd[412]: connect from unknown[192.0.2.7]\n"), 0);
  EXPECT_EQ(smartermail_sniff("2025-03-13 00:04:51 198.51.100.233 ylmf-pc SMTPSVC1 WEB02 192.0.2.80 0 RCPT - "
                              "+TO:<probe@example.org> 550 0 65 37 0 SMTP - - - -\n"),
            0);
  EXPECT_EQ(smartermail_sniff("{\"time\":\"2025-03-13T00:04:51Z\",\"level\":\"error\",\"msg\":\"550 5.1.1\"}\n"), 0);
  EXPECT_EQ(smartermail_sniff("2025-09-20 09:13:45.189659 194.169.175.21:50511 rejected from=a@x to=[b@y] - relay "
                              "not allowed\n"),
            0);
  EXPECT_EQ(smartermail_sniff(""), 0);
}

// No other registered format may claim SmarterMail's logs as surely as it does.
TEST(SmarterMailSniff, NoRegisteredFormatClaimsSmarterMailsLogsMoreSurely) {
  const std::vector<std::string> smtp = {
      "[2024.05.16] 08:03:09.910 [198.51.100.45][30611245] connected at 5/16/2024 8:03:09 AM",
      "[2024.05.16] 08:03:09.911 [198.51.100.45][30611245] \"220 mail.example.com\" response returned.",
      "[2024.05.16] 08:03:10.016 [198.51.100.45][30611245] command: RCPT TO:<probe@example.com>",
      "[2024.05.16] 08:03:10.017 [198.51.100.45][30611245] \"550 <probe@example.com> No such user here\" response "
      "returned.",
  };
  for (const std::string& head : {join(smtp), join(kBouncedRecipient)}) {
    const int ours = smartermail_sniff(head);
    EXPECT_GT(ours, sniff_syslog(head));
    for (const FormatSpec& f : formats()) {
      if (!f.sniff || f.name == "smartermail") continue;
      EXPECT_LT(f.sniff(head), ours) << f.name;
    }
  }
}

}  // namespace
}  // namespace mailtriage
