// Small text tools shared by the bounce-message parsers: an arena that keeps
// decoded text in place for the life of one message, case-insensitive search,
// line walking, header blocks and address extraction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/short_text.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// One compare and one bit test (space, tab, CR, LF, FF, VT): trim() runs over
// every header and line of a bounce, and six compares were 3% of its instructions.
inline bool is_space(char c) {
  const unsigned u = static_cast<unsigned char>(c);
  return u <= ' ' && ((uint64_t{1} << ' ' | 0x3E00u) >> u & 1);
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Eight bytes with their ASCII capitals lowered (other bytes unchanged).
inline uint64_t ascii_lower_word(uint64_t w) {
  const uint64_t seven_bits = w & 0x7F7F7F7F7F7F7F7Full;
  const uint64_t from_a = seven_bits + 0x3F3F3F3F3F3F3F3Full;  // high bit set from 'A' (0x41) up
  const uint64_t past_z = seven_bits + 0x2525252525252525ull;  // ... from '[' (0x5B) up
  const uint64_t capital = from_a & ~past_z & ~w & 0x8080808080808080ull;
  return w | (capital >> 2);
}
// ASCII case-insensitive equality, eight bytes at a time: the family and
// header tables compare thousands of short words per message.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  for (; i + 8 <= a.size(); i += 8) {
    uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y && ascii_lower_word(x) != ascii_lower_word(y)) return false;
  }
  for (; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}
inline bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}
// Position of `needle` (ASCII case-insensitive) in `hay`, or npos.
size_t ifind(std::string_view hay, std::string_view needle, size_t from = 0);
inline bool icontains(std::string_view hay, std::string_view needle) {
  return ifind(hay, needle) != std::string_view::npos;
}
// Whether `hay` holds any of `needles`, ASCII case folded.
inline bool icontains_any(std::string_view hay, std::span<const std::string_view> needles) {
  for (std::string_view n : needles)
    if (icontains(hay, n)) return true;
  return false;
}
inline bool icontains_any(std::string_view hay, std::initializer_list<std::string_view> needles) {
  return icontains_any(hay, std::span<const std::string_view>(needles.begin(), needles.size()));
}
// Position of the first CR or LF in `s` from `from`, or s.size().
inline size_t find_line_end(std::string_view s, size_t from = 0) { return find_first_of_bytes(s, from, '\n', '\r', '\n'); }
// Bytes below 0x20 other than LF, TAB, FF and ESC (ISO-2022-JP) in `s`: the
// control bytes that text does not carry.
size_t count_control_bytes(std::string_view s);
// Many markers searched for case-insensitively in one pass over a text, for
// the family table's '|'-separated lists: ifind once per marker went over a
// whole message once per marker, and the table holds about a hundred. Each
// position costs one bitmap test of its two bytes (lowercased); only where a
// marker may start are markers compared. Built once per list (keep it static).
class MarkerSet {
 public:
  // `markers`: '|'-separated, each at least two bytes; empty entries are ignored.
  explicit MarkerSet(std::string_view markers);
  size_t size() const { return markers_.size(); }
  std::string_view marker(size_t index) const { return markers_[index]; }

  // Offset of the leftmost occurrence of any marker at or after `from`, or npos.
  size_t find(std::string_view text, size_t from = 0) const {
    size_t found = std::string_view::npos;
    scan(text, from, [&](size_t at, size_t) {
      found = at;
      return false;
    });
    return found;
  }
  // Calls on_found(offset, index) for every occurrence of every marker, in
  // order of offset (then of index), until it returns false.
  template <typename OnFound>
  void scan(std::string_view text, size_t from, OnFound on_found) const {
    if (from >= text.size()) return;
    size_t i = from;
#if defined(__SSE2__)
    // A list with up to kSimdPairs opening pairs (all of the bounce
    // parser's lists) is scanned sixteen starts at a time: a start passes where its two bytes,
    // with the 0x20 bit set, equal some marker's first two. That bit folds a
    // letter's two cases together (and merges a few other bytes: the exact
    // test sorts those out), so no start that opens a marker is passed over.
    if (!simd_pairs_.empty()) {
      const char* p = text.data();
      const __m128i fold = _mm_set1_epi8(0x20);
      for (; i + 17 <= text.size(); i += 16) {  // reads p[i .. i + 17)
        const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), fold);
        const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1)), fold);
        __m128i any = _mm_setzero_si128();
        for (const SimdPair& pair : simd_pairs_)
          any = _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(a, pair.first), _mm_cmpeq_epi8(b, pair.second)));
        for (unsigned mask = unsigned(_mm_movemask_epi8(any)); mask != 0; mask &= mask - 1)
          if (const size_t at = i + size_t(__builtin_ctz(mask)); !markers_at(text, at, pair_of(text[at], text[at + 1]), on_found))
            return;
      }
    }
#endif
    if (i + 1 >= text.size()) return;
    const uint32_t* bits = pair_bits_.data();
    // The pair ending at i + 1 rolls along: one lowering per byte.
    uint32_t pair = lower_byte(text[i]);
    for (; i + 1 < text.size(); ++i) {
      pair = (pair << 8 | lower_byte(text[i + 1])) & 0xFFFF;
      if (!(bits[pair >> 5] >> (pair & 31) & 1)) [[likely]] continue;
      if (!markers_at(text, i, pair, on_found)) return;
    }
  }

 private:
  static uint32_t lower_byte(char c) { return uint8_t(c) | ((unsigned(uint8_t(c)) - unsigned('A') < 26u) ? 0x20 : 0); }
  static uint32_t pair_of(char a, char b) { return lower_byte(a) << 8 | lower_byte(b); }
  // The first place in by_pair_ of the markers that open with `pair` (one
  // that some marker opens with): a table lookup, where a binary search was
  // a third of the cost of each place the scan stops at.
  size_t first_with_pair(uint32_t pair) const { return first_by_pair_.empty() ? first_by_pair_search(pair) : first_by_pair_[pair]; }
  size_t first_by_pair_search(uint32_t pair) const;
  std::vector<uint8_t> first_by_pair_;  // per pair; empty when there are more than 256 markers
  // The markers that start at i (i + 1 < text.size(); `pair`: its two
  // bytes, lowered), to on_found; false once it says stop.
  template <typename OnFound>
  bool markers_at(std::string_view text, size_t i, uint32_t pair, OnFound& on_found) const {
    if (!(pair_bits_[pair >> 5] >> (pair & 31) & 1)) return true;
    // Common openings ("th", "de") pass the first test often: the pair
    // after them must open the rest of some marker too.
    if (i + 2 < text.size()) {
      const uint32_t second = pair_of(text[i + 1], text[i + 2]);
      if (!(second_bits_[second >> 5] >> (second & 31) & 1)) return true;
    }
    for (size_t k = first_with_pair(pair); k < by_pair_.size() && pairs_[k] == pair; ++k) {
      const uint32_t index = by_pair_[k];
      if (istarts_with(text.substr(i), markers_[index]) && !on_found(i, size_t(index))) return false;
    }
    return true;
  }
#if defined(__SSE2__)
  struct SimdPair {
    __m128i first, second;  // a pair's bytes with the 0x20 bit set, in every lane
  };
  std::vector<SimdPair> simd_pairs_;  // empty when the markers open with more than kSimdPairs pairs
#endif
  // Four vector operations per pair for sixteen starts, against about eight
  // scalar ones per start: past a few dozen pairs the scalar scan wins.
  static constexpr size_t kSimdPairs = 24;
  std::vector<std::string_view> markers_;  // in the order given
  std::vector<uint32_t> by_pair_;          // indices into markers_, ordered by opening pair (then index)
  std::vector<uint32_t> pairs_;            // pairs_[k]: opening pair of markers_[by_pair_[k]]
  std::vector<uint32_t> pair_bits_;        // bit `pair` set when some marker opens with that pair
  std::vector<uint32_t> second_bits_;      // ... has that pair at its bytes 1 and 2 (all set for a two-byte marker)
};

inline std::string_view trim_left(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && is_space(s[b])) ++b;
  return s.substr(b);
}
inline std::string_view trim(std::string_view s) {
  s = trim_left(s);
  size_t e = s.size();
  while (e > 0 && is_space(s[e - 1])) --e;
  return s.substr(0, e);
}

// Start of the line holding `at` (an offset into text; LF line ends).
inline size_t line_start_of(std::string_view text, size_t at) {
  const size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

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

// Length of the field name if `line` starts with "Name:" (blanks before the
// colon tolerated, as some old mailers wrote them), else 0; *colon: where the
// colon is. Inline: sniffing and the DSN reader ask it of every line.
inline size_t header_field_name_length(std::string_view line, size_t* colon) {
  size_t i = 0;
  const size_t limit = line.size() < 80 ? line.size() : 80;
  while (i < limit) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ':' || c <= 32 || c >= 127) break;
    ++i;
  }
  if (i == 0) return 0;
  size_t j = i;
  while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
  if (j >= line.size() || line[j] != ':') return 0;
  *colon = j;
  return i;
}
// True when the line is "Name: value" with a plausible field name.
inline bool looks_like_header_line(std::string_view line) {
  size_t colon = 0;
  return header_field_name_length(line, &colon) != 0;
}

// "<id@host>" without its angle brackets (and what follows the '>'); the
// trimmed text as it is when it does not open with '<'.
inline std::string_view strip_angles(std::string_view id) {
  id = trim(id);
  if (id.size() >= 2 && id.front() == '<') {
    const size_t gt = id.find('>');
    if (gt != std::string_view::npos) return id.substr(1, gt - 1);
  }
  return id;
}

// The addr-spec in `s`: inside the first <...> holding an '@', else the first
// word holding an '@' (quotes, brackets and trailing punctuation removed).
// Empty when there is none.
std::string_view extract_address(std::string_view s);
// True when `s` is a plausible addr-spec: local@domain, no spaces.
bool is_address(std::string_view s);
// Exim's line under a delivery to a pipe or file ("pipe to |/usr/bin/x",
// "save to /var/mail/x"): "generated by <alias@example.org>", the address
// the delivery came from. That address, or empty when the line is not one.
std::string_view generated_by_address(std::string_view line);

// Calls f with each mail address written in the text ("local@domain.tld":
// letters, digits and . _ % + - before the '@', a domain with a dot after it),
// in order. The words around it may be anything.
template <typename F>
void for_each_address(std::string_view text, F&& f) {
  auto letter_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c); };
  auto local_char = [&](char c) { return letter_or_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; };
  auto domain_char = [&](char c) { return letter_or_digit(c) || c == '.' || c == '-'; };
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t begin = at, end = at + 1;
    while (begin > 0 && local_char(text[begin - 1])) --begin;
    while (end < text.size() && domain_char(text[end])) ++end;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    if (begin == at || domain.find('.') == std::string_view::npos) continue;
    f(text.substr(begin, end - begin));
  }
}

// A subject as bounces word theirs ("Undeliverable: ...", "failure notice").
bool is_bounce_subject(std::string_view subject);
// Whether a subject is a reply ("Re: ...", "[Ticket#1] RE: ...", "AW: ..."): mail about a message, not a report.
bool is_reply_subject(std::string_view subject);
// MAILER-DAEMON@... or postmaster@...: who sends bounces.
bool is_daemon_address(std::string_view from);
// A header's From (as written: "Mail Delivery System <MAILER-DAEMON@x>") and
// Subject say the message is a bounce.
bool names_a_bounce(std::string_view from, std::string_view subject);

// Parameter of a structured header value ("multipart/report; boundary=x"),
// unquoted; "" when absent.
std::string_view header_param(std::string_view value, std::string_view name);
// "type/subtype" of a Content-Type value, as written (compare case-insensitively).
std::string_view media_type(std::string_view content_type);

}  // namespace mailtriage::bounce
