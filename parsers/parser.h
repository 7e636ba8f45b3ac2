// The two parser shapes and the outcome every input unit is accounted with.
//
// A line parser is fed one line at a time (a string_view into a reused
// buffer, without its line end) and reports each line's outcome, so the
// report can account for every input line. A message parser is fed whole
// messages (one .eml, one mbox entry, one JSON notification).
#pragma once

#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>

#include "parsers/event.h"

namespace mailtriage {

// Every input line or message ends in exactly one of these.
enum class Outcome : uint8_t {
  reported,      // produced at least one event
  recognized,    // understood, but nothing to report (a connect, another program)
  unrecognized,  // not understood: counted and sampled in the report
};

// What a parser knows about the file it reads.
struct FileContext {
  std::string_view path;        // as the user gave it ("-" for stdin)
  std::time_t mtime = 0;        // modification time, for syslog year inference; 0 = now
  std::time_t now = 0;          // "now" (pinned in tests)
};

class LineParser {
 public:
  virtual ~LineParser() = default;
  // `line` has no line terminator. `line_no` is 1-based.
  virtual Outcome parse_line(std::string_view line, uint64_t line_no, EventSink& sink) = 0;
  // End of input: flush state that was waiting for more lines.
  virtual void finish(EventSink&) {}
  // The next file continues this one (the next member of a rotation set, in
  // time order): keep the state, read on. False when the parser cannot; the
  // caller then finishes it and makes a new one.
  virtual bool continue_with(const FileContext&) { return false; }
};

// A line parser whose only state between files is the file's path (its
// events name it): it reads on into the next file of a rotation set.
class PathLineParser : public LineParser {
 public:
  explicit PathLineParser(const FileContext& file) : path_(file.path) {}
  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    return true;
  }

 protected:
  // A record's line without the CR and spaces some writers leave at its end.
  static std::string_view without_trailing_space(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    return line;
  }
  std::string path_;
};

class MessageParser {
 public:
  virtual ~MessageParser() = default;
  // One whole message. `index` is its 1-based position in the file (mbox);
  // `diagnostic` receives a short description when the outcome is unrecognized
  // or the message was damaged (it may be left empty).
  virtual Outcome parse_message(std::string_view bytes, uint64_t index, EventSink& sink,
                                std::string* diagnostic) = 0;
  // The parser is to read another file next (a Maildir holds thousands, and
  // a parser's buffers and converters cost more to make than a small message
  // to read). False when it cannot; the caller then makes a new one.
  virtual bool reuse_for(const FileContext&) { return false; }
};

}  // namespace mailtriage
