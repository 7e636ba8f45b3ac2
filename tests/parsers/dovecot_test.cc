// Dovecot's delivery lines: the LDA refusing a full mailbox itself (the MTA
// then logs a delivery), a user's Sieve reject in LDA and LMTP, and the lines
// that restate what the MTA logs (LMTP's, the LDA's "save failed") or that are
// another service's, recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "classifiers/classifier.h"
#include "parsers/dovecot.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_syslog_lines(lines, 1741824000);  // 2025-03-13
}

std::string reason_and_cause(const testing::OwnedEvent& owned) {
  const testing::Verdict v = testing::verdict_of(owned);
  return v.reason + "/" + v.cause;
}

TEST(DovecotProgram, ClaimsItsNamesOnly) {
  for (std::string_view p : {"dovecot", "dovecot-lda", "deliver"}) EXPECT_TRUE(dovecot_claims_program(p)) << p;
  for (std::string_view p : {"postfix/local", "dovecot-sieve", "imap", "delivery"})
    EXPECT_FALSE(dovecot_claims_program(p)) << p;
}

// Postfix runs dovecot-lda as its mailbox_command: over quota, the LDA mails
// the refusal itself and exits 0, and Postfix logs the delivery as sent.
TEST(DovecotParser, TheLdasOwnRefusalIsTheBounce) {
  Parsed p = parse({
      "Mar 13 07:22:40 ledger dovecot: lda(priya)<7833><8M+oEtBR0mcZHwAAnB4l3w>: msgid=<o-99213@papercrest.example>: "
      "save failed to INBOX: Quota exceeded (mailbox for user is full)",
      "Mar 13 07:22:40 ledger dovecot: lda(priya)<7833><8M+oEtBR0mcZHwAAnB4l3w>: msgid=<o-99213@papercrest.example>: "
      "rejected: Quota exceeded (mailbox for user is full)",
      "Mar 13 07:22:40 ledger postfix/local[7832]: 7A2E4A2BA3: to=<priya@ledger.example>, relay=local, delay=0.12, "
      "delays=0.03/0.01/0/0.08, dsn=2.0.0, status=sent (delivered to command: /usr/lib/dovecot/dovecot-lda -a "
      "\"$RECIPIENT\")",
      "Mar 13 07:30:02 ledger dovecot: deliver(ruth): msgid=<r-1@example.net>: rejected: Quota exceeded",
  });
  ASSERT_EQ(p.outcomes.size(), 4u);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[1], Outcome::reported);
  EXPECT_EQ(p.outcomes[3], Outcome::reported);
  ASSERT_EQ(p.sink.events.size(), 3u);
  const auto& refused = p.sink.events[0];
  EXPECT_EQ(refused.file_line, 2u);
  EXPECT_EQ(refused.action, Action::bounced);
  EXPECT_EQ(refused.to_address, "priya");
  EXPECT_EQ(refused.message_id, "o-99213@papercrest.example");
  EXPECT_EQ(refused.diagnostic, "Quota exceeded (mailbox for user is full)");
  EXPECT_EQ(reason_and_cause(refused), "mailboxfull/mailbox_full");
  EXPECT_EQ(p.sink.events[1].action, Action::delivered);
  EXPECT_EQ(p.sink.events[2].to_address, "ruth");
  EXPECT_EQ(p.sink.events[2].file_line, 4u);
}

TEST(DovecotParser, AUsersSieveRejectIsAFilteredBounce) {
  Parsed p = parse({
      "Mar 12 09:26:18 relay2 dovecot: lmtp(bruno@example.org)<48342><gGY7A3pG0WfMvAAAZL3Kbg>: sieve: "
      "msgid=<qb.1@offers.example.net>: rejected message from <newsletter@offers.example.net> (reject)",
      "Mar 12 09:27:00 relay2 dovecot: lda(ana)<48400><hH8zB4qH0WfNvAAAZL3Kbg>: sieve: msgid=<z@example.com>: "
      "rejected message from <boss@example.com> (ereject)",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].to_address, "bruno@example.org");
  EXPECT_EQ(p.sink.events[0].from_address, "newsletter@offers.example.net");
  EXPECT_EQ(p.sink.events[0].message_id, "qb.1@offers.example.net");
  EXPECT_EQ(reason_and_cause(p.sink.events[0]), "filtered/spam_policy");
  EXPECT_EQ(p.sink.events[1].from_address, "boss@example.com");
  EXPECT_EQ(reason_and_cause(p.sink.events[1]), "filtered/spam_policy");
}

// LMTP's refusals are the MTA's to log (its reply is in the MTA's status
// line); other services' lines with the word are not deliveries.
// A login service's refused login is a failed login; one sent in the clear
// where Dovecot wants TLS is a TLS mismatch. The auth process's line about
// the same attempt, and a successful login, are recognized.
TEST(DovecotParser, RefusedLoginsAreFailedLogins) {
  Parsed p = parse({
      "Mar 11 09:00:01 mx1 dovecot: auth: passwd-file(ann@example.org,203.0.113.77,<Zt0c3pQw>): Password mismatch",
      "Mar 11 09:00:03 mx1 dovecot: imap-login: Disconnected (auth failed, 1 attempts in 2 secs): "
      "user=<ann@example.org>, method=PLAIN, rip=203.0.113.77, lip=198.51.100.2, TLS, session=<Zt0c3pQw>",
      "Mar 11 09:00:05 mx1 dovecot: pop3-login: Disconnected (tried to use disallowed plaintext auth): user=<>, "
      "rip=203.0.113.9, lip=198.51.100.2, session=<Ab12>",
      "Mar 11 09:00:07 mx1 dovecot: imap-login: Login: user=<ann@example.org>, method=PLAIN, rip=192.0.2.4, "
      "lip=198.51.100.2, mpid=4242, TLS, session=<Cd34>",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(p.sink.events[0].to_address, "ann@example.org");
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.77");
  EXPECT_EQ(reason_and_cause(p.sink.events[0]), "bad_credentials/authentication");
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(reason_and_cause(p.sink.events[1]), "auth_requires_tls/tls_mismatch");
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

// A client refusing the server's certificate in the handshake (expired after
// a failed renewal) is the server's failure; a client's own handshake trouble
// is not.
TEST(DovecotParser, AClientRefusingOurCertificateIsATlsFailure) {
  Parsed p = parse({
      "Jun  2 04:19:19 mail dovecot: imap-login: Disconnected: Connection closed: SSL_accept() failed: "
      "error:0A000415:SSL routines::sslv3 alert certificate expired: SSL alert number 45 (no auth attempts in 0 "
      "secs): user=<>, rip=198.51.100.130, lip=172.18.0.2, TLS handshaking: SSL_accept() failed, session=<Ef56>",
      "Jun  2 04:19:40 mail dovecot: imap-login: Disconnected: Connection closed: SSL_accept() failed: "
      "error:0A00010B:SSL routines::wrong version number (no auth attempts in 0 secs): user=<>, rip=203.0.113.5, "
      "lip=172.18.0.2, session=<Gh78>",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[0].source_ip, "198.51.100.130");
  EXPECT_EQ(reason_and_cause(p.sink.events[0]), "cert_untrusted/tls_mismatch");
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

// The master process's words for a service that died, one at its limit and
// one it cannot start, and a configuration Dovecot will not start with: one
// event each; the Panic before a death and the kernel's kill are the same
// failure's other lines.
TEST(DovecotParser, TheMastersServiceFailuresAreReported) {
  Parsed p = parse({
      "Feb 11 08:01:40 mx1 dovecot: imap(kai@example.org)<11912><6iTatf4n>: Panic: file mail-index-map.c: line 548 "
      "(mail_index_map_lookup_seq_range): assertion failed: (first_uid > 0)",
      "Feb 11 08:01:40 mx1 dovecot: master: Error: service(imap): child 11912 killed with signal 6 (core dumps "
      "disabled - https://dovecot.org/bugreport.html#coredumps)",
      "Feb 11 08:01:44 mx1 dovecot: master: Error: service(lmtp): child 8537 killed with signal 9 (out of memory)",
      "Feb 11 08:02:01 mx1 dovecot: master: Warning: service(lmtp): client_limit (1) reached, client connections are "
      "being dropped",
      "Feb 11 08:02:05 mx1 dovecot: master: Error: service(auth): command startup failed, throttling for 2 secs",
      "Feb 11 08:03:00 mx1 dovecot[4410]: doveconf: Fatal: Error in configuration file /etc/dovecot/conf.d/10-ssl.conf "
      "line 6: Unknown setting: ssl_cert_file",
      "Feb 11 08:04:00 mx1 dovecot: master: Warning: SIGHUP received - reloading configuration",
  });
  ASSERT_EQ(p.outcomes.size(), 7u);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[6], Outcome::recognized);
  ASSERT_EQ(p.sink.events.size(), 5u);
  const std::vector<std::pair<uint64_t, std::string>> expected = {
      {2, "dovecot.service_died"}, {3, "dovecot.service_died"}, {4, "dovecot.service_limit"},
      {5, "dovecot.service_died"}, {6, "dovecot.config_error"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    const auto& ev = p.sink.events[i];
    EXPECT_EQ(ev.file_line, expected[i].first);
    EXPECT_EQ(ev.action, Action::failed);
    EXPECT_EQ(testing::verdict_of(ev).rule, expected[i].second) << ev.diagnostic;
    EXPECT_EQ(testing::verdict_of(ev).cause, "server_unavailable") << ev.diagnostic;
  }
  EXPECT_EQ(p.sink.events[1].diagnostic, "service(lmtp): child 8537 killed with signal 9 (out of memory)");
}

// A user's Sieve forward that the next server refused: only Dovecot saw it.
TEST(DovecotParser, ARefusedSieveRedirectIsAFailureToTheForwardAddress) {
  Parsed p = parse({
      "Nov  3 03:03:46 mx1 dovecot: lmtp(ivy@example.org)<21645><2XYUGDnN>: Error: sieve: msgid=<e6@bank.example>: "
      "redirect action: failed to redirect message to <ivy.private@mail.example.com>: 550 5.7.26 Unauthenticated "
      "email from bank.example is not accepted due to domain's DMARC policy",
      "Nov  3 03:03:46 mx1 dovecot: lmtp(ivy@example.org)<21645><2XYUGDnN>: Error: sieve: Execution of script "
      "/srv/vmail/example.org/ivy/sieve/forward.sieve failed, but implicit keep was successful",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const auto& ev = p.sink.events[0];
  EXPECT_EQ(ev.from_address, "ivy@example.org");
  EXPECT_EQ(ev.to_address, "ivy.private@mail.example.com");
  EXPECT_EQ(ev.message_id, "e6@bank.example");
  EXPECT_EQ(ev.reply_code, 550);
  EXPECT_EQ(ev.enhanced_status, "5.7.26");
  EXPECT_EQ(testing::verdict_of(ev).cause, "spam_policy");
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

// Login services turning away a client that offers only old TLS versions, one
// that asks for a mechanism not offered, and one user's connections over the limit.
TEST(DovecotParser, OutdatedClientsAndConnectionLimitsAtLogin) {
  Parsed p = parse({
      "Aug 12 09:55:43 mail02 dovecot: imap-login: Disconnected: Connection closed: SSL_accept() failed: "
      "error:0A000102:SSL routines::unsupported protocol (no auth attempts in 0 secs): user=<>, rip=203.0.113.190, "
      "lip=198.51.100.5, TLS handshaking: SSL_accept() failed, session=<x1>",
      "Aug 12 09:56:17 mail02 dovecot: imap-login: Disconnected: Connection closed (tried to use unsupported auth "
      "mechanism): user=<>, method=CRAM-MD5, rip=203.0.113.14, lip=198.51.100.5, TLS, session=<x2>",
      "Aug 12 09:57:00 mail02 dovecot: imap-login: Maximum number of connections from user+IP exceeded "
      "(mail_max_userip_connections=10): user=<kai@example.org>, method=PLAIN, rip=198.51.100.23, session=<x3>",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(reason_and_cause(p.sink.events[0]), "tls_version_unsupported/outdated_client");
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.190");
  EXPECT_EQ(reason_and_cause(p.sink.events[1]), "auth_mechanism_unsupported/outdated_client");
  EXPECT_EQ(reason_and_cause(p.sink.events[2]), "toomanyconn/rate_limit");
  EXPECT_EQ(p.sink.events[2].to_address, "kai@example.org");
}

// Dovecot's own log file (log_path): no host, no tag, "Info: " written too,
// the level before the prefix in some lines; read as the syslog lines are.
TEST(DovecotParser, ItsOwnLogFileIsReadAsItsSyslogLines) {
  Parsed p = parse({
      "Nov 03 02:55:00 master: Info: Dovecot v2.4.2 (0f4a7c1b2e) starting up for imap, pop3, lmtp",
      "Nov 03 02:55:01 lmtp(ivy@example.org)<19538><wJa02vut>: Info: msgid=<s3@sender.example>: saved mail to INBOX",
      "Nov 03 02:59:01 master: Warning: service(lmtp): client_limit (1) reached, client connections are being dropped",
      "Nov 03 03:00:03 Fatal: master: service(lmtp): child 25100 killed with signal 9 (out of memory)",
      "Nov 03 03:02:10 lda(priya)<7833><8M+oEtBR>: Info: msgid=<o-9@example.com>: rejected: Quota exceeded (mailbox "
      "for user is full)",
      "Nov 03 03:04:24 pop3-login: Info: Login aborted: Connection closed (auth failed, 3 attempts in 15 secs) "
      "(auth_failed): user=<jo@example.org>, method=PLAIN, rip=198.51.100.90, lip=192.0.2.10",
  });
  ASSERT_EQ(p.outcomes.size(), 6u);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).rule, "dovecot.service_limit");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).rule, "dovecot.service_died");
  EXPECT_EQ(p.sink.events[1].process_name, "dovecot");
  EXPECT_TRUE(p.sink.events[1].host_name.empty());
  EXPECT_EQ(p.sink.events[2].action, Action::bounced);
  EXPECT_EQ(p.sink.events[2].to_address, "priya");
  EXPECT_EQ(reason_and_cause(p.sink.events[2]), "mailboxfull/mailbox_full");
  EXPECT_EQ(reason_and_cause(p.sink.events[3]), "bad_credentials/authentication");
  EXPECT_EQ(p.sink.events[3].time.valid, true);
}

// Services that lost what they depend on, Dovecot 2.4's words, and in its
// own log file (no host, no MTA beside it) a delivery it could not save.
TEST(DovecotParser, LostDependenciesNewWordingsAndUnsavedDeliveriesInItsOwnFile) {
  Parsed p = parse({
      "2025-06-03 09:32:50 submission(ben@example.com)<20762><skxRXrcC>: Error: Failed to establish relay connection: "
      "connect(127.0.0.1:10025) failed: Connection refused",
      "Jan 14 07:28:35 auth-worker(21057): Error: mysql(127.0.0.1): Connect failed to database (mailserver): Can't "
      "connect to MySQL server on '127.0.0.1' (111) - waiting for 5 seconds before retry",
      "Jan 14 07:40:28 imap-login: Error: Failed to initialize SSL server context: Can't load SSL certificate: There "
      "is no valid PEM certificate.: user=<>, rip=198.51.100.224, lip=192.0.2.25, session=<aKZ8>",
      "2025-06-03 09:26:55 imap-login: Info: Login aborted: Connection closed (tried to use disallowed cleartext auth) "
      "(cleartext_auth_disallowed): user=<>, rip=203.0.113.146, lip=192.0.2.60, session=<xI7G>",
      "Jan 14 07:35:12 master: Error: service(imap): child 21253 returned error 83 (Out of memory (service imap { "
      "vsz_limit=256 MB }, you may need to increase it))",
      "2025-06-03 09:48:32 lmtp(21364): Fatal: Error reading configuration: Invalid settings: mail_path: Unknown "
      "variable 'mail_domain'",
      "Jan 14 07:02:11 lmtp(elif@example.org)<20398><R6sDvyUz>: Info: msgid=<x@mx.example>: save failed to INBOX: "
      "Quota exceeded (mailbox for user is full)",
      "Jan 14 07:11:38 lmtp(chen@example.org)<20580><G0uxOVR0>: Error: sieve: msgid=<y@mx.example>: failed to "
      "redirect message to <chen.w@partner.example>: 554 5.7.1 <chen.w@partner.example>: Relay access denied",
      // the same save failure in a syslog file, beside the MTA's deferral: that one is the event
      "Jan 14 07:02:11 mx1 dovecot: lmtp(elif@example.org)<20398><R6sDvyUz>: msgid=<x@mx.example>: save failed to "
      "INBOX: Quota exceeded (mailbox for user is full)",
  });
  const std::vector<std::string> causes = {"server_unavailable", "server_unavailable", "tls_mismatch",
                                           "tls_mismatch",       "server_unavailable", "server_unavailable",
                                           "mailbox_full",       "relay_denied"};
  ASSERT_EQ(p.sink.events.size(), causes.size());
  for (size_t i = 0; i < causes.size(); ++i)
    EXPECT_EQ(testing::verdict_of(p.sink.events[i]).cause, causes[i]) << p.sink.events[i].diagnostic;
  EXPECT_EQ(p.sink.events[6].to_address, "elif@example.org");
  EXPECT_EQ(p.sink.events[7].to_address, "chen.w@partner.example");
  EXPECT_EQ(p.outcomes[8], Outcome::recognized);
}

// Dovecot 2.3.21's wordings in its own file: a handshake whose failure shows
// in a read (a client refusing our certificate), the auth process not
// answering, a Sieve script's delivery that could not be stored.
TEST(DovecotParser, NewerLoginWordingsAndASieveStoreFailureInItsOwnFile) {
  Parsed p = parse({
      "Nov 19 09:19:40 imap-login: Info: Login aborted: Connection closed: SSL_read() failed: error:0A000412:SSL "
      "routines::sslv3 alert bad certificate: SSL alert number 42 (no auth attempts in 0 secs) (no_auth_attempts): "
      "user=<>, rip=86.4.57.155, lip=198.51.100.61, TLS handshaking, session=<kM4>",
      "Nov 19 11:42:04 imap-login: Info: Login aborted: Connection closed (auth process communication failure, 1 "
      "attempts in 0 secs) (auth_process_comm_fail): user=<n.patel@example.org>, method=PLAIN, rip=81.136.22.140, "
      "lip=198.51.100.61, TLS, session=<vd+9>",
      "Nov 19 09:40:53 lmtp(accounts@example.org)<20205><1TuLl3uF>: Info: sieve: msgid=<DB9PR06@example.com>: failed "
      "to store into mailbox 'INBOX': Quota exceeded (mailbox for user is full)",
  });
  const std::vector<std::string> causes = {"tls_mismatch", "server_unavailable", "mailbox_full"};
  ASSERT_EQ(p.sink.events.size(), causes.size());
  for (size_t i = 0; i < causes.size(); ++i)
    EXPECT_EQ(testing::verdict_of(p.sink.events[i]).cause, causes[i]) << p.sink.events[i].diagnostic;
  EXPECT_EQ(p.sink.events[0].source_ip, "86.4.57.155");
  EXPECT_EQ(p.sink.events[2].to_address, "accounts@example.org");
}

// A full disk met by a user's IMAP session is reported (no other log has it);
// LMTP's own write failure is the MTA's deferral told twice.
TEST(DovecotParser, AFullDiskUnderAnImapSessionIsReported) {
  Parsed p = parse({
      "Nov  3 03:02:03 mx1 dovecot: imap(gus@example.org)<18044><1ACrObtV>: Error: write(/srv/vmail/example.org/gus/"
      "mail/mailboxes/INBOX/dbox-Mails/dovecot.index.log) failed: No space left on device",
      "Nov  3 03:01:03 mx1 dovecot: lmtp(gus@example.org)<27718><rOOIx0FE>: Error: write(/srv/vmail/example.org/gus/"
      "mail/mailboxes/INBOX/dbox-Mails/u.41) failed: No space left on device",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).rule, "mta.local_disk_full");
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

TEST(DovecotParser, RestatementsAndOtherServicesAreRecognized) {
  Parsed p = parse({
      "Mar 11 08:00:13 mx1 dovecot: lmtp(lena@example.org)<40240><kD3nAF3Iz2cwnQAAXlbKmA:2>: msgid=<a@b>: "
      "save failed to INBOX: Quota exceeded (mailbox for user is full)",
      "Mar 11 08:00:14 mx1 dovecot: lmtp(40240, lena@example.org): msgid=<a@b>: rejected: Quota exceeded",
      "Mar 11 08:00:15 mx1 dovecot: imap-login: Login rejected: user=<x>, rip=203.0.113.7",
      "Mar 11 08:00:16 mx1 dovecot: lda(tomas)<7902><5p6MLJ9S0mc+HwAAnB4l3w>: sieve: msgid=<c@d>: "
      "failed to store into mailbox 'Alerts': Mailbox doesn't exist: Alerts",
      "Mar 11 08:00:17 mx1 dovecot: lmtp(lena@example.org)<40241><kD3nAF3Iz2cwnQAAXlbKmA:3>: msgid=<e@f>: saved "
      "mail to INBOX",
  });
  EXPECT_TRUE(p.sink.events.empty());
  for (Outcome o : p.outcomes) EXPECT_EQ(o, Outcome::recognized);
}

}  // namespace
}  // namespace mailtriage
