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
void append_int(std::string& out, int64_t v);
void append_double(std::string& out, double v, int decimals);

}  // namespace mailtriage
