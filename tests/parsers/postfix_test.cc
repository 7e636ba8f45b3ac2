// The Postfix parser: one test per kind of line, the queue-id correlation and
// its memory bound, the real lines in ../shared/corpora/logs/postfix, and the
// generated logs of corpora/gen/postfix_logs.py checked against their truth.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "classifiers/classifier.h"
#include "parsers/postfix.h"
#include "parsers/postfix_queue.h"
#include "parsers/registry.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using testing::CollectingSink;
using testing::OwnedEvent;

constexpr std::time_t kMtime = 1717243200;  // 2024-06-01T12:00:00Z: lines from Jan to Jun are 2024

// The server a delivery reason names, as status lines and `mailq` quote it.
TEST(PostfixReasonDestination, ThePeerEachReasonFormNames) {
  struct Case {
    std::string_view reason, domain, ip;
    uint16_t port;
  };
  const Case cases[] = {
      {"connect to mx.example.net[192.0.2.1]:25: Connection timed out", "mx.example.net", "192.0.2.1", 25},
      {"delivery temporarily suspended: connect to mx2.example.net[192.0.2.9]:587: Connection refused",
       "mx2.example.net", "192.0.2.9", 587},
      {"host mx.example.org[198.51.100.5] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)",
       "mx.example.org", "198.51.100.5", 0},
      {"lost connection with mx.example.com[203.0.113.4] while receiving the initial server greeting",
       "mx.example.com", "203.0.113.4", 0},
  };
  for (const Case& c : cases) {
    Event ev;
    EXPECT_TRUE(postfix_reason_destination(c.reason, &ev)) << c.reason;
    EXPECT_EQ(ev.destination_domain, c.domain) << c.reason;
    EXPECT_EQ(ev.destination_ip, c.ip) << c.reason;
    EXPECT_EQ(ev.destination_port, c.port) << c.reason;
  }
  Event none;
  EXPECT_FALSE(postfix_reason_destination("Host or domain name not found. Name service error for name=example.invalid type=MX", &none));
  EXPECT_TRUE(none.destination_domain.empty());
}

struct Parsed {
  CollectingSink sink;
  std::vector<Outcome> outcomes;
  size_t tally(Tally t) const { return sink.tallies[size_t(t)]; }
  const std::vector<OwnedEvent>& events() const { return sink.events; }
};

// Feeds full syslog lines to one Postfix parser, as the dispatcher does.
Parsed parse(const std::vector<std::string>& lines, size_t max_queue_entries = 0) {
  FileContext ctx{.path = "mail.log", .mtime = kMtime, .now = kMtime};
  auto parser = max_queue_entries ? make_postfix_parser(ctx, max_queue_entries) : make_postfix_parser(ctx);
  YearInference years(kMtime);
  Parsed out;
  uint64_t n = 0;
  for (const std::string& line : lines) {
    ++n;
    SyslogRecord rec;
    if (!parse_syslog_line(line, years, &rec)) {
      out.outcomes.push_back(Outcome::unrecognized);
      continue;
    }
    out.outcomes.push_back(parser->parse_record(rec, n, out.sink));
  }
  parser->finish(out.sink);
  return out;
}

Parsed parse_one(const std::string& line) { return parse(std::vector<std::string>{line}); }

int64_t epoch_us(int y, unsigned m, unsigned d, int hh, int mm, int ss) {
  return ((days_from_civil(y, m, d) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000;
}

// --- Program names and the event envelope ------------------------------------

TEST(Postfix, ClaimsPostfixProgramNamesOnly) {
  EXPECT_TRUE(postfix_claims_program("postfix/smtp"));
  EXPECT_TRUE(postfix_claims_program("postfix-out/smtpd"));
  EXPECT_TRUE(postfix_claims_program("postfix/submission/smtpd"));
  EXPECT_TRUE(postfix_claims_program("postfix"));
  EXPECT_FALSE(postfix_claims_program("postfixadmin"));
  EXPECT_FALSE(postfix_claims_program("dovecot"));
  EXPECT_FALSE(postfix_claims_program("opendkim"));
  // A master.cf service's own syslog_name before one of Postfix's daemons.
  EXPECT_TRUE(postfix_claims_program("watchdog/smtpd"));
  EXPECT_TRUE(postfix_claims_program("enforced-tls-smtp/smtp"));
  EXPECT_FALSE(postfix_claims_program("/smtp"));
  EXPECT_FALSE(postfix_claims_program("smtpd"));  // OpenSMTPD's
  EXPECT_FALSE(postfix_claims_program("dovecot/lmtp"));
  EXPECT_FALSE(postfix_claims_program("policyd/worker"));
}

// A client that opens with a TLS handshake where smtpd awaits SMTP (implicit
// TLS set for a STARTTLS port): one failure, whether smtpd calls the bytes a
// non-SMTP command or pipelining before its greeting, or both (the warning's
// line is the failure's then); other such bytes (a spam bot's hurry) are
// recognized.
TEST(Postfix, ATlsHelloOnAPlainPortIsTheClientsFailure) {
  Parsed p = parse({
      "Jun 17 08:20:15 mail postfix/submission/smtpd[51270]: improper command pipelining after CONNECT from "
      "kasse-02.example.net[198.51.100.19]: \\026\\003\\001\\002\\000\\001\\000",
      "Jun 17 08:21:15 mail postfix/smtpd[51271]: warning: non-SMTP command from unknown[192.0.2.8]: "
      "\\026\\003\\001\\002\\000\\001\\000\\001\\374\\003\\003",
      "Jun 17 08:22:15 mail postfix/smtpd[51272]: improper command pipelining after CONNECT from "
      "unknown[203.0.113.9]: EHLO bot\\r\\nMAIL FROM:<a@example.com>\\r\\n",
      // one client, both lines: one failure
      "Jun 17 08:23:15 mail postfix/submission/smtpd[51273]: connect from unknown[198.51.100.99]",
      "Jun 17 08:23:15 mail postfix/submission/smtpd[51273]: improper command pipelining after CONNECT from "
      "unknown[198.51.100.99]: \\026\\003\\001\\002\\000\\001",
      "Jun 17 08:23:15 mail postfix/submission/smtpd[51273]: warning: non-SMTP command from "
      "unknown[198.51.100.99]: \\026\\003\\001\\002\\000\\001",
  });
  // (The first session's line is held until its session goes on or the input ends.)
  ASSERT_EQ(p.events().size(), 3u);
  std::map<uint64_t, std::string> client_by_line;
  for (const OwnedEvent& e : p.events()) client_by_line[e.file_line] = e.source_ip;
  EXPECT_EQ(client_by_line,
            (std::map<uint64_t, std::string>{{1, "198.51.100.19"}, {2, "192.0.2.8"}, {6, "198.51.100.99"}}));
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  EXPECT_EQ(p.outcomes[4], Outcome::recognized);
  EXPECT_EQ(p.outcomes[5], Outcome::reported);
  EXPECT_EQ(p.tally(Tally::tls_failure), 3u);
}

TEST(Postfix, EventCarriesTheSyslogEnvelopeAndFile) {
  Parsed p = parse(std::vector<std::string>{
      "Mar 10 12:00:00 mx1 postfix/smtpd[4242]: connect from mail.example.org[192.0.2.1]",
      "Mar 10 12:00:01 mx1 postfix/smtpd[4242]: NOQUEUE: reject: RCPT from mail.example.org[192.0.2.1]: 554 5.7.1 "
      "<user@example.net>: Relay access denied; from=<alice@example.org> to=<user@example.net> proto=ESMTP "
      "helo=<mail.example.org>"});
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.dataset, "postfix.log");
  EXPECT_EQ(e.scope, kScopeServerLog);
  EXPECT_EQ(e.file_path, "mail.log");
  EXPECT_EQ(e.file_line, 2u);
  EXPECT_EQ(e.host_name, "mx1");
  EXPECT_EQ(e.process_name, "postfix/smtpd");
  EXPECT_EQ(e.process_pid, 4242u);
  EXPECT_TRUE(e.time.valid);
  EXPECT_TRUE(e.time.year_inferred);
  EXPECT_EQ(e.time.epoch_us, epoch_us(2024, 3, 10, 12, 0, 1));
}

// --- smtpd ---------------------------------------------------------------------

TEST(Postfix, SmtpdConnectIsCountedAndRecognized) {
  Parsed p = parse_one("Mar 10 12:00:00 mx1 postfix/smtpd[1]: connect from unknown[192.0.2.9]");
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.tally(Tally::connection), 1u);
  EXPECT_TRUE(p.events().empty());
}

TEST(Postfix, RelayDeniedRejectBecomesOneEventWithCodesAddressesAndClient) {
  Parsed p = parse_one(
      "Jul 12 07:47:48 saturn postfix/smtpd[8738]: NOQUEUE: reject: RCPT from 1-2-3-4.example.com[192.0.2.4]: "
      "554 5.7.1 <smtp@example.com>: Relay access denied; from=<john@example.com> to=<smtp@example.org> "
      "proto=SMTP helo=<198.51.100.17>");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.outcomes[0], Outcome::reported);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.action, Action::rejected);
  EXPECT_EQ(e.reply_code, 554);
  EXPECT_EQ(e.enhanced_status, "5.7.1");
  EXPECT_EQ(e.diagnostic, "554 5.7.1 <smtp@example.com>: Relay access denied");
  EXPECT_EQ(e.smtp_command, "RCPT");
  EXPECT_EQ(e.source_domain, "1-2-3-4.example.com");
  EXPECT_EQ(e.source_ip, "192.0.2.4");
  EXPECT_EQ(e.from_address, "john@example.com");
  EXPECT_EQ(e.to_address, "smtp@example.org");
  EXPECT_EQ(e.local_id, "");
}

TEST(Postfix, RejectTextKeepsItsOwnSemicolons) {
  Parsed p = parse_one(
      "Dec 30 18:19:15 mx1 postfix/smtpd[1574]: NOQUEUE: reject: RCPT from bad.example.com[192.0.2.34]: 454 "
      "4.7.1 Service unavailable; Client host [192.0.2.34] blocked using rbl.example.com; "
      "http://www.example.com/query?ip=192.0.2.34; from=<spammer@example.com> to=<goodguy@example.com> "
      "proto=ESMTP helo=<bad.example.com>");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].diagnostic,
            "454 4.7.1 Service unavailable; Client host [192.0.2.34] blocked using rbl.example.com; "
            "http://www.example.com/query?ip=192.0.2.34");
  EXPECT_EQ(p.events()[0].to_address, "goodguy@example.com");
}

TEST(Postfix, RejectWithQueueIdCarriesLocalIdAndCommand) {
  Parsed p = parse_one(
      "Aug 13 15:45:46 server postfix/smtpd[13844]: 00ADB3C0899: reject: RCPT from example.com[192.0.2.1]: 550 "
      "5.1.1 <sales@server.com>: Recipient address rejected: User unknown in local recipient table; "
      "from=<x@example.com> to=<sales@server.com> proto=ESMTP helo=<mail.example.com>");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].local_id, "00ADB3C0899");
  EXPECT_EQ(p.events()[0].smtp_command, "RCPT");
  EXPECT_EQ(p.events()[0].reply_code, 550);
}

TEST(Postfix, RejectWithoutKeyValuesKeepsTheWholeText) {
  Parsed p = parse_one(
      "Aug 10 10:55:38 mx1 postfix/smtpd[2162]: NOQUEUE: reject: VRFY from host.example.net[192.0.2.234]: 550 "
      "5.1.1 : Recipient address rejected: User unknown in local recipient tab");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].smtp_command, "VRFY");
  EXPECT_EQ(p.events()[0].diagnostic, "550 5.1.1 : Recipient address rejected: User unknown in local recipient tab");
  EXPECT_EQ(p.events()[0].source_ip, "192.0.2.234");
}

TEST(Postfix, ConnectStageRejectWithOnlyProto) {
  Parsed p = parse_one(
      "Jun  1 19:00:55 mail postfix/smtpd[7749]: NOQUEUE: reject: CONNECT from unknown[192.0.2.114]: 450 4.7.25 "
      "Client host rejected: cannot find your hostname, [192.0.2.114]; proto=SMTP");
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.smtp_command, "CONN");
  EXPECT_EQ(e.source_domain, "");  // "unknown" means no reverse name
  EXPECT_EQ(e.source_ip, "192.0.2.114");
  EXPECT_EQ(e.enhanced_status, "4.7.25");
  EXPECT_EQ(e.diagnostic, "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.114]");
}

TEST(Postfix, SaslFailureIsAFailedLoginWithClientAndTally) {
  Parsed p = parse(std::vector<std::string>{
      "Sep  6 00:44:56 mx1 postfix/submission/smtpd[11538]: warning: unknown[192.0.2.233]: SASL LOGIN "
      "authentication failed: UGFzc3dvcmQ6",
      "Aug  4 16:47:52 mx1 postfix/smtpd[31152]: warning: unknown[192.0.2.237]:55729: SASL LOGIN authentication "
      "failed: authentication failure"});
  ASSERT_EQ(p.events().size(), 2u);
  EXPECT_EQ(p.tally(Tally::sasl_failure), 2u);
  EXPECT_EQ(p.events()[0].action, Action::failed);
  EXPECT_EQ(p.events()[0].source_ip, "192.0.2.233");
  EXPECT_EQ(p.events()[0].smtp_command, "AUTH");
  EXPECT_EQ(p.events()[0].diagnostic, "unknown[192.0.2.233]: SASL LOGIN authentication failed: UGFzc3dvcmQ6");
  EXPECT_EQ(p.events()[1].source_ip, "192.0.2.237");
}

// debug_peer_list's transcript of a client's session: smtpd's refusal of
// AUTH or MAIL is logged nowhere else and is an event; a refused RCPT has
// its own reject line, and the rest of the transcript is recognized. The
// SASL backend not answering is a failure of our own server; master
// throttling a daemon that failed is that daemon's fatal error again.
TEST(Postfix, DebugTranscriptRefusalsAndTheSaslBackendDown) {
  Parsed p = parse(std::vector<std::string>{
      "Mar 10 08:00:01 mx1 postfix/submission/smtpd[31071]: < printer-1f.example.org[192.0.2.41]: AUTH LOGIN",
      "Mar 10 08:00:01 mx1 postfix/submission/smtpd[31071]: > printer-1f.example.org[192.0.2.41]: 530 5.7.0 Must "
      "issue a STARTTLS command first",
      "Mar 10 08:00:02 mx1 postfix/smtpd[31080]: > nas01.example.org[192.0.2.73]: 250 2.1.0 Ok",
      "Mar 10 08:00:03 mx1 postfix/smtpd[31080]: > nas01.example.org[192.0.2.73]: 554 5.7.1 <x@example.net>: Relay "
      "access denied",
      "Mar 10 08:00:04 mx1 postfix/submission/smtpd[10301]: warning: SASL: Connect to private/auth failed: "
      "Connection refused",
      "Mar 10 08:00:05 mx1 postfix/master[1102]: warning: /usr/lib/postfix/sbin/smtpd: bad command startup -- "
      "throttling",
  });
  ASSERT_EQ(p.events().size(), 2u);
  EXPECT_EQ(p.events()[0].action, Action::failed);
  EXPECT_EQ(p.events()[0].source_ip, "192.0.2.41");
  EXPECT_EQ(p.events()[0].reply_code, 530);
  EXPECT_EQ(p.events()[0].file_line, 2u);
  EXPECT_EQ(p.events()[1].file_line, 5u);
  // (master's throttling restates the fatal error its daemon logged before.)
  for (Outcome o : {p.outcomes[0], p.outcomes[2], p.outcomes[3], p.outcomes[5]}) EXPECT_EQ(o, Outcome::recognized);
}

// A milter's DISCARD drops an accepted message: a rejection. A crashed
// daemon is a failure of our own; OpenSSL's "unexpected eof while reading",
// a client hanging up without TLS's closing alert, is none. A syslog daemon
// writing German month names ("Okt") is read as well.
TEST(Postfix, MilterDiscardCrashedDaemonAndHarmlessTlsEof) {
  Parsed p = parse(std::vector<std::string>{
      "Jun  3 08:00:12 mx1 postfix/cleanup[9012]: 2F1E0A7C55: milter-discard: END-OF-MESSAGE from "
      "unknown[203.0.113.77]: milter triggers DISCARD action; from=<offers@example.net> to=<info@example.com> "
      "proto=ESMTP helo=<mta77.example.net>",
      "Jun  9 11:47:15 mx1 postfix/master[1102]: warning: process /usr/lib/postfix/sbin/smtpd pid 28813 killed by "
      "signal 11",
      "Mar 15 09:57:00 mx1 postfix/smtps/smtpd[7282]: warning: TLS library problem: error:0A000126:SSL "
      "routines::unexpected eof while reading:../ssl/record/rec_layer_s3.c:308:",
      "Okt 15 23:48:15 mx1 postfix/lmtp[48460]: C88761F60D: to=<u@example.org>, relay=mx.example.org[private/"
      "dovecot-lmtp], delay=5.1, delays=2.4/0/0/2.7, dsn=5.2.2, status=bounced (host mx.example.org[private/"
      "dovecot-lmtp] said: 552 5.2.2 <u@example.org> Quota exceeded (mailbox for user is full) (in reply to end "
      "of DATA command))",
  });
  ASSERT_EQ(p.events().size(), 3u);
  EXPECT_EQ(p.events()[0].action, Action::rejected);
  EXPECT_EQ(p.events()[0].to_address, "info@example.com");
  EXPECT_EQ(p.events()[0].diagnostic, "milter triggers DISCARD action");
  EXPECT_EQ(p.events()[1].action, Action::failed);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  EXPECT_EQ(p.events()[2].action, Action::bounced);
  EXPECT_TRUE(p.events()[2].time.valid);
}

TEST(Postfix, LostConnectionAfterAuthIsAFailedLoginOnlyWhenNoFailureWasLogged) {
  Parsed p = parse(std::vector<std::string>{
      "Feb 18 09:48:00 mx1 postfix/smtpd[500]: connect from unknown[192.0.2.23]",
      "Feb 18 09:48:04 mx1 postfix/smtpd[500]: lost connection after AUTH from unknown[192.0.2.23]",
      "Feb 18 09:49:00 mx1 postfix/smtpd[500]: connect from unknown[192.0.2.24]",
      "Feb 18 09:49:01 mx1 postfix/smtpd[500]: warning: unknown[192.0.2.24]: SASL PLAIN authentication failed: ",
      "Feb 18 09:49:02 mx1 postfix/smtpd[500]: lost connection after AUTH from unknown[192.0.2.24]"});
  ASSERT_EQ(p.events().size(), 2u);
  EXPECT_EQ(p.outcomes[1], Outcome::reported);
  EXPECT_EQ(p.events()[0].source_ip, "192.0.2.23");
  EXPECT_EQ(p.events()[0].diagnostic, "lost connection after AUTH from unknown[192.0.2.23]");
  EXPECT_EQ(p.outcomes[4], Outcome::recognized);  // the same attempt as the SASL failure
  EXPECT_EQ(p.tally(Tally::sasl_failure), 1u);
}

TEST(Postfix, SessionNoiseIsRecognizedWithoutEvents) {
  Parsed p = parse(std::vector<std::string>{
      "Jun  3 06:25:43 srv postfix/smtpd[29306]: too many errors after RCPT from example.com[192.0.2.11]",
      "Dec 25 02:35:54 srv postfix/smtpd[9144]: improper command pipelining after RSET from host.example.net[192.0.2.217]",
      "Feb 10 13:26:34 srv postfix/smtpd[123]: disconnect from unknown[192.0.2.1] helo=1 auth=0/1 quit=1 commands=2/3",
      "Feb 18 09:50:05 srv postfix/smtpd[42]: lost connection after DATA from good-host.example.com[192.0.2.10]",
      "Aug 14 10:00:01 srv postfix/smtpd[1234]: warning: hostname bad.example.com does not resolve to address "
      "192.0.2.44: Name or service not known",
      "Oct 26 18:13:50 srv postfix/anvil[1]: statistics: max connection rate 1/60s for (smtpd:192.0.2.86) at Oct "
      "26 18:13:50",
      "Oct 26 18:13:50 srv postfix/master[1]: daemon started -- version 3.7.11, configuration /etc/postfix",
      "Oct 26 18:13:50 srv postfix/smtpd[2]: Anonymous TLS connection established from mail.example.org[192.0.2.2]: "
      "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"});
  EXPECT_TRUE(p.events().empty());
  for (Outcome o : p.outcomes) EXPECT_EQ(o, Outcome::recognized);
}

TEST(Postfix, UnknownPostfixWordingIsUnrecognized) {
  Parsed p = parse(std::vector<std::string>{
      "Oct 26 18:13:50 srv postfix/smtpd[2]: something Postfix never printed",
      "Oct 26 18:13:50 srv postfix/qmgr[2]: 4104E3D: a queue line of no known kind"});
  EXPECT_EQ(p.outcomes[0], Outcome::unrecognized);
  EXPECT_EQ(p.outcomes[1], Outcome::unrecognized);
}

// --- TLS --------------------------------------------------------------------------

TEST(Postfix, SslAcceptErrorAndItsLibraryLinesAreOneTlsFailure) {
  Parsed p = parse(std::vector<std::string>{
      "Apr 14 19:24:31 mx1 postfix/smtpd[4787]: connect from unknown[192.0.2.4]",
      "Apr 14 19:24:31 mx1 postfix/smtpd[4787]: SSL_accept error from unknown[192.0.2.4]: -1",
      "Apr 14 19:24:31 mx1 postfix/smtpd[4790]: connect from other.example.org[192.0.2.5]",
      "Apr 14 19:24:31 mx1 postfix/smtpd[4787]: warning: TLS library problem: error:1417D18C:SSL "
      "routines:tls_process_client_hello:version too low:../ssl/statem/statem_srvr.c:974:",
      "Apr 14 19:24:31 mx1 postfix/smtpd[4787]: lost connection after STARTTLS from unknown[192.0.2.4]"});
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.tally(Tally::tls_failure), 1u);
  EXPECT_EQ(p.outcomes[1], Outcome::reported);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.action, Action::failed);
  EXPECT_EQ(e.source_ip, "192.0.2.4");
  EXPECT_EQ(e.file_line, 2u);
  EXPECT_EQ(e.process_pid, 4787u);
  EXPECT_EQ(e.diagnostic,
            "SSL_accept error from unknown[192.0.2.4]: -1; TLS library problem: error:1417D18C:SSL "
            "routines:tls_process_client_hello:version too low:../ssl/statem/statem_srvr.c:974:");
}

TEST(Postfix, TlsLibraryLineBeforeTheErrorLineIsJoinedToo) {
  Parsed p = parse(std::vector<std::string>{
      "Apr 14 19:24:31 mx1 postfix/smtpd[77]: warning: TLS library problem: error:0A00010B:SSL routines::wrong "
      "version number:../ssl/record/ssl3_record.c:354:",
      "Apr 14 19:24:31 mx1 postfix/smtpd[77]: SSL_accept error from unknown[192.0.2.14]: -1"});
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.tally(Tally::tls_failure), 1u);
  EXPECT_EQ(p.events()[0].source_ip, "192.0.2.14");
  EXPECT_NE(p.events()[0].diagnostic.find("wrong version number"), std::string::npos);
}

TEST(Postfix, PendingTlsFailureIsFlushedAtEndOfInput) {
  Parsed p = parse_one("Aug 13 11:33:00 mx1 postfix/smtpd[13405]: SSL_accept error from "
                       "host.example.net[192.0.2.206]: lost connection");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].source_domain, "host.example.net");
}

TEST(Postfix, SslConnectErrorNamesTheDestination) {
  Parsed p = parse_one("Oct 26 18:13:50 mx1 postfix/smtp[9]: SSL_connect error to mail.example.org[192.0.2.2]:25: -1");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].destination_domain, "mail.example.org");
  EXPECT_EQ(p.events()[0].destination_ip, "192.0.2.2");
  EXPECT_EQ(p.events()[0].destination_port, 25);
  EXPECT_EQ(p.events()[0].source_ip, "");
}

// Our client's failed handshake and the deferral that restates it ("Cannot
// start TLS: handshake failure") are one failure: the deferral, which names
// the message, with the handshake's words in its text.
TEST(Postfix, AClientHandshakeGivesItsWordsToTheDeferralThatRestatesIt) {
  Parsed p = parse(std::vector<std::string>{
      "Mar 11 08:03:06 relay2 postfix/smtp[37589]: SSL_connect error to mail.example.org[192.0.2.15]:25: -1",
      "Mar 11 08:03:07 relay2 postfix/smtp[37589]: warning: TLS library problem: error:0A00018E:SSL routines::ca "
      "md too weak:../ssl/ssl_rsa.c:280:",
      "Mar 11 08:03:08 relay2 postfix/smtp[37589]: 3Zb1RTk7Bbz6: to=<a@example.org>, relay=mail.example.org"
      "[192.0.2.15]:25, delay=20, delays=0.1/0.02/18/0, dsn=4.7.5, status=deferred (Cannot start TLS: handshake "
      "failure)",
      // alone, with nothing restating it, the handshake is its own failure
      "Mar 11 08:04:00 relay2 postfix/smtp[37590]: SSL_connect error to mx.example.net[192.0.2.16]:25: -1",
  });
  ASSERT_EQ(p.events().size(), 2u);
  EXPECT_EQ(p.events()[0].action, Action::deferred);
  EXPECT_EQ(p.events()[0].file_line, 3u);
  EXPECT_EQ(p.events()[0].to_address, "a@example.org");
  EXPECT_NE(p.events()[0].diagnostic.find("Cannot start TLS: handshake failure"), std::string::npos);
  EXPECT_NE(p.events()[0].diagnostic.find("ca md too weak"), std::string::npos);
  EXPECT_EQ(p.events()[1].action, Action::failed);
  EXPECT_EQ(p.events()[1].destination_domain, "mx.example.net");
  EXPECT_EQ(p.tally(Tally::tls_failure), 2u);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.outcomes[2], Outcome::reported);
}

// A certificate that does not verify is counted as a TLS problem but is no
// failure of its own: the delivery's status line says whether the policy
// deferred the message for it, or it went out over the untrusted session.
TEST(Postfix, CertificateAndRequiredTlsFailuresAreTlsFailures) {
  Parsed p = parse(std::vector<std::string>{
      "Oct 26 18:13:50 mx1 postfix/smtp[9]: certificate verification failed for mail.example.com[192.0.2.115]:25: "
      "self-signed certificate",
      "Oct 26 18:13:51 mx1 postfix/smtp[9]: warning: TLS is required, but was not offered by host "
      "mx.example.net[192.0.2.40]"});
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.tally(Tally::tls_failure), 2u);
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  EXPECT_EQ(p.events()[0].destination_domain, "mx.example.net");
  EXPECT_EQ(p.events()[0].diagnostic, "TLS is required, but was not offered by host mx.example.net[192.0.2.40]");
}

TEST(Postfix, ConnectionRateLimitWarningIsAFailureFromTheClient) {
  Parsed p = parse_one("Sep 19 12:10:57 mx1 postfix/smtpd[23244]: warning: Connection rate limit exceeded: 31 from "
                       "spamhost.example.org[192.0.2.123] for service smtp");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].action, Action::failed);
  EXPECT_EQ(p.events()[0].source_ip, "192.0.2.123");
  EXPECT_EQ(p.events()[0].diagnostic,
            "Connection rate limit exceeded: 31 from spamhost.example.org[192.0.2.123] for service smtp");
}

// --- postscreen -------------------------------------------------------------------

TEST(Postfix, PostscreenDnsblRejectParsesBracketPeerAndCommaKeyValues) {
  Parsed p = parse_one(
      "May  5 15:51:11 mx1 postfix/postscreen[1148]: NOQUEUE: reject: RCPT from [192.0.2.173]:60591: 550 5.7.1 "
      "Service unavailable; client [192.0.2.173] blocked using zen.spamhaus.org; from=<spammer@example.com>, "
      "to=<goodguy@example.com>, proto=ESMTP, helo=<badguy.example.com>");
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.action, Action::rejected);
  EXPECT_EQ(e.source_ip, "192.0.2.173");
  EXPECT_EQ(e.from_address, "spammer@example.com");
  EXPECT_EQ(e.to_address, "goodguy@example.com");
  EXPECT_EQ(e.diagnostic, "550 5.7.1 Service unavailable; client [192.0.2.173] blocked using zen.spamhaus.org");
}

TEST(Postfix, PostscreenVerdictsAreRecognized) {
  Parsed p = parse(std::vector<std::string>{
      "Dec 23 19:39:13 mx1 postfix/postscreen[21057]: CONNECT from [192.0.2.2]:59415 to [198.51.100.1]:25",
      "Dec 23 19:39:13 mx1 postfix/postscreen[21057]: PREGREET 14 after 0.08 from [192.0.2.2]:59415: EHLO ylmf-pc\\r\\n",
      "Dec 23 19:39:13 mx1 postfix/postscreen[21057]: DNSBL rank 3 for [192.0.2.2]:59415",
      "Dec 23 19:39:13 mx1 postfix/postscreen[21057]: PASS NEW [192.0.2.3]:36051",
      "Dec 24 00:54:36 mx1 postfix/postscreen[22515]: HANGUP after 16 from [192.0.2.3]:48119 in tests after SMTP "
      "handshake",
      "Dec 24 00:54:36 mx1 postfix/postscreen[22515]: DISCONNECT [192.0.2.3]:48119"});
  EXPECT_TRUE(p.events().empty());
  for (Outcome o : p.outcomes) EXPECT_EQ(o, Outcome::recognized);
  EXPECT_EQ(p.tally(Tally::connection), 0u);  // postscreen connections are not smtpd sessions
}

// --- cleanup ----------------------------------------------------------------------

TEST(Postfix, CleanupHeaderRejectTakesTheTextAfterTheKeyValues) {
  Parsed p = parse_one(
      "Oct 26 18:13:50 mx1 postfix/cleanup[7]: 4104E3D: reject: header Subject: cheap meds from "
      "mail.example.org[192.0.2.41]; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<mail.example.org>: "
      "5.7.1 Spam not accepted here");
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.diagnostic, "5.7.1 Spam not accepted here");
  EXPECT_EQ(e.enhanced_status, "5.7.1");
  EXPECT_EQ(e.reply_code, 0);
  EXPECT_EQ(e.source_ip, "192.0.2.41");
  EXPECT_EQ(e.local_id, "4104E3D");
  EXPECT_EQ(e.from_address, "a@example.org");
}

TEST(Postfix, MilterRejectAtEndOfMessageIsADataReject) {
  Parsed p = parse_one(
      "Oct 26 18:13:50 mx1 postfix/cleanup[7]: 4104E3D: milter-reject: END-OF-MESSAGE from "
      "mail.example.org[192.0.2.86]: 5.7.1 Blocked by SpamAssassin; from=<a@example.org> to=<b@example.net> "
      "proto=ESMTP helo=<mail.example.org>");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].smtp_command, "DATA");
  EXPECT_EQ(p.events()[0].diagnostic, "5.7.1 Blocked by SpamAssassin");
  EXPECT_EQ(p.events()[0].enhanced_status, "5.7.1");
}

// --- Delivery agents --------------------------------------------------------------

TEST(Postfix, SentDeliveryParsesRelayDelayDsnAndReply) {
  Parsed p = parse_one(
      "Oct 26 18:13:50 mx1 postfix/smtp[5]: 0D9633D: to=<jos@example.com>, orig_to=<bestuur@example.com>, "
      "relay=mail1.example.net[192.0.2.11]:25, delay=11, delays=5.4/0.06/5.1/0.03, dsn=2.0.0, status=sent (250 "
      "2.0.0 Ok: queued as F12DF84004)");
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.action, Action::delivered);
  EXPECT_EQ(e.local_id, "0D9633D");
  EXPECT_EQ(e.to_address, "jos@example.com");
  EXPECT_EQ(e.destination_domain, "mail1.example.net");
  EXPECT_EQ(e.destination_ip, "192.0.2.11");
  EXPECT_EQ(e.destination_port, 25);
  EXPECT_EQ(e.delay_ms, 11000);
  EXPECT_EQ(e.enhanced_status, "2.0.0");
  EXPECT_EQ(e.reply_code, 250);
  EXPECT_EQ(e.diagnostic, "250 2.0.0 Ok: queued as F12DF84004");
}

TEST(Postfix, BouncedDeliveryTakesTheFinalParenthesesAndTheCommand) {
  Parsed p = parse_one(
      "Oct 26 18:13:50 mx1 postfix/smtp[5]: 9A1B2C3D4E: to=<nobody@example.net>, "
      "relay=mx.example.net[192.0.2.1]:25, delay=1.25, delays=0.05/0/0.6/0.6, dsn=5.1.1, status=bounced (host "
      "mx.example.net[192.0.2.1] said: 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown "
      "(in reply to RCPT TO command))");
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.action, Action::bounced);
  EXPECT_EQ(e.diagnostic,
            "host mx.example.net[192.0.2.1] said: 550 5.1.1 <nobody@example.net>: Recipient address rejected: User "
            "unknown (in reply to RCPT TO command)");
  EXPECT_EQ(e.reply_code, 550);
  EXPECT_EQ(e.enhanced_status, "5.1.1");
  EXPECT_EQ(e.smtp_command, "RCPT");
  EXPECT_EQ(e.delay_ms, 1250);
}

TEST(Postfix, EndOfDataReplyIsADataCommand) {
  Parsed p = parse_one(
      "Oct 26 18:13:50 mx1 postfix/smtp[5]: 4E74613FE76: to=<x@example.com>, relay=mx.example.com[192.0.2.27]:25, "
      "delay=1.9, delays=0.05/0/1.1/0.71, dsn=5.7.1, status=bounced (host mx.example.com[192.0.2.27] said: "
      "550-5.7.1 Our system has detected that this 550-5.7.1 message is likely unsolicited mail. (in reply to end "
      "of DATA command))");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].smtp_command, "DATA");
  EXPECT_EQ(p.events()[0].reply_code, 550);
}

// relay=none: no server answered; the destination is the one the text says
// was tried last (the "connect to" lines before it are steps of this failure).
TEST(Postfix, DeferredWithRelayNoneNamesTheServerItTried) {
  Parsed p = parse_one(
      "Oct 26 18:13:50 mx1 postfix/smtp[5]: 2DC5552A34: to=<user@example.com>, relay=none, delay=63495, "
      "delays=63350/144/0/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.22]:25: Connection "
      "timed out)");
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.action, Action::deferred);
  EXPECT_EQ(e.destination_domain, "mx.example.com");
  EXPECT_EQ(e.destination_ip, "192.0.2.22");
  EXPECT_EQ(e.destination_port, 25);
  EXPECT_EQ(e.delay_ms, 63495000);
  EXPECT_EQ(e.enhanced_status, "4.4.1");
  EXPECT_EQ(e.reply_code, 0);  // ":25:" is a port, not a reply
  EXPECT_EQ(e.diagnostic, "connect to mx.example.com[192.0.2.22]:25: Connection timed out");
}

TEST(Postfix, LocalAndLmtpTransportsHaveNoIpDestination) {
  Parsed p = parse(std::vector<std::string>{
      "Oct 26 18:13:50 mx1 postfix/local[5]: 892A0205B6: to=<ghost@localhost>, relay=local, delay=0.05, "
      "delays=0.02/0/0/0.02, dsn=5.1.1, status=bounced (unknown user: \"ghost\")",
      "Oct 26 18:13:50 mx1 postfix/lmtp[6]: AD6E41CDC05C: to=<admin@example.com>, "
      "relay=sub1.example.com[private/dovecot-lmtp], delay=0.15, delays=0.04/0/0.02/0.08, dsn=2.0.0, status=sent "
      "(250 2.0.0 <admin@example.com> qYyyBMsl9FRuZQAAA15QOA Saved)"});
  ASSERT_EQ(p.events().size(), 2u);
  EXPECT_EQ(p.events()[0].action, Action::bounced);
  EXPECT_EQ(p.events()[0].destination_domain, "");
  EXPECT_EQ(p.events()[0].diagnostic, "unknown user: \"ghost\"");
  EXPECT_EQ(p.events()[1].destination_domain, "sub1.example.com");
  EXPECT_EQ(p.events()[1].destination_ip, "");
}

TEST(Postfix, AddressVerificationProbesAreNotDeliveries) {
  Parsed p = parse_one(
      "Oct 26 18:13:50 mx1 postfix/smtp[5]: 3E29030F8637E: to=<user@example.com>, relay=none, delay=0.01, "
      "delays=0.01/0/0/0, dsn=5.1.1, status=undeliverable-but-not-cached (User unknown in virtual alias table)");
  EXPECT_TRUE(p.events().empty());
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
}

TEST(Postfix, ConnectFailureWithoutQueueIdIsAFailedConnection) {
  Parsed p = parse_one("Oct 26 18:13:50 mx1 postfix/smtp[5]: connect to mx.example.nl[192.0.2.98]:25: Connection timed out");
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.action, Action::failed);
  EXPECT_EQ(e.destination_domain, "mx.example.nl");
  EXPECT_EQ(e.destination_ip, "192.0.2.98");
  EXPECT_EQ(e.destination_port, 25);
  EXPECT_EQ(e.diagnostic, "connect to mx.example.nl[192.0.2.98]:25: Connection timed out");
}

TEST(Postfix, ServerAttemptWithQueueIdDefersTheMessage) {
  Parsed p = parse(std::vector<std::string>{
      "Oct 26 18:13:50 mx1 postfix/smtp[5]: ED59C3D: host mail2.example.com[192.0.2.23] said: 450 4.7.1 "
      "<user@example.com>: Recipient address rejected: Greylisted for 5 minutes (in reply to RCPT TO command)",
      "Oct 26 18:13:51 mx1 postfix/smtp[5]: ED59C3D: connect to mx2.example.com[192.0.2.24]:25: Connection refused",
      "Oct 26 18:13:52 mx1 postfix/smtp[5]: B99FE3D: lost connection with mx3.example.com[192.0.2.72] while "
      "receiving the initial server greeting"});
  ASSERT_EQ(p.events().size(), 3u);
  for (const OwnedEvent& e : p.events()) EXPECT_EQ(e.action, Action::deferred);
  EXPECT_EQ(p.events()[0].local_id, "ED59C3D");
  EXPECT_EQ(p.events()[0].reply_code, 450);
  EXPECT_EQ(p.events()[0].smtp_command, "RCPT");
  EXPECT_EQ(p.events()[0].destination_ip, "192.0.2.23");
  EXPECT_EQ(p.events()[1].destination_port, 25);
  EXPECT_EQ(p.events()[2].destination_domain, "mx3.example.com");
}

// Postfix logs each MX it could not use, then the recipient's status, which
// repeats the last server's error: that line is a step of the status line's
// failure, not a second one, and so is the same error from another MX host of
// the same attempt (the hosts' own wording after the reply's code and status
// aside). Another server's different failure counts on its own, as does a
// failure before a delivery through a later MX.
TEST(Postfix, TheServerErrorAStatusLineRepeatsIsNotCountedTwice) {
  Parsed p = parse(std::vector<std::string>{
      "Oct 26 18:13:50 mx1 postfix/smtp[5]: connect to mx1.example.net[192.0.2.31]:25: Connection timed out",
      "Oct 26 18:14:20 mx1 postfix/smtp[5]: connect to mx2.example.net[192.0.2.32]:25: Connection timed out",
      "Oct 26 18:14:20 mx1 postfix/smtp[5]: 5A1C2D3E: to=<a@example.net>, relay=none, delay=60, "
      "delays=0/0/60/0, dsn=4.4.1, status=deferred (connect to mx2.example.net[192.0.2.32]:25: Connection timed out)",
      "Oct 26 18:15:00 mx1 postfix/smtp[6]: 6B2D3E4F: host mx.free.example[192.0.2.99] refused to talk to me: 421 "
      "Refused. Your reverse DNS entry does not resolve to an IP.",
      "Oct 26 18:15:01 mx1 postfix/smtp[6]: 6B2D3E4F: to=<b@free.example>, relay=mx.free.example[192.0.2.99]:25, "
      "delay=2, delays=0/0/2/0, dsn=4.0.0, status=deferred (host mx.free.example[192.0.2.99] refused to talk to "
      "me: 421 Refused. Your reverse DNS entry does not resolve to an IP.)",
      "Oct 26 18:16:00 mx1 postfix/smtp[7]: 7C3E4F5A: lost connection with mx1.example.org[192.0.2.41] while "
      "receiving the initial server greeting",
      "Oct 26 18:16:05 mx1 postfix/smtp[7]: 7C3E4F5A: to=<c@example.org>, relay=mx2.example.org[192.0.2.42]:25, "
      "delay=5, delays=0/0/1/4, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1234)",
      // Both MX hosts refuse with 554 in their own words: one failure. Then a third
      // host refuses differently from the one the status names: two.
      "Oct 26 18:17:00 mx1 postfix/smtp[8]: 8D4F5A6B: host mx00.mail.example[192.0.2.51] refused to talk to me: "
      "554-mail.example (mx014) Service not available 554 IP address is block listed",
      "Oct 26 18:17:01 mx1 postfix/smtp[8]: 8D4F5A6B: to=<d@mail.example>, relay=mx01.mail.example[192.0.2.52]:25, "
      "delay=1, delays=0/0/1/0, dsn=4.0.0, status=deferred (host mx01.mail.example[192.0.2.52] refused to talk "
      "to me: 554-mail.example (mx117) Service not available 554 IP address is block listed)",
      "Oct 26 18:18:00 mx1 postfix/smtp[9]: 9E5A6B7C: host mx1.other.example[192.0.2.61] said: 421 4.7.0 Try "
      "again later (in reply to MAIL FROM command)",
      "Oct 26 18:18:30 mx1 postfix/smtp[9]: 9E5A6B7C: to=<e@other.example>, relay=none, delay=30, "
      "delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx2.other.example[192.0.2.62]:25: Connection timed "
      "out)"});
  std::map<uint64_t, const OwnedEvent*> by_line;
  for (const OwnedEvent& e : p.events()) EXPECT_TRUE(by_line.emplace(e.file_line, &e).second) << e.file_line;
  ASSERT_EQ(by_line.size(), 7u);
  EXPECT_EQ(by_line.count(1), 0u);  // the same timeout at mx1: a step of line 3's deferral
  EXPECT_EQ(by_line.count(2), 0u);  // repeated by line 3
  EXPECT_EQ(by_line.count(4), 0u);  // repeated by line 5
  EXPECT_EQ(by_line.count(8), 0u);  // the same 554 at mx00: a step of line 9's deferral
  ASSERT_EQ(by_line.count(3), 1u);
  EXPECT_EQ(by_line[3]->action, Action::deferred);
  EXPECT_EQ(by_line[3]->destination_domain, "mx2.example.net");
  ASSERT_EQ(by_line.count(5), 1u);
  EXPECT_EQ(by_line[5]->action, Action::deferred);
  // The greeting lost at mx1, then the delivery through mx2.
  ASSERT_EQ(by_line.count(6), 1u);
  EXPECT_EQ(by_line[6]->action, Action::deferred);
  EXPECT_EQ(by_line[6]->destination_domain, "mx1.example.org");
  ASSERT_EQ(by_line.count(7), 1u);
  EXPECT_EQ(by_line[7]->action, Action::delivered);
  ASSERT_EQ(by_line.count(9), 1u);
  EXPECT_EQ(by_line[9]->destination_domain, "mx01.mail.example");
  // mx1's 421 is another failure than mx2's timeout: both count.
  ASSERT_EQ(by_line.count(10), 1u);
  EXPECT_EQ(by_line[10]->reply_code, 421);
  ASSERT_EQ(by_line.count(11), 1u);
  for (size_t line : {0, 1, 3, 5, 7}) EXPECT_EQ(p.outcomes[line], Outcome::recognized) << line;
}

// A held server failure whose attempt never logs a status (the log ends, the
// process moves to another message) is reported after all.
TEST(Postfix, AServerFailureWithoutAStatusLineIsReported) {
  Parsed p = parse(std::vector<std::string>{
      "Oct 26 18:13:50 mx1 postfix/smtp[5]: 1A2B3C4D: host mx.example.com[192.0.2.5] said: 421 4.7.0 Try again "
      "later (in reply to MAIL FROM command)",
      "Oct 26 18:13:55 mx1 postfix/smtp[5]: 2B3C4D5E: to=<d@example.org>, relay=mx.example.org[192.0.2.6]:25, "
      "delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok)",
      "Oct 26 18:14:00 mx1 postfix/smtp[8]: connect to mx.example.nl[192.0.2.98]:25: Connection refused"});
  ASSERT_EQ(p.events().size(), 3u);
  EXPECT_EQ(p.events()[0].action, Action::deferred);
  EXPECT_EQ(p.events()[0].file_line, 1u);
  EXPECT_EQ(p.events()[0].reply_code, 421);
  EXPECT_EQ(p.events()[1].action, Action::delivered);
  EXPECT_EQ(p.events()[2].action, Action::failed);
  EXPECT_EQ(p.events()[2].file_line, 3u);
}

TEST(Postfix, NameServiceErrorNamesTheDestinationDomain) {
  Parsed p = parse_one("Oct 26 18:13:50 mx1 postfix/smtp[5]: Host or domain name not found. Name service error for "
                       "name=example.net type=MX: Host not found, try again");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].action, Action::failed);
  EXPECT_EQ(p.events()[0].destination_domain, "example.net");
}

TEST(Postfix, ClientSideSaslFailureIsAFailedLoginToTheServer) {
  Parsed p = parse_one("Oct 26 18:13:50 mx1 postfix/smtp[5]: D0F29603B4: SASL authentication failed; server "
                       "smtp.example.com[192.0.2.4] said: 535 5.7.8 Error: authentication failed: authentication "
                       "failure");
  ASSERT_EQ(p.events().size(), 1u);
  const OwnedEvent& e = p.events()[0];
  EXPECT_EQ(e.action, Action::failed);
  EXPECT_EQ(e.local_id, "D0F29603B4");
  EXPECT_EQ(e.destination_domain, "smtp.example.com");
  EXPECT_EQ(e.reply_code, 535);
  EXPECT_EQ(e.enhanced_status, "5.7.8");
  EXPECT_EQ(e.smtp_command, "AUTH");
  EXPECT_EQ(p.tally(Tally::sasl_failure), 0u);  // the tally counts logins to our own servers
}

TEST(Postfix, BounceNotificationsAndQueueAdministrationAreRecognized) {
  Parsed p = parse(std::vector<std::string>{
      "Oct 26 18:13:50 mx1 postfix/bounce[5]: 17CCA8044: sender non-delivery notification: ADD2F8052",
      "Oct 26 18:13:50 mx1 postfix/bounce[5]: 264FE1A18: sender delay notification: 0A87A1A08",
      "Oct 26 18:13:50 mx1 postfix/postsuper[6]: D4F2023DB: placed on hold",
      "Oct 26 18:13:50 mx1 postfix/postsuper[6]: Deleted: 115 messages",
      "Oct 26 18:13:50 mx1 postfix/pickup[7]: D2FAE20586: uid=0 from=<root>",
      "Oct 26 18:13:50 mx1 postfix/cleanup[8]: warning: 9BECF3F19D: sender_canonical_maps map lookup problem for "
      "sender@example.com -- message not accepted, try again later"});
  EXPECT_TRUE(p.events().empty());
  for (Outcome o : p.outcomes) EXPECT_EQ(o, Outcome::recognized);
}

// A Postfix program that cannot work (a fatal error, a panic) and mail handed
// to Postfix's sendmail that the queue cannot take or that waits for a pickup
// service that is not running are failures of our own server, each with the
// cause its wording names; starting Postfix twice and ordinary warnings are not.
TEST(Postfix, FatalErrorsAndStuckSubmissionsAreFailuresOfTheLocalServer) {
  // (Each with its rule; a local service that is down or overloaded, rather
  // than set up wrong, is server_unavailable: kDown marks those.)
  const std::string kDown = "|server_unavailable";
  const std::vector<std::pair<std::string, std::string>> failing = {
      {"Jun  3 05:04:00 relay postfix/sendmail[20905]: fatal: parameter inet_interfaces: no local interface found "
       "for ::1",
       "postfix.inet_interfaces_no_local"},
      {"Jun  3 05:04:01 relay postfix/postdrop[20906]: warning: unable to look up public/pickup: No such file or "
       "directory",
       "postfix.postdrop.master_not_running" + kDown},
      {"Jun  3 05:04:02 relay postfix/postdrop[20907]: warning: mail_queue_enter: create file maildrop/701283.20907: "
       "Permission denied",
       "postfix.postdrop.queue_unusable"},
      {"Jun  3 05:04:03 relay postfix/master[1010]: fatal: bind 0.0.0.0 port 25: Address already in use",
       "mta.port_in_use"},
      {"Jun  3 05:04:04 relay postfix/smtp[20910]: fatal: open database /etc/postfix/sasl_passwd.db: No such file or "
       "directory",
       "postfix.fatal.table_not_built"},
      {"Jun  3 05:04:05 relay postfix/smtpd[20911]: fatal: no SASL authentication mechanisms",
       "postfix.fatal.no_sasl_mechanisms"},
      {"Jun  3 05:04:06 relay postfix/smtp[20912]: fatal: unknown service: smtp/tcp", "postfix.fatal.unknown_service"},
      {"Jun  3 05:04:07 relay postfix/cleanup[20913]: fatal: /etc/postfix/main.cf, line 7: missing '=' after "
       "attribute name: \"mydomain\"",
       "postfix.fatal.other"},
      {"Jun  3 05:04:08 relay postfix/qmgr[20914]: panic: myfree: corrupt or unallocated memory block",
       "postfix.fatal.other"},
      {"Jun  3 05:04:09 relay postfix/cleanup[20915]: warning: connect to Milter service inet:localhost:8891: "
       "Connection refused",
       "postfix.milter_down" + kDown},
      {"Jun  3 05:04:10 relay postfix/cleanup[20916]: warning: milter inet:127.0.0.1:11332: can't read SMFIC_OPTNEG "
       "reply packet header: Connection reset by peer",
       "postfix.milter_down" + kDown},
      {"Jun  3 05:04:11 relay postfix/smtpd[20917]: warning: problem talking to server 127.0.0.1:10023: Connection "
       "refused",
       "postfix.policy_service_unreachable" + kDown},
      {"Jun  3 05:04:12 relay postfix/trivial-rewrite[20918]: warning: proxy:mysql:/etc/postfix/mysql-virtual.cf: "
       "table lookup problem",
       "postfix.table_lookup_problem" + kDown},
      {"Jun  3 05:04:13 relay postfix/qmgr[20919]: warning: connect to transport private/amavis: No such file or "
       "directory",
       "postfix.qmgr.transport_unavailable"},
      // the database behind a table: its lookups then fail in lines of their own
      {"Jun  3 05:04:14 relay postfix/proxymap[20920]: warning: connect to mysql server 127.0.0.1: Can't connect to "
       "MySQL server on '127.0.0.1' (111)",
       "postfix.table_lookup_problem" + kDown},
      {"Jun  3 05:04:15 relay postfix/proxymap[20921]: warning: dict_ldap_connect: Unable to bind to server "
       "ldap://ldap.example.org:389 with dn cn=postfix,dc=example,dc=org: -1 (Can't contact LDAP server)",
       "postfix.table_lookup_problem" + kDown},
  };
  std::string error;
  auto classifier = Classifier::create(&error);
  ASSERT_NE(classifier, nullptr) << error;
  ClassifierScratch scratch;
  for (const auto& [line, rule] : failing) {
    Parsed p = parse({line});
    ASSERT_EQ(p.outcomes[0], Outcome::reported) << line;
    ASSERT_EQ(p.events().size(), 1u) << line;
    const OwnedEvent& owned = p.events()[0];
    EXPECT_EQ(owned.action, Action::failed) << line;
    EXPECT_EQ(owned.diagnostic, line.substr(line.find("]: ") + 3)) << line;
    Event ev = testing::classification_input(owned);
    classifier->apply(ev, &scratch);
    const size_t bar = rule.find('|');
    EXPECT_EQ(ev.rule_id, rule.substr(0, bar)) << line;
    EXPECT_EQ(ev.cause, bar == std::string::npos ? "server_settings" : rule.substr(bar + 1)) << line;
  }
  Parsed quiet = parse(std::vector<std::string>{
      "Jun  3 05:05:00 relay postfix/master[1010]: fatal: the Postfix mail system is already running",
      "Jun  3 05:05:00 relay postfix/postfix-script[1011]: fatal: the Postfix mail system is already running",
      "Jun  3 05:05:01 relay postfix/master[1012]: fatal: open lock file /var/lib/postfix/master.lock: unable to set "
      "exclusive lock: Resource temporarily unavailable",
      "Jun  3 05:05:02 relay postfix/postdrop[20920]: warning: /etc/postfix/main.cf, line 30: overriding earlier "
      "entry: relayhost=[smtp.example.org]:587",
      "Jun  3 05:05:03 relay postfix/smtp[20921]: warning: problem talking to service private/scache: Connection "
      "timed out"});
  EXPECT_TRUE(quiet.events().empty());
  for (Outcome o : quiet.outcomes) EXPECT_EQ(o, Outcome::recognized);
}

// smtpd's 451 4.3.5 after its own warning that the policy service did not
// answer is that outage (server_unavailable); the same reply without such a
// warning, or after another process's, or much later, is the configuration's.
TEST(PostfixParser, AConfigurationProblemReplyAfterAPolicyServiceWarningIsTheServiceDown) {
  const std::string reject =
      ": NOQUEUE: reject: RCPT from mail.partner.example.org[198.51.100.40]: 451 4.3.5 <bob@example.com>: Recipient "
      "address rejected: Server configuration problem; from=<a@partner.example.org> to=<bob@example.com> "
      "proto=ESMTP helo=<mail.partner.example.org>";
  Parsed p = parse({
      "Jun  3 07:25:12 mx1 postfix/smtpd[1212]: warning: problem talking to server 127.0.0.1:10023: Connection "
      "refused",
      "Jun  3 07:25:15 mx1 postfix/smtpd[1212]" + reject,
      "Jun  3 07:26:00 mx1 postfix/smtpd[1212]" + reject,  // no warning of its own before it
      "Jun  3 07:27:00 mx1 postfix/smtpd[1300]: warning: problem talking to server 127.0.0.1:10023: Connection "
      "refused",
      "Jun  3 07:27:01 mx1 postfix/smtpd[1301]" + reject,  // another process's reply
      "Jun  3 07:30:00 mx1 postfix/smtpd[1400]: warning: problem talking to server private/policy-spf: Connection "
      "timed out",
      "Jun  3 07:45:00 mx1 postfix/smtpd[1400]" + reject,  // a quarter of an hour later
  });
  ASSERT_EQ(p.events().size(), 7u);
  const std::vector<std::string> expected = {"server_unavailable", "server_unavailable", "server_settings",
                                             "server_unavailable", "server_settings",    "server_unavailable",
                                             "server_settings"};
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(testing::verdict_of(p.events()[i]).cause, expected[i]) << i;
  EXPECT_EQ(testing::verdict_of(p.events()[1]).rule, "postfix.reject.policy_service_down");
  EXPECT_EQ(p.events()[1].action, Action::rejected);
}

// `journalctl -u postfix -o cat` prints Postfix's messages without any
// envelope: such a file is recognized by its first lines and read as Postfix
// (no time, host or pid), with the queue-id correlation intact; syslog files,
// client logs and mixed text are left to their own readers.
TEST(PostfixBare, MessagesWithoutEnvelopeAreSniffedAndRead) {
  const std::vector<std::string> bare = {
      "connect from mail.example.net[192.0.2.10]",
      "4C1B2D3E0A: client=mail.example.net[192.0.2.10]",
      "4C1B2D3E0A: message-id=<abc@example.net>",
      "4C1B2D3E0A: from=<a@example.net>, size=2048, nrcpt=1 (queue active)",
      "4C1B2D3E0A: to=<b@example.org>, relay=mx.example.org[192.0.2.20]:25, delay=1.2, delays=0.1/0/0.5/0.6, "
      "dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.20] said: 550 5.1.1 <b@example.org>: Recipient "
      "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
      "4C1B2D3E0A: removed",
      "disconnect from mail.example.net[192.0.2.10] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5",
  };
  std::string head;
  for (const std::string& l : bare) head += l + "\n";
  EXPECT_GE(postfix_bare_sniff(head), 90);
  EXPECT_EQ(detect_format(head), find_format("postfix"));

  std::string syslog_head, client_head, mixed_head;
  for (const std::string& l : bare) syslog_head += "Mar 10 06:00:00 mx1 postfix/smtp[1]: " + l + "\n";
  EXPECT_EQ(postfix_bare_sniff(syslog_head), 0);
  client_head = "msmtp: authentication failed (method PLAIN)\nmsmtp: server message: 535 5.7.8 Error\n"
                "msmtp: could not send mail (account default from /etc/msmtprc)\n";
  EXPECT_EQ(postfix_bare_sniff(client_head), 0);
  mixed_head = head + "hello\nworld\nthis is\nsome other\ntext file\nwith lines\nof prose\nin it\n";
  EXPECT_EQ(postfix_bare_sniff(mixed_head), 0);

  FileContext ctx{.path = "postfix.txt", .mtime = kMtime, .now = kMtime};
  auto parser = make_syslog_dispatcher(ctx, find_format("postfix"));
  CollectingSink sink;
  std::vector<Outcome> outcomes;
  for (size_t i = 0; i < bare.size(); ++i) outcomes.push_back(parser->parse_line(bare[i], i + 1, sink));
  parser->finish(sink);
  for (Outcome o : outcomes) EXPECT_NE(o, Outcome::unrecognized);
  ASSERT_EQ(sink.events.size(), 1u);
  const OwnedEvent& e = sink.events[0];
  EXPECT_EQ(e.action, Action::bounced);
  EXPECT_FALSE(e.time.valid);
  EXPECT_EQ(e.process_name, "postfix");
  EXPECT_EQ(e.to_address, "b@example.org");
  EXPECT_EQ(e.from_address, "a@example.net");  // correlated from the earlier line
  EXPECT_EQ(e.message_id, "abc@example.net");
  EXPECT_EQ(e.source_ip, "192.0.2.10");

  // Without a program named, a bare line stays unrecognized.
  auto any = make_syslog_dispatcher(ctx, nullptr);
  EXPECT_EQ(any->parse_line(bare[1], 1, sink), Outcome::unrecognized);
}

// Which words open a line as a queue id (short and long forms), for a message
// shorter than 32 bytes and for a longer one (the scan looks at 32 bytes at a
// time when it can, so both ways are held to the same verdicts).
TEST(Postfix, QueueIdShapesAreTheSameInShortAndLongMessages) {
  // is_id: an id by its shape alone; by_fields: also before a queue record's
  // own fields ("to=<", "from=<", ...), where an id made up or cut short by
  // hand in a pasted log is still the record's id.
  struct Case {
    std::string id;
    bool is_id;
    bool by_fields;
  } cases[] = {
      {"3F2A1C4D5E", true, true},          // short form: upper-case hex
      {"D2FAE2", true, true},              // six characters: the least
      {"D2FAE", false, false},             // five: too short
      {"48rT2v1hQrz1J0N", true, true},     // long form: 'z' at 10
      {"4TvQDN0xa1z9t6q", true, true},     // with vowels, which Postfix never writes but examples do
      {"48rT2v1hQz", false, true},         // 'z' at 9, ten characters: too short for the long form
      {"4Q2mHjf8RkZmj4", true, true},      // made-up long id without the 'z', its digits tell it from a word
      {"Authentication", false, true},     // a long word is no id by its shape
      {"48rT2v1hQry1J0N", true, true},     // no 'z' at 10, but a long id with digits
      {"3F2A1C4D5g", false, true},         // lower case in a short id
      {"ABCDEF0123456789ABCDEF0123456789", false, false},  // 32 characters: longer than any id
      {"ABCDEF0123456789ABCDEF012345678", true, true},     // 31 upper-case hex
      {"warning", false, true},
  };
  for (const Case& c : cases) {
    // Short: "ID: removed" (under 32 bytes for ids up to 22 characters): the shape decides.
    std::string removed = c.id + ": removed";
    Parsed short_one = parse_one("Mar 10 12:00:00 mx1 postfix/qmgr[102]: " + removed);
    EXPECT_EQ(short_one.tally(Tally::removed), c.is_id ? 1u : 0u) << removed;
    // Long: a delivery line, whose event names the id.
    std::string delivery = c.id + ": to=<r@example.net>, relay=mx.example.net[192.0.2.41]:25, delay=1, dsn=5.1.1, "
                                  "status=bounced (host mx.example.net said: 550 5.1.1 unknown user)";
    Parsed long_one = parse_one("Mar 10 12:00:00 mx1 postfix/smtp[103]: " + delivery);
    if (c.by_fields) {
      ASSERT_EQ(long_one.events().size(), 1u) << delivery;
      EXPECT_EQ(long_one.events()[0].local_id, c.id);
    } else {
      for (const auto& e : long_one.events()) EXPECT_NE(e.local_id, c.id) << delivery;
    }
  }
  Parsed noqueue = parse_one(
      "Mar 10 12:00:00 mx1 postfix/smtpd[4242]: NOQUEUE: reject: RCPT from x.example[192.0.2.1]: 550 5.1.1 "
      "<u@example.org>: Recipient address rejected: unknown; from=<a@example.net> to=<u@example.org> proto=ESMTP");
  ASSERT_EQ(noqueue.events().size(), 1u);
  EXPECT_EQ(noqueue.events()[0].local_id, "");
}

// A sink that only counts delivered records (the reports without
// --all-events) gets them with what it counts by: time, scope, action, the
// destination port and the text (which may name the port). Other records, and
// the recipient bookkeeping, are as with a sink that keeps everything.
TEST(Postfix, DeliveriesToACountingSinkCarryTimePortAndText) {
  struct CountingSink : CollectingSink {
    bool counts_deliveries_only() const override { return true; }
  };
  FileContext ctx{.path = "mail.log", .mtime = kMtime, .now = kMtime};
  auto parser = make_postfix_parser(ctx);
  YearInference years(kMtime);
  CountingSink sink;
  const std::vector<std::string> lines = {
      "Mar 10 12:00:01 mx1 postfix/qmgr[102]: 3F2A1C4D5E: from=<alice@example.org>, size=2048, nrcpt=2 (queue active)",
      "Mar 10 12:00:02 mx1 postfix/smtp[103]: 3F2A1C4D5E: to=<carol@example.net>, relay=mx.example.net[192.0.2.60]:25, "
      "delay=1.1, delays=0.1/0/0.5/0.5, dsn=4.2.2, status=deferred (host mx.example.net[192.0.2.60] said: 452 4.2.2 "
      "Mailbox full (in reply to RCPT TO command))",
      "Mar 10 12:30:02 mx1 postfix/smtp[103]: 3F2A1C4D5E: to=<carol@example.net>, relay=mx.example.net[192.0.2.60]:25, "
      "delay=1801, delays=1800/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Y7)",
      "Mar 10 12:30:03 mx1 postfix/lmtp[104]: 3F2A1C4D5E: to=<bob@example.org>, relay=mx1[private/dovecot-lmtp], "
      "delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 <bob@example.org> saved)",
      "Mar 10 12:31:00 mx1 postfix/qmgr[102]: 3F2A1C4D5E: from=<alice@example.org>, status=expired, returned to sender",
  };
  uint64_t n = 0;
  for (const std::string& line : lines) {
    SyslogRecord rec;
    ASSERT_TRUE(parse_syslog_line(line, years, &rec));
    const Outcome o = parser->parse_record(rec, ++n, sink);
    EXPECT_EQ(o, n == 1 ? Outcome::recognized : Outcome::reported) << line;
  }
  ASSERT_EQ(sink.events.size(), 4u);
  const OwnedEvent& deferred = sink.events[0];
  EXPECT_EQ(deferred.action, Action::deferred);
  EXPECT_EQ(deferred.from_address, "alice@example.org");  // full: the sender from the qmgr line
  EXPECT_EQ(deferred.reply_code, 452);
  const OwnedEvent& sent = sink.events[1];
  EXPECT_EQ(sent.action, Action::delivered);
  EXPECT_EQ(sent.scope, kScopeServerLog);
  EXPECT_EQ(sent.time.epoch_us, epoch_us(2024, 3, 10, 12, 30, 2));
  EXPECT_EQ(sent.destination_port, 25);
  EXPECT_EQ(sent.diagnostic, "250 2.0.0 Ok: queued as 4Y7");
  EXPECT_EQ(sink.events[2].destination_port, 0);  // lmtp over a socket: no port
  EXPECT_EQ(sink.events[2].diagnostic, "250 2.0.0 <bob@example.org> saved");
  // carol was delivered after her deferral, so the expiry names nobody still waiting.
  const OwnedEvent& expired = sink.events[3];
  EXPECT_EQ(expired.action, Action::expired);
  EXPECT_EQ(expired.to_address, "");
}

// --- Correlation by queue id ------------------------------------------------------

const std::vector<std::string> kOneMessage = {
    "Mar 10 12:00:00 mx1 postfix/smtpd[100]: connect from mail.example.org[192.0.2.50]",
    "Mar 10 12:00:01 mx1 postfix/smtpd[100]: 3F2A1C4D5E: client=mail.example.org[192.0.2.50]",
    "Mar 10 12:00:01 mx1 postfix/cleanup[101]: 3F2A1C4D5E: message-id=<20240310.1@example.org>",
    "Mar 10 12:00:01 mx1 postfix/qmgr[102]: 3F2A1C4D5E: from=<alice@example.org>, size=2048, nrcpt=2 (queue active)",
    "Mar 10 12:00:02 mx1 postfix/smtp[103]: 3F2A1C4D5E: to=<bob@example.net>, relay=mx.example.net[192.0.2.60]:25, "
    "delay=1.1, delays=0.1/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Y7)",
    "Mar 10 12:00:02 mx1 postfix/smtp[103]: 3F2A1C4D5E: to=<carol@example.net>, relay=mx.example.net[192.0.2.60]:25, "
    "delay=1.1, delays=0.1/0/0.5/0.5, dsn=4.2.2, status=deferred (host mx.example.net[192.0.2.60] said: 452 4.2.2 "
    "Mailbox full (in reply to RCPT TO command))",
};

TEST(Postfix, DeliveryCarriesSenderMessageIdAndClientFromEarlierLines) {
  Parsed p = parse(kOneMessage);
  ASSERT_EQ(p.events().size(), 2u);
  for (const OwnedEvent& e : p.events()) {
    EXPECT_EQ(e.from_address, "alice@example.org");
    EXPECT_EQ(e.message_id, "20240310.1@example.org");
    EXPECT_EQ(e.source_domain, "mail.example.org");
    EXPECT_EQ(e.source_ip, "192.0.2.50");
    EXPECT_EQ(e.local_id, "3F2A1C4D5E");
  }
  EXPECT_EQ(p.tally(Tally::received), 1u);
}

TEST(Postfix, ReceivedIsCountedOncePerQueueIdAcrossRetries) {
  std::vector<std::string> lines = kOneMessage;
  lines.push_back("Mar 10 13:00:00 mx1 postfix/qmgr[102]: 3F2A1C4D5E: from=<alice@example.org>, size=2048, nrcpt=2 "
                  "(queue active)");
  Parsed p = parse(lines);
  EXPECT_EQ(p.tally(Tally::received), 1u);
}

TEST(Postfix, RemovedIsCountedAndForgetsTheMessage) {
  std::vector<std::string> lines = kOneMessage;
  lines.push_back("Mar 10 12:00:03 mx1 postfix/qmgr[102]: 3F2A1C4D5E: removed");
  lines.push_back("Mar 10 12:00:04 mx1 postfix/smtp[103]: 3F2A1C4D5E: to=<dave@example.net>, relay=none, delay=1, "
                  "delays=1/0/0/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.60]:25: Connection "
                  "refused)");
  Parsed p = parse(lines);
  EXPECT_EQ(p.tally(Tally::removed), 1u);
  ASSERT_EQ(p.events().size(), 3u);
  EXPECT_EQ(p.events()[2].from_address, "");
  EXPECT_EQ(p.events()[2].message_id, "");
}

TEST(Postfix, ExpiryReportsEachStillDeferredRecipientWithItsLastError) {
  std::vector<std::string> lines = kOneMessage;  // bob delivered, carol deferred
  lines.push_back("Mar 10 12:30:00 mx1 postfix/smtp[103]: 3F2A1C4D5E: to=<erin@example.net>, relay=none, delay=1800, "
                  "delays=1800/0/0/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.60]:25: "
                  "Connection timed out)");
  lines.push_back("Mar 15 12:00:00 mx1 postfix/qmgr[102]: 3F2A1C4D5E: from=<alice@example.org>, status=expired, "
                  "returned to sender");
  Parsed p = parse(lines);
  std::vector<const OwnedEvent*> expired;
  for (const OwnedEvent& e : p.events())
    if (e.action == Action::expired) expired.push_back(&e);
  ASSERT_EQ(expired.size(), 2u);
  EXPECT_EQ(expired[0]->to_address, "carol@example.net");
  EXPECT_EQ(expired[0]->diagnostic,
            "status=expired, returned to sender; last error: host mx.example.net[192.0.2.60] said: 452 4.2.2 "
            "Mailbox full (in reply to RCPT TO command)");
  EXPECT_EQ(expired[1]->to_address, "erin@example.net");
  EXPECT_EQ(expired[1]->message_id, "20240310.1@example.org");
  EXPECT_EQ(expired[1]->from_address, "alice@example.org");
  EXPECT_EQ(p.outcomes.back(), Outcome::reported);
}

TEST(Postfix, ExpiryWithoutKnownRecipientsReportsOneEvent) {
  Parsed p = parse_one("Oct 26 18:13:50 mx1 postfix/qmgr[5]: 66C15648577B: from=<sender@example.net>, "
                       "status=expired, returned to sender");
  ASSERT_EQ(p.events().size(), 1u);
  EXPECT_EQ(p.events()[0].action, Action::expired);
  EXPECT_EQ(p.events()[0].to_address, "");
  EXPECT_EQ(p.events()[0].from_address, "sender@example.net");
  EXPECT_EQ(p.events()[0].diagnostic, "status=expired, returned to sender");
}

// A relay on port 465 that never greeted is a TLS-mode mismatch (Postfix
// spoke plain SMTP to the implicit-TLS port); the same words on port 25 are
// a server that did not answer.
TEST(Postfix, NoGreetingFromARelayOnPort465IsATlsModeMismatch) {
  Parsed p = parse({
      "Feb  9 10:26:02 app01 postfix/smtp[3402]: 4f8gL03vr8z2xmV: to=<ops@example.net>, "
      "relay=email-smtp.eu-west-1.amazonaws.com[203.0.113.61]:465, delay=10, delays=0.02/0.01/10/0, dsn=4.4.2, "
      "status=deferred (lost connection with email-smtp.eu-west-1.amazonaws.com[203.0.113.61] while receiving the "
      "initial server greeting)",
      "Feb  9 10:27:02 app01 postfix/smtp[3403]: 4f8gL03vr8z2xmW: to=<ops@example.net>, "
      "relay=mx.example.net[203.0.113.62]:25, delay=10, delays=0.02/0.01/10/0, dsn=4.4.2, "
      "status=deferred (lost connection with mx.example.net[203.0.113.62] while receiving the initial server "
      "greeting)",
  });
  ASSERT_EQ(p.events().size(), 2u);
  std::string error;
  auto classifier = Classifier::create(&error);
  ASSERT_NE(classifier, nullptr) << error;
  ClassifierScratch scratch;
  Event on_465 = testing::classification_input(p.events()[0]), on_25 = testing::classification_input(p.events()[1]);
  classifier->apply(on_465, &scratch);
  classifier->apply(on_25, &scratch);
  EXPECT_EQ(on_465.rule_id, "postfix.smtp.no_greeting_on_port_465");
  EXPECT_EQ(on_465.cause, "tls_mismatch");
  EXPECT_EQ(on_25.cause, "server_unavailable");
}

TEST(Postfix, RecipientDeliveredOnRetryIsNotReportedAtExpiry) {
  std::vector<std::string> lines = kOneMessage;
  lines.push_back("Mar 10 12:30:00 mx1 postfix/smtp[103]: 3F2A1C4D5E: to=<carol@example.net>, "
                  "relay=mx.example.net[192.0.2.60]:25, delay=1800, delays=1800/0/0/0.1, dsn=2.0.0, status=sent (250 "
                  "2.0.0 Ok)");
  lines.push_back("Mar 15 12:00:00 mx1 postfix/qmgr[102]: 3F2A1C4D5E: from=<alice@example.org>, status=expired, "
                  "returned to sender");
  Parsed p = parse(lines);
  size_t expired = 0;
  for (const OwnedEvent& e : p.events()) expired += e.action == Action::expired;
  EXPECT_EQ(expired, 1u);  // nothing pending: one event for the message
}

TEST(Postfix, QueueStateIsBoundedAndEvictionsAreCounted) {
  std::vector<std::string> lines;
  for (const char* id : {"AAAAAA1", "BBBBBB2", "CCCCCC3"})
    lines.push_back(std::string("Mar 10 12:00:01 mx1 postfix/qmgr[1]: ") + id + ": from=<" + id +
                    "@example.org>, size=1, nrcpt=1 (queue active)");
  for (const char* id : {"CCCCCC3", "BBBBBB2", "AAAAAA1"})
    lines.push_back(std::string("Mar 10 12:00:02 mx1 postfix/smtp[2]: ") + id +
                    ": to=<r@example.net>, relay=none, delay=1, delays=1/0/0/0, dsn=4.4.1, status=deferred (connect "
                    "to mx.example.net[192.0.2.1]:25: Connection refused)");
  Parsed p = parse(lines, 2);
  // AAAAAA1 gave way to CCCCCC3; its delivery then pushes out the least recent, CCCCCC3.
  EXPECT_EQ(p.tally(Tally::state_evicted), 2u);
  ASSERT_EQ(p.events().size(), 3u);
  EXPECT_EQ(p.events()[0].from_address, "CCCCCC3@example.org");
  EXPECT_EQ(p.events()[1].from_address, "BBBBBB2@example.org");
  EXPECT_EQ(p.events()[2].from_address, "");
}

// --- The state table itself -------------------------------------------------------

TEST(PostfixQueueTable, FindsInsertsErasesAndRecyclesEntries) {
  QueueTable t(10);
  EXPECT_EQ(t.find("ABCDEF1"), nullptr);
  QueueEntry* e = t.find_or_insert("ABCDEF1");
  ASSERT_NE(e, nullptr);
  e->from = "a@example.org";
  EXPECT_EQ(t.find("ABCDEF1"), e);
  EXPECT_EQ(t.size(), 1u);
  t.erase("ABCDEF1");
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.find("ABCDEF1"), nullptr);
  QueueEntry* again = t.find_or_insert("ABCDEF2");
  EXPECT_EQ(again, e);  // recycled
  EXPECT_EQ(again->from, "");
  EXPECT_EQ(t.find_or_insert(std::string(40, 'A')), nullptr);
  EXPECT_EQ(t.find_or_insert(""), nullptr);
}

TEST(PostfixQueueTable, EvictsTheLeastRecentlyTouchedAtTheCap) {
  QueueTable t(3);
  t.find_or_insert("AAAAAA");
  t.find_or_insert("BBBBBB");
  t.find_or_insert("CCCCCC");
  t.find("AAAAAA");  // now BBBBBB is the oldest
  t.find_or_insert("DDDDDD");
  EXPECT_EQ(t.evictions(), 1u);
  EXPECT_EQ(t.size(), 3u);
  EXPECT_NE(t.find("AAAAAA"), nullptr);
  EXPECT_EQ(t.find("BBBBBB"), nullptr);
  EXPECT_NE(t.find("CCCCCC"), nullptr);
  EXPECT_NE(t.find("DDDDDD"), nullptr);
}

TEST(PostfixQueueTable, AgreesWithAReferenceMapUnderRandomChurn) {
  QueueTable t(QueueTable::kDefaultMaxEntries);
  std::map<std::string, std::string> ref;
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "%06X", unsigned(rng() % 3000));
    int op = int(rng() % 3);
    if (op == 0) {
      t.find_or_insert(id)->from = id;
      ref[id] = id;
    } else if (op == 1) {
      if (t.find(id)) t.erase(id);
      ref.erase(id);
    } else {
      QueueEntry* e = t.find(id);
      ASSERT_EQ(e != nullptr, ref.count(id) == 1) << id;
      if (e) {
        EXPECT_EQ(e->from, ref[id]);
      }
    }
  }
  EXPECT_EQ(t.size(), ref.size());
}

TEST(PostfixQueueTable, PendingRecipientsAreReplacedDroppedAndCapped) {
  QueueTable t(4);
  QueueEntry& e = *t.find_or_insert("ABCDEF");
  QueueTable::set_pending(e, "a@x", "4.4.1", "first");
  QueueTable::set_pending(e, "b@x", "4.2.2", "full");
  QueueTable::set_pending(e, "a@x", "4.4.1", "second");
  EXPECT_EQ(e.pending_count, 2u);
  std::vector<std::string> seen;
  QueueTable::for_each_pending(e, [&](const QueueTable::Pending& p) {
    seen.push_back(std::string(p.rcpt) + "|" + std::string(p.dsn) + "|" + std::string(p.text));
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"b@x|4.2.2|full", "a@x|4.4.1|second"}));
  EXPECT_TRUE(QueueTable::drop_pending(e, "b@x"));
  EXPECT_FALSE(QueueTable::drop_pending(e, "b@x"));
  EXPECT_EQ(e.pending_count, 1u);
  std::string big(QueueTable::kMaxDiagnosticBytes, 'x');
  for (int i = 0; i < 100; ++i) QueueTable::set_pending(e, "r" + std::to_string(i) + "@x", "4.0.0", big);
  EXPECT_LE(e.pending.size(), QueueTable::kMaxPendingBytes);
  EXPECT_GT(e.pending_dropped, 0u);
}

// --- Bad input --------------------------------------------------------------------

TEST(Postfix, TruncatedLinesNeverCrashAndAreAccounted) {
  std::vector<std::string> samples = kOneMessage;
  samples.push_back("Oct 26 18:13:50 mx1 postfix/postscreen[1]: NOQUEUE: reject: RCPT from [192.0.2.1]:5: 550 5.7.1 "
                    "Service unavailable; client [192.0.2.1] blocked using x; from=<a>, to=<b>, proto=ESMTP, helo=<c>");
  samples.push_back("Oct 26 18:13:50 mx1 postfix/cleanup[1]: ABCDEF1: reject: header Subject: x from a[192.0.2.1]; "
                    "from=<a> to=<b> proto=ESMTP helo=<c>: 5.7.1 no");
  samples.push_back("Oct 26 18:13:50 mx1 postfix/smtpd[1]: warning: a[192.0.2.1]:25: SASL LOGIN authentication failed: x");
  samples.push_back("Oct 26 18:13:50 mx1 postfix/qmgr[1]: ABCDEF1: from=<a@b>, status=expired, returned to sender");
  samples.push_back("Oct 26 18:13:50 mx1 postfix/smtpd[1]: SSL_accept error from a[192.0.2.1]: -1");
  std::vector<std::string> cut;
  for (const std::string& s : samples)
    for (size_t n = 0; n <= s.size(); ++n) cut.push_back(s.substr(0, n));
  Parsed p = parse(cut);
  EXPECT_EQ(p.outcomes.size(), cut.size());
}

// --- Real lines: ../shared/corpora/logs/postfix ---------------------------------------

std::vector<std::vector<std::string>> read_tsv(const std::filesystem::path& path) {
  std::vector<std::vector<std::string>> rows;
  for (const std::string& line : testing::read_lines(path)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (!line.empty() && line.back() == '\t') cols.push_back("");
    rows.push_back(cols);
  }
  if (!rows.empty()) rows.erase(rows.begin());  // header
  return rows;
}

// Per input line: the outcome and the events it produced.
struct LineResult {
  Outcome outcome = Outcome::unrecognized;
  std::vector<OwnedEvent> events;
};

// Runs lines through the syslog dispatcher, as the tool does, and attributes
// each event to the line it names.
std::vector<LineResult> run_dispatcher(const std::vector<std::string>& lines) {
  FileContext ctx{.path = "corpus.log", .mtime = kMtime, .now = kMtime};
  auto parser = make_syslog_dispatcher(ctx, nullptr);
  CollectingSink sink;
  std::vector<LineResult> out(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) out[i].outcome = parser->parse_line(lines[i], i + 1, sink);
  parser->finish(sink);
  for (const OwnedEvent& e : sink.events)
    if (e.file_line >= 1 && e.file_line <= lines.size()) out[e.file_line - 1].events.push_back(e);
  return out;
}

// Classifies each event as the pipeline does, before keeping it.
class ClassifyingSink final : public EventSink {
 public:
  explicit ClassifyingSink(const Classifier& c) : classifier_(c) {}
  void on_event(Event& e) override {
    classifier_.apply(e, &scratch_);
    events.emplace_back(e);
  }
  void on_tally(Tally, const Timestamp&) override {}
  std::vector<OwnedEvent> events;

 private:
  const Classifier& classifier_;
  ClassifierScratch scratch_;
};

// Runs a wordings file (line<TAB>cause) through a line parser and the
// classifier, as the tool does: each line's last event must get its cause.
void expect_causes(const std::string& file, std::unique_ptr<LineParser> parser, size_t at_least) {
  std::ifstream in(testing::source_dir() / "corpora/wordings" / file);
  ASSERT_TRUE(in) << file << " is missing";
  std::vector<std::pair<std::string, std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.rfind('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    rows.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  ASSERT_GE(rows.size(), at_least) << file;
  std::string error;
  auto classifier = Classifier::create(&error);
  ASSERT_NE(classifier, nullptr) << error;
  ClassifyingSink sink(*classifier);
  for (size_t i = 0; i < rows.size(); ++i) parser->parse_line(rows[i].first, i + 1, sink);
  parser->finish(sink);
  std::vector<std::string> last_cause(rows.size());
  for (const OwnedEvent& e : sink.events)
    if (e.file_line >= 1 && e.file_line <= rows.size()) last_cause[e.file_line - 1] = e.cause;
  for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(last_cause[i], rows[i].second) << file << ": " << rows[i].first;
}

// corpora/wordings: mail-log lines in real servers' wording that the rules
// were not written from (Postfix and Sendmail under syslog; Exim's mainlog).
TEST(ServerWordings, EveryLineGetsItsCause) {
  FileContext ctx{.path = "server.log", .mtime = kMtime, .now = kMtime};
  expect_causes("server.tsv", make_syslog_dispatcher(ctx, nullptr), 35);
  const FormatSpec* exim = find_format("exim");
  ASSERT_NE(exim, nullptr);
  expect_causes("exim-mainlog.tsv", exim->make_lines(ctx), 14);
}

TEST(PostfixCorpus, Fail2banBanLinesAreFailuresFromTheBannedHost) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto dir = testing::shared_dir() / "corpora/logs/postfix";
  std::vector<std::string> lines = testing::read_lines(dir / "fail2ban-postfix.log");
  auto rows = read_tsv(dir / "fail2ban-postfix.expected.tsv");
  ASSERT_EQ(rows.size(), lines.size());
  std::vector<LineResult> got = run_dispatcher(lines);
  int checked = 0;
  for (const auto& row : rows) {
    size_t n = std::stoul(row[0]);
    ASSERT_LE(n, lines.size());
    const LineResult& r = got[n - 1];
    const std::string& line = lines[n - 1];
    EXPECT_NE(r.outcome, Outcome::unrecognized) << "line " << n << ": " << line;
    if (row.size() < 4 || row[2] != "True") continue;
    const std::string& host = row[3];
    for (const OwnedEvent& e : r.events)
      EXPECT_EQ(e.source_ip, host) << "line " << n << ": " << line;
    // Rejects and credential failures are failures in mailtriage's sense too.
    if (line.find(" reject: ") != std::string::npos || line.find("authentication failed") != std::string::npos) {
      ASSERT_EQ(r.events.size(), 1u) << "line " << n << ": " << line;
      EXPECT_TRUE(r.events[0].action == Action::rejected || r.events[0].action == Action::failed);
      ++checked;
    }
  }
  EXPECT_GE(checked, 30);
}

TEST(PostfixCorpus, Fail2banMustNotBanLinesAreNotBadPasswords) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto dir = testing::shared_dir() / "corpora/logs/postfix";
  std::vector<std::string> lines = testing::read_lines(dir / "fail2ban-postfix.log");
  auto rows = read_tsv(dir / "fail2ban-postfix.expected.tsv");
  std::vector<LineResult> got = run_dispatcher(lines);
  std::string error;
  auto classifier = Classifier::create(&error);
  ASSERT_NE(classifier, nullptr) << error;
  ClassifierScratch scratch;
  int checked = 0;
  for (const auto& row : rows) {
    if (row.size() < 3 || row[2] != "False") continue;
    size_t n = std::stoul(row[0]);
    for (const OwnedEvent& owned : got[n - 1].events) {
      Event ev = testing::classification_input(owned);
      classifier->apply(ev, &scratch);
      EXPECT_NE(ev.reason, "bad_credentials") << "line " << n << ": " << lines[n - 1];
      ++checked;
    }
  }
  EXPECT_GE(checked, 2);  // the backend-down and wrong-mechanism SASL lines
}

TEST(PostfixCorpus, WazuhPostscreenRejectIsReportedAndGarbageCodeIsNotInvented) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto lines = testing::read_lines(testing::shared_dir() / "corpora/logs/postfix/wazuh-ruleset-tests-postfix.log");
  ASSERT_EQ(lines.size(), 2u);
  std::vector<LineResult> got = run_dispatcher(lines);
  for (const LineResult& r : got) {
    ASSERT_EQ(r.events.size(), 1u);
    EXPECT_EQ(r.events[0].action, Action::rejected);
    EXPECT_EQ(r.events[0].source_ip, "157.122.148.242");
  }
  EXPECT_EQ(got[0].events[0].reply_code, 0);  // "9999" is not an SMTP reply code
  EXPECT_EQ(got[1].events[0].reply_code, 550);
}

// The same file read as it is, without envelopes: detected as Postfix's bare
// messages, and all but the grok fragments (command counts, delay lists, TLS
// policy words) understood.
TEST(PostfixCorpus, WhyscreamMessagesReadWithoutEnvelopes) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto path = testing::shared_dir() / "corpora/logs/postfix/whyscream-postfix-grok-patterns.log";
  std::vector<std::string> messages = testing::read_lines(path);
  std::string head;
  for (size_t i = 0; i < messages.size() && head.size() < 16384; ++i) head += messages[i] + "\n";
  ASSERT_EQ(detect_format(head), find_format("postfix"));
  FileContext ctx{.path = "whyscream.log", .mtime = kMtime, .now = kMtime};
  auto parser = make_syslog_dispatcher(ctx, find_format("postfix"));
  CollectingSink sink;
  size_t unrecognized = 0;
  for (size_t i = 0; i < messages.size(); ++i)
    unrecognized += parser->parse_line(messages[i], i + 1, sink) == Outcome::unrecognized;
  parser->finish(sink);
  EXPECT_LT(unrecognized * 10, messages.size()) << unrecognized << " of " << messages.size();
  EXPECT_GE(sink.events.size(), 40u);
}

// The whyscream grok tests hold message parts only, one per test case; each is
// wrapped in a syslog envelope naming the daemon its test file is about.
TEST(PostfixCorpus, WhyscreamGrokExpectationsHold) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto dir = testing::shared_dir() / "corpora/logs/postfix";
  std::vector<std::string> messages = testing::read_lines(dir / "whyscream-postfix-grok-patterns.log");
  auto rows = read_tsv(dir / "whyscream-postfix-grok-patterns.expected.tsv");
  std::map<size_t, std::string> hint;
  std::map<size_t, std::map<std::string, std::string>> expect;
  for (const auto& row : rows) {
    if (row.size() < 4) continue;
    size_t n = std::stoul(row[2]);
    hint[n] = row[1];
    if (!row[3].empty()) expect[n][row[3]] = row.size() > 4 ? row[4] : "";
  }
  // Some upstream cases test a sub-pattern on a fragment of a line (the
  // command counters, the delays, a TLS level, a relay); their fields say so.
  const std::set<std::string> fragment_fields = {"postfix_cmd_count", "postfix_delay_before_qmgr",
                                                 "postfix_tls_security_level", "postfix_relay_service"};
  auto is_fragment = [&](size_t n) {
    for (const auto& [field, value] : expect[n])
      if (fragment_fields.count(field)) return true;
    return false;
  };
  std::vector<std::string> lines;
  for (size_t i = 0; i < messages.size(); ++i) {
    std::string program = hint.count(i + 1) ? hint[i + 1] : "smtpd";
    lines.push_back("Oct 26 18:13:50 mail postfix/" + program + "[" + std::to_string(1000 + i) + "]: " + messages[i]);
  }
  std::vector<LineResult> got = run_dispatcher(lines);
  int status_checks = 0, reject_checks = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t n = i + 1;
    const LineResult& r = got[i];
    SCOPED_TRACE("line " + std::to_string(n) + ": " + lines[i]);
    if (is_fragment(n)) {
      EXPECT_EQ(r.outcome, Outcome::unrecognized);
      continue;
    }
    EXPECT_NE(r.outcome, Outcome::unrecognized);
    const auto& x = expect[n];
    auto has = [&](const char* k) { return x.count(k) > 0; };
    if (has("postfix_status")) {
      static const std::map<std::string, Action> kStatus = {{"sent", Action::delivered},
                                                            {"deferred", Action::deferred},
                                                            {"bounced", Action::bounced},
                                                            {"expired", Action::expired}};
      auto it = kStatus.find(x.at("postfix_status"));
      if (it == kStatus.end()) {
        EXPECT_TRUE(r.events.empty());  // address-verification results
      } else {
        ASSERT_EQ(r.events.size(), 1u);
        EXPECT_EQ(r.events[0].action, it->second);
        ++status_checks;
      }
    }
    if (r.events.size() != 1) continue;
    const OwnedEvent& e = r.events[0];
    auto expect_field = [&](const char* field, const std::string& actual) {
      if (has(field)) {
        EXPECT_EQ(actual, x.at(field)) << field;
      }
    };
    if (!has("postfix_queueid") || x.at("postfix_queueid") != "NOQUEUE") expect_field("postfix_queueid", e.local_id);
    expect_field("postfix_relay_hostname", e.destination_domain);
    expect_field("postfix_relay_ip", e.destination_ip);
    expect_field("postfix_relay_port", std::to_string(e.destination_port));
    if (e.action == Action::rejected) {
      expect_field("postfix_client_ip", e.source_ip);
      expect_field("postfix_status_code", std::to_string(e.reply_code));
      expect_field("postfix_status_code_enhanced", e.enhanced_status);
      if (has("postfix_status_message")) {
        EXPECT_NE(e.diagnostic.find(x.at("postfix_status_message")), std::string::npos);
      }
      if (has("postfix_smtp_stage")) {
        const std::string& stage = x.at("postfix_smtp_stage");
        EXPECT_EQ(e.smtp_command, stage == "CONNECT" ? "CONN" : stage);
      }
      ++reject_checks;
    } else if (has("postfix_smtp_response")) {
      EXPECT_NE(e.diagnostic.find(x.at("postfix_smtp_response")), std::string::npos);
      if (has("postfix_smtp_stage")) {
        const std::string& stage = x.at("postfix_smtp_stage");
        EXPECT_EQ(e.smtp_command, stage == "end of DATA" ? "DATA" : stage.substr(0, stage.find(' ')));
      }
    }
  }
  EXPECT_GE(status_checks, 15);
  EXPECT_GE(reject_checks, 8);

  // message-id= lines: a delivery of the same queue id carries the id.
  for (const auto& [n, x] : expect) {
    if (!x.count("postfix_message-id") || !x.count("postfix_queueid")) continue;
    const std::string& qid = x.at("postfix_queueid");
    std::vector<std::string> pair = {
        lines[n - 1], "Oct 26 18:13:51 mail postfix/smtp[1]: " + qid +
                          ": to=<r@example.net>, relay=none, delay=1, delays=1/0/0/0, dsn=4.4.1, status=deferred "
                          "(connect to mx.example.net[192.0.2.1]:25: Connection refused)"};
    std::vector<LineResult> two = run_dispatcher(pair);
    ASSERT_EQ(two[1].events.size(), 1u);
    EXPECT_EQ(two[1].events[0].message_id, x.at("postfix_message-id")) << lines[n - 1];
  }
}

// --- The generator's truth ----------------------------------------------------------

bool have_python3() { return std::system("python3 -c 'import json' >/dev/null 2>&1") == 0; }

// Pulls `"key": number` out of the generator's flat JSON truth file.
uint64_t truth_count(const std::string& json, const std::string& key) {
  size_t p = json.find("\"" + key + "\"");
  if (p == std::string::npos) return ~uint64_t(0);
  p = json.find(':', p);
  return std::stoull(json.substr(p + 1));
}

// Parses `log` as the tool does and compares every count with the truth file.
void check_against_truth(const std::filesystem::path& log, const std::filesystem::path& truth,
                         std::vector<OwnedEvent>* events_out = nullptr) {
  std::string json = testing::read_file(truth);
  ASSERT_FALSE(json.empty()) << truth;
  std::vector<std::string> lines = testing::read_lines(log);
  const std::string log_path = log.string();  // FileContext holds a view: keep the string alive
  FileContext ctx{.path = log_path, .mtime = kMtime, .now = kMtime};
  auto parser = make_syslog_dispatcher(ctx, find_format("postfix"));
  CollectingSink sink;
  uint64_t unrecognized = 0, n = 0;
  for (const std::string& line : lines) unrecognized += parser->parse_line(line, ++n, sink) == Outcome::unrecognized;
  parser->finish(sink);

  std::map<Action, uint64_t> by_action;
  for (const OwnedEvent& e : sink.events) ++by_action[e.action];
  EXPECT_EQ(truth_count(json, "lines"), lines.size());
  EXPECT_EQ(unrecognized, 0u);
  EXPECT_EQ(by_action[Action::delivered], truth_count(json, "delivered"));
  EXPECT_EQ(by_action[Action::deferred], truth_count(json, "deferred"));
  EXPECT_EQ(by_action[Action::bounced], truth_count(json, "bounced"));
  EXPECT_EQ(by_action[Action::expired], truth_count(json, "expired"));
  EXPECT_EQ(by_action[Action::rejected], truth_count(json, "rejected"));
  EXPECT_EQ(by_action[Action::failed], truth_count(json, "failed"));
  EXPECT_EQ(sink.tallies[size_t(Tally::received)], truth_count(json, "received"));
  EXPECT_EQ(sink.tallies[size_t(Tally::removed)], truth_count(json, "removed"));
  EXPECT_EQ(sink.tallies[size_t(Tally::sasl_failure)], truth_count(json, "sasl_failures"));
  EXPECT_EQ(sink.tallies[size_t(Tally::tls_failure)], truth_count(json, "tls_failures"));
  EXPECT_EQ(sink.tallies[size_t(Tally::connection)], truth_count(json, "connections"));

  // The generator knows what each remote reply and local failure means; the
  // rule table must agree on every failure event.
  std::string error;
  auto classifier = Classifier::create(&error);
  ASSERT_NE(classifier, nullptr) << error;
  ClassifierScratch scratch;
  std::map<std::string, uint64_t> causes;
  for (const OwnedEvent& owned : sink.events) {
    if (owned.action == Action::delivered) continue;
    Event ev = testing::classification_input(owned);
    classifier->apply(ev, &scratch);
    ++causes[std::string(ev.cause)];
  }
  size_t open = json.find("\"causes\"");
  ASSERT_NE(open, std::string::npos);
  std::string block = json.substr(open, json.find('}', open) - open);
  uint64_t failures = 0;
  for (const auto& [cause, n] : causes) {
    EXPECT_EQ(n, truth_count(block, cause)) << "cause " << cause;
    failures += n;
  }
  EXPECT_EQ(failures, truth_count(json, "failed") + truth_count(json, "deferred") + truth_count(json, "bounced") +
                          truth_count(json, "expired") + truth_count(json, "rejected"));
  if (events_out) *events_out = std::move(sink.events);
}

// Runs the generator into a temporary directory; returns the directory.
std::filesystem::path generate(const std::string& args, const std::string& name) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("mailtriage-postfix-gen-" + std::to_string(::getpid()) + "-" + name);
  fs::create_directories(dir);
  std::string cmd = "python3 '" + (testing::source_dir() / "corpora/gen/postfix_logs.py").string() + "' " + args +
                    " --output '" + (dir / "mail.log").string() + "' --truth '" + (dir / "truth.json").string() + "'";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  return dir;
}

TEST(PostfixGenerator, ParsedCountsMatchTheGeneratorsTruth) {
  if (!have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 11 --lines 5000", "bsd");
  check_against_truth(dir / "mail.log", dir / "truth.json");
  std::filesystem::remove_all(dir);
}

TEST(PostfixGenerator, Rfc3339TimestampsParseTheSame) {
  if (!have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 12 --lines 3000 --rfc3339", "rfc3339");
  check_against_truth(dir / "mail.log", dir / "truth.json");
  std::filesystem::remove_all(dir);
}

// A busy relay's address diversity (thousands of mailboxes and customer
// domains, for the benchmark against pflogsumm) keeps every count.
TEST(PostfixGenerator, ManyMailboxesParseTheSame) {
  if (!have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 14 --lines 4000 --mailboxes 5000", "mailboxes");
  std::vector<OwnedEvent> events;
  check_against_truth(dir / "mail.log", dir / "truth.json", &events);
  std::filesystem::remove_all(dir);
  std::set<std::string> recipients;
  for (const OwnedEvent& e : events) recipients.insert(e.to_address);
  EXPECT_GT(recipients.size(), 100u);
}

TEST(PostfixGenerator, AFileCrossingNewYearParsesTheSame) {
  if (!have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 13 --lines 3000 --start 2023-12-31T23:00:00 --interval 10", "newyear");
  std::vector<OwnedEvent> events;
  check_against_truth(dir / "mail.log", dir / "truth.json", &events);
  std::filesystem::remove_all(dir);
  ASSERT_FALSE(events.empty());
  // The file was "written" in June 2024: December is 2023's, January 2024's.
  int64_t first = events.front().time.epoch_us, last = first;
  for (const OwnedEvent& e : events) first = std::min(first, e.time.epoch_us), last = std::max(last, e.time.epoch_us);
  EXPECT_EQ(first / 1000000 / 86400, days_from_civil(2023, 12, 31));
  EXPECT_EQ(last / 1000000 / 86400, days_from_civil(2024, 1, 1));
}

// corpora/postfix/README.md gives the command; the committed files must be its output.
TEST(PostfixGenerator, ReproducesTheCommittedSampleByteForByte) {
  if (!have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 6 --lines 350 --mix "
                      "expired=8,deferred_then_sent=12,bounced=12,tls=5,ratelimit=3,tls_fallback=3,relay_auth=2,"
                      "intermediate_then_sent=4",
                      "sample");
  auto committed = testing::source_dir() / "corpora/postfix";
  EXPECT_EQ(testing::read_file(dir / "mail.log"), testing::read_file(committed / "sample.log"));
  EXPECT_EQ(testing::read_file(dir / "truth.json"), testing::read_file(committed / "sample.truth.json"));
  std::filesystem::remove_all(dir);
}

TEST(PostfixSample, CommittedSampleMatchesItsTruth) {
  auto dir = testing::source_dir() / "corpora/postfix";
  check_against_truth(dir / "sample.log", dir / "sample.truth.json");
}

// Regression (found by tests/fuzz/syslog_lines_fuzzer): a "NOQUEUE: " with
// nothing after it at the very end of the line made unqueued() read the
// message's first byte, one past the end of the line.
TEST(PostfixRegression, NoqueueWithNothingAfterItIsUnrecognizedWithoutReadingPastTheLine) {
  const testing::GuardedBytes line("Jul 1 23:12:56 x postfix:NOQUEUE: ");
  FileContext ctx{.path = "mail.log", .mtime = kMtime, .now = kMtime};
  auto dispatcher = make_syslog_dispatcher(ctx, nullptr);
  CollectingSink sink;
  EXPECT_EQ(dispatcher->parse_line(line.view(), 1, sink), Outcome::unrecognized);
  dispatcher->finish(sink);
  EXPECT_TRUE(sink.events.empty());
}

// A TLS ClientHello on the plain submission port with its octal escapes
// shortened ("\\26\\3\\1", as some copies of the log show it) is the same
// wrong TLS mode; postqueue finding the mail system down is the local MTA down.
TEST(Postfix, ShortOctalTlsHelloAndPostqueueWithTheSystemDown) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {"Mar 14 08:21:12 sub1 postfix/submission/smtpd[7207]: warning: non-SMTP command from unknown[192.0.2.161]: "
       "\\26\\3\\1\\2\\0\\1\\0\\1\\374\\3\\3",
       "Mar 14 08:31:05 sub1 postfix/postqueue[7433]: fatal: Cannot flush mail queue - mail system is down"},
      1710460800);
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "tls_mismatch");
  EXPECT_EQ(p.sink.events[0].source_ip, "192.0.2.161");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).reason, "local_mta_down");
}

// A cron job's mail when the disk is full: postdrop's warning, then sendmail's
// "queue file write error": the server's disk, not its configuration.
TEST(Postfix, AQueueFileWriteErrorOnAFullDiskIsTheServersDisk) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {"Mar 13 02:12:01 mx1 postfix/postdrop[26106]: warning: uid=0: No space left on device",
       "Mar 13 02:12:01 mx1 postfix/sendmail[26105]: fatal: root(0): queue file write error"},
      1710374400);
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).reason, "systemfull");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "server_unavailable");
}

}  // namespace
}  // namespace mailtriage
