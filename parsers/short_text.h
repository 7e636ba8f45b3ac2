// Small text operations for the per-line and per-header-line paths, inline
// (a library call per operation cost more than the operation on texts this
// short: memcmp was 12% of the parse thread on a Postfix log, mostly for texts
// of 8 to 16 bytes): equality of short texts (program names, queue ids,
// timestamps), a hash for table keys, and searches for a byte, for any of a
// few bytes, for a substring and for the first non-ASCII byte.
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace mailtriage {

// The same bytes in the first n of a and b; two overlapping 8-byte loads
// when 8 <= n <= 16.
inline bool same_prefix(const char* a, const char* b, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a0, b0, a1, b1;
    std::memcpy(&a0, a, 8);
    std::memcpy(&b0, b, 8);
    std::memcpy(&a1, a + n - 8, 8);
    std::memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return std::memcmp(a, b, n) == 0;
}

// An empty view may have no data pointer at all (an RFC 5424 "-" app name):
// memcmp must not see it, even for zero bytes.
inline bool same_text(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || same_prefix(a.data(), b.data(), a.size()));
}

// `v` read as its two words. A string_view copied from memory compiles to one
// 16-byte load; when the view was written moments before as two 8-byte stores
// (a record's message, filled by the line's parse), the store buffer cannot
// forward them to that load, which then waits for both stores to reach the
// cache. The empty asm keeps the compiler from merging the two loads again.
inline std::string_view view_by_words(const std::string_view& v) {
  const char* data = v.data();
  size_t size = v.size();
  asm("" : "+r"(data), "+r"(size));
  return {data, size};
}

// A hash for in-memory table keys (report counters, the classifier's memo):
// inline, sixteen bytes a step in two independent lanes, each word mixed by a
// multiply. Not a checksum, not stable across versions, and not meant to
// resist inputs made to collide (the tables it serves are capped).
inline uint64_t hash_text(std::string_view s) {
  constexpr uint64_t k0 = 0x9E3779B97F4A7C15ull, k1 = 0xC2B2AE3D27D4EB4Full, k2 = 0x165667B19E3779F9ull;
  const char* p = s.data();
  size_t n = s.size();
  uint64_t a = uint64_t(n) * k0, b = k1;
  auto mix = [](uint64_t h, uint64_t w, uint64_t k) {
    h = (h ^ w) * k;
    return h ^ (h >> 31);
  };
  for (; n >= 16; p += 16, n -= 16) {
    uint64_t x, y;
    std::memcpy(&x, p, 8);
    std::memcpy(&y, p + 8, 8);
    a = mix(a, x, k1);
    b = mix(b, y, k2);
  }
  if (n >= 8) {  // 8 to 15 left: two words that may overlap
    uint64_t x, y;
    std::memcpy(&x, p, 8);
    std::memcpy(&y, p + n - 8, 8);
    a = mix(a, x, k1);
    b = mix(b, y, k2);
  } else if (n >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + n - 4, 4);
    a = mix(a, x, k1);
    b = mix(b, y, k2);
  } else if (n > 0) {
    a = mix(a, uint64_t(uint8_t(p[0])) | uint64_t(uint8_t(p[n / 2])) << 8 | uint64_t(uint8_t(p[n - 1])) << 16, k1);
  }
  uint64_t h = a ^ mix(b, k0, k2);
  h ^= h >> 33;
  h *= k2;
  return h ^ (h >> 29);
}

// For tables keyed by std::string that a parser looks up by a view into the
// line (a queue id, a message id): std::unordered_map<std::string, V,
// TextHash, std::equal_to<>> finds a string_view without making a string.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return size_t(hash_text(s)); }
};

// Position of the first byte equal to a, b, c or d in `s` from `from`, or
// s.size(); sixteen bytes at a time. (Three bytes: pass one of them twice.)
inline size_t find_first_of_bytes(std::string_view s, size_t from, char a, char b, char c, char d) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c), vd = _mm_set1_epi8(d);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, va), _mm_cmpeq_epi8(block, vb)),
                               _mm_or_si128(_mm_cmpeq_epi8(block, vc), _mm_cmpeq_epi8(block, vd)));
    if (int mask = _mm_movemask_epi8(hit)) return i + size_t(__builtin_ctz(unsigned(mask)));
  }
#endif
  while (i < s.size() && s[i] != a && s[i] != b && s[i] != c && s[i] != d) ++i;
  return i;
}

inline size_t find_first_of_bytes(std::string_view s, size_t from, char a, char b, char c) {
  return find_first_of_bytes(s, from, a, b, c, c);
}

// Position of the first `c` in `s` from `from`, or s.size(): inline, for the
// few bytes of a field, where a memchr call costs more than the search.
inline size_t find_byte(std::string_view s, size_t from, char c) { return find_first_of_bytes(s, from, c, c, c, c); }

// Position of the first `needle` in `hay` from `from`, or npos: as
// std::string_view::find, but it looks for the needle's last two bytes,
// sixteen places at a time, rather than for its first byte (a MIME boundary
// opens with "--", and a dash stands every few bytes of a mail).
inline size_t find_substring(std::string_view hay, std::string_view needle, size_t from) {
  const size_t n = needle.size();
  if (n < 2 || from > hay.size() || hay.size() - from < n) return hay.find(needle, from);
  size_t i = from;  // candidate start
  const size_t last = hay.size() - n;
#if defined(__SSE2__)
  const __m128i a = _mm_set1_epi8(needle[n - 2]), b = _mm_set1_epi8(needle[n - 1]);
  for (; i + 15 <= last; i += 16) {  // reads hay[i + n - 2 .. i + n + 14]: within hay as i + 15 <= last
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hay.data() + i + n - 2));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hay.data() + i + n - 1));
    for (unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, a), _mm_cmpeq_epi8(y, b))));
         mask != 0; mask &= mask - 1) {
      const size_t at = i + size_t(__builtin_ctz(mask));
      if (std::memcmp(hay.data() + at, needle.data(), n - 2) == 0) return at;
    }
  }
#endif
  for (; i <= last; ++i)
    if (hay[i + n - 1] == needle[n - 1] && std::memcmp(hay.data() + i, needle.data(), n) == 0) return i;
  return std::string_view::npos;
}

// `n` bytes of `in` into `out`, ASCII capitals lowered and every other byte
// (UTF-8 included) kept; sixteen bytes at a time. Rule needles are ASCII, so
// this is the one case fold the per-event wording checks need.
inline void lower_ascii(const char* in, size_t n, char* out) {
  size_t i = 0;
#if defined(__SSE2__)
  // Bytes are signed in the compare: 'A'..'Z' is the only range lowered, and
  // bytes >= 0x80 (negative) fall below 'A'.
  const __m128i below_a = _mm_set1_epi8('A' - 1), above_z = _mm_set1_epi8('Z' + 1), gap = _mm_set1_epi8(0x20);
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, below_a), _mm_cmplt_epi8(x, above_z));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_or_si128(x, _mm_and_si128(upper, gap)));
  }
#endif
  for (; i < n; ++i) {
    const char c = in[i];
    out[i] = c >= 'A' && c <= 'Z' ? char(c | 0x20) : c;
  }
}

// Position of the first byte above 0x7F in `s` from `from`, or s.size();
// sixteen bytes at a time (their high bits are one movemask).
inline size_t find_non_ascii(std::string_view s, size_t from) {
  size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    if (int mask = _mm_movemask_epi8(block)) return i + size_t(__builtin_ctz(unsigned(mask)));
  }
#endif
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// The value of `key` ("result=", "comm=") in a record of "k=v k2="v 2""
// fields, or empty: the key starts the text or follows a space; a quoted
// value is returned without its quotes (an escaped quote inside it is
// skipped), an unquoted one up to the next space. (Exim's, OpenSMTPD's and
// the audit log's records are written so.)
inline std::string_view field_value(std::string_view s, std::string_view key) {
  size_t p = 0;
  for (;;) {
    p = s.find(key, p);
    if (p == std::string_view::npos) return {};
    if (p == 0 || s[p - 1] == ' ') break;
    p += key.size();
  }
  std::string_view v = s.substr(p + key.size());
  if (!v.empty() && v.front() == '"') {
    size_t close = 1;
    while (close < v.size() && v[close] != '"') close += v[close] == '\\' ? 2 : 1;
    return v.substr(1, (close < v.size() ? close : v.size()) - 1);
  }
  return v.substr(0, v.find(' '));
}

// At most `n` bytes of `s`: what a parser keeps of a field in its state, so
// that an enormous line costs no more than a real one.
inline std::string_view capped(std::string_view s, size_t n) { return s.substr(0, n < s.size() ? n : s.size()); }

// The `n` digits at s[at, at + n) as a number; false unless all are digits.
inline bool read_digits(std::string_view s, size_t at, size_t n, unsigned* out) {
  if (at > s.size() || n > s.size() - at) return false;
  unsigned v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + unsigned(s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace mailtriage
