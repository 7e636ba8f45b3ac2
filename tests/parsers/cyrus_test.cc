// Cyrus IMAP's lines: a service that crashed and one disabled after crashing
// again, failed logins; its LMTP refusals (which the MTA's line reports) and
// routine are recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/cyrus.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

TEST(CyrusParser, CrashesDisabledServicesAndFailedLogins) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          "Mar  5 02:43:39 mstore1 cyrus/master[1012]: process type:SERVICE name:lmtpunix "
          "path:/usr/lib/cyrus/bin/lmtpd age:0.418s pid:50211 signaled to death by signal 6 (Aborted)",
          "Mar  5 02:43:39 mstore1 cyrus/master[1012]: service lmtpunix/unix pid 50211 in BUSY state: terminated "
          "abnormally",
          "Mar  5 02:43:44 mstore1 cyrus/master[1012]: too many failures for service lmtpunix/unix, disabling until "
          "next SIGHUP",
          "Mar  4 06:09:02 mstore1 cyrus/imap[61422]: badlogin: vpn-203-117.example [198.51.100.203] PLAIN "
          "[SASL(-13): authentication failure: Password verification failed]",
          "Mar  4 06:03:38 mstore1 cyrus/lmtpunix[52437]: verify_user(user.hmeier) failed: Mailbox does not exist",
          "Mar  4 06:03:40 mstore1 cyrus/imap[61423]: login: host.example [198.51.100.7] jdoe plaintext+TLS User logged in",
      },
      1741824000);
  // The signal's line is the death; "terminated abnormally" for the same pid restates it.
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "server_unavailable");
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "server_unavailable");
  EXPECT_EQ(p.sink.events[2].source_ip, "198.51.100.203");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "authentication");
  for (size_t i : {1, 4, 5}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
  EXPECT_TRUE(cyrus_claims_program("cyrus/lmtpunix"));
  EXPECT_FALSE(cyrus_claims_program("master"));
}

// Cyrus's services under their own names (OpenBSD's and FreeBSD's packages tag
// "imaps[pid]", "lmtpunix[pid]"): the same readings; a refused TLS handshake
// is a TLS failure from the client's address.
TEST(CyrusParser, BareServiceNamesAndTlsNegotiationFailures) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {"Mar 13 09:10:24 mbox imaps[70341]: badlogin: unknown [192.0.2.17] PLAIN [SASL(-13): authentication failure: "
       "checkpass failed]",
       "Mar 13 09:25:14 mbox imaps[70377]: imaps TLS negotiation failed: unknown [198.51.100.150]",
       "Mar 13 09:36:51 mbox imap[70402]: STARTTLS negotiation failed: ws-114.lan.example.org [192.0.2.114]",
       "Mar 13 09:36:52 mbox imap[70402]: login: ws-114.lan.example.org [192.0.2.114] kim PLAIN User logged in"},
      1710374400);
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].source_ip, "192.0.2.17");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "authentication");
  EXPECT_EQ(p.sink.events[1].source_ip, "198.51.100.150");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "tls_mismatch");
  EXPECT_EQ(p.sink.events[2].source_ip, "192.0.2.114");
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

}  // namespace
}  // namespace mailtriage
