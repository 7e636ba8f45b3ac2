// KumoMTA's JSON log records: each type's event, the reply's parts joined into
// one diagnostic, KumoMTA's own failures without a code, the format found by
// its fields.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/kumomta.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_kumomta_parser, lines, 1763510400, "/var/log/kumomta/20251118-101500");
}

// A record as KumoMTA writes it, with the fields a test varies.
std::string record(const std::string& type, const std::string& recipient, const std::string& response,
                   const std::string& peer = R"({"name":"mx.example.net.","addr":"192.0.2.7"})") {
  return R"({"type":")" + type + R"(","id":"1d98076abbbc11ed940250ebf67f93bd","sender":"bounces@news.example",)"
         R"("recipient":")" + recipient + R"(","queue":"spring:acme@example.net",)"
         R"("site":"pool-1->mx.example.net","size":1047,"response":)" + response + R"(,"peer_address":)" + peer +
         R"(,"timestamp":1763478931,"created":1763478900,"num_attempts":1,"bounce_classification":"Uncategorized",)"
         R"("egress_pool":"pool","egress_source":"pool-1","feedback_report":null,"meta":{},"headers":{}})";
}

TEST(KumoMtaParser, EachRecordTypeIsItsEvent) {
  Parsed p = parse({
      record("Reception", "bob@example.net", R"({"code":250,"enhanced_code":null,"content":"OK ids=x","command":null})",
             R"({"name":"app-1.internal.example","addr":"10.0.0.5"})"),
      record("Delivery", "bob@example.net",
             R"({"code":250,"enhanced_code":{"class":2,"subject":0,"detail":0},"content":"OK queued","command":"."})"),
      record("Bounce", "cy@example.net",
             R"({"code":550,"enhanced_code":{"class":5,"subject":1,"detail":1},"content":"The email account that you )"
             R"(tried to reach does not exist. Please try\ndouble-checking the recipient's email address for typos",)"
             R"("command":"RCPT TO:<cy@example.net>\r\n"})"),
      record("TransientFailure", "di@example.com",
             R"({"code":421,"enhanced_code":{"class":4,"subject":7,"detail":0},"content":"[TSS04] Messages from )"
             R"(192.0.2.19 temporarily deferred due to unexpected volume or user complaints","command":"MAIL FROM"})"),
      record("TransientFailure", "ed@example.org",
             R"({"code":400,"enhanced_code":null,"content":"KumoMTA internal: failed to connect to any candidate )"
             R"(hosts: connect to mx.example.org./198.51.100.20:25 and read initial banner: Connection timed out )"
             R"j((os error 110)","command":null})j"),
      record("Expiration", "fa@example.org",
             R"({"code":551,"enhanced_code":{"class":5,"subject":4,"detail":7},"content":"Next delivery time would )"
             R"(be after the message expires","command":null})"),
      record("Rejection", "probe@elsewhere.example",
             R"({"code":550,"enhanced_code":{"class":5,"subject":7,"detail":1},"content":"relaying not permitted",)"
             R"("command":"RCPT TO:<probe@elsewhere.example>\r\n"})",
             R"({"name":"scanner","addr":"203.0.113.66"})"),
      record("Delayed", "gi@example.org", "null"),
      R"({"type":"Bounce","recipient":)",
      "",
  });
  ASSERT_EQ(p.sink.events.size(), 6u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::delivered);

  const auto& bounce = p.sink.events[1];
  EXPECT_EQ(bounce.action, Action::bounced);
  EXPECT_EQ(bounce.to_address, "cy@example.net");
  EXPECT_EQ(bounce.from_address, "bounces@news.example");
  EXPECT_EQ(bounce.local_id, "1d98076abbbc11ed940250ebf67f93bd");
  EXPECT_EQ(bounce.destination_domain, "mx.example.net");  // without the root's dot
  EXPECT_EQ(bounce.destination_ip, "192.0.2.7");
  EXPECT_EQ(bounce.reply_code, 550);
  EXPECT_EQ(bounce.enhanced_status, "5.1.1");
  EXPECT_EQ(bounce.smtp_command, "RCPT");
  EXPECT_EQ(bounce.diagnostic.substr(0, 60), "550 5.1.1 The email account that you tried to reach does not");
  EXPECT_EQ(bounce.diagnostic.find('\n'), std::string_view::npos);
  EXPECT_EQ(bounce.time.epoch_us / 1000000, 1763478931);
  EXPECT_EQ(testing::verdict_of(bounce).cause, "recipient_unknown");

  EXPECT_EQ(p.sink.events[2].action, Action::deferred);
  EXPECT_EQ(p.sink.events[2].smtp_command, "MAIL");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "rate_limit");

  // KumoMTA's own failure: no reply code of the remote's, the errno's words decide.
  const auto& internal = p.sink.events[3];
  EXPECT_EQ(internal.reply_code, 0);
  EXPECT_EQ(internal.diagnostic.substr(0, 16), "KumoMTA internal");
  EXPECT_EQ(testing::verdict_of(internal).cause, "server_unavailable");

  EXPECT_EQ(p.sink.events[4].action, Action::expired);
  EXPECT_EQ(p.sink.events[4].enhanced_status, "5.4.7");

  // A client KumoMTA refused: the peer is the source.
  const auto& refused = p.sink.events[5];
  EXPECT_EQ(refused.action, Action::rejected);
  EXPECT_EQ(refused.source_ip, "203.0.113.66");
  EXPECT_TRUE(refused.destination_ip.empty());
  EXPECT_EQ(testing::verdict_of(refused).cause, "relay_denied");

  EXPECT_EQ(p.outcomes[0], Outcome::recognized);  // Reception
  EXPECT_EQ(p.outcomes[7], Outcome::recognized);  // a type of a newer version
  EXPECT_EQ(p.outcomes[8], Outcome::unrecognized);  // cut off
  EXPECT_EQ(p.outcomes[9], Outcome::recognized);    // empty
}

// A record without a peer (no connection was made) names the remote by its
// site: a timeout on port 25 to a major provider's hosts is a blocked port.
TEST(KumoMtaParser, ARecordWithoutAPeerNamesTheRemoteByItsSite) {
  std::string line = record("TransientFailure", "ann@gmail.example",
                            R"({"code":400,"enhanced_code":null,"content":"KumoMTA internal: failed to connect to any )"
                            R"(candidate hosts: connect to 192.0.2.27:25 and read initial banner: timeout after 30s )"
                            R"(while connecting to 192.0.2.27:25 None","command":null})",
                            "null");
  const std::string site = R"("site":"pool-1->mx.example.net")";
  line.replace(line.find(site), site.size(), R"("site":"egress-7->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client")");
  Parsed p = parse({line});
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].destination_domain, "gmail-smtp-in.l.google.com");
  EXPECT_TRUE(p.sink.events[0].destination_ip.empty());
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "isp_port_block");
}

TEST(KumoMtaParser, FoundByItsFields) {
  std::string head;
  for (int i = 0; i < 4; ++i)
    head += record("Delivery", "bob@example.net",
                   R"({"code":250,"enhanced_code":null,"content":"OK","command":"."})") + "\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "kumomta");
  // A provider's webhook JSON is not KumoMTA's.
  const FormatSpec* other = detect_format(R"({"notificationType":"Bounce","bounce":{"bounceType":"Permanent"}})");
  ASSERT_NE(other, nullptr);
  EXPECT_NE(other->name, "kumomta");
}

}  // namespace
}  // namespace mailtriage
