// Exchange's message tracking logs, native (MSGTRK*.LOG) and exported with
// Get-MessageTrackingLog | Export-Csv: FAIL and DEFER rows are failures of
// their recipients with the reply in RecipientStatus (the remote server's
// inside Exchange's own deferral); every other row and directive is recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/exchange_tracking.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_exchange_tracking_parser, lines, 1741824000, "MSGTRK2025031109-1.LOG");  // 2025-03-13
}

TEST(ExchangeTracking, NativeLogFailAndDeferRowsAreFailures) {
  Parsed p = parse({
      "#Software: Microsoft Exchange Server",
      "#Version: 15.02.1544.011",
      "#Log-type: Message Tracking Log",
      "#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,"
      "event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,"
      "recipient-count,related-recipient-address,reference,message-subject,sender-address",
      "2025-03-11T09:00:02.114Z,192.0.2.31,EX01,,EX01,,,STOREDRIVER,RECEIVE,97,<a1@example.org>,n1,"
      "b@example.org,,48211,1,,,Roster,a@example.org",
      "2025-03-11T09:00:43.171Z,,,,EX01,,,ROUTING,FAIL,15,<a1@example.org>,n1,g.harrow@example.org,"
      "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found,48211,1,,,Roster,a@example.org",
      "2025-03-11T09:02:38.426Z,,,198.51.100.64,EX01,,Outbound to Internet,SMTP,DEFER,50,<a2@example.org>,n2,"
      "x@example.net;y@example.net,\"[{LED=451 4.4.0 Primary target IP address responded with: \"\"535 5.7.3 "
      "Authentication unsuccessful\"\"};{MSG=};{FQDN=mx.example.net};{IP=203.0.113.9};{LRT=3/11/2025 9:02:00 "
      "AM}]\",2000,2,,,\"Hello, world\",a@example.org",
      "2025-03-11T09:03:00.000Z,,,,EX01,,,DSN,DSN,16,<dsn1@example.org>,n3,a@example.org,,3000,1,,,Undeliverable,",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].file_line, 6u);
  EXPECT_EQ(p.sink.events[0].action, Action::bounced);
  EXPECT_EQ(p.sink.events[0].to_address, "g.harrow@example.org");
  EXPECT_EQ(p.sink.events[0].from_address, "a@example.org");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "recipient_unknown");
  const auto& d = p.sink.events[1];
  EXPECT_EQ(d.action, Action::deferred);
  EXPECT_EQ(d.to_address, "x@example.net");
  EXPECT_EQ(p.sink.events[2].to_address, "y@example.net");
  EXPECT_EQ(d.destination_domain, "mx.example.net");
  EXPECT_EQ(d.destination_ip, "203.0.113.9");
  EXPECT_EQ(d.reply_code, 535);
  EXPECT_EQ(d.enhanced_status, "5.7.3");
  EXPECT_EQ(testing::verdict_of(d).cause, "authentication");
  EXPECT_TRUE(d.time.valid);
  for (size_t i = 0; i < p.outcomes.size(); ++i) EXPECT_NE(p.outcomes[i], Outcome::unrecognized) << "line " << i + 1;
}

TEST(ExchangeTracking, ExportedCsvWithItsOwnHeader) {
  Parsed p = parse({
      "\"Timestamp\",\"ServerHostname\",\"ClientIp\",\"Source\",\"EventId\",\"Sender\",\"Recipients\","
      "\"RecipientStatus\",\"MessageSubject\",\"TotalBytes\",\"ConnectorId\",\"MessageId\"",
      "\"3/12/2025 7:58:03 AM\",\"EX03\",\"192.0.2.33\",\"STOREDRIVER\",\"RECEIVE\",\"k@example.org\","
      "\"n@example.net\",\"\",\"RE: ETA\",\"145397\",\"\",\"<9905@EX03>\"",
      "\"3/12/2025 8:06:36 PM\",\"EX03\",\"192.0.2.13\",\"SMTP\",\"FAIL\",\"m@example.org\",\"r@example.com\","
      "\"[{LED=550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain};{MSG=};{FQDN=example.com};{IP=};"
      "{LRT=}]\",\"RE: customs\",\"38211\",\"Outbound to Internet\",\"<9554@EX03>\"",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& e = p.sink.events[0];
  EXPECT_EQ(e.file_line, 3u);
  EXPECT_EQ(e.to_address, "r@example.com");
  EXPECT_EQ(e.message_id, "9554@EX03");
  EXPECT_EQ(testing::verdict_of(e).cause, "dns");
  Timestamp want;
  scan_rfc3339("2025-03-12T20:06:36Z", &want);
  EXPECT_EQ(e.time.epoch_us, want.epoch_us);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

TEST(ExchangeTracking, DetectedByItsDirectivesOrExportHeader) {
  EXPECT_GT(exchange_tracking_sniff("#Software: Microsoft Exchange Server\n#Version: 15.2\n#Log-type: Message "
                                    "Tracking Log\n"),
            90);
  EXPECT_GT(exchange_tracking_sniff("#TYPE Selected.Microsoft.Exchange.Management.TransportLogSearchTasks."
                                    "MessageTrackingEvent\n\"Timestamp\",\"EventId\",\"Recipients\","
                                    "\"RecipientStatus\"\n"),
            90);
  EXPECT_EQ(exchange_tracking_sniff("#Software: Microsoft Internet Information Services 10.0\n#Fields: date time\n"),
            0);
  const FormatSpec* f = detect_format("#Software: Microsoft Exchange Server\n#Log-type: Message Tracking Log\n");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(std::string(f->name), "exchange-tracking");
}

}  // namespace
}  // namespace mailtriage
