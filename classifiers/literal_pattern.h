// Patterns that are only literal texts: matched without RE2.
//
// The generated rules for other languages (corpora/gen/*_localized.py) are
// alternations of literal translations, their parts joined by ".{1,160}"
// where the message had a placeholder: thousands of texts, nine tenths of
// the client rules' pattern bytes. Compiling them with RE2 (and working out
// FilteredRE2's atoms) was most of a client log's start-up (about 0.15 s of
// 0.18 s for a one-line log). Read as what they are, a list of literals, they
// cost a table of their first bytes and are matched by the same folding RE2
// would apply.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mailtriage {

class LiteralPattern {
 public:
  struct Part {
    std::string text;      // folded (fold_byte)
    uint32_t max_gap = 0;  // the ".{1,N}" span before it: N (0 for the first part)
  };
  using Alternative = std::vector<Part>;

  // Reads `pattern` when it is alternatives of literal text (letters, digits,
  // spaces, escaped punctuation and \xHH bytes) whose parts are joined by
  // ".{1,N}" and whose first parts have at least three bytes; false for any
  // other regular expression, which stays with RE2.
  static bool parse(std::string_view pattern, LiteralPattern* out);

  const std::vector<Alternative>& alternatives() const { return alternatives_; }
  // Whether every part is ASCII text (no translation's other bytes).
  bool ascii() const { return ascii_; }

  // Whether alternative `a` matches `folded` (a text put through fold()) with
  // its first part at `at`, as RE2 would match it.
  bool matches_at(size_t a, std::string_view folded, size_t at) const;

  // Case as the classifier's RE2 options fold it: Latin-1, case-insensitive,
  // so ASCII letters and the Latin-1 capitals 0xC0-0xDE (not 0xD7) fold to
  // their small letters. (Bytes of UTF-8 text fold too, as RE2 folds them.)
  static char fold_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'A' && b <= 'Z') || (b >= 0xC0 && b <= 0xDE && b != 0xD7)) return static_cast<char>(b + 0x20);
    return c;
  }
  static void fold(std::string_view text, std::string* out);

 private:
  std::vector<Alternative> alternatives_;
  bool ascii_ = true;
};

}  // namespace mailtriage
