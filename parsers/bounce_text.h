// Small text tools shared by the bounce-message parsers: an arena that keeps
// decoded text in place for the life of one message, case-insensitive search,
// line walking, header blocks and address extraction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mailtriage::bounce {

// Decoded and unfolded text must outlive the events that point into it, and a
// std::string that grows would move it. The arena hands out stable views and is
// reset between messages, keeping its first block so steady state allocates nothing.
class TextArena {
 public:
  std::string_view store(std::string_view s);
  // Room for n bytes that the caller fills; commit() then shortens it to what was used.
  char* reserve(size_t n);
  std::string_view commit(char* start, size_t used);
  void reset();

 private:
  struct Block {
    std::unique_ptr<char[]> data;
    size_t size = 0, used = 0;
  };
  std::vector<Block> blocks_;
  size_t current_ = 0;
};

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
// Position of `needle` (ASCII case-insensitive) in `hay`, or npos.
size_t ifind(std::string_view hay, std::string_view needle, size_t from = 0);
inline bool icontains(std::string_view hay, std::string_view needle) {
  return ifind(hay, needle) != std::string_view::npos;
}
std::string_view trim(std::string_view s);
std::string_view trim_left(std::string_view s);

// Walks LF-separated lines; the last line need not end in LF.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}
  bool next(std::string_view* line);
  size_t offset() const { return pos_; }  // start of the line next() returns next

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

struct HeaderField {
  std::string_view name;
  std::string_view value;  // unfolded, trimmed; still RFC 2047 encoded
};

class HeaderList {
 public:
  void clear() { fields_.clear(); }
  void add(std::string_view name, std::string_view value) { fields_.push_back({name, value}); }
  // The first field of that name (case-insensitive), or "".
  std::string_view get(std::string_view name) const;
  bool has(std::string_view name) const;
  const std::vector<HeaderField>& fields() const { return fields_; }
  bool empty() const { return fields_.empty(); }

 private:
  std::vector<HeaderField> fields_;
};

// Parses an RFC 5322 header block at the start of `text` (LF line ends) into
// `out`; folded values are unfolded into `arena`. Stops at the first empty
// line or the first line that is neither a field nor a continuation. Returns
// the offset of the body (after the empty line), or of the line it stopped at.
// A leading mbox "From " line is skipped.
size_t parse_header_block(std::string_view text, TextArena& arena, HeaderList* out);

// True when the line is "Name: value" with a plausible field name.
bool looks_like_header_line(std::string_view line);

// The addr-spec in `s`: inside the first <...> holding an '@', else the first
// word holding an '@' (quotes, brackets and trailing punctuation removed).
// Empty when there is none.
std::string_view extract_address(std::string_view s);
// True when `s` is a plausible addr-spec: local@domain, no spaces.
bool is_address(std::string_view s);

// Parameter of a structured header value ("multipart/report; boundary=x"),
// unquoted; "" when absent.
std::string_view header_param(std::string_view value, std::string_view name);
// "type/subtype" of a Content-Type value, as written (compare case-insensitively).
std::string_view media_type(std::string_view content_type);

}  // namespace mailtriage::bounce
