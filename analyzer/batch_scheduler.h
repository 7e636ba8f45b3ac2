// Three stages over EventBatches, for one input read on several cores:
//
//   produce   one thread, in input order: read, split, parse (parsers keep
//             their queue-id state, so they must see every line in order)
//   classify  any thread, any batch: the costly part (RE2), and stateless
//   deliver   the calling thread, in batch order: report, diagnosis, ndjson
//
// Because delivery is in order and each event is classified on its own, the
// report and the ndjson are the same bytes whatever the number of threads.
// Batches are reused from a fixed set, so memory stays flat: when they are all
// in flight the producer classifies one instead of waiting, which also
// balances the work when there are only two cores.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "analyzer/event_batch.h"
#include "classifiers/classifier.h"

namespace mailtriage {

class BatchScheduler {
 public:
  // `classify` may run on any thread and on several batches at once; `deliver`
  // runs on the thread that calls run(), one batch at a time, in order.
  using Classify = std::function<void(EventBatch&, ClassifierScratch& scratch)>;
  using Deliver = std::function<void(EventBatch&)>;

  // `threads` >= 2: the producer, the calling thread, and threads - 2 more
  // that only classify.
  BatchScheduler(unsigned threads, Classify classify, Deliver deliver);
  ~BatchScheduler();

  // Runs `produce` on a thread of its own and returns once every batch it
  // submitted has been delivered. An exception from any stage is rethrown
  // here after the other threads have stopped.
  void run(const std::function<void()>& produce);

  // For `produce`: the batch being filled (taken from the free set when
  // needed, which may wait for one or classify one meanwhile).
  EventBatch& batch() { return current_ ? current_->batch : acquire(); }
  // For `produce`: hands the current batch on (nothing when it is empty).
  void submit();

  size_t batches_in_flight_limit() const { return slots_.size(); }

 private:
  static constexpr size_t kMaxBatches = 18;
  struct Slot {
    EventBatch batch;
    bool classified = false;
  };
  // Classifies the oldest waiting batch; `lock` is held on entry and exit.
  void classify_one(std::unique_lock<std::mutex>& lock, ClassifierScratch& scratch);
  EventBatch& acquire();
  void consume();
  void classify_only();

  Classify classify_;
  Deliver deliver_;
  unsigned threads_;
  std::vector<std::unique_ptr<Slot>> slots_;

  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Slot*> free_;
  std::deque<Slot*> waiting_;    // submitted, not yet taken for classification (oldest first)
  std::deque<Slot*> in_order_;   // submitted, not yet delivered (input order)
  bool produced_ = false;        // the producer has submitted its last batch
  std::atomic<bool> failed_{false};  // deliver threw: batches are dropped until the producer ends
  std::mutex error_mu_;
  std::exception_ptr producer_error_, deliver_error_;  // deliver_error_: from classify or deliver

  Slot* current_ = nullptr;      // producer only
  ClassifierScratch producer_scratch_;
};

}  // namespace mailtriage
