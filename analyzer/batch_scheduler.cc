#include "analyzer/batch_scheduler.h"

#include <algorithm>
#include <system_error>
#include <thread>
#include <utility>

#include "analyzer/huge_pages.h"

namespace mailtriage {

BatchScheduler::BatchScheduler(unsigned threads, Classify classify, Deliver deliver)
    : classify_(std::move(classify)), deliver_(std::move(deliver)), threads_(threads < 2 ? 2 : threads) {
  // Enough batches that every thread has one to work on and the producer one
  // to fill, and more to absorb uneven batches and the start, when the first
  // classification waits for the rule table to compile (~15 ms): with two
  // spare batches the producer stalled there (perf trace: one 15.8 ms futex
  // wait), with eight it fills them meanwhile. No more, so that memory does
  // not grow with the input (nor with a large --jobs: past the cap, the extra
  // threads find nothing to do).
  size_t n = std::min(size_t(threads_) + 8, kMaxBatches);
  for (size_t i = 0; i < n; ++i) {
    slots_.push_back(std::make_unique<Slot>());
    free_.push_back(slots_.back().get());
  }
}

BatchScheduler::~BatchScheduler() = default;

void BatchScheduler::classify_one(std::unique_lock<std::mutex>& lock, ClassifierScratch& scratch) {
  Slot* s = waiting_.front();
  waiting_.pop_front();
  lock.unlock();
  if (!failed_) {
    try {
      classify_(s->batch, scratch);
    } catch (...) {
      std::lock_guard<std::mutex> error_lock(error_mu_);
      if (!deliver_error_) deliver_error_ = std::current_exception();
      failed_ = true;  // the rest is drained, not worked on
    }
  }
  lock.lock();
  s->classified = true;
  cv_.notify_all();
}

EventBatch& BatchScheduler::acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    if (!free_.empty()) {
      current_ = free_.back();
      free_.pop_back();
      return current_->batch;
    }
    if (!waiting_.empty()) {
      classify_one(lock, producer_scratch_);  // help rather than wait
      continue;
    }
    cv_.wait(lock);
  }
}

void BatchScheduler::submit() {
  if (!current_ || current_->batch.empty()) return;
  std::lock_guard<std::mutex> lock(mu_);
  current_->classified = false;
  waiting_.push_back(current_);
  in_order_.push_back(current_);
  current_ = nullptr;
  cv_.notify_all();
}

void BatchScheduler::consume() {
  ClassifierScratch scratch;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    if (!in_order_.empty() && in_order_.front()->classified) {
      Slot* s = in_order_.front();
      in_order_.pop_front();
      lock.unlock();
      if (!failed_) {
        try {
          deliver_(s->batch);
        } catch (...) {
          std::lock_guard<std::mutex> error_lock(error_mu_);
          if (!deliver_error_) deliver_error_ = std::current_exception();
          failed_ = true;  // keep draining so that the producer can finish
        }
      }
      s->batch.clear();
      lock.lock();
      free_.push_back(s);
      cv_.notify_all();
      continue;
    }
    if (!waiting_.empty()) {
      classify_one(lock, scratch);
      continue;
    }
    if (produced_ && in_order_.empty()) return;
    cv_.wait(lock);
  }
}

void BatchScheduler::classify_only() {
  ClassifierScratch scratch;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    if (!waiting_.empty()) {
      classify_one(lock, scratch);
      continue;
    }
    if (produced_) return;
    cv_.wait(lock);
  }
}

void BatchScheduler::run(const std::function<void()>& produce) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    produced_ = false;
    failed_ = false;
  }
  std::thread producer([&] {
    use_huge_pages_for_thread_heap();
    try {
      produce();
      submit();
    } catch (...) {
      producer_error_ = std::current_exception();
      if (current_) {
        current_->batch.clear();
        std::lock_guard<std::mutex> lock(mu_);
        free_.push_back(current_);
        current_ = nullptr;
      }
    }
    std::lock_guard<std::mutex> lock(mu_);
    produced_ = true;
    cv_.notify_all();
  });
  std::vector<std::thread> helpers;
  // More classifying threads than batches would only wait. A thread the
  // system refuses is one helper less, not a failure.
  for (size_t i = 2; i < std::min(size_t(threads_), slots_.size()); ++i) {
    try {
      helpers.emplace_back([this] {
        use_huge_pages_for_thread_heap();
        classify_only();
      });
    } catch (const std::system_error&) {
      break;
    }
  }
  consume();
  producer.join();
  for (std::thread& t : helpers) t.join();
  if (producer_error_) std::rethrow_exception(std::exchange(producer_error_, nullptr));
  if (deliver_error_) std::rethrow_exception(std::exchange(deliver_error_, nullptr));
}

}  // namespace mailtriage
