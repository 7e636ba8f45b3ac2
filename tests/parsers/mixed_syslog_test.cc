// A real mail.log interleaves the MTA with dovecot, the milters, amavis,
// spamd and rspamd: each line is dispatched by its program name, other
// programs' lines are recognized but not reported, --input-format narrows the
// dispatch, and every syslog envelope (RFC 3164, RFC 3339, RFC 5424) hands the
// MTA parsers the same message.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parsers/registry.h"
#include "parsers/timestamp.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using testing::CollectingSink;
using testing::OwnedEvent;

struct Parsed {
  CollectingSink sink;
  std::vector<Outcome> outcomes;
  size_t count(Outcome o) const { return size_t(std::count(outcomes.begin(), outcomes.end(), o)); }
};

Parsed dispatch(const std::vector<std::string>& lines, const FormatSpec* only = nullptr) {
  FileContext ctx;
  ctx.path = "mail.log";
  ctx.mtime = 1735603200;  // 2024-12-31
  ctx.now = ctx.mtime;
  auto parser = make_syslog_dispatcher(ctx, only);
  Parsed p;
  uint64_t n = 0;
  for (const std::string& l : lines) p.outcomes.push_back(parser->parse_line(l, ++n, p.sink));
  parser->finish(p.sink);
  return p;
}

const std::vector<std::string> kMailLog = {
    "Jan  2 10:00:00 mail dovecot: imap-login: Login: user=<bob@example.com>, method=PLAIN, rip=192.0.2.5, "
    "lip=192.0.2.1, mpid=1234, TLS, session=<k3Jd9sQ2Tz6X>",
    "Jan  2 10:00:01 mail postfix/smtpd[2210]: NOQUEUE: reject: RCPT from unknown[192.0.2.99]: 554 5.7.1 "
    "<x@example.net>: Relay access denied; from=<spam@example.com> to=<x@example.net> proto=ESMTP helo=<bot>",
    "Jan  2 10:00:01 mail opendkim[812]: 4C1B2D3E0A: DKIM-Signature field added (s=mail, d=example.com)",
    "Jan  2 10:00:01 mail opendmarc[813]: 4C1B2D3E0A: example.org pass",
    "Jan  2 10:00:02 mail amavis[2001]: (02001-01) Passed CLEAN {RelayedInbound}, [192.0.2.10]:41234 [192.0.2.10] "
    "<a@example.org> -> <b@example.com>, Queue-ID: 4C1B2D3E0A, Message-ID: <x@example.org>, mail_id: 7Hq2Pz8Kc1Wn, "
    "Hits: -1.1, size: 2000, queued_as: 4C1B2D3F1B, 312 ms",
    "Jan  2 10:00:03 mail spamd[3001]: spamd: result: . -1 - ALL_TRUSTED scantime=0.1,size=2000,user=bob,uid=1000,"
    "required_score=5.0,rhost=localhost,raddr=127.0.0.1,rport=41234,mid=<x@example.org>,autolearn=ham",
    "Jan  2 10:00:04 mail rspamd[4001]: <a1b2c3>; proxy; rspamd_task_write_log: id: <x@example.org>, qid: "
    "<4C1B2D3E0A>, ip: 192.0.2.10, from: <a@example.org>, (default: F (no action): [-0.10/15.00] [ARC_NA(0.00){}]), "
    "len: 2000, time: 20.000ms, dns req: 5, digest: <d41d8cd98f00b204>, rcpts: <b@example.com>",
    "Jan  2 10:00:05 mail exim[5001]: 1rKzYb-000Def-R2 ** nobody@example.net R=dnslookup T=remote_smtp "
    "H=mx.example.net [203.0.113.7]: SMTP error from remote mail server after RCPT TO:<nobody@example.net>: 550 "
    "5.1.1 User unknown",
    "Jan  2 10:00:06 mail sm-mta[6001]: s1P819mk027713: ruleset=check_rcpt, arg1=<y@example.com>, "
    "relay=[192.0.2.66], reject=550 5.7.1 <y@example.com>... Relaying denied",
    "Jan  2 10:00:07 mail kernel: [12345.678901] [UFW BLOCK] IN=eth0 OUT= SRC=192.0.2.200 DST=192.0.2.1 PROTO=TCP",
    "Jan  2 10:00:08 mail postfix/anvil[1300]: statistics: max connection rate 1/60s for (smtp:192.0.2.99) at "
    "Jan  2 10:00:01",
    "this line is no syslog at all",
};

TEST(MixedSyslog, OtherProgramsAreRecognizedNotReported) {
  Parsed p = dispatch(kMailLog);
  EXPECT_EQ(p.count(Outcome::reported), 3u);  // postfix, exim, sendmail failures
  EXPECT_EQ(p.count(Outcome::unrecognized), 1u);
  EXPECT_EQ(p.outcomes.back(), Outcome::unrecognized);
  for (size_t i : {0, 2, 3, 4, 5, 6, 9, 10}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << kMailLog[i];
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].dataset, "postfix.log");
  EXPECT_EQ(p.sink.events[1].dataset, "exim.log");
  EXPECT_EQ(p.sink.events[2].dataset, "sendmail.log");
}

TEST(MixedSyslog, InputFormatNarrowsTheDispatchToOneProgram) {
  for (const char* name : {"sendmail", "exim-syslog"}) {
    const FormatSpec* only = find_format(name);
    ASSERT_NE(only, nullptr) << name;
    Parsed p = dispatch(kMailLog, only);
    ASSERT_EQ(p.sink.events.size(), 1u) << name;
    EXPECT_EQ(p.sink.events[0].dataset, std::string(name) == "sendmail" ? "sendmail.log" : "exim.log");
    EXPECT_EQ(p.count(Outcome::reported), 1u);
    EXPECT_EQ(p.count(Outcome::unrecognized), 1u);  // still only the line without an envelope
  }
}

TEST(MixedSyslog, EveryEnvelopeGivesTheSameSendmailEvent) {
  const std::string msg =
      "s1P819mk027713: ruleset=check_rcpt, arg1=<y@example.com>, relay=client.example.net [192.0.2.66], "
      "reject=550 5.7.1 <y@example.com>... Relaying denied";
  const std::vector<std::string> envelopes = {
      "Jan  2 10:00:06 mail sm-mta[6001]: " + msg,                       // RFC 3164
      "Jan  2 10:00:06 <mail.notice> mail sm-mta[6001]: " + msg,         // FreeBSD syslogd -v
      "<22>Jan  2 10:00:06 mail sm-mta[6001]: " + msg,                   // RFC 3164 with PRI, as relayed
      "2024-01-02T10:00:06.000000+00:00 mail sm-mta[6001]: " + msg,      // RFC 3339 (rsyslog on Debian 12)
      "2024-01-02T11:00:06+01:00 mail sm-mta[6001]: " + msg,             // RFC 3339 with an offset
      "2024-01-02T11:00:06.000000+0100 mail sm-mta[6001]: " + msg,       // journalctl -o short-iso-precise
      "Tue 2024-01-02 10:00:06 UTC mail sm-mta[6001]: " + msg,           // journalctl -o short-full
      "Tue 2024-01-02 11:00:06 +01 mail sm-mta[6001]: " + msg,           // ... in a zone without a name
      "1704189606.000000 mail sm-mta[6001]: " + msg,                     // journalctl -o short-unix
      "<22>1 2024-01-02T10:00:06.000Z mail sm-mta 6001 - - " + msg,       // RFC 5424 without SD
      "<22>1 2024-01-02T10:00:06Z mail sm-mta 6001 ID47 [timeQuality tzKnown=\"1\" isSynced=\"1\"][meta "
      "note=\"a \\] b\"] \xEF\xBB\xBF" + msg,                              // RFC 5424 with SD and a BOM
  };
  const int64_t when = (days_from_civil(2024, 1, 2) * 86400 + 10 * 3600 + 6) * int64_t(1000000);
  for (const std::string& line : envelopes) {
    SCOPED_TRACE(line);
    Parsed p = dispatch({line});
    ASSERT_EQ(p.sink.events.size(), 1u);
    const OwnedEvent& e = p.sink.events[0];
    EXPECT_EQ(e.action, Action::rejected);
    EXPECT_EQ(e.host_name, "mail");
    EXPECT_EQ(e.process_name, "sm-mta");
    EXPECT_EQ(e.process_pid, 6001u);
    EXPECT_EQ(e.source_ip, "192.0.2.66");
    EXPECT_EQ(e.to_address, "y@example.com");
    EXPECT_EQ(e.diagnostic, "550 5.7.1 <y@example.com>... Relaying denied");
    EXPECT_EQ(e.time.epoch_us, when);
  }
}

// RFC 5424 writes "-" for an unknown app name: records without a program,
// several in a row, are other programs' lines (found by fuzzing: the second
// compared a remembered empty name with a view without data).
TEST(MixedSyslog, Rfc5424RecordsWithoutAnAppNameAreRecognized) {
  for (const FormatSpec* only : {static_cast<const FormatSpec*>(nullptr), find_format("postfix")}) {
    Parsed p = dispatch({"<22>1 2024-01-02T10:00:06Z mail - - - - first", "<22>1 2024-01-02T10:00:07Z mail - - - - second",
                         "<22>1 2024-01-02T10:00:08Z - - - - - third"},
                        only);
    EXPECT_EQ(p.count(Outcome::recognized), 3u);
    EXPECT_TRUE(p.sink.events.empty());
  }
}

// `journalctl -u postfix > mail.log` writes marker lines between records (a
// boot, the range the journal covers): understood, not counted as damage.
TEST(MixedSyslog, JournalctlMarkerLinesAreRecognized) {
  Parsed p = dispatch({
      "-- Logs begin at Mon 2024-12-30 09:12:01 UTC, end at Tue 2024-12-31 10:00:00 UTC. --",
      "-- Journal begins at Mon 2024-12-30 09:12:01 UTC, ends at Tue 2024-12-31 10:00:00 UTC. --",
      "Dec 31 09:59:58 mail postfix/smtpd[2210]: connect from unknown[192.0.2.99]",
      "-- Boot 5f0c2d9e8a2b4c7f9d3e1a6b0c4d8e2f --",
      "-- Reboot --",
      "Dec 31 10:00:01 mail postfix/smtpd[2210]: NOQUEUE: reject: RCPT from unknown[192.0.2.99]: 554 5.7.1 "
      "<x@example.net>: Relay access denied; from=<spam@example.com> to=<x@example.net> proto=ESMTP helo=<bot>",
      "-- No entries --",
      "-- a dash line that is no marker",
      "--",
  });
  EXPECT_EQ(p.count(Outcome::reported), 1u);
  EXPECT_EQ(p.count(Outcome::recognized), 6u);  // five markers and the connect
  EXPECT_EQ(p.count(Outcome::unrecognized), 2u);
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
}

// `docker compose logs` of a mail stack: each line after its container's name
// (padded, "| "), with --timestamps docker's time first; the queue id still
// joins a message's lines; another container's own format is that
// container's (recognized), and the format is detected from such a head.
TEST(MixedSyslog, ComposeLogsPrefixesAreReadAsTheContainersLines) {
  const std::vector<std::string> lines = {
      "postfix-mailcow-1  | Dec 31 10:00:00 mail postfix/qmgr[410]: 4C1B2D3E0A: from=<shop@example.com>, "
      "size=2000, nrcpt=1 (queue active)",
      "rspamd-mailcow-1   | 2024-12-31 10:00:00 #81(normal) <a1b2c3>; task; rspamd_task_write_log: id: <x@example.com>",
      "postfix-mailcow-1  | 2024-12-31T10:00:01.123456789Z Dec 31 10:00:01 mail postfix/smtp[411]: 4C1B2D3E0A: "
      "to=<gone@example.net>, relay=mx.example.net[192.0.2.7]:25, delay=1, delays=0/0/0.5/0.5, dsn=5.1.1, "
      "status=bounced (host mx.example.net[192.0.2.7] said: 550 5.1.1 <gone@example.net>: Recipient address "
      "rejected: User unknown (in reply to RCPT TO command))",
      "mailserver_1 | Dec 31 10:00:02 mail postfix/smtpd[412]: NOQUEUE: reject: RCPT from unknown[192.0.2.99]: "
      "554 5.7.1 <x@example.net>: Relay access denied; from=<spam@example.com> to=<x@example.net> proto=ESMTP "
      "helo=<bot>",
  };
  Parsed p = dispatch(lines);
  EXPECT_EQ(p.count(Outcome::reported), 2u);
  EXPECT_EQ(p.count(Outcome::recognized), 2u);
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::bounced);
  EXPECT_EQ(p.sink.events[0].from_address, "shop@example.com");  // from the qmgr line, by queue id
  EXPECT_EQ(p.sink.events[0].host_name, "mail");
  EXPECT_EQ(p.sink.events[1].action, Action::rejected);
  std::string head;
  for (const std::string& l : lines) head += l + "\n";
  EXPECT_EQ(detect_format(head), nullptr);  // the syslog dispatcher
  EXPECT_GE(sniff_syslog(head), 50);
  EXPECT_TRUE(after_container_prefix("Dec 31 10:00:00 mail postfix/smtp[1]: x").empty());
  EXPECT_TRUE(after_container_prefix("a | b").size() == 1);
  EXPECT_TRUE(after_container_prefix("name  |b").empty());
  // A syslog line's own RFC 3339 time is not docker's: it stays.
  EXPECT_EQ(after_container_prefix("mailserver  | 2025-04-15T09:30:15.061290+00:00 mail postfix/smtpd[1]: x"),
            "2025-04-15T09:30:15.061290+00:00 mail postfix/smtpd[1]: x");
  EXPECT_EQ(after_container_prefix("smtp-1  | 2025-04-15T09:30:15.1Z 2025-04-15T09:30:15.061290+00:00 mail p[1]: x"),
            "2025-04-15T09:30:15.061290+00:00 mail p[1]: x");
}

// The front of a mail stack in the same stream: nginx's mail proxy refusing a
// login is a failed login from the client it names (a source, not a
// destination: the server is the proxy's own wildcard listener); its other
// records, and a record stamped with digits that are no Exim pid, are the
// container's.
TEST(MixedSyslog, AMailProxysRefusedLoginInComposeLogsIsAFailedLogin) {
  const std::vector<std::string> lines = {
      "postfix-mailcow-1  | Dec  6 08:00:00 mail postfix/smtpd[123]: connect from unknown[203.0.113.9]",
      "front-1            | 2025/12/06 08:00:01 [error] 12#12: *345 client login failed: \"Authentication "
      "credentials invalid\" while in http auth state, client: 203.0.113.9, server: 0.0.0.0:465, login: "
      "\"alice@example.com\"",
      "front-1            | 2025/12/06 08:00:02 [info] 12#12: *346 client 198.51.100.4:51234 connected to 0.0.0.0:25",
      "nginx-mailcow-1    | 2025/12/06 08:00:03 [error] 9#9: *12 client login failed: \"Invalid login\" while in "
      "http auth state, client: 2001:db8::5, server: [::]:993, login: \"bob\"",
      "webmail-1          | 2025/12/06 08:00:04 [notice] 9#9: signal process started",
  };
  Parsed p = dispatch(lines);
  EXPECT_EQ(p.count(Outcome::reported), 2u);
  EXPECT_EQ(p.count(Outcome::recognized), 3u);
  ASSERT_EQ(p.sink.events.size(), 2u);
  for (const OwnedEvent& e : p.sink.events) {
    EXPECT_EQ(e.action, Action::failed);
    EXPECT_EQ(testing::verdict_of(e).cause, "authentication");
    EXPECT_TRUE(e.destination_ip.empty()) << e.destination_ip;
    EXPECT_TRUE(e.destination_domain.empty()) << e.destination_domain;
  }
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.9");
  EXPECT_EQ(p.sink.events[0].destination_port, 465);
  EXPECT_EQ(p.sink.events[1].source_ip, "2001:db8::5");
  EXPECT_EQ(p.sink.events[1].destination_port, 993);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 2u);
}

// More of a mail stack's containers in one stream: SOGo's refused web login
// (its logger puts a space before the pid), a container's supervisor seeing
// a mail program die by a signal, the front's auth service failing a login
// and its auth rate limit; a successful SOGo login is recognized.
TEST(MixedSyslog, WebmailLoginsSupervisorsAndTheProxysAuthServiceInComposeLogs) {
  const std::vector<std::string> lines = {
      "mailcowdockerized-sogo-mailcow-1     | Jan 21 10:07:40 3b7c2e91d0af sogod [96]: SOGoRootPage Login from "
      "'198.51.100.58' for user 'peter@example.org' might not have worked - password policy: 65535  grace: -1  "
      "expire: -1  bound: 0",
      "mailcowdockerized-sogo-mailcow-1     | Jan 21 10:07:52 3b7c2e91d0af sogod [96]: SOGoRootPage successful login "
      "from '198.51.100.58' for user 'peter@example.org' - expire = -1  grace = -1",
      "mailcowdockerized-dovecot-mailcow-1  | 2025-01-21 10:38:02,417 INFO exited: dovecot (terminated by SIGSEGV "
      "(core dumped); not expected)",
      "mailu-front-1     | 2024/11/05 14:28:49 [error] 24#24: *4702 auth http server 127.0.0.1:8000 did not send "
      "server or port while in http auth state, client: 203.0.113.140, server: 0.0.0.0:993, login: \"carol@example.net\"",
      "mailu-front-1     | 2024/11/05 14:24:12 [info] 24#24: *4593 client login failed: \"Temporary authentication "
      "failure (rate-limit)\" while in http auth state, client: 198.51.100.61, server: 0.0.0.0:993, login: "
      "\"dave@example.net\"",
  };
  Parsed p = dispatch(lines);
  EXPECT_EQ(p.count(Outcome::reported), 4u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  ASSERT_EQ(p.sink.events.size(), 4u);
  const std::vector<std::string> causes = {"authentication", "server_unavailable", "server_unavailable",
                                           "authentication"};
  for (size_t i = 0; i < causes.size(); ++i)
    EXPECT_EQ(testing::verdict_of(p.sink.events[i]).cause, causes[i]) << p.sink.events[i].diagnostic;
  EXPECT_EQ(p.sink.events[0].source_ip, "198.51.100.58");
  EXPECT_EQ(p.sink.events[0].process_name, "sogod");
  EXPECT_EQ(p.sink.events[0].process_pid, 96u);
  EXPECT_EQ(p.sink.events[2].source_ip, "203.0.113.140");
}

// Docker's syslog log driver forwards a container's own syslog lines under
// the container's tag: the inner line is the mail program's, read as if it
// stood alone (the Postfix attempt's connect line joins its status line).
TEST(MixedSyslog, AContainersSyslogLinesForwardedUnderItsTagAreReadAsTheirs) {
  const std::string outer = "2025-12-31T23:41:34+01:00 dockerhost daemon.info mailrelay[1432]: ";
  Parsed p = dispatch({
      outer + "Dec 31 22:41:04 mx6 postfix/qmgr[107]: B2E40C1A07: from=<alerts@example.org>, size=1422, nrcpt=1 "
              "(queue active)",
      outer + "Dec 31 22:41:34 mx6 postfix/smtp[213]: connect to mx1.example.net[198.51.100.201]:25: Connection "
              "timed out",
      outer + "Dec 31 22:42:04 mx6 postfix/smtp[213]: B2E40C1A07: to=<carla@example.net>, relay=none, delay=61, "
              "delays=0.02/0.01/61/0, dsn=4.4.1, status=deferred (connect to mx2.example.net[198.51.100.202]:25: "
              "Connection timed out)",
      outer + "a line of the container's own that is no syslog line",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].file_line, 3u);
  EXPECT_EQ(p.sink.events[0].dataset, "postfix.log");
  EXPECT_EQ(p.sink.events[0].from_address, "alerts@example.org");
  EXPECT_EQ(p.sink.events[0].host_name, "mx6");
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

// The same forwarding under a tag one of our parsers claims by its name
// (mailcow's "postfix-mailcow" looks like a Postfix instance's): the inner
// line is read as Postfix's, a master.cf service's own syslog_name
// ("watchdog/smtpd") is Postfix's too, and another program's inner line is
// that program's (recognized).
TEST(MixedSyslog, InnerLinesUnderATagAPostfixInstanceCouldHaveAreRead) {
  const std::string outer = "Sep 23 08:26:12 mc1 postfix-mailcow[1093]: ";
  Parsed p = dispatch({
      outer + "Sep 23 08:26:12 mail postfix/qmgr[388]: E61FDC1DB3: from=<a@example.org>, size=900, nrcpt=1 "
              "(queue active)",
      outer + "Sep 23 08:26:12 mail postfix/smtp[6085]: E61FDC1DB3: to=<b@example.net>, relay=mx.example.net"
              "[198.51.100.120]:25, delay=1.1, delays=0.9/0.01/0.19/0, dsn=4.7.0, status=deferred (host "
              "mx.example.net[198.51.100.120] refused to talk to me: 421 4.7.0 Error: too many connections)",
      outer + "Sep 23 08:26:13 mail watchdog/smtpd[6012]: connect from localhost[127.0.0.1]",
      outer + "Sep 23 08:26:13 mail whitelist_forwardinghosts: Look up 192.0.2.91 on whitelist, result 200 DUNNO",
      outer + "not a syslog line at all",
      "Sep 23 08:26:14 mc1 enforced-tls-smtp/smtp[6070]: 0A1B2C3D4E: to=<c@example.com>, relay=none, delay=1, "
      "delays=0.1/0/0.9/0, dsn=4.7.4, status=deferred (TLS is required, but was not offered by host "
      "mx.example.com[203.0.113.5])",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(p.sink.events[0].from_address, "a@example.org");
  EXPECT_EQ(p.sink.events[0].host_name, "mail");
  EXPECT_EQ(p.sink.events[1].file_line, 6u);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
  EXPECT_EQ(p.outcomes[4], Outcome::unrecognized);
}

// A program we do not read whose message is another such program's syslog
// line, after many programs were seen (the list of them grows while a line
// is read): recognized, and nothing is read from freed memory (the
// sanitizer build runs this; a fuzzer found it).
TEST(MixedSyslog, AnInnerLineOfAnotherUnknownProgramIsRecognized) {
  // Every count of programs seen before, so that the inner one's arrival
  // meets each growth of the list and its cap.
  for (int seen = 0; seen <= 40; ++seen) {
    std::vector<std::string> lines;
    for (int i = 0; i < seen; ++i) lines.push_back("Aug 17 01:26:02 ix prog" + std::to_string(i) + "[1]: hello");
    lines.push_back("Aug 17 01:26:02 ix wrapped[22704]:Apr 10 03:47:57 web courierd: session closed");
    lines.push_back("Aug 17 01:26:03 ix wrapper[9]: Aug 17 01:26:03 mx6 postfix/qmgr[107]: B2E40C1A07: removed");
    Parsed p = dispatch(lines);
    EXPECT_EQ(p.outcomes[size_t(seen)], Outcome::recognized) << seen;
    EXPECT_EQ(p.outcomes[size_t(seen) + 1], Outcome::recognized) << seen;
    EXPECT_TRUE(p.sink.events.empty()) << seen;
  }
}

// A daemon that mails its admin logs the mail command's own error under its
// name (mdadm's "sendmail: authentication failed", smartd's "/usr/lib/sendmail:
// No such file or directory"): a sending failure; a web application's form
// field "Email: ..." is not the mail command.
TEST(MixedSyslog, AMailCommandsErrorInADaemonsLogIsASendingFailure) {
  Parsed p = dispatch({
      "Apr 28 03:11:52 raidbox mdadm[1291]: sendmail: authentication failed (method PLAIN)",
      "Feb 21 09:14:03 fileserver smartd[8677]: /usr/lib/sendmail: No such file or directory",
      "Mar  1 10:00:00 web1 portal[12]: Email: alice@example.com login failed",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[1].file_line, 2u);
  for (const OwnedEvent& e : p.sink.events) EXPECT_EQ(e.scope, kScopeClient);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

// The small senders of a machine's mail (sSMTP, nullmailer, dma) and cron log
// to syslog too: their failures are client events; their routine lines and
// the lines that only close a failure already reported are recognized.
TEST(MixedSyslog, SendingProgramsInTheMailLogAreReadAsClients) {
  Parsed p = dispatch({
      "Dec 31 03:00:03 nas2 nullmailer[4419]: smtp: Failed: 554 5.7.1 <ops@example.com>: Relay access denied",
      "Dec 31 03:00:03 nas2 nullmailer[4419]: Sending failed: Permanent error in sending the message",
      "Dec 31 03:00:03 nas2 nullmailer[4419]: Moving message 1714618802.4417 into failed",
      "Dec 31 03:02:14 bk1 sSMTP[20840]: Unable to locate smtp.example.org",
      "Dec 31 05:30:03 fw3 dma[1a7c0.55d0e3a6c3b0]: remote delivery failed after RCPT TO: 550 5.1.1 "
      "<secops@example.com>: Recipient address rejected: User unknown in local recipient table",
      "Dec 31 05:30:03 fw3 dma[1a7c0.55d0e3a6c3b0]: delivery failed, bouncing as 1a7c3",
      "Dec 31 05:05:09 fw3 dma[1a4f2.55d0e3a6c2a0]: delivery successful",
      "Dec 31 06:00:01 web4 CRON[3319]: (root) CMD (/usr/local/bin/backup.sh)",
      "Dec 31 06:00:02 web4 CRON[3320]: (CRON) info (No MTA installed, discarding output)",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  for (const OwnedEvent& e : p.sink.events) EXPECT_EQ(e.scope, kScopeClient);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[0].host_name, "nas2");
  EXPECT_EQ(p.sink.events[1].file_line, 4u);
  EXPECT_EQ(p.sink.events[2].file_line, 5u);
  EXPECT_EQ(p.sink.events[3].file_line, 9u);
  EXPECT_EQ(p.count(Outcome::reported), 4u);
  EXPECT_EQ(p.count(Outcome::recognized), 5u);
}

// nullmailer's protocol module says only that it could not connect; the
// parent's next line names why ("Host not found"): one failure, on the
// module's line, read in both lines' words.
TEST(MixedSyslog, NullmailersReasonJoinsItsModulesConnectFailure) {
  Parsed p = dispatch({
      "Dec  5 02:30:00 nas1 nullmailer[3318]: smtp: Failed: Connect failed",
      "Dec  5 02:30:00 nas1 nullmailer[1377]: Sending failed:  Host not found",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_NE(p.sink.events[0].diagnostic.find("Host not found"), std::string::npos);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
}

// "message repeated N times: [ text ]" (rsyslog, syslog-ng) stands for N more
// occurrences of the program's message: each is counted, on the same line.
TEST(MixedSyslog, RepeatedMessageIsCountedAsOftenAsItCame) {
  Parsed p = dispatch({
      "Dec 31 10:00:01 mail postfix/smtpd[2210]: warning: unknown[203.0.113.9]: SASL LOGIN authentication failed: "
      "UGFzc3dvcmQ6",
      "Dec 31 10:00:09 mail postfix/smtpd[2210]: message repeated 3 times: [ warning: unknown[203.0.113.9]: SASL "
      "LOGIN authentication failed: UGFzc3dvcmQ6]",
      "Dec 31 10:00:10 mail dovecot: message repeated 2 times: [ imap-login: Disconnected]",
      // Not that shape: no count, no brackets.
      "Dec 31 10:00:11 mail postfix/smtpd[2210]: message repeated times: [ warning: x]",
      "Dec 31 10:00:12 mail postfix/smtpd[2210]: message repeated 2 times: warning: x",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  for (const OwnedEvent& e : p.sink.events) EXPECT_EQ(e.source_ip, "203.0.113.9");
  EXPECT_EQ(p.sink.events[3].file_line, 2u);
  EXPECT_EQ(p.count(Outcome::reported), 2u);
  EXPECT_EQ(p.count(Outcome::recognized), 1u);  // dovecot's
  EXPECT_EQ(p.count(Outcome::unrecognized), 2u);
}

// A count past the cap is read as the cap: one line cannot stall the run.
TEST(MixedSyslog, RepeatCountIsCapped) {
  Parsed p = dispatch({"Dec 31 10:00:09 mail postfix/smtpd[2210]: message repeated 4000000000 times: [ warning: "
                       "unknown[203.0.113.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6]"});
  EXPECT_EQ(p.sink.events.size(), 1000u);
  // A long text is repeated only up to about 16 MiB of it: 64 events of 256 KiB.
  std::string long_text = "warning: unknown[203.0.113.9]: SASL LOGIN authentication failed: ";
  long_text.append((size_t(256) << 10) - long_text.size(), 'x');
  Parsed q = dispatch({"Dec 31 10:00:09 mail postfix/smtpd[2210]: message repeated 1000 times: [ " + long_text + "]"});
  EXPECT_EQ(q.sink.events.size(), 64u);
}

// journalctl -o short-monotonic writes seconds since boot instead of a time:
// the record is read (host, program, pid, message) and its event has no time.
TEST(MixedSyslog, JournalctlMonotonicRecordsAreReadWithoutATime) {
  Parsed p = dispatch({
      "[  10600.123456] mail postfix/smtpd[2210]: connect from unknown[192.0.2.99]",
      "[  10601.000001] mail postfix/smtpd[2210]: NOQUEUE: reject: RCPT from unknown[192.0.2.99]: 554 5.7.1 "
      "<x@example.net>: Relay access denied; from=<spam@example.com> to=<x@example.net> proto=ESMTP helo=<bot>",
      "[12.5] mail sm-mta[6001]: s1P819mk027713: ruleset=check_rcpt, arg1=<y@example.com>, relay=[192.0.2.66], "
      "reject=550 5.7.1 <y@example.com>... Relaying denied",
      // Not that shape: no fraction, a letter among the digits, no closing bracket, nothing after it.
      "[  10600] mail postfix/smtpd[2210]: connect from unknown[192.0.2.99]",
      "[  106a0.5] mail postfix/smtpd[2210]: connect from unknown[192.0.2.99]",
      "[  10600.5 mail postfix/smtpd[2210]: connect from unknown[192.0.2.99]",
      "[  10600.5]",
  });
  EXPECT_EQ(p.count(Outcome::reported), 2u);
  EXPECT_EQ(p.count(Outcome::recognized), 1u);
  EXPECT_EQ(p.count(Outcome::unrecognized), 4u);
  ASSERT_EQ(p.sink.events.size(), 2u);
  for (const OwnedEvent& e : p.sink.events) {
    EXPECT_FALSE(e.time.valid);
    EXPECT_EQ(e.host_name, "mail");
    EXPECT_EQ(e.action, Action::rejected);
  }
  EXPECT_EQ(p.sink.events[0].process_pid, 2210u);
  EXPECT_EQ(p.sink.events[0].source_ip, "192.0.2.99");
  EXPECT_EQ(p.sink.events[1].process_name, "sm-mta");
  EXPECT_EQ(p.sink.events[1].to_address, "y@example.com");
}

TEST(MixedSyslog, EximKeepsItsOwnTimestampWhenTheEnvelopeHasNone) {
  // syslog-ng with ISO dates and journalctl's short output put Exim's text
  // after their own prefix; the lines format reads both.
  FileContext ctx;
  ctx.path = "mainlog";
  ctx.now = 1735603200;
  const FormatSpec* exim = find_format("exim");
  ASSERT_NE(exim, nullptr);
  auto parser = exim->make_lines(ctx);
  CollectingSink sink;
  EXPECT_EQ(parser->parse_line("mail.example.com exim[3751842]: 2021-07-17 23:20:49 plain_server authenticator "
                               "failed for ([192.0.2.17]) [192.0.2.27]: 535 Incorrect authentication data",
                               1, sink),
            Outcome::reported);
  EXPECT_EQ(parser->parse_line("2016-04-01 11:08:00 info exim[8003]: [8003] TLS error on connection from "
                               "(User) [192.0.2.29]:4816 (SSL_accept): error: <<detail omitted>>",
                               2, sink),
            Outcome::reported);
  ASSERT_EQ(sink.events.size(), 2u);
  EXPECT_EQ(sink.events[0].time.epoch_us, (days_from_civil(2021, 7, 17) * 86400 + 23 * 3600 + 20 * 60 + 49) * 1000000);
  EXPECT_EQ(sink.events[0].host_name, "mail.example.com");
  EXPECT_EQ(sink.events[0].process_pid, 3751842u);
  EXPECT_EQ(sink.events[1].process_pid, 8003u);
  EXPECT_EQ(sink.events[1].source_ip, "192.0.2.29");
}

// A script that logs through logger(1) under a name of its own: its mail
// library's exception line is a sending failure; its other lines, and other
// programs' errors, are not.
TEST(MixedSyslog, AScriptsMailLibraryExceptionIsAFailure) {
  Parsed p = dispatch({
      "Dec  5 01:20:22 backup01 alert-mailer: Traceback (most recent call last):",
      "Dec  5 01:20:22 backup01 alert-mailer:   File \"/usr/lib/python3.11/smtplib.py\", line 401, in getreply",
      "Dec  5 01:20:22 backup01 alert-mailer: smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and "
      "Password not accepted.')",
      "Dec  5 01:21:00 backup01 dovecot: imap-login: Disconnected (auth failed, 1 attempts in 2 secs): "
      "user=<bob@example.com>, method=PLAIN, rip=192.0.2.5",
      "Dec  5 01:22:00 backup01 bareos-sd[1422]: Warning: Could not open device: ERR=Permission denied",
  });
  // (Dovecot's refused login is a failed login of its own, as Postfix's SASL failures are;
  // the script's event is handed on when its traceback is known to have ended.)
  ASSERT_EQ(p.sink.events.size(), 2u);
  const auto& login = p.sink.events[0].file_line == 4u ? p.sink.events[0] : p.sink.events[1];
  const auto& script = p.sink.events[0].file_line == 4u ? p.sink.events[1] : p.sink.events[0];
  EXPECT_EQ(script.file_line, 3u);
  EXPECT_EQ(login.file_line, 4u);
  EXPECT_EQ(login.dataset, "dovecot.log");
  EXPECT_EQ(login.source_ip, "192.0.2.5");
  EXPECT_EQ(testing::verdict_of(login).cause, "authentication");
  EXPECT_EQ(p.count(Outcome::reported), 2u);
  EXPECT_EQ(p.outcomes[4], Outcome::recognized);
}

// A service that logs to the journal says in its own words that its mail
// did not go out; the system's other lines that merely name mail, SMTP or a
// failed send are not mail failures.
TEST(MixedSyslog, AServicesOwnSendingFailureIsAFailureAndOtherProgramsLinesAreNot) {
  Parsed p = dispatch({
      "Mar  1 10:00:01 web01 myapp[123]: ERROR failed to send email to bob@example.com: 535 5.7.8 Username and "
      "Password not accepted",
      "Mar  1 10:00:02 web01 alertd[124]: level=error msg=\"smtp send failed\" err=\"dial tcp 203.0.113.5:587: "
      "connect: connection refused\"",
      "Mar  1 10:00:03 web01 gitea[555]: 2025/03/01 10:00:03 ...mailer.go:300:func2() [E] Failed to send emails "
      "[bob@example.com]: gomail: could not send email 1: 550 5.7.1 Relaying denied",
      "Mar  1 10:00:04 web01 sshd-session[900]: Invalid user smtp from 203.0.113.9 port 50122",
      "Mar  1 10:00:05 web01 NetworkManager[610]: <warn>  [1740823205.1234] dhcp4 (eth0): failed to send DHCP message",
      "Mar  1 10:00:06 web01 nginx[700]: 2025/03/01 10:00:06 [error] 701#701: *88 upstream timed out (110: "
      "Connection timed out) while reading response header from upstream, request: \"POST /api/email/preview\"",
      "Mar  1 10:00:07 web01 containerd[720]: time=\"2025-03-01T10:00:07Z\" level=error msg=\"failed to send "
      "event\" error=\"context canceled\"",
      "Mar  1 10:00:08 web01 myapp[123]: INFO sent email to carol@example.com (250 2.0.0 OK)",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[1].file_line, 2u);
  EXPECT_EQ(p.sink.events[2].file_line, 3u);
  EXPECT_EQ(p.count(Outcome::reported), 3u);
  EXPECT_EQ(p.count(Outcome::recognized), 5u);
}

// nodemailer's error object as a function's logger prints it under its own
// name: the SMTP step it names ("command: 'CONN'") says it is mail; another
// library's object with a "command" field of its own does not.
TEST(MixedSyslog, ANodemailerErrorObjectUnderAnotherNameIsAFailure) {
  Parsed p = dispatch({
      "Nov 19 18:05:10 fn01 contactForm[31]: Error: Greeting never received { code: 'ETIMEDOUT', command: 'CONN' }",
      "Nov 19 18:05:11 fn01 notifyAdmins[32]: Error: self-signed certificate in certificate chain { code: "
      "'ESOCKET', command: 'CONN' }",
      "Nov 19 18:05:12 fn01 worker[33]: Error: job failed { code: 'E_QUEUE', command: 'reindex' }",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[1].file_line, 2u);
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
}

// A script that quotes the server's refusal whole (its reply code and enhanced
// status) in words of its own is a sending failure; a number and a version
// that only look like them, a success's 250 2.0.0, or a policy service's
// verdict (its own process name "postfwd2/policy") are not.
TEST(MixedSyslog, AScriptQuotingAServersReplyAndStatusIsAFailure) {
  Parsed p = dispatch({
      "Mar 11 08:20:42 office01 scan2mail.sh[49077]: scan2mail: AUTH LOGIN frontdesk@example.org rejected: 535 "
      "5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.",
      "Mar 11 08:20:43 office01 backup.sh[49080]: copied 550 5.1 GB to /srv/backup",
      "Mar 11 08:20:44 office01 scan2mail.sh[49077]: scan2mail: delivered: 250 2.0.0 OK",
      "Mar 11 08:20:45 office01 updater[49081]: package foo 450 4.2.1-3 installed",
      // A policy service's verdict, which the MTA's reject line after it states
      "Mar 11 08:20:46 office01 postfwd2/policy[2904]: [RULES] rule=2, id=SASL_RCPT_HOUR, queue=NOQUEUE, "
      "client=unknown[198.51.100.31], action=450 4.7.1 Rate limit reached, retry later",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.count(Outcome::reported), 1u);
}

// A script that relays msmtp's output to the journal states the failure, and
// msmtp's own record of the same moment states it again: one failure. The
// next night's failure is another.
TEST(MixedSyslog, ASendingProgramsRecordOfAFailureItsCallerRelayedIsTheSameFailure) {
  Parsed p = dispatch({
      "Dec  3 02:42:13 nas01 nightly-backup[48213]: msmtp: cannot connect to smtp.example.com, port 465: "
      "Connection timed out",
      "Dec  3 02:42:13 nas01 nightly-backup[48213]: msmtp: could not send mail (account default from /etc/msmtprc)",
      "Dec  3 02:42:13 nas01 msmtp[48790]: host=smtp.example.com tls=on auth=on user=nas01@example.com "
      "from=nas01@example.com recipients=ops@example.com errormsg='cannot connect to smtp.example.com, port 465: "
      "Connection timed out' exitcode=EX_TEMPFAIL",
      "Dec  4 02:42:13 nas01 msmtp[50111]: host=smtp.example.com tls=on auth=on user=nas01@example.com "
      "from=nas01@example.com recipients=ops@example.com errormsg='cannot connect to smtp.example.com, port 465: "
      "Connection timed out' exitcode=EX_TEMPFAIL",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[1].file_line, 4u);
  EXPECT_EQ(p.count(Outcome::reported), 2u);
}

// PHP's mail() warns under the interpreter's own name when PHP logs to
// syslog; the warning is the site's sending failure. PHP's other warnings are not.
TEST(MixedSyslog, PhpsMailFunctionWarningIsAFailure) {
  Parsed p = dispatch({
      "Mar  1 10:00:00 web01 php: PHP Warning:  mail(): Failed to connect to mailserver at \"localhost\" port 25, "
      "verify your \"SMTP\" and \"smtp_port\" setting in php.ini or use ini_set()",
      "Mar  1 10:00:01 web01 php: PHP Warning:  Undefined array key \"email\" in /var/www/form.php on line 12",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.count(Outcome::reported), 1u);
  EXPECT_EQ(p.count(Outcome::recognized), 1u);
}

}  // namespace
}  // namespace mailtriage

namespace mailtriage {
namespace {

// An appliance's mailer speaking under its own name in the syslog: pfSense's
// PHP names the recipient's address, monit the mail server; a program's note
// that only names an address with no failure is not one.
TEST(MixedSyslog, AnAppliancesMailerFailureUnderItsOwnNameIsAFailure) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          "May 14 12:33:40 gw01 php-fpm[377]: /system_advanced_notifications.php: Could not send the message to "
          "it@example.com -- Error: it was not possible to read line from the SMTP server: data access time out",
          "May 14 12:34:02 fw01 monit[71829]: Cannot open a connection to the mailserver smtp.example.net:587 -- "
          "Operation timed out",
          "May 14 12:35:00 gw01 php-fpm[377]: /index.php: user admin@example.com logged in from 192.0.2.7",
          "May 14 12:36:00 gw01 sshd[412]: could not send packet to 192.0.2.9@port 22",
      },
      1747180800);  // 2025-05-14
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[1].file_line, 2u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "server_unavailable");
}

}  // namespace
}  // namespace mailtriage
