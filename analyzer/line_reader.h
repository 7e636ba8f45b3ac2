// Splits a byte stream into lines without copying: each line is a string_view
// into one reused buffer, valid until the next call.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/byte_source.h"

namespace mailtriage {

class LineReader {
 public:
  // Lines longer than max_line are cut to max_line bytes (the rest of the
  // line is skipped and `cut` reported), so one enormous line cannot exhaust memory.
  static constexpr size_t kDefaultMaxLine = size_t(1) << 20;
  explicit LineReader(ByteSource& source, size_t max_line = kDefaultMaxLine);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without "\n" (and without a "\r" before it). False at the end.
  // (Inline for the common case after read_ahead(): the block's next newline,
  // found by the reading thread, ends the line in the window; a call per line
  // and its register saves were a twelfth of the parse thread's time.)
  bool next(std::string_view* line, bool* cut) {
    if (ahead_newline_ != ahead_newlines_end_ && !skipping_) {
      const size_t at = ahead_room_ + *ahead_newline_;
      if (at >= begin_ && at < end_ && at - begin_ <= max_line_) {
        ++ahead_newline_;
        const char* start = buf_.data() + begin_;
        size_t len = at - begin_;
        begin_ = at + 1;
        if (len && start[len - 1] == '\r') --len;
        *cut = false;
        *line = std::string_view(start, len);
        return true;
      }
    }
    return next_line(line, cut);
  }
  // The first bytes of the input (up to n), without consuming them.
  std::string_view peek(size_t n);
  // Everything not yet consumed, up to `cap` bytes (the rest is skipped and
  // *cut set). For whole-message inputs.
  void read_rest(std::string* out, size_t cap, bool* cut);
  // Everything not yet consumed as one view into the buffer, when the input
  // ends within it and holds less than `cap` bytes: a message file of a few
  // KB is then read without a copy. False when it does not fit (nothing is
  // lost: read_rest() then takes everything).
  bool view_rest(std::string_view* out, size_t cap);
  // From here on, a thread of its own reads the source into blocks a few
  // ahead, and lines are cut from those blocks where they lie (only a line
  // that straddles two blocks is copied, to join its halves). For a large
  // plain file whose parser is the slowest stage: its read() calls, about a
  // seventh of that stage's time, move to the other core. Call before the
  // first peek() or next().
  void read_ahead();
  // Lines end in CR alone (old Mac files: the input has CRs and no LF);
  // call after peek() showed so, before the first next().
  void use_cr_line_ends() { line_end_ = '\r'; }
  // Set once the source failed; what was read before stays valid input.
  bool failed() const { return failed_; }
  const std::string& error() const { return source_.error(); }
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool next_line(std::string_view* line, bool* cut);  // every case of next()
  bool fill();  // reads more at the end of the window; false at the end or on error
  bool fill_ahead();  // fill() with read_ahead(): takes the next block
  const char* find_newline_ahead();
  // After next_line() ended a line at the block list's newline: the cursor moves past it.
  void step_past_consumed_newline() {
    if (ahead_newline_ != ahead_newlines_end_ && ahead_room_ + *ahead_newline_ < begin_) ++ahead_newline_;
  }
  class Ahead;
  std::unique_ptr<Ahead> ahead_;
  // The current block's newlines not yet behind the window (offsets from its
  // data, which starts ahead_room_ bytes into the buffer): next() and
  // next_line() step past each one they end a line at. Empty without read_ahead().
  const uint32_t* ahead_newline_ = nullptr;
  const uint32_t* ahead_newlines_end_ = nullptr;
  size_t ahead_room_ = 0;

  ByteSource& source_;
  size_t max_line_;
  // Not a vector: zero-filling 1.25 MiB per input costs more than reading a
  // small message file. Each thread keeps one buffer of the usual size for
  // its next reader: a Maildir is thousands of inputs of a few KB, and a
  // fresh 1.25 MiB block per input is an mmap, page faults and an munmap
  // (which, with several threads, interrupts the other cores to flush their
  // address caches).
  std::unique_ptr<char[]> storage_;
  std::span<char> buf_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false, failed_ = false, skipping_ = false;
  char line_end_ = '\n';
  uint64_t bytes_read_ = 0;
};

}  // namespace mailtriage
