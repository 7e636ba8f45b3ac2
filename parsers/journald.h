// The journald envelope: `journalctl -o json` (and `-o json-seq`) writes one
// JSON object per line. A record becomes the same SyslogRecord a syslog line
// gives, so every program parser works under both envelopes:
//   SYSLOG_IDENTIFIER (else _COMM) -> program, _PID (else SYSLOG_PID) -> pid,
//   _HOSTNAME -> host, __REALTIME_TIMESTAMP (microseconds) -> time, MESSAGE -> message.
// MESSAGE is a string, or an array of byte values when journald stored bytes
// that are not valid UTF-8, or an array of values when the field repeats.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/syslog.h"

namespace mailtriage {

// Errors a journal line can have, for the report's "unrecognized" samples.
enum class JournaldError : uint8_t {
  ok,
  not_json,       // the line is not one JSON object
  no_message,     // no usable MESSAGE field (missing, null: too large for journalctl)
  bad_timestamp,  // __REALTIME_TIMESTAMP is not a number of microseconds
  // Not the journal's: Docker's json-file logging driver
  // ({"log":"<line>\n","stream":"stdout","time":"<RFC 3339>"}). The record's
  // message is the container's line as it wrote it (a syslog line, or output
  // of its own), its time Docker's.
  docker_log,
};
std::string_view journald_error_name(JournaldError e);

// One per thread or file, reused for every line: it owns the simdjson parser
// and the buffers the record's views point into (valid until the next parse).
class JournaldReader {
 public:
  JournaldReader();
  ~JournaldReader();
  JournaldReader(const JournaldReader&) = delete;
  JournaldReader& operator=(const JournaldReader&) = delete;

  JournaldError parse(std::string_view line, SyslogRecord* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when `line` starts like a journal JSON record ('{', or RS then '{').
// (Inline: the syslog dispatcher asks it of every line.)
inline bool looks_like_journald(std::string_view line) {
  if (!line.empty() && line[0] == '\x1e') line.remove_prefix(1);
  return !line.empty() && line[0] == '{';
}

}  // namespace mailtriage
