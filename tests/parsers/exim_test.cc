// Exim mainlog/rejectlog lines: each verb, message-id correlation, Exim under
// a syslog envelope, and the real lines in ../shared/corpora/logs/exim/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <simdjson.h>
#include <unistd.h>

#include "classifiers/classifier.h"
#include "parsers/exim.h"
#include "parsers/registry.h"
#include "parsers/timestamp.h"
#include "tests/generator_truth.h"
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

FileContext context(std::string_view path = "mainlog") {
  FileContext ctx;
  ctx.path = path;
  ctx.now = 1704067200;  // 2024-01-01
  return ctx;
}

void feed(LineParser& parser, const std::vector<std::string>& lines, Parsed* out) {
  uint64_t n = 0;
  for (const std::string& line : lines) out->outcomes.push_back(parser.parse_line(line, ++n, out->sink));
  parser.finish(out->sink);
}

Parsed parse(const std::vector<std::string>& lines) {
  Parsed out;
  auto parser = make_exim_parser(context());
  feed(*parser, lines, &out);
  return out;
}

// The expectations files beside the shared logs: header row, then TAB-separated rows.
std::vector<std::vector<std::string>> read_tsv(const std::filesystem::path& path) {
  std::vector<std::vector<std::string>> rows;
  bool header = true;
  for (const std::string& line : testing::read_lines(path, /*strip_cr=*/true)) {
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (!line.empty() && line.back() == '\t') cols.push_back("");
    rows.push_back(cols);
  }
  return rows;
}

int64_t utc(int y, int mo, int d, int h, int mi, int s) {
  return (days_from_civil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + s) * 1000000;
}

// "2013-06-12T03:57:58" as epoch microseconds (the fail2ban files' failjson_time).
int64_t iso(const std::string& t) {
  Timestamp ts;
  EXPECT_EQ(scan_rfc3339(t, &ts), t.size()) << t;
  return ts.epoch_us;
}

TEST(EximTimestamp, ReadsEximsOwnFormats) {
  Timestamp t;
  EXPECT_EQ(scan_exim_timestamp("2024-01-02 03:04:05 1abcDE-000123-AB Completed", &t), 19u);
  EXPECT_EQ(t.epoch_us, utc(2024, 1, 2, 3, 4, 5));
  EXPECT_EQ(scan_exim_timestamp("2017-07-30 18:51:05.712 10HmbK-000000005vi-0000 Completed", &t), 23u);
  EXPECT_EQ(t.epoch_us, utc(2017, 7, 30, 18, 51, 5) + 712000);
  // log_timezone adds the offset after a space.
  EXPECT_EQ(scan_exim_timestamp("2003-04-25 11:17:07 +0100 Start queue run", &t), 25u);
  EXPECT_EQ(t.epoch_us, utc(2003, 4, 25, 10, 17, 7));
  EXPECT_EQ(scan_exim_timestamp("2024-01-02T03:04:05Z host postfix/smtp[1]: x", &t), 0u);
  EXPECT_EQ(scan_exim_timestamp("Jan  2 03:04:05 host exim[1]: x", &t), 0u);
}

TEST(EximMessageId, AcceptsBothGenerationsOnly) {
  EXPECT_TRUE(is_exim_message_id("1abcDE-000123-AB"));
  EXPECT_TRUE(is_exim_message_id("10HmaX-000000005vi-0000"));
  EXPECT_FALSE(is_exim_message_id("1abcDE-000123-A"));
  EXPECT_FALSE(is_exim_message_id("4104E3D"));
  EXPECT_FALSE(is_exim_message_id("1abcDE_000123-AB"));
}

TEST(EximParser, DeliveryCarriesSenderMessageIdAndClientOfItsArrival) {
  Parsed p = parse({
      "2024-01-02 03:04:05 [4711] 1rKzXa-000Abc-Q1 <= alice@example.org H=mail.example.org (helo.example.org) "
      "[192.0.2.10]:50123 I=[198.51.100.2]:25 P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=3120 "
      "id=20240102030405.ABC@example.org T=\"Quarterly H=report\"",
      "2024-01-02 03:04:06 1rKzXa-000Abc-Q1 => bob@example.net R=dnslookup T=remote_smtp H=mx.example.net "
      "[203.0.113.7]:25 X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK id=1rKzXb\"",
      "2024-01-02 03:04:06 1rKzXa-000Abc-Q1 -> carol@example.net R=dnslookup T=remote_smtp H=mx.example.net "
      "[203.0.113.7]:25 C=\"250 2.0.0 OK\"",
      "2024-01-02 03:04:06 1rKzXa-000Abc-Q1 Completed",
      "2024-01-02 03:04:07 1rKzXa-000Abc-Q1 => late@example.net R=dnslookup T=remote_smtp H=mx.example.net "
      "[203.0.113.7]",
  });
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], 1u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::removed)], 1u);
  ASSERT_EQ(p.sink.events.size(), 3u);
  const OwnedEvent& e = p.sink.events[0];
  EXPECT_EQ(e.action, Action::delivered);
  EXPECT_EQ(e.dataset, "exim.log");
  EXPECT_EQ(e.local_id, "1rKzXa-000Abc-Q1");
  EXPECT_EQ(e.from_address, "alice@example.org");
  EXPECT_EQ(e.message_id, "20240102030405.ABC@example.org");
  EXPECT_EQ(e.source_domain, "mail.example.org");
  EXPECT_EQ(e.source_ip, "192.0.2.10");
  EXPECT_EQ(e.to_address, "bob@example.net");
  EXPECT_EQ(e.destination_domain, "mx.example.net");
  EXPECT_EQ(e.destination_ip, "203.0.113.7");
  EXPECT_EQ(e.destination_port, 25);
  EXPECT_EQ(e.diagnostic, "250 2.0.0 OK id=1rKzXb");
  EXPECT_EQ(e.file_line, 2u);
  EXPECT_EQ(e.time.epoch_us, utc(2024, 1, 2, 3, 4, 6));
  EXPECT_EQ(p.sink.events[1].to_address, "carol@example.net");
  // After "Completed" the message's state is gone.
  EXPECT_EQ(p.sink.events[2].from_address, "");
  EXPECT_EQ(p.sink.events[2].to_address, "late@example.net");
}

TEST(EximParser, BounceAfterRcptGivesCodesCommandAndRemoteHost) {
  Parsed p = parse({
      "2024-01-02 03:05:00 1rKzYb-000Def-R2 <= <> R=1rKzXa-000Abc-Q1 U=Debian-exim P=local S=2310",
      "2024-01-02 03:05:01 1rKzYb-000Def-R2 ** nobody@example.net R=dnslookup T=remote_smtp H=mx.example.net "
      "[203.0.113.7]:25 X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes: SMTP error from remote mail server after "
      "RCPT TO:<nobody@example.net>: 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown",
  });
  ASSERT_EQ(p.sink.events.size(), 1u);
  const OwnedEvent& e = p.sink.events[0];
  EXPECT_EQ(e.action, Action::bounced);
  EXPECT_EQ(e.to_address, "nobody@example.net");
  EXPECT_EQ(e.from_address, "");  // a bounce's sender is <>
  EXPECT_EQ(e.reply_code, 550);
  EXPECT_EQ(e.enhanced_status, "5.1.1");
  EXPECT_EQ(e.smtp_command, "RCPT");
  EXPECT_EQ(e.destination_ip, "203.0.113.7");
  EXPECT_EQ(e.diagnostic,
            "SMTP error from remote mail server after RCPT TO:<nobody@example.net>: 550 5.1.1 "
            "<nobody@example.net>: Recipient address rejected: User unknown");
}

// A deferral that names no host went to the last host its message's lines
// named as failing ("H=mx [ip] Connection timed out"): a remote transport's
// port 25 unless said otherwise. The host lines themselves are recognized.
TEST(EximParser, ADeferralWithoutAHostTakesTheLastHostThatFailed) {
  Parsed p = parse({
      "2026-01-05 19:20:00 1vcq04-000Mvm-B6 <= alex@example.com U=alex P=local S=1201 id=a1@example.com",
      "2026-01-05 19:21:02 1vcq04-000Mvm-B6 H=alt1.gmail-smtp-in.l.google.com [203.0.113.27] Connection timed out",
      "2026-01-05 19:23:13 1vcq04-000Mvm-B6 H=alt2.gmail-smtp-in.l.google.com [203.0.113.28] Connection timed out",
      "2026-01-05 19:23:13 1vcq04-000Mvm-B6 == maya@gmail.com R=dnslookup T=remote_smtp defer (110): Connection timed "
      "out",
      "2026-01-05 19:40:00 1vcq04-000Mvm-B6 == maya@gmail.com R=dnslookup T=remote_smtp defer (110): Connection timed "
      "out",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].destination_domain, "alt2.gmail-smtp-in.l.google.com");
  EXPECT_EQ(p.sink.events[0].destination_ip, "203.0.113.28");
  EXPECT_EQ(p.sink.events[0].destination_port, 25u);
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  // (A later deferral with no host line before it names none.)
  EXPECT_EQ(p.sink.events[1].destination_domain, "");
}

TEST(EximParser, DeferralKeepsErrnoTextAndRemoteReply) {
  Parsed p = parse({
      "2024-01-02 03:06:00 1rKzZc-000Ghi-S3 == c@example.com <C@example.com> R=client T=send_to_server defer (-44) "
      "H=mx.example.com [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<C@example.com>: 452 4.5.3 "
      "Try again",
      "2024-01-02 03:06:01 1rKzZd-000Ghi-S4 == d@example.com R=dnslookup T=remote_smtp defer (111): Connection refused",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  const OwnedEvent& e = p.sink.events[0];
  EXPECT_EQ(e.action, Action::deferred);
  EXPECT_EQ(e.to_address, "c@example.com");
  EXPECT_EQ(e.reply_code, 452);
  EXPECT_EQ(e.enhanced_status, "4.5.3");
  EXPECT_EQ(e.smtp_command, "RCPT");
  EXPECT_EQ(e.destination_domain, "mx.example.com");
  EXPECT_EQ(e.hard, Tristate::no);
  EXPECT_TRUE(e.diagnostic.starts_with("defer (-44) H=mx.example.com [192.0.2.25]: SMTP error")) << e.diagnostic;
  EXPECT_EQ(p.sink.events[1].diagnostic, "defer (111): Connection refused");
}

// A queue run skipping an address before its retry time is not a new
// attempt: after a deferral of the message it adds nothing; when the log
// holds none (the failed attempts are in an earlier, rotated log), the first
// such line is the message's deferral, once.
TEST(EximParser, RetryTimeNotReachedCountsOnlyWhenTheLogHoldsNoDeferral) {
  Parsed p = parse({
      "2024-01-02 03:00:00 1rKzZa-000Ghi-S1 == ann@example.org R=dnslookup T=remote_smtp defer (111): Connection "
      "refused",
      "2024-01-02 04:00:00 1rKzZa-000Ghi-S1 == ann@example.org R=dnslookup T=remote_smtp defer (-53): retry time not "
      "reached for any host for 'example.org'",
      "2024-01-02 04:00:00 1rKzZc-000Ghi-S3 == bob@example.net routing defer (-52): retry time not reached",
      "2024-01-02 04:30:00 1rKzZc-000Ghi-S3 == bob@example.net R=dnslookup T=remote_smtp defer (-53): retry time not "
      "reached for any host for 'example.net'",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(p.sink.events[1].action, Action::deferred);
  EXPECT_EQ(p.sink.events[1].to_address, "bob@example.net");
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

// "sender verify fail for <x>: <why>" is not a failure of its own: the
// rejection logged next for the same host reports it, and carries its reason
// (a DNS failure here, not a policy).
TEST(EximParser, SenderVerifyReasonJoinsTheRejectionOfTheSameHost) {
  Parsed p = parse({
      "2025-09-01 00:44:51 H=(mail.nowhere.example.net) [203.0.113.188] sender verify fail for "
      "<sales@nowhere.example.net>: all relevant MX records point to non-existent hosts",
      "2025-09-01 00:44:51 H=(mail.nowhere.example.net) [203.0.113.188] F=<sales@nowhere.example.net> rejected "
      "RCPT <finance@example.org>: Sender verify failed",
      "2025-09-01 00:45:10 H=(other.example.com) [198.51.100.9] F=<a@other.example.com> rejected RCPT "
      "<finance@example.org>: Sender verify failed",
  });
  EXPECT_EQ(p.outcomes[0], Outcome::recognized);
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].diagnostic,
            "Sender verify failed (sender verify fail for <sales@nowhere.example.net>: all relevant MX records "
            "point to non-existent hosts)");
  EXPECT_EQ(p.sink.events[1].diagnostic, "Sender verify failed");
}

TEST(EximParser, RetryTimeoutExceededIsExpiry) {
  Parsed p = parse({
      "2024-01-06 03:06:00 1rKzZc-000Ghi-S3 ** c@example.com: retry timeout exceeded",
      "2024-01-06 03:06:00 1rKzZc-000Ghi-S3 ** d@example.com R=r1 T=t1 : all hosts for 'example.com' have been "
      "failing for a long time (and retry time not reached)",
      "2024-01-06 03:06:01 1rKzZc-000Ghi-S3 ** e@example.com : Unrouteable address",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].action, Action::expired);
  EXPECT_EQ(p.sink.events[0].to_address, "c@example.com");
  EXPECT_EQ(p.sink.events[0].diagnostic, "retry timeout exceeded");
  EXPECT_EQ(p.sink.events[1].action, Action::expired);
  EXPECT_EQ(p.sink.events[2].action, Action::bounced);
  EXPECT_EQ(p.sink.events[2].diagnostic, "Unrouteable address");
}

TEST(EximParser, AclRejectionsGiveClientSenderRecipientAndCommand) {
  Parsed p = parse({
      "2024-01-02 05:00:00 H=spam.example.com (helo.example.com) [192.0.2.99]:4121 I=[198.51.100.2]:25 "
      "F=<sender@example.com> rejected RCPT <user@example.org>: relay not permitted",
      "2024-01-02 05:00:01 [2249] H=([2.181.148.95]) [2.181.148.95]:52391 I=[1.2.3.4]:25 F=fantasizesg4@google.com "
      "rejected RCPT some@email.com: rejected found in dnsbl zen.spamhaus.org",
      "2024-01-02 05:00:02 1rKzZe-000Jkl-T5 H=client.example.net [192.0.2.50] F=<a@example.net> rejected after DATA: "
      "This message contains a virus (Eicar-Test-Signature).",
      "2024-01-02 05:00:03 H=(x.y.z) [10.9.8.10] U=CALLER temporarily rejected EHLO or HELO x.y.z",
      "2024-01-02 05:00:04 rejected EHLO from [192.0.2.8]: syntactically invalid argument(s): _",
      "2024-01-02 05:00:05 H=[192.0.2.101]:62839 dropped by 'connect' ACL: Country is banned",
  });
  ASSERT_EQ(p.sink.events.size(), 6u);
  const OwnedEvent& rcpt = p.sink.events[0];
  EXPECT_EQ(rcpt.action, Action::rejected);
  EXPECT_EQ(rcpt.source_domain, "spam.example.com");
  EXPECT_EQ(rcpt.source_ip, "192.0.2.99");
  EXPECT_EQ(rcpt.from_address, "sender@example.com");
  EXPECT_EQ(rcpt.to_address, "user@example.org");
  EXPECT_EQ(rcpt.smtp_command, "RCPT");
  EXPECT_EQ(rcpt.diagnostic, "relay not permitted");
  EXPECT_EQ(p.sink.events[1].to_address, "some@email.com");
  EXPECT_EQ(p.sink.events[1].source_ip, "2.181.148.95");
  EXPECT_EQ(p.sink.events[1].process_pid, 2249u);
  EXPECT_EQ(p.sink.events[2].smtp_command, "DATA");
  EXPECT_EQ(p.sink.events[2].local_id, "1rKzZe-000Jkl-T5");
  EXPECT_EQ(p.sink.events[3].smtp_command, "EHLO");
  EXPECT_EQ(p.sink.events[3].hard, Tristate::no);
  EXPECT_EQ(p.sink.events[4].source_ip, "192.0.2.8");
  EXPECT_EQ(p.sink.events[5].source_ip, "192.0.2.101");
  EXPECT_EQ(p.sink.events[5].diagnostic, "dropped by 'connect' ACL: Country is banned");
}

// Exim's note that TLS did not verify and it went on in clear text is held
// for the next line: the message's failure that names TLS states it (one
// event); a delivery in clear, or anything else, leaves it a TLS failure.
TEST(EximParser, AnUnverifiedTlsNoteGivesWayToTheFailureItCaused) {
  Parsed p = parse({
      "2026-12-03 07:02:44 1tIr2u-0001YQ-2H <= backup@example.com U=root P=local S=2211",
      "2026-12-03 07:02:45 1tIr2u-0001YQ-2H TLS session: (certificate verification failed): certificate invalid: "
      "delivering unencrypted to H=smtp.example.net [192.0.2.25] (not in hosts_require_tls)",
      "2026-12-03 07:02:45 1tIr2u-0001YQ-2H ** ops@example.org R=smarthost T=remote_smtp_smarthost "
      "H=smtp.example.net [192.0.2.25]: SMTP error from remote mail server after pipelined MAIL FROM:<backup@example.com> "
      "SIZE=2211: 530 5.7.0 Must issue a STARTTLS command first",
      "2026-12-03 07:10:00 1tIr9x-0001ZZ-3K <= backup@example.com U=root P=local S=2211",
      "2026-12-03 07:10:01 1tIr9x-0001ZZ-3K TLS session: (certificate verification failed): certificate invalid: "
      "delivering unencrypted to H=smtp.example.net [192.0.2.25] (not in hosts_require_tls)",
      "2026-12-03 07:10:01 1tIr9x-0001ZZ-3K => ops@example.org R=smarthost T=remote_smtp_smarthost "
      "H=smtp.example.net [192.0.2.25] C=\"250 OK\"",
      "2026-12-03 07:20:00 1tIrAa-0001ZZ-4L TLS session: (certificate verification failed): certificate invalid: "
      "delivering unencrypted to H=smtp.example.net [192.0.2.25] (not in hosts_require_tls)",
  });
  std::vector<Action> actions;
  for (const auto& e : p.sink.events) actions.push_back(e.action);
  // the bounce; the second note before its delivery; the last, released at the end
  EXPECT_EQ(actions, (std::vector<Action>{Action::bounced, Action::failed, Action::delivered, Action::failed}));
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[1].file_line, 5u);
  EXPECT_EQ(p.sink.events[1].smtp_command, "STARTTLS");
  EXPECT_EQ(p.sink.events[3].file_line, 7u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 2u);
}

// A failed outbound handshake and the deferral that restates it are one
// failure; a handshake failure the next line does not restate stays one.
TEST(EximParser, AFailedHandshakeGivesWayToTheDeferralThatRestatesIt) {
  Parsed p = parse({
      "2026-12-03 08:50:02 1trwdS-004w7N-rF TLS error on connection to relay.example.net [192.0.2.5] "
      "(certificate verification failed): certificate has expired",
      "2026-12-03 08:50:02 1trwdS-004w7N-rF == ops@example.org R=smarthost T=remote_smtp_smarthost defer (-37) "
      "H=relay.example.net [192.0.2.5]: TLS session failure: certificate verification failed",
      "2026-12-03 09:00:00 1trwdT-004w7N-rG TLS error on connection to mx.example.com [192.0.2.6] "
      "(SSL_connect): error:0A000410:SSL routines::sslv3 alert handshake failure",
      "2026-12-03 09:00:01 1trwdU-004w7N-rH <= a@example.com U=root P=local S=100",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(p.sink.events[1].action, Action::failed);
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(p.sink.events[1].smtp_command, "STARTTLS");
  EXPECT_EQ(p.sink.events[1].destination_domain, "mx.example.com");
}

TEST(EximParser, AuthenticatorAndTlsFailuresAreCountedAndReported) {
  Parsed p = parse({
      "2024-03-21 19:26:06 dovecot_login authenticator failed for (User) [194.169.175.1]:21298 I=[22.33.44.55]:465 "
      "Ci=30416: 535 Incorrect authentication data (set_id=uaf589@example.com)",
      "2024-03-21 19:26:07 TLS error on connection from client.example.net (helo.example.net) [192.0.2.60]:41234 "
      "I=[198.51.100.2]:25 (SSL_accept): error:0A000102:SSL routines::unsupported protocol",
      "2024-03-21 19:26:08 1rKzZf-000Mno-U6 H=mx.example.org [203.0.113.9] TLS error on connection (recv): Error in "
      "the pull function.",
      // A peer closing without TLS's closing alert, mostly after taking the
      // message: the delivery line tells how the message fared, this one is no failure.
      "2024-03-21 19:26:09 1rKzZg-000Mno-V7 H=mx.example.org [203.0.113.9] TLS error on connection (recv): The TLS "
      "connection was non-properly terminated.",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.count(Outcome::recognized), 1u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], 1u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::tls_failure)], 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].source_ip, "194.169.175.1");
  EXPECT_EQ(p.sink.events[0].reply_code, 535);
  EXPECT_EQ(p.sink.events[0].smtp_command, "AUTH");
  EXPECT_EQ(p.sink.events[1].source_ip, "192.0.2.60");
  EXPECT_EQ(p.sink.events[1].source_domain, "client.example.net");
  EXPECT_EQ(p.sink.events[2].destination_ip, "203.0.113.9");
  EXPECT_EQ(p.sink.events[2].local_id, "1rKzZf-000Mno-U6");
}

TEST(EximParser, ConnectionsAreCountedNotReported) {
  Parsed p = parse({
      "2017-01-24 03:09:46 SMTP connection from [10.101.1.10]:55010 (TCP/IP connection count = 1)",
      "2017-01-24 02:53:13 SMTP connection from (hydra) [10.101.1.10]:53682 lost",
  });
  EXPECT_TRUE(p.sink.events.empty());
  EXPECT_EQ(p.sink.tallies[size_t(Tally::connection)], 1u);
  EXPECT_EQ(p.count(Outcome::recognized), 2u);
}

TEST(EximParser, RejectlogHeaderDumpIsPartOfTheRejection) {
  Parsed p = parse({
      "2024-01-02 05:10:00 1rKzZg-000Pqr-V7 H=client.example.net [192.0.2.50] F=<a@example.net> rejected after DATA: "
      "spam score too high",
      "Envelope-from: <a@example.net>",
      "Envelope-to: <b@example.org>",
      "P Received: from client.example.net ([192.0.2.50])",
      "\tby mx.example.org with esmtp (Exim 4.96)",
      "I Message-Id: <1234@example.net>",
      "F From: a@example.net",
      "  Date: Tue, 2 Jan 2024 05:09:59 +0000",
      "this line belongs to nothing",
  });
  EXPECT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.count(Outcome::recognized), 7u);
  EXPECT_EQ(p.outcomes.back(), Outcome::unrecognized);
}

TEST(EximParser, StateIsEvictedAndCountedAtTheCap) {
  auto parser = make_exim_parser(context());
  CollectingSink sink;
  char line[160];
  const int over = 7;
  for (int i = 0; i < 200'000 + over; ++i) {
    int n = std::snprintf(line, sizeof line, "2024-01-02 03:04:05 1a%04d-%06d-AB <= a@example.org H=[192.0.2.1] S=1",
                          i % 10000, i);
    parser->parse_line(std::string_view(line, size_t(n)), uint64_t(i + 1), sink);
  }
  EXPECT_EQ(sink.tallies[size_t(Tally::state_evicted)], size_t(over));
  EXPECT_EQ(sink.tallies[size_t(Tally::received)], size_t(200'000 + over));
}

TEST(EximParser, SyslogEnvelopeGivesTheSameEvent) {
  const std::string body =
      "1rKzYb-000Def-R2 ** nobody@example.net R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.7]: SMTP error "
      "from remote mail server after RCPT TO:<nobody@example.net>: 550 5.1.1 User unknown";
  Parsed own = parse({"2024-01-02 03:05:01 " + body});
  // Under syslog: through the program format, and through the lines format too.
  SyslogRecord rec;
  YearInference years(1704067200);
  std::string line = "Jan  2 03:05:01 mx1 exim[4242]: " + body;
  ASSERT_TRUE(parse_syslog_line(line, years, &rec));
  ASSERT_TRUE(exim_claims_program(rec.program));
  auto program = make_exim_program_parser(context());
  CollectingSink sink;
  EXPECT_EQ(program->parse_record(rec, 1, sink), Outcome::reported);
  Parsed lines = parse({line});
  for (const auto* events : {&sink.events, &lines.sink.events}) {
    ASSERT_EQ(events->size(), 1u);
    const OwnedEvent& e = events->front();
    EXPECT_EQ(e.action, own.sink.events[0].action);
    EXPECT_EQ(e.to_address, own.sink.events[0].to_address);
    EXPECT_EQ(e.diagnostic, own.sink.events[0].diagnostic);
    EXPECT_EQ(e.reply_code, own.sink.events[0].reply_code);
    EXPECT_EQ(e.time.epoch_us, own.sink.events[0].time.epoch_us);
    EXPECT_EQ(e.host_name, "mx1");
    EXPECT_EQ(e.process_pid, 4242u);
  }
}

// Exim logging to syslog numbers the pieces of an entry longer than 870
// bytes ("[1/2] ...", "[2/2] ...") and of a multi-line one ("[1\3] ..." where
// a line ends). Read through the syslog reader and as an Exim file.
std::vector<std::pair<std::string, Parsed>> parse_both_ways(const std::vector<std::string>& lines) {
  std::vector<std::pair<std::string, Parsed>> out;
  out.emplace_back("syslog", Parsed{});
  auto syslog = make_syslog_dispatcher(context("mail.log"), nullptr);
  feed(*syslog, lines, &out.back().second);
  out.emplace_back("exim file", parse(lines));
  return out;
}

TEST(EximParser, ALongEntryCutIntoSyslogPiecesIsReadWhole) {
  const std::string reply(900, 'x');
  const std::string body =
      "1rKzYb-000Def-R2 == slow@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net "
      "[203.0.113.7]: SMTP error from remote mail server after RCPT TO:<slow@example.net>: 451 4.7.1 "
      "Greylisted, please try again later " + reply;
  ASSERT_GT(body.size(), 870u);
  const std::string head = "Jan  2 03:05:01 mx1 exim[4242]: ";
  const std::string other = "Jan  2 03:05:01 mx1 exim[77]: 1rKzYc-000Def-R3 <= a@example.org H=[192.0.2.1] S=1";
  for (auto& [how, p] : parse_both_ways({
           head + "[1/2] " + body.substr(0, 870),
           other,  // another process between the pieces
           "Jan  2 03:05:02 mx1 exim[4242]: [2/2] " + body.substr(870),
       })) {
    SCOPED_TRACE(how);
    ASSERT_EQ(p.sink.events.size(), 1u);
    const OwnedEvent& e = p.sink.events[0];
    EXPECT_EQ(e.action, Action::deferred);
    EXPECT_EQ(e.to_address, "slow@example.net");
    EXPECT_EQ(e.reply_code, 451);
    EXPECT_EQ(e.enhanced_status, "4.7.1");
    EXPECT_NE(e.diagnostic.find(reply), std::string::npos) << "the second piece is part of the reply";
    EXPECT_EQ(e.file_line, 1u) << "the entry starts on its first piece's line";
    EXPECT_EQ(p.outcomes, (std::vector<Outcome>{Outcome::recognized, Outcome::recognized, Outcome::reported}));
  }
}

TEST(EximParser, ARejectionsSyslogCopyWithItsHeaderDumpIsOneRejection) {
  // syslog_duplication: the mainlog's copy whole, then the rejectlog's with
  // the headers, each header line a piece of its own.
  const std::string head = "Jan  2 05:10:00 mx1 exim[5150]: ";
  const std::string rejection =
      "1rKzZg-000Pqr-V7 H=client.example.net [192.0.2.50] F=<a@example.net> rejected after DATA: spam score too high";
  for (auto& [how, p] : parse_both_ways({
           head + rejection,
           head + "[1\\4] " + rejection,
           head + "[2\\4] Envelope-from: <a@example.net>",
           head + "[3\\4] Envelope-to: <b@example.org>",
           head + "[4/4] P Received: from client.example.net ([192.0.2.50])",
           "Jan  2 05:10:01 mx1 exim[5150]: [3/4] a piece whose start was never seen",
       })) {
    SCOPED_TRACE(how);
    ASSERT_EQ(p.sink.events.size(), 1u);
    EXPECT_EQ(p.sink.events[0].action, Action::rejected);
    EXPECT_EQ(p.sink.events[0].file_line, 1u);
    EXPECT_EQ(p.outcomes[0], Outcome::reported);
    for (size_t i = 1; i < 5; ++i) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << i;
    EXPECT_EQ(p.outcomes[5], Outcome::unrecognized);
  }
}

TEST(EximParser, AnEntryWhoseLastPieceNeverCameIsReadAsFarAsItCame) {
  const std::string start =
      "1rKzYb-000Def-R2 ** gone@example.net R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.7]: SMTP error "
      "from remote mail server after RCPT TO:<gone@example.net>: 550 5.1.1 User unknown";
  for (auto& [how, p] : parse_both_ways({
           "Jan  2 03:05:01 mx1 exim[4242]: [1/3] " + start,
           "Jan  2 03:05:01 mx1 exim[4242]: [2/3] " + std::string(40, 'y'),
           // the same process goes on without the third piece: the entry is read as it stands
           "Jan  2 03:05:03 mx1 exim[4242]: 1rKzYb-000Def-R2 Completed",
           "Jan  2 03:06:01 mx1 exim[99]: [1/2] " + start,  // and one cut short by the end of the file
       })) {
    SCOPED_TRACE(how);
    ASSERT_EQ(p.sink.events.size(), 2u);
    for (const OwnedEvent& e : p.sink.events) {
      EXPECT_EQ(e.action, Action::bounced);
      EXPECT_EQ(e.to_address, "gone@example.net");
      EXPECT_EQ(e.reply_code, 550);
    }
    EXPECT_EQ(p.sink.events[0].file_line, 1u);
    EXPECT_EQ(p.sink.events[1].file_line, 4u);
  }
}

// Exim in a container, run in the foreground with -v ("exim -bdf -v"): each
// log entry goes to stderr as "  <pid> LOG: MAIN" and the entry indented
// under it, and the collector's prefix gives the time (kubelet's CRI file).
TEST(EximParser, VerboseStderrEntriesInAContainersOutputAreRead) {
  const std::vector<std::string> cri = {
      "2025-03-14T07:00:01.204115873Z stderr F     1 LOG: MAIN",
      "2025-03-14T07:00:01.204115873Z stderr F     1   exim 4.96 daemon started: pid=1, -q15m, listening for SMTP on port 25",
      "2025-03-14T07:03:12.530228114Z stderr F   241 delivering 1tsx0K-00003r-F0",
      "2025-03-14T07:03:32.540117298Z stderr F   241 LOG: MAIN",
      "2025-03-14T07:03:32.540117298Z stderr F   241   1tsx0K-00003r-F0 == a@example.net R=dnslookup defer (-1): host "
      "lookup did not complete",
      "2025-03-14T07:05:10.044120981Z stderr F   250 LOG: MAIN REJECT",
      "2025-03-14T07:05:10.044120981Z stderr F   250   H=(localhost) [10.244.3.12] F=<n@example.com> rejected RCPT "
      "<admin@example.org>: relay not permitted",
  };
  std::string head;
  for (const std::string& l : cri) head += l + "\n";
  const FormatSpec* f = detect_format(head);
  EXPECT_TRUE(f == nullptr) << "read by the syslog reader, not " << (f ? f->name : "");
  std::vector<std::string> bare;  // `docker logs` of the container: the same lines without the prefix
  for (const std::string& l : cri) bare.push_back(l.substr(l.find(" stderr F ") + 10));
  for (const std::vector<std::string>* lines : {&cri, static_cast<const std::vector<std::string>*>(&bare)}) {
    Parsed p;
    auto syslog = make_syslog_dispatcher(context("pod.log"), nullptr);
    feed(*syslog, *lines, &p);
    ASSERT_EQ(p.sink.events.size(), 2u);
    EXPECT_EQ(p.sink.events[0].action, Action::deferred);
    EXPECT_EQ(p.sink.events[0].to_address, "a@example.net");
    EXPECT_EQ(p.sink.events[0].file_line, 5u);
    EXPECT_EQ(p.sink.events[1].action, Action::rejected);
    EXPECT_EQ(p.sink.events[1].file_line, 7u);
    if (lines == &cri) {
      EXPECT_EQ(p.sink.events[1].time.epoch_us, utc(2025, 3, 14, 7, 5, 10) + 44120);
    }
    EXPECT_EQ(p.count(Outcome::unrecognized), 0u);
  }
}

TEST(EximParser, SniffPrefersEximMainlogOverSyslog) {
  std::string mainlog =
      "2024-01-02 03:04:05 1rKzXa-000Abc-Q1 <= alice@example.org H=mail.example.org [192.0.2.10] P=esmtp S=3120\n"
      "2024-01-02 03:04:06 1rKzXa-000Abc-Q1 => bob@example.net R=dnslookup T=remote_smtp H=mx [203.0.113.7]\n"
      "2024-01-02 03:04:06 1rKzXa-000Abc-Q1 Completed\n";
  EXPECT_GE(exim_sniff(mainlog), 90);
  const FormatSpec* spec = detect_format(mainlog);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->name, "exim");
  std::string syslog = "Jan  2 03:04:05 mx postfix/qmgr[1]: 4104E3D: removed\nJan  2 03:04:05 mx exim[2]: x\n";
  EXPECT_EQ(exim_sniff(syslog), 0);
}

TEST(EximParser, ClassifierReadsEximWording) {
  std::string error;
  auto classifier = Classifier::create(&error);
  ASSERT_NE(classifier, nullptr) << error;
  Parsed p = parse({
      "2013-01-04 17:03:46 login authenticator failed for rrcs-24-106-174-74.se.biz.rr.com ([192.168.2.33]) "
      "[24.106.174.74]: 535 Incorrect authentication data (set_id=brian)",
      "2024-01-02 03:05:01 1rKzYb-000Def-R2 ** nobody@example.net R=dnslookup T=remote_smtp H=mx.example.net "
      "[203.0.113.7]: SMTP error from remote mail server after RCPT TO:<nobody@example.net>: 550 5.1.1 User unknown",
      "2024-01-02 03:05:02 TLS error on connection from localhost [127.0.0.1] (recv): A TLS fatal alert has been "
      "received: Certificate is bad",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  ClassifierScratch scratch;
  std::vector<std::string> causes;
  // Re-create views from the owned copies and classify them as the pipeline does.
  for (const OwnedEvent& o : p.sink.events) {
    Event ev = testing::classification_input(o);
    classifier->apply(ev, &scratch);
    causes.emplace_back(ev.cause);
  }
  EXPECT_EQ(causes[0], "authentication");
  EXPECT_EQ(causes[1], "recipient_unknown");
  EXPECT_EQ(causes[2], "tls_mismatch");
}

// After an upgrade to Exim 4.94 or later, file names built from message data
// are refused ("tainted"); a DKIM key that cannot be used lets mail leave
// unsigned. Both lines stand alone in the mainlog, and both are failures.
TEST(EximParser, TaintedFileNamesAndFailedDkimSigningAreReported) {
  Parsed p = parse({
      "2025-03-11 06:40:11 1trtHg-009JaP-BG <= app@example.com H=localhost [127.0.0.1] P=esmtp S=2048",
      "2025-03-11 06:40:12 1trtHg-009JaP-BG DKIM: signing failed: PRIVKEY",
      "2025-03-11 06:40:13 Tainted filename for search: '/etc/exim4/virtual/example.org/aliases'",
      "2025-03-11 06:40:14 DKIM: d=example.com s=mail verified OK",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].local_id, "1trtHg-009JaP-BG");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).rule, "exim.dkim_signing_failed");
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "other");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).rule, "exim.tainted_data");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "server_settings");
}

// The ACL's refusal after a taint check ("temporarily rejected RCPT <r>:
// failed to expand ...") is that check's failure, with its client and
// recipient: one event, not two. A taint line nothing restates stays one, as
// does the last line of the input.
TEST(EximParser, ARefusalThatFollowsATaintCheckIsThatOneFailure) {
  Parsed p = parse({
      "2026-02-19 09:10:41 Tainted filename for search: '/etc/exim4/virtual/example.org'",
      "2026-02-19 09:10:41 H=mail.example.net [203.0.113.140] F=<a@example.net> temporarily rejected RCPT "
      "<sales@example.org>: failed to expand \"${lookup{$local_part}lsearch{/etc/exim4/virtual/$domain}}\": NULL",
      "2026-02-19 09:11:00 Tainted filename for search: '/etc/exim4/virtual/example.com'",
      "2026-02-19 09:11:05 Start queue run: pid=20520",
      "2026-02-19 09:12:00 Tainted filename for search: '/etc/exim4/virtual/example.com'",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].to_address, "sales@example.org");
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "server_settings");
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).rule, "exim.tainted_data");
  EXPECT_EQ(p.sink.events[2].file_line, 5u) << "the input's last line, reported at its end";
}

// What Exim also writes to its panic log (a daemon out of processes, a spool
// file it cannot create, a log it cannot open, a local uid without a name), a
// frozen message dropped by timeout_frozen_after, and our own refusal of a
// closed local account.
TEST(EximParser, PanicLogFailuresFrozenExpiryAndAClosedAccount) {
  Parsed p = parse({
      "2025-04-14 09:40:00 daemon: fork of queue-runner process failed: Resource temporarily unavailable",
      "2025-04-14 09:52:18 Failed to create spool file /var/spool/exim/input//1u4GUE-000000000T4-00RQ-D: No space "
      "left on device",
      "2025-04-14 09:55:02 Cannot open main log file \"/var/log/exim/mainlog\": Permission denied: euid=26 egid=26",
      "2025-04-14 09:41:12 Failed to get user name for uid 1047",
      "2025-04-14 08:34:13 1u2nzP-00000000IDO-00Tq cancelled by timeout_frozen_after",
      "2025-04-14 08:34:13 1u2nzP-00000000IDO-00Tq Completed",
      "2025-04-14 09:12:40 H=mail-ej1-f44.google.com [198.51.100.44] F=<old.friend@gmail.com> rejected RCPT "
      "<jbrandt@kestrelnet.example>: This account has been closed. Please contact the recipient by other means.",
      "2025-04-14 09:13:00 daemon started: pid=1200, -q30m, listening for SMTP on port 25 (IPv4)",
  });
  ASSERT_EQ(p.sink.events.size(), 6u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).rule, "exim.daemon_fork_failed");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).rule, "mta.local_disk_full");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "other");
  EXPECT_EQ(p.sink.events[3].action, Action::failed);
  EXPECT_EQ(p.sink.events[4].action, Action::expired);
  EXPECT_EQ(p.sink.events[4].local_id, "1u2nzP-00000000IDO-00Tq");
  EXPECT_EQ(testing::verdict_of(p.sink.events[4]).cause, "expired");
  EXPECT_EQ(testing::verdict_of(p.sink.events[5]).rule, "local.account_closed");
  EXPECT_EQ(testing::verdict_of(p.sink.events[5]).cause, "recipient_unknown");
}

// An inbound MX's own refusals: a message over message_size_limit (no
// "rejected" in the line), ACL wordings for rate, forged HELO and a sender the
// login may not use; and a scanner failure before the message has an id, whose
// deferral on the next line restates it.
TEST(EximParser, SizeLimitAclRefusalsAndAnIdlessScannerFailure) {
  Parsed p = parse({
      "2025-03-11 09:09:15 H=mail.example.net [198.51.100.12] F=<photos@example.net> message too big: "
      "read=52634112 max=52428800",
      "2025-03-11 09:40:49 H=(example.org) [203.0.113.9] F=<admin@example.org> rejected RCPT <h@example.org>: "
      "Forged HELO: you are not example.org",
      "2025-03-11 09:54:34 H=(mx.example.net) [198.51.100.66] F=<offers@example.net> temporarily rejected RCPT "
      "<i@example.org>: Sending rate too high",
      "2025-03-12 06:40:02 H=(DESKTOP-8H2K1Q) [198.51.100.23] A=dovecot_plain:m@example.org F=<info@shop.example> "
      "rejected RCPT <k@example.net>: Sender address <info@shop.example> not permitted for user m@example.org",
      "2025-03-11 10:26:31 malware acl condition: clamd /var/run/clamav/clamd.ctl : unable to connect to UNIX "
      "socket (/var/run/clamav/clamd.ctl): No such file or directory (errno=2)",
      "2025-03-11 10:26:31 H=mail.example.com [198.51.100.177] F=<a@example.com> temporarily rejected after DATA",
      "2025-03-11 10:40:02 H=mail.example.com [198.51.100.178] F=<b@example.com> temporarily rejected after DATA",
  });
  ASSERT_EQ(p.sink.events.size(), 6u);
  EXPECT_EQ(p.sink.events[0].source_ip, "198.51.100.12");
  EXPECT_EQ(p.sink.events[0].from_address, "photos@example.net");
  std::vector<std::string> causes;
  for (const OwnedEvent& o : p.sink.events) causes.push_back(testing::verdict_of(o).cause);
  EXPECT_EQ(causes, (std::vector<std::string>{"message_too_large", "spam_policy", "rate_limit", "authentication",
                                              "server_unavailable", "server_unavailable"}));
  // The scanner's line is the failure; the deferral right after it restates it, a later one does not.
  EXPECT_NE(p.sink.events[4].diagnostic.find("malware acl condition"), std::string::npos);
  EXPECT_EQ(p.sink.events[5].diagnostic, "temporarily rejected after DATA");
}

// --- The real lines in ../shared/corpora/logs/exim/ -------------------------------

// The two-character flag after the message id ("**", "==", "=>", ...), if any.
std::string flag_of(const std::string& line) {
  std::istringstream ss(line);
  std::string date, time, word;
  ss >> date >> time >> word;
  if (word.size() > 2 && word.front() == '[' && word.back() == ']') ss >> word;
  if (!is_exim_message_id(word)) return {};
  std::string flag;
  ss >> flag;
  return flag;
}

// The message id of a line ("" when it has none).
std::string id_of(const std::string& line) {
  std::istringstream ss(line);
  std::string date, time, word;
  ss >> date >> time >> word;
  if (word.size() > 2 && word.front() == '[' && word.back() == ']') ss >> word;
  return is_exim_message_id(word) ? word : std::string();
}

TEST(EximCorpus, EveryFailureAndDeferralLineOfTheTestSuiteIsAccountedFor) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto lines =
      testing::read_lines(testing::shared_dir() / "corpora/logs/exim/exim-testsuite-mainlog.log", /*strip_cr=*/true);
  ASSERT_EQ(lines.size(), 17397u);  // SOURCE.md
  Parsed p;
  auto parser = make_exim_parser(context("exim-testsuite-mainlog.log"));
  feed(*parser, lines, &p);
  std::map<uint64_t, Action> by_line;
  for (const OwnedEvent& e : p.sink.events) by_line.emplace(e.file_line, e.action);

  size_t failure_lines = 0, retry_skips = 0, arrivals = 0, deliveries = 0;
  std::set<std::string> deferred_ids;  // messages with a deferral reported (arrival and Completed reset)
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string flag = flag_of(lines[i]);
    uint64_t n = i + 1;
    if (flag == "<=" || lines[i].find(" Completed") != std::string::npos) deferred_ids.erase(id_of(lines[i]));
    if (flag == "<=") ++arrivals;
    if (flag == "=>" || flag == "->" || flag == ">>") {
      ++deliveries;
      EXPECT_EQ(by_line.count(n) ? by_line[n] : Action::none, Action::delivered) << lines[i];
    }
    if (flag != "**" && flag != "==") continue;
    ++failure_lines;
    if (flag == "==" && lines[i].find("retry time not reached") != std::string::npos) {
      // Counted only as the first deferral of its message in the log.
      if (deferred_ids.count(id_of(lines[i]))) {
        ++retry_skips;
        EXPECT_EQ(by_line.count(n), 0u) << lines[i];
        EXPECT_EQ(p.outcomes[i], Outcome::recognized);
        continue;
      }
    }
    if (flag == "==") deferred_ids.insert(id_of(lines[i]));
    // The deferral right after our failed login to a smarthost restates it
    // (the authenticator line is the failure).
    if (flag == "==" && lines[i].find("authentication attempt(s) failed") != std::string::npos) {
      size_t login = i;
      for (size_t k = i; k-- > 0 && k + 20 > i;)
        if (lines[k].find(" authenticator failed H=") != std::string::npos && id_of(lines[k]) == id_of(lines[i])) {
          login = k;
          break;
        }
      if (login != i) {
        EXPECT_EQ(by_line.count(n), 0u) << lines[i];
        EXPECT_TRUE(by_line.count(login + 1)) << lines[login];
        continue;
      }
    }
    ASSERT_TRUE(by_line.count(n)) << "no event for line " << n << ": " << lines[i];
    if (flag == "==") EXPECT_EQ(by_line[n], Action::deferred) << lines[i];
    else EXPECT_TRUE(by_line[n] == Action::bounced || by_line[n] == Action::expired) << lines[i];
  }
  EXPECT_EQ(failure_lines, 1289u);  // SOURCE.md: "1289 lines are ** or =="
  EXPECT_GT(retry_skips, 0u);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::received)], arrivals);
  size_t delivered = 0;
  for (const OwnedEvent& e : p.sink.events) delivered += e.action == Action::delivered;
  EXPECT_EQ(delivered, deliveries);
}

TEST(EximCorpus, RejectlogHeaderLinesAreNeverUnrecognized) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto lines =
      testing::read_lines(testing::shared_dir() / "corpora/logs/exim/exim-testsuite-rejectlog.log", /*strip_cr=*/true);
  Parsed p;
  auto parser = make_exim_parser(context("exim-testsuite-rejectlog.log"));
  feed(*parser, lines, &p);
  size_t rejections = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.starts_with("Envelope-from:") || l.starts_with("Envelope-to:") || l.starts_with("P Received:") ||
        l.starts_with("I Message-Id:") || l.starts_with("F From:")) {
      EXPECT_NE(p.outcomes[i], Outcome::unrecognized) << "line " << i + 1 << ": " << l;
    }
    Timestamp t;
    if (scan_exim_timestamp(l, &t) && l.find(" rejected ") != std::string::npos &&
        l.find("SMTP protocol synchronization error") == std::string::npos)
      ++rejections;
  }
  size_t rejected = 0;
  for (const OwnedEvent& e : p.sink.events) rejected += e.action == Action::rejected;
  EXPECT_GE(rejected, rejections);
}

TEST(EximCorpus, Fail2banLinesGiveTheHostsAndTimesTheyExpect) {
  MAILTRIAGE_REQUIRE_SHARED();
  for (std::string name : {"fail2ban-exim", "fail2ban-exim-spam"}) {
    auto dir = testing::shared_dir() / "corpora/logs/exim";
    auto lines = testing::read_lines(dir / (name + ".log"), /*strip_cr=*/true);
    Parsed p;
    auto parser = make_exim_parser(context(name));
    feed(*parser, lines, &p);
    std::map<uint64_t, const OwnedEvent*> by_line;
    for (const OwnedEvent& e : p.sink.events) by_line.emplace(e.file_line, &e);
    size_t checked = 0;
    for (const auto& row : read_tsv(dir / (name + ".expected.tsv"))) {
      ASSERT_GE(row.size(), 4u);
      uint64_t n = std::stoull(row[0]);
      ASSERT_LE(n, lines.size());
      EXPECT_NE(p.outcomes[n - 1], Outcome::unrecognized) << name << " line " << n;
      auto it = by_line.find(n);
      if (it == by_line.end() || row[2] != "True") continue;
      const OwnedEvent& e = *it->second;
      EXPECT_EQ(e.source_ip, row[3]) << name << " line " << n << ": " << lines[n - 1];
      if (!row[1].empty()) {
        EXPECT_EQ(e.time.epoch_us, iso(row[1])) << name << " line " << n;
      }
      ++checked;
    }
    EXPECT_GT(checked, 4u) << name;
  }
  // Every authenticator failure in fail2ban-exim is a failed login.
  auto lines = testing::read_lines(testing::shared_dir() / "corpora/logs/exim/fail2ban-exim.log", /*strip_cr=*/true);
  Parsed p = parse(lines);
  // AUTH sent where none was offered (fail2ban's exim filter bans for it too) is a
  // failed login as well, though no authenticator ran.
  size_t auth_lines = 0, unadvertised = 0, failed = 0;
  for (const std::string& l : lines) {
    auth_lines += l.find("authenticator failed") != std::string::npos;
    unadvertised += l.find("AUTH command used when not advertised") != std::string::npos;
  }
  for (const OwnedEvent& e : p.sink.events) failed += e.action == Action::failed && e.smtp_command == "AUTH";
  EXPECT_GT(unadvertised, 0u);
  EXPECT_EQ(failed, auth_lines + unadvertised);
  EXPECT_EQ(p.sink.tallies[size_t(Tally::sasl_failure)], auth_lines);
}

TEST(EximCorpus, WazuhLinesMatchTheirRules) {
  MAILTRIAGE_REQUIRE_SHARED();
  auto dir = testing::shared_dir() / "corpora/logs/exim";
  auto lines = testing::read_lines(dir / "wazuh-ruleset-tests-exim.log", /*strip_cr=*/true);
  Parsed p = parse(lines);
  std::map<uint64_t, const OwnedEvent*> by_line;
  for (const OwnedEvent& e : p.sink.events) by_line.emplace(e.file_line, &e);
  for (const auto& row : read_tsv(dir / "wazuh-ruleset-tests-exim.expected.tsv")) {
    ASSERT_GE(row.size(), 3u);
    uint64_t n = std::stoull(row[0]);
    const std::string& rule = row[2];
    EXPECT_NE(p.outcomes[n - 1], Outcome::unrecognized) << lines[n - 1];
    if (rule == "87506") {  // authentication failure
      ASSERT_TRUE(by_line.count(n)) << lines[n - 1];
      EXPECT_EQ(by_line[n]->action, Action::failed);
    } else if (rule == "87512") {  // Unrouteable address
      ASSERT_TRUE(by_line.count(n)) << lines[n - 1];
      EXPECT_EQ(by_line[n]->action, Action::rejected);
      EXPECT_EQ(by_line[n]->to_address, "example@exampley.com");
      EXPECT_EQ(by_line[n]->diagnostic, "Unrouteable address");
    } else if (rule == "87510" || rule == "87511") {
      // Exim refusing a client on the line (too many protocol errors, talking
      // before the greeting): a rejection, as postscreen's "Protocol error" is.
      ASSERT_TRUE(by_line.count(n)) << lines[n - 1];
      EXPECT_EQ(by_line[n]->action, Action::rejected);
    } else {  // connections, lost connections: not mail failures
      EXPECT_EQ(by_line.count(n), 0u) << lines[n - 1];
    }
  }
}

// --- The generator's truth (corpora/gen/exim_logs.py) -----------------------------

// Parses `log` as the tool does (as a mainlog, or through the syslog dispatcher)
// and compares every count, and the cause of every failure, with the truth file.
void check_against_truth(const std::filesystem::path& log, const std::filesystem::path& truth, bool syslog) {
  simdjson::dom::parser json;
  simdjson::dom::element t;
  ASSERT_EQ(json.load(truth.string()).get(t), simdjson::SUCCESS) << truth;
  auto count = [&](const char* key) {
    uint64_t v = 0;
    EXPECT_EQ(t[key].get(v), simdjson::SUCCESS) << key;
    return v;
  };
  auto lines = testing::read_lines(log, /*strip_cr=*/true);
  FileContext ctx;
  ctx.path = "mainlog";
  ctx.mtime = 1735603200;  // the generator writes 2024
  ctx.now = ctx.mtime;
  auto parser = syslog ? make_syslog_dispatcher(ctx, nullptr) : make_exim_parser(ctx);
  Parsed p;
  feed(*parser, lines, &p);
  EXPECT_EQ(count("lines"), lines.size());
  EXPECT_EQ(p.count(Outcome::unrecognized), 0u);
  testing::expect_matches_truth(t, p.sink, true);
}

std::filesystem::path generate(const std::string& args, const std::string& name) {
  return testing::run_generator("exim_logs.py", args, "mainlog", "exim-" + name);
}

TEST(EximGenerator, ParsedCountsAndCausesMatchTheGeneratorsTruth) {
  if (!testing::have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 21 --lines 6000", "mainlog");
  check_against_truth(dir / "mainlog", dir / "truth.json", false);
  std::filesystem::remove_all(dir);
}

TEST(EximGenerator, SyslogFormAndNewIdsParseTheSame) {
  if (!testing::have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 22 --lines 3000 --syslog --new-ids", "syslog");
  check_against_truth(dir / "mainlog", dir / "truth.json", true);
  std::filesystem::remove_all(dir);
}

// corpora/exim/README.md gives the command; the committed files must be its output.
TEST(EximGenerator, ReproducesTheCommittedSampleByteForByte) {
  if (!testing::have_python3()) GTEST_SKIP() << "python3 is not installed: the log generator cannot run";
  auto dir = generate("--seed 3 --lines 400 --mix expired=8,bounced=14,deferred_then_sent=14,local_full=4,tls=5,drop=2",
                      "sample");
  auto committed = testing::source_dir() / "corpora/exim";
  EXPECT_EQ(testing::read_file(dir / "mainlog"), testing::read_file(committed / "sample.log"));
  EXPECT_EQ(testing::read_file(dir / "truth.json"), testing::read_file(committed / "sample.truth.json"));
  std::filesystem::remove_all(dir);
}

TEST(EximSample, CommittedSampleMatchesItsTruth) {
  auto dir = testing::source_dir() / "corpora/exim";
  check_against_truth(dir / "sample.log", dir / "sample.truth.json", false);
}

TEST(EximSample, HandWrittenRejectlogIsFullyAccountedFor) {
  auto lines = testing::read_lines(testing::source_dir() / "corpora/exim/rejectlog", /*strip_cr=*/true);
  Parsed p = parse(lines);
  EXPECT_EQ(p.count(Outcome::unrecognized), 0u);
  ASSERT_EQ(p.sink.events.size(), 5u);
  for (const OwnedEvent& e : p.sink.events) EXPECT_EQ(e.action, Action::rejected);
  EXPECT_EQ(p.sink.events[1].smtp_command, "DATA");
  EXPECT_EQ(p.sink.events[1].local_id, "1rjCXc-0007Bq-2L");
}

// Damaged input: every prefix of every kind of line, and lines with bytes
// flipped, parse without reading outside the line (ASan checks the reads; the
// views the parser hands out must lie inside the line it was given).
TEST(EximParser, TruncatedAndDamagedLinesStayInsideTheirBytes) {
  const std::vector<std::string> kinds = {
      "2024-01-02 03:04:05 [4711] 1rKzXa-000Abc-Q1 <= alice@example.org H=mail.example.org (helo) [192.0.2.10]:50123 "
      "P=esmtps S=3120 id=m@example.org T=\"subject\"",
      "2024-01-02 03:04:06 1rKzXa-000Abc-Q1 => bob <bob@example.net> R=r T=t H=mx.example.net [203.0.113.7]:25 "
      "C=\"250 OK\"",
      "2024-01-02 03:06:00 1rKzZc-000Ghi-S3 == c@example.com <C@example.com> R=r T=t defer (-44) H=mx [192.0.2.25]: "
      "SMTP error from remote mail server after RCPT TO:<C@example.com>: 452 4.5.3 Try again",
      "2024-01-02 03:05:01 1rKzYb-000Def-R2 ** n@example.net R=r T=t H=mx [203.0.113.7] : SMTP error from remote mail "
      "server after RCPT TO:<n@example.net>: 550 5.1.1 User unknown",
      "2024-01-02 05:00:00 H=spam (helo) [192.0.2.99]:4121 F=<s@example.com> rejected RCPT <u@example.org>: relay "
      "not permitted",
      "2024-03-21 19:26:06 dovecot_login authenticator failed for (User) [194.169.175.1]:21298: 535 Incorrect "
      "authentication data (set_id=x)",
      "2024-03-21 19:26:07 TLS error on connection from c (h) [192.0.2.60]:41234 (SSL_accept): error",
      "mail.example.com exim[3751842]: 2021-07-17 23:20:49 1rKzYb-000Def-R2 Completed",
      "Jan  2 03:05:01 mx1 exim[4242]: 1rKzYb-000Def-R2 ** n@example.net: retry timeout exceeded",
  };
  uint32_t x = 12345;
  auto rnd = [&] { x ^= x << 13, x ^= x >> 17, x ^= x << 5; return x; };
  size_t lines = 0, events = 0;
  auto parser = make_exim_parser(context());
  for (const std::string& full : kinds) {
    std::vector<std::string> damaged;
    for (size_t n = 0; n <= full.size(); ++n) damaged.push_back(full.substr(0, n));
    for (int i = 0; i < 200; ++i) {
      std::string d = full;
      for (int k = 0; k < 3; ++k) d[rnd() % d.size()] = char(rnd() % 256);
      damaged.push_back(d);
    }
    for (const std::string& line : damaged) {
      CollectingSink sink;
      // The line lives in its own buffer, so a view outside it is a bug ASan sees.
      std::unique_ptr<char[]> copy(new char[line.size() + 1]);
      std::memcpy(copy.get(), line.data(), line.size());
      std::string_view view(copy.get(), line.size());
      Outcome o = parser->parse_line(view, ++lines, sink);
      EXPECT_TRUE(o == Outcome::reported || o == Outcome::recognized || o == Outcome::unrecognized);
      for (const OwnedEvent& e : sink.events) {
        ++events;
        // (Sender, client and Message-ID come from the arrival line, by correlation.)
        for (const std::string* field : {&e.to_address, &e.destination_domain, &e.destination_ip, &e.diagnostic})
          EXPECT_TRUE(field->empty() || line.find(*field) != std::string::npos) << *field << " not in " << line;
      }
    }
  }
  EXPECT_GT(events, 0u);
}

// exiscan unable to use its scanner: the "malware/spam acl condition" line is
// the failure; the "temporarily rejected after DATA" of the same message
// restates it. With defer_ok the message is taken unscanned: the condition
// line is the only record.
TEST(EximParser, AScannerFailureIsOneFailureAndItsDeferralRestatesIt) {
  Parsed p = parse({
      "2025-09-16 10:04:41 1uyFfr-00000000BW2-1Dd7 malware acl condition: clamd /var/run/clamav/clamd.ctl : unable "
      "to connect to UNIX socket (/var/run/clamav/clamd.ctl): Connection refused",
      "2025-09-16 10:04:41 1uyFfr-00000000BW2-1Dd7 H=mail.example.org [198.51.100.61] F=<hr@example.org> "
      "temporarily rejected after DATA",
      "2025-09-16 12:02:04 1uyHQ2-00000000C8k-2m3N spam acl condition: error reading from spamd [127.0.0.1]:783, "
      "socket: Connection timed out",
      "2025-09-16 12:02:04 1uyHQ2-00000000C8k-2m3N <= shop@example.com H=mail.example.com [198.51.100.77] S=22410",
      "2025-09-16 12:03:00 1uyHQ3-00000000C8k-2m3N malware acl condition: clamd /var/run/clamav/clamd.ctl : ClamAV "
      "returned: /var/spool/exim4/scan/x/x.eml: lstat() failed: Permission denied. ERROR",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "server_unavailable");
  EXPECT_EQ(p.outcomes[1], Outcome::recognized);
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "server_unavailable");
  EXPECT_EQ(p.sink.events[2].file_line, 5u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).cause, "server_settings");
}

// An ISP's ACLs in the reject log (a recipient callout that did not complete,
// a client without reverse DNS, a DKIM signature that did not verify) and a
// pipe delivery refused by never_users in the panic log.
TEST(EximParser, CalloutReverseLookupDkimAndNeverUsers) {
  Parsed p = parse({
      "2025-03-18 09:18:20 H=mail.example.net [192.0.2.45]:52818 I=[203.0.113.20]:25 F=<a@example.net> temporarily "
      "rejected RCPT <b@example.org>: Could not complete recipient verify callout",
      "2025-03-18 09:07:44 H=[198.51.100.12]:50166 I=[203.0.113.20]:25 F=<c@example.com> rejected RCPT <b@example.org>: "
      "host lookup failed for reverse lookup check (failed to find host name from IP address)",
      "2025-03-18 09:44:53 1tuSZ9-00D2Us-Go H=mta.example.com [192.0.2.36]:33280 I=[203.0.113.20]:25 F=<d@example.com> "
      "rejected after DATA: DKIM signature from example.com did not verify (body hash mismatch)",
      "2025-02-28 09:14:27 1tnvVq-000000040TA-8qME User 0 set for address_pipe transport is on the never_users list",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).rule, "exim.acl.recipient_verify_deferred");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).rule, "exim.acl.reverse_lookup_failed");
  EXPECT_EQ(testing::verdict_of(p.sink.events[2]).rule, "exim.acl.dkim_failed");
  EXPECT_EQ(testing::verdict_of(p.sink.events[3]).rule, "exim.pipe.never_users");
  EXPECT_EQ(testing::verdict_of(p.sink.events[3]).cause, "server_settings");
}

}  // namespace
}  // namespace mailtriage
