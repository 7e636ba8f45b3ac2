// OpenSMTPD log lines: each delivery result, the reason its relay sessions
// gave taking over "Network error on destination MXs", refused commands,
// failed logins, the queue's expiry, and the older "delivery: ... for" form.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "classifiers/classifier.h"
#include "parsers/opensmtpd.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using testing::CollectingSink;

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_syslog_lines(lines, 1710460800);  // 2024-03-15
}

// The cause the classifier gives a kept event.
std::string cause_of(const testing::OwnedEvent& owned) { return testing::verdict_of(owned).cause; }

TEST(OpenSmtpdProgram, ClaimsItsOwnNameOnly) {
  EXPECT_TRUE(opensmtpd_claims_program("smtpd"));
  for (std::string_view p : {"postfix/smtpd", "smtp", "sm-mta", "exim"}) EXPECT_FALSE(opensmtpd_claims_program(p)) << p;
}

TEST(OpenSmtpdParser, DeliveryResultsGiveTheirActionsAndFields) {
  Parsed p = parse({
      "Mar 14 02:10:01 gw smtpd[4410]: 7c21e0a9b3d45f10 mta delivery evpid=51d0a9c3e7f24b18 "
      "from=<billing@example.org> to=<ana@example.net> rcpt=<-> source=\"198.51.100.4\" "
      "relay=\"192.0.2.25 (mx.example.net)\" delay=3s result=\"Ok\" stat=\"250 2.0.0 Ok: queued as 4Tx\"",
      "Mar 14 02:11:01 gw smtpd[4410]: 7c21e0a9b3d45f11 mta delivery evpid=51d0a9c3e7f24b19 "
      "from=<billing@example.org> to=<bo@example.net> rcpt=<-> source=\"198.51.100.4\" "
      "relay=\"192.0.2.25 (mx.example.net)\" delay=1m5s result=\"PermFail\" "
      "stat=\"550 5.1.1 <bo@example.net>: Recipient address rejected: User unknown\"",
      "Mar 14 02:12:01 gw smtpd[4410]: 7c21e0a9b3d45f12 mta delivery evpid=51d0a9c3e7f24b1a "
      "from=<billing@example.org> to=<cy@example.com> rcpt=<-> source=\"198.51.100.4\" "
      "relay=\"192.0.2.26 (mx.example.com)\" delay=2s result=\"TempFail\" stat=\"421 4.7.0 Try again later\"",
      "Mar 14 02:13:01 gw smtpd[4410]: 7c21e0a9b3d45f13 mda delivery evpid=51d0a9c3e7f24b1b from=<> "
      "to=<root@gw.example.org> rcpt=<-> user=root delay=0s result=Ok stat=Delivered",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[0].action, Action::delivered);
  EXPECT_EQ(p.sink.events[0].destination_ip, "192.0.2.25");
  EXPECT_EQ(p.sink.events[0].destination_domain, "mx.example.net");
  const auto& bounced = p.sink.events[1];
  EXPECT_EQ(bounced.action, Action::bounced);
  EXPECT_EQ(bounced.local_id, "51d0a9c3e7f24b19");
  EXPECT_EQ(bounced.from_address, "billing@example.org");
  EXPECT_EQ(bounced.to_address, "bo@example.net");
  EXPECT_EQ(bounced.reply_code, 550);
  EXPECT_EQ(bounced.enhanced_status, "5.1.1");
  EXPECT_EQ(bounced.delay_ms, 65000);
  EXPECT_EQ(p.sink.events[2].action, Action::deferred);
  EXPECT_EQ(p.sink.events[2].reply_code, 421);
  EXPECT_EQ(p.sink.events[3].action, Action::delivered);
  EXPECT_EQ(p.sink.events[3].to_address, "root@gw.example.org");
}

// Every route failed: the delivery says only "Network error on destination
// MXs", and the relay session's own reason (logged just before) is its text.
// Input the server refused before any command could be read: a refusal of
// that client (commands sent ahead without PIPELINING offered: a bot's).
TEST(OpenSmtpdParser, BadInputItRefusedIsARefusalOfThatClient) {
  Parsed p = parse({
      "Feb 20 10:10:31 puffin smtpd[73104]: 8c41f2b9032080e4 smtp connected address=193.32.160.143 host=<unknown>",
      "Feb 20 10:10:31 puffin smtpd[73104]: 8c41f2b9032080e4 smtp bad-input result=\"500 5.5.1 Invalid command: "
      "Pipelining not supported\"",
      "Feb 20 10:10:31 puffin smtpd[73104]: 8c41f2b9032080e4 smtp disconnected reason=disconnect",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.outcomes[1], Outcome::reported);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].reply_code, 500);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).rule, "opensmtpd.pipelining_unoffered");
  EXPECT_EQ(cause_of(p.sink.events[0]), "spam_policy");
}

TEST(OpenSmtpdParser, ARelaySessionsErrorBecomesTheDeliverysText) {
  Parsed p = parse({
      "Mar 14 05:03:19 gw smtpd[4410]: 7c21e0a9b3d46001 mta error reason=AUTH rejected: 535 5.7.8 Error: "
      "authentication failed: UGFzc3dvcmQ6",
      "Mar 14 05:03:19 gw smtpd[4410]: smtp-out: Disabling route [] <-> 192.0.2.58 (relay.example.net) for 15s",
      "Mar 14 05:03:19 gw smtpd[4410]: 0000000000000000 mta delivery evpid=9a7c3e20f4b61d05 "
      "from=<cron@gw.example.org> to=<admin@example.net> rcpt=<-> source=\"-\" relay=\"relay.example.net\" "
      "delay=4s result=\"TempFail\" stat=\"Network error on destination MXs\"",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.sink.events[0].file_line, 3u);
  EXPECT_EQ(p.sink.events[0].diagnostic, "AUTH rejected: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6");
  EXPECT_EQ(p.sink.events[0].reply_code, 535);
  EXPECT_EQ(cause_of(p.sink.events[0]), "authentication");
}

// A session's reason that no "Network error" delivery takes (the log ends
// first, or the envelope is still queued) is reported at the end on its own
// line, with the MX host the session connected to; a refusal of another
// destination's recipient in between takes nothing from it.
TEST(OpenSmtpdParser, ARelaySessionsErrorThatNoDeliveryTakesIsReportedAtTheEnd) {
  Parsed p = parse({
      "Mar 15 11:03:41 gw2 smtpd[7004]: 4c1f5b80ad3e6f94 mta connecting address=smtp+tls://203.0.113.90:25 "
      "host=mx.depot.example.org",
      "Mar 15 11:03:41 gw2 smtpd[7004]: 4c1f5b80ad3e6f94 mta error reason=TLS required but not supported by remote "
      "host",
      "Mar 15 11:09:06 gw2 smtpd[7004]: 80539304e172add8 mta delivery evpid=9b6d4f203eac5d44 from=<a@example.com> "
      "to=<nobody@example.net> rcpt=<-> source=\"198.51.100.5\" relay=\"192.0.2.26 (mx2.example.net)\" delay=1s "
      "result=\"PermFail\" stat=\"550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown\"",
      "Mar 15 11:10:00 gw2 smtpd[7004]: 5d2060c1be4f7aa5 mta connecting address=smtp+tls://198.51.100.44:25 "
      "host=mx.example.org",
      "Mar 15 11:10:01 gw2 smtpd[7004]: 5d2060c1be4f7aa5 mta error reason=IO Error: name `mx.example.org' not "
      "present in server certificate",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.outcomes[4], Outcome::recognized);
  EXPECT_EQ(p.sink.events[0].file_line, 3u);
  EXPECT_EQ(p.sink.events[0].reply_code, 550);
  EXPECT_EQ(p.sink.events[1].file_line, 2u);
  EXPECT_EQ(p.sink.events[1].action, Action::deferred);
  EXPECT_EQ(p.sink.events[1].destination_domain, "mx.depot.example.org");
  EXPECT_EQ(p.sink.events[1].diagnostic, "TLS required but not supported by remote host");
  EXPECT_EQ(cause_of(p.sink.events[1]), "tls_mismatch");
  EXPECT_EQ(p.sink.events[2].file_line, 5u);
  EXPECT_EQ(p.sink.events[2].destination_domain, "mx.example.org");
  EXPECT_EQ(cause_of(p.sink.events[2]), "tls_mismatch");
}

// A "Network error" delivery takes the reason of its own destination's
// sessions; reasons held for other destinations are failures of their own
// (they had been dropped). A session's delivery line after its own error is
// the failure, the error its restatement.
TEST(OpenSmtpdParser, ADeliveryTakesOnlyItsOwnDestinationsHeldErrors) {
  Parsed p = parse({
      "Jun  3 09:14:56 gw smtpd[2871]: 7bc6cdcc2aada86e mta connecting address=smtp://203.0.113.30:25 "
      "host=mx.supplier.example",
      "Jun  3 09:14:58 gw smtpd[2871]: 7bc6cdcc2aada86e mta error reason=IO Error: certificate verification failed: "
      "certificate has expired",
      "Jun  3 11:40:01 gw smtpd[2871]: 0793220911322374 mta connecting address=smtp://198.51.100.26:25 "
      "host=gmail-smtp-in.l.google.com",
      "Jun  3 11:45:01 gw smtpd[2871]: 0793220911322374 mta error reason=Connection timeout",
      "Jun  3 11:45:02 gw smtpd[2871]: 5dc63f742199f821 mta connecting address=smtp://198.51.100.29:25 "
      "host=alt1.gmail-smtp-in.l.google.com",
      "Jun  3 11:50:02 gw smtpd[2871]: 5dc63f742199f821 mta error reason=Connection timeout",
      "Jun  3 11:50:03 gw smtpd[2871]: 0000000000000000 mta delivery evpid=d2ad155e56691968 from=<app@example.com> "
      "to=<user7@gmail.com> rcpt=<-> source=\"-\" relay=\"gmail.com\" delay=10m result=\"TempFail\" "
      "stat=\"Network error on destination MXs\"",
      "Jun  3 14:05:38 gw smtpd[2871]: 8a3345ec4a8cdf6e mta error reason=Connection closed unexpectedly",
      "Jun  3 14:05:39 gw smtpd[2871]: 8a3345ec4a8cdf6e mta delivery evpid=9632ef10d1277ce3 from=<app@example.com> "
      "to=<helen@coop.example> rcpt=<-> source=\"192.0.2.40\" relay=\"203.0.113.110 (mx.coop.example)\" delay=6s "
      "result=\"TempFail\" stat=\"Connection closed unexpectedly\"",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].file_line, 2u);  // the other destination's, reported when the delivery claims
  EXPECT_EQ(cause_of(p.sink.events[0]), "tls_mismatch");
  EXPECT_EQ(p.sink.events[1].file_line, 7u);
  EXPECT_EQ(p.sink.events[1].diagnostic, "Connection timeout");
  EXPECT_EQ(p.sink.events[2].file_line, 9u);
  EXPECT_EQ(cause_of(p.sink.events[2]), "server_unavailable");
}

TEST(OpenSmtpdParser, RefusedCommandsFailedLoginsAndExpiry) {
  Parsed p = parse({
      "Mar 14 00:30:02 gw smtpd[4410]: 7c21e0a9b3d47001 smtp connected address=203.0.113.9 host=<unknown>",
      "Mar 14 00:30:02 gw smtpd[4410]: 7c21e0a9b3d47001 smtp failed-command command=\"RCPT TO:<nobody@gw.example.org> \" "
      "result=\"550 Invalid recipient: <nobody@gw.example.org>\"",
      "Mar 14 00:30:03 gw smtpd[4410]: 7c21e0a9b3d47002 smtp authentication user=admin result=permfail",
      "Mar 14 06:15:00 gw smtpd[4411]: relay: Expire for 4c0d19e7b2a85f30: from=<shop@gw.example.org>, "
      "to=<orders@example.com>, rcpt=<->, delay=4d, stat=Envelope expired",
      "Mar 14 06:16:00 gw smtpd[4411]: delivery: TempFail for 4c0d19e7b2a85f31: from=<shop@gw.example.org>, "
      "to=<x@example.com>, user=shop, method=mbox, delay=2s, stat=Error (mbox: 4.2.2 mailbox full)",
      "Mar 14 06:17:00 gw smtpd[4410]: info: OpenSMTPD 7.4.0 starting",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].smtp_command, "RCPT");
  EXPECT_EQ(p.sink.events[0].to_address, "nobody@gw.example.org");
  EXPECT_EQ(p.sink.events[0].reply_code, 550);
  EXPECT_EQ(p.sink.events[1].action, Action::failed);
  EXPECT_EQ(p.sink.events[1].smtp_command, "AUTH");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::connection)], 1u);
  EXPECT_EQ(p.sink.events[2].action, Action::expired);
  EXPECT_EQ(p.sink.events[2].local_id, "4c0d19e7b2a85f30");
  EXPECT_EQ(p.sink.events[2].to_address, "orders@example.com");
  EXPECT_EQ(p.sink.events[2].delay_ms, 4 * 86400 * 1000LL);
  EXPECT_EQ(p.sink.events[3].action, Action::deferred);
  EXPECT_EQ(p.sink.events[3].diagnostic, "Error (mbox: 4.2.2 mailbox full)");
  EXPECT_EQ(p.outcomes[5], Outcome::recognized);
  EXPECT_EQ(cause_of(p.sink.events[1]), "authentication");
}

// The 535 that answers a refused login is that login's reply, not a second
// failure; an AUTH refused for another reason (not offered) still counts.
TEST(OpenSmtpdParser, TheReplyToARefusedLoginIsTheSameFailure) {
  Parsed p = parse({
      "Mar 13 10:06:04 mail smtpd[615]: 004622e6e4970db9 smtp authentication user=admin result=permfail",
      "Mar 13 10:06:05 mail smtpd[615]: 004622e6e4970db9 smtp failed-command command=\"AUTH LOGIN (password)\" "
      "result=\"535 Authentication failed\"",
      "Mar 13 10:07:05 mail smtpd[615]: c1a89cb774083905 smtp failed-command command=\"AUTH LOGIN\" "
      "result=\"503 5.5.1 Invalid command: Command not supported\"",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
}

// A relay whose credentials the secrets table lacks is a configuration failure.
TEST(OpenSmtpdParser, AMissingRelaySecretIsAFailure) {
  Parsed p = parse({"Mar 11 12:00:03 gw smtpd[4412]: warn: Failed to retrieve secret for "
                    "[relay:smtp.example.net,port=587,smtp+tls,auth=secrets:relayauth,mx]"});
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(cause_of(p.sink.events[0]), "server_settings");
}

// One of smtpd's processes dying stops the daemon: one failure of the local
// server; the parent's "terminating" after it is the same failure.
TEST(OpenSmtpdParser, ALostChildProcessIsAFailureOfTheLocalServer) {
  Parsed p = parse({"Sep 22 15:23:14 gw smtpd[25503]: warn: lost child: pony express terminated; signal 11",
                    "Sep 22 15:23:14 gw smtpd[25503]: warn: parent terminating",
                    "Sep 22 15:23:20 gw smtpd[25504]: warn: lost child: queue exited abnormally"});
  ASSERT_EQ(p.sink.events.size(), 2u);
  for (const auto& ev : p.sink.events) {
    EXPECT_EQ(ev.action, Action::failed);
    EXPECT_EQ(cause_of(ev), "server_unavailable") << ev.diagnostic;
  }
}

// Deliveries through a relay whose replies and session errors say why: a
// smtps:// URL on a STARTTLS port (TLS's "wrong version number"), a relay's
// daily limit, the local LMTP socket missing.
TEST(OpenSmtpdParser, DeliveryReasonsFromTlsLimitsAndTheLocalLmtp) {
  Parsed p = parse({
      "Sep 22 14:30:17 gw smtpd[70652]: e1cfba2367bcbe63 mta delivery evpid=2090d185675d64c0 from=<a@example.com> "
      "to=<b@example.net> rcpt=<-> source=\"192.0.2.200\" relay=\"198.51.100.25 (smtp.example.net)\" delay=27m "
      "result=\"TempFail\" stat=\"IO Error: handshake failed: error:1408F10B:SSL "
      "routines:ssl3_get_record:wrong version number\"",
      "Sep 22 14:53:12 gw smtpd[60218]: b875bcf351dce63a mta delivery evpid=1b1c2461a4643bc4 from=<a@example.com> "
      "to=<c@example.net> rcpt=<-> source=\"192.0.2.200\" relay=\"198.51.100.25 (smtp.example.net)\" delay=3s "
      "result=\"TempFail\" stat=\"451 4.7.1 <a@example.com>: Sender address rejected: daily message limit of 300 "
      "reached, try again later\"",
      "Mar 11 08:06:30 mx1 smtpd[48127]: 541d6df6420fe48c mda delivery evpid=693486576e664e1a from=<d@example.net> "
      "to=<e@example.org> user=vmail delay=1s result=TempFail stat=Error (temporary failure: \"mail.lmtp: connect: No "
      "such file or directory\")",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(cause_of(p.sink.events[0]), "tls_mismatch");
  EXPECT_EQ(cause_of(p.sink.events[1]), "rate_limit");
  EXPECT_EQ(cause_of(p.sink.events[2]), "server_unavailable");
}

// A client whose TLS handshake failed is a TLS failure of our server's, as
// Postfix's SSL_accept errors are; an ordinary disconnection is not.
TEST(OpenSmtpdParser, AFailedHandshakeIsATlsFailure) {
  Parsed p = parse({
      "Nov 15 10:05:12 mx smtpd[41877]: 51c6c7c1b860f571 smtp disconnected reason=io-error: handshake failed: "
      "error:14FFF102:SSL routines:(UNKNOWN)SSL_internal:unsupported protocol",
      "Nov 15 10:05:20 mx smtpd[41877]: 51c6c7c1b860f572 smtp disconnected reason=quit",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].local_id, "51c6c7c1b860f571");
  EXPECT_EQ(cause_of(p.sink.events[0]), "outdated_client");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
}

// OpenSMTPD's sessions to a relay that refused: "IO Error: Connection refused"
// is the delivery's text, a server that turned the connection away.
TEST(OpenSmtpdParser, ARefusedRouteGivesTheDeliveryItsReason) {
  Parsed p = parse({
      "Jan 13 14:17:36 lists smtpd[63302]: 7682cd7a9b1a58de mta error reason=IO Error: Connection refused",
      "Jan 13 14:17:36 lists smtpd[63302]: 0000000000000000 mta delivery evpid=89f5d4468045e7b4 "
      "from=<dev-bounces@lists.example.com> to=<chris@homelab.example.net> rcpt=<-> source=\"-\" "
      "relay=\"homelab.example.net\" delay=15m5s result=\"TempFail\" stat=\"Network error on destination MXs\"",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(cause_of(p.sink.events[0]), "server_unavailable");
}

// Before 6.4 a refused login was "smtp-in: Authentication failed for user u
// on session <id>", without the session id in front: the same failure.
TEST(OpenSmtpdParser, ALoginRefusedBefore64IsAFailedLogin) {
  Parsed p = parse({"Feb  2 08:10:11 gw smtpd[301]: smtp-in: Authentication failed for user backup on session "
                    "0a1b2c3d4e5f6071"});
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].smtp_command, "AUTH");
  EXPECT_EQ(p.sink.events[0].local_id, "0a1b2c3d4e5f6071");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
  EXPECT_EQ(cause_of(p.sink.events[0]), "authentication");
}

// Before 6.4 a refused command was "smtp-in: Failed command on session <id>:
// "<command>" => <reply>": the same refusal as "smtp failed-command"; a
// refused AUTH is the failed login its own line reports, not a second event.
TEST(OpenSmtpdParser, ACommandRefusedBefore64IsARefusal) {
  Parsed p = parse({
      "Feb  2 08:12:40 gw smtpd[301]: smtp-in: Failed command on session 1f55bdcdf16e28a3: \"MAIL "
      "FROM:<pat@example.org>  \" => 530 5.5.1 Invalid command: Must issue a STARTTLS command first",
      "Feb  2 08:12:41 gw smtpd[301]: smtp-in: Failed command on session 1f55bdcdf16e28a4: \"AUTH PLAIN (...)\" => "
      "535 Authentication failed",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].smtp_command, "MAIL");
  EXPECT_EQ(p.sink.events[0].from_address, "pat@example.org");
  EXPECT_EQ(p.sink.events[0].local_id, "1f55bdcdf16e28a3");
  EXPECT_EQ(p.sink.events[0].reply_code, 530);
  EXPECT_EQ(p.sink.events[0].enhanced_status, "5.5.1");
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(cause_of(p.sink.events[0]), "tls_mismatch");
}

}  // namespace
}  // namespace mailtriage
