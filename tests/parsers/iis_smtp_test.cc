// The IIS SMTP service's W3C logs: refused inbound commands by their status,
// remote servers' 4xx/5xx replies by their (decoded) words and the recipient
// of the RCPT before them; directives and everything else recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/iis_smtp.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_iis_smtp_parser, lines, 1741651200, "ex250311.log");  // 2025-03-11
}

const char kFields[] =
    "#Fields: date time c-ip cs-username s-sitename s-computername s-ip s-port cs-method cs-uri-stem cs-uri-query "
    "sc-status sc-win32-status sc-bytes cs-bytes time-taken cs-version cs-host cs(User-Agent) cs(Cookie) cs(Referer)";

TEST(IisSmtpParser, RefusedInboundCommandsAreRefusalsOfTheirClient) {
  Parsed p = parse({
      "#Software: Microsoft Internet Information Services 10.0",
      "#Version: 1.0",
      kFields,
      "2025-03-13 00:04:51 198.51.100.233 ylmf-pc SMTPSVC1 WEB02 192.0.2.80 0 MAIL - +FROM:<t@198.51.100.233> 250 0 "
      "33 32 0 SMTP - - - -",
      "2025-03-13 00:04:51 198.51.100.233 ylmf-pc SMTPSVC1 WEB02 192.0.2.80 0 RCPT - +TO:<probe@example.org> 550 0 "
      "65 37 0 SMTP - - - -",
      "2025-03-13 01:12:40 203.0.113.201 WIN-8QK1R2LQ0TJ SMTPSVC1 WEB02 192.0.2.80 0 AUTH - +LOGIN 535 1326 41 10 16 "
      "SMTP - - - -",
      "2025-03-13 03:15:09 127.0.0.1 WEB02 SMTPSVC1 WEB02 192.0.2.80 0 MAIL - "
      "+FROM:<forms@shop.example>+SIZE=24117906 552 0 47 53 0 SMTP - - - -",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& relay = p.sink.events[0];
  EXPECT_EQ(relay.file_line, 5u);
  EXPECT_EQ(relay.action, Action::rejected);
  EXPECT_EQ(relay.source_ip, "198.51.100.233");
  EXPECT_EQ(relay.to_address, "probe@example.org");
  EXPECT_EQ(relay.reply_code, 550);
  EXPECT_EQ(relay.smtp_command, "RCPT");
  EXPECT_TRUE(relay.time.valid);
  EXPECT_EQ(testing::verdict_of(relay).cause, "relay_denied");
  const auto& login = p.sink.events[1];
  EXPECT_EQ(login.action, Action::failed);
  EXPECT_EQ(login.diagnostic, "AUTH 535 (Windows error 1326)");
  EXPECT_EQ(testing::verdict_of(login).cause, "authentication");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
  EXPECT_EQ(p.sink.events[2].from_address, "forms@shop.example");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "message_too_large");
  for (size_t i : {0, 1, 2, 3}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

TEST(IisSmtpParser, ARemoteServersFailingReplyIsTheFailureOfTheRecipientBeforeIt) {
  Parsed p = parse({
      kFields,
      "2025-03-11 07:05:31 198.51.100.27 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - "
      "220+mx.example.net+ESMTP 0 0 30 0 20 SMTP - - - -",
      "2025-03-11 07:05:31 198.51.100.27 OutboundConnectionCommand SMTPSVC1 RELAY01 - 25 RCPT - "
      "TO:<gone@example.net> 0 0 4 0 4 SMTP - - - -",
      "2025-03-11 07:05:32 198.51.100.27 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - "
      "550+5.1.1+<gone@example.net>:+Recipient+address+rejected:+User+unknown 0 0 70 0 60 SMTP - - - -",
      "2025-03-11 07:06:00 198.51.100.120 OutboundConnectionResponse SMTPSVC1 RELAY01 - 587 - - "
      "451+5.7.3+STARTTLS+is+required+to+send+mail 0 0 50 0 10 SMTP - - - -",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& bounce = p.sink.events[0];
  EXPECT_EQ(bounce.action, Action::bounced);
  EXPECT_EQ(bounce.to_address, "gone@example.net");
  EXPECT_EQ(bounce.destination_ip, "198.51.100.27");
  EXPECT_EQ(bounce.diagnostic, "550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown");
  EXPECT_EQ(bounce.enhanced_status, "5.1.1");
  EXPECT_EQ(testing::verdict_of(bounce).cause, "recipient_unknown");
  const auto& deferral = p.sink.events[1];
  EXPECT_EQ(deferral.action, Action::deferred);
  EXPECT_EQ(deferral.to_address, "") << "no command of ours to that server was seen";
  EXPECT_EQ(testing::verdict_of(deferral).cause, "tls_mismatch");
}

// Fields in another order (a site that logs fewer or more of them) are read by the directive.
TEST(IisSmtpParser, TheFieldsDirectiveSaysWhereEachFieldStands) {
  Parsed p = parse({
      "#Fields: date time cs-method c-ip sc-status cs-username cs-uri-query",
      "2025-03-13 00:04:51 RCPT 198.51.100.233 550 ylmf-pc +TO:<probe@example.org>",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].source_ip, "198.51.100.233");
  EXPECT_EQ(p.sink.events[0].to_address, "probe@example.org");
  EXPECT_EQ(p.sink.events[0].reply_code, 550);
}

TEST(IisSmtpSniff, SmtpsvcRecordsAreIisSmtpsAndOtherW3cLogsAreNot) {
  const std::string head = std::string("#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n") +
                           kFields +
                           "\n2025-03-13 00:04:51 198.51.100.233 ylmf-pc SMTPSVC1 WEB02 192.0.2.80 0 HELO - "
                           "+ylmf-pc 250 0 30 13 0 SMTP - - - -\n";
  EXPECT_EQ(iis_smtp_sniff(head), 100);
  const FormatSpec* detected = detect_format(head);
  ASSERT_NE(detected, nullptr);
  EXPECT_EQ(detected->name, "iis-smtp");
  // A web site's log (W3SVC) is IIS too, but no SMTP.
  EXPECT_EQ(iis_smtp_sniff("#Software: Microsoft Internet Information Services 10.0\n#Fields: date time s-ip "
                           "cs-method cs-uri-stem\n2025-03-13 00:04:51 192.0.2.1 GET /index.html\n"),
            0);
}

}  // namespace
}  // namespace mailtriage
