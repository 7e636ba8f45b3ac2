// PowerMTA's accounting CSV: columns found by the header's names; bounce,
// transient and delivery records read; an expired message by its category.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/powermta.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_powermta_parser, lines, 1763510400, "acct-2025-11-18.csv");
}

TEST(PowerMtaParser, RecordsAreReadByTheHeadersColumns) {
  Parsed p = parse({
      "type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,jobId",
      "r,2025-11-18 10:14:02-0500,a@bounces.example,bob@example.net,,,,,,job-1",
      "d,2025-11-18 10:14:04-0500,a@bounces.example,bob@example.net,relayed,2.0.0 (success),smtp;250 2.0.0 OK,"
      "mx.example.net (192.0.2.7),,job-1",
      "b,2025-11-18 10:15:31-0500,a@bounces.example,cy@example.org,failed,5.1.1 (bad destination mailbox address),"
      "\"smtp;550 5.1.1 <cy@example.org>: Recipient address rejected: User unknown, sorry\",mx.example.org (192.0.2.8),"
      "bad-mailbox,job-1",
      "t,2025-11-18 10:16:00-0500,a@bounces.example,di@example.com,delayed,4.7.0 (other or undefined security status),"
      "smtp;421 4.7.0 [TSS04] Messages from 192.0.2.131 temporarily deferred due to unexpected volume or user "
      "complaints,mta5.example.com (192.0.2.9),policy-related,job-1",
      "b,2025-11-20 10:16:00-0500,a@bounces.example,ed@example.com,failed,4.4.7 (delivery time expired),,,"
      "message-expired,job-1",
      "x,something else",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[0].action, Action::delivered);
  const auto& bounce = p.sink.events[1];
  EXPECT_EQ(bounce.action, Action::bounced);
  EXPECT_EQ(bounce.to_address, "cy@example.org");
  EXPECT_EQ(bounce.from_address, "a@bounces.example");
  EXPECT_EQ(bounce.reply_code, 550);
  EXPECT_EQ(bounce.enhanced_status, "5.1.1");
  EXPECT_EQ(bounce.destination_domain, "mx.example.org");
  // 10:15:31 at -05:00 is 15:15:31 UTC.
  EXPECT_EQ(bounce.time.epoch_us / 1000000, 1763478931);
  EXPECT_EQ(testing::verdict_of(bounce).cause, "recipient_unknown");
  EXPECT_EQ(p.sink.events[2].action, Action::deferred);
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "rate_limit");
  EXPECT_EQ(p.sink.events[3].action, Action::expired);
  EXPECT_EQ(p.sink.events[3].enhanced_status, "4.4.7");
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.outcomes[6], Outcome::unrecognized);

  std::string head = "type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat\n";
  for (int i = 0; i < 5; ++i) head += "d,2025-11-18 10:14:04-0500,2025-11-18 10:14:02-0500,a@b.example,c@d.example,,relayed\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "powermta");
}

}  // namespace
}  // namespace mailtriage
