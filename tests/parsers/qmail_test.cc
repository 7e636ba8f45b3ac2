// qmail-send's log: each delivery's result, with the recipient and sender
// its earlier lines named; TAI64N and tai64nlocal stamps; rblsmtpd's refusals;
// the same lines through splogger in syslog.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/qmail.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_qmail_parser, lines, 1710547200, "current");  // 2024-03-16
}

TEST(QmailParser, DeliveriesAreReadWithTheirRecipientAndSender) {
  Parsed p = parse({
      "@4000000065f3e3ea000267e4 status: local 0/10 remote 0/20",
      "@4000000065f3e3f80be0a29b new msg 77",
      "@4000000065f3e3f80bfe0c4e info msg 77: bytes 2210 from <ann@example.net> qp 311 uid 89",
      "@4000000065f3e3f80c117354 starting delivery 9: msg 77 to remote bo@remote.example",
      "@4000000065f3e3f80c117355 starting delivery 10: msg 77 to local example.net-cy@example.net",
      "@4000000065f3e3f80c117356 starting delivery 11: msg 77 to remote di@far.example",
      "@4000000065f3e4830c26f3de delivery 9: failure: 192.0.2.8_does_not_like_recipient./Remote_host_said:_550_5.1.1_"
      "<bo@remote.example>:_Recipient_address_rejected:_User_unknown/Giving_up_on_192.0.2.8./",
      "@4000000065f3e4830c26f3df delivery 10: deferral: user_is_over_quota/",
      "@4000000065f3e4830c26f3e0 delivery 11: failure: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/"
      "I'm_not_going_to_try_again;_this_message_has_been_in_the_queue_too_long./",
      "@4000000065f3e4830c80ee06 bounce msg 77 qp 312",
      "@4000000065f3e4830c9ed3f0 end msg 77",
      "not a line of qmail's",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& bounced = p.sink.events[0];
  EXPECT_EQ(bounced.action, Action::bounced);
  EXPECT_EQ(bounced.to_address, "bo@remote.example");
  EXPECT_EQ(bounced.from_address, "ann@example.net");
  EXPECT_EQ(bounced.destination_ip, "192.0.2.8");
  EXPECT_EQ(bounced.smtp_command, "RCPT");
  EXPECT_EQ(bounced.reply_code, 550);
  EXPECT_EQ(bounced.enhanced_status, "5.1.1");
  EXPECT_EQ(bounced.diagnostic.find('_'), std::string::npos);
  EXPECT_EQ(testing::verdict_of(bounced).cause, "recipient_unknown");
  // 0x65f3e483 - 10 s: 2024-03-15T06:02:33Z
  EXPECT_EQ(bounced.time.epoch_us / 1000000, 1710482553);
  EXPECT_EQ(p.sink.events[1].action, Action::deferred);
  EXPECT_EQ(p.sink.events[1].to_address, "cy@example.net");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "mailbox_full");
  EXPECT_EQ(p.sink.events[2].action, Action::expired);
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "expired");
  for (size_t i : {0u, 1u, 2u, 3u, 9u, 10u}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << i;
  EXPECT_EQ(p.outcomes[11], Outcome::unrecognized);

  // A delivery line whose recipient part is neither " to remote " nor " to local "
  // (the fuzzer's: its recipient was read past the line's end) names no recipient.
  Parsed odd = parse({"@4000000065f3e3f80c117354 starting delivery 7: msg 9 to x"});
  EXPECT_EQ(odd.outcomes[0], Outcome::recognized);

  // A label beyond any time (the fuzzer's: its microseconds overflowed) is no stamp.
  Parsed far = parse({"@7fffffff00000003fffffff0 status: local 0/10 remote 0/20"});
  EXPECT_EQ(far.outcomes[0], Outcome::unrecognized);
}

TEST(QmailParser, LocalStampsRblsmtpdAndSyslogLines) {
  Parsed p = parse({
      "2024-03-15 06:02:33.000157668 starting delivery 3: msg 5 to remote ed@remote.example",
      "2024-03-15 06:02:34.100000000 delivery 3: deferral: Connected_to_192.0.2.9_but_greeting_failed./"
      "Remote_host_said:_421_4.7.0_Too_many_concurrent_SMTP_connections;_please_try_again_later/",
      "@4000000065f3e4830c26f3de rblsmtpd: 198.51.100.7 pid 4411: 451 http://www.spamhaus.org/query/bl?ip=198.51.100.7",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].to_address, "ed@remote.example");
  EXPECT_EQ(p.sink.events[0].smtp_command, "CONNECT");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "rate_limit");
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  EXPECT_EQ(p.sink.events[1].source_ip, "198.51.100.7");

  std::string head;
  for (int i = 0; i < 5; ++i) head += "@4000000065f3e3ea000267e4 status: local 0/10 remote 0/20\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "qmail");

  testing::SyslogParsed s = testing::parse_syslog_lines(
      {"Mar 15 06:02:30 mx qmail: 1710482550.112233 starting delivery 4: msg 6 to remote fay@remote.example",
       "Mar 15 06:02:33 mx qmail: 1710482553.445566 delivery 4: failure: Sorry,_I_couldn't_find_any_host_named_"
       "remote.example._(#5.1.2)/"},
      1710547200);
  ASSERT_EQ(s.sink.events.size(), 1u);
  EXPECT_EQ(s.sink.events[0].to_address, "fay@remote.example");
  EXPECT_EQ(testing::verdict_of(s.sink.events[0]).cause, "dns");
}

// qmail-smtpd's multilog: chkuser's and simscan's refusals, tcprules' deny;
// vpopmail's refused logins in syslog, without the password it logs.
TEST(QmailParser, SmtpdRefusalsAndVpopmailLogins) {
  Parsed p = parse({
      "2024-03-12 09:00:02.418272972 tcpserver: status: 1/40",
      "2024-03-12 09:00:22.150973082 CHKUSER rejected rcpt: from <x@bulk.example|remoteinfo/auth:|chkuser-identify:> "
      "remote <helo:mta.bulk.example|remotehostname:mta.bulk.example|remotehostip:192.0.2.87> rcpt <nobody@example.org> "
      ": not existing recipient",
      "2024-03-12 09:00:23.150973082 CHKUSER accepted rcpt: from <x@bulk.example|remoteinfo/auth:|chkuser-identify:> "
      "remote <helo:mta.bulk.example|remotehostname:mta.bulk.example|remotehostip:192.0.2.87> rcpt <kim@example.org> "
      ": found existing recipient",
      "2024-03-12 09:00:57.746572733 simscan:[21933]:SPAM REJECT (14.20/7.00):2.1834s:Win big:198.51.100.212:"
      "deals@promo.example:info@example.org",
      "2024-03-12 09:01:20.970572472 simscan:[21958]:VIRUS:0.7422s:Win.Trojan.Agent-1:203.0.113.88:a@billing.example:"
      "accounts@example.org",
      "2024-03-12 09:01:21.970572472 simscan:[21959]:CLEAN (1.20/7.00):1.3351s:Hello:198.51.100.23:ann@example.net:"
      "jo@example.org",
      "2024-03-12 09:01:30.000000000 tcpserver: deny 22011 mail.example.org:203.0.113.10:25 :192.0.2.250::41873",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[0].to_address, "nobody@example.org");
  EXPECT_EQ(p.sink.events[0].source_ip, "192.0.2.87");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "recipient_unknown");
  EXPECT_EQ(p.sink.events[1].source_ip, "198.51.100.212");
  EXPECT_EQ(p.sink.events[1].from_address, "deals@promo.example");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).reason, "spamdetected");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).reason, "virusdetected");
  EXPECT_EQ(p.sink.events[3].source_ip, "192.0.2.250");
  EXPECT_EQ(testing::verdict_of(p.sink.events[3]).cause, "spam_policy");
  for (size_t i : {0u, 2u, 5u}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << i;

  testing::SyslogParsed s = testing::parse_syslog_lines(
      {"Mar 12 09:41:46 mx1 vpopmail[30262]: vchkpw-submission: password fail (pass: 'secret1') "
       "ann@example.net:198.51.100.88",
       "Mar 12 09:41:50 mx1 vpopmail[30266]: vchkpw-pop3: login success ann@example.net:198.51.100.88"},
      1710288000);
  ASSERT_EQ(s.sink.events.size(), 1u);
  EXPECT_EQ(s.sink.events[0].source_ip, "198.51.100.88");
  EXPECT_EQ(s.sink.events[0].from_address, "ann@example.net");
  EXPECT_EQ(s.sink.events[0].diagnostic.find("secret1"), std::string::npos);
  EXPECT_EQ(testing::verdict_of(s.sink.events[0]).cause, "authentication");
}

}  // namespace
}  // namespace mailtriage
