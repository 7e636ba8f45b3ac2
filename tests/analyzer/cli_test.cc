// The binary as a user runs it: options, exit codes, bad input, output validity.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "classifiers/rule.h"
#include "tests/cli_support.h"

namespace mailtriage::testing {
namespace {

namespace fs = std::filesystem;

struct TempFile {
  explicit TempFile(std::string_view bytes) {
    char tmpl[] = "/tmp/mailtriage-cli-XXXXXX";
    int fd = mkstemp(tmpl);
    path = tmpl;
    ::close(fd);
    std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
  }
  ~TempFile() { fs::remove(path); }
  std::string path;
};

// Each ndjson line must be a JSON object simdjson accepts; returns how many lines there are.
size_t valid_ndjson_lines(const std::string& out) {
  simdjson::dom::parser parser;
  std::istringstream in(out);
  std::string line;
  size_t lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    simdjson::dom::element doc;
    auto error = parser.parse(line).get(doc);
    EXPECT_EQ(error, simdjson::SUCCESS) << "not JSON: " << line;
    if (!error) {
      EXPECT_TRUE(doc.is_object()) << line;
    }
  }
  return lines;
}

TEST(Cli, HelpListsOptionsAndExitCodes) {
  auto r = run_mailtriage("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--input-format"), std::string::npos);
  EXPECT_NE(r.out.find("Exit status"), std::string::npos);
  EXPECT_NE(r.out.find("postfix"), std::string::npos);
}

TEST(Cli, VersionPrintsTheVersion) {
  auto r = run_mailtriage("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("mailtriage ", 0), 0u);
}

TEST(Cli, UsageErrorsExitTwoWithAMessage) {
  for (const char* args : {"--no-such-option", "--format xml", "--input-format nope", "--since someday", "--top 0"}) {
    auto r = run_mailtriage(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_NE(r.err.find("mailtriage:"), std::string::npos) << args << ": " << r.err;
  }
}

// Paths mixed with options are read in the order given, an option's value is
// not a path (whether given apart or joined), and after "--" everything is a
// path, even one that starts with a dash.
TEST(Cli, PathsAndOptionsMixInAnyOrder) {
  TempFile a("Nov 27 10:00:01 mx dovecot[1]: imap-login: Login: user=<a>\n");
  TempFile b("Nov 27 10:00:02 mx dovecot[1]: imap-login: Login: user=<b>\n");
  const std::string dashed_name = "-dashed-" + std::to_string(::getpid()) + ".log";  // relative: it starts with '-'
  const fs::path dashed = fs::temp_directory_path() / dashed_name;
  std::ofstream(dashed) << "Nov 27 10:00:03 mx dovecot[1]: imap-login: Login: user=<c>\n";
  auto r = run_mailtriage(shell_quote(a.path) + " --format json --year 2024 -j 1 " + shell_quote(b.path) +
                              " --top=5 -- " + shell_quote(dashed_name),
                          "</dev/null", fs::temp_directory_path().string());
  fs::remove(dashed);
  EXPECT_EQ(r.status, 0) << r.err;
  const size_t at_a = r.out.find(a.path), at_b = r.out.find(b.path), at_dashed = r.out.find("-dashed-");
  ASSERT_NE(at_a, std::string::npos) << r.out;
  ASSERT_NE(at_b, std::string::npos) << r.out;
  ASSERT_NE(at_dashed, std::string::npos) << r.out;
  EXPECT_LT(at_a, at_b);
  EXPECT_LT(at_b, at_dashed);
  // Neither "json", "2024", "1" nor "5" was taken for an input.
  EXPECT_EQ(r.out.find("\"path\":\"json\""), std::string::npos);
  EXPECT_EQ(r.out.find("\"path\":\"2024\""), std::string::npos);
  EXPECT_EQ(r.err.find("cannot read"), std::string::npos) << r.err;
}

TEST(Cli, UnreadableInputExitsThreeAndTheRestIsStillProcessed) {
  TempFile log("Nov 27 10:00:01 mx dovecot[1]: imap-login: Login: user=<a>\n");
  auto r = run_mailtriage("--format json /nonexistent/mail.log " + shell_quote(log.path));
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("/nonexistent/mail.log"), std::string::npos);
  EXPECT_NE(r.out.find("\"unreadable\":true"), std::string::npos);
  EXPECT_NE(r.out.find("\"recognized\":1"), std::string::npos) << r.out;
}

TEST(Cli, TruncatedArchiveIsReportedAndItsReadablePartCounted) {
  // A gzip member cut in the middle: the readable lines still count.
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Nov 27 10:00:01 mx dovecot[1]: line " + std::to_string(i) + "\n";
  TempFile plain(text);
  std::string gz = plain.path + ".gz";
  ASSERT_EQ(std::system(("gzip -c " + shell_quote(plain.path) + " > " + shell_quote(gz)).c_str()), 0);
  auto size = fs::file_size(gz);
  fs::resize_file(gz, size / 2);
  auto r = run_mailtriage("--format json " + shell_quote(gz));
  fs::remove(gz);
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("truncated"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"compression\":\"gzip\""), std::string::npos);
  EXPECT_EQ(r.out.find("\"units\":0,"), std::string::npos) << "the readable part must be counted";
}

TEST(Cli, GarbageInputNeverCrashesAndEveryLineIsAccounted) {
  std::string garbage;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245 + 12345;
    garbage.push_back(char(x >> 16));
  }
  TempFile f(garbage);
  auto r = run_mailtriage("--format json " + shell_quote(f.path));
  EXPECT_EQ(r.status, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(r.out).get(doc), simdjson::SUCCESS) << r.out.substr(0, 500);
  auto in = doc["inputs"].at(0);
  uint64_t units = in["units"].get_uint64().value(), reported = in["reported"].get_uint64().value(),
           recognized = in["recognized"].get_uint64().value(), unrecognized = in["unrecognized"].get_uint64().value();
  EXPECT_GT(units, 0u);
  EXPECT_EQ(units, reported + recognized + unrecognized);
}

TEST(Cli, NdjsonIsValidJsonEvenForInvalidUtf8AndControlBytes) {
  TempFile log(
      "Nov 27 10:00:01 mx postfix/smtp[9]: 4XyZ1: to=<b\xe9@ex\"ample.org>, relay=mx.example.org[192.0.2.1]:25, "
      "delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 "
      "caf\xe9 \x01 user unknown (in reply to RCPT TO command))\n");
  auto r = run_mailtriage("--format ndjson " + shell_quote(log.path));
  EXPECT_EQ(r.status, 0) << r.err;
  valid_ndjson_lines(r.out);
}

// The text report and stderr go to a terminal or a cron mail: the log's own
// bytes (an escape sequence, a NUL, invalid UTF-8, a line break in a MIME
// boundary) are shown escaped, never passed through.
TEST(Cli, TextReportAndStderrEscapeTheInputsBytes) {
  TempFile log(
      "Nov 27 10:00:01 mx postfix/smtp[9]: 4F1A22C0A1: to=<ann@ex\x1b[2Jample.org>, relay=mx.ev\x1b[31mil.example[192.0.2.1]:25, "
      "delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 "
      "\xc2\x9b caf\xe9 \x01 user unknown (in reply to RCPT TO command))\n"
      "\x1b]0;owned\x07 not a log line\n");
  auto r = run_mailtriage("--year 2024 " + shell_quote(log.path));
  EXPECT_EQ(r.status, 0) << r.err;
  for (char c : r.out) {
    const unsigned char b = static_cast<unsigned char>(c);
    EXPECT_TRUE(b == '\n' || (b >= 0x20 && b != 0x7F)) << "raw control byte " << int(b) << " in the text report";
  }
  EXPECT_NE(r.out.find("ex\\x1b[2Jample.org"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("550 5.1.1 \\xc2\\x9b caf\\xe9"), std::string::npos) << r.out;

  TempFile eml(
      "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"\x1b[2J\"\n\n"
      "--\x1b[2J\nContent-Type: text/plain\n\ncut short\n");
  auto m = run_mailtriage(shell_quote(eml.path));
  EXPECT_EQ(m.err.find('\x1b'), std::string::npos) << m.err;
  EXPECT_NE(m.err.find("\\x1b[2J"), std::string::npos) << m.err;
}

// A log whose lines end in CR alone (an old Mac editor's save) is read line
// by line, as the same log with LF line ends.
TEST(Cli, CrOnlyLogIsReadLineByLine) {
  const std::string lines =
      "Nov 27 10:00:01 mx postfix/smtp[9]: 4F1A22C0A1: to=<ann@example.org>, relay=mx.example.org[192.0.2.1]:25, "
      "delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 "
      "<ann@example.org>: User unknown (in reply to RCPT TO command))\n"
      "Nov 27 10:00:02 mx postfix/smtpd[10]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 "
      "<bob@example.net>: Relay access denied; from=<x@example.com> to=<bob@example.net> proto=ESMTP helo=<x>\n"
      "Nov 27 10:00:03 mx postfix/smtpd[10]: disconnect from unknown[192.0.2.9]\n";
  std::string cr_only = lines;
  std::replace(cr_only.begin(), cr_only.end(), '\n', '\r');
  TempFile lf(lines), cr(cr_only);
  auto a = run_mailtriage("--year 2024 --format ndjson " + shell_quote(lf.path));
  auto b = run_mailtriage("--year 2024 --format ndjson " + shell_quote(cr.path));
  EXPECT_EQ(b.status, 0) << b.err;
  EXPECT_EQ(valid_ndjson_lines(a.out), 2u);
  EXPECT_EQ(valid_ndjson_lines(b.out), 2u);
  auto text = run_mailtriage("--year 2024 " + shell_quote(cr.path));
  EXPECT_NE(text.out.find("3 lines = 2 reported + 1 recognized"), std::string::npos) << text.out;
}

// The header block of a Postfix bounce to alice@example.org, for the mbox tests.
constexpr char kPostfixBounceHeader[] =
    "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "To: alice@example.org\n"
    "\n";

// An mbox read line by line (the usual path for a file) splits only at real
// From_ lines: a bounce's own "From the postmaster: ..." sentence stays in it.
TEST(Cli, MboxIsSplitOnlyAtFromLinesWithADate) {
  TempFile mbox(
      "From MAILER-DAEMON Mon Mar  3 09:15:22 2025\n" + std::string(kPostfixBounceHeader) +
      "This is the mail system at host mail.example.org.\n"
      "\n"
      "From the postmaster: your message could not be delivered.\n"
      "\n"
      "<bob@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n"
      "    <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n"
      "\n"
      "From ann@example.org Mon Mar  3 10:00:00 2025\n"
      "From: ann@example.org\n"
      "Subject: hello\n"
      "\n"
      "an ordinary message\n");
  auto r = run_mailtriage("--format ndjson " + shell_quote(mbox.path));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(valid_ndjson_lines(r.out), 1u) << r.out << r.err;
  EXPECT_NE(r.out.find("bob@example.net"), std::string::npos) << r.out;
  auto text = run_mailtriage(shell_quote(mbox.path));
  EXPECT_NE(text.out.find("2 messages = 1 reported + 1 recognized"), std::string::npos) << text.out;
}

// A writer that leaves out the empty line before a From_ line: the whole
// From_ line still opens the next message (the file is not one message).
TEST(Cli, MboxWithoutBlankLinesBeforeFromLinesIsStillSplit) {
  TempFile mbox(
      "From MAILER-DAEMON Mon Mar  3 09:15:22 2025\n" + std::string(kPostfixBounceHeader) +
      "<bob@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n"
      "    <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n"
      "From MAILER-DAEMON Mon Mar  3 09:20:01 2025\n" + kPostfixBounceHeader +
      "<carol@example.com>: host mx.example.com[192.0.2.26] said: 552 5.2.2 Mailbox full (in reply to RCPT TO\n"
      "    command)\n");
  auto r = run_mailtriage("--format ndjson " + shell_quote(mbox.path));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(valid_ndjson_lines(r.out), 2u) << r.out << r.err;
  EXPECT_NE(r.out.find("carol@example.com"), std::string::npos) << r.out;
  auto text = run_mailtriage(shell_quote(mbox.path));
  EXPECT_NE(text.out.find("2 messages = 2 reported"), std::string::npos) << text.out;
}

TEST(Cli, StdinIsReadWhenPiped) {
  TempFile log("Nov 27 10:00:01 mx dovecot[1]: imap-login: Login\n");
  auto r = run_mailtriage("--format json", "< " + shell_quote(log.path));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("\"path\":\"-\""), std::string::npos) << r.out;
}

TEST(Cli, BrokenPipeEndsQuietly) {
  std::string text;
  for (int i = 0; i < 100000; ++i)
    text += "Nov 27 10:00:01 mx postfix/smtp[9]: 4XyZ1: to=<a" + std::to_string(i) +
            "@example.org>, relay=none, delay=1, delays=0/0/0/1, dsn=4.4.1, status=deferred (connect to "
            "mx.example.org[192.0.2.1]:25: Connection timed out)\n";
  TempFile log(text);
  std::string err_file = log.path + ".err";
  std::string cmd = "TZ=UTC '" + binary_path().string() + "' --format ndjson " + shell_quote(log.path) + " 2>" +
                    shell_quote(err_file) + " | head -c 100 >/dev/null; echo ${PIPESTATUS[0]}";
  FILE* p = popen(("bash -c " + shell_quote(cmd)).c_str(), "r");
  ASSERT_NE(p, nullptr);
  char buf[64] = {};
  size_t n = fread(buf, 1, sizeof buf - 1, p);
  pclose(p);
  std::string status(buf, n);
  std::ifstream e(err_file);
  std::string err((std::istreambuf_iterator<char>(e)), {});
  fs::remove(err_file);
  EXPECT_EQ(status, "0\n");
  EXPECT_EQ(err, "");
}

TEST(Readme, StartsWithTheTwoCommandsAndCiRunsTheSecond) {
  std::ifstream readme(source_dir() / "README.md");
  std::string line, first, second;
  bool in_block = false;
  while (std::getline(readme, line)) {
    if (line.rfind("```", 0) == 0) {
      if (in_block) break;
      in_block = true;
      continue;
    }
    if (in_block) (first.empty() ? first : second) = line;
  }
  std::ifstream ci(source_dir() / ".ci/run");
  std::string last, l;
  while (std::getline(ci, l))
    if (!l.empty()) last = l;
  EXPECT_FALSE(first.empty());
  EXPECT_NE(first.find("build/mailtriage"), std::string::npos) << "the first command runs mailtriage";
  EXPECT_NE(second.find("ctest"), std::string::npos) << "the second command runs the test suite";
  EXPECT_EQ(second, last) << ".ci/run must run exactly the README's second command";
}

}  // namespace
}  // namespace mailtriage::testing

namespace mailtriage::testing {
namespace {

// A rotation set of two files, mail.log.1 (older) and mail.log, in a fresh
// directory, run in ndjson and given newest first, as a shell glob sorts them.
// *dir names the directory, which is gone when this returns.
CommandResult run_on_rotation_set(const std::string& older, const std::string& newer, std::filesystem::path* dir) {
  char tmpl[] = "/tmp/mailtriage-rot-XXXXXX";
  *dir = mkdtemp(tmpl);
  std::ofstream(*dir / "mail.log.1") << older;
  std::ofstream(*dir / "mail.log") << newer;
  auto r = run_mailtriage("--year 2024 --format ndjson " + shell_quote((*dir / "mail.log").string()) + " " +
                          shell_quote((*dir / "mail.log.1").string()));
  std::filesystem::remove_all(*dir);
  return r;
}

TEST(Cli, QueueIdCorrelationCarriesAcrossARotationSet) {
  std::filesystem::path dir;
  // The message is queued in the older file and bounces in the newer one; read oldest first.
  auto r = run_on_rotation_set(
      "Mar 10 06:00:00 mx1 postfix/smtpd[10]: 3F2A1B4C5D: client=client.example.net[198.51.100.9]\n"
      "Mar 10 06:00:00 mx1 postfix/cleanup[11]: 3F2A1B4C5D: message-id=<rotation-test@example.net>\n"
      "Mar 10 06:00:01 mx1 postfix/qmgr[12]: 3F2A1B4C5D: from=<alice@example.net>, size=1000, nrcpt=1 (queue active)\n",
      "Mar 10 06:00:02 mx1 postfix/smtp[13]: 3F2A1B4C5D: to=<nobody@example.org>, "
      "relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host "
      "mx.example.org[192.0.2.1] said: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown "
      "(in reply to RCPT TO command))\n",
      &dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"email.from.address\":\"alice@example.net\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"email.message_id\":\"rotation-test@example.net\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"log.file.path\":\"" + (dir / "mail.log").string() + "\""), std::string::npos) << r.out;
}

// A server's refusal held as a step of its delivery attempt, whose status
// line comes in the next file of the set, is reported with the file and line
// it was read from.
TEST(Cli, AHeldStepKeepsItsFileAcrossARotationSet) {
  std::filesystem::path dir;
  auto r = run_on_rotation_set(
      "Mar 10 06:00:00 mx1 postfix/qmgr[12]: 3F2A1B4C5D: from=<alice@example.net>, size=1000, nrcpt=1 (queue active)\n"
      "Mar 10 06:00:02 mx1 postfix/smtp[13]: 3F2A1B4C5D: host mx1.example.org[192.0.2.1] said: 452 4.3.1 "
      "Insufficient system storage (in reply to MAIL FROM command)\n",
      "Mar 10 06:00:03 mx1 postfix/smtp[13]: 3F2A1B4C5D: to=<bob@example.org>, relay=mx2.example.org[192.0.2.2]:25, "
      "delay=3, delays=0/0/3/0, dsn=4.4.1, status=deferred (connect to mx2.example.org[192.0.2.2]:25: Connection "
      "refused)\n",
      &dir);
  EXPECT_EQ(r.status, 0) << r.err;
  const std::string older = "\"log.file.path\":\"" + (dir / "mail.log.1").string() + "\",\"log.file.line\":2";
  const std::string newer = "\"log.file.path\":\"" + (dir / "mail.log").string() + "\",\"log.file.line\":1";
  EXPECT_NE(r.out.find(older), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(newer), std::string::npos) << r.out;
}

}  // namespace
}  // namespace mailtriage::testing

namespace mailtriage::testing {
namespace {

TEST(Cli, SinceAndUntilKeepOnlyEventsInTheWindowAndCountTheRest) {
  std::string sample = shell_quote((source_dir() / "corpora/postfix/sample.log").string());
  auto all = run_mailtriage("--year 2024 --format ndjson --all-events " + sample);
  auto some = run_mailtriage("--year 2024 --format ndjson --all-events --since 2024-03-10T06:20:00Z --until 2024-03-10T06:40:00Z " + sample);
  ASSERT_EQ(all.status, 0);
  ASSERT_EQ(some.status, 0);
  size_t n_all = std::count(all.out.begin(), all.out.end(), '\n'), n_some = std::count(some.out.begin(), some.out.end(), '\n');
  EXPECT_GT(n_some, 0u);
  EXPECT_LT(n_some, n_all);
  std::istringstream in(some.out);
  std::string line;
  while (std::getline(in, line)) {
    size_t at = line.find("\"@timestamp\":\"");
    if (at == std::string::npos) continue;
    std::string ts = line.substr(at + 14, 19);
    if (line.find("\"event.action\":\"diagnosis\"") != std::string::npos) continue;
    EXPECT_GE(ts, "2024-03-10T06:20:00") << line;
    EXPECT_LT(ts, "2024-03-10T06:40:00") << line;
  }
  auto report = run_mailtriage("--year 2024 --format json --since 2024-03-10T06:20:00Z " + sample);
  EXPECT_EQ(report.out.find("\"outside_window\":0"), std::string::npos) << "events outside the window are counted";
}

}  // namespace
}  // namespace mailtriage::testing

namespace mailtriage::testing {
namespace {

TEST(Readme, DocumentsEveryReasonTheRulesUse) {
  std::ifstream in(source_dir() / "README.md");
  std::string readme((std::istreambuf_iterator<char>(in)), {});
  for (const Rule* r : all_rules()) {
    std::string name(r->reason);
    bool found = false;
    for (size_t at = readme.find(name); at != std::string::npos && !found; at = readme.find(name, at + 1)) {
      auto word = [](char c) { return (c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9'); };
      found = (at == 0 || !word(readme[at - 1])) && (at + name.size() >= readme.size() || !word(readme[at + name.size()]));
    }
    EXPECT_TRUE(found) << "reason " << name << " (rule " << r->id << ") is not documented in README.md";
  }
}

}  // namespace
}  // namespace mailtriage::testing
