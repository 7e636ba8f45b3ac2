#include "parsers/rfc2047.h"

#include <cstdint>

namespace mailtriage {
namespace {

int8_t base64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return int8_t(c - 'A');
  if (c >= 'a' && c <= 'z') return int8_t(c - 'a' + 26);
  if (c >= '0' && c <= '9') return int8_t(c - '0' + 52);
  if (c == '+' || c == '-') return 62;  // '-' and '_': the URL-safe alphabet some senders use
  if (c == '/' || c == '_') return 63;
  return -1;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool iequal_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = char(x + 32);
    if (y >= 'A' && y <= 'Z') y = char(y + 32);
    if (x != y) return false;
  }
  return true;
}

// Finds the first "?=" at or after a position, remembering the last answer.
// A header of thousands of "=?x?q?" that never close made every one of them
// search to the end of the value: quadratic, seconds for 64 KiB and minutes
// for the 2 MiB a message may have. The positions asked for only grow (each
// word is looked for after the last), so an answer holds for every later
// question up to the "?=" it found, or for all of them when there was none.
class CloseFinder {
 public:
  explicit CloseFinder(std::string_view value) : value_(value) {}
  size_t find(size_t from) {
    if (searched_from_ == std::string_view::npos || from < searched_from_ ||
        (found_ != std::string_view::npos && from > found_)) {
      searched_from_ = from;
      found_ = value_.find("?=", from);
    }
    return found_;
  }

 private:
  std::string_view value_;
  size_t searched_from_ = std::string_view::npos;  // none yet
  size_t found_ = std::string_view::npos;
};

// Parses "=?charset?enc?text?=" at value[pos]. On success sets the parts and
// the end offset.
bool parse_encoded_word(std::string_view value, size_t pos, CloseFinder& closes, std::string_view* charset,
                        char* enc, std::string_view* text, size_t* end) {
  if (value.compare(pos, 2, "=?") != 0) return false;
  size_t q1 = value.find('?', pos + 2);
  if (q1 == std::string_view::npos || q1 + 2 >= value.size() || value[q1 + 2] != '?') return false;
  char e = value[q1 + 1];
  if (e != 'B' && e != 'b' && e != 'Q' && e != 'q') return false;
  size_t close = closes.find(q1 + 3);
  if (close == std::string_view::npos) return false;
  std::string_view cs = value.substr(pos + 2, q1 - pos - 2);
  size_t star = cs.find('*');  // RFC 2231 language suffix: "utf-8*en"
  if (star != std::string_view::npos) cs = cs.substr(0, star);
  if (cs.empty() || cs.size() > 40) return false;
  *charset = cs;
  *enc = char(e | 0x20);
  *text = value.substr(q1 + 3, close - q1 - 3);
  *end = close + 2;
  return true;
}

}  // namespace

size_t decode_base64(std::string_view in, std::string* out) {
  uint32_t acc = 0;
  int bits = 0;
  size_t junk = 0;
  bool padding = false;
  for (char ch : in) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '=') { padding = true; continue; }
    if (c == '\n' || c == '\r' || c == ' ' || c == '\t') continue;
    int8_t v = base64_value(c);
    if (v < 0) {
      ++junk;
      continue;
    }
    if (padding) {
      // Data after padding: two encoded blocks glued together; the next starts afresh.
      padding = false;
      bits = 0;
      acc = 0;
    }
    acc = (acc << 6) | uint32_t(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(char((acc >> bits) & 0xFF));
    }
  }
  return junk;
}

void decode_quoted_printable(std::string_view in, std::string* out) {
  size_t i = 0;
  while (i < in.size()) {
    if (in[i] != '=') {  // the run up to the next '=' is copied as it is, in one append
      size_t eq = in.find('=', i);
      if (eq == std::string_view::npos) eq = in.size();
      out->append(in.data() + i, eq - i);
      i = eq;
      continue;
    }
    // Soft line break: '=' then optional blanks then LF (or CRLF).
    size_t j = i + 1;
    while (j < in.size() && (in[j] == ' ' || in[j] == '\t')) ++j;
    if (j < in.size() && in[j] == '\r') ++j;
    if (j < in.size() && in[j] == '\n') {
      i = j + 1;
      continue;
    }
    if (j >= in.size()) {  // '=' at the very end: a soft break with the LF cut off
      i = in.size();
      continue;
    }
    if (i + 2 < in.size() && hex_value(in[i + 1]) >= 0 && hex_value(in[i + 2]) >= 0) {
      out->push_back(char(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2])));
      i += 3;
      continue;
    }
    out->push_back('=');
    ++i;
  }
}

namespace {
std::string_view bare_encoding(std::string_view e) {
  while (!e.empty() && (e.front() == ' ' || e.front() == '"')) e.remove_prefix(1);
  while (!e.empty() && (e.back() == ' ' || e.back() == '"')) e.remove_suffix(1);
  return e;
}
}  // namespace

bool is_identity_transfer_encoding(std::string_view encoding) {
  const std::string_view e = bare_encoding(encoding);
  return !iequal_ascii(e, "base64") && !iequal_ascii(e, "quoted-printable");
}

bool decode_transfer_encoding(std::string_view encoding, std::string_view in, std::string* out) {
  const std::string_view e = bare_encoding(encoding);
  if (iequal_ascii(e, "base64")) {
    size_t before = out->size();
    size_t junk = decode_base64(in, out);
    // A few stray characters (a signature line, an odd byte) do not make a
    // part unreadable; text that is mostly not base64 does.
    return junk == 0 || (junk * 20 < in.size() && out->size() > before);
  }
  if (iequal_ascii(e, "quoted-printable")) {
    decode_quoted_printable(in, out);
    return true;
  }
  out->append(in);
  return true;
}

bool decode_encoded_words(std::string_view value, CharsetConverter& charsets, std::string* out) {
  bool decoded = false;
  size_t pos = 0;
  size_t pending_blank_start = std::string_view::npos;  // blanks after an encoded word
  bool last_was_word = false;
  std::string raw;
  CloseFinder closes(value);
  while (pos < value.size()) {
    std::string_view cs, text;
    char enc = 0;
    size_t end = 0;
    if (value[pos] == '=' && parse_encoded_word(value, pos, closes, &cs, &enc, &text, &end)) {
      // Blanks between two encoded words vanish; elsewhere they stay.
      if (pending_blank_start != std::string_view::npos && !last_was_word)
        out->append(value.substr(pending_blank_start, pos - pending_blank_start));
      pending_blank_start = std::string_view::npos;
      raw.clear();
      if (enc == 'b') {
        decode_base64(text, &raw);
      } else {
        for (size_t i = 0; i < text.size(); ++i) {
          char c = text[i];
          if (c == '_') raw.push_back(' ');
          else if (c == '=' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            raw.push_back(char(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
            i += 2;
          } else raw.push_back(c);
        }
      }
      charsets.to_utf8(cs, raw, out);
      decoded = true;
      last_was_word = true;
      pos = end;
      continue;
    }
    char c = value[pos];
    if (c == ' ' || c == '\t') {
      if (pending_blank_start == std::string_view::npos) pending_blank_start = pos;
      ++pos;
      continue;
    }
    if (pending_blank_start != std::string_view::npos) {
      out->append(value.substr(pending_blank_start, pos - pending_blank_start));
      pending_blank_start = std::string_view::npos;
    }
    last_was_word = false;
    out->push_back(c);
    ++pos;
  }
  if (pending_blank_start != std::string_view::npos) out->append(value.substr(pending_blank_start));
  return decoded;
}

}  // namespace mailtriage
