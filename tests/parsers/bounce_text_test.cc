// The text tools of the bounce parser that its speed rests on: the
// case-insensitive search (vectorised where it can be), the marker sets that
// search many markers in one pass, and format detection of message files.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "parsers/bounce.h"
#include "parsers/bounce_text.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage::bounce {
namespace {

// The plain definition: the first position where every byte matches, case folded.
size_t reference_ifind(std::string_view hay, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && ascii_lower(hay[i + k]) == ascii_lower(needle[k])) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Random texts over an alphabet of the bytes case folding could confuse:
// letters in both cases and the non-letters one 0x20 bit away from them.
std::string random_text(std::mt19937& rng, size_t n) {
  static const char kAlphabet[] = "aAbBzZ-\r@`[{\n Mm";
  std::string s;
  for (size_t i = 0; i < n; ++i) s.push_back(kAlphabet[rng() % (sizeof kAlphabet - 1)]);
  return s;
}

// iequals folds eight bytes at a time: only ASCII capitals may fold, never
// a byte that differs from its partner by 0x20 otherwise ('@' and '`', '['
// and '{', bytes above 0x7F), at every length and position.
TEST(Iequals, FoldsOnlyAsciiLettersAtEveryLength) {
  auto reference = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      auto low = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
      if (low(static_cast<unsigned char>(a[i])) != low(static_cast<unsigned char>(b[i]))) return false;
    }
    return true;
  };
  for (int c = 0; c < 256; ++c) {
    const std::string a(9, char(c)), b(9, char(c ^ 0x20));
    EXPECT_EQ(iequals(a, b), reference(a, b)) << c;
    EXPECT_EQ(ascii_lower_word(0x0101010101010101ull * uint64_t(c)),
              0x0101010101010101ull * uint64_t(c >= 'A' && c <= 'Z' ? c + 32 : c)) << c;
  }
  std::mt19937 rng(5);
  for (int round = 0; round < 20000; ++round) {
    std::string a;
    for (size_t n = rng() % 24; a.size() < n;) a.push_back(char(rng()));
    std::string b = a;
    for (char& ch : b)
      if (rng() % 3 == 0) ch = char(ch ^ 0x20);
    if (rng() % 4 == 0 && !b.empty()) b[rng() % b.size()] = char(rng());
    EXPECT_EQ(iequals(a, b), reference(a, b));
    EXPECT_EQ(istarts_with(a, std::string_view(b).substr(0, b.size() / 2)),
              reference(std::string_view(a).substr(0, b.size() / 2), std::string_view(b).substr(0, b.size() / 2)));
  }
}

TEST(Ifind, AgreesWithThePlainDefinitionAtEveryOffset) {
  std::mt19937 rng(42);
  for (int round = 0; round < 3000; ++round) {
    std::string hay = random_text(rng, rng() % 80);
    std::string needle = random_text(rng, 1 + rng() % 4);
    size_t from = hay.empty() ? 0 : rng() % (hay.size() + 1);
    EXPECT_EQ(ifind(hay, needle, from), reference_ifind(hay, needle, from)) << hay << " / " << needle << " @" << from;
  }
}

TEST(Ifind, FoldsOnlyLetters) {
  EXPECT_EQ(ifind("xx[ab", "{AB"), std::string_view::npos);  // '[' and '{' differ only in the 0x20 bit
  EXPECT_EQ(ifind("0123456789abcdef0123456789MULTIPART", "multipart"), 26u);
  EXPECT_EQ(ifind("0123456789abcdef0\r-", "\r-"), 17u);
  EXPECT_EQ(ifind("0123456789abcdef0-M", "\rm"), std::string_view::npos);
}

// The vectorised line-end search and control-byte count agree with a plain
// loop over every byte value, at every length and offset around a block.
TEST(TextScans, LineEndControlBytesAndNonAsciiAgreeWithAPlainLoop) {
  std::mt19937 rng(7);
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    const size_t n = rng() % 70;
    // Mostly letters, with every byte value (CR, LF, TAB, FF, ESC, 0x1f, 0x20, 0x80 ...) now and then
    // (often, or rarely enough that whole 16-byte blocks hold none).
    const unsigned odds = round % 2 ? 4 : 64;
    for (size_t i = 0; i < n; ++i) s.push_back(rng() % odds ? char('a' + rng() % 26) : char(rng() % 256));
    const size_t from = rng() % (n + 1);
    size_t end = from;
    while (end < s.size() && s[end] != '\n' && s[end] != '\r') ++end;
    EXPECT_EQ(find_line_end(s, from), end) << round;
    size_t control = 0;
    for (unsigned char c : s) control += c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != 0x1b;
    EXPECT_EQ(count_control_bytes(s), control) << round;
    size_t non_ascii = from;
    while (non_ascii < s.size() && static_cast<unsigned char>(s[non_ascii]) < 0x80) ++non_ascii;
    EXPECT_EQ(find_non_ascii(s, from), non_ascii) << round;
  }
  EXPECT_EQ(count_control_bytes(std::string(40, '\x1b') + std::string(17, '\x01') + "\x1f\x20\xff"), 18u);
  EXPECT_EQ(find_line_end("0123456789abcdefghij\r\n"), 20u);
  EXPECT_EQ(find_line_end("no line end at all, over sixteen bytes"), 38u);
}

// find_substring is std::string_view::find by another road: every needle
// length, every start, texts made of few letters so that the needle's last
// two bytes stand often.
TEST(TextScans, FindSubstringAgreesWithStringViewFind) {
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string hay = random_text(rng, rng() % 90);
    std::string needle = random_text(rng, rng() % 7);
    if (rng() % 4 == 0 && hay.size() > 4) {  // a needle that does occur
      const size_t at = rng() % (hay.size() - 2);
      needle = hay.substr(at, 2 + rng() % (hay.size() - at - 1));
    }
    const size_t from = rng() % (hay.size() + 2);
    EXPECT_EQ(find_substring(hay, needle, from), std::string_view(hay).find(needle, from))
        << hay << " / " << needle << " @" << from;
  }
}

TEST(MarkerSet, FindsTheLeftmostOfAnyMarker) {
  MarkerSet set("Original message follows|--- Below this line|Received:");
  EXPECT_EQ(set.size(), 3u);
  std::string text = "The mail system\n\n--- below this line is a copy\nORIGINAL MESSAGE FOLLOWS\n";
  EXPECT_EQ(set.find(text), text.find("---"));
  EXPECT_EQ(set.find(text, text.find("---") + 1), text.find("ORIGINAL"));
  EXPECT_EQ(set.find("nothing here"), std::string_view::npos);
  EXPECT_EQ(set.find("Re"), std::string_view::npos);
}

TEST(MarkerSet, ScanReportsMarkersThatStartAtTheSameOffset) {
  MarkerSet set("failed|fail|ailed");
  std::vector<std::pair<size_t, size_t>> found;
  set.scan("it FAILED", 0, [&](size_t at, size_t which) {
    found.emplace_back(at, which);
    return true;
  });
  std::vector<std::pair<size_t, size_t>> expected = {{3, 0}, {3, 1}, {4, 2}};
  EXPECT_EQ(found, expected);
}

TEST(MarkerSet, AgreesWithOneSearchPerMarker) {
  std::mt19937 rng(7);
  MarkerSet set("ab-|Zm|m{a|-\r|BAB");
  const std::string_view markers[] = {"ab-", "Zm", "m{a", "-\r", "BAB"};
  for (int round = 0; round < 2000; ++round) {
    std::string text = random_text(rng, rng() % 60);
    size_t expected = std::string_view::npos;
    for (std::string_view m : markers) expected = std::min(expected, reference_ifind(text, m, 0));
    EXPECT_EQ(set.find(text), expected) << text;
  }
}

// Every occurrence, in order of offset then of index, from any offset: the
// same with few opening pairs (searched sixteen starts at a time, with bytes
// such as '@' and '`' or CR and '-' folded together before the exact test)
// as with many (one start at a time).
TEST(MarkerSet, ScanFindsEveryOccurrenceWithFewOrManyOpeningPairs) {
  const std::vector<std::string_view> few = {"ab-", "Zm", "m{a", "-\r", "BAB", "@a"};
  const std::vector<std::string_view> many = {"ab-", "Zm", "m{a", "-\r", "BAB", "@a", "za", "b\n", " m", "[[", "`b", "mz"};
  std::mt19937 rng(11);
  for (const auto* list : {&few, &many}) {
    std::string joined;
    for (std::string_view m : *list) joined.append(joined.empty() ? "" : "|").append(m);
    MarkerSet set(joined);
    for (int round = 0; round < 1500; ++round) {
      std::string text = random_text(rng, rng() % 300);
      size_t from = text.empty() ? 0 : rng() % text.size();
      std::vector<std::pair<size_t, size_t>> expected, found;
      for (size_t at = from; at < text.size(); ++at)
        for (size_t k = 0; k < list->size(); ++k)
          if (reference_ifind(text, (*list)[k], at) == at) expected.emplace_back(at, k);
      set.scan(text, from, [&](size_t at, size_t k) {
        found.emplace_back(at, k);
        return true;
      });
      EXPECT_EQ(found, expected) << list->size() << " markers, from " << from << ": " << text;
    }
  }
}

const char kMessageWithClientWords[] =
    "Return-Path: <>\n"
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "\n"
    "SMTP Error: could not authenticate (PHPMailer)\n"
    "msmtp: server message: 535 5.7.8 Error: authentication failed\n";

TEST(DetectFormat, AFileOpeningWithAMailHeaderBlockIsAMessage) {
  EXPECT_EQ(bounce_sniff(kMessageWithClientWords), kBounceSniffCertain);
  const FormatSpec* spec = detect_format(kMessageWithClientWords);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->name, "bounce");
}

// Some mailers break "Content-Type: multipart/report;" before its boundary
// without indenting it; the parser repairs that and reads the report.
TEST(BounceParser, ReadsAReportWhoseBoundaryParameterIsNotIndented) {
  auto message = [](std::string_view indent) {
    return std::string(
               "From: MAILER-DAEMON@mx.example.org\n"
               "To: alice@example.org\n"
               "Subject: Undelivered Mail Returned to Sender\n"
               "Content-Type: multipart/report; report-type=delivery-status;\n") +
           std::string(indent) +
           "boundary=\"B1\"\n"
           "\n"
           "--B1\n"
           "Content-Type: text/plain\n"
           "\n"
           "<bob@example.net>: host mx.example.net said: 550 5.1.1 no such user\n"
           "--B1\n"
           "Content-Type: message/delivery-status\n"
           "\n"
           "Reporting-MTA: dns; mx.example.org\n"
           "\n"
           "Final-Recipient: rfc822; bob@example.net\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "--B1--\n";
  };
  for (std::string_view indent : {"\t", ""}) {
    FileContext ctx;
    ctx.path = "sample.eml";
    auto parser = make_bounce_parser(ctx);
    testing::CollectingSink sink;
    std::string diagnostic;
    EXPECT_EQ(parser->parse_message(message(indent), 1, sink, &diagnostic), Outcome::reported) << diagnostic;
    ASSERT_EQ(sink.events.size(), 1u) << "indent \"" << indent << "\"";
    EXPECT_EQ(sink.events[0].to_address, "bob@example.net");
    EXPECT_EQ(sink.events[0].enhanced_status, "5.1.1");
  }
}

}  // namespace
}  // namespace mailtriage::bounce
