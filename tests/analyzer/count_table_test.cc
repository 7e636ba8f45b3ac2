// CountTable: counts by key, the cap on distinct keys (later keys go to the
// overflow, known keys still count), rows by count then key, and growth past
// the first index size.
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

TEST(CountTable, ThousandsOfKeysAreFoundAgainAfterTheIndexGrows) {
  CountTable a;
  for (int i = 0; i < 5000; ++i) a.add("host" + std::to_string(i), uint64_t(i % 7 + 1));
  for (int i = 0; i < 5000; ++i) a.add("host" + std::to_string(i));  // every key found again after growth
  EXPECT_EQ(a.size(), 5000u);
  for (const auto& [key, n] : a.top(0)) {
    const int i = std::stoi(key.substr(4));
    EXPECT_EQ(n, uint64_t(i % 7 + 2)) << key;
  }
  EXPECT_EQ(a.top(1)[0], (std::pair<std::string, uint64_t>{"host1000", 8}));  // i % 7 == 6; ties by key
}

}  // namespace
}  // namespace mailtriage
