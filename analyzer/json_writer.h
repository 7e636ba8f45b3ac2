// Minimal streaming JSON output: strings are escaped so that any byte sequence
// becomes valid JSON. Bytes that are not valid UTF-8 are written as the six
// characters \\xNN (a backslash escaped for JSON, then "xNN"): escaped, never
// dropped, and never confused with a real character.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mailtriage {

// Appends s to out as JSON string contents (without the quotes).
void append_json_escaped(std::string& out, std::string_view s);
// Appends "s" (with quotes).
inline void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  append_json_escaped(out, s);
  out.push_back('"');
}
// Appends s for a terminal or a mail reader (the text report, stderr): a
// control byte (C0, DEL, or a C1 control such as U+009B, which some
// terminals take as the start of an escape sequence) and a byte that is not
// valid UTF-8 are written as the four characters \xNN, so log text cannot
// move the cursor, retitle a window or fake a report line. With
// keep_newlines, '\n' stays (for a block of text that is ours).
void append_printable(std::string& out, std::string_view s, bool keep_newlines = false);
inline std::string printable(std::string_view s) {
  std::string out;
  append_printable(out, s);
  return out;
}
void append_int(std::string& out, int64_t v);
void append_double(std::string& out, double v, int decimals);

}  // namespace mailtriage
