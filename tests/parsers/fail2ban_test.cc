// fail2ban's log: a "Found" of a jail watching mail logins is a failed login
// from that address; its bookkeeping, bans and other services' jails are
// recognized, in its own file and in syslog.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/fail2ban.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_fail2ban_parser, lines, 1741737600, "fail2ban.log");  // 2025-03-12
}

std::string line(std::string_view logger, std::string_view level, std::string_view message) {
  std::string padded(logger);
  padded.resize(24, ' ');
  std::string lvl(level);
  lvl.resize(8, ' ');
  return "2025-03-11 09:14:02,871 " + padded + "[702]: " + lvl + std::string(message);
}

TEST(Fail2banParser, FoundInAMailLoginJailIsAFailedLoginFromThatAddress) {
  Parsed p = parse({
      line("fail2ban.server", "INFO", "Starting Fail2ban v0.11.2"),
      line("fail2ban.jail", "INFO", "Creating new jail 'postfix-sasl'"),
      line("fail2ban.filter", "INFO", "[postfix-sasl] Found 198.51.100.23 - 2025-03-11 09:14:02"),
      line("fail2ban.filter", "INFO", "[dovecot] Found 2001:db8::17 - 2025-03-11 09:14:05"),
      line("fail2ban.filter", "INFO", "[sshd] Found 198.51.100.23 - 2025-03-11 09:14:06"),
      line("fail2ban.filter", "INFO", "[apache-auth] Found 198.51.100.24 - 2025-03-11 09:14:07"),
      line("fail2ban.filter", "INFO", "[postfix] Found 198.51.100.25 - 2025-03-11 09:14:08"),
      line("fail2ban.filter", "INFO", "[exim-auth] Found 198.51.100.26 - 2025-03-11 09:14:09"),
      line("fail2ban.actions", "NOTICE", "[postfix-sasl] Ban 198.51.100.23"),
      line("fail2ban.actions", "NOTICE", "[postfix-sasl] Unban 198.51.100.23"),
      "no line of fail2ban's",
  });
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].source_ip, "198.51.100.23");
  EXPECT_EQ(p.sink.events[0].action, Action::failed);
  EXPECT_EQ(p.sink.events[0].file_line, 3u);
  EXPECT_EQ(p.sink.events[1].source_ip, "2001:db8::17");
  EXPECT_EQ(p.sink.events[2].source_ip, "198.51.100.26");
  for (const testing::OwnedEvent& e : p.sink.events) {
    EXPECT_EQ(testing::verdict_of(e).cause, "authentication") << e.diagnostic;
    EXPECT_EQ(testing::verdict_of(e).reason, "auth_failed") << e.diagnostic;
  }
  for (size_t i : {0u, 1u, 4u, 5u, 6u, 8u, 9u}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << i;
  EXPECT_EQ(p.outcomes[10], Outcome::unrecognized);
}

TEST(Fail2banParser, ItsOwnLogIsDetectedAndItsSyslogLinesAreRead) {
  std::string head;
  for (int i = 0; i < 5; ++i) head += line("fail2ban.filter", "INFO", "[dovecot] Found 192.0.2.9 - 2025-03-11 09:14:05") + "\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "fail2ban");
  testing::SyslogParsed s = testing::parse_syslog_lines(
      {"Mar 11 09:14:02 mx1 fail2ban.filter[702]: INFO [postfix-sasl] Found 203.0.113.45 - 2025-03-11 09:14:02",
       "Mar 11 09:14:03 mx1 fail2ban.actions[702]: NOTICE [postfix-sasl] Ban 203.0.113.45"},
      1741737600);
  ASSERT_EQ(s.sink.events.size(), 1u);
  EXPECT_EQ(s.sink.events[0].source_ip, "203.0.113.45");
  EXPECT_EQ(s.outcomes[1], Outcome::recognized);
}

}  // namespace
}  // namespace mailtriage
