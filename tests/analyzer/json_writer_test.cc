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

}  // namespace
}  // namespace mailtriage
