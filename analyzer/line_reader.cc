#include "analyzer/line_reader.h"

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mailtriage {

namespace {
constexpr size_t kChunk = size_t(1) << 18;

// Appends the offsets of every '\n' in data[0, n) to *out. A log line is
// about 150 bytes, so a memchr call per line spent as much time starting and
// ending as scanning (a twelfth of all the work on a 1 GB log); 64 bytes are
// compared at a time here and their newlines taken from one bit mask.
void append_newline_offsets(const char* data, size_t n, std::vector<uint32_t>* out) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n');
  auto mask16 = [&](size_t at) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
    return uint64_t(uint16_t(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline))));
  };
  for (; i + 64 <= n; i += 64) {
    uint64_t mask = mask16(i) | mask16(i + 16) << 16 | mask16(i + 32) << 32 | mask16(i + 48) << 48;
    for (; mask; mask &= mask - 1) out->push_back(uint32_t(i + size_t(__builtin_ctzll(mask))));
  }
#endif
  for (const char* p = data + i; (p = static_cast<const char*>(std::memchr(p, '\n', size_t(data + n - p)))); ++p)
    out->push_back(uint32_t(p - data));
}

// The buffer the last reader of the usual size on this thread left behind.
thread_local std::unique_ptr<char[]> spare_buffer;

std::unique_ptr<char[]> buffer_for(size_t max_line) {
  if (max_line == LineReader::kDefaultMaxLine && spare_buffer) return std::move(spare_buffer);
  return std::unique_ptr<char[]>(new char[max_line + kChunk]);
}
}  // namespace

// The read-ahead thread and its blocks. Each block has max_line bytes of room
// before its data, where the partial line that ends the previous block is
// copied when the reader moves on: lines stay contiguous.
class LineReader::Ahead {
 public:
  static constexpr size_t kBlock = size_t(1) << 20;
  static constexpr size_t kBlocks = 4;  // one being cut into lines, the rest read ahead

  struct Block {
    std::unique_ptr<char[]> bytes;  // room + kBlock
    size_t size = 0;                // data bytes after the room
    // Where the data's newlines are (offsets from the data's start), found by
    // the reading thread: the parser's thread, the slowest stage, then looks
    // a line's end up instead of scanning for it (memchr was a seventh of
    // its time).
    std::vector<uint32_t> newlines;
  };

  Ahead(ByteSource& source, size_t room) : source_(source), room_(room) {
    for (size_t i = 0; i < kBlocks; ++i) free_.push_back(Block{std::unique_ptr<char[]>(new char[room + kBlock]), 0});
    thread_ = std::thread([this] { produce(); });
  }
  ~Ahead() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

  // The next block with data, or false at the end (*failed: by an error).
  bool take(Block* out, bool* failed) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return !ready_.empty() || done_; });
    if (ready_.empty()) {
      *failed = failed_;
      return false;
    }
    *out = std::move(ready_.front());
    ready_.pop_front();
    return true;
  }
  void give_back(Block b) {
    if (!b.bytes) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      free_.push_back(std::move(b));
    }
    cv_.notify_all();
  }
  size_t room() const { return room_; }

 private:
  void produce() {
    for (;;) {
      Block b;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return !free_.empty() || stop_; });
        if (stop_) return;
        b = std::move(free_.back());
        free_.pop_back();
      }
      size_t filled = 0;
      long r = 0;
      while (filled < kBlock && (r = source_.read(b.bytes.get() + room_ + filled, kBlock - filled)) > 0)
        filled += size_t(r);
      b.size = filled;
      b.newlines.clear();
      append_newline_offsets(b.bytes.get() + room_, filled, &b.newlines);
      std::lock_guard<std::mutex> lock(mu_);
      if (filled) ready_.push_back(std::move(b));
      else free_.push_back(std::move(b));
      if (r <= 0) {  // the end, or an error (the source keeps its message)
        done_ = true;
        failed_ = r < 0;
        cv_.notify_all();
        return;
      }
      cv_.notify_all();
    }
  }

  ByteSource& source_;
  const size_t room_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Block> free_;
  std::deque<Block> ready_;
  bool done_ = false, failed_ = false, stop_ = false;
  Block current_;  // the block lines are being cut from (reader side only)
  friend class LineReader;
};

LineReader::LineReader(ByteSource& source, size_t max_line)
    : source_(source), max_line_(max_line), storage_(buffer_for(max_line)),
      buf_(storage_.get(), max_line + kChunk) {}

LineReader::~LineReader() {
  ahead_.reset();  // stops the thread before anything it reads from goes
  if (max_line_ == LineReader::kDefaultMaxLine && !spare_buffer) spare_buffer = std::move(storage_);
}

void LineReader::read_ahead() {
  if (!ahead_ && end_ == 0 && !eof_) ahead_ = std::make_unique<Ahead>(source_, max_line_);
}

bool LineReader::fill_ahead() {
  Ahead::Block next;
  bool failed = false;
  if (!ahead_->take(&next, &failed)) {
    eof_ = true;
    failed_ = failed;
    return false;
  }
  // The partial line left in the window goes into the room before the new
  // data. It is shorter than max_line: next() cuts longer lines before it
  // asks for more, and peek() asks for less.
  const size_t partial = std::min(end_ - begin_, ahead_->room());
  char* data = next.bytes.get() + ahead_->room();
  if (partial) std::memcpy(data - partial, buf_.data() + begin_, partial);
  ahead_->give_back(std::move(ahead_->current_));
  ahead_->current_ = std::move(next);
  if (line_end_ == '\n') {
    const std::vector<uint32_t>& newlines = ahead_->current_.newlines;
    ahead_newline_ = newlines.data();
    ahead_newlines_end_ = newlines.data() + newlines.size();
    ahead_room_ = ahead_->room();
  }
  buf_ = std::span<char>(ahead_->current_.bytes.get(), ahead_->room() + ahead_->current_.size);
  begin_ = ahead_->room() - partial;
  end_ = buf_.size();
  bytes_read_ += uint64_t(ahead_->current_.size);
  return true;
}

// The first newline in the window, from the block's list.
const char* LineReader::find_newline_ahead() {
  while (ahead_newline_ != ahead_newlines_end_ && ahead_room_ + *ahead_newline_ < begin_) ++ahead_newline_;
  if (ahead_newline_ == ahead_newlines_end_) return nullptr;
  const size_t at = ahead_room_ + *ahead_newline_;
  return at < end_ ? buf_.data() + at : nullptr;
}

bool LineReader::fill() {
  if (eof_) return false;
  if (ahead_) return fill_ahead();
  if (end_ == 0) {
    // A small file the source read whole when it opened it: its bytes are
    // the window, not copied into the buffer (a message file of a Maildir
    // was copied once more than it was read).
    size_t size = 0;
    if (char* whole = source_.whole_input(&size)) {
      buf_ = std::span<char>(whole, size);
      begin_ = 0;
      end_ = size;
      bytes_read_ += size;
      eof_ = true;
      return size > 0;
    }
  }
  if (begin_ > 0 && (buf_.size() - end_ < kChunk)) {  // slide the partial line to the front
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  long r = source_.read(buf_.data() + end_, buf_.size() - end_);
  if (r <= 0) {
    eof_ = true;
    failed_ = r < 0;
    return false;
  }
  end_ += size_t(r);
  bytes_read_ += uint64_t(r);
  return true;
}

std::string_view LineReader::peek(size_t n) {
  while (end_ - begin_ < n && fill()) {
  }
  return std::string_view(buf_.data() + begin_, std::min(n, end_ - begin_));
}

bool LineReader::next_line(std::string_view* line, bool* cut) {
  *cut = false;
  for (;;) {
    const char* start = buf_.data() + begin_;
    size_t avail = end_ - begin_;
    const char* nl = !avail ? nullptr
                     : ahead_ && ahead_->current_.bytes && line_end_ == '\n'
                         ? find_newline_ahead()
                         : static_cast<const char*>(std::memchr(start, line_end_, avail));
    if (skipping_) {  // dropping the rest of a line that was cut
      if (nl) {
        begin_ += size_t(nl - start) + 1;
        step_past_consumed_newline();
        skipping_ = false;
        continue;
      }
      begin_ = end_ = 0;
      if (!fill()) return false;
      continue;
    }
    if (nl) {
      size_t len = size_t(nl - start);
      begin_ += len + 1;
      step_past_consumed_newline();
      if (len > max_line_) {
        len = max_line_;
        *cut = true;
      }
      if (len && start[len - 1] == '\r') --len;
      *line = std::string_view(start, len);
      return true;
    }
    if (avail > max_line_) {  // longer than the cap for certain (a line of exactly max_line waits for its newline)
      *line = std::string_view(start, max_line_);
      *cut = true;
      begin_ = end_ = 0;  // the returned view stays valid: nothing is read until the next call
      skipping_ = true;
      // Keep the view's bytes: they live at buf_[0..max_line_) only if start == buf_.data().
      if (start != buf_.data()) {
        std::memmove(buf_.data(), start, max_line_);
        *line = std::string_view(buf_.data(), max_line_);
      }
      begin_ = end_ = max_line_;  // the window after the kept bytes is empty
      return true;
    }
    if (!fill()) {
      if (end_ > begin_) {  // a last line without a newline
        size_t len = end_ - begin_;
        const char* s = buf_.data() + begin_;
        begin_ = end_;
        if (len && s[len - 1] == '\r') --len;
        *line = std::string_view(s, len);
        return true;
      }
      return false;
    }
  }
}

void LineReader::read_rest(std::string* out, size_t cap, bool* cut) {
  out->clear();
  *cut = false;
  for (;;) {
    size_t avail = end_ - begin_;
    size_t take = std::min(avail, cap - out->size());
    out->append(buf_.data() + begin_, take);
    if (take < avail) *cut = true;
    begin_ = end_ = 0;
    if (!fill()) return;
  }
}

bool LineReader::view_rest(std::string_view* out, size_t cap) {
  if (ahead_) return false;
  while (!eof_) {
    if (end_ - begin_ >= cap || end_ == buf_.size()) return false;
    fill();
  }
  if (end_ - begin_ >= cap) return false;
  *out = std::string_view(buf_.data() + begin_, end_ - begin_);
  begin_ = end_ = 0;
  return true;
}

}  // namespace mailtriage
