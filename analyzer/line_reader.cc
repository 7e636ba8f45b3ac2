#include "analyzer/line_reader.h"

#include <cstring>

namespace mailtriage {

namespace {
constexpr size_t kChunk = size_t(1) << 18;
constexpr size_t kUsualMaxLine = size_t(1) << 20;

// The buffer the last reader of the usual size on this thread left behind.
thread_local std::unique_ptr<char[]> spare_buffer;

std::unique_ptr<char[]> buffer_for(size_t max_line) {
  if (max_line == kUsualMaxLine && spare_buffer) return std::move(spare_buffer);
  return std::unique_ptr<char[]>(new char[max_line + kChunk]);
}
}  // namespace

LineReader::LineReader(ByteSource& source, size_t max_line)
    : source_(source), max_line_(max_line), storage_(buffer_for(max_line)),
      buf_(storage_.get(), max_line + kChunk) {}

LineReader::~LineReader() {
  if (max_line_ == kUsualMaxLine && !spare_buffer) spare_buffer = std::move(storage_);
}

bool LineReader::fill() {
  if (eof_) return false;
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

bool LineReader::next(std::string_view* line, bool* cut) {
  *cut = false;
  for (;;) {
    const char* start = buf_.data() + begin_;
    size_t avail = end_ - begin_;
    const char* nl = avail ? static_cast<const char*>(std::memchr(start, '\n', avail)) : nullptr;
    if (skipping_) {  // dropping the rest of a line that was cut
      if (nl) {
        begin_ += size_t(nl - start) + 1;
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
      if (len > max_line_) {
        len = max_line_;
        *cut = true;
      }
      if (len && start[len - 1] == '\r') --len;
      *line = std::string_view(start, len);
      return true;
    }
    if (avail >= max_line_) {
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

}  // namespace mailtriage
