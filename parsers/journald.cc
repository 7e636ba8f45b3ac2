#include "parsers/journald.h"
#include "parsers/padded_line.h"
#include "parsers/timestamp.h"

#include <simdjson.h>

#include <string>

namespace mailtriage {
namespace {

namespace od = simdjson::ondemand;
using sv = std::string_view;

bool parse_u64(sv s, uint64_t* out) {
  if (s.empty() || s.size() > 19) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + uint64_t(c - '0');
  }
  *out = v;
  return true;
}

// A field value as text: journalctl writes strings, but a number is read too.
bool scalar_text(od::value v, sv* out, std::string* scratch) {
  od::json_type t;
  if (v.type().get(t)) return false;
  if (t == od::json_type::string) return !v.get_string().get(*out);
  if (t == od::json_type::number) {
    uint64_t n;
    if (v.get_uint64().get(n)) return false;
    *scratch = std::to_string(n);
    *out = *scratch;
    return true;
  }
  return false;
}

}  // namespace

struct JournaldReader::Impl {
  od::parser parser;
  std::string padded;   // the line with SIMDJSON_PADDING spare bytes after it
  std::string message;  // MESSAGE decoded from an array of bytes
  std::string number;   // a numeric field rendered as text

  // MESSAGE as an array: bytes (non-UTF-8 data) or, for a repeated field,
  // values of which the first is used.
  bool array_message(od::array arr, sv* out) {
    message.clear();
    bool bytes = false;
    for (auto element : arr) {
      od::value v;
      if (element.get(v)) return false;
      od::json_type t;
      if (v.type().get(t)) return false;
      if (t == od::json_type::number) {
        uint64_t b;
        if (v.get_uint64().get(b) || b > 255) return false;
        message.push_back(char(b));
        bytes = true;
        continue;
      }
      if (bytes) return false;
      if (t == od::json_type::string) {
        sv s;
        if (v.get_string().get(s)) return false;
        message.assign(s);
        *out = message;
        return true;
      }
      if (t == od::json_type::array) {
        od::array inner;
        if (v.get_array().get(inner)) return false;
        for (auto b : inner) {
          uint64_t byte;
          if (b.get_uint64().get(byte) || byte > 255) return false;
          message.push_back(char(byte));
        }
        *out = message;
        return true;
      }
      return false;
    }
    *out = message;
    return bytes;
  }
};

JournaldReader::JournaldReader() : impl_(std::make_unique<Impl>()) {}
JournaldReader::~JournaldReader() = default;

JournaldError JournaldReader::parse(sv line, SyslogRecord* out) {
  *out = SyslogRecord();
  if (!line.empty() && line[0] == '\x1e') line.remove_prefix(1);  // json-seq record separator
  Impl& im = *impl_;
  od::document doc;
  if (im.parser.iterate(padded_copy(line, &im.padded)).get(doc))
    return JournaldError::not_json;
  od::object obj;
  if (doc.get_object().get(obj)) return JournaldError::not_json;

  bool have_message = false, have_time = false, bad_time = false;
  sv comm, docker_line;
  Timestamp docker_time;
  for (auto field : obj) {
    sv key;
    if (field.unescaped_key().get(key)) return JournaldError::not_json;
    od::value value;
    if (field.value().get(value)) return JournaldError::not_json;
    // Journal field names are upper-case ASCII; most records carry thirty of
    // them, and all but these are skipped without being decoded.
    if (key == "MESSAGE") {
      od::json_type t;
      if (value.type().get(t)) return JournaldError::not_json;
      if (t == od::json_type::string) {
        if (value.get_string().get(out->message)) return JournaldError::not_json;
        have_message = true;
      } else if (t == od::json_type::array) {
        od::array arr;
        if (value.get_array().get(arr)) return JournaldError::not_json;
        have_message = im.array_message(arr, &out->message);
      }
    } else if (key == "SYSLOG_IDENTIFIER") {
      sv s;
      if (!value.get_string().get(s)) out->program = s;
    } else if (key == "_COMM") {
      if (value.get_string().get(comm)) comm = {};
    } else if (key == "_PID" || key == "SYSLOG_PID") {
      // _PID is the journal's own (trusted) field; SYSLOG_PID what the program said.
      sv s;
      uint64_t pid;
      if (scalar_text(value, &s, &im.number) && parse_u64(s, &pid) && pid <= UINT32_MAX &&
          (key == "_PID" || out->pid == 0))
        out->pid = uint32_t(pid);
    } else if (key == "log") {
      if (value.get_string().get(docker_line)) docker_line = {};
    } else if (key == "time") {
      sv s;
      if (!value.get_string().get(s)) scan_rfc3339(s, &docker_time);
    } else if (key == "_HOSTNAME") {
      sv s;
      if (!value.get_string().get(s)) out->host = s;
    } else if (key == "__REALTIME_TIMESTAMP") {
      sv s;
      uint64_t us;
      if (scalar_text(value, &s, &im.number) && parse_u64(s, &us) && us <= uint64_t(INT64_MAX)) {
        out->time.epoch_us = int64_t(us);
        out->time.valid = true;
        have_time = true;
      } else {
        bad_time = true;
      }
    }
  }
  if (!have_message && !docker_line.empty()) {
    while (!docker_line.empty() && (docker_line.back() == '\n' || docker_line.back() == '\r')) docker_line.remove_suffix(1);
    *out = SyslogRecord();
    out->message = docker_line;
    out->time = docker_time;
    return JournaldError::docker_log;
  }
  if (out->program.empty()) out->program = comm;
  if (bad_time && !have_time) return JournaldError::bad_timestamp;
  if (!have_message) return JournaldError::no_message;
  return JournaldError::ok;
}

std::string_view journald_error_name(JournaldError e) {
  switch (e) {
    case JournaldError::ok: return "ok";
    case JournaldError::not_json: return "not a JSON object";
    case JournaldError::no_message: return "no MESSAGE field";
    case JournaldError::bad_timestamp: return "__REALTIME_TIMESTAMP is not a number";
    case JournaldError::docker_log: return "a Docker json-file record";
  }
  return "?";
}

}  // namespace mailtriage
