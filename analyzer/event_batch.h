// A block of events that outlives the parser's buffers, so that classifying
// and reporting them can happen on another thread, later, while the parser
// reads on. Events are views (parsers/event.h); a batch copies their strings
// into its own arena and points the views there.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/event.h"

namespace mailtriage {

// How far a batch was filled at some moment: the events, tallies and ndjson
// bytes before it. Batches that hold several inputs are delivered input by
// input, between two marks.
struct BatchMark {
  size_t events = 0, tallies = 0, ndjson = 0, deliveries = 0;
};

// A log's delivered record that is only counted (Report::add_delivery,
// DiagnosisEngine::observe_delivery): its time and destination port, and its
// place among the batch's events (how many came before it).
struct CountedDelivery {
  Timestamp time;
  uint16_t port = 0;
  uint32_t events_before = 0;
};
static_assert(sizeof(void*) != 8 || sizeof(CountedDelivery) == 24);

class EventBatch {
 public:
  EventBatch() = default;
  EventBatch(const EventBatch&) = delete;
  EventBatch& operator=(const EventBatch&) = delete;

  // Copies `e` with every string it points to.
  void add(const Event& e);
  void add_tally(Tally t, const Timestamp& time) { tallies_.emplace_back(t, time); }
  // Three of every five events of a mail log are deliveries that are only
  // counted: they are kept as these 24 bytes, not as an Event and its strings.
  void add_delivery(const Timestamp& time, uint16_t port) {
    deliveries_.push_back({time, port, uint32_t(events_.size())});
  }
  // Empties the batch but keeps its memory: batches are reused, so a steady
  // run allocates nothing per event.
  void clear();

  std::vector<Event>& events() { return events_; }
  const std::vector<Event>& events() const { return events_; }
  const std::vector<std::pair<Tally, Timestamp>>& tallies() const { return tallies_; }
  const std::vector<CountedDelivery>& deliveries() const { return deliveries_; }
  // How full the batch is, for when to hand it over: an Event (480 bytes and
  // its strings) counts one, a tally or a counted delivery (24 bytes) an
  // eighth. A batch of a few tallies or deliveries has size 0 and is not
  // empty().
  size_t size() const { return events_.size() + (tallies_.size() + deliveries_.size()) / 8; }
  bool empty() const { return events_.empty() && tallies_.empty() && deliveries_.empty(); }
  BatchMark mark() const { return {events_.size(), tallies_.size(), ndjson_.size(), deliveries_.size()}; }
  size_t arena_bytes() const { return arena_used_; }
  // The batch's ndjson lines, written by whoever classifies it.
  std::string& ndjson() { return ndjson_; }
  const std::string& ndjson() const { return ndjson_; }

 private:
  // n bytes of arena that stay put.
  char* reserve(size_t n) {
    if (n <= size_t(end_ - cur_)) {
      char* p = cur_;
      cur_ += n;
      arena_used_ += n;
      return p;
    }
    return reserve_slow(n);
  }
  char* reserve_slow(size_t n);

  static constexpr size_t kChunk = size_t(256) << 10;
  std::vector<Event> events_;
  std::vector<std::pair<Tally, Timestamp>> tallies_;
  std::vector<CountedDelivery> deliveries_;
  // Chunks never move once allocated, so a view into one stays valid while
  // the batch grows; chunk i is reused by the next fill after clear().
  struct Chunk {
    std::unique_ptr<char[]> bytes;  // not zeroed: only what is written is read
    size_t size = 0;
  };
  std::vector<Chunk> chunks_;
  size_t chunk_ = 0, arena_used_ = 0;
  char* cur_ = nullptr;  // free space of chunk chunk_: [cur_, end_)
  char* end_ = nullptr;
  std::string ndjson_;
  // The previous event's copied file path: nearly all events of a batch name
  // the same file, which is then copied once.
  std::string_view last_path_copy_;
};

}  // namespace mailtriage
