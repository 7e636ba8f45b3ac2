// systemd's and the kernel's word that a mail daemon died: one failed event
// each, for mail's daemons only; systemd's own restatement of the kernel's
// out-of-memory kill, and their other lines, recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/mail_services.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_syslog_lines(lines, 1741824000);  // 2025-03-13
}

TEST(MailServicesProgram, ClaimsTheManagerAndTheKernel) {
  EXPECT_TRUE(mail_services_claims_program("systemd"));
  EXPECT_TRUE(mail_services_claims_program("kernel"));
  EXPECT_FALSE(mail_services_claims_program("systemd-logind"));
  EXPECT_FALSE(mail_services_claims_program("postfix/smtpd"));
}

TEST(MailServicesParser, AMailDaemonsCrashAndOutOfMemoryKillAreFailures) {
  Parsed p = parse({
      "Mar 11 10:02:58 mx3 systemd[1]: clamav-daemon.service: Main process exited, code=dumped, status=11/SEGV",
      "Mar 11 10:02:58 mx3 systemd[1]: clamav-daemon.service: Failed with result 'core-dump'.",
      "Mar 11 10:05:44 mx3 kernel: Out of memory: Killed process 812 (clamd) total-vm:2486144kB, anon-rss:1731240kB",
      "Mar 11 10:05:45 mx3 systemd[1]: clamav-daemon.service: Main process exited, code=killed, status=9/KILL",
      "Mar 11 10:06:00 mx3 systemd[1]: postfix@-.service: Main process exited, code=killed, status=6/ABRT",
      "Mar 11 10:07:00 mx3 systemd[1]: nginx.service: Main process exited, code=dumped, status=11/SEGV",
      "Mar 11 10:08:00 mx3 kernel: Out of memory: Killed process 990 (java) total-vm:8486144kB",
      "Mar 11 10:09:00 mx3 systemd[1]: dovecot.service: Main process exited, code=exited, status=0/SUCCESS",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[1].file_line, 3u);
  EXPECT_EQ(p.sink.events[2].file_line, 5u);
  for (const auto& e : p.sink.events) {
    EXPECT_EQ(e.dataset, "system.log");
    EXPECT_EQ(testing::verdict_of(e).cause, "server_unavailable") << e.diagnostic;
  }
  for (size_t i : {1, 3, 5, 6, 7}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << i;
}

}  // namespace
}  // namespace mailtriage
