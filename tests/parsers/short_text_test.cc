// same_text / same_prefix: word-wise equality of short texts, against a plain
// byte comparison, for every length around the 8- and 16-byte cases and a
// difference at every position.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parsers/short_text.h"

namespace mailtriage {
namespace {

TEST(ShortText, AgreesWithAByteComparisonForEveryLengthAndPosition) {
  for (size_t n = 0; n <= 24; ++n) {
    std::string a(n, 'q');
    for (size_t i = 0; i < n; ++i) a[i] = char('a' + i % 26);
    EXPECT_TRUE(same_text(a, a)) << n;
    EXPECT_TRUE(same_prefix(a.data(), std::string(a).data(), n)) << n;
    for (size_t at = 0; at < n; ++at) {
      std::string b = a;
      b[at] = char(b[at] ^ 0x20);
      EXPECT_FALSE(same_text(a, b)) << n << " at " << at;
      EXPECT_FALSE(same_prefix(a.data(), b.data(), n)) << n << " at " << at;
    }
    EXPECT_FALSE(same_text(a, a + "x")) << n;
  }
}

// find_first_of_bytes against std::string_view::find_first_of: every
// position of the first hit (inside and after the 16-byte blocks), every one
// of the four bytes, none at all, and a start past some of the text.
TEST(ShortText, FindFirstOfBytesAgreesWithFindFirstOf) {
  const std::string needles = "[ ;,";
  for (size_t n = 0; n <= 40; ++n) {
    const std::string plain(n, 'x');
    EXPECT_EQ(find_first_of_bytes(plain, 0, '[', ' ', ';', ','), n) << n;
    for (size_t at = 0; at < n; ++at) {
      for (char hit : needles) {
        std::string s = plain;
        s[at] = hit;
        if (at + 3 < n) s[at + 3] = ',';  // a later hit must not win
        for (size_t from : {size_t(0), at / 2, at}) {
          const size_t want = std::string_view(s).find_first_of(needles, from);
          EXPECT_EQ(find_first_of_bytes(s, from, '[', ' ', ';', ','), want) << n << " at " << at << " from " << from;
          const size_t want3 = std::string_view(s).find_first_of(needles.substr(0, 3), from);
          EXPECT_EQ(find_first_of_bytes(s, from, '[', ' ', ';'), want3 == std::string_view::npos ? n : want3)
              << n << " at " << at;
        }
      }
    }
  }
}

// Empty texts are equal however they were made, a view without any data
// pointer included (the sanitizer build checks that memcmp never sees null).
TEST(ShortText, EmptyTextsWithoutDataAreEqual) {
  const std::string empty;
  EXPECT_TRUE(same_text(std::string_view(), empty));
  EXPECT_TRUE(same_text(empty, std::string_view()));
  EXPECT_TRUE(same_text(std::string_view(), std::string_view()));
  EXPECT_FALSE(same_text(std::string_view(), "x"));
}

// hash_text reads every byte: for every length up to 64, a key with any one
// byte changed hashes apart from it (and from all the others), equal keys alike.
TEST(ShortText, HashTextReadsEveryByte) {
  for (size_t n = 0; n <= 64; ++n) {
    std::string key(n, 'k');
    for (size_t i = 0; i < n; ++i) key[i] = char('a' + (i * 7) % 26);
    EXPECT_EQ(hash_text(key), hash_text(std::string(key))) << n;
    std::vector<uint64_t> seen = {hash_text(key)};
    for (size_t at = 0; at < n; ++at) {
      for (int bit : {0, 5, 7}) {
        std::string other = key;
        other[at] = char(other[at] ^ (1 << bit));
        seen.push_back(hash_text(other));
      }
    }
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end()) << "a collision among keys of " << n;
  }
  EXPECT_NE(hash_text(""), hash_text(std::string(1, '\0')));  // the length counts too
}

// lower_ascii lowers 'A'..'Z' and nothing else (UTF-8 and control bytes
// stay), in the sixteen-byte blocks and in the tail after them: every byte
// value at every position of texts up to 40 bytes long, from offsets that put
// the blocks off any alignment.
TEST(ShortText, LowerAsciiLowersCapitalsOnly) {
  std::string all(256, '\0');
  for (int c = 0; c < 256; ++c) all[size_t(c)] = char(c);
  auto lowered = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
  for (size_t n = 0; n <= 40; ++n) {
    for (size_t from = 0; from + n <= all.size(); from += 7) {
      std::string out(n + 2, '#');  // the bytes past n stay as they were
      lower_ascii(all.data() + from, n, out.data() + 1);
      std::string want(n + 2, '#');
      for (size_t i = 0; i < n; ++i) want[i + 1] = lowered(all[from + i]);
      ASSERT_EQ(out, want) << "n=" << n << " from=" << from;
    }
  }
  std::string text = "550 5.1.1 <Ana@Example.COM>: User Unknown (caf\xC3\xA9 \xC3\x89T\xC3\x89)";
  lower_ascii(text.data(), text.size(), text.data());  // in place, as a buffer is reused
  EXPECT_EQ(text, "550 5.1.1 <ana@example.com>: user unknown (caf\xC3\xA9 \xC3\x89t\xC3\x89)");
}

}  // namespace
}  // namespace mailtriage
