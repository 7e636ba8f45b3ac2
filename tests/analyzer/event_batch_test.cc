// EventBatch: events keep their strings, and deliveries that are only counted
// keep their place among the events (the diagnosis engine's hour table is
// capped, so the order it sees records in is part of the output).
#include "analyzer/event_batch.h"

#include <gtest/gtest.h>

#include <string>

namespace mailtriage {
namespace {

Timestamp at(int64_t s) { return Timestamp{s * 1000000, true, false}; }

TEST(EventBatch, DeliveriesKeepTheirPlaceAmongEvents) {
  EventBatch b;
  // d0 d1 e0 e1 d2 e2 d3 d4
  b.add_delivery(at(0), 25);
  b.add_delivery(at(1), 25);
  Event e;
  e.action = Action::deferred;
  b.add(e);
  b.add(e);
  b.add_delivery(at(2), 587);
  b.add(e);
  b.add_delivery(at(3), 0);
  b.add_delivery(at(4), 25);
  ASSERT_EQ(b.events().size(), 3u);
  ASSERT_EQ(b.deliveries().size(), 5u);
  // Each delivery knows how many events came before it.
  EXPECT_EQ(b.deliveries()[0].events_before, 0u);
  EXPECT_EQ(b.deliveries()[1].events_before, 0u);
  EXPECT_EQ(b.deliveries()[2].events_before, 2u);
  EXPECT_EQ(b.deliveries()[3].events_before, 3u);
  EXPECT_EQ(b.deliveries()[4].events_before, 3u);
  EXPECT_EQ(b.deliveries()[2].port, 587);
  EXPECT_EQ(b.deliveries()[4].time.epoch_us, 4000000);
  BatchMark m = b.mark();
  EXPECT_EQ(m.deliveries, 5u);

  // Reused: nothing of the last fill is left.
  b.clear();
  b.add(e);
  b.add_delivery(at(5), 25);
  b.add(e);
  ASSERT_EQ(b.deliveries().size(), 1u);
  EXPECT_EQ(b.deliveries()[0].events_before, 1u);
  EXPECT_EQ(b.deliveries()[0].time.epoch_us, 5000000);
  EXPECT_EQ(b.mark().deliveries, 1u);
}

TEST(EventBatch, EventsWithoutDeliveriesHaveNoneBefore) {
  EventBatch b;
  Event e;
  e.diagnostic = "550 5.1.1 no such user";
  b.add(e);
  b.add(e);
  EXPECT_TRUE(b.deliveries().empty());
  std::string copy(b.events()[1].diagnostic);
  EXPECT_EQ(copy, "550 5.1.1 no such user");
  EXPECT_NE(b.events()[1].diagnostic.data(), e.diagnostic.data());  // the batch's own copy
}

}  // namespace
}  // namespace mailtriage
