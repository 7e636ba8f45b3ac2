// Walks the rule table: ids are unique, every rule has a sample, and every
// sample is decided by its own rule (STYLE.md rule 2).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "classifiers/classifier.h"

namespace mailtriage {
namespace {

std::unique_ptr<Classifier> compiled() {
  std::string error;
  auto c = Classifier::create(&error);
  EXPECT_NE(c, nullptr) << error;
  return c;
}

TEST(RuleTable, IdsAreUnique) {
  std::set<std::string_view> seen;
  for (const Rule* r : all_rules()) EXPECT_TRUE(seen.insert(r->id).second) << "duplicate rule id " << r->id;
}

TEST(RuleTable, EveryRuleHasSampleReasonAndCause) {
  for (const Rule* r : all_rules()) {
    EXPECT_FALSE(r->sample.empty()) << r->id << " has no sample";
    EXPECT_FALSE(r->reason.empty()) << r->id << " has no reason";
    EXPECT_NE(r->scopes, 0) << r->id << " applies nowhere";
  }
}

TEST(RuleTable, EverySampleIsDecidedByItsOwnRule) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  std::vector<int> scratch;
  for (const Rule* r : all_rules()) {
    bool decided = false;
    std::string got;
    for (uint8_t scope : {kScopeServerLog, kScopeMessage, kScopeClient}) {
      if (!(r->scopes & scope)) continue;
      ClassifyInput in;
      in.text = r->sample;
      in.scope = scope;
      in.hint = r->hint;
      for (unsigned a = 0; a < 16; ++a)
        if (r->actions & (1u << a)) { in.action = Action(a); break; }
      Decision d = c->classify(in, &scratch);
      ASSERT_NE(d.rule, nullptr);
      if (d.rule == r) decided = true;
      else got += std::string(d.rule->id) + " ";
    }
    EXPECT_TRUE(decided) << r->id << ": its sample \"" << r->sample << "\" is decided by " << got;
  }
}

TEST(RuleSet, SpecificTextBeatsGenericCode) {
  static const Rule text{.id = "t.text", .pattern = "over quota", .reason = "mailboxfull",
                         .cause = Cause::mailbox_full, .sample = "x"};
  static const Rule code{.id = "t.code", .status = "5.1.1", .reason = "userunknown",
                         .cause = Cause::recipient_unknown, .sample = "x"};
  static const Rule* table[] = {&code, &text};
  std::string error;
  auto c = Classifier::create(table, &error);
  ASSERT_NE(c, nullptr) << error;
  std::vector<int> scratch;
  Decision d = c->classify({.text = "550 5.1.1 user is over quota"}, &scratch);
  EXPECT_EQ(d.rule, &text);
  EXPECT_EQ(d.code_rule, &code);
  EXPECT_EQ(d.evidence, "text");
  EXPECT_EQ(d.reply_code, 550);
  EXPECT_EQ(d.status, "5.1.1");
}

TEST(RuleSet, CodeBeatsVagueText) {
  static const Rule vague{.id = "t.vague", .pattern = "rejected", .reason = "blocked",
                          .cause = Cause::spam_policy, .weight = Weight::vague, .sample = "x"};
  static const Rule code{.id = "t.code", .status = "5.2.2", .reason = "mailboxfull",
                         .cause = Cause::mailbox_full, .sample = "x"};
  static const Rule* table[] = {&vague, &code};
  std::string error;
  auto c = Classifier::create(table, &error);
  ASSERT_NE(c, nullptr) << error;
  std::vector<int> scratch;
  Decision d = c->classify({.text = "552 5.2.2 message rejected"}, &scratch);
  EXPECT_EQ(d.rule, &code);
  EXPECT_EQ(d.evidence, "status");
}

TEST(RuleSet, StatusPrefixRespectsDottedBoundaries) {
  static const Rule exact{.id = "t.exact", .status = "5.1.1", .reason = "userunknown",
                          .cause = Cause::recipient_unknown, .sample = "x"};
  static const Rule* table[] = {&exact};
  std::string error;
  auto c = Classifier::create(table, &error);
  ASSERT_NE(c, nullptr) << error;
  std::vector<int> scratch;
  EXPECT_EQ(c->classify({.text = "556 5.1.10 null MX"}, &scratch).rule, nullptr);
  EXPECT_EQ(c->classify({.text = "550 5.1.1 no"}, &scratch).rule, &exact);
}

TEST(RuleSet, ScopeLimitsARule) {
  static const Rule client{.id = "t.client", .pattern = "timed out", .reason = "conn_timeout",
                           .cause = Cause::server_unavailable, .scopes = kScopeClient, .sample = "x"};
  static const Rule* table[] = {&client};
  std::string error;
  auto c = Classifier::create(table, &error);
  ASSERT_NE(c, nullptr) << error;
  std::vector<int> scratch;
  EXPECT_EQ(c->classify({.text = "timed out", .scope = kScopeMessage}, &scratch).rule, nullptr);
  EXPECT_EQ(c->classify({.text = "timed out", .scope = kScopeClient}, &scratch).rule, &client);
}

TEST(RuleSet, BadPatternFailsAtStartupWithRuleId) {
  static const Rule bad{.id = "t.bad", .pattern = "(unclosed", .reason = "x", .sample = "x"};
  static const Rule* table[] = {&bad};
  std::string error;
  EXPECT_EQ(Classifier::create(table, &error), nullptr);
  EXPECT_NE(error.find("t.bad"), std::string::npos) << error;
}

TEST(Classifier, ApplyFillsTriageFieldsAndHardness) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  std::vector<int> scratch;
  Event ev;
  ev.action = Action::bounced;
  ev.diagnostic = "host mx.example.org said: 550 5.1.1 <nobody@example.org>... rejected";
  c->apply(ev, &scratch);
  EXPECT_EQ(ev.reply_code, 550);
  EXPECT_EQ(ev.enhanced_status, "5.1.1");
  EXPECT_EQ(ev.reason, "userunknown");
  EXPECT_EQ(ev.cause, "recipient_unknown");
  EXPECT_EQ(ev.hard, Tristate::yes);
  EXPECT_FALSE(ev.rule_id.empty());
  EXPECT_FALSE(ev.remediation.empty());
}

}  // namespace
}  // namespace mailtriage
