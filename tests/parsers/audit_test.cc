// The Linux audit daemon's log: an SELinux denial of one of mail's processes
// is a failed event with the record's time; the event's other records and
// other programs' (or permitted) denials are recognized.
#include "parsers/audit.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_support.h"

namespace mailtriage {
namespace {

TEST(AuditLog, IsSniffedByItsRecords) {
  EXPECT_GE(audit_sniff("type=DAEMON_START msg=audit(1741910400.001:1): op=start ver=3.1.2\n"
                        "type=AVC msg=audit(1741932764.318:4330): avc:  denied  { name_connect } for  pid=1 "
                        "comm=\"smtpd\" permissive=0\n"),
            90);
  EXPECT_EQ(audit_sniff("Mar 14 06:12:44 mx1 postfix/smtpd[1]: connect from x[192.0.2.1]\n"), 0);
}

TEST(AuditLog, AMailProcessDeniedIsAFailureWithTheRecordsTime) {
  FileContext ctx;
  ctx.path = "audit.log";
  auto parser = make_audit_parser(ctx);
  testing::CollectingSink sink;
  const std::vector<std::string> lines = {
      "type=AVC msg=audit(1741932764.318:4330): avc:  denied  { name_connect } for  pid=48211 comm=\"smtpd\" "
      "dest=11332 scontext=system_u:system_r:postfix_smtpd_t:s0 tcontext=system_u:object_r:unreserved_port_t:s0 "
      "tclass=tcp_socket permissive=0",
      "type=SYSCALL msg=audit(1741932764.318:4330): arch=c000003e syscall=42 success=no exit=-13 comm=\"smtpd\"",
      "type=PROCTITLE msg=audit(1741932764.318:4330): proctitle=736D747064",
      "type=AVC msg=audit(1741950061.108:4366): avc:  denied  { write } for  pid=50112 comm=\"postdrop\" "
      "name=\"maildrop\" tclass=dir permissive=0",
      "type=AVC msg=audit(1741950062.108:4367): avc:  denied  { write } for  pid=50113 comm=\"postdrop\" "
      "name=\"maildrop\" tclass=dir permissive=1",
      "type=AVC msg=audit(1741950063.108:4368): avc:  denied  { read } for  pid=700 comm=\"httpd\" permissive=0",
      "not an audit record",
  };
  std::vector<Outcome> outcomes;
  for (size_t i = 0; i < lines.size(); ++i) outcomes.push_back(parser->parse_line(lines[i], i + 1, sink));
  parser->finish(sink);
  ASSERT_EQ(sink.events.size(), 2u);
  EXPECT_EQ(sink.events[0].file_line, 1u);
  EXPECT_EQ(sink.events[0].dataset, "audit.log");
  EXPECT_EQ(sink.events[0].time.epoch_us, int64_t(1741932764318000));
  EXPECT_EQ(sink.events[0].process_name, "smtpd");
  EXPECT_EQ(testing::verdict_of(sink.events[0]).cause, "firewall_antivirus");
  EXPECT_EQ(sink.events[1].file_line, 4u);
  EXPECT_EQ(testing::verdict_of(sink.events[1]).cause, "other");
  const std::vector<Outcome> expected = {Outcome::reported,   Outcome::recognized, Outcome::recognized,
                                         Outcome::reported,   Outcome::recognized, Outcome::recognized,
                                         Outcome::unrecognized};
  EXPECT_EQ(outcomes, expected);
}

}  // namespace
}  // namespace mailtriage
