#include "analyzer/json_writer.h"

#include <charconv>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstdio>

namespace mailtriage {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 (overlongs, surrogates and
// code points above U+10FFFF are invalid).
size_t utf8_sequence_length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n;
  uint32_t cp;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

// The first byte at or after `from` that JSON output must look at (a
// control byte, '"', '\\', or a non-ASCII byte to validate), or a position
// before it from which the byte-wise scan goes on; sixteen bytes at a time:
// texts are mostly long runs of plain ASCII.
size_t find_special(std::string_view s, size_t from) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  for (; i + 16 <= s.size(); i += 16) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    // Signed: bytes >= 0x80 are negative, so "< 0x20" catches them too.
    __m128i hit = _mm_or_si128(_mm_cmplt_epi8(block, space),
                               _mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)));
    if (int mask = _mm_movemask_epi8(hit)) return i + size_t(__builtin_ctz(unsigned(mask)));
  }
#endif
  return i;
}

// "xNN" for a byte, after whatever backslash the format wants before it.
void append_hex_byte(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('x');
  out.push_back(kHex[c >> 4]);
  out.push_back(kHex[c & 15]);
}

}  // namespace

void append_printable(std::string& out, std::string_view s, bool keep_newlines) {
  auto escape = [&](unsigned char c) {
    out.push_back('\\');
    append_hex_byte(out, c);
  };
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      out.push_back(char(c));
      ++i;
    } else if (c < 0x80) {
      if (c == '\n' && keep_newlines) out.push_back('\n');
      else escape(c);
      ++i;
    } else if (const size_t n = utf8_sequence_length(s, i); n == 0) {
      escape(c);
      ++i;
    } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      escape(c), escape(static_cast<unsigned char>(s[i + 1]));  // U+0080..U+009F: C1 controls
      i += 2;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
}

void append_json_escaped(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  size_t i = 0;
  while (i < s.size()) {
    // Copy the longest run that needs no escaping in one go.
    size_t run = find_special(s, i);
    while (run < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++run;
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t n = utf8_sequence_length(s, i);
      if (n) {
        out.append(s.data() + i, n);
        i += n;
      } else {
        out += "\\\\";
        append_hex_byte(out, c);
        ++i;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
    ++i;
  }
}

void append_int(std::string& out, int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, size_t(r.ptr - buf));
}

void append_double(std::string& out, double v, int decimals) {
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  out.append(buf, size_t(n));
}

}  // namespace mailtriage
