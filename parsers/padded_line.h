// One JSON record per line, handed to simdjson's on-demand parser.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

namespace mailtriage {

// `line` copied into `buffer` (reused from line to line) with the
// SIMDJSON_PADDING bytes simdjson may read past the end. The padding is
// written once, when the buffer grows: bytes never written would be read
// uninitialized (harmless to the result, but memory checkers say so).
inline simdjson::padded_string_view padded_copy(std::string_view line, std::string* buffer) {
  if (buffer->capacity() < line.size() + simdjson::SIMDJSON_PADDING) {
    buffer->clear();
    buffer->resize(line.size() + simdjson::SIMDJSON_PADDING, '\0');
  }
  buffer->assign(line);
  return simdjson::padded_string_view(buffer->data(), buffer->size(), buffer->capacity());
}

}  // namespace mailtriage
