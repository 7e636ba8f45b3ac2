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
  EXPECT_TRUE(mail_services_claims_program("audit"));
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

// SELinux denials in the kernel's and the journal's lines: a mail process
// kept from a port is a local firewall's doing, from a file something else;
// a permissive denial (allowed) and other programs' denials are no failure.
TEST(MailServicesParser, SelinuxDenialsOfMailProcessesAreFailures) {
  Parsed p = parse({
      "Mar 14 06:12:44 mx1 kernel: audit: type=1400 audit(1741932764.318:4330): avc:  denied  { name_connect } for  "
      "pid=48211 comm=\"smtpd\" dest=11332 scontext=system_u:system_r:postfix_smtpd_t:s0 "
      "tcontext=system_u:object_r:unreserved_port_t:s0 tclass=tcp_socket permissive=0",
      "Mar 14 10:05:12 mx1 audit[49512]: AVC avc:  denied  { write } for  pid=49512 comm=\"lmtp\" name=\"tmp\" "
      "dev=\"dm-3\" ino=2101447 scontext=system_u:system_r:dovecot_deliver_t:s0 "
      "tcontext=unconfined_u:object_r:var_t:s0 tclass=dir permissive=0",
      "Mar 14 10:06:12 mx1 kernel: audit: type=1400 audit(1741946772.604:4349): avc:  denied  { write } for  "
      "pid=49513 comm=\"lmtp\" name=\"tmp\" tclass=dir permissive=1",
      "Mar 14 10:07:12 mx1 kernel: audit: type=1400 audit(1741946832.604:4350): avc:  denied  { read } for  "
      "pid=700 comm=\"httpd\" name=\"index.html\" tclass=file permissive=0",
  });
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "firewall_antivirus");
  EXPECT_EQ(p.sink.events[1].file_line, 2u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "other");
  EXPECT_EQ(p.outcomes[2], Outcome::recognized);
  EXPECT_EQ(p.outcomes[3], Outcome::recognized);
}

}  // namespace
}  // namespace mailtriage
