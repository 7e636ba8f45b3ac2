// Kerio Connect's logs: mail.log's Sent records of delayed and failed
// recipients (deferrals, bounces, expiries, with the sender of their Recv
// record), security.log's refusals of clients and failed logins, spam.log's
// rejected messages, and the warning, error and debug logs' failed deliveries,
// handshakes and empty aliases (not the server's other services' errors).
// Every other line of theirs is recognized; lines not theirs are not. Also
// the real lines of ../shared/corpora/logs/kerio.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/kerio.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines, std::string_view path = "store/logs/mail.log") {
  return testing::parse_lines_with(make_kerio_parser, lines, 1741651200, path);  // 2025-03-11
}

// 2025-03-11 at h:m:s (the logs' local time, read as written).
int64_t at(int h, int m, int s) { return (int64_t(1741651200) + h * 3600 + m * 60 + s) * 1000000; }

size_t count(const Parsed& p, Outcome o) {
  size_t n = 0;
  for (Outcome x : p.outcomes) n += x == o;
  return n;
}

std::string join(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s.append(l).append("\n");
  return s;
}

const std::vector<std::string> kMailLog = {
    "[11/Mar/2025 08:14:02] Recv: Queue-ID: 67cff0fa-0000a1b3, Service: SMTP, From: <billing@example.org>, To: "
    "<client@example.net>, Size: 48211, User: billing@example.org, Sender-Host: 192.0.2.41, SSL: yes, Subject: "
    "Invoice 2025-0311, March, Msg-Id: <20250311081402.4411@example.org>",
    "[11/Mar/2025 08:14:03] Sent: Queue-ID: 67cff0fa-0000a1b3, Recipient: <client@example.net>, Result: delayed, "
    "Status: 4.4.1 Cannot connect to host, Remote-Host: 198.51.100.25, Msg-Id: <20250311081402.4411@example.org>",
    "[11/Mar/2025 08:15:40] Recv: Queue-ID: 67cff14c-0000a1b4, Service: Kerio Connect Client, From: "
    "<jan.novak@example.org>, To: <gone@example.com>, Size: 985, Sender-Host: 0.0.0.0, User: jan.novak@example.org, "
    "SSL: yes, Subject: Check log, Msg-Id: <735055329-3299@mail.example.org>",
    "[11/Mar/2025 08:15:41] Sent: Queue-ID: 67cff14c-0000a1b4, Recipient: <gone@example.com>, Result: failed, "
    "Status: 5.1.1 <gone@example.com>: Recipient address rejected: User unknown in virtual mailbox table, "
    "Remote-Host: 203.0.113.80, Msg-Id: <735055329-3299@mail.example.org>",
    "[11/Mar/2025 08:15:41] Sent: Queue-ID: 67cff14c-0000a1b4, Recipient: <jan.novak@example.org>, Result: "
    "delivered, Status: 2.0.0 , Remote-Host: 127.0.0.1, Msg-Id: <735055329-3299@mail.example.org>",
};

TEST(KerioParser, ADelayedRecipientIsADeferralOfTheMessageItsRecvRecordNamed) {
  Parsed p = parse(kMailLog);
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.file_line, 2u);
  EXPECT_EQ(ev.action, Action::deferred);
  EXPECT_EQ(ev.hard, Tristate::no);
  EXPECT_EQ(ev.dataset, "kerio.log");
  EXPECT_EQ(ev.process_name, "kerio/mail");
  EXPECT_EQ(ev.file_path, "store/logs/mail.log");
  EXPECT_TRUE(ev.time.valid);
  EXPECT_EQ(ev.time.epoch_us, at(8, 14, 3));
  EXPECT_EQ(ev.local_id, "67cff0fa-0000a1b3");
  EXPECT_EQ(ev.from_address, "billing@example.org");
  EXPECT_EQ(ev.to_address, "client@example.net");
  EXPECT_EQ(ev.message_id, "20250311081402.4411@example.org");
  EXPECT_EQ(ev.destination_ip, "198.51.100.25");
  EXPECT_EQ(ev.enhanced_status, "4.4.1");
  EXPECT_EQ(ev.reply_code, 0) << "the record names no reply code";
  EXPECT_EQ(ev.diagnostic, "4.4.1 Cannot connect to host");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 2u);
  for (size_t i : {0, 2, 4}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
  for (size_t i : {1, 3}) EXPECT_EQ(p.outcomes[i], Outcome::reported) << "line " << i + 1;
}

// The reason holds commas and colons of its own: it runs up to Remote-Host.
TEST(KerioParser, AFailedRecipientIsABounceWithTheWholeReasonOfItsStatus) {
  Parsed p = parse(kMailLog);
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& ev = p.sink.events[1];
  EXPECT_EQ(ev.action, Action::bounced);
  EXPECT_EQ(ev.hard, Tristate::unknown);
  EXPECT_EQ(ev.from_address, "jan.novak@example.org");
  EXPECT_EQ(ev.to_address, "gone@example.com");
  EXPECT_EQ(ev.destination_ip, "203.0.113.80");
  EXPECT_EQ(ev.enhanced_status, "5.1.1");
  EXPECT_EQ(ev.diagnostic,
            "5.1.1 <gone@example.com>: Recipient address rejected: User unknown in virtual mailbox table");
  EXPECT_EQ(testing::verdict_of(ev).cause, "recipient_unknown");
}

TEST(KerioParser, AReplyQuotedInTheStatusGivesItsCodeAndARemoteHostNameIsTheDestination) {
  Parsed p = parse({
      "[11/Mar/2025 09:00:10] Sent: Queue-ID: 67cff9aa-0000a1c0, Recipient: <info@example.com>, Result: failed, "
      "Status: 5.7.1 Remote host said: 550 5.7.1 Service unavailable; client [192.0.2.41] blocked using "
      "zen.spamhaus.org, Remote-Host: mx1.example.com",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.action, Action::bounced);
  EXPECT_EQ(ev.reply_code, 550);
  EXPECT_EQ(ev.enhanced_status, "5.7.1");
  EXPECT_EQ(ev.destination_domain, "mx1.example.com");
  EXPECT_EQ(ev.destination_ip, "");
  EXPECT_EQ(ev.from_address, "") << "no Recv record of that message was read";
  EXPECT_EQ(ev.message_id, "");
  EXPECT_EQ(testing::verdict_of(ev).cause, "spam_policy");
}

// A failure whose status is still a transient one: the retries ran out.
TEST(KerioParser, AFailureWithATransientStatusIsTheExpiryOfTheMessage) {
  Parsed p = parse({
      "[13/Mar/2025 08:14:03] Sent: Queue-ID: 67cff0fa-0000a1b3, Recipient: <client@example.net>, Result: failed, "
      "Status: 4.4.1 Cannot connect to host, Remote-Host: 198.51.100.25:25, Msg-Id: <20250311081402.4411@example.org>",
      "[13/Mar/2025 08:20:00] Sent: Queue-ID: 67cff0fb-0000a1b5, Recipient: <old@example.net>, Result: failed, "
      "Status: 5.4.7 Delivery time expired",
      "[13/Mar/2025 08:20:01] Sent: Queue-ID: 67cff0fb-0000a1b6, Recipient: <older@example.net>, Result: expired, "
      "Status: 4.4.7 Message expired",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].action, Action::expired);
  EXPECT_EQ(p.sink.events[0].diagnostic, "4.4.1 Cannot connect to host");
  EXPECT_EQ(p.sink.events[0].destination_ip, "198.51.100.25");
  EXPECT_EQ(p.sink.events[0].destination_port, 25);
  EXPECT_EQ(p.sink.events[1].action, Action::expired);
  EXPECT_EQ(p.sink.events[1].to_address, "old@example.net");
  EXPECT_EQ(p.sink.events[2].action, Action::expired);
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "expired");
}

TEST(KerioParser, AResultOfAnotherWordGoesByTheClassOfItsStatus) {
  Parsed p = parse({
      "[11/Mar/2025 09:00:10] Sent: Queue-ID: 67cff9aa-0000a1c1, Recipient: <a@example.com>, Result: unknown, "
      "Status: 4.7.0 Greylisted, try again later, Remote-Host: 198.51.100.9",
      "[11/Mar/2025 09:00:11] Sent: Queue-ID: 67cff9aa-0000a1c2, Recipient: <b@example.com>, Result: unknown, "
      "Status: 554 Transaction failed, Remote-Host: 198.51.100.9",
      "[11/Mar/2025 09:00:12] Sent: Queue-ID: 67cff9aa-0000a1c3, Recipient: <c@example.com>, Result: unknown, "
      "Status: 2.0.0 , Remote-Host: 198.51.100.9",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].diagnostic, "4.7.0 Greylisted, try again later");
  EXPECT_EQ(p.sink.events[1].action, Action::bounced);
  EXPECT_EQ(p.sink.events[1].reply_code, 554);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

// Kerio MailServer 6 wrote no space after some commas, and no Remote-Host.
TEST(KerioParser, KerioMailServer6sRecordsAreReadToo) {
  Parsed p = parse({
      "[30/Nov/2005 17:57:14] Recv: Queue-ID: 438dd9ea-00000000,Service: SMTP, From: <jwayne@example.com>, To: "
      "<wsmith@example.com>,Size: 1229, User: jwayne@example.com, Sender-Host: 192.0.2.2,SSL: yes",
      "[30/Nov/2005 17:57:15] Sent: Queue-ID: 438dd9ea-00000000,Recipient: <wsmith@example.com>, Result: delivered, "
      "Status: 2.0.0",
      "[30/Nov/2005 17:57:16] Sent: Queue-ID: 438dd9ea-00000000,Recipient: <full@example.com>, Result: delayed, "
      "Status: 4.2.2 Mailbox quota exceeded",
      "[16/Jun/2004 09:44:00] DSN: From: <>, To: <jwayne@example.com>, Size: 1397, Report: failed",
      "[30/Nov/2005 15:31:40] Recv: Queue-ID: 438db7cc-00000000,Service: DSN, From: <>, To: <jwayne@example.com>, "
      "Size: 1650,Report: failed",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.action, Action::deferred);
  EXPECT_EQ(ev.from_address, "jwayne@example.com");
  EXPECT_EQ(ev.to_address, "full@example.com");
  EXPECT_EQ(ev.diagnostic, "4.2.2 Mailbox quota exceeded");
  EXPECT_EQ(testing::verdict_of(ev).cause, "mailbox_full");
  EXPECT_EQ(count(p, Outcome::recognized), 4u);
}

TEST(KerioParser, SecurityLogsRefusalsAreRefusalsOfTheirClient) {
  Parsed p = parse(
      {
          "[17/Jun/2011 17:00:45] Attempt to deliver to unknown recipient <sales@example.com>, from "
          "<bekyt@example.net>, IP address 203.0.113.178",
          "[30/Dec/2013 05:27:59] Relay attempt from IP address 198.51.100.75, mail from <smtp2001@example.net> to "
          "<reply-abuse@example.org> rejected",
          "[09/Apr/2022 10:33:30] SMTP Spam attack detected from 198.51.100.84:51234, client sent data before SMTP "
          "greeting",
          "[29/May/2017 17:29:29] IP address 203.0.113.56 found in DNS blacklist SpamCop, mail from "
          "<noreply@example.net> to <info@example.com> rejected",
          "[17/May/2017 19:44:25] Client with IP address 192.0.2.211 has no reverse DNS entry, connection rejected "
          "before SMTP greeting",
          "[17/May/2017 22:14:57] Message from IP address 192.0.2.82, sender <promo123@example.site> rejected: sender "
          "domain does not exist",
          "[16/Jun/2004 18:37:17] Message from <miss@example.net> to <support@example.com> rejected by spam filter: "
          "score 9.74, threshold 5.00",
          "[09/Apr/2022 09:23:20] SPF check failed: The IP address '198.51.100.76' is not in permitted set for sender "
          "'4j5ly7@example.net' (FAIL)",
          "[11/Mar/2025 11:02:44] SMTP: AntiHammering - IP address 203.0.113.9 will be blocked for 5 minutes, too many "
          "failed logins from this IP address.",
          "[11/Mar/2025 11:02:51] SMTP: AntiHammering: connection from IP address 203.0.113.9 is blocked",
      },
      "store/logs/security.log");
  ASSERT_EQ(p.sink.events.size(), 10u);
  for (const auto& ev : p.sink.events) {
    EXPECT_EQ(ev.action, Action::rejected) << ev.diagnostic;
    EXPECT_EQ(ev.process_name, "kerio/security");
  }
  const auto& unknown = p.sink.events[0];
  EXPECT_EQ(unknown.source_ip, "203.0.113.178");
  EXPECT_EQ(unknown.to_address, "sales@example.com");
  EXPECT_EQ(unknown.from_address, "bekyt@example.net");
  EXPECT_EQ(unknown.smtp_command, "RCPT");
  EXPECT_EQ(unknown.diagnostic,
            "Attempt to deliver to unknown recipient <sales@example.com>, from <bekyt@example.net>, IP address "
            "203.0.113.178");
  EXPECT_EQ(testing::verdict_of(unknown).cause, "recipient_unknown");
  const auto& relay = p.sink.events[1];
  EXPECT_EQ(relay.source_ip, "198.51.100.75");
  EXPECT_EQ(relay.from_address, "smtp2001@example.net");
  EXPECT_EQ(relay.to_address, "reply-abuse@example.org");
  EXPECT_EQ(relay.smtp_command, "RCPT");
  EXPECT_EQ(p.sink.events[2].source_ip, "198.51.100.84") << "without its port";
  EXPECT_EQ(p.sink.events[2].smtp_command, "CONNECT");
  EXPECT_EQ(p.sink.events[3].source_ip, "203.0.113.56");
  EXPECT_EQ(p.sink.events[3].to_address, "info@example.com");
  EXPECT_EQ(p.sink.events[4].source_ip, "192.0.2.211");
  EXPECT_EQ(p.sink.events[5].from_address, "promo123@example.site");
  EXPECT_EQ(p.sink.events[5].smtp_command, "MAIL");
  EXPECT_EQ(p.sink.events[6].from_address, "miss@example.net");
  EXPECT_EQ(p.sink.events[6].to_address, "support@example.com");
  EXPECT_EQ(p.sink.events[7].source_ip, "198.51.100.76");
  EXPECT_EQ(p.sink.events[7].from_address, "4j5ly7@example.net");
  EXPECT_EQ(p.sink.events[8].source_ip, "203.0.113.9");
  EXPECT_EQ(p.sink.events[9].source_ip, "203.0.113.9");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 0u) << "a block is not a failed login";
}

TEST(KerioParser, FailedLoginsAreFailuresCountedAsSaslFailures) {
  Parsed p = parse(
      {
          "[18/May/2017 07:25:15] Failed SMTP login from 212.92.127.112 with SASL method CRAM-MD5.",
          "[17/May/2017 19:43:42] SMTP: User printer@example.com doesn't exist. Attempt from IP address "
          "198.51.100.26.",
          "[11/Mar/2024 10:40:02] HTTP/WebMail: Invalid password for user ngoc@example.com. Attempt from IP address "
          "192.0.2.1.",
          "[13/Apr/2004 17:35:49] Failed IMAP login from 192.0.2.139, missing parameter in AUTHENTICATE header",
          "[17/May/2017 19:45:27] Administration login into Web Administration from 203.0.113.136 failed: IP address "
          "not allowed",
      },
      "store/logs/security.log");
  ASSERT_EQ(p.sink.events.size(), 5u);
  for (const auto& ev : p.sink.events) EXPECT_EQ(ev.action, Action::failed) << ev.diagnostic;
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 5u);
  const auto& smtp = p.sink.events[0];
  EXPECT_EQ(smtp.source_ip, "212.92.127.112");
  EXPECT_EQ(smtp.smtp_command, "AUTH");
  EXPECT_EQ(smtp.diagnostic, "Failed SMTP login from 212.92.127.112 with SASL method CRAM-MD5.");
  EXPECT_EQ(p.sink.events[1].source_ip, "198.51.100.26") << "without the sentence's full stop";
  EXPECT_EQ(p.sink.events[1].smtp_command, "AUTH");
  EXPECT_EQ(p.sink.events[2].source_ip, "192.0.2.1");
  EXPECT_EQ(p.sink.events[2].smtp_command, "") << "a web login, not SMTP's";
  EXPECT_EQ(p.sink.events[3].source_ip, "192.0.2.139");
  EXPECT_EQ(p.sink.events[4].source_ip, "203.0.113.136");
}

TEST(KerioParser, AWarningThatADeliveryFailedIsADeferralWithTheProgramsWords) {
  Parsed p = parse(
      {
          "[11/Mar/2025 12:00:01] SMTP delivery to host mx.example.net [198.51.100.25] failed: Connection timed out",
          "[11/Mar/2025 12:00:05] Unable to find MX record for domain example.invalid: DNS query failed (host not "
          "found)",
          "[11/Mar/2025 12:00:09] SSL handshake with remote host mx2.example.net failed: certificate verify failed",
          "[11/Mar/2025 12:00:12] No local mailbox old.user@example.org, expanded from team@example.org",
      },
      "store/logs/warning.log");
  ASSERT_EQ(p.sink.events.size(), 4u);
  const auto& connect = p.sink.events[0];
  EXPECT_EQ(connect.action, Action::deferred);
  EXPECT_EQ(connect.hard, Tristate::no);
  EXPECT_EQ(connect.process_name, "kerio");
  EXPECT_EQ(connect.destination_ip, "198.51.100.25");
  EXPECT_EQ(connect.destination_domain, "mx.example.net");
  EXPECT_EQ(connect.diagnostic, "SMTP delivery to host mx.example.net [198.51.100.25] failed: Connection timed out");
  const auto& mx = p.sink.events[1];
  EXPECT_EQ(mx.action, Action::deferred);
  EXPECT_EQ(mx.destination_domain, "example.invalid");
  EXPECT_EQ(testing::verdict_of(mx).cause, "dns");
  const auto& tls = p.sink.events[2];
  EXPECT_EQ(tls.action, Action::deferred);
  EXPECT_EQ(tls.smtp_command, "STARTTLS");
  EXPECT_EQ(tls.destination_domain, "mx2.example.net");
  EXPECT_EQ(testing::verdict_of(tls).cause, "tls_mismatch");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
  const auto& alias = p.sink.events[3];
  EXPECT_EQ(alias.action, Action::bounced);
  EXPECT_EQ(alias.to_address, "old.user@example.org");
}

TEST(KerioParser, AWarningNamingAMessageGivesItsQueueIdAndSender) {
  Parsed p = parse({
      kMailLog[0],
      "[16/Mar/2025 08:14:05] Message 67cff0fa-0000a1b3 for <client@example.net> expired after 5 days in the queue, "
      "returned to sender",
      "[16/Mar/2025 08:14:06] Connection to 198.51.100.25:25 failed: Connection refused",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& expired = p.sink.events[0];
  EXPECT_EQ(expired.action, Action::expired);
  EXPECT_EQ(expired.local_id, "67cff0fa-0000a1b3");
  EXPECT_EQ(expired.from_address, "billing@example.org");
  EXPECT_EQ(expired.to_address, "client@example.net");
  EXPECT_EQ(testing::verdict_of(expired).cause, "expired");
  const auto& refused = p.sink.events[1];
  EXPECT_EQ(refused.action, Action::deferred);
  EXPECT_EQ(refused.destination_ip, "198.51.100.25");
  EXPECT_EQ(refused.destination_port, 25);
  EXPECT_EQ(refused.local_id, "");
}

// Kerio's directory, greylisting and certificate notes are not a delivery's.
TEST(KerioParser, ErrorsOfTheServersOtherServicesAreNoDeliveryFailures) {
  Parsed p = parse(
      {
          "[11/Mar/2025 12:00:09] Failed to connect to LDAP server ldap.example.com",
          "[11/Mar/2025 12:00:10] Unable to connect to greylisting server: timeout",
          "[11/Mar/2025 12:00:11] SSL certificate of server expired",
          "[11/Mar/2025 12:00:12] Cannot bind SMTP server to port 25: address in use",
          "[11/Mar/2025 12:00:13] Reverse DNS lookup for 203.0.113.9 failed",
          "[11/Mar/2025 12:00:14] User admin@example.com has blank password",
      },
      "store/logs/error.log");
  EXPECT_EQ(p.sink.events.size(), 0u);
  EXPECT_EQ(count(p, Outcome::recognized), 6u);
}

TEST(KerioParser, TheSpamLogsRejectionsAreRefusalsOfTheMessage) {
  Parsed p = parse(
      {
          "[11/Mar/2025 12:00:14] Message rejected as malware spam, From: a@example.net, To: b@example.com",
          "[11/Mar/2025 12:00:15] Message from <a@example.net> to <b@example.com> discarded by content filter: "
          "forbidden attachment",
          "[16/Jun/2004 18:37:17] Found virus in mail from <c@example.net> to <d@example.com>: W32/Netsky.p@MM",
      },
      "store/logs/spam.log");
  ASSERT_EQ(p.sink.events.size(), 3u);
  for (const auto& ev : p.sink.events) {
    EXPECT_EQ(ev.action, Action::rejected) << ev.diagnostic;
    EXPECT_EQ(ev.smtp_command, "DATA");
  }
  EXPECT_EQ(p.sink.events[0].from_address, "a@example.net");
  EXPECT_EQ(p.sink.events[0].to_address, "b@example.com");
  EXPECT_EQ(p.sink.events[1].to_address, "b@example.com");
  EXPECT_EQ(p.sink.events[2].from_address, "c@example.net");
  EXPECT_EQ(p.sink.events[2].to_address, "d@example.com");
}

TEST(KerioParser, AClientsFailedHandshakeIsAFailureCountedAsATlsFailure) {
  Parsed p = parse({"[11/Mar/2025 12:10:00] SSL handshake failed for client 203.0.113.44: unsupported protocol",
                    "[11/Mar/2025 12:10:01] SSL certificate for mail.example.org expires in 14 days"},
                   "store/logs/warning.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.44");
  EXPECT_EQ(p.sink.events[0].smtp_command, "STARTTLS");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

TEST(KerioParser, OrdinaryLinesOfItsLogsAreRecognizedAndNotReported) {
  Parsed p = parse({
      "[25/Aug/2022 15:31:39] Sent: Queue-ID: 63073369-00000003, Recipient: <shai@example.xyz>, Result: relayed, "
      "Status: 2.0.0 , Remote-Host: 192.0.2.80, Msg-Id: <CAOmjrt@mail.example.com>",
      "[16/Jun/2004 17:58:20] List: From: <news@example.com>, To: <list@example.com>, Size: 1207",
      "[11/Mar/2024 10:32:03] admin@example.com - Update ConnectClientOptions {customLoginLogoEnabled=\"True\"}",
      "[11/Mar/2024 10:02:45] {MOVE} Protocol: HTTP/WebMail, User: trang@example.com, IP: 192.0.2.1, Folder: "
      "~trang@example.com/Drafts, From: \"Trang\" <trang@example.com>, Subject: \"Checking\", Size: 1043",
      "[09/Apr/2022 10:46:26] Kerio Antivirus database has been successfully updated.",
      "[11/Mar/2025 14:00:00] IMAP: User jan@example.org authenticated from IP address 192.0.2.11",
      "[06/Sep/2004 08:43:17] Message marked as spam with score:8.00, To: jwayne@example.com, Message size: 342",
      "[11/Mar/2025 14:00:03][3824] {smtpc} SMTP client: connected to 198.51.100.25:25",
      "[11/Mar/2025 14:00:04] SMTP Send: 3 outgoing messages processed in 2 seconds",
      "[11/Mar/2025 14:00:05] SMTP Send: closing connection to 198.51.100.25",
      "",
  });
  EXPECT_EQ(p.sink.events.size(), 0u);
  EXPECT_EQ(count(p, Outcome::recognized), p.outcomes.size());
}

TEST(KerioParser, DebugLogsThreadAndComponentArePassedOver) {
  Parsed p = parse({"[11/Mar/2025 14:00:03][3824] {smtpc} SMTP delivery to host mx.example.net failed: Connection "
                    "refused"},
                   "store/logs/debug.log");
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].diagnostic, "SMTP delivery to host mx.example.net failed: Connection refused");
  EXPECT_EQ(p.sink.events[0].time.epoch_us, at(14, 0, 3));
}

TEST(KerioParser, GarbageTruncatedLinesInvalidUtf8AndAnEnormousLineDoNotCrash) {
  std::string huge = "[11/Mar/2025 14:00:00] Sent: Queue-ID: 1, Recipient: <a@b>, Result: failed, Status: 5.1.1 ";
  huge.append(1 << 20, 'x');
  std::string huge_security = "[11/Mar/2025 14:00:00] Failed SMTP login from ";
  huge_security.append(1 << 20, '9');
  Parsed p = parse({
      "hello world",
      "[11/Mar/2025 14:00",
      "[11/Mar/2025 14:00:00",
      "[11/Xyz/2025 14:00:00] Recv: Queue-ID: 1",
      "[99/Mar/2025 14:00:00] Recv: Queue-ID: 1",
      "[11/Mar/2025 14:00:00] Sent: Queue-ID: 67cf",
      "[11/Mar/2025 14:00:00] Sent: Queue-ID: 67cf, Recipient: <a@b",
      "[11/Mar/2025 14:00:00] Attempt to deliver to unknown recipient <",
      "[11/Mar/2025 14:00:00] Failed SMTP login from",
      "[11/Mar/2025 14:00:00] \xff\xfe\xc3\x28 Sent: \x80\x81",
      "\xff\xfe\xfd",
      huge,
      huge_security,
      "2025-03-11T06:41:30+00:00 mx postfix/smtp[1]: 4B1C: to=<a@b>, status=deferred (connect timed out)",
  });
  ASSERT_EQ(p.outcomes.size(), 14u);
  for (size_t i : {0, 1, 2, 3, 4, 10, 13}) EXPECT_EQ(p.outcomes[i], Outcome::unrecognized) << "line " << i + 1;
  for (size_t i : {5, 6, 9}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
  EXPECT_EQ(p.outcomes[11], Outcome::reported);
  EXPECT_EQ(p.sink.events.back().source_ip, "") << "a million digits are no address";
}

TEST(KerioParser, AnotherFileOfTheRotationKeepsTheSendersOfItsMessages) {
  FileContext first;
  first.path = "mail.log.0";
  auto parser = make_kerio_parser(first);
  testing::CollectingSink sink;
  parser->parse_line(kMailLog[2], 1, sink);
  FileContext next;
  next.path = "mail.log";
  ASSERT_TRUE(parser->continue_with(next));
  EXPECT_EQ(parser->parse_line(kMailLog[3], 1, sink), Outcome::reported);
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(sink.events[0].from_address, "jan.novak@example.org");
  EXPECT_EQ(sink.events[0].file_path, "mail.log");
}

// --- Records sent to a syslog server ----------------------------------------------

const std::vector<std::string> kSyslogRecords = {
    "<19>1 2025-03-11T07:55:00+01:00 mail.example.org error - - - SSL certificate 'mail.example.org' expired on "
    "10/Mar/2025 23:41:07",
    "<21>1 2025-03-11T07:58:02+01:00 mail.example.org security - - - Failed SMTP login from 192.0.2.12 with SASL "
    "method LOGIN.",
    "<22>1 2025-03-11T07:59:14+01:00 mail.example.org mail - - - Recv: Queue-ID: 67cff0fa-0000a1b3, Service: SMTP, "
    "From: <billing@example.org>, To: <client@example.net>, Size: 4821, Sender-Host: 192.0.2.41, SSL: yes",
    "<22>1 2025-03-11T07:59:15+01:00 mail.example.org mail - - - Sent: Queue-ID: 67cff0fa-0000a1b3, Recipient: "
    "<client@example.net>, Result: failed, Status: 5.1.1 550 5.1.1 User unknown, Remote-Host: 198.51.100.25, "
    "Msg-Id: <1@example.org>",
    "<20>1 2025-03-11T08:01:44+01:00 mail.example.org warn - - - SMTP server: STARTTLS negotiation with "
    "203.0.113.171 failed: error:0A000415:SSL routines::sslv3 alert certificate expired",
    "<22>1 2025-03-11T08:02:00+01:00 mail.example.org config - - - admin@example.org - Update SmtpServer "
    "{AntiHammeringSafeAcl=\"Trusted LAN\"}",
    "<21>1 2025-03-11T08:02:33+01:00 mail.example.org security - - - SMTP: AntiHammering - IP address 192.0.2.12 "
    "will be blocked for 5 minutes, too many failed logins from this IP address.",
};

// (`before_known`: the outcome of the line before the first that names the host Kerio's.)
void expect_syslog_records_read(const Parsed& p, Outcome before_known) {
  ASSERT_EQ(p.outcomes.size(), kSyslogRecords.size());
  EXPECT_EQ(p.outcomes[0], before_known);
  EXPECT_EQ(p.outcomes[5], Outcome::recognized) << "a setting's change that names AntiHammering blocks nothing";
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "192.0.2.12");
  EXPECT_EQ(p.sink.events[0].time.epoch_us, (int64_t(1741676282)) * 1000000) << "the envelope's time, UTC";
  EXPECT_EQ(p.sink.events[1].action, Action::bounced);
  EXPECT_EQ(p.sink.events[1].from_address, "billing@example.org") << "the sender its Recv record named";
  EXPECT_EQ(p.sink.events[1].reply_code, 550);
  // Its service for clients ("SMTP server"), not a delivery of its own.
  EXPECT_EQ(p.sink.events[2].action, Action::failed);
  EXPECT_EQ(p.sink.events[2].source_ip, "203.0.113.171");
  EXPECT_EQ(p.sink.events[2].smtp_command, "STARTTLS");
  EXPECT_EQ(p.sink.events[3].action, Action::rejected);
  EXPECT_EQ(p.sink.events[3].source_ip, "192.0.2.12");
}

TEST(KerioParser, RecordsSentToASyslogServerAreReadAsItsLogFilesAre) {
  // (Whose the first line is, the file does not say yet.)
  expect_syslog_records_read(parse(kSyslogRecords, "kerio-syslog.log"), Outcome::unrecognized);
}

TEST(KerioParser, InASyslogStreamAHostThatSpeaksKeriosWordsIsAKerioServer) {
  std::vector<std::string> lines = kSyslogRecords;
  Parsed p = testing::parse_syslog_lines(lines, 1741651200);
  // (Another program's line, as every such line before it: no failure.)
  expect_syslog_records_read(p, Outcome::recognized);
  // Another host's lines of programs no reader claims stay that host's.
  p = testing::parse_syslog_lines(
      {kSyslogRecords[1],
       "<21>1 2025-03-11T08:03:00+01:00 other.example.org security - - - Attempt to deliver to unknown recipient "
       "<x@example.org>, from <a@example.net>, IP address 192.0.2.5",
       "<22>1 2025-03-11T08:03:01+01:00 mail.example.org warn - - - SMTP server: SSL handshake with 192.0.2.7 "
       "failed: error:0A000102:SSL routines::unsupported protocol"},
      1741651200);
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.sink.events[1].source_ip, "192.0.2.7");
  // Without a line in Kerio's words, a program named "security" is nobody's.
  p = testing::parse_syslog_lines({kSyslogRecords[0], kSyslogRecords[5]}, 1741651200);
  EXPECT_TRUE(p.sink.events.empty());
}

TEST(KerioParser, AnotherServersSyslogLinesInAKerioFileAreNotKerios) {
  Parsed p = parse({kSyslogRecords[1],
                    "2025-03-11T06:41:30+00:00 mx2 postfix/smtp[1]: 4B1C: to=<a@b>, status=deferred (connect timed out)"});
  EXPECT_EQ(p.outcomes[0], Outcome::reported);
  EXPECT_EQ(p.outcomes[1], Outcome::unrecognized);
}

TEST(KerioParser, ALineThatSumsUpTheLoginTheLineBeforeRefusedIsThatFailure) {
  Parsed p = parse({
      "[11/Mar/2025 08:16:20] User scan@example.org performed NTLM authentication in NT domain EXAMPLE, this "
      "domain is not valid.",
      "[11/Mar/2025 08:16:20] Failed SMTP login from 192.0.2.215 with SASL method NTLM.",
      "[11/Mar/2025 08:17:00] SMTP: Invalid password for user a@example.org. Attempt from IP address 192.0.2.88.",
      "[11/Mar/2025 08:17:00] Failed SMTP login from 192.0.2.99 with SASL method LOGIN.",
      "[11/Mar/2025 08:18:00] Failed SMTP login from 192.0.2.12 with SASL method LOGIN.",
      "[11/Mar/2025 08:18:00] Failed SMTP login from 192.0.2.12 with SASL method LOGIN.",
  });
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.outcomes[3], Outcome::reported) << "another address's attempt";
  EXPECT_EQ(p.outcomes[5], Outcome::reported) << "two attempts in one second are two";
  EXPECT_EQ(p.sink.events.size(), 5u);
}

// --- The real lines in ../shared/corpora/logs/kerio/ ------------------------------

TEST(KerioParser, EveryLineOfFail2bansKerioSamplesIsReportedWithTheAddressItBans) {
  MAILTRIAGE_REQUIRE_SHARED();
  const auto dir = testing::shared_dir() / "corpora/logs/kerio";
  const auto lines = testing::read_lines(dir / "fail2ban-kerio.log", /*strip_cr=*/true);
  const auto expected = testing::read_lines(dir / "fail2ban-kerio.expected.tsv", /*strip_cr=*/true);
  ASSERT_EQ(lines.size(), 15u);
  Parsed p = parse(lines, "security.log");
  ASSERT_EQ(p.sink.events.size(), lines.size());
  size_t checked = 0;
  for (const std::string& row : expected) {
    // line_no, time, match, host, desc
    std::vector<std::string> cols;
    for (size_t at = 0;;) {
      const size_t tab = row.find('\t', at);
      cols.push_back(row.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
      if (tab == std::string::npos) break;
      at = tab + 1;
    }
    if (cols.size() < 4 || cols[0].empty() || cols[0][0] < '0' || cols[0][0] > '9') continue;
    const size_t n = std::stoul(cols[0]);
    ASSERT_GE(n, 1u);
    ASSERT_LE(n, lines.size());
    EXPECT_EQ(p.outcomes[n - 1], Outcome::reported) << lines[n - 1];
    if (cols[2] == "True") {
      EXPECT_EQ(p.sink.events[n - 1].source_ip, cols[3]) << lines[n - 1];
    }
    ++checked;
  }
  EXPECT_EQ(checked, lines.size());
}

// --- Sniffing -------------------------------------------------------------------

TEST(KerioSniff, KeriosLogsAreKeriosAndOtherFormatsAreNot) {
  EXPECT_EQ(kerio_sniff(join(kMailLog)), 100);
  EXPECT_EQ(kerio_sniff("[18/May/2017 07:25:15] Failed SMTP login from 212.92.127.112 with SASL method LOGIN.\n"
                        "[18/Jan/2014 06:41:25] SMTP Spam attack detected from 202.169.236.195, client closed "
                        "connection before SMTP greeting\n"),
            100);
  EXPECT_EQ(kerio_sniff("[11/Mar/2024 11:40:39] IMAP: User ngoc@example.com authenticated from IP address "
                        "192.0.2.1\n"),
            100)
      << "the audit log";
  EXPECT_EQ(kerio_sniff("Mar 11 06:41:30 mx postfix/smtp[1412]: 4B1C: to=<a@example.com>, relay=none, "
                        "status=deferred (connect to example.com[192.0.2.1]:25: Connection timed out)\n"),
            0);
  EXPECT_EQ(kerio_sniff("#Software: Microsoft Internet Information Services 10.0\n2025-03-13 00:04:51 "
                        "198.51.100.233 ylmf-pc SMTPSVC1 WEB02 192.0.2.80 0 RCPT - +TO:<a@example.org> 550 0 65 37 0 "
                        "SMTP - - - -\n"),
            0);
  EXPECT_EQ(kerio_sniff("{\"timestamp\":\"2025-03-11T06:41:30Z\",\"event\":\"bounce\",\"recipient\":\"a@b\"}\n"), 0);
  // A program's log with the same bracketed time and none of Kerio's words is not sure.
  EXPECT_LT(kerio_sniff("[11/Mar/2025 10:00:00] \"GET / HTTP/1.1\" 200 1234\n"), 60);
  EXPECT_GT(kerio_sniff("[11/Mar/2025 10:00:00] \"GET / HTTP/1.1\" 200 1234\n"), 0);
}

TEST(KerioSniff, NoRegisteredFormatClaimsKeriosLogsMoreSurely) {
  const std::vector<std::string> security = {
      "[17/Jun/2011 17:00:45] Attempt to deliver to unknown recipient <advertise@example.com>, from "
      "<bekytnabvnvyx@example.org>, IP address 200.90.149.178",
      "[18/May/2017 07:25:15] Failed SMTP login from 212.92.127.112 with SASL method CRAM-MD5.",
      "[17/May/2017 19:43:42] SMTP: User printer@example.com doesn't exist. Attempt from IP address 185.140.108.26.",
      "[30/Dec/2013 05:27:59] Relay attempt from IP address 64.31.59.75, mail from <smtp2001soho@example.com> to "
      "<reply-abuse@example.net> rejected",
  };
  const std::vector<std::string> warning = {
      "[11/Mar/2025 12:00:01] SMTP delivery to host mx.example.net [198.51.100.25] failed: Connection timed out",
      "[11/Mar/2025 12:00:05] Failed SMTP login from 203.0.113.7 with SASL method LOGIN.",
  };
  for (const std::string& head : {join(kMailLog), join(security), join(warning)}) {
    const int ours = kerio_sniff(head);
    EXPECT_EQ(ours, 100);
    EXPECT_GT(ours, sniff_syslog(head));
    for (const FormatSpec& f : formats()) {
      if (!f.sniff || f.name == "kerio") continue;
      EXPECT_LT(f.sniff(head), ours) << f.name << " on " << head;
    }
  }
}

}  // namespace
}  // namespace mailtriage
