// ZoneMTA's npmlog lines in a system log: each DEFERRED[...] and REJECTED[...]
// outcome reported once with its reason, the ERR! lines before it recognized,
// a STARTTLS given up for plaintext reported as a TLS failure.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_support.h"

namespace mailtriage {
namespace {

constexpr const char* kSender = "Apr  2 10:00:00 out1 zone-mta[2201]: ";

std::string line(const std::string& time, const std::string& text) {
  return "Apr  2 " + time + " out1 zone-mta[2201]: " + text;
}

TEST(ZoneMtaParser, OutcomesReportedOnceWithTheirReasons) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          line("10:00:01", "info Queue/2190 19a0c1 QUEUED (message-id=<a1@app.example> from=app@app.example "
                           "to=kim@far.example src=10.0.0.5 subject=\"Invoice\" body=4000 md5=ab12)"),
          line("10:00:02", "info Sender/default/2204[1] id=q1 19a0c1.001 CONNECTING domain=far.example port=25"),
          line("10:02:02", "ERR! Sender/default/2204[1] id=q1 19a0c1.001 CONNFAIL domain=far.example "
                           "remote=192.0.2.8:25 error=Network error when connecting to MX server mx.far.example"
                           "[192.0.2.8] for far.example: Connection timed out"),
          line("10:02:02", "info Sender/default/2204[1] id=q1 19a0c1.001 DEFERRED[network] from=app@app.example "
                           "to=kim@far.example src= mx=far.example id=<a1@app.example> (Network error: Network "
                           "error when connecting to MX server mx.far.example[192.0.2.8] for far.example: "
                           "Connection timed out)"),
          line("10:03:00", "info Sender/default/2204[2] id=q2 19a0c2.001 REJECTED[recipient] from=app@app.example "
                           "to=gone@near.example src=192.0.2.1 mx=mx.near.example[192.0.2.9] id=<a2@app.example> "
                           "(550 5.1.1 <gone@near.example>: Recipient address rejected: User unknown in virtual "
                           "mailbox table)"),
          line("10:04:00", "info Sender/default/2204[3] id=q3 19a0c3.001 REJECTED[dns] from=app@app.example "
                           "to=a@typo.example src= mx=typo.example id=<a3@app.example> (DNS Error: DNS error "
                           "occurred while resolving the Mail Exchange (MX) server for the specified domain "
                           "(typo.example). Domain name not found)"),
          line("10:05:00", "info Sender/default/2204[4] id=q4 19a0c4.001 ERRCONNECT [Xy1] Failed to connect to "
                           "mx.tls.example[192.0.2.10] using STARTTLS, proceeding with plaintext. error:0A000410:SSL "
                           "routines:ssl3_read_bytes:sslv3 alert handshake failure"),
          line("10:05:01", "info Sender/default/2204[4] id=q4 19a0c4.001 ACCEPTED from=app@app.example "
                           "to=b@tls.example src=192.0.2.1 mx=mx.tls.example[192.0.2.10] id=<a4@app.example> "
                           "(250 2.0.0 Ok: queued as 4AbC)"),
          line("10:06:00", "not an npmlog line at all"),
      },
      1743580800);
  ASSERT_EQ(p.sink.events.size(), 4u);
  const auto& deferral = p.sink.events[0];
  EXPECT_EQ(deferral.action, Action::deferred);
  EXPECT_EQ(deferral.to_address, "kim@far.example");
  EXPECT_EQ(deferral.from_address, "app@app.example");
  EXPECT_EQ(deferral.local_id, "19a0c1");
  EXPECT_EQ(deferral.hard, Tristate::no);
  EXPECT_TRUE(deferral.diagnostic.starts_with("Network error: "));
  EXPECT_EQ(testing::verdict_of(deferral).cause, "server_unavailable");
  const auto& bounce = p.sink.events[1];
  EXPECT_EQ(bounce.action, Action::bounced);
  EXPECT_EQ(bounce.reply_code, 550);
  EXPECT_EQ(bounce.enhanced_status, "5.1.1");
  EXPECT_EQ(testing::verdict_of(bounce).cause, "recipient_unknown");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "dns");
  const auto& tls = p.sink.events[3];
  EXPECT_EQ(tls.action, Action::failed);
  EXPECT_EQ(tls.destination_ip, "192.0.2.10");
  EXPECT_EQ(testing::verdict_of(tls).cause, "tls_mismatch");
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);  // CONNFAIL: its outcome line reports it
  EXPECT_EQ(p.outcomes[3], Outcome::reported);
  EXPECT_EQ(p.outcomes[7], Outcome::recognized);  // a delivery
  EXPECT_EQ(p.outcomes[8], Outcome::unrecognized);
}

TEST(ZoneMtaParser, DamagedLinesAreNotReported) {
  const std::string huge(70000, 'x');
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          std::string(kSender) + "info Sender/default/1[1] id=q 1.001 DEFERRED[",
          std::string(kSender) + "info Sender/default/1[1] id=q 1.001 REJECTED[x] from=",
          std::string(kSender) + "ERR! " + huge,
          std::string(kSender) + "info \xff\xfe DEFERRED[network] to=\xc3 (\xff)",
      },
      1743580800);
  EXPECT_EQ(p.outcomes.size(), 4u);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);  // no closing bracket: not an outcome
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  for (const auto& e : p.sink.events) EXPECT_FALSE(e.diagnostic.empty());
}

}  // namespace
}  // namespace mailtriage
