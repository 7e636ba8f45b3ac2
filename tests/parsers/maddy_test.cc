// Maddy's "module: message {json}" lines in a system log: failed attempts,
// the queue's verdicts (a restatement recognized), refusals, failed logins.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_support.h"

namespace mailtriage {
namespace {

TEST(MaddyParser, AttemptsVerdictsRefusalsAndLogins) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          "Jun 03 07:58:02 mx maddy[902]: smtp: listening on tcp://0.0.0.0:25",
          "Jun 03 08:09:41 mx maddy[902]: smtp: RCPT error\t{\"msg_id\":\"4e0a9b21\",\"rcpt\":\"r@books.example\","
          "\"reason\":\"user does not exist\",\"smtp_code\":550,\"smtp_enchcode\":\"5.1.1\",\"smtp_msg\":\"User does not "
          "exist\",\"src_ip\":\"203.0.113.36:60112\"}",
          "Jun 03 08:20:31 mx maddy[902]: submission/sasl: authentication failed\t{\"reason\":\"no auth. provider "
          "accepted creds, last err: invalid credentials\",\"src_ip\":\"89.248.165.74:58102\",\"username\":\"a@books.example\"}",
          // A refusal by the remote server, then the queue's verdict that restates it.
          "Jun 03 08:26:17 mx maddy[902]: queue: delivery attempt failed\t{\"msg_id\":\"91c2e4f7\",\"rcpt\":"
          "\"b@outlook.example\",\"reason\":\"Recipient address rejected: User unknown\\nin virtual table\","
          "\"remote_server\":\"mx.outlook.example.\",\"smtp_code\":550,\"smtp_enchcode\":\"5.1.1\"}",
          "Jun 03 08:26:18 mx maddy[902]: queue: not delivered, permanent error\t{\"msg_id\":\"91c2e4f7\",\"rcpt\":"
          "\"b@outlook.example\"}",
          // A connection that failed, retried until the queue gave up.
          "Jun 03 08:36:34 mx maddy[902]: queue: delivery attempt failed\t{\"msg_id\":\"0d4f6a2b\",\"rcpt\":"
          "\"c@far.example\",\"reason\":\"dial tcp 203.0.113.222:25: connect: connection refused\",\"remote_server\":"
          "\"mail.far.example.\",\"target\":\"remote\"}",
          "Jun 03 09:00:00 mx maddy[902]: queue: not delivered, temporary error\t{\"msg_id\":\"0d4f6a2b\",\"rcpt\":"
          "\"c@far.example\"}",
      },
      1748908800);
  ASSERT_EQ(p.sink.events.size(), 5u);
  const auto& refused = p.sink.events[0];
  EXPECT_EQ(refused.action, Action::rejected);
  EXPECT_EQ(refused.source_ip, "203.0.113.36");
  EXPECT_EQ(refused.diagnostic, "550 5.1.1 User does not exist: user does not exist");
  EXPECT_EQ(testing::verdict_of(refused).cause, "recipient_unknown");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "authentication");
  const auto& attempt = p.sink.events[2];
  EXPECT_EQ(attempt.action, Action::bounced);
  EXPECT_EQ(attempt.destination_domain, "mx.outlook.example");
  EXPECT_EQ(attempt.diagnostic.find("\\n"), std::string::npos);
  EXPECT_EQ(p.outcomes[4], Outcome::recognized);  // the verdict restating it
  EXPECT_EQ(p.sink.events[3].action, Action::failed);
  EXPECT_EQ(testing::verdict_of(p.sink.events[3]).cause, "server_unavailable");
  const auto& expired = p.sink.events[4];
  EXPECT_EQ(expired.action, Action::expired);
  EXPECT_NE(expired.diagnostic.find("connection refused"), std::string::npos) << expired.diagnostic;
}

}  // namespace
}  // namespace mailtriage
