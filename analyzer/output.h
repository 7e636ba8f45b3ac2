// Buffered output to a file descriptor. A closed pipe (EPIPE) ends the
// program quietly with status 0, as `mailtriage ... | head` expects.
#pragma once

#include <string>
#include <string_view>

namespace mailtriage {

class OutputStream {
 public:
  explicit OutputStream(int fd) : fd_(fd) { buf_.reserve(kFlushAt + 4096); }
  ~OutputStream() { flush(); }
  std::string& buffer() { return buf_; }
  void write(std::string_view s) {
    buf_.append(s);
    maybe_flush();
  }
  void maybe_flush() {
    if (buf_.size() >= kFlushAt) flush();
  }
  void flush();
  bool failed() const { return failed_; }

 private:
  static constexpr size_t kFlushAt = 1 << 16;
  int fd_;
  std::string buf_;
  bool failed_ = false;
};

}  // namespace mailtriage
