// Walks the rule table: ids are unique, every rule has a sample, and every
// sample is decided by its own rule (STYLE.md rule 2).
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <re2/re2.h>

#include "classifiers/classifier.h"
#include "tests/test_support.h"

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
  ClassifierScratch scratch;
  for (const Rule* r : all_rules()) {
    bool decided = false;
    std::string got;
    for (uint8_t scope : {kScopeServerLog, kScopeMessage, kScopeClient}) {
      if (!(r->scopes & scope)) continue;
      ClassifyInput in;
      in.text = r->sample;
      in.scope = scope;
      if (r->hint != kWithoutHint) in.hint = r->hint;
      // A rule limited to remote hosts is tried as answered by a host of its first domain.
      std::string host;
      if (!r->remote_hosts.empty()) host = "mx1." + std::string(r->remote_hosts.substr(0, r->remote_hosts.find('|')));
      in.remote_host = host;
      // A rule limited to commands is tried with the first it names, as a
      // parser that knows the command hands it over ("EHLO|HELO" -> "EHLO").
      if (!r->commands.empty()) in.command = r->commands.substr(0, r->commands.find('|'));
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

// Threads that need a scope at once compile its patterns together, shard by
// shard: every decision must be the one a single thread makes, whichever
// thread compiled which shard.
TEST(Classifier, ThreadsThatStartTogetherDecideAsOneThreadDoes) {
  auto one = compiled();
  ASSERT_NE(one, nullptr);
  std::vector<ClassifyInput> inputs;
  for (const Rule* r : all_rules())
    for (uint8_t scope : {kScopeServerLog, kScopeMessage, kScopeClient})
      if (r->scopes & scope) inputs.push_back({.text = r->sample, .scope = scope, .hint = r->hint});
  std::vector<const Rule*> want;
  ClassifierScratch scratch;
  for (const ClassifyInput& in : inputs) want.push_back(one->classify(in, &scratch).rule);
  for (int round = 0; round < 3; ++round) {
    auto shared = compiled();  // nothing compiled yet
    ASSERT_NE(shared, nullptr);
    std::vector<std::vector<const Rule*>> got(4);
    std::vector<std::thread> threads;
    std::atomic<int> waiting{4};
    for (size_t t = 0; t < got.size(); ++t)
      threads.emplace_back([&, t] {
        ClassifierScratch own;
        --waiting;
        while (waiting.load() > 0) {
        }  // start together
        // Each thread starts at another input, so that the first texts to
        // arrive differ.
        got[t].resize(inputs.size());
        for (size_t k = 0; k < inputs.size(); ++k) {
          const size_t i = (k + t * 97) % inputs.size();
          got[t][i] = shared->classify(inputs[i], &own).rule;
        }
      });
    for (std::thread& th : threads) th.join();
    for (size_t t = 0; t < got.size(); ++t) EXPECT_EQ(got[t], want) << "thread " << t << " round " << round;
  }
}

// Bounce wordings written from real servers' texts, not from the shared
// corpus: the rules must reach them by their general patterns.
TEST(RuleTable, BounceWordingsBeyondTheCorpusGetSisimaiReasons) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  ClassifierScratch scratch;
  struct Case {
    std::string_view text, command, reason;
  };
  const Case cases[] = {
      {"550 5.7.1 Email rejected per SPF policy: example.org does not designate 203.0.113.20 as permitted sender",
       "RCPT", "authfailure"},
      {"550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant", "DATA",
       "notcompliantrfc"},
      {"550 5.7.1 [P4] Message blocked due to spam content in the message.", "RCPT", "spamdetected"},
      {"553 5.7.1 <a@example.org>: Sender address rejected: not logged in", "RCPT", "rejected"},
      {"530 5.7.0 Must issue a STARTTLS command first", "MAIL", "failedstarttls"},
  };
  for (const Case& k : cases) {
    Decision d = c->classify({.text = k.text, .scope = kScopeMessage, .command = k.command}, &scratch);
    EXPECT_EQ(d.rule->reason, k.reason) << k.text << " (decided by " << d.rule->id << ")";
  }
}

// corpora/wordings/bounces.tsv: more such wordings, as rows, with the
// command and status a bounce would carry.
TEST(RuleTable, BounceWordingsFileGetsItsReasons) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  ClassifierScratch scratch;
  std::ifstream in(testing::source_dir() / "corpora/wordings/bounces.tsv");
  ASSERT_TRUE(in) << "corpora/wordings/bounces.tsv is missing";
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f;
    std::string_view rest = line;
    for (size_t tab; (tab = rest.find('\t')) != std::string_view::npos; rest.remove_prefix(tab + 1))
      f.push_back(rest.substr(0, tab));
    f.push_back(rest);
    ASSERT_EQ(f.size(), 4u) << line;
    Decision d = c->classify({.text = f[0], .status = f[2], .scope = kScopeMessage, .command = f[1]}, &scratch);
    EXPECT_EQ(d.rule->reason, f[3]) << f[0] << " (decided by " << d.rule->id << ")";
    ++rows;
  }
  EXPECT_GE(rows, 40);
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
  ClassifierScratch scratch;
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
  ClassifierScratch scratch;
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
  ClassifierScratch scratch;
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
  ClassifierScratch scratch;
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
  ClassifierScratch scratch;
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

// Every scope's pattern set compiles (they are compiled on first use) and
// decides its own kind of input.
TEST(Classifier, EachScopeSetCompilesAndMatches) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  ClassifierScratch scratch;
  for (uint8_t scope : {uint8_t(kScopeMessage), uint8_t(kScopeAll)}) {
    Decision d = c->classify({.text = "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown",
                              .scope = scope},
                             &scratch);
    ASSERT_NE(d.rule, nullptr) << int(scope);
    EXPECT_EQ(d.rule->reason, "userunknown") << int(scope);
    EXPECT_EQ(d.evidence, "text") << int(scope);
  }
  Decision server = c->classify(
      {.text = "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
       .scope = kScopeServerLog},
      &scratch);
  ASSERT_NE(server.rule, nullptr);
  EXPECT_EQ(server.rule->cause, Cause::spam_policy);
  EXPECT_EQ(server.evidence, "text");
  Decision d = c->classify({.text = "SMTP Error: Could not authenticate.", .scope = kScopeClient}, &scratch);
  ASSERT_NE(d.rule, nullptr);
  EXPECT_EQ(d.rule->cause, Cause::authentication);
  EXPECT_EQ(d.evidence, "text");
}

// The memo gives the same decision as classifying afresh, for equal inputs
// only, and a status found in the text points into the new text.
TEST(Classifier, MemoReturnsTheSameDecisionForEqualInputsOnly) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  ClassifierScratch scratch, fresh;
  std::string first = "452 4.2.2 <b@example.org>: mailbox full";
  std::string second = first;  // equal bytes, another buffer
  Decision a = c->classify({.text = first, .scope = kScopeServerLog}, &scratch);
  Decision b = c->classify({.text = second, .scope = kScopeServerLog}, &scratch);
  EXPECT_EQ(scratch.memo_hits(), 1u);
  EXPECT_EQ(a.rule, b.rule);
  EXPECT_EQ(a.reply_code, 452);
  EXPECT_EQ(b.reply_code, 452);
  EXPECT_EQ(b.status, "4.2.2");
  EXPECT_GE(b.status.data(), second.data());
  EXPECT_LT(b.status.data(), second.data() + second.size());

  // Any input field makes another key: the same text as a bounce, with a
  // given status, or answered to another command, is classified afresh.
  const uint64_t misses = scratch.memo_misses();
  c->classify({.text = second, .scope = kScopeMessage}, &scratch);
  c->classify({.text = second, .status = "5.2.2", .scope = kScopeServerLog}, &scratch);
  c->classify({.text = second, .scope = kScopeServerLog, .command = "DATA"}, &scratch);
  c->classify({.text = second, .scope = kScopeServerLog, .action = Action::deferred}, &scratch);
  EXPECT_EQ(scratch.memo_misses(), misses + 4);

  // A memo decision equals a fresh one for every rule sample, asked twice.
  for (const Rule* r : c->rules()) {
    ClassifyInput in{.text = r->sample, .scope = r->scopes, .hint = r->hint};
    Decision once = c->classify(in, &scratch);
    Decision twice = c->classify(in, &scratch);
    Decision alone = c->classify(in, &fresh);
    EXPECT_EQ(once.rule, twice.rule) << r->id;
    EXPECT_EQ(twice.rule, alone.rule) << r->id;
    EXPECT_EQ(twice.code_rule, alone.code_rule) << r->id;
    EXPECT_EQ(twice.evidence, alone.evidence) << r->id;
    EXPECT_EQ(twice.status, alone.status) << r->id;
    EXPECT_EQ(twice.reply_code, alone.reply_code) << r->id;
  }
}

// Delivered records are decided without their text, and kept under their
// codes: two texts with the same codes share a decision, but each gets the
// codes of its own text, and other codes are decided afresh.
TEST(Classifier, DeliveredRecordsAreKeptUnderTheirCodesNotTheirText) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  ClassifierScratch scratch, fresh;
  std::string first = "250 2.0.0 Ok: queued as 4Kx1Tq3dZ7z9XyZ";
  std::string second = "250 2.0.0 Ok: queued as 4Kx1Tq3dZ7z8AbC";
  const ClassifyInput base{.scope = kScopeServerLog, .action = Action::delivered};
  ClassifyInput a = base, b = base;
  a.text = first;
  b.text = second;
  Decision da = c->classify(a, &scratch);
  Decision db = c->classify(b, &scratch);
  EXPECT_EQ(scratch.memo_hits(), 1u);
  ASSERT_NE(da.rule, nullptr);
  EXPECT_EQ(da.rule, db.rule);
  EXPECT_EQ(db.reply_code, 250);
  EXPECT_EQ(db.status, "2.0.0");
  EXPECT_GE(db.status.data(), second.data());  // a view into its own text
  EXPECT_LT(db.status.data(), second.data() + second.size());

  // Other codes, given or found in the text, make another key.
  std::string other = "250 2.6.0 message accepted";
  ClassifyInput o = base;
  o.text = other;
  Decision d_other = c->classify(o, &scratch);
  EXPECT_EQ(d_other.status, "2.6.0");
  EXPECT_EQ(scratch.memo_hits(), 1u);
  ClassifyInput given = b;
  given.status = "2.1.5";
  EXPECT_EQ(c->classify(given, &scratch).status, "2.1.5");
  EXPECT_EQ(scratch.memo_hits(), 1u);

  // Each equals a fresh classification.
  for (const ClassifyInput& in : {a, b, o, given}) {
    Decision kept = c->classify(in, &scratch), alone = c->classify(in, &fresh);
    EXPECT_EQ(kept.rule, alone.rule);
    EXPECT_EQ(kept.status, alone.status);
    EXPECT_EQ(kept.reply_code, alone.reply_code);
    EXPECT_EQ(kept.evidence, alone.evidence);
  }
}

// The patterns are compiled as bytes (Latin-1), where case folding is
// ASCII's only for ASCII patterns: a pattern with a UTF-8 letter would fold
// some of its bytes with others'. Every pattern is ASCII.
TEST(RuleTable, PatternsAreAscii) {
  for (const Rule* r : all_rules())
    for (unsigned char c : r->pattern) ASSERT_LT(c, 0x80) << r->id;
}

// The atom filter in front of RE2 may only skip patterns that cannot match:
// each pattern, alone in a table, matches exactly the texts plain RE2 says it
// matches (case-insensitively), over every rule's sample, upper-cased, and
// behind non-ASCII text.
// A multi-line reply quoted on one line keeps each line's "450-4.2.1 "
// prefix; the patterns see the reply without the repeated prefixes, and
// nothing else of the text is taken away.
TEST(Classifier, RepeatedReplyPrefixesDoNotSplitAPhrase) {
  static const Rule phrase{.id = "t.phrase", .pattern = "rate that prevents additional messages from being delivered",
                           .reason = "speeding", .cause = Cause::rate_limit, .sample = "x"};
  static const Rule other_code{.id = "t.other_code", .pattern = "second line 421 4.7.0 other",
                               .reason = "blocked", .cause = Cause::spam_policy, .sample = "x"};
  static const Rule no_continuation{.id = "t.no_continuation", .pattern = "user 550 unknown",
                                    .reason = "userunknown", .cause = Cause::recipient_unknown, .sample = "x"};
  static const Rule* table[] = {&phrase, &other_code, &no_continuation};
  std::string error;
  auto c = Classifier::create(table, &error);
  ASSERT_NE(c, nullptr) << error;
  ClassifierScratch scratch;
  EXPECT_EQ(c->classify({.text = "host mx.example.net said: 450-4.2.1 The user is receiving mail at a rate that "
                                 "450-4.2.1 prevents additional messages from being 450 4.2.1 delivered. Please "
                                 "resend later (in reply to RCPT TO command)"},
                        &scratch).rule,
            &phrase);
  // Without a status after the code ("550-Requested action ... 550 ...").
  EXPECT_EQ(c->classify({.text = "550-Mail is refused at a rate that 550-prevents additional messages from being 550 "
                                 "delivered"},
                        &scratch).rule,
            &phrase);
  // Only the first line's code and status are line breaks: another reply's stay.
  EXPECT_EQ(c->classify({.text = "550-5.7.1 first line 550-5.7.1 second line 421 4.7.0 other"}, &scratch).rule,
            &other_code);
  // No "DDD-" continuation at all: a code inside the text is text; nor is a
  // range of numbers one ("ports 465-587").
  EXPECT_EQ(c->classify({.text = "550 5.1.1 user 550 unknown"}, &scratch).rule, &no_continuation);
  EXPECT_EQ(c->classify({.text = "tried ports 550-587: user 550 unknown"}, &scratch).rule, &no_continuation);
}

// The generated rules for other languages (corpora/gen/glibc_localized.py)
// are alternatives of literal texts, their non-ASCII bytes escaped: each
// text, unescaped and put in a line as a program prints it, must be decided
// by its rule. Most are entirely non-ASCII, which the atom filter must find
// in the text as the bytes they are.
TEST(RuleTable, EveryLocalizedTextIsDecidedByItsRule) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  ClassifierScratch scratch;
  size_t texts = 0;
  for (const Rule* r : all_rules()) {
    if (!std::string_view(r->id).ends_with(".localized")) continue;
    std::string text;
    auto check = [&] {
      ASSERT_FALSE(text.empty()) << r->id;
      // A vague rule (msmtp's "recipient address ... not accepted", which only
      // wraps the server's reply) yields to any specific text, the framing
      // line's "cannot connect" too: it is checked on its text alone.
      const std::string line =
          r->weight == Weight::vague ? "msmtp: " + text : "msmtp: cannot connect to smtp.example.org, port 587: " + text;
      Decision d = c->classify({.text = line, .scope = kScopeClient}, &scratch);
      // Or by a hand-written rule that already reads the same text the same way
      // (mutt's Polish "Sesja SMTP nie powiodła się" is also in the English rule's list).
      const bool same_reading = d.rule && d.rule->reason == r->reason && d.rule->cause == r->cause;
      EXPECT_TRUE(d.rule == r || same_reading)
          << r->id << " on: " << line << " (decided by " << (d.rule ? d.rule->id : "none") << ")";
      ++texts;
      text.clear();
    };
    const std::string_view p = r->pattern;
    for (size_t i = 0; i < p.size(); ++i) {
      if (p[i] == '|') {
        check();
      } else if (p[i] == '\\' && i + 1 < p.size() && p[i + 1] == 'x') {
        text.push_back(char(std::stoi(std::string(p.substr(i + 2, 2)), nullptr, 16)));
        i += 3;
      } else if (p[i] == '\\' && i + 1 < p.size()) {
        text.push_back(p[++i]);
      } else {
        text.push_back(p[i]);
      }
    }
    check();
  }
  EXPECT_GE(texts, 100u);  // seven errors in 18 languages, some untranslated
}

TEST(Classifier, FilteredMatchingAgreesWithPlainRe2) {
  std::vector<std::string> texts;
  for (const Rule* r : all_rules()) {
    std::string sample(r->sample);
    texts.push_back(sample);
    std::string upper = sample;
    for (char& ch : upper) ch = char(std::toupper(static_cast<unsigned char>(ch)));
    texts.push_back(upper);
    texts.push_back("\xc3\x89t\xc3\xa9: " + upper);
  }
  RE2::Options options;  // as the classifier compiles them: bytes, ASCII letters without case
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  size_t checked = 0, matched = 0;
  for (const Rule* r : all_rules()) {
    if (r->pattern.empty()) continue;
    const Rule alone{.id = r->id, .pattern = r->pattern, .reason = r->reason, .cause = r->cause, .sample = r->sample};
    const Rule* table[] = {&alone};
    std::string error;
    auto c = Classifier::create(table, &error);
    ASSERT_NE(c, nullptr) << error;
    RE2 plain(re2::StringPiece(r->pattern.data(), r->pattern.size()), options);
    ASSERT_TRUE(plain.ok()) << r->id;
    ClassifierScratch scratch;
    for (const std::string& text : texts) {
      const bool expected = RE2::PartialMatch(text, plain);
      const bool got = c->classify({.text = text, .scope = kScopeServerLog}, &scratch).rule == &alone;
      ASSERT_EQ(got, expected) << r->id << " on: " << text;
      ++checked;
      matched += expected;
    }
  }
  EXPECT_GT(checked, 100000u);
  EXPECT_GT(matched, 1000u);  // the texts do exercise the patterns
}

}  // namespace
// A delay notice's "4.0.0" says nothing: without more it reads as the queue's
// wait (expired), but a provider's own type for the delay (Amazon SES's
// delayType, handed over as the hint) says why, and decides.
TEST(Classifier, AProvidersDelayTypeOutranksAStatusThatSaysNothing) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  ClassifierScratch scratch;
  ClassifyInput in{.text = "421 Try again later", .status = "4.0.0", .scope = kScopeMessage,
                   .action = Action::deferred};
  EXPECT_EQ(std::string_view(c->classify(in, &scratch).rule->id), "bounce.status.delayed_without_detail");
  in.hint = "delay-ip-failure";
  EXPECT_EQ(std::string_view(c->classify(in, &scratch).rule->id), "provider.ses.delay_ip_blocked");
  in.action = Action::bounced;
  in.hint = {};
  const Decision d = c->classify(in, &scratch);
  EXPECT_EQ(std::string_view(d.rule->id), "bounce.status.4.0.0");
  // Asking for no hint is no hint of its own: the reading is the status's.
  EXPECT_EQ(d.evidence, "status");
}

// A port-25 connection timeout to a large provider's MX host is the sender's
// network dropping port 25; the same timeout to any other host, or to a name
// that only contains a provider's, is that server being unreachable.
TEST(Classifier, Port25TimeoutToALargeProvidersMxIsAPortBlock) {
  auto c = compiled();
  ASSERT_NE(c, nullptr);
  ClassifierScratch scratch;
  auto cause_of = [&](std::string_view text) {
    Decision d = c->classify({.text = text, .scope = kScopeServerLog, .action = Action::deferred}, &scratch);
    return d.rule ? d.rule->cause : Cause::other;
  };
  for (std::string_view blocked :
       {"connect to alt2.gmail-smtp-in.l.google.com[192.0.2.27]:25: Connection timed out",
        "delivery temporarily suspended: connect to example-org.mail.protection.outlook.com[192.0.2.5]:25: "
        "Connection timed out",
        "connect to mta6.am0.yahoodns.net[192.0.2.73]:25: Operation timed out",
        "Deferred: Connection timed out with alt4.gmail-smtp-in.l.google.com."})
    EXPECT_EQ(cause_of(blocked), Cause::isp_port_block) << blocked;
  for (std::string_view unreachable :
       {"connect to mx.example.net[192.0.2.10]:25: Connection timed out",
        "connect to mx.notgoogle.com[192.0.2.11]:25: Connection timed out",
        "connect to mail.google.com.example.net[192.0.2.12]:25: Connection timed out",
        "connect to gmail-smtp-in.l.google.com[192.0.2.26]:25: Connection refused",
        "Deferred: Connection timed out with mx.example.net."})
    EXPECT_EQ(cause_of(unreachable), Cause::server_unavailable) << unreachable;
}

}  // namespace mailtriage

namespace mailtriage {
namespace {

// A rule limited to remote hosts decides only for those hosts: Yahoo's
// TSS04 words from Yahoo's own MX (Sisimai: rejected) and quoted without a
// host (badreputation), through one memo, in either order.
TEST(Classifier, ARuleLimitedToRemoteHostsDecidesOnlyForThem) {
  std::string error;
  auto c = Classifier::create(&error);
  ASSERT_NE(c, nullptr) << error;
  ClassifierScratch scratch;
  const std::string_view text =
      "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints";
  auto reason_for = [&](std::string_view host) {
    ClassifyInput in;
    in.text = text;
    in.scope = kScopeMessage;
    in.remote_host = host;
    return std::string(c->classify(in, &scratch).rule->reason);
  };
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(reason_for("mta6.am0.yahoodns.net"), "rejected");
    EXPECT_EQ(reason_for("MTA7.AM0.YAHOODNS.NET"), "rejected") << "host names compare without case";
    EXPECT_EQ(reason_for(""), "badreputation");
    EXPECT_EQ(reason_for("mx.notyahoodns.net"), "badreputation") << "a suffix counts at a label's start only";
    EXPECT_EQ(reason_for("relay.example.org"), "badreputation");
  }
}


// Outlook.com's own hosts say 5.5.0 "mailbox unavailable" for an address they
// do not know; the same words after the data elsewhere stay a filter's. The
// host's bits worked out for the memo key are reused by a memo miss: a host
// in the same buffer, rewritten, must not inherit them, through a long text
// that skips the memo too.
TEST(Classifier, MicrosoftMailboxUnavailableIsUnknownOnlyFromMicrosoftHosts) {
  std::string error;
  auto c = Classifier::create(&error);
  ASSERT_NE(c, nullptr) << error;
  ClassifierScratch scratch;
  const std::string short_text = "550 5.5.0 Requested action not taken: mailbox unavailable. [BN1PEPF0000AB12]";
  const std::string long_text = short_text + " " + std::string(5000, 'x');
  std::string host = "mx1.hotmail.protection.outlook.com";
  auto reason_for = [&](const std::string& text) {
    ClassifyInput in;
    in.text = text;
    in.scope = kScopeMessage;
    in.command = "DATA";
    in.remote_host = host;
    return std::string(c->classify(in, &scratch).rule->reason);
  };
  EXPECT_EQ(reason_for(short_text), "userunknown");
  host = "mx1.hotmail.protection.example.net";
  host.resize(std::string("mx1.hotmail.protection.outlook.com").size(), 'x');
  EXPECT_EQ(reason_for(long_text), "filtered");
  EXPECT_EQ(reason_for(short_text), "filtered");
  host = "mx1.hotmail.protection.outlook.com";
  EXPECT_EQ(reason_for(long_text), "userunknown");
}

}  // namespace
}  // namespace mailtriage
