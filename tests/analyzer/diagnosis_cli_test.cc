// Cross-event diagnoses end to end: logs written here, run through the binary,
// the diagnosis must appear in ndjson (event.action "diagnosis"), json and text.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/cli_support.h"

namespace mailtriage::testing {
namespace {

namespace fs = std::filesystem;

struct LogFile {
  explicit LogFile(const std::string& text) {
    char tmpl[] = "/tmp/mailtriage-diag-XXXXXX";
    int fd = mkstemp(tmpl);
    ::close(fd);
    path = tmpl;
    std::ofstream(path) << text;
  }
  ~LogFile() { fs::remove(path); }
  std::string path;
};

std::string two(int v) {
  std::string s = std::to_string(v);
  return s.size() < 2 ? "0" + s : s;
}

// A relay whose outbound port 25 is filtered: every MX times out, while mail
// handed to the submission relay on 587 is delivered.
std::string port25_blocked_log() {
  const char* mx[] = {"gmail-smtp-in.l.google.com", "mx1.mail.yahoo.com", "mx.example.org", "mail.example.net",
                      "mx00.ionos.de", "mx.posteo.de", "mx.yandex.ru", "mx1.example.co.uk"};
  std::ostringstream out;
  for (int i = 0; i < 40; ++i) {
    std::string t = "Mar 10 06:" + two(i) + ":" + two(i % 60);
    std::string qid = "4A" + std::to_string(100000 + i);
    out << t << " relay postfix/smtp[" << 300 + i << "]: connect to " << mx[i % 8] << "[192.0.2." << (i % 8) + 10
        << "]:25: Connection timed out\n";
    out << t << " relay postfix/smtp[" << 300 + i << "]: " << qid << ": to=<user" << i << "@" << mx[i % 8]
        << ">, relay=smtp.relay.example[198.51.100.50]:587, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, "
           "status=sent (250 2.0.0 Ok: queued)\n";
  }
  return out.str();
}

TEST(DiagnosisCli, Port25BlockShowsInEveryOutputFormat) {
  LogFile log(port25_blocked_log());
  auto nd = run_mailtriage("--year 2024 --format ndjson " + shell_quote(log.path));
  ASSERT_EQ(nd.status, 0) << nd.err;
  EXPECT_NE(nd.out.find("\"event.action\":\"diagnosis\""), std::string::npos) << nd.out.substr(0, 2000);
  EXPECT_NE(nd.out.find("\"event.code\":\"diagnosis.isp_port25_block\""), std::string::npos);
  EXPECT_NE(nd.out.find("\"triage.cause\":\"isp_port_block\""), std::string::npos);
  auto js = run_mailtriage("--year 2024 --format json " + shell_quote(log.path));
  EXPECT_NE(js.out.find("\"id\":\"diagnosis.isp_port25_block\""), std::string::npos);
  auto tx = run_mailtriage("--year 2024 " + shell_quote(log.path));
  EXPECT_NE(tx.out.find("Outbound port 25 is blocked"), std::string::npos) << tx.out.substr(0, 1500);
}

// The same timeouts while deliveries to port 25 succeed: the port is open.
// Delivered lines are only counted on their way to the diagnosis (no Event is
// kept for them), and the port they name must still be seen. Once with the
// port in relay=, once only in the text (an lmtp-style relay without one).
TEST(DiagnosisCli, DeliveredLinesOnPort25ClearTheBlock) {
  for (bool port_in_text : {false, true}) {
    std::string log_text = port25_blocked_log();
    for (size_t at; (at = log_text.find("smtp.relay.example[198.51.100.50]:587")) != std::string::npos;)
      log_text.replace(at, 37, port_in_text ? "gmail-smtp-in.l.google.com[142.250.1.1]" : "gmail-smtp-in.l.google.com[142.250.1.1]:25");
    if (port_in_text)
      for (size_t at; (at = log_text.find("(250 2.0.0 Ok: queued)")) != std::string::npos;)
        log_text.replace(at, 22, "(250 2.0.0 Ok: queued as 142.250.1.1:25 x)");
    LogFile log(log_text);
    auto js = run_mailtriage("--year 2024 --format json " + shell_quote(log.path));
    ASSERT_EQ(js.status, 0) << js.err;
    EXPECT_NE(js.out.find("\"delivered\":40,"), std::string::npos) << js.out.substr(0, 800);
    EXPECT_EQ(js.out.find("diagnosis.isp_port25_block"), std::string::npos) << "port in text: " << port_in_text;
  }
  // And the control: the same log with the deliveries on 587 is a block.
  LogFile blocked(port25_blocked_log());
  auto js = run_mailtriage("--year 2024 --format json " + shell_quote(blocked.path));
  EXPECT_NE(js.out.find("diagnosis.isp_port25_block"), std::string::npos);
}

TEST(DiagnosisCli, PasswordGuessingFromOneAddress) {
  std::ostringstream out;
  for (int i = 0; i < 25; ++i)
    out << "Mar 10 07:0" << i / 10 << ":" << two(i * 2 % 60) << " mx1 postfix/smtpd[" << 500 + i
        << "]: warning: unknown[203.0.113.77]: SASL LOGIN authentication failed: UGFzc3dvcmQ6\n";
  LogFile log(out.str());
  auto r = run_mailtriage("--year 2024 --format json " + shell_quote(log.path));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"diagnosis.sasl_password_guessing\""), std::string::npos) << r.out.substr(0, 1500);
  EXPECT_NE(r.out.find("203.0.113.77"), std::string::npos);
}

TEST(DiagnosisCli, ImplicitTlsOnPort587FromAClientLog) {
  LogFile log(
      "[2024-03-10 09:00:01] ERROR Error: 140396928:error:1408F10B:SSL routines:ssl3_get_record:wrong version "
      "number (smtp.example.com:587)\n"
      "nodemailer: Error: 4067C6F8D97F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number "
      "code: 'ESOCKET', command: 'CONN' host: 'smtp.example.com', port: 587\n");
  auto r = run_mailtriage("--format ndjson --input-format client " + shell_quote(log.path));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("diagnosis.implicit_tls_on_starttls_port"), std::string::npos) << r.out;
}

TEST(DiagnosisCli, OneUnreachableProviderIsNotADiagnosis) {
  std::ostringstream out;
  for (int i = 0; i < 30; ++i)
    out << "Mar 10 06:" << two(i) << ":00 relay postfix/smtp[" << 300 + i << "]: connect to mx" << i % 6
        << ".mail.example.com[192.0.2." << i % 6 + 1 << "]:25: Connection timed out\n";
  LogFile log(out.str());
  auto r = run_mailtriage("--year 2024 --format ndjson " + shell_quote(log.path));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("diagnosis.isp_port25_block"), std::string::npos);
}

}  // namespace
}  // namespace mailtriage::testing
