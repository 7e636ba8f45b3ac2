// Momentum's mainlog, bouncelog and rejectlog: each record type, the recipient
// from the message's reception, a reply that holds '@' read whole, Momentum's
// own expiry, the older one-id layout, refusals from the rejectlog.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/momentum.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_momentum_parser, lines, 1763510400, "/var/log/ecelerity/mainlog.ec");
}

TEST(MomentumParser, MainlogOutcomesTakeTheirReceptionsRecipient) {
  Parsed p = parse({
      "1763478000@@@@M1",
      "1763478003@64/20-24518-D3611268@00/02-24518-4FCE76FC@00/7F-24518-F7CC7093@R@amelia@example.net@news@"
      "bounce.example@10.20.4.31@54951@esmtp@pool-b@b-07",
      "1763478004@64/20-24518-D3611268@00/02-24518-4FCE76FC@00/55-24518-7141FBA4@D@example.net@54951@pool-b@b-07@0@"
      "1.265@192.0.2.26",
      "1763478006@4D/52-24518-D07E28BD@00/02-24518-4FCE76FC@00/7F-24518-F7CC7093@R@bo@example.org@news@"
      "bounce.example@10.20.4.31@54625@esmtp@pool-b@b-07",
      "1763478008@4D/52-24518-D07E28BD@00/02-24518-4FCE76FC@00/1A-24518-DBA3046E@T@example.org@0@pool-b@b-07@2@0@"
      "3.742@192.0.2.36@421 4.7.0 [TSS04] Messages from 192.0.2.77 temporarily deferred due to unexpected volume or "
      "user complaints",
      "1763478015@4D/52-24518-D07E28BD@00/02-24518-4FCE76FC@00/FA-24518-8F930AA6@P@example.org@0@pool-b@b-03@4@0@"
      "1.643@198.51.100.12@550 5.1.1 <bo@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
      "1763564400@77/01-24518-00000001@00/02-24518-4FCE76FC@00/FA-24518-8F930AA7@P@example.com@0@pool-b@b-03@4@24@"
      "1223@@554 5.4.7 [internal] exceeded max time without delivery",
      "not a record",
      "",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 2u);
  const auto& delivered = p.sink.events[0];
  EXPECT_EQ(delivered.action, Action::delivered);
  EXPECT_EQ(delivered.to_address, "amelia@example.net");
  EXPECT_EQ(delivered.destination_ip, "192.0.2.26");

  const auto& deferred = p.sink.events[1];
  EXPECT_EQ(deferred.action, Action::deferred);
  EXPECT_EQ(deferred.to_address, "bo@example.org");
  EXPECT_EQ(deferred.from_address, "news@bounce.example");
  EXPECT_EQ(deferred.local_id, "4D/52-24518-D07E28BD");
  EXPECT_EQ(deferred.destination_ip, "192.0.2.36");
  EXPECT_EQ(deferred.reply_code, 421);
  EXPECT_EQ(deferred.time.epoch_us / 1000000, 1763478008);
  EXPECT_EQ(testing::verdict_of(deferred).cause, "rate_limit");

  // The reply names an address: read whole, '@' and all.
  const auto& bounced = p.sink.events[2];
  EXPECT_EQ(bounced.action, Action::bounced);
  EXPECT_EQ(bounced.diagnostic.substr(0, 29), "550 5.1.1 <bo@example.org>: R");
  EXPECT_EQ(bounced.enhanced_status, "5.1.1");
  EXPECT_EQ(testing::verdict_of(bounced).cause, "recipient_unknown");

  EXPECT_EQ(p.sink.events[3].action, Action::expired);
  EXPECT_TRUE(p.sink.events[3].to_address.empty());  // its reception is not in this log

  EXPECT_EQ(p.outcomes[0], Outcome::recognized);  // heartbeat
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);  // reception
  EXPECT_EQ(p.outcomes[7], Outcome::unrecognized);
  EXPECT_EQ(p.outcomes[8], Outcome::recognized);
}

TEST(MomentumParser, BouncelogRecordsNameTheirRecipient) {
  Parsed p = parse({
      "1064868656@91/6D-07914-E67BC044@00/00-03736-F4101B54@00/00-04532-A3456B54@B@johndoe@example.net@info@"
      "news.example@group-a@binding-a@21@10@1223@192.0.2.9@550 5.1.1 <johndoe@example.net>... User unknown",
      // Older versions: one id before the type.
      "1064868700@91/6D-07914-E67BC045@T@ann@example.org@info@news.example@group-a@binding-a@21@22@1223@192.0.2.10@"
      "452 4.2.2 Mailbox full",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::bounced);
  EXPECT_EQ(p.sink.events[0].to_address, "johndoe@example.net");
  EXPECT_EQ(p.sink.events[0].from_address, "info@news.example");
  EXPECT_EQ(p.sink.events[0].destination_ip, "192.0.2.9");
  EXPECT_EQ(p.sink.events[0].dataset, "momentum.bouncelog");
  EXPECT_EQ(p.sink.events[1].action, Action::deferred);
  EXPECT_EQ(p.sink.events[1].local_id, "91/6D-07914-E67BC045");
  EXPECT_EQ(p.sink.events[1].to_address, "ann@example.org");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "mailbox_full");
}

TEST(MomentumParser, RejectlogRefusalsAreTheirClients) {
  Parsed p = parse({
      "1236672125: R=\"203.0.113.42:42601\" L=\"192.0.2.1:25\" C=\"18/00-07149-D7E16B94\" PATH=\"default\" "
      "PATH_GRP=\"default\" P=\"awaiting rcptto\" E=550 M=scriptlet CTXCONN=[pathway=default,ehlo_string=\"EHLO "
      "probe\",ehlo_domain=probe] CTXMESS=[mailfrom_domain=,mailfrom_string=\"MAIL FROM:<>\",mailfrom_localpart=] "
      "relaying denied",
      "1252064908: Marker 1",
      // A complaint report the FBL module took and dropped: nothing refused.
      "1252064910: R=\"192.0.2.77:60806\" L=\"192.0.2.1:25\" C=\"0B/00-31207-A58A21FC\" PATH=\"default\" "
      "PATH_GRP=\"default\" P=\"reading body\" E=550 M=scriptlet CTXMESS=[] 550 5.7.1 [internal] processed as FBL "
      "message, and disposition is blackhole",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  const auto& refused = p.sink.events[0];
  EXPECT_EQ(refused.action, Action::rejected);
  EXPECT_EQ(refused.source_ip, "203.0.113.42");
  EXPECT_EQ(refused.reply_code, 550);
  EXPECT_EQ(refused.diagnostic, "550 relaying denied");
  EXPECT_EQ(refused.smtp_command, "RCPT");
  EXPECT_EQ(testing::verdict_of(refused).cause, "relay_denied");
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

TEST(MomentumParser, FoundByItsRecords) {
  std::string head = "1763478000@@@@M1\n";
  for (int i = 0; i < 4; ++i)
    head += "1763478003@64/20-24518-D3611268@00/02-24518-4FCE76FC@00/7F-24518-F7CC7093@R@a@example.net@b@"
            "example.org@10.0.0.1@201@esmtp@default@default\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "momentum");
  // A rejectlog: its "ts: ..." lines would read as bare Postfix lines with numeric queue ids.
  std::string rejects;
  for (int i = 0; i < 3; ++i) rejects += "1747211441: Marker 1\n";
  rejects += "1747211650: R=\"192.0.2.34:35166\" L=\"192.0.2.1:25\" C=\"B3/00-31207-565FC8D0\" P=\"awaiting rcptto\" "
             "E=550 M=scriptlet CTXMESS=[] relaying denied\n";
  const FormatSpec* r = detect_format(rejects);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->name, "momentum");
}

}  // namespace
}  // namespace mailtriage
