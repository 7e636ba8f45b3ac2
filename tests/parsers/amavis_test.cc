// amavisd-new's lines: a Blocked verdict is mail our own filter stopped, one
// rejected event per recipient, named by its content category; Passed lines
// and amavis's other notes are recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "classifiers/classifier.h"
#include "parsers/amavis.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_syslog_lines(lines, 1710460800);  // 2024-03-15
}

// The cause and reason the classifier gives a kept event.
std::pair<std::string, std::string> cause_and_reason(const testing::OwnedEvent& owned) {
  const testing::Verdict v = testing::verdict_of(owned);
  return {v.cause, v.reason};
}

TEST(AmavisProgram, ClaimsItsNames) {
  for (std::string_view p : {"amavis", "amavisd", "amavisd-new", "/usr/sbin/amavisd"})
    EXPECT_TRUE(amavis_claims_program(p)) << p;
  for (std::string_view p : {"postfix/smtpd", "spamd", "clamd", "amavis-mc"}) EXPECT_FALSE(amavis_claims_program(p)) << p;
}

TEST(AmavisParser, BlockedVerdictsAreRejectionsForEachRecipient) {
  Parsed p = parse({
      "Mar 14 02:10:01 mx amavis[2401]: (02401-34) Passed CLEAN {RelayedInbound}, [192.0.2.54]:37264 "
      "[192.0.2.54] <alice@example.com> -> <bob@example.org>, Queue-ID: 3ADD447E35, Message-ID: "
      "<a1@example.com>, mail_id: kq1, Hits: 1.582, size: 8670, 2230 ms",
      "Mar 14 02:11:01 mx amavis[2401]: (02401-35) Blocked SPAM {DiscardedInbound,Quarantined}, "
      "[203.0.113.5]:41234 [203.0.113.5] <x@spam.example> -> <bob@example.org>,<carol@example.org>, "
      "quarantine: spam-AbCdEf.gz, Queue-ID: 4F1A2B3C4D, Message-ID: <s1@spam.example>, mail_id: AbCdEf, "
      "Hits: 15.2, size: 4523, 1234 ms",
      "Mar 14 02:12:01 mx amavis[2402]: (02402-01) Blocked INFECTED (Eicar-Signature) {RejectedInbound}, "
      "[198.51.100.7]:5555 [198.51.100.7] <y@example.net> -> <dave@example.org>, Queue-ID: 5A1B2C3D4E, "
      "Message-ID: <v1@example.net>, mail_id: q2, Hits: -, size: 2101, 88 ms",
      "Mar 14 02:13:01 mx amavis[2402]: (02402-02) Blocked BANNED (multipart/mixed | "
      "application/x-msdownload,.exe,invoice.exe) {RejectedInbound}, [198.51.100.8]:5556 [198.51.100.8] "
      "<z@example.net> -> <erin@example.org>, Queue-ID: 6A1B2C3D4E, mail_id: q3, Hits: -, size: 90210, 120 ms",
      "Mar 14 02:14:01 mx amavis[2402]: (02402-03) Blocked BAD-HEADER-0 {RejectedInbound}, LOCAL "
      "[127.0.0.1]:40000 [127.0.0.1] <app@example.org> -> <frank@example.org>, Queue-ID: 7A1B2C3D4E, "
      "mail_id: q4, Hits: -, size: 900, 20 ms",
      "Mar 14 02:15:01 mx amavis[2402]: (02402-04) lookup_ip_acl (mynetworks) arg=\"192.0.2.54\" "
      "matches, result=1",
  });
  ASSERT_EQ(p.outcomes.size(), 6u);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[5], Outcome::recognized);
  for (size_t i = 1; i <= 4; ++i) EXPECT_EQ(p.outcomes[i], Outcome::reported) << i;

  const auto& e = p.sink.events;
  ASSERT_EQ(e.size(), 5u);  // the spam had two recipients
  for (const auto& ev : e) EXPECT_EQ(ev.action, Action::rejected);
  EXPECT_EQ(e[0].to_address, "bob@example.org");
  EXPECT_EQ(e[1].to_address, "carol@example.org");
  EXPECT_EQ(e[0].from_address, "x@spam.example");
  EXPECT_EQ(e[0].source_ip, "203.0.113.5");
  EXPECT_EQ(e[0].local_id, "4F1A2B3C4D");
  EXPECT_EQ(e[0].message_id, "s1@spam.example");
  EXPECT_EQ(e[0].diagnostic, "Blocked SPAM {DiscardedInbound,Quarantined}");
  EXPECT_EQ(e[2].diagnostic, "Blocked INFECTED (Eicar-Signature) {RejectedInbound}");
  EXPECT_EQ(e[4].source_ip, "127.0.0.1");

  EXPECT_EQ(cause_and_reason(e[0]), std::make_pair(std::string("spam_policy"), std::string("spamdetected")));
  EXPECT_EQ(cause_and_reason(e[2]), std::make_pair(std::string("spam_policy"), std::string("virusdetected")));
  EXPECT_EQ(cause_and_reason(e[3]), std::make_pair(std::string("spam_policy"), std::string("policyviolation")));
  EXPECT_EQ(cause_and_reason(e[4]), std::make_pair(std::string("spam_policy"), std::string("contenterror")));
}

// A verdict cut before its actions' closing brace is no verdict read.
TEST(AmavisParser, ATruncatedVerdictIsUnrecognized) {
  Parsed p = parse({"Mar 14 02:11:01 mx amavis[2401]: (02401-35) Blocked SPAM {DiscardedInbound,Quaran"});
  ASSERT_EQ(p.outcomes.size(), 1u);
  EXPECT_EQ(p.outcomes[0], Outcome::unrecognized);
  EXPECT_TRUE(p.sink.events.empty());
}

// amavisd refusing its own configuration does not run: a failure of its own.
TEST(AmavisParser, AConfigurationErrorAtStartIsAFailure) {
  Parsed p = parse({"Mar 11 13:02:10 mx1 amavisd[5120]: Error in config file \"/etc/amavis/conf.d/50-user\": "
                    "syntax error at /etc/amavis/conf.d/50-user line 23, near \"1;\""});
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "server_settings");
}

}  // namespace
}  // namespace mailtriage

namespace mailtriage {
namespace {

// Beside Postfix, a verdict Postfix turned into its reply is reported once,
// on Postfix's line (it has the queue id and the reply); a discard, which
// Postfix logs as sent, stays amavis's to report.
TEST(AmavisParser, ARefusalTheMtaReportsIsOneFailure) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          "Oct  7 08:31:05 mail postfix/qmgr[1187]: 4B22C3E100: from=<billing@spam.example>, size=18422, nrcpt=1 "
          "(queue active)",
          "Oct  7 08:31:08 mail amavis[2392]: (02392-12) Blocked SPAM {RejectedInbound,Quarantined}, "
          "[203.0.113.38]:60233 [203.0.113.38] <billing@spam.example> -> <info@example.org>, Queue-ID: 4B22C3E100, "
          "mail_id: DDqnJk5Qbn9, Hits: 14.2, size: 18422, 2771 ms",
          "Oct  7 08:31:08 mail postfix/smtp[14025]: 4B22C3E100: to=<info@example.org>, relay=127.0.0.1[127.0.0.1]:10024, "
          "delay=3.5, delays=0.52/0/0.01/3, dsn=5.7.0, status=bounced (host 127.0.0.1[127.0.0.1] said: 554 5.7.0 "
          "Reject, id=02392-12 - spam (in reply to end of DATA command))",
          "Oct  7 08:35:02 mail amavis[2392]: (02392-13) Blocked SPAM {DiscardedInbound,Quarantined}, "
          "[203.0.113.39]:60240 [203.0.113.39] <promo@spam.example> -> <info@example.org>, Queue-ID: 4C33D4F200, "
          "mail_id: EErkK6Rcq0a, Hits: 21.0, size: 9120, 1802 ms",
      },
      1728259200);
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 3u);
  EXPECT_EQ(p.sink.events[0].action, Action::bounced);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "spam_policy");
  EXPECT_EQ(p.sink.events[1].file_line, 4u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

}  // namespace
}  // namespace mailtriage
