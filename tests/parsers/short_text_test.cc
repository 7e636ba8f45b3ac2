// same_text / same_prefix: word-wise equality of short texts, against a plain
// byte comparison, for every length around the 8- and 16-byte cases and a
// difference at every position.
#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace mailtriage
