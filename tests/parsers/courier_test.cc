// Courier's lines: the ESMTP server's refusals, a delivery's error text
// reported when its status line says deferred or failed, refused IMAP/POP3
// logins and TLS handshakes, authdaemond losing its database.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_support.h"

namespace mailtriage {
namespace {

TEST(CourierParser, RefusalsDeliveriesAndLogins) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          "Apr  2 10:00:01 gw courierd: newmsg,id=1A2B3C4D.660BDA01.00000C21: dns; localhost (localhost [127.0.0.1])",
          "Apr  2 10:00:02 gw courieresmtpd: error,relay=::ffff:192.0.2.45,from=<a@sender.example>,"
          "to=<b@elsewhere.example>: 513 Relaying denied.",
          "Apr  2 10:00:03 gw courieresmtpd: error,relay=::ffff:192.0.2.46,msg=\"535 Authentication failed.\","
          "cmd: YWRtaW4=",
          "Apr  2 10:00:04 gw courieresmtp: id=1A2B3C4D.660BDA01.00000C21,from=<ann@example.com>,"
          "addr=<bo@remote.example>: 550 5.1.1 <bo@remote.example>: User unknown",
          "Apr  2 10:00:04 gw courieresmtp: id=1A2B3C4D.660BDA01.00000C21,from=<ann@example.com>,"
          "addr=<bo@remote.example>,status: failure",
          "Apr  2 10:00:05 gw courierlocal: id=1A2B3C4D.660BDA01.00000C21,from=<ann@example.com>,"
          "addr=<cy@example.com>,size=2210,success: Message delivered.",
          "Apr  2 10:00:06 gw imapd-ssl: LOGIN FAILED, user=cy@example.com, ip=[::ffff:198.51.100.77]",
          "Apr  2 10:00:07 gw authdaemond: failed to connect to mysql server (server=localhost, userid=courier)",
          "Apr  2 10:00:08 gw courieresmtpd: error,relay=::ffff:192.0.2.47,msg=\"502 ESMTP command error\",cmd: GET / "
          "HTTP/1.1",
          "Apr  2 10:00:09 gw courieresmtp: id=5E6F7A8B.660BDA09.00000C22,from=<ann@example.com>,"
          "addr=<di@far.example>: Connection timed out",
      },
      1712102400);  // 2024-04-03
  // The last error text has no status line: it is reported at the end, as a deferral.
  ASSERT_EQ(p.sink.events.size(), 7u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].source_ip, "192.0.2.45");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "relay_denied");
  EXPECT_EQ(p.sink.events[1].action, Action::failed);
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "authentication");
  EXPECT_EQ(p.sink.events[2].action, Action::bounced);
  EXPECT_EQ(p.sink.events[2].to_address, "bo@remote.example");
  EXPECT_EQ(p.sink.events[2].from_address, "ann@example.com");
  EXPECT_EQ(p.sink.events[2].file_line, 4u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "recipient_unknown");
  EXPECT_EQ(p.sink.events[3].action, Action::delivered);
  EXPECT_EQ(p.sink.events[4].source_ip, "198.51.100.77");
  EXPECT_EQ(testing::verdict_of(p.sink.events[4]).cause, "authentication");
  EXPECT_EQ(testing::verdict_of(p.sink.events[5]).cause, "server_unavailable");
  EXPECT_EQ(p.sink.events[6].action, Action::deferred);
  EXPECT_EQ(p.sink.events[6].to_address, "di@far.example");
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[8], Outcome::recognized);
}

}  // namespace
}  // namespace mailtriage
