// Stalwart's event log: the events that report a failure, their diagnostic
// made of the event and its fields, a DSN that restates a reported attempt,
// DMARC failures only under a reject policy, a journal's envelope.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/registry.h"
#include "parsers/stalwart.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_stalwart_parser, lines, 1751954400, "/opt/stalwart/logs/stalwart.log");
}

constexpr const char* kSession = R"(listenerId = "smtp", localPort = 25, remoteIp = 203.0.113.91, remotePort = 52290)";

TEST(StalwartParser, FailuresAreItsEventsThatSaySo) {
  Parsed p = parse({
      std::string("2025-07-08T06:02:11Z INFO SMTP connection started (smtp.connection-start) ") + kSession,
      // An attempt that timed out to a provider's host, then the DSN that restates it.
      "2025-07-08T06:07:04Z INFO Connection error (delivery.connect-error) queueId = 236411490117582849, "
      "queueName = \"remote\", from = \"desk@hotel.example\", to = [\"ann@gmail.example\"], size = 14220, total = 1, "
      "domain = \"gmail.com\", hostname = \"gmail-smtp-in.l.google.com\", localIp = 0.0.0.0, remoteIp = 192.0.2.27, "
      "remotePort = 25, causedBy = SMTP error occurred (smtp.error) { details = \"I/O Error\", reason = \"Connection "
      "timed out (os error 110)\" }, elapsed = 133911ms",
      "2025-07-08T06:10:31Z INFO DSN permanent failure notification (delivery.dsn-perm-fail) queueId = "
      "236411490117582849, from = \"desk@hotel.example\", to = [\"ann@gmail.example\"], size = 14220, total = 1, to = "
      "\"ann@gmail.example\", details = SMTP error occurred (smtp.error) { details = \"I/O Error\" }",
      // A DSN alone: its code and details are the failure.
      "2025-07-08T06:11:00Z INFO DSN permanent failure notification (delivery.dsn-perm-fail) queueId = 1234, from = "
      "\"xx@aa.example\", to = [\"bb@uu.example\"], size = 828, total = 1, to = \"bb@uu.example\", hostname = "
      "\"localhost\", code = 550, details = \"This account is not authorized to receive email.\", total = 0",
      std::string("2025-07-08T06:15:41Z INFO Mailbox does not exist (smtp.mailbox-does-not-exist) ") + kSession +
          ", to = \"groups@hotel.example\"",
      std::string("2025-07-08T06:16:00Z INFO DMARC check failed (smtp.dmarc-fail) ") + kSession +
          ", domain = \"news.example\", policy = \"none\", result = DMARC check failed (dmarc.fail), elapsed = 0ms",
      std::string("2025-07-08T06:16:01Z INFO DMARC check failed (smtp.dmarc-fail) ") + kSession +
          ", domain = \"booking.example\", policy = \"reject\", result = DMARC check failed (dmarc.fail), elapsed = 0ms",
      "2025-07-08T06:13:05Z INFO Authentication failed (auth.failed) listenerId = \"submissions\", localPort = 465, "
      "remoteIp = 45.135.232.19, remotePort = 57118, accountName = \"info@hotel.example\"",
      // Behind the journal's envelope.
      "Jul 08 06:20:00 mail stalwart[1895]: 2025-07-08T06:20:00Z INFO Relay not allowed (smtp.relay-not-allowed) "
      "listenerId = \"smtp\", localPort = 25, remoteIp = 141.98.10.91, remotePort = 52290, to = \"x@elsewhere.example\"",
      "not an event",
  });
  ASSERT_EQ(p.sink.events.size(), 6u);
  const auto& timeout = p.sink.events[0];
  EXPECT_EQ(timeout.action, Action::failed);
  EXPECT_EQ(timeout.local_id, "236411490117582849");
  EXPECT_EQ(timeout.to_address, "ann@gmail.example");
  EXPECT_EQ(timeout.destination_domain, "gmail-smtp-in.l.google.com");
  EXPECT_EQ(timeout.diagnostic,
            "Connection error (delivery.connect-error) to [192.0.2.27]: I/O Error: Connection timed out (os error 110)");
  EXPECT_EQ(testing::verdict_of(timeout).cause, "isp_port_block");

  const auto& alone = p.sink.events[1];  // the restating DSN is not another failure
  EXPECT_EQ(alone.action, Action::bounced);
  EXPECT_EQ(alone.reply_code, 550);
  EXPECT_EQ(alone.to_address, "bb@uu.example");

  EXPECT_EQ(p.sink.events[2].action, Action::rejected);
  EXPECT_EQ(p.sink.events[2].source_ip, "203.0.113.91");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "recipient_unknown");
  EXPECT_EQ(testing::verdict_of(p.sink.events[3]).reason, "authfailure");  // policy reject only
  EXPECT_EQ(testing::verdict_of(p.sink.events[4]).cause, "authentication");
  EXPECT_EQ(p.sink.events[4].smtp_command, "AUTH");
  EXPECT_EQ(testing::verdict_of(p.sink.events[5]).cause, "relay_denied");

  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);  // the restating DSN
  EXPECT_EQ(p.outcomes[5], Outcome::recognized);  // DMARC failed, policy none
  EXPECT_EQ(p.outcomes[9], Outcome::unrecognized);
}

// A message put back in the queue after its failed attempt, then given up on:
// the permanent DSN is its expiry. After a permanent failure it restates it.
TEST(StalwartParser, APermanentDsnAfterARescheduleIsAnExpiry) {
  const std::string attempt =
      "INFO Connection error (delivery.connect-error) queueId = 77, from = \"a@x.example\", to = [\"b@y.example\"], "
      "hostname = \"mx.y.example\", remoteIp = 192.0.2.8, causedBy = SMTP error occurred (smtp.error) { details = "
      "\"I/O Error\", reason = \"Connection refused (os error 111)\" }";
  Parsed p = parse({
      "2025-09-16T07:44:40Z " + attempt,
      "2025-09-16T07:44:40Z INFO Message rescheduled for delivery (queue.rescheduled) queueId = 77, nextRetry = 2",
      "2025-09-16T08:10:00Z INFO DSN permanent failure notification (delivery.dsn-perm-fail) queueId = 77, to = "
      "\"b@y.example\", details = SMTP error occurred (smtp.error) { details = \"I/O Error\" }",
      "2025-09-17T14:48:09Z INFO Null MX record found (delivery.null-mx) queueId = 88, to = [\"c@z.example\"], domain = "
      "\"z.example\"",
      "2025-09-17T14:48:09Z INFO DSN permanent failure notification (delivery.dsn-perm-fail) queueId = 88, to = "
      "\"c@z.example\", details = \"Domain does not accept messages (null MX)\"",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[1].action, Action::expired);
  EXPECT_EQ(p.sink.events[1].local_id, "77");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "dns");
  EXPECT_EQ(p.outcomes[4], Outcome::recognized);  // the null MX's DSN restates it
}

TEST(StalwartParser, FoundByItsEvents) {
  std::string head;
  for (int i = 0; i < 4; ++i)
    head += std::string("2025-07-08T06:02:11Z INFO SMTP connection started (smtp.connection-start) ") + kSession + "\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "stalwart");
}

}  // namespace
}  // namespace mailtriage
