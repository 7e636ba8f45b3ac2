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
//
// The hand-written rules are mostly lists of phrases too ("no such
// (user|mailbox)", "e-?mail address", "\bgo away\b"): groups, optional
// characters, small character classes and word boundaries expand into a few
// literal alternatives each. An alternative that does not read as text
// (\d+, .*, ^) stays with RE2 as the pattern's rest (parse()'s `rest`).
// RE2 built a DFA state for every new byte of every new text against those
// lists: the first pass over the bounce corpus spent 42M cycles in
// PartialMatch, 200k for one text against the blocklist phrases.
#pragma once

#include <compare>
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
    // A \b before the alternative's first part, after its last one.
    bool boundary_before = false, boundary_after = false;
    auto operator<=>(const Part&) const = default;  // two spellings of one text are one alternative
  };
  using Alternative = std::vector<Part>;

  // Reads `pattern` when it is alternatives of literal text: letters,
  // digits, spaces, escaped punctuation and \xHH bytes, groups ("(a|b)",
  // "(?:a|b)"), small character classes ("[sz]", "[ -]"), '?' after any of
  // those, \b at an alternative's ends or between two characters, '.' and
  // ".{1,N}" between texts; each alternative expands into at most
  // kMaxExpansions texts whose first parts have at least three bytes.
  //
  // Without `rest`: true when the whole pattern reads so (false for any other
  // regular expression, which stays with RE2). With `rest`: the pattern's
  // top-level alternatives that read so are kept, the others are joined
  // into *rest (a pattern that matches where they do), and the result is
  // true when at least one was kept. `other_bytes` false keeps alternatives
  // with bytes outside ASCII in the rest too.
  static bool parse(std::string_view pattern, LiteralPattern* out, std::string* rest = nullptr,
                    bool other_bytes = true);
  static constexpr size_t kMaxExpansions = 256;  // texts one top-level alternative may expand into

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
