// chasquid's mail log: refused clients, delivery attempts that failed for now
// or for good, failed logins; the rest recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/chasquid.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_chasquid_parser, lines, 1758355200, "/var/log/chasquid/mail_log");
}

TEST(ChasquidParser, RefusalsFailedAttemptsAndLogins) {
  Parsed p = parse({
      "2025-09-20 09:00:01.000000 listening on systemd:smtp",
      "2025-09-20 09:02:11.104233 203.0.113.9:40112 auth failed for admin@shop.example",
      "2025-09-20 09:13:45.189659 194.169.175.21:50511 rejected from=sales@shop.example to=[x@elsewhere.example] - "
      "relay not allowed",
      "2025-09-20 09:20:00.000000 bxhcVqrAHjY from=ida@shop.example queued ip=198.51.100.71:50112 "
      "to=[kontakt@far.example]",
      "2025-09-20 10:41:04.063454 bxhcVqrAHjY from=ida@shop.example to=kontakt@far.example failed (temporary): all MXs "
      "returned transient failures (last: Could not dial: dial tcp 192.0.2.189:25: connect: connection timed out)",
      "2025-09-20 10:42:00.000000 cXqq1B2 from=ida@shop.example to=nobody@far.example failed (permanent): "
      "550 5.1.1 <nobody@far.example>: Recipient address rejected: User unknown in virtual mailbox table",
      "2025-09-20 10:43:00.000000 cXqq1B3 from=<> to=ida@shop.example sent",
      "2025-09-20 10:44:00.000000 bxhcVqrAHjY completed loop, next in 5m",
      "garbage",
  });
  ASSERT_EQ(p.sink.events.size(), 5u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.9");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "authentication");
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  EXPECT_EQ(p.sink.events[1].diagnostic, "relay not allowed");
  EXPECT_EQ(p.sink.events[1].to_address, "x@elsewhere.example");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "relay_denied");
  EXPECT_EQ(p.sink.events[2].action, Action::deferred);
  EXPECT_EQ(p.sink.events[2].local_id, "bxhcVqrAHjY");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "server_unavailable");
  EXPECT_EQ(p.sink.events[3].action, Action::bounced);
  EXPECT_EQ(p.sink.events[3].reply_code, 550);
  EXPECT_EQ(testing::verdict_of(p.sink.events[3]).cause, "recipient_unknown");
  EXPECT_EQ(p.sink.events[4].action, Action::delivered);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[7], Outcome::recognized);
  EXPECT_EQ(p.outcomes[8], Outcome::unrecognized);
  // 09:02:11 written without a zone: read as UTC.
  EXPECT_EQ(p.sink.events[0].time.epoch_us / 1000000, 1758358931);
}

TEST(ChasquidParser, FoundByItsLines) {
  std::string head = "2025-09-20 09:00:01.000000 listening on systemd:smtp\n";
  for (int i = 0; i < 4; ++i)
    head += "2025-09-20 09:20:00.000000 bxhcVqrAHjY from=ida@shop.example queued ip=198.51.100.71:50112 to=[k@far.example]\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "chasquid");
}

}  // namespace
}  // namespace mailtriage
