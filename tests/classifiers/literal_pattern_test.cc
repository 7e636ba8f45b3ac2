// Patterns of literal text are matched without RE2 (literal_pattern.h); they
// must match exactly where RE2, with the classifier's options, would.
#include "classifiers/literal_pattern.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

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
  for (const char* other : {R"(timed out|\bETIMEDOUT)", R"(a(b|c)de)", R"(abc.*def)", R"(abc|)", R"(ab|cde)",
                            R"(^abc)", R"(abc\d+)", R"(abc[de])", R"(abc.{1,}def)", R"(abc.{2,9}def)", R"(abc.def)"})
    EXPECT_FALSE(LiteralPattern::parse(other, &p)) << other;
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
  };
  size_t matched = 0;
  for (const std::string& pattern : patterns) {
    LiteralPattern p;
    ASSERT_TRUE(LiteralPattern::parse(pattern, &p)) << pattern;
    for (const std::string& text : texts) {
      const bool expected = re2_matches(pattern, text);
      EXPECT_EQ(literal_matches(p, text), expected) << pattern << " on: " << text;
      matched += expected;
    }
  }
  EXPECT_GE(matched, 8u);  // the texts do match some of the patterns
}

}  // namespace
}  // namespace mailtriage
