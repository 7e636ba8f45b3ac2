// The report's input accounting stays bounded: past Report::kMaxListedInputs
// inputs are added up by format, and the text report lists inputs one by one
// only when they are few, or when they need a look.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "analyzer/report.h"
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

InputAccount message_file(size_t i, bool damaged) {
  InputAccount in;
  in.path = "Maildir/cur/" + std::to_string(i) + ".eml";
  in.format = "bounce";
  in.compression = "none";
  in.messages = true;
  in.bytes = 4000;
  in.units = 1;
  in.reported = damaged ? 0 : 1;
  in.unrecognized = damaged ? 1 : 0;
  in.events = damaged ? 0 : 1;
  if (damaged) in.problems.push_back("message 1: closing MIME boundary \"b\" is missing (truncated message)");
  return in;
}

TEST(ReportInputs, PastTheListedOnesInputsAreAddedUpByFormat) {
  Report r;
  const size_t files = Report::kMaxListedInputs + 500;
  size_t damaged = 0;
  for (size_t i = 0; i < files; ++i) {
    bool bad = i % 40 == 7;  // 25 among the listed, 13 past them
    damaged += bad;
    r.add_input(message_file(i, bad));
  }
  InputAccount log;
  log.path = "mail.log";
  log.format = "syslog";
  log.compression = "gzip";
  log.units = 250;
  log.recognized = 250;
  r.add_input(log);

  EXPECT_EQ(r.inputs().size(), Report::kMaxListedInputs);
  const InputTotals& all = r.input_totals();
  EXPECT_EQ(all.files, files + 1);
  EXPECT_EQ(all.units, files + 250);
  EXPECT_EQ(all.reported + all.recognized + all.unrecognized, all.units);  // nothing dropped
  ASSERT_EQ(damaged, 38u);
  EXPECT_EQ(all.with_problems, damaged);
  EXPECT_EQ(r.input_messages(), files);
  EXPECT_EQ(r.input_lines(), 250u);
  ASSERT_EQ(r.unlisted_inputs().size(), 2u);  // the bounces past the cap, the log
  EXPECT_EQ(r.unlisted_inputs()[0].files, 500u);
  EXPECT_EQ(r.unlisted_inputs()[1].format, "syslog");
  EXPECT_EQ(r.unlisted_inputs()[1].compression, "gzip");

  const std::string text = r.to_text();
  EXPECT_NE(text.find("Inputs: 1,501 file(s), 250 line(s), 1,500 message(s)"), std::string::npos) << text.substr(0, 300);
  EXPECT_NE(text.find("1,500 file(s), format bounce: 1,500 messages = 1,462 reported + 0 recognized + 38 "
                      "unrecognized; 38 need a look"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("1 file(s), format syslog, gzip: 250 lines"), std::string::npos) << text;
  // Only inputs that need a look are named, at most kTextListedInputs of them.
  EXPECT_EQ(text.find("Maildir/cur/0.eml"), std::string::npos);
  EXPECT_NE(text.find("Maildir/cur/7.eml"), std::string::npos);
  static_assert(Report::kTextListedInputs == 20);
  EXPECT_NE(text.find("... and 18 more that need a look"), std::string::npos) << text;

  const std::string json = r.to_json();
  EXPECT_NE(json.find("\"input_totals\":{\"files\":1501,"), std::string::npos);
  EXPECT_NE(json.find("\"unlisted_inputs\":[{\"format\":\"bounce\",\"compression\":\"none\",\"unit\":\"message\",\"files\":500,"),
            std::string::npos);
}

TEST(ReportInputs, FewInputsAreListedOneByOne) {
  Report r;
  for (size_t i = 0; i < Report::kTextListedInputs; ++i) r.add_input(message_file(i, false));
  const std::string text = r.to_text();
  for (size_t i = 0; i < Report::kTextListedInputs; ++i)
    EXPECT_NE(text.find("Maildir/cur/" + std::to_string(i) + ".eml\n"), std::string::npos) << i;
  EXPECT_EQ(text.find("need a look"), std::string::npos);
}

// The commonest-diagnostics table normalizes each text once and keeps the
// result by text for the next time (a fixed set of slots): with more
// distinct texts than slots, texts that share a slot come and go, and every
// count must still be that of its own normalized text.
TEST(ReportDiagnostics, TextsThatShareASlotKeepTheirOwnCounts) {
  Report r(100000);  // every row listed
  std::map<std::string, uint64_t> want;
  for (int round = 0; round < 3; ++round)
    for (int i = 0; i < 3000; ++i) {
      if (i % (round + 1) != 0) continue;
      Event e;
      e.action = Action::bounced;
      e.scope = kScopeServerLog;
      const std::string text = "550 5.1.1 <user" + std::to_string(i) + "@example.org>: rule " +
                               std::string(size_t(i % 7), 'x') + std::to_string(i % 50);
      e.diagnostic = text;
      r.add_event(e);
      ++want[normalize_diagnostic(text)];
    }
  const std::string json = r.to_json();
  ASSERT_GT(want.size(), 300u);
  for (const auto& [text, count] : want) {
    const std::string row = "{\"text\":\"" + text + "\",\"count\":" + std::to_string(count) + "}";
    EXPECT_NE(json.find(row), std::string::npos) << row;
  }
}

// A deciding rule with advice of its own (more specific than its cause's)
// shows it under its row in the text report and as `remediation` in its json
// row; a rule without, and an id no rule has, show none.
TEST(ReportRules, ARulesOwnAdviceIsShownWithIt) {
  const Rule* with_advice = find_rule("postfix.postdrop.master_not_running");
  ASSERT_NE(with_advice, nullptr);
  ASSERT_FALSE(with_advice->remediation.empty());
  const Rule* without = find_rule("postfix.smtpd.sasl_failed");
  ASSERT_NE(without, nullptr);
  ASSERT_TRUE(without->remediation.empty());
  EXPECT_EQ(find_rule("no.such.rule"), nullptr);

  Report r;
  for (std::string_view id : {with_advice->id, with_advice->id, without->id, std::string_view("no.such.rule")}) {
    Event e;
    e.action = Action::failed;
    e.scope = kScopeServerLog;
    e.cause = "server_settings";
    e.rule_id = id;
    r.add_event(e);
  }
  const std::string text = r.to_text();
  const size_t row = text.find("  postfix.postdrop.master_not_running");
  ASSERT_NE(row, std::string::npos) << text;
  const std::string advice_start(with_advice->remediation.substr(0, 30));
  const size_t advice = text.find("      " + advice_start, row);
  ASSERT_NE(advice, std::string::npos) << text;
  EXPECT_EQ(text.find('\n', row), advice - 1) << "the advice follows its row";
  const size_t quiet = text.find("  postfix.smtpd.sasl_failed");
  ASSERT_NE(quiet, std::string::npos);
  EXPECT_NE(text.substr(text.find('\n', quiet) + 1, 4), "    ") << "no advice under a rule without its own";

  const std::string json = r.to_json();
  EXPECT_NE(json.find("{\"rule\":\"postfix.postdrop.master_not_running\",\"count\":2,\"remediation\":\"" +
                      advice_start),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("{\"rule\":\"postfix.smtpd.sasl_failed\",\"count\":1}"), std::string::npos) << json;
  EXPECT_NE(json.find("{\"rule\":\"no.such.rule\",\"count\":1}"), std::string::npos) << json;
}

}  // namespace
}  // namespace mailtriage
