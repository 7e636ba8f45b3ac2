#include <gtest/gtest.h>

#include "analyzer/json_writer.h"

namespace mailtriage {
namespace {

std::string escaped(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

TEST(JsonEscape, QuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(escaped("a\"b\\c"), R"("a\"b\\c")");
  EXPECT_EQ(escaped("line\nnext\ttab\r"), R"("line\nnext\ttab\r")");
  EXPECT_EQ(escaped(std::string_view("\x01\x1f", 2)), R"("\u0001\u001f")");
  EXPECT_EQ(escaped(std::string_view("nul\0byte", 8)), R"("nul\u0000byte")");
}

TEST(JsonEscape, ValidUtf8PassesThrough) {
  EXPECT_EQ(escaped("Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x93\xa7"),
            "\"Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x93\xa7\"");
}

TEST(JsonEscape, InvalidUtf8IsEscapedNotDropped) {
  EXPECT_EQ(escaped("caf\xe9!"), R"("caf\\xe9!")");                 // Latin-1 byte
  EXPECT_EQ(escaped("\xc0\xaf"), R"("\\xc0\\xaf")");                // overlong
  EXPECT_EQ(escaped("\xed\xa0\x80"), R"("\\xed\\xa0\\x80")");       // surrogate
  EXPECT_EQ(escaped("trunc\xe6\x97"), R"("trunc\\xe6\\x97")");      // cut sequence at the end
}

// Long texts are scanned sixteen bytes at a time: a byte that needs escaping
// is found at every offset, before, inside and after a block.
TEST(JsonEscape, SpecialBytesAreFoundAtEveryOffsetOfALongText) {
  const std::string plain(40, 'a');
  const std::pair<std::string, std::string> specials[] = {
      {"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {std::string(1, '\x01'), "\\u0001"},
      {"\x1f", "\\u001f"}, {"\xc3\xa9", "\xc3\xa9"}, {"\xe9", "\\\\xe9"}, {"\x7f", "\x7f"}};
  for (const auto& [raw, want] : specials)
    for (size_t at = 0; at <= plain.size(); ++at) {
      std::string text = plain.substr(0, at) + raw + plain.substr(at);
      EXPECT_EQ(escaped(text), "\"" + plain.substr(0, at) + want + plain.substr(at) + "\"") << "at " << at;
    }
}

TEST(Printable, ControlBytesC1ControlsAndInvalidUtf8AreEscaped) {
  EXPECT_EQ(printable("plain text, caf\xc3\xa9"), "plain text, caf\xc3\xa9");
  EXPECT_EQ(printable("a\x1b[2Jb"), "a\\x1b[2Jb");
  EXPECT_EQ(printable(std::string_view("n\0l\x7f", 4)), "n\\x00l\\x7f");
  EXPECT_EQ(printable("line\nbreak\ttab"), "line\\x0abreak\\x09tab");
  EXPECT_EQ(printable("csi \xc2\x9b 31m"), "csi \\xc2\\x9b 31m");  // U+009B
  EXPECT_EQ(printable("bad \xe9 byte"), "bad \\xe9 byte");
  std::string kept;
  append_printable(kept, "two\nlines\x07", true);
  EXPECT_EQ(kept, "two\nlines\\x07");
}

}  // namespace
}  // namespace mailtriage
