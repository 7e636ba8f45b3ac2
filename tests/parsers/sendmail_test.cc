// Sendmail log lines: from=/to= correlation by queue id, each stat= kind,
// rejections, DSN notices, SASL and TLS failures, and the real lines in
// ../shared/corpora/logs/sendmail/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <simdjson.h>
#include <unistd.h>

#include "classifiers/classifier.h"
#include "parsers/registry.h"
#include "parsers/sendmail.h"
#include "parsers/timestamp.h"
#include "tests/generator_truth.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using testing::CollectingSink;
using testing::OwnedEvent;

using Parsed = testing::SyslogParsed;

// Through the syslog dispatcher, as a mail.log is read.
Parsed parse(const std::vector<std::string>& lines, std::time_t mtime = 1704067200) {
  return testing::parse_syslog_lines(lines, mtime);
}

// A parsed event as the classifier decides it (its views point into `owned`).
Event classified(const OwnedEvent& owned) {
  static const std::unique_ptr<Classifier> classifier = [] {
    std::string error;
    auto c = Classifier::create(&error);
    EXPECT_NE(c, nullptr) << error;
    return c;
  }();
  static ClassifierScratch scratch;
  Event ev = testing::classification_input(owned);
  if (classifier) classifier->apply(ev, &scratch);
  return ev;
}

TEST(SendmailProgram, ClaimsSendmailNamesOnly) {
  for (std::string_view p : {"sendmail", "sm-mta", "sm-msp-queue", "sm-acceptingconnections"})
    EXPECT_TRUE(sendmail_claims_program(p)) << p;
  for (std::string_view p : {"postfix/smtp", "exim", "sm-notify", "smtpd"})
    EXPECT_FALSE(sendmail_claims_program(p)) << p;
}

TEST(SendmailParser, DeliveryCarriesSenderMessageIdAndClientOfItsQueueId) {
  Parsed p = parse({
      "Jan  2 10:00:00 mx sm-mta[1201]: 402A0000A0001201: from=<alice@example.org>, size=5360, class=0, nrcpts=2, "
      "msgid=<20240102100000.AB12@example.org>, bodytype=8BITMIME, proto=ESMTPS, daemon=MTA-v4, "
      "relay=mail.example.org [192.0.2.10]",
      "Jan  2 10:00:02 mx sm-mta[1202]: 402A0000A0001201: to=<bob@example.net>,<carol@example.net>, "
      "delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=150360, relay=mx.example.net. [203.0.113.7], "
      "dsn=2.0.0, stat=Sent (OK id=1rKzXb-000Abc-Q1)",
  });
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 1u);
  ASSERT_EQ(p.sink.events.size(), 2u);
  const OwnedEvent& e = p.sink.events[0];
  EXPECT_EQ(e.action, Action::delivered);
  EXPECT_EQ(e.dataset, "sendmail.log");
  EXPECT_EQ(e.process_name, "sm-mta");
  EXPECT_EQ(e.local_id, "402A0000A0001201");
  EXPECT_EQ(e.from_address, "alice@example.org");
  EXPECT_EQ(e.message_id, "20240102100000.AB12@example.org");
  EXPECT_EQ(e.source_domain, "mail.example.org");
  EXPECT_EQ(e.source_ip, "192.0.2.10");
  EXPECT_EQ(e.to_address, "bob@example.net");
  EXPECT_EQ(e.destination_domain, "mx.example.net");
  EXPECT_EQ(e.destination_ip, "203.0.113.7");
  EXPECT_EQ(e.enhanced_status, "2.0.0");
  EXPECT_EQ(e.delay_ms, 2000);
  EXPECT_EQ(p.sink.events[1].to_address, "carol@example.net");
}

TEST(SendmailParser, StatDecidesDeferredBouncedAndQueued) {
  Parsed p = parse({
      "Jan  2 10:05:00 mx sm-mta[1301]: 402A0500A0001301: to=<d@example.com>, delay=00:00:31, xdelay=00:00:31, "
      "mailer=esmtp, pri=120360, relay=mx.example.com., dsn=4.0.0, stat=Deferred: Connection refused by "
      "mx.example.com.",
      "Jan  2 10:05:01 mx sm-mta[1302]: 402A0500A0001302: to=<e@example.com>, delay=00:00:01, xdelay=00:00:01, "
      "mailer=esmtp, pri=120360, relay=mx.example.com. [192.0.2.25], dsn=5.1.1, stat=User unknown",
      "Jan  2 10:05:02 mx sm-mta[1303]: 402A0500A0001303: to=<f@example.com>, delay=00:00:01, xdelay=00:00:01, "
      "mailer=esmtp, pri=120360, relay=mx.example.com. [192.0.2.25], dsn=4.2.0, stat=Deferred: 450 4.2.0 "
      "<f@example.com>: Recipient address rejected: Greylisted",
      "Jan  2 10:05:03 mx sendmail[1304]: 402A0500A0001304: to=g@example.com, ctladdr=root (0/0), delay=00:00:00, "
      "mailer=relay, pri=30040, stat=queued",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].diagnostic, "Deferred: Connection refused by mx.example.com.");
  EXPECT_EQ(p.sink.events[0].destination_domain, "mx.example.com");
  EXPECT_EQ(p.sink.events[1].action, Action::bounced);
  EXPECT_EQ(p.sink.events[1].enhanced_status, "5.1.1");
  EXPECT_EQ(p.sink.events[1].diagnostic, "User unknown");
  EXPECT_EQ(p.sink.events[2].action, Action::deferred);
  EXPECT_EQ(p.sink.events[2].reply_code, 450);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

TEST(SendmailParser, QueueLifetimeDsnExpiresTheDeferredRecipients) {
  Parsed p = parse({
      "Jan  2 10:00:00 mx sm-mta[1201]: 402A0000A0001401: from=<alice@example.org>, size=5360, class=0, nrcpts=2, "
      "msgid=<x1@example.org>, proto=ESMTP, daemon=MTA, relay=mail.example.org [192.0.2.10]",
      "Jan  2 10:00:05 mx sm-mta[1202]: 402A0000A0001401: to=<h@example.com>,<i@example.com>, delay=00:00:05, "
      "xdelay=00:00:05, mailer=esmtp, pri=150360, relay=mx.example.com., dsn=4.0.0, stat=Deferred: Connection "
      "timed out with mx.example.com.",
      "Jan  3 10:00:05 mx sm-mta[1500]: 402A0000A0001401: to=<i@example.com>, delay=1+00:00:05, "
      "xdelay=00:00:01, mailer=esmtp, pri=240360, relay=mx.example.com. [192.0.2.25], dsn=2.0.0, stat=Sent (ok)",
      "Jan  7 10:00:06 mx sm-mta[1600]: 402A0000A0001401: 402A0000A0001602: DSN: Cannot send message for 5 days",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[2].action, Action::delivered);
  EXPECT_EQ(p.sink.events[2].delay_ms, (86400 + 5) * 1000);
  const OwnedEvent& e = p.sink.events[3];
  EXPECT_EQ(e.action, Action::expired);
  EXPECT_EQ(e.to_address, "h@example.com");
  EXPECT_EQ(e.from_address, "alice@example.org");
  EXPECT_EQ(e.diagnostic, "Cannot send message for 5 days");
  EXPECT_EQ(e.file_line, 4u);
}

TEST(SendmailParser, OtherDsnNoticesAreNotSecondFailures) {
  Parsed p = parse({
      "Jan  2 10:05:01 mx sm-mta[1302]: 402A0500A0001302: to=<e@example.com>, delay=00:00:01, xdelay=00:00:01, "
      "mailer=esmtp, pri=120360, relay=mx.example.com. [192.0.2.25], dsn=5.1.1, stat=User unknown",
      "Jan  2 10:05:01 mx sm-mta[1302]: 402A0500A0001302: 402A0501A0001302: DSN: User unknown",
      "Jan  2 14:05:01 mx sm-mta[1302]: 402A0500A0001303: 402A0501A0001304: DSN: Warning: could not send message "
      "for past 4 hours",
  });
  EXPECT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

// Two of sendmail's own notes about one message are the failure itself: a
// message refused over MaxMessageSize as it is read, and one dropped because
// it could be neither delivered nor returned. Other notes stay notes.
TEST(SendmailParser, OversizedAndLostMessagesAreFailures) {
  Parsed p = parse({
      "Mar 10 06:02:30 mail2 sm-mta[3300]: 2AA62n4p003300: from=<a@example.net>, size=31457845, class=0, "
      "nrcpts=1, msgid=<x1@example.net>, proto=ESMTP, daemon=MTA, relay=mail.example.net [198.51.100.9]",
      "Mar 10 06:02:49 mail2 sm-mta[3300]: 2AA62n4p003300: message size (31457845) exceeds maximum (20000000)",
      "Mar 10 06:02:37 mail2 sm-mta[3306]: 2AA5Kx1q002871: Losing ./qf2AA5Kx1q002871: savemail panic",
      "Mar 10 06:02:38 mail2 sm-mta[3306]: 2AA5Kx1q002871: done; delay=00:00:01, ntries=1",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.outcomes[1], Outcome::reported);
  EXPECT_EQ(p.outcomes[2], Outcome::reported);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  const OwnedEvent& big = p.sink.events[0];
  EXPECT_EQ(big.action, Action::rejected);
  EXPECT_EQ(big.smtp_command, "DATA");
  EXPECT_EQ(big.from_address, "a@example.net");
  EXPECT_EQ(big.source_ip, "198.51.100.9");
  const OwnedEvent& lost = p.sink.events[1];
  EXPECT_EQ(lost.action, Action::failed);
  EXPECT_EQ(lost.local_id, "2AA5Kx1q002871");
  EXPECT_EQ(lost.diagnostic, "Losing ./qf2AA5Kx1q002871: savemail panic");
}

TEST(SendmailParser, RulesetRejectionsGiveClientCommandAndCodes) {
  Parsed p = parse({
      "Feb 25 03:01:10 kismet sm-acceptingconnections[27713]: s1P819mk027713: ruleset=check_rcpt, "
      "arg1=<asservnew@freemailhost.ru>, relay=128-68-136-133.broadband.corbina.ru [128.68.136.133], "
      "reject=550 5.7.1 <asservnew@freemailhost.ru>... Relaying denied. Proper authentication required.",
      "Feb 24 01:46:44 petermurray sm-mta[24422]: ruleset=check_relay, arg1=leased-line-54-82.telecom.by, "
      "arg2=217.21.54.82, relay=leased-line-54-82.telecom.by [217.21.54.82], reject=421 4.3.2 Connection rate "
      "limit exceeded.",
      "Feb 23 07:57:28 petermurray sm-mta[6519]: s1N7vR47006519: ruleset=check_mail, arg1=<x@example.invalid>, "
      "relay=[2.180.185.27], reject=553 5.1.8 <x@example.invalid>... Domain of sender address x@example.invalid "
      "does not exist",
      "Mar  1 09:00:00 mx sm-mta[7001]: 4219000A007001: Milter: to=<y@example.org>, reject=550 5.7.1 Message "
      "rejected by policy",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  const OwnedEvent& r = p.sink.events[0];
  EXPECT_EQ(r.action, Action::rejected);
  EXPECT_EQ(r.to_address, "asservnew@freemailhost.ru");
  EXPECT_EQ(r.smtp_command, "RCPT");
  EXPECT_EQ(r.source_ip, "128.68.136.133");
  EXPECT_EQ(r.source_domain, "128-68-136-133.broadband.corbina.ru");
  EXPECT_EQ(r.reply_code, 550);
  EXPECT_EQ(r.enhanced_status, "5.7.1");
  EXPECT_EQ(p.sink.events[1].source_ip, "217.21.54.82");
  EXPECT_EQ(p.sink.events[1].hard, Tristate::no);
  EXPECT_EQ(p.sink.events[2].smtp_command, "MAIL");
  EXPECT_EQ(p.sink.events[2].from_address, "x@example.invalid");
  EXPECT_EQ(p.sink.events[3].to_address, "y@example.org");
  EXPECT_EQ(p.sink.events[3].local_id, "4219000A007001");
}

// A milter refusing the message at DATA: the to= record after it states the
// refusal's text alone ("stat=Command rejected"), and takes its reply and
// status from the refusal, so both say what the milter said.
TEST(SendmailParser, RecipientsOfAMessageAMilterRefusedTakeTheRefusalsCodes) {
  Parsed p = parse({
      "Mar  4 07:13:21 mx1 sm-mta[40362]: 5247D2Cs040362: from=<alerts@bank.example>, size=9921, class=0, "
      "nrcpts=1, msgid=<0f9e@bank.example>, proto=ESMTP, daemon=MTA, relay=[192.0.2.88]",
      "Mar  4 07:13:24 mx1 sm-mta[40362]: 5247D2Cs040362: Milter: data, reject=554 5.7.1 Command rejected",
      "Mar  4 07:13:26 mx1 sm-mta[40362]: 5247D2Cs040362: to=<accounts@example.com>, delay=00:00:01, "
      "pri=39921, stat=Command rejected",
      // Another message's failure without a milter's refusal keeps its own (no) codes.
      "Mar  4 07:14:10 mx1 sm-mta[40370]: 5247D2Cs040370: from=<a@example.net>, size=100, class=0, nrcpts=1, "
      "msgid=<1@example.net>, proto=ESMTP, daemon=MTA, relay=[192.0.2.89]",
      "Mar  4 07:14:12 mx1 sm-mta[40371]: 5247D2Cs040370: to=<b@example.com>, delay=00:00:01, pri=30100, "
      "stat=Command rejected",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].smtp_command, "DATA");
  const OwnedEvent& rcpt = p.sink.events[1];
  EXPECT_EQ(rcpt.to_address, "accounts@example.com");
  EXPECT_EQ(rcpt.reply_code, 554);
  EXPECT_EQ(rcpt.enhanced_status, "5.7.1");
  EXPECT_EQ(classified(rcpt).cause, classified(p.sink.events[0]).cause);
  EXPECT_EQ(p.sink.events[2].reply_code, 0);
  EXPECT_EQ(p.sink.events[2].enhanced_status, "");
}

// A site's own refusal text for a departed employee ("error:5.1.1:550 User has
// left the organisation" in the virtusertable) reaches the log without its codes.
TEST(SendmailParser, ADepartedUsersRefusalIsAnUnknownRecipient) {
  Parsed p = parse({"Mar  4 07:12:06 mx1 sm-mta[40342]: 5247BnCl040342: <former.cfo@example.com>... User has "
                    "left the organisation"});
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].smtp_command, "RCPT");
  EXPECT_EQ(classified(p.sink.events[0]).cause, "recipient_unknown");
}

TEST(SendmailParser, RcptRefusalIsReportedOnlyDuringTheSession) {
  Parsed p = parse({
      // During the SMTP session: no from= record yet for the queue id.
      "Nov  3 11:35:30 mx sendmail[26254]: rA37ZTSC026254: <davaojk25@domain.com>... No such user here",
      "Nov  3 11:35:30 mx sendmail[26254]: rA37ZTSC026254: from=<davaojk25@domain.com>, size=0, class=0, "
      "nrcpts=0, bodytype=8BITMIME, proto=ESMTP, daemon=MTA, relay=host.example.net [95.32.23.163]",
      // During delivery: the to= record that follows reports it.
      "Nov  3 11:40:00 mx sendmail[26300]: rA37ZTSC026260: from=<a@example.org>, size=10, class=0, nrcpts=1, "
      "proto=ESMTP, daemon=MTA, relay=mail.example.org [192.0.2.10]",
      "Nov  3 11:40:01 mx sendmail[26301]: rA37ZTSC026260: <nosuch@example.com>... User unknown",
      "Nov  3 11:40:01 mx sendmail[26301]: rA37ZTSC026260: to=<nosuch@example.com>, delay=00:00:01, "
      "xdelay=00:00:00, mailer=local, pri=30010, dsn=5.1.1, stat=User unknown",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].to_address, "davaojk25@domain.com");
  EXPECT_EQ(p.sink.events[0].diagnostic, "No such user here");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 1u);  // nrcpts=0 queued nothing
  EXPECT_EQ(p.sink.events[1].action, Action::bounced);
  EXPECT_EQ(p.sink.events[1].file_line, 5u);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

TEST(SendmailParser, AuthFailureTakesTheLastRelayNotTheUsersText) {
  Parsed p = parse({
      "Feb 25 04:02:28 relay1 sendmail[16665]: 06I02CNi016765: AUTH failure (LOGIN): authentication failure (-13) "
      "SASL(-13): authentication failure: checkpass failed, user=criminal, relay=[192.0.2.100], relay=[192.0.2.4] "
      "(may be forged)",
      "Feb 25 04:02:29 relay1 sm-mta[16666]: STARTTLS=server, error: accept failed=-1, reason=no shared cipher, "
      "SSL_error=1, errno=0, retry=-1, relay=client.example.net [192.0.2.9]",
      "Feb 25 04:02:30 relay1 sm-mta[16667]: STARTTLS=server, relay=client.example.net [192.0.2.9], "
      "version=TLSv1.3, verify=NO, cipher=TLS_AES_256_GCM_SHA384, bits=256/256",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "192.0.2.4");
  EXPECT_EQ(p.sink.events[0].smtp_command, "AUTH");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
  EXPECT_EQ(p.sink.events[1].source_ip, "192.0.2.9");
  EXPECT_EQ(p.sink.events[1].smtp_command, "STARTTLS");
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 1u);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

// The daemon refusing a client that spoke before its greeting is a refusal,
// nearly always of a bot (as Exim's synchronization error, postscreen's PREGREET).
TEST(SendmailParser, PreGreetingTrafficIsARefusedClient) {
  Parsed p = parse({
      "Feb 27 10:53:06 batman sm-mta[44307]: s1R9r60D044307: rejecting commands from  [209.15.212.253] due to "
      "pre-greeting traffic after 0 seconds",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.outcomes[0], Outcome::reported);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].source_ip, "209.15.212.253");
  const Event ev = classified(p.sink.events[0]);
  EXPECT_EQ(ev.rule_id, "sendmail.pre_greeting_traffic");
  EXPECT_EQ(ev.cause, "spam_policy");
}

// The daemon throttling a client that names too many recipients too fast is
// our server's limit on that client, as Postfix's anvil limits are.
TEST(SendmailParser, ARcptFloodThrottleIsARateLimitedClient) {
  Parsed p = parse({"Feb 11 09:47:13 gw sm-mta[12502]: 61B9lCWR012502: Possible SMTP RCPT flood, throttling."});
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.outcomes[0], Outcome::reported);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  const Event ev = classified(p.sink.events[0]);
  EXPECT_EQ(ev.rule_id, "sendmail.rcpt_flood");
  EXPECT_EQ(ev.cause, "rate_limit");
}

TEST(SendmailParser, SessionNotesAreRecognizedNotReported) {
  Parsed p = parse({
      "Feb 16 23:33:20 smtp1 sm-mta[5133]: s1GNXHYB005133: [190.5.230.178]: possible SMTP attack: command=AUTH, "
      "count=5",
      "Mar  6 16:55:28 s192-168-0-1 sm-mta[20949]: v26LtRA0020949: some-host-24.example.org [192.0.2.194] did not "
      "issue MAIL/EXPN/VRFY/ETRN during connection to MTA",
      "Mar  6 16:55:29 mx sm-mta[1]: starting daemon (8.17.1.9): SMTP+queueing@00:10:00",
  });
  EXPECT_TRUE(p.sink.events.empty());
  for (Outcome o : p.outcomes) EXPECT_EQ(o, Outcome::recognized);
}

// A SYSERR is sendmail unable to do its work: a failed event whose text the
// classifier reads (the port taken, a map never built, anything else); a
// client's connection failing during DATA is the client's and no event.
TEST(SendmailParser, SystemErrorsAreFailuresOfTheLocalServer) {
  Parsed p = parse({
      "Mar  6 16:55:30 mx sm-mta[2001]: NOQUEUE: SYSERR(root): opendaemonsocket: daemon MTA: cannot bind: Address "
      "already in use",
      "Mar  6 16:55:31 mx sm-mta[2002]: v26LtRA0020950: SYSERR(root): hash map \"Alias0\": missing map file "
      "/etc/mail/aliases.db: No such file or directory",
      "Mar  6 16:55:32 mx sm-mta[2003]: SYSERR(root): /etc/mail/sendmail.cf: line 85: unknown configuration line "
      "\"Xbogus\"",
      "Mar  6 16:55:33 mx sm-mta[2004]: v26LtRA0020951: SYSERR(root): collect: I/O error on connection from "
      "client.example.net [192.0.2.9], from=<a@example.net>",
  });
  ASSERT_EQ(p.outcomes.size(), 4u);
  EXPECT_EQ(p.outcomes[0], Outcome::reported);
  EXPECT_EQ(p.outcomes[1], Outcome::reported);
  EXPECT_EQ(p.outcomes[2], Outcome::reported);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  ASSERT_EQ(p.sink.events.size(), 3u);
  const char* rules[] = {"mta.port_in_use", "sendmail.map_not_built", "sendmail.syserr"};
  for (size_t i = 0; i < 3; ++i) {
    const auto& owned = p.sink.events[i];
    EXPECT_EQ(owned.action, Action::failed);
    EXPECT_TRUE(owned.diagnostic.starts_with("SYSERR(root): ")) << owned.diagnostic;
    const Event ev = classified(owned);
    EXPECT_EQ(ev.rule_id, rules[i]) << owned.diagnostic;
    EXPECT_EQ(ev.cause, "server_settings") << owned.diagnostic;
  }
  EXPECT_EQ(p.sink.events[1].local_id, "v26LtRA0020950");
}

// Sendmail failing to write a message it is receiving into its queue (the
// disk is full) refused that message: a failure of this server, on its own
// line or as a SYSERR. Only the client's connection failing ("collect: I/O
// error") stays the client's.
TEST(SendmailParser, QueueWriteFailureWhileReceivingIsAFailureOfTheLocalServer) {
  Parsed p = parse({
      "Jun  3 09:44:15 mx sm-mta[6340]: 553DiEr9006340: collect: Cannot write ./df553DiEr9006340 (bfcommit, "
      "uid=0, gid=25): No space left on device",
      "Jun  3 09:44:16 mx sm-mta[6341]: 553DiEr9006341: SYSERR(root): collect: Cannot write ./df553DiEr9006341 "
      "(bfcommit, uid=0, gid=25): No space left on device",
      "Jun  3 09:44:17 mx sm-mta[6342]: 553DiEr9006342: collect: I/O error on connection from "
      "client.example.net [192.0.2.9], from=<a@example.net>",
  });
  ASSERT_EQ(p.outcomes.size(), 3u);
  EXPECT_EQ(p.outcomes[0], Outcome::reported);
  EXPECT_EQ(p.outcomes[1], Outcome::reported);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  ASSERT_EQ(p.sink.events.size(), 2u);
  for (const auto& owned : p.sink.events) {
    EXPECT_EQ(owned.action, Action::failed);
    const Event ev = classified(owned);
    EXPECT_EQ(ev.rule_id, "mta.local_disk_full") << owned.diagnostic;
    EXPECT_EQ(ev.cause, "server_unavailable") << owned.diagnostic;
  }
  EXPECT_EQ(p.sink.events[0].local_id, "553DiEr9006340");
}

// The daemon turning every client away (RefuseLA, queue space) is a failure
// of this server; accepting them again is a note.
TEST(SendmailParser, RefusingConnectionsIsAFailureOfTheLocalServer) {
  Parsed p = parse({
      "Jan 17 16:37:52 mx sendmail[1050]: rejecting connections on daemon MTA: load average: 12",
      "Jan 17 16:39:52 mx sendmail[1050]: accepting connections again for daemon MTA",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  const Event ev = classified(p.sink.events[0]);
  EXPECT_EQ(ev.rule_id, "sendmail.daemon_refusing_connections");
  EXPECT_EQ(ev.cause, "server_unavailable");
}

// A host whose own name does not resolve to a fully qualified one: sendmail
// says so once and waits; its "using short name" line after it is the same
// problem. On Solaris both carry syslogd's message id.
TEST(SendmailParser, AnUnqualifiedOwnNameIsAFailureOnce) {
  Parsed p = parse({
      "Mar 14 10:11:40 erpdb01 sendmail[6021]: [ID 702911 mail.crit] My unqualified host name (erpdb01) unknown; "
      "sleeping for retry",
      "Mar 14 10:12:40 erpdb01 sendmail[6021]: [ID 702911 mail.crit] unable to qualify my own domain name "
      "(erpdb01) -- using short name",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  const Event ev = classified(p.sink.events[0]);
  EXPECT_EQ(ev.rule_id, "sendmail.unqualified_own_name");
  EXPECT_EQ(ev.cause, "server_settings");
}

// --- The real lines in ../shared/corpora/logs/sendmail/ --------------------------

TEST(SendmailCorpus, Fail2banLinesGiveTheHostsAndTimesTheyExpect) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto dir = testing::shared_dir() / "corpora/logs/sendmail";
  // fail2ban's tests pin these syslog lines to 2005: a file written at the end of 2005.
  const std::time_t end_of_2005 = 1135987200;
  for (std::string name : {"fail2ban-sendmail-auth", "fail2ban-sendmail-reject"}) {
    auto lines = testing::read_lines(dir / (name + ".log"));
    Parsed p = parse(lines, end_of_2005);
    std::map<uint64_t, const OwnedEvent*> by_line;
    for (const OwnedEvent& e : p.sink.events) by_line.emplace(e.file_line, &e);
    auto rows = testing::read_lines(dir / (name + ".expected.tsv"));
    size_t checked = 0;
    for (size_t r = 1; r < rows.size(); ++r) {
      std::vector<std::string> col;
      std::stringstream ss(rows[r]);
      std::string c;
      while (std::getline(ss, c, '\t')) col.push_back(c);
      col.resize(5);
      uint64_t n = std::stoull(col[0]);
      ASSERT_LE(n, lines.size());
      EXPECT_NE(p.outcomes[n - 1], Outcome::unrecognized) << name << " line " << n << ": " << lines[n - 1];
      auto it = by_line.find(n);
      if (it == by_line.end() || col[2] != "True") continue;
      EXPECT_EQ(it->second->source_ip, col[3]) << name << " line " << n << ": " << lines[n - 1];
      Timestamp expected;
      ASSERT_EQ(scan_rfc3339(col[1], &expected), col[1].size());
      // fail2ban's failJSON times ignore the year rollover; the day and time must agree.
      EXPECT_EQ(it->second->time.epoch_us % (int64_t(86400) * 1000000), expected.epoch_us % (int64_t(86400) * 1000000))
          << name << " line " << n;
      ++checked;
    }
    EXPECT_GE(checked, 7u) << name;
  }
}

TEST(SendmailCorpus, EveryAuthFailureIsAFailedLogin) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto lines = testing::read_lines(testing::shared_dir() / "corpora/logs/sendmail/fail2ban-sendmail-auth.log");
  Parsed p = parse(lines);
  size_t auth = 0;
  for (const std::string& l : lines) auth += l.find("AUTH failure") != std::string::npos;
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], auth);
  size_t failed = 0;
  for (const OwnedEvent& e : p.sink.events) failed += e.action == Action::failed;
  EXPECT_EQ(failed, auth);
}

// --- The generator's truth (corpora/gen/sendmail_logs.py) -------------------------

void check_against_truth(const std::filesystem::path& log, const std::filesystem::path& truth) {
  simdjson::dom::parser json;
  simdjson::dom::element t;
  ASSERT_EQ(json.load(truth.string()).get(t), simdjson::SUCCESS) << truth;
  auto count = [&](const char* key) {
    uint64_t v = 0;
    EXPECT_EQ(t[key].get(v), simdjson::SUCCESS) << key;
    return v;
  };
  auto lines = testing::read_lines(log);
  Parsed p = parse(lines, 1735603200);  // the generator writes 2024
  EXPECT_EQ(count("lines"), lines.size());
  EXPECT_EQ(size_t(std::count(p.outcomes.begin(), p.outcomes.end(), Outcome::unrecognized)), 0u);
  testing::expect_matches_truth(t, p.sink, false);
}

std::filesystem::path generate(const std::string& args, const std::string& name) {
  return testing::run_generator("sendmail_logs.py", args, "maillog", "sendmail-" + name);
}

TEST(SendmailGenerator, ParsedCountsAndCausesMatchTheGeneratorsTruth) {
  if (!testing::have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 31 --lines 6000", "bsd");
  check_against_truth(dir / "maillog", dir / "truth.json");
  std::filesystem::remove_all(dir);
}

TEST(SendmailGenerator, Rfc3339AndJournaldEnvelopesParseTheSame) {
  if (!testing::have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  for (const char* envelope : {"--rfc3339", "--journald"}) {
    auto dir = generate(std::string("--seed 32 --lines 3000 ") + envelope, envelope + 2);
    check_against_truth(dir / "maillog", dir / "truth.json");
    std::filesystem::remove_all(dir);
  }
}

// corpora/sendmail/README.md gives the command; the committed files must be its output.
TEST(SendmailGenerator, ReproducesTheCommittedSampleByteForByte) {
  if (!testing::have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 3 --lines 400 --mix expired=8,bounced=14,deferred_then_sent=14,tls=4", "sample");
  auto committed = testing::source_dir() / "corpora/sendmail";
  EXPECT_EQ(testing::read_file(dir / "maillog"), testing::read_file(committed / "sample.log"));
  EXPECT_EQ(testing::read_file(dir / "truth.json"), testing::read_file(committed / "sample.truth.json"));
  std::filesystem::remove_all(dir);
}

TEST(SendmailSample, CommittedSamplesMatchTheirTruth) {
  check_against_truth(testing::source_dir() / "corpora/sendmail/sample.log",
                      testing::source_dir() / "corpora/sendmail/sample.truth.json");
  check_against_truth(testing::source_dir() / "corpora/journald/sendmail.json",
                      testing::source_dir() / "corpora/journald/sendmail.truth.json");
}

TEST(SendmailParser, TruncatedAndDamagedLinesStayInsideTheirBytes) {
  const std::vector<std::string> kinds = {
      "Jan  2 10:00:00 mx sm-mta[1201]: 402A0000A0001201: from=<a@example.org>, size=5360, class=0, nrcpts=2, "
      "msgid=<m@example.org>, proto=ESMTPS, daemon=MTA-v4, relay=mail.example.org [192.0.2.10]",
      "Jan  2 10:00:02 mx sm-mta[1202]: 402A0000A0001201: to=<b@example.net>,\"|/bin/x, y\", delay=1+00:00:02, "
      "xdelay=00:00:01, mailer=esmtp, pri=150360, relay=mx.example.net. [203.0.113.7], dsn=4.0.0, stat=Deferred: "
      "Connection refused by mx.example.net.",
      "Feb 25 03:01:10 k sm-mta[27713]: s1P819mk027713: ruleset=check_rcpt, arg1=<x@y.ru>, relay=h [128.68.136.133], "
      "reject=550 5.7.1 <x@y.ru>... Relaying denied",
      "Feb 25 04:02:28 relay1 sendmail[16665]: 06I02CNi016765: AUTH failure (LOGIN): authentication failure (-13), "
      "user=c, relay=[192.0.2.100], relay=[192.0.2.4] (may be forged)",
      "Jan  7 10:00:06 mx sm-mta[1600]: 402A0000A0001201: 402A0000A0001602: DSN: Cannot send message for 5 days",
      "Nov  3 11:35:30 mx sendmail[26254]: rA37ZTSC026254: <d@domain.com>... No such user here",
      "Feb 25 04:02:29 relay1 sm-mta[16666]: STARTTLS=server, error: accept failed=-1, reason=x, relay=c [192.0.2.9]",
  };
  uint32_t x = 777;
  auto rnd = [&] { x ^= x << 13, x ^= x >> 17, x ^= x << 5; return x; };
  std::vector<std::string> damaged;
  for (const std::string& full : kinds) {
    for (size_t n = 0; n <= full.size(); ++n) damaged.push_back(full.substr(0, n));
    for (int i = 0; i < 200; ++i) {
      std::string d = full;
      for (int k = 0; k < 3; ++k) d[rnd() % d.size()] = char(rnd() % 256);
      damaged.push_back(d);
    }
  }
  FileContext ctx;
  ctx.path = "maillog";
  ctx.now = ctx.mtime = 1704067200;
  auto parser = make_syslog_dispatcher(ctx, nullptr);
  size_t events = 0;
  uint64_t n = 0;
  // A tag damaged out of Sendmail's names ("sm-ta") is another program's line;
  // one that quotes a server's reply goes to the client reader, which reports
  // an attempt when its next line comes: its text is then an earlier line's.
  std::vector<std::string> seen;
  for (const std::string& line : damaged) {
    std::unique_ptr<char[]> copy(new char[line.size() + 1]);
    std::memcpy(copy.get(), line.data(), line.size());
    CollectingSink sink;
    parser->parse_line(std::string_view(copy.get(), line.size()), ++n, sink);
    seen.push_back(line);
    auto within = [&](const std::string& text) {
      return text.empty() || std::any_of(seen.rbegin(), seen.rend(), [&](const std::string& l) {
               return l.find(text) != std::string::npos;
             });
    };
    for (const OwnedEvent& e : sink.events) {
      ++events;
      EXPECT_TRUE(within(e.diagnostic)) << line;
      // (An expiry names the recipients remembered from earlier deferrals.)
      if (e.action != Action::expired) {
        EXPECT_TRUE(within(e.to_address)) << line;
      }
    }
  }
  parser->finish(*std::make_unique<CollectingSink>());
  EXPECT_GT(events, 0u);
}

}  // namespace
}  // namespace mailtriage
