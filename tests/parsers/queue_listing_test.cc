// Mail queue listings (postqueue -p, postqueue -j, Sendmail's mailq): each
// recipient waiting with a reason is a deferral on the reason's line, a
// message waiting without one is not a failure, and every line is accounted for.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/queue_listing.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_queue_listing_parser, lines, 1741824000, "mailq.txt");  // 2025-03-13
}

const std::vector<std::string> kPostqueue = {
    "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------",
    "3F2A61C0042*    1234 Tue Mar  4 10:11:12  sender@example.org",
    "                                         recipient@example.net",
    "",
    "A1B2C3D4E5      2345 Tue Mar  4 09:00:00  app@example.com",
    "(connect to mx.example.net[192.0.2.1]:25: Connection timed out)",
    "                                         user@example.net",
    "                                         other@example.net",
    "(host mx.example.org[198.51.100.5] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))",
    "                                         full@example.org",
    "",
    "B9C8D7E6F5!      999 Mon Mar  3 08:00:00  MAILER-DAEMON",
    "                                         held@example.com",
    "",
    "90898B31D7#   25502 Sat Mar  1 10:15:48  projects@example.com",
    "         (connect to mail.oldpartner.example[192.0.2.77]:25: No route to host)",
    "                                         pm@oldpartner.example",
    "",
    "-- 4 Kbytes in 3 Requests.",
};

TEST(QueueListing, PostqueueReasonsApplyToTheRecipientsUnderThem) {
  Parsed p = parse(kPostqueue);
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[3].file_line, 16u);  // forced to expire ('#'), its reason indented
  const auto& a = p.sink.events[0];
  EXPECT_EQ(a.file_line, 6u);
  EXPECT_EQ(a.action, Action::deferred);
  EXPECT_EQ(a.local_id, "A1B2C3D4E5");
  EXPECT_EQ(a.from_address, "app@example.com");
  EXPECT_EQ(a.to_address, "user@example.net");
  EXPECT_EQ(a.destination_domain, "mx.example.net");
  EXPECT_EQ(a.destination_ip, "192.0.2.1");
  EXPECT_EQ(a.destination_port, 25u);
  EXPECT_TRUE(a.time.valid);
  EXPECT_EQ(p.sink.events[1].to_address, "other@example.net");
  EXPECT_EQ(p.sink.events[1].file_line, 6u);
  const auto& full = p.sink.events[2];
  EXPECT_EQ(full.file_line, 9u);
  EXPECT_EQ(full.reply_code, 452);
  EXPECT_EQ(full.enhanced_status, "4.2.2");
  EXPECT_EQ(full.smtp_command, "RCPT");
  EXPECT_EQ(testing::verdict_of(full).cause, "mailbox_full");
  for (size_t i = 0; i < p.outcomes.size(); ++i) EXPECT_NE(p.outcomes[i], Outcome::unrecognized) << "line " << i + 1;
}

TEST(QueueListing, PostqueueJsonRecordsAndSendmailsMailq) {
  Parsed j = parse({
      R"j({"queue_name": "deferred", "queue_id": "A1B2C3D4E5", "arrival_time": 1741078800, "message_size": 2345, )j"
      R"j("forced_expire": false, "sender": "app@example.com", "recipients": [{"address": "user@example.net", )j"
      R"j("delay_reason": "host mx.example.net[192.0.2.1] said: 550 5.1.1 <user@example.net>: Recipient address )j"
      R"j(rejected: User unknown (in reply to RCPT TO command)"}, {"address": "ok@example.net"}]})j",
      R"j({"queue_name": "active", "queue_id": "3F2A61C0042", "arrival_time": 1741083072, "message_size": 1234, )j"
      R"j("forced_expire": false, "sender": "sender@example.org", "recipients": [{"address": "r@example.net"}]})j",
      R"j({"queue_name": "deferred", "queue_id": )j",
  });
  ASSERT_EQ(j.sink.events.size(), 1u);
  EXPECT_EQ(j.sink.events[0].to_address, "user@example.net");
  EXPECT_EQ(j.sink.events[0].time.epoch_us, 1741078800LL * 1000000);
  EXPECT_EQ(testing::verdict_of(j.sink.events[0]).cause, "recipient_unknown");
  EXPECT_EQ(j.outcomes[1], Outcome::recognized);
  EXPECT_EQ(j.outcomes[2], Outcome::unrecognized);  // cut off: said so, not dropped

  Parsed s = parse({
      "\t\t/var/spool/mqueue (2 requests)",
      "-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------",
      "54K3U10B017025     1234 Tue Mar  4 10:11 <app@example.com>",
      "                 (Deferred: Connection refused by mx.example.net.)",
      "\t\t\t\t\t <user@example.net>",
      "54K3U20D017026*    5678 Tue Mar  4 10:12 <app@example.com>",
      "\t\t\t\t\t <other@example.net>",
      "5459UEi4098232    41230 Mon Mar  3 09:30 <news@example.net>",
      "      8BITMIME   (Deferred: 421 4.3.2 Connection rate limit exceeded.)",
      "\t\t\t\t\t <subs@example.org>",
      "\t\tTotal requests: 3",
  });
  ASSERT_EQ(s.sink.events.size(), 2u);
  EXPECT_EQ(s.sink.events[1].file_line, 9u);
  EXPECT_EQ(s.sink.events[1].reply_code, 421);
  EXPECT_EQ(s.sink.events[0].file_line, 4u);
  EXPECT_EQ(s.sink.events[0].dataset, "sendmail.queue");
  EXPECT_EQ(s.sink.events[0].to_address, "user@example.net");
  EXPECT_EQ(testing::verdict_of(s.sink.events[0]).cause, "server_unavailable");
  for (size_t i = 0; i < s.outcomes.size(); ++i) EXPECT_NE(s.outcomes[i], Outcome::unrecognized) << "line " << i + 1;
}

TEST(QueueListing, DetectedByItsHeadersOnly) {
  EXPECT_GT(queue_listing_sniff("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"), 90);
  EXPECT_GT(queue_listing_sniff("Mail queue is empty\n"), 90);
  EXPECT_GT(queue_listing_sniff(R"j({"queue_name": "deferred", "queue_id": "A1", "recipients": []})j" "\n"), 90);
  EXPECT_EQ(queue_listing_sniff("Mar  4 10:11:12 mx postfix/qmgr[1]: A1B2C3D4E5: removed\n"), 0);
  EXPECT_EQ(queue_listing_sniff(R"j({"level":"error","msg":"queue full"})j" "\n"), 0);
  const FormatSpec* f = detect_format("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(std::string(f->name), "queue");
}

}  // namespace
}  // namespace mailtriage
