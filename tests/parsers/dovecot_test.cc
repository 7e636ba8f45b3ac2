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
