// rspamd's own log: each scanned message's verdict line is read; a reject is
// a refusal, a soft reject or greylist a deferral, read by the symbols and the
// forced action that decided it; passed messages and every other line of the
// file are recognized.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/registry.h"
#include "parsers/rspamd.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using Parsed = testing::SyslogParsed;

Parsed parse(const std::vector<std::string>& lines) {
  return testing::parse_lines_with(make_rspamd_parser, lines, 1732060800, "rspamd.log");  // 2024-11-20
}

std::string verdict(std::string_view tag, std::string_view qid, std::string_view result, std::string_view tail = "") {
  return "2024-11-19 09:11:39 #1471(rspamd_proxy) <" + std::string(tag) +
         ">; proxy; rspamd_task_write_log: id: <m." + std::string(tag) + "@sender.example>, qid: <" + std::string(qid) +
         ">, ip: 203.0.113.45, from: <news@sender.example>, (default: " + std::string(result) +
         "), len: 2902, time: 41.093ms, dns req: 4, digest: <f6f0f73f1dc479c6c7e766b8d05a5b13>, "
         "rcpts: <info@example.org>, mime_rcpts: <info@example.org>" + std::string(tail);
}

TEST(RspamdParser, VerdictsAreReadByTheirActionAndSymbols) {
  Parsed p = parse({
      "2024-11-19 08:55:01 #1466(main) <a8ba0b>; main; main: rspamd 3.8.4 is loading configuration",
      verdict("5f0a1b", "2B9E42C09D", "F (no action): [-1.52/15.00] [R_SPF_ALLOW(-0.20){+ip4:198.51.100.208/29;}]"),
      verdict("879976", "6E8B42C0B5",
              "T (reject): [18.94/15.00] [BAYES_SPAM(5.10){99.91%;},RBL_SPAMHAUS_XBL(4.00){203.0.113.45:from;}]"),
      "2024-11-19 09:14:21 #1471(rspamd_proxy) <95e135>; lua; greylist.lua:347: greylisted until \"Tue, 19 Nov 2024 "
      "09:19:21 GMT\", new record",
      verdict("95e135", "7A53C2C0B7", "F (soft reject): [6.74/15.00] [GREYLIST(0.00){greylisted;},ONCE_RECEIVED(0.10){}]",
              ", forced: soft reject \"Try again later\"; score=nan (set by greylist)"),
      verdict("a276fa", "C4A9E2C0C8", "T (reject): [8.30/15.00] [CLAM_VIRUS(4.00){Win.Dropper.Agent-10034957-0;}]"),
      verdict("4c6a25", "D9E5C2C0CE", "T (soft reject): [0.00/15.00] [DKIM_SIGNED(0.00){example.org:s=dkim;}]",
              ", forced: soft reject \"Ratelimit \"user\" exceeded\"; score=nan (set by ratelimit)"),
      verdict("77a92b", "E1A9E2C0C9", "T (add header): [7.10/15.00] [BAYES_SPAM(5.10){98.00%;}]"),
      "a line no rspamd wrote",
  });
  ASSERT_EQ(p.sink.events.size(), 4u);
  EXPECT_EQ(p.sink.events[0].action, Action::rejected);
  EXPECT_EQ(p.sink.events[0].local_id, "6E8B42C0B5");
  EXPECT_EQ(p.sink.events[0].message_id, "m.879976@sender.example");
  EXPECT_EQ(p.sink.events[0].source_ip, "203.0.113.45");
  EXPECT_EQ(p.sink.events[0].from_address, "news@sender.example");
  EXPECT_EQ(p.sink.events[0].to_address, "info@example.org");
  EXPECT_EQ(p.sink.events[0].file_line, 3u);
  const std::vector<std::pair<Action, std::string>> want = {{Action::rejected, "spamdetected"},
                                                            {Action::deferred, "greylisted"},
                                                            {Action::rejected, "virusdetected"},
                                                            {Action::deferred, "toomanyconn"}};
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(p.sink.events[i].action, want[i].first) << i;
    EXPECT_EQ(testing::verdict_of(p.sink.events[i]).reason, want[i].second) << p.sink.events[i].diagnostic;
  }
  EXPECT_EQ(testing::verdict_of(p.sink.events[3]).cause, "rate_limit");
  for (size_t i : {0u, 1u, 3u, 7u}) EXPECT_EQ(p.outcomes[i], Outcome::recognized) << i;
  EXPECT_EQ(p.outcomes[8], Outcome::unrecognized);
}

TEST(RspamdParser, ItsOwnLogIsDetectedAndItsLinesInAMailLogAreNotReadAgain) {
  std::string head;
  for (int i = 0; i < 5; ++i) head += verdict("5f0a1b", "2B9E42C09D", "F (no action): [-1.52/15.00] [R_SPF_ALLOW(-0.20){}]") + "\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "rspamd");
  // In syslog beside Postfix the verdict is the milter's, reported by Postfix's line.
  testing::SyslogParsed mixed = testing::parse_syslog_lines(
      {"May 15 02:05:03 mail rspamd[27538]: <8ae27d>; proxy; rspamd_task_write_log: id: <a@example.com>, qid: "
       "<A785B308622AB>, ip: 10.154.200.17, from: <a@example.com>, (default: T (reject): [21.00/20.00] "
       "[BAYES_SPAM(5.10){}]), len: 2348"},
      1747267200);
  EXPECT_TRUE(mixed.sink.events.empty());
  EXPECT_EQ(mixed.outcomes[0], Outcome::recognized);
}

}  // namespace
}  // namespace mailtriage
