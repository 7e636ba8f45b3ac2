// Patterns of literal text are matched without RE2 (literal_pattern.h); they
// must match exactly where RE2, with the classifier's options, would.
#include "classifiers/literal_pattern.h"

#include <gtest/gtest.h>
#include <algorithm>
#include <cctype>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "classifiers/rule.h"

namespace mailtriage {
namespace {

bool literal_matches(const LiteralPattern& p, std::string_view text) {
  std::string folded;
  LiteralPattern::fold(text, &folded);
  for (size_t a = 0; a < p.alternatives().size(); ++a)
    for (size_t at = 0; at < folded.size(); ++at)
      if (p.matches_at(a, folded, at)) return true;
  return false;
}

// As literal_matches, trying only the places of each alternative's first part
// (as the classifier does): fast enough for every rule against many texts.
bool literal_matches_quickly(const LiteralPattern& p, const std::string& folded) {
  for (size_t a = 0; a < p.alternatives().size(); ++a) {
    const std::string& first = p.alternatives()[a].front().text;
    for (size_t at = folded.find(first); at != std::string::npos; at = folded.find(first, at + 1))
      if (p.matches_at(a, folded, at)) return true;
  }
  return false;
}

bool re2_matches(std::string_view pattern, std::string_view text) {
  RE2::Options options;  // as the classifier compiles patterns
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  RE2 re(re2::StringPiece(pattern.data(), pattern.size()), options);
  EXPECT_TRUE(re.ok()) << pattern;
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

TEST(LiteralPattern, ReadsOnlyAlternativesOfLiteralText) {
  LiteralPattern p;
  EXPECT_TRUE(LiteralPattern::parse(R"(Relay access denied|Verbindung zu.{1,160}fehlgeschlagen)", &p));
  ASSERT_EQ(p.alternatives().size(), 2u);
  EXPECT_EQ(p.alternatives()[1].size(), 2u);
  EXPECT_EQ(p.alternatives()[1][1].max_gap, 160u);
  EXPECT_TRUE(LiteralPattern::parse(R"(r\xc3\xa9seau \(SMTP\) \"x\")", &p));
  EXPECT_EQ(p.alternatives()[0][0].text, "r\xe3\xa9seau (smtp) \"x\"");  // folded as RE2 folds Latin-1
  for (const char* other :
       {R"(abc.*def)", R"(abc|)", R"(ab|cde)", R"(^abc)", R"(abc\d+)", R"(abc.{1,}def)", R"(abc.{2,9}def)",
        R"(abc.{0,9}def)", R"([^a]bcd)", R"((?i)abcd)", R"(abc\B)", R"(x(a|b).{1,3}cd)", R"(.{1,5}abc)", R"(abc.{1,5})",
        R"(abc\b.{1,5}def)", R"(abc[a-z]d)", R"(abc[[:alpha:]])", R"(abc(de)+)", R"(abc(de)*)", R"(abc(d|e)?{2})",
        R"((a|b|c|d)(a|b|c|d)(a|b|c|d)(a|b|c|d)(a|b)abc)", R"(abc\x{263a})", R"(abc(def)"})
    EXPECT_FALSE(LiteralPattern::parse(other, &p)) << other;
}

TEST(LiteralPattern, ExpandsGroupsClassesAndOptionalCharacters) {
  LiteralPattern p;
  ASSERT_TRUE(LiteralPattern::parse(R"(e-?mail (address|box)|no such (?:user|mail ?box)|reali[sz]ed)", &p));
  std::vector<std::string> texts;
  for (const auto& alternative : p.alternatives()) texts.push_back(alternative.front().text);
  std::sort(texts.begin(), texts.end());
  EXPECT_EQ(texts, (std::vector<std::string>{"e-mail address", "e-mail box", "email address", "email box",
                                             "no such mail box", "no such mailbox", "no such user", "realised",
                                             "realized"}));
  // \b at the ends marks the alternative; between two characters it is settled
  // now: kept where it holds, the expansion dropped where it cannot.
  ASSERT_TRUE(LiteralPattern::parse(R"(\bgo away\b|on (the)? \bblock list)", &p));
  ASSERT_EQ(p.alternatives().size(), 3u);  // "go away", "on  block list", "on the block list"
  EXPECT_TRUE(p.alternatives()[0].front().boundary_before);
  EXPECT_TRUE(p.alternatives()[0].back().boundary_after);
  EXPECT_FALSE(p.alternatives()[2].front().boundary_before);
  ASSERT_TRUE(LiteralPattern::parse(R"(\bgo away\b|on (the)?\bblock list)", &p));
  ASSERT_EQ(p.alternatives().size(), 2u);
  EXPECT_EQ(p.alternatives()[1].front().text, "on block list");  // "on the\bblock" cannot match
  EXPECT_FALSE(p.alternatives()[1].front().boundary_before);
}

TEST(LiteralPattern, SplitsOffWhatIsNotText) {
  LiteralPattern p;
  std::string rest;
  ASSERT_TRUE(LiteralPattern::parse(R"(no such (user|mailbox)|\d+ errors|over (the )?quota|^550 (a|b)+)", &p, &rest));
  EXPECT_EQ(p.alternatives().size(), 4u);
  EXPECT_EQ(rest, R"(\d+ errors|^550 (a|b)+)");
  // Bytes outside ASCII stay with RE2 when the caller says so.
  ASSERT_TRUE(LiteralPattern::parse(R"(r\xc3\xa9seau|relay denied)", &p, &rest, /*other_bytes=*/false));
  EXPECT_EQ(p.alternatives().size(), 1u);
  EXPECT_EQ(rest, R"(r\xc3\xa9seau)");
  // Flags reach over the '|' after them: nothing is split off.
  EXPECT_FALSE(LiteralPattern::parse(R"((?i)abc|def)", &p, &rest));
  EXPECT_EQ(rest, "(?i)abc|def");
  // Nothing that reads as text: all of it is the rest.
  EXPECT_FALSE(LiteralPattern::parse(R"(\d+|a.*b)", &p, &rest));
  EXPECT_EQ(rest, R"(\d+|a.*b)");
}

TEST(LiteralPattern, MatchesWhereRe2Does) {
  const std::vector<std::string> patterns = {
      R"(Relay access denied|Verbindung zu.{1,160}fehlgeschlagen)",
      R"(Impossible de se connecter .{1,10}serveur.{1,5}SMTP)",
      R"(Le message n\xc3\xa2\x80\x99a pas|\xc3\x89chec de l\'envoi)",
      R"(abc.{1,3}abd.{1,3}abe)",
      R"(AAA.{1,5}BB.{1,5}CC)",
      // A part that occurs everywhere: the places tried stay linear in the text (a backtracking
      // search would try 160^3 combinations from every place of the text below).
      R"(aba.{1,160}ab.{1,160}ab.{1,160}ab.{1,160}xyz)",
      R"(\bunknown user\b|\buser unknown\b|no such (?:user|mailbox))",
      R"(\b-abc|abc-\b|ab\b-cd|(e-?)?mail ?box (is )?full)",
      R"(reali[sz]ed|bad [a-c]x[ _-]?y|Axx.B.{1,3}cde)",
  };
  const std::vector<std::string> texts = {
      "550 5.7.1 RELAY ACCESS DENIED",
      "Verbindung zu smtp.example.org fehlgeschlagen",
      "Verbindung zufehlgeschlagen",  // the span needs a byte
      "Verbindung zu smtp.example.org\nfehlgeschlagen",  // and no line break
      "Verbindung zu " + std::string(170, 'x') + " fehlgeschlagen",
      "IMPOSSIBLE DE SE CONNECTER au serveur  SMTP",
      "Impossible de se connecter au tres lointain serveur SMTP",
      "Impossible de se connecter a serveur x SMTP, serveur SMTP",
      "Le message n\xc3\xa2\x80\x99" "a pas",
      "\xc3\x89" "chec de l'envoi",
      "\xe3\x89" "CHEC DE L'ENVOI",  // 0xC3 and 0xE3 are one Latin-1 letter in two cases
      "\xc3\xa9" "chec de l'envoi",
      "abc1abd1abe", "abcxabdxxxxabe", "abc1abd1abc2abd2abe", "abc12abd12abe abd1abe",
      "AAA1BB.......BB1CC", "AAA1BB1BB1CC", "AAA1BB\nBB1CC", "AAA1BB1BB\n1CC",
      std::string(4000, 'a') + "ab" + [] { std::string t; for (int i = 0; i < 2000; ++i) t += "ab"; return t; }(),
      [] { std::string t; for (int i = 0; i < 300; ++i) t += "ab"; return t + "xyz"; }(),
      "Unknown User", "xunknown user", "unknown users", "unknown user_", "(unknown user)", "user unknown.",
      "no such mailbox", "no such  user", "-abc", "x-abc", "abc-x", "abc-", "ab-cd", "a_b-cd", "mailbox full",
      "e-mail box is full", "email box full", "emailbox is full", "e-mailbox is  full", "realised", "REALIZED",
      "realied", "bad bx y", "bad cx_y", "bad dx y", "bad ax-y", "bad axy", "axxyb1cde", "AxxyB\ncde", "Axx\nB1cde",
      "Axx-B----cde", "AxxB1cde", "Axx--B1cde",
  };
  size_t matched = 0;
  for (const std::string& pattern : patterns) {
    LiteralPattern p;
    ASSERT_TRUE(LiteralPattern::parse(pattern, &p)) << pattern;
    ASSERT_FALSE(p.alternatives().empty());
    for (const std::string& text : texts) {
      const bool expected = re2_matches(pattern, text);
      EXPECT_EQ(literal_matches(p, text), expected) << pattern << " on: " << text;
      matched += expected;
    }
  }
  EXPECT_GE(matched, 30u);  // the texts do match some of the patterns
}

// Every rule's pattern, split as the classifier splits it (its text read
// here, the rest left to RE2), matches exactly where RE2 matches the whole
// pattern: on every rule's sample, and on texts made of the pattern's own
// alternatives with a word character, a space or nothing around them (where
// a \b is decided) and in capitals.
TEST(LiteralPattern, EveryRulePatternSplitMatchesWhereRe2Does) {
  std::vector<std::string> samples;
  for (const Rule* rule : all_rules())
    if (!rule->sample.empty()) samples.emplace_back(rule->sample);
  std::vector<std::string_view> patterns;
  for (const Rule* rule : all_rules())
    if (!rule->pattern.empty() && std::find(patterns.begin(), patterns.end(), rule->pattern) == patterns.end())
      patterns.push_back(rule->pattern);
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  size_t split = 0, compared = 0, matched = 0;
  for (const std::string_view pattern : patterns) {
    bool ascii = false;
    for (const bool other_bytes : {true, false}) {
      LiteralPattern p;
      std::string rest;
      if (ascii || !LiteralPattern::parse(pattern, &p, &rest, other_bytes)) continue;
      ascii = p.ascii();  // then the second reading (ASCII only) is the same
      ++split;
      RE2 whole(re2::StringPiece(pattern.data(), pattern.size()), options);
      RE2 rest_re(rest, options);
      ASSERT_TRUE(whole.ok() && rest_re.ok()) << pattern;
      std::vector<std::string> texts = samples;
      // (Of the thousands of translations in one client pattern, every n-th.)
      const size_t step = p.alternatives().size() / 64 + 1;
      for (size_t a = 0; a < p.alternatives().size(); a += step) {
        const auto& alternative = p.alternatives()[a];
        std::string own;
        for (const auto& part : alternative) own += (own.empty() ? "" : "x") + part.text;
        std::string upper = own;
        for (char& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
        for (const char* before : {"", "a", " ", "-"})
          for (const char* after : {"", "z", ".", "_"}) texts.push_back(before + own + after);
        texts.push_back("550 " + upper + " here");
        texts.push_back(own.substr(1));
        texts.push_back(own.substr(0, own.size() - 1));
      }
      std::string folded;
      for (const std::string& text : texts) {
        LiteralPattern::fold(text, &folded);
        const bool split_match = literal_matches_quickly(p, folded) ||
                                 (!rest.empty() && RE2::PartialMatch(re2::StringPiece(text), rest_re));
        const bool expected = RE2::PartialMatch(re2::StringPiece(text), whole);
        ASSERT_EQ(split_match, expected) << pattern << "\n  text: " << text;
        ++compared;
        matched += expected;
      }
    }
  }
  EXPECT_GE(split, 200u);  // most rules read as text, wholly or in part
  EXPECT_GT(matched, compared / 50);
}

}  // namespace
}  // namespace mailtriage
