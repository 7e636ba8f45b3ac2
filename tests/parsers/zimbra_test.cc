// Zimbra's mailbox server logs: the security category's refused logins are
// failed logins; its successful ones, the SOAP handler's restatement of a
// refusal and a service exception's detail lines are recognized; the rest is
// read as an application's log.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/registry.h"
#include "parsers/zimbra.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_zimbra_parser, lines, 1747094400, "mailbox.log");  // 2025-05-13
}

const char kRefusedImapLogin[] =
    "2025-05-13 06:25:45,106 INFO  [ImapServer-1184] [ip=192.0.2.25;oip=203.0.113.14;via=192.0.2.25(nginx/1.24.0);"
    "ua=Zimbra/10.1.6_GA_4795;cid=8812;] security - cmd=Auth; account=r.ito@example.com; protocol=imap; "
    "error=authentication failed for [r.ito@example.com], invalid password;";

TEST(ZimbraParser, RefusedLoginsAreFailedLoginsAndTheirRestatementsAreNot) {
  Parsed p = parse({
      kRefusedImapLogin,
      "2025-05-13 06:26:04,878 INFO  [qtp327408434-414:https://zm01.example.com/service/soap/AuthRequest] "
      "[oip=203.0.113.99;ua=ZimbraWebClient - FF138 (Win)/10.1.6_GA_4795;soapId=2c9d1e0f;] SoapEngine - handler "
      "exception: authentication failed for [admin@example.com], invalid password (account.AUTH_FAILED)",
      "2025-05-13 06:26:04,879 WARN  [qtp327408434-414:https://zm01.example.com/service/admin/soap/AuthRequest] "
      "[oip=203.0.113.99, 192.0.2.25;ua=ZimbraWebClient;] security - cmd=AdminAuth; account=admin@example.com; "
      "protocol=soap; error=authentication failed for [admin], invalid password;",
      "2025-05-13 06:27:10,002 INFO  [Pop3Server-13] [ip=172.16.0.3;oip=198.51.100.7;] security - cmd=Auth; "
      "account=j.barrera@example.com; protocol=pop3;",
      "2025-05-13 06:33:31,652 INFO  [ImapServer-1202] [ip=192.0.2.25;oip=198.51.100.31;cid=8840;] security - "
      "cmd=Auth; account=former.staff@example.com; protocol=imap; error=account inactive "
      "(account.ACCOUNT_INACTIVE);",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& imap = p.sink.events[0];
  EXPECT_EQ(imap.file_line, 1u);
  EXPECT_EQ(imap.action, Action::failed);
  EXPECT_EQ(imap.smtp_command, "AUTH");
  EXPECT_EQ(imap.source_ip, "203.0.113.14") << "the client behind the proxy, not the proxy";
  EXPECT_EQ(imap.from_address, "r.ito@example.com");
  EXPECT_EQ(imap.diagnostic, "authentication failed for [r.ito@example.com], invalid password");
  EXPECT_TRUE(imap.time.valid);
  EXPECT_EQ(testing::verdict_of(imap).cause, "authentication");
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(p.sink.events[1].source_ip, "203.0.113.99");
  EXPECT_EQ(p.sink.events[2].file_line, 5u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "authentication");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 3u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

TEST(ZimbraParser, OtherRecordsAreReadAsAnApplicationsLog) {
  Parsed p = parse({
      "2025-05-13 06:32:01,561 WARN  [LmtpServer-27] [name=archive@example.com;mid=8;ip=192.0.2.25;] lmtp - try "
      "again for message rcpt=archive@example.com: exception occurred",
      "com.zimbra.cs.mailbox.MailServiceException: mailbox exceeded quota of 2147483648 bytes",
      "ExceptionId:LmtpServer-27:1747117905112:9d8e7f6a5b4c3d2e",
      "Code:mail.QUOTA_EXCEEDED Arg:(limit, NUM, \"2147483648\")",
      "2025-05-13 06:40:03,598 INFO  [qtp361745026-979:https://zm01.example.com/service/soap/SendMsgRequest] "
      "[name=a@example.com;mid=27;oip=192.0.2.9;] mailbox - Sent message id=271 to MTA",
  });
  // (The quota exception's own detail lines are recognized, not failures of their own.)
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  bool quota = false;
  for (const auto& ev : p.sink.events) {
    EXPECT_NE(ev.file_line, 5u) << "a sent message is no failure";
    quota |= testing::verdict_of(ev).cause == "mailbox_full";
  }
  EXPECT_TRUE(quota);
}

TEST(ZimbraSniff, MailboxLogRecordsAreZimbrasAndOtherLog4jLogsAreNot) {
  const std::string head = std::string(kRefusedImapLogin) +
                           "\n2025-05-13 06:25:46,000 INFO  [LmtpServer-3] [] lmtp - Delivering message: size=8105 "
                           "bytes, nrcpts=1, sender=a@example.net\n";
  EXPECT_GE(zimbra_sniff(head), 90);
  const FormatSpec* detected = detect_format(head);
  ASSERT_NE(detected, nullptr);
  EXPECT_EQ(detected->name, "zimbra");
  // A log4j log without Zimbra's context block is another application's.
  EXPECT_EQ(zimbra_sniff("2025-05-13 06:25:45,106 INFO  [main] org.example.App - started\n"), 0);
  EXPECT_EQ(zimbra_sniff("Mar  1 10:00:00 host postfix/smtpd[1]: connect from x[192.0.2.1]\n"), 0);
}

}  // namespace
}  // namespace mailtriage
