// CountTable: counts by key, the cap on distinct keys (later keys go to the
// overflow, known keys still count), rows by count then key, growth past the
// first index size, and merge.
#include <gtest/gtest.h>

#include <string>

#include "analyzer/report.h"

namespace mailtriage {
namespace {

TEST(CountTable, CountsByKeyAndOrdersByCountThenKey) {
  CountTable t;
  EXPECT_TRUE(t.empty());
  t.add("gmail.com");
  t.add("example.org", 3);
  t.add("b.example");
  t.add("a.example");
  t.add(std::string("gmail.com"));  // the same key from another buffer
  EXPECT_EQ(t.size(), 4u);
  auto rows = t.top(0);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::pair<std::string, uint64_t>{"example.org", 3}));
  EXPECT_EQ(rows[1], (std::pair<std::string, uint64_t>{"gmail.com", 2}));
  EXPECT_EQ(rows[2].first, "a.example");  // a tie: by key
  EXPECT_EQ(rows[3].first, "b.example");
  EXPECT_EQ(t.top(2).size(), 2u);
  EXPECT_EQ(t.overflow(), 0u);
}

TEST(CountTable, KeysPastTheCapGoToOverflowAndKnownKeysStillCount) {
  CountTable t(3);
  for (const char* k : {"a", "b", "c", "d", "e"}) t.add(k);
  t.add("a", 5);
  t.add("e", 2);
  EXPECT_EQ(t.size(), 3u);
  EXPECT_EQ(t.overflow(), 2u + 2u);  // "d" and "e" once, "e" twice more
  EXPECT_EQ(t.top(1)[0], (std::pair<std::string, uint64_t>{"a", 6}));
}

TEST(CountTable, ThousandsOfKeysAndMerge) {
  CountTable a, b;
  for (int i = 0; i < 5000; ++i) a.add("host" + std::to_string(i), uint64_t(i % 7 + 1));
  for (int i = 0; i < 5000; ++i) a.add("host" + std::to_string(i));  // every key found again after growth
  for (int i = 4000; i < 6000; ++i) b.add("host" + std::to_string(i), 10);
  EXPECT_EQ(a.size(), 5000u);
  a.merge(b);
  EXPECT_EQ(a.size(), 6000u);
  uint64_t total = 0;
  for (const auto& [key, n] : a.top(0)) {
    const int i = std::stoi(key.substr(4));
    const uint64_t want = (i < 5000 ? uint64_t(i % 7 + 2) : 0) + (i >= 4000 ? 10 : 0);
    EXPECT_EQ(n, want) << key;
    total += n;
  }
  EXPECT_GT(total, 0u);
  EXPECT_EQ(a.top(1)[0].second, 18u);  // i % 7 == 6 in 4000..4999: 8 + 10
}

}  // namespace
}  // namespace mailtriage
