// Transfer decoding, RFC 2047 encoded words and charset conversion.
#include <gtest/gtest.h>

#include <string>

#include "parsers/charset.h"
#include "parsers/rfc2047.h"

namespace mailtriage {
namespace {

std::string words(std::string_view value) {
  CharsetConverter cs;
  std::string out;
  decode_encoded_words(value, cs, &out);
  return out;
}

TEST(Base64, DecodesAcrossLineBreaksAndWithoutPadding) {
  std::string out;
  EXPECT_EQ(decode_base64("SGVsbG8s\nIHdvcmxk", &out), 0u);
  EXPECT_EQ(out, "Hello, world");
}

TEST(Base64, CountsCharactersThatAreNotBase64) {
  std::string out;
  EXPECT_EQ(decode_base64("SGk*#", &out), 2u);
  EXPECT_EQ(out, "Hi");
}

TEST(Base64, BrokenPartIsReportedAsDamaged) {
  std::string out;
  EXPECT_FALSE(decode_transfer_encoding("base64", "!@#$%^&*()!@#$%^&*()", &out));
  out.clear();
  EXPECT_TRUE(decode_transfer_encoding("BASE64", "SGVsbG8=", &out));
  EXPECT_EQ(out, "Hello");
}

TEST(QuotedPrintable, JoinsSoftLineBreaksAndDecodesEscapes) {
  std::string out;
  decode_quoted_printable("Technical details of permanent failure:=20\nGoogle tried to deliver your message, but it=\n was", &out);
  EXPECT_EQ(out, "Technical details of permanent failure: \nGoogle tried to deliver your message, but it was");
}

TEST(QuotedPrintable, KeepsMalformedEscapes) {
  std::string out;
  decode_quoted_printable("100% =ZZ off", &out);
  EXPECT_EQ(out, "100% =ZZ off");
}

TEST(EncodedWords, DecodesBase64AndQEncodings) {
  EXPECT_EQ(words("=?UTF-8?B?TnlhYW4=?="), "Nyaan");
  EXPECT_EQ(words("=?iso-8859-15?Q?Delivery_Status_Notification_=28Failure=29?="),
            "Delivery Status Notification (Failure)");
}

TEST(EncodedWords, DropsBlanksBetweenAdjacentWordsOnly) {
  EXPECT_EQ(words("=?UTF-8?Q?a?= =?UTF-8?Q?b?="), "ab");
  EXPECT_EQ(words("Re: =?UTF-8?Q?caf=C3=A9?= time"), "Re: caf\xC3\xA9 time");
}

TEST(EncodedWords, ConvertsIso2022JpToUtf8) {
  // "メール" in ISO-2022-JP, base64: GyRCJWEhPCVrGyhC
  EXPECT_EQ(words("=?ISO-2022-JP?B?GyRCJWEhPCVrGyhC?="), "\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB");
}

TEST(EncodedWords, LeavesMalformedWordsAlone) {
  EXPECT_EQ(words("=?UTF-8?X?abc?= and =?broken"), "=?UTF-8?X?abc?= and =?broken");
}

TEST(Charset, ConvertsLatin1AndWindows1252) {
  CharsetConverter cs;
  std::string out;
  EXPECT_EQ(cs.to_utf8("ISO-8859-1", "caf\xE9", &out), CharsetConverter::Result::ok);
  EXPECT_EQ(out, "caf\xC3\xA9");
  out.clear();
  EXPECT_EQ(cs.to_utf8("windows-1252", "\x93quoted\x94", &out), CharsetConverter::Result::ok);
  EXPECT_EQ(out, "\xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(Charset, ConvertsShiftJisAndEucJp) {
  CharsetConverter cs;
  std::string out;
  cs.to_utf8("Shift_JIS", "\x83\x81\x81\x5B\x83\x8B", &out);  // メール
  EXPECT_EQ(out, "\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB");
  out.clear();
  cs.to_utf8("EUC-JP", "\xA5\xE1\xA1\xBC\xA5\xEB", &out);
  EXPECT_EQ(out, "\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB");
}

TEST(Charset, UnknownCharsetKeepsTheBytes) {
  CharsetConverter cs;
  std::string out;
  EXPECT_EQ(cs.to_utf8("x-no-such-charset", "abc\xFF", &out), CharsetConverter::Result::unknown);
  EXPECT_EQ(out, "abc\xFF");
}

TEST(Charset, InvalidSequenceBecomesReplacementCharacter) {
  CharsetConverter cs;
  std::string out;
  EXPECT_EQ(cs.to_utf8("Shift_JIS", "ok\x81", &out), CharsetConverter::Result::invalid);
  EXPECT_EQ(out, "ok\xEF\xBF\xBD");
}

// Regression (found while fuzzing the bounce parser, tests/fuzz): each "=?"
// of words that never close searched the rest of the value for a "?=", so a
// header of them took time quadratic in its length (0.5 s for 64 KiB, about
// 35 s for 512 KiB; a message may have 2 MiB). Here the bytes must come back
// as they are; the time is measured by benches/pipeline_bench.cc
// (BM_UnclosedEncodedWords, which checks it grows linearly), not here.
TEST(EncodedWords, UnclosedWordsStayAsTheyAre) {
  std::string value;
  while (value.size() < (size_t(512) << 10)) value += "=?a?q?x";
  EXPECT_EQ(words(value), value);  // nothing decodes
  value += "=?utf-8?q?caf=C3=A9?=";
  EXPECT_EQ(words(value).substr(words(value).size() - 5), "caf\xC3\xA9")
      << "a closed word after them still decodes";
}

}  // namespace
}  // namespace mailtriage
