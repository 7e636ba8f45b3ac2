// A mail container's output (docker-mailserver's): its entrypoint's notes and
// supervisord's lines between the mail programs' syslog lines. A mail
// program's unexpected exit and supervisord giving up on it are failures;
// the rest is recognized, and the syslog lines stay the mail programs'.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/supervisord.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

TEST(SupervisorLines, AMailProgramsCrashLoopIsAFailureAndTheRestIsRecognized) {
  testing::SyslogParsed p = testing::parse_syslog_lines(
      {
          "[   INF   ]  Welcome to docker-mailserver v14.0.0",
          "2025-06-02 04:10:12,332 INFO spawned: 'rspamd' with pid 714",
          "2025-06-02 04:10:13,369 INFO success: redis entered RUNNING state, process has stayed up for > than 0 "
          "seconds (startsecs)",
          "2025-06-02 04:10:13,406 WARN exited: rspamd (exit status 1; not expected)",
          "2025-06-02 04:10:17,591 INFO gave up: rspamd entered FATAL state, too many start retries too quickly",
          "2025-06-02 04:10:18,100 WARN exited: changedetector (exit status 1; not expected)",
          "2025-06-02 04:30:00,000 WARN exited: postfix (exit status 0; expected)",
          "[  ERROR  ]  Could not find a certificate for mail.example.net",
          "Jun  2 04:10:19 mail postfix/master[782]: daemon started -- version 3.7.11, configuration /etc/postfix",
      },
      1748822400);  // 2025-06-02
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].file_line, 4u);
  EXPECT_EQ(p.sink.events[0].process_name, "rspamd");
  EXPECT_EQ(p.sink.events[0].dataset, "supervisor.log");
  EXPECT_EQ(p.sink.events[1].file_line, 5u);
  EXPECT_EQ(p.sink.events[2].file_line, 8u);
  EXPECT_EQ(p.sink.events[2].diagnostic, "Could not find a certificate for mail.example.net");
  const testing::Verdict v = testing::verdict_of(p.sink.events[1]);
  EXPECT_EQ(v.cause, "server_unavailable");
  for (size_t i : {0, 1, 2, 5, 6, 8}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

TEST(SupervisorLines, OnlyItsOwnShapesAreTaken) {
  EXPECT_TRUE(is_supervisor_line("2025-06-02 04:10:13,406 CRIT Supervisor is running as root."));
  EXPECT_FALSE(is_supervisor_line("2025-06-02 04:10:13.406 WARN exited: rspamd (exit status 1; not expected)"));
  EXPECT_FALSE(is_supervisor_line("2025-03-14 09:12:33,120 ERROR Mailer: SMTP connect() failed"));
  EXPECT_FALSE(is_supervisor_line("[2025-03-14 09:12:33] production.ERROR: Connection could not be established"));
  EXPECT_FALSE(is_supervisor_line("[ INFO ] started"));
}

}  // namespace
}  // namespace mailtriage
