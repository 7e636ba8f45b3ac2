// Haraka's log: a plugin's refusal once (its hook line, not again its
// summary line nor the disconnect's last reply), a refused login only on the
// disconnect line, outbound bounces, deferrals with the connection error
// before them, an expiry, and a TLS failure before a delivery that went through.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/haraka.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_haraka_parser, lines, 1710633600, "haraka.log");  // 2024-03-17
}

std::string at(std::string_view time, std::string_view rest) { return "2024-03-16 " + std::string(time) + "  " + std::string(rest); }

TEST(HarakaParser, RefusalsLoginsAndOutboundResults) {
  Parsed p = parse({
      at("09:01:50.1", "[NOTICE] [AAA1] [core] connect ip=192.0.2.77 port=50314 local_ip=192.0.2.40 local_port=25"),
      at("09:01:51.1", "[INFO] [AAA1.1] [core]  hook=rcpt plugin=rcpt_to.in_host_list function=hook_rcpt "
                       "params=<list@elsewhere.example> retval=DENY msg=\"I cannot deliver mail for <list@elsewhere.example>\""),
      at("09:01:51.2", "[NOTICE] [AAA1.1] [core] recipient <list@elsewhere.example> code=DENY msg=\"I cannot deliver mail "
                       "for <list@elsewhere.example>\" sender=a@example.io"),
      at("09:01:52.1", "[NOTICE] [AAA1] [core] disconnect ip=192.0.2.77 rdns=NXDOMAIN helo=example.io relay=N errors=1 "
                       "lr=\"550 I cannot deliver mail for <list@elsewhere.example>\" time=0.4"),
      at("09:02:39.1", "[NOTICE] [BBB2] [core] connect ip=198.51.100.240 port=46192 local_ip=192.0.2.40 local_port=587"),
      at("09:02:41.3", "[NOTICE] [BBB2] [core] disconnect ip=198.51.100.240 rdns=NXDOMAIN helo=User relay=N errors=1 "
                       "lr=\"535 5.7.8 Authentication failed\" time=1.9"),
      at("09:02:21.3", "[NOTICE] [CCC3.1.1] [outbound] recipient <kim@partner.example> rejected: 550 5.1.1 "
                       "<kim@partner.example>: Recipient address rejected: User unknown in virtual mailbox table"),
      at("09:02:21.4", "[INFO] [CCC3.1.1] [outbound] bouncing mail: Some recipients failed: <kim@partner.example>"),
      at("09:05:29.0", "[ERROR] [-] [core] [outbound] Failed to get pool entry: Outbound connection timed out to "
                       "203.0.113.99:25"),
      at("09:05:29.1", "[INFO] [DDD4.1.1] [outbound] Temp failing 1710579898660_0_1871_relay1 for 64 seconds: Tried all MXs"),
      at("09:08:30.1", "[INFO] [EEE5.1.1] [outbound] bouncing mail: Too many failures (Tried all MXs)"),
      at("09:06:18.3", "[ERROR] [FFF6.1.1] [outbound] Ongoing connection failed to 198.51.100.130:25 : Error: "
                       "1402:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure"),
      at("09:06:19.8", "[NOTICE] [FFF6.1.1] [outbound] delivered file=1710579978380_4_relay1 domain=smallfirm.example "
                       "host=mail.smallfirm.example ip=198.51.100.130 port=25 mode=SMTP tls=N auth=N response=\"250 ok\""),
      "a line of something else",
  });
  std::vector<std::pair<uint64_t, std::string>> got;
  for (const auto& e : p.sink.events)
    if (e.action != Action::delivered) got.emplace_back(e.file_line, std::string(testing::verdict_of(e).cause));
  const std::vector<std::pair<uint64_t, std::string>> want = {
      {2, "relay_denied"}, {6, "authentication"}, {7, "recipient_unknown"}, {10, "server_unavailable"},
      {11, "expired"},      {12, "tls_mismatch"}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(p.sink.events[0].to_address, "list@elsewhere.example");
  EXPECT_EQ(p.sink.events[1].source_ip, "198.51.100.240");
  for (size_t i : {2u, 3u, 7u, 8u}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << i;
  EXPECT_EQ(p.outcomes[13], Outcome::unrecognized);

  std::string head;
  for (int i = 0; i < 5; ++i) head += at("09:01:50.1", "[NOTICE] [AAA1] [core] connect ip=192.0.2.77 port=50314") + "\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "haraka");
}

}  // namespace
}  // namespace mailtriage
