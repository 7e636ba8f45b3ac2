// qmail-send's log: each delivery's result, with the recipient and sender
// its earlier lines named; TAI64N and tai64nlocal stamps; rblsmtpd's refusals;
// the same lines through splogger in syslog.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/qmail.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_qmail_parser, lines, 1710547200, "current");  // 2024-03-16
}

TEST(QmailParser, DeliveriesAreReadWithTheirRecipientAndSender) {
  Parsed p = parse({
      "@4000000065f3e3ea000267e4 status: local 0/10 remote 0/20",
      "@4000000065f3e3f80be0a29b new msg 77",
      "@4000000065f3e3f80bfe0c4e info msg 77: bytes 2210 from <ann@example.net> qp 311 uid 89",
      "@4000000065f3e3f80c117354 starting delivery 9: msg 77 to remote bo@remote.example",
      "@4000000065f3e3f80c117355 starting delivery 10: msg 77 to local example.net-cy@example.net",
      "@4000000065f3e3f80c117356 starting delivery 11: msg 77 to remote di@far.example",
      "@4000000065f3e4830c26f3de delivery 9: failure: 192.0.2.8_does_not_like_recipient./Remote_host_said:_550_5.1.1_"
      "<bo@remote.example>:_Recipient_address_rejected:_User_unknown/Giving_up_on_192.0.2.8./",
      "@4000000065f3e4830c26f3df delivery 10: deferral: user_is_over_quota/",
      "@4000000065f3e4830c26f3e0 delivery 11: failure: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/"
      "I'm_not_going_to_try_again;_this_message_has_been_in_the_queue_too_long./",
      "@4000000065f3e4830c80ee06 bounce msg 77 qp 312",
      "@4000000065f3e4830c9ed3f0 end msg 77",
      "not a line of qmail's",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& bounced = p.sink.events[0];
  EXPECT_EQ(bounced.action, Action::bounced);
  EXPECT_EQ(bounced.to_address, "bo@remote.example");
  EXPECT_EQ(bounced.from_address, "ann@example.net");
  EXPECT_EQ(bounced.destination_ip, "192.0.2.8");
  EXPECT_EQ(bounced.smtp_command, "RCPT");
  EXPECT_EQ(bounced.reply_code, 550);
  EXPECT_EQ(bounced.enhanced_status, "5.1.1");
  EXPECT_EQ(bounced.diagnostic.find('_'), std::string::npos);
  EXPECT_EQ(testing::verdict_of(bounced).cause, "recipient_unknown");
  // 0x65f3e483 - 10 s: 2024-03-15T06:02:33Z
  EXPECT_EQ(bounced.time.epoch_us / 1000000, 1710482553);
  EXPECT_EQ(p.sink.events[1].action, Action::deferred);
  EXPECT_EQ(p.sink.events[1].to_address, "cy@example.net");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "mailbox_full");
  EXPECT_EQ(p.sink.events[2].action, Action::expired);
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "expired");
  for (size_t i : {0u, 1u, 2u, 3u, 9u, 10u}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << i;
  EXPECT_EQ(p.outcomes[11], Outcome::unrecognized);
}

TEST(QmailParser, LocalStampsRblsmtpdAndSyslogLines) {
  Parsed p = parse({
      "2024-03-15 06:02:33.000157668 starting delivery 3: msg 5 to remote ed@remote.example",
      "2024-03-15 06:02:34.100000000 delivery 3: deferral: Connected_to_192.0.2.9_but_greeting_failed./"
      "Remote_host_said:_421_4.7.0_Too_many_concurrent_SMTP_connections;_please_try_again_later/",
      "@4000000065f3e4830c26f3de rblsmtpd: 198.51.100.7 pid 4411: 451 http://www.spamhaus.org/query/bl?ip=198.51.100.7",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].to_address, "ed@remote.example");
  EXPECT_EQ(p.sink.events[0].smtp_command, "CONNECT");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "rate_limit");
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  EXPECT_EQ(p.sink.events[1].source_ip, "198.51.100.7");

  std::string head;
  for (int i = 0; i < 5; ++i) head += "@4000000065f3e3ea000267e4 status: local 0/10 remote 0/20\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "qmail");

  testing::SyslogParsed s = testing::parse_syslog_lines(
      {"Mar 15 06:02:30 mx qmail: 1710482550.112233 starting delivery 4: msg 6 to remote fay@remote.example",
       "Mar 15 06:02:33 mx qmail: 1710482553.445566 delivery 4: failure: Sorry,_I_couldn't_find_any_host_named_"
       "remote.example._(#5.1.2)/"},
      1710547200);
  ASSERT_EQ(s.sink.events.size(), 1u);
  EXPECT_EQ(s.sink.events[0].to_address, "fay@remote.example");
  EXPECT_EQ(testing::verdict_of(s.sink.events[0]).cause, "dns");
}

}  // namespace
}  // namespace mailtriage
