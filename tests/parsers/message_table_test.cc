// The bounded per-message table the Exim and Sendmail parsers correlate with.
#include <gtest/gtest.h>

#include <string>

#include "parsers/message_table.h"

namespace mailtriage {
namespace {

struct Payload {
  std::string from;
  void clear() { from.clear(); }
};

TEST(MessageTable, FindsWhatWasInsertedUntilErased) {
  MessageTable<Payload> t(10);
  bool inserted = false;
  Payload* p = t.find_or_insert("1rKzXa-000Abc-Q1", &inserted);
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(inserted);
  p->from = "a@example.org";
  EXPECT_EQ(t.find_or_insert("1rKzXa-000Abc-Q1", &inserted)->from, "a@example.org");
  EXPECT_FALSE(inserted);
  ASSERT_NE(t.find("1rKzXa-000Abc-Q1"), nullptr);
  t.erase("1rKzXa-000Abc-Q1");
  EXPECT_EQ(t.find("1rKzXa-000Abc-Q1"), nullptr);
  EXPECT_EQ(t.size(), 0u);
}

TEST(MessageTable, EvictsTheLeastRecentlyUsedAtTheCapAndCountsIt) {
  MessageTable<Payload> t(3);
  t.find_or_insert("a1b2c3d4")->from = "a";
  t.find_or_insert("b1b2c3d4")->from = "b";
  t.find_or_insert("c1b2c3d4")->from = "c";
  t.find("a1b2c3d4");  // a is now the most recently used
  bool inserted = false;
  Payload* d = t.find_or_insert("d1b2c3d4", &inserted);
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(inserted);
  EXPECT_TRUE(d->from.empty()) << "a recycled entry comes back cleared";
  EXPECT_EQ(t.evictions(), 1u);
  EXPECT_EQ(t.size(), 3u);
  EXPECT_EQ(t.find("b1b2c3d4"), nullptr);
  EXPECT_NE(t.find("a1b2c3d4"), nullptr);
  EXPECT_NE(t.find("c1b2c3d4"), nullptr);
}

TEST(MessageTable, RefusesEmptyAndOverlongIds) {
  MessageTable<Payload> t(3);
  EXPECT_EQ(t.find_or_insert(""), nullptr);
  EXPECT_EQ(t.find_or_insert(std::string(MessageTable<Payload>::kMaxIdLength + 1, 'x')), nullptr);
  EXPECT_NE(t.find_or_insert(std::string(MessageTable<Payload>::kMaxIdLength, 'x')), nullptr);
}

TEST(MessageTable, SurvivesManyInsertionsAndErasuresWithGrowth) {
  MessageTable<Payload> t(5000);
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 4000; ++i) t.find_or_insert("id" + std::to_string(i))->from = std::to_string(i);
    for (int i = 0; i < 4000; i += 2) t.erase("id" + std::to_string(i));
    for (int i = 1; i < 4000; i += 2) {
      Payload* p = t.find("id" + std::to_string(i));
      ASSERT_NE(p, nullptr) << i;
      EXPECT_EQ(p->from, std::to_string(i));
    }
    for (int i = 1; i < 4000; i += 2) t.erase("id" + std::to_string(i));
    EXPECT_EQ(t.size(), 0u);
  }
  EXPECT_EQ(t.evictions(), 0u);
}

}  // namespace
}  // namespace mailtriage
