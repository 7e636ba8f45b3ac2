// Mox's logfmt records in a system log: the queue's failures, refusals and
// failed logins by its own messages; the rest recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_support.h"

namespace mailtriage {
namespace {

TEST(MoxParser, QueueFailuresRefusalsAndLogins) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          "2025-05-20T09:00:01.000000+02:00 mail mox[1187]: l=info m=\"new connection\" pkg=smtpserver "
          "remote=209.85.220.41:40122 cid=196ee0a2200",
          "2025-05-20T09:03:41.702118+02:00 mail mox[1187]: l=info m=\"failed authentication attempt\" pkg=smtpserver "
          "username=admin@shop.example remote=80.94.95.112 cid=196ee0a22aa delta=1.151089s",
          "2025-05-20T10:01:45.998410+02:00 mail mox[1187]: l=info m=\"deliver attempt to unknown user(s)\" "
          "pkg=smtpserver recipients=\"[post@shop.example]\" cid=196ee0a33d0 delta=1.268191s",
          "2025-05-20T10:05:13.512874+02:00 mail mox[1187]: l=info m=\"incoming message rejected\" pkg=smtpserver "
          "mailfrom=a@parcel.example rcptto=orders@shop.example reason=dmarc-policy cid=196ee0a38f5",
          "2025-05-20T10:09:04.031877+02:00 mail mox[1187]: l=info m=\"connection closed\" err=\"starttls handshake: "
          "tls: client offered only unsupported versions: [302 301] (io error)\" pkg=smtpserver cid=196ee0a3aac",
          "2025-05-20T10:09:05.000000+02:00 mail mox[1187]: l=info m=\"connection closed\" pkg=smtpserver cid=196ee0a3aad",
          "2025-05-20T10:12:31.977604+02:00 mail mox[1187]: l=error m=\"temporary failure delivering from queue\" "
          "err=\"dialing smtp server: dial tcp 198.51.100.19:25: i/o timeout\" pkg=queue from=desk@shop.example "
          "recipient=ann@far.example attempts=2 msgid=61",
          "2025-05-20T10:18:11.820367+02:00 mail mox[1187]: l=error m=\"permanent failure delivering from queue\" "
          "err=\"no dns record: recipient domain/host online.invalid, permanent\" pkg=queue from=desk@shop.example "
          "attempts=1 permanent=true code=0 secode= msgid=63 recipient=per@online.invalid",
      },
      1747728000);
  ASSERT_EQ(p.sink.events.size(), 6u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "80.94.95.112");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "authentication");
  EXPECT_EQ(p.sink.events[1].to_address, "post@shop.example");
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).reason, "authfailure");
  EXPECT_EQ(testing::verdict_of(p.sink.events[3]).cause, "outdated_client");
  EXPECT_EQ(p.sink.events[4].action, Action::deferred);
  EXPECT_EQ(p.sink.events[4].to_address, "ann@far.example");
  EXPECT_EQ(testing::verdict_of(p.sink.events[4]).cause, "server_unavailable");
  EXPECT_EQ(p.sink.events[5].action, Action::bounced);
  EXPECT_EQ(testing::verdict_of(p.sink.events[5]).cause, "dns");
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[5], Outcome::recognized);  // a routine end of a connection
}

}  // namespace
}  // namespace mailtriage
