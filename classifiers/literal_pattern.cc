#include "classifiers/literal_pattern.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace mailtriage {
namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int hex_value(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }
bool is_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// ".{1,N}" at p[i..]: its length and N, or 0.
size_t span_at(std::string_view p, size_t i, uint32_t* max_gap) {
  if (p.substr(i, 4) != ".{1,") return 0;
  size_t j = i + 4;
  uint32_t n = 0;
  while (j < p.size() && p[j] >= '0' && p[j] <= '9' && n < 100000) n = n * 10 + uint32_t(p[j++] - '0');
  if (j == i + 4 || j >= p.size() || p[j] != '}' || n == 0) return 0;
  *max_gap = n;
  return j + 1 - i;
}

}  // namespace

void LiteralPattern::fold(std::string_view text, std::string* out) {
  out->resize(text.size());
  for (size_t i = 0; i < text.size(); ++i) (*out)[i] = fold_byte(text[i]);
}

namespace {

// One piece of an expanded alternative: a byte of text, a ".{1,N}" span or a \b.
struct Token {
  enum Kind : uint8_t { byte, gap, boundary } kind;
  uint32_t value;  // the byte; the span's N
};
using Expansion = std::vector<Token>;

bool is_word(char c) { return is_alnum(c) || c == '_'; }  // RE2's \b is ASCII

// Reads the RE2 syntax literal_pattern.h lists, expanding it: every text the
// part of the pattern read so far can be. Fails (false) on anything else, or
// when the texts would be more than kMaxExpansions.
class Expander {
 public:
  explicit Expander(std::string_view p) : p_(p) {}
  size_t at() const { return at_; }

  // Alternatives up to a ')' or the end.
  bool alternation(std::vector<Expansion>* out) {
    out->clear();
    std::vector<Expansion> one;
    for (;;) {
      if (!sequence(&one)) return false;
      out->insert(out->end(), std::make_move_iterator(one.begin()), std::make_move_iterator(one.end()));
      if (out->size() > LiteralPattern::kMaxExpansions) return false;
      if (at_ >= p_.size() || p_[at_] != '|') return true;
      ++at_;
    }
  }

 private:
  // Atoms one after another, up to a '|', a ')' or the end.
  bool sequence(std::vector<Expansion>* out) {
    out->assign(1, Expansion{});
    std::vector<Expansion> choices, product;
    while (at_ < p_.size() && p_[at_] != '|' && p_[at_] != ')') {
      if (const int byte = plain_byte(); byte >= 0) {  // most of a pattern: no choice to make
        for (Expansion& e : *out) e.push_back({Token::byte, uint32_t(byte)});
        continue;
      }
      if (!atom(&choices)) return false;
      if (at_ < p_.size() && p_[at_] == '?') {  // optional ("??", lazy, matches where '?' does)
        choices.emplace_back();
        at_ += at_ + 1 < p_.size() && p_[at_ + 1] == '?' ? 2 : 1;
      }
      if (at_ < p_.size() && std::strchr("*+?{", p_[at_]) != nullptr) return false;
      if (choices.size() == 1) {  // most atoms: one byte of text
        for (Expansion& e : *out) e.insert(e.end(), choices[0].begin(), choices[0].end());
        continue;
      }
      if (out->size() * choices.size() > LiteralPattern::kMaxExpansions) return false;
      product.clear();
      for (const Expansion& head : *out)
        for (const Expansion& tail : choices) {
          product.push_back(head);
          product.back().insert(product.back().end(), tail.begin(), tail.end());
        }
      out->swap(product);
    }
    return true;
  }

  // The byte of text at *i (a character or an escaped one), moving *i past
  // it; -1 where *i holds syntax.
  int text_byte(size_t* i) const {
    const char c = p_[*i];
    if (c == '\\') return escaped_byte(i);
    if (std::strchr("()[]{}*+?^$.|", c) != nullptr || static_cast<unsigned char>(c) >= 0x80) return -1;
    ++*i;
    return static_cast<unsigned char>(c);
  }

  // The byte at at_ when it is text that no quantifier follows: its value
  // (and at_ moves past it); else -1, and atom() reads what is there.
  int plain_byte() {
    size_t i = at_;
    const int byte = text_byte(&i);
    if (byte < 0 || (i < p_.size() && std::strchr("?*+{", p_[i]) != nullptr)) return -1;
    at_ = i;
    return byte;
  }

  // One atom: its choices, each an expansion.
  bool atom(std::vector<Expansion>* choices) {
    choices->clear();
    const char c = p_[at_];
    if (c == '(') {
      if (p_.substr(at_, 3) == "(?:") {
        at_ += 3;
      } else if (p_.substr(at_, 2) == "(?") {
        return false;  // flags, named groups
      } else {
        ++at_;
      }
      if (!alternation(choices) || at_ >= p_.size() || p_[at_] != ')') return false;
      ++at_;
      return true;
    }
    if (c == '[') return char_class(choices);
    if (c == '.') {
      uint32_t gap = 1;  // a lone '.' is one byte of anything but a line break
      const size_t n = span_at(p_, at_, &gap);
      choices->push_back({{Token::gap, gap}});
      at_ += n ? n : 1;
      return true;
    }
    if (const int byte = text_byte(&at_); byte >= 0) {
      choices->push_back({{Token::byte, uint32_t(byte)}});
      return true;
    }
    if (p_.substr(at_, 2) != "\\b") return false;  // \d, \S, \B, \x{...}, a quantifier, an anchor: not text
    choices->push_back({{Token::boundary, 0}});
    at_ += 2;
    return true;
  }

  // "\xHH" or an escaped punctuation character at *i: its byte (and *i moves
  // past it), or -1.
  int escaped_byte(size_t* i) const {
    if (*i + 1 >= p_.size()) return -1;
    const char e = p_[*i + 1];
    if (e == 'x' && *i + 3 < p_.size() && is_hex(p_[*i + 2]) && is_hex(p_[*i + 3])) {
      const int byte = hex_value(p_[*i + 2]) * 16 + hex_value(p_[*i + 3]);
      *i += 4;
      return byte;
    }
    if (is_alnum(e) || static_cast<unsigned char>(e) >= 0x80) return -1;
    *i += 2;
    return static_cast<unsigned char>(e);
  }

  // "[sz]", "[ -]", "[a-c]": a choice per byte (up to 16 of them).
  bool char_class(std::vector<Expansion>* choices) {
    size_t i = at_ + 1;
    if (i >= p_.size() || p_[i] == '^' || p_[i] == ']') return false;
    bool in[256] = {};
    size_t count = 0;
    auto add = [&](int b) {
      const auto folded = static_cast<unsigned char>(LiteralPattern::fold_byte(char(b)));
      count += !in[folded];
      in[folded] = true;
    };
    while (i < p_.size() && p_[i] != ']') {
      int lo;
      if (p_[i] == '\\') {
        if ((lo = escaped_byte(&i)) < 0) return false;
      } else if (p_[i] == '[' || static_cast<unsigned char>(p_[i]) >= 0x80) {
        return false;  // [[:alpha:]], raw bytes
      } else {
        lo = static_cast<unsigned char>(p_[i++]);
      }
      if (i + 1 < p_.size() && p_[i] == '-' && p_[i + 1] != ']') {  // a range
        ++i;
        int hi;
        if (p_[i] == '\\') {
          if ((hi = escaped_byte(&i)) < 0) return false;
        } else if (p_[i] == '[' || static_cast<unsigned char>(p_[i]) >= 0x80) {
          return false;
        } else {
          hi = static_cast<unsigned char>(p_[i++]);
        }
        if (hi < lo || hi - lo >= 16) return false;
        for (int b = lo; b <= hi; ++b) add(b);
      } else {
        add(lo);
      }
      if (count > 16) return false;
    }
    if (i >= p_.size()) return false;
    at_ = i + 1;
    for (int b = 0; b < 256; ++b)
      if (in[b]) choices->push_back({{Token::byte, uint32_t(b)}});
    return true;
  }

  std::string_view p_;
  size_t at_ = 0;
};

enum class Shape { text, never, not_text };

// An expansion as an alternative of parts. "never": a \b between two
// characters that cannot have one (so the expansion matches nothing).
Shape to_alternative(const Expansion& e, LiteralPattern::Alternative* alt) {
  alt->assign(1, LiteralPattern::Part{});
  for (size_t i = 0; i < e.size(); ++i) {
    const Token& t = e[i];
    if (t.kind == Token::byte) {
      alt->back().text.push_back(LiteralPattern::fold_byte(char(t.value)));
    } else if (t.kind == Token::gap) {
      if (alt->back().text.empty()) return Shape::not_text;  // at the start, after a span or a \b
      alt->emplace_back().max_gap = t.value;
    } else {
      const bool byte_before = i > 0 && e[i - 1].kind == Token::byte;
      const bool byte_after = i + 1 < e.size() && e[i + 1].kind == Token::byte;
      if (i == 0 && byte_after) {
        alt->front().boundary_before = true;
      } else if (i + 1 == e.size() && byte_before) {
        alt->back().boundary_after = true;
      } else if (byte_before && byte_after) {  // between two known characters: settled now
        if (is_word(char(e[i - 1].value)) == is_word(char(e[i + 1].value))) return Shape::never;
      } else {
        return Shape::not_text;
      }
    }
  }
  if (alt->back().text.empty() || alt->front().text.size() < 3) return Shape::not_text;
  return Shape::text;
}

// The ends of the pattern's top-level alternatives (each '|' outside groups
// and classes, and the end).
std::vector<size_t> top_level_ends(std::string_view p) {
  std::vector<size_t> ends;
  int depth = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {  // to its ']'; one right after '[' or "[^" is a member
      size_t j = i + 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;
      while (j < p.size() && p[j] != ']') j += p[j] == '\\' ? 2 : 1;
      i = j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      ends.push_back(i);
    }
  }
  ends.push_back(p.size());
  return ends;
}

}  // namespace

bool LiteralPattern::parse(std::string_view p, LiteralPattern* out, std::string* rest, bool other_bytes) {
  std::vector<Alternative> alternatives;
  bool ascii = true;
  std::string not_text;
  // Flags ("(?i)ab|cd") reach over the '|'s after them: such a pattern is not split.
  for (size_t i = p.find("(?"); i != std::string_view::npos; i = p.find("(?", i + 1))
    if (p.substr(i, 3) != "(?:" && (i == 0 || p[i - 1] != '\\')) {
      if (rest) *rest = std::string(p);
      return false;
    }
  std::vector<Expansion> expansions;
  Alternative alt;
  size_t begin = 0;
  for (const size_t end : top_level_ends(p)) {
    const std::string_view piece = p.substr(begin, end - begin);
    begin = end + 1;
    Expander reader(piece);
    bool text = reader.alternation(&expansions) && reader.at() == piece.size();
    std::vector<Alternative> read;
    bool piece_ascii = true;
    for (size_t k = 0; text && k < expansions.size(); ++k) {
      const Shape shape = to_alternative(expansions[k], &alt);
      if (shape == Shape::not_text) text = false;
      if (shape != Shape::text) continue;
      for (const Part& part : alt)
        for (const char c : part.text) piece_ascii = piece_ascii && static_cast<unsigned char>(c) < 0x80;
      read.push_back(std::move(alt));
    }
    if (text && (other_bytes || piece_ascii)) {
      for (Alternative& a : read) alternatives.push_back(std::move(a));
      ascii = ascii && piece_ascii;
      continue;
    }
    if (!rest) return false;
    if (!not_text.empty()) not_text.push_back('|');
    not_text.append(piece);
  }
  // Two spellings of one text ("e-?mail|email") are one alternative.
  std::sort(alternatives.begin(), alternatives.end());
  alternatives.erase(std::unique(alternatives.begin(), alternatives.end()), alternatives.end());
  if (rest) *rest = std::move(not_text);
  const bool kept = !alternatives.empty();
  out->alternatives_ = std::move(alternatives);
  out->ascii_ = ascii;
  return kept;
}

bool LiteralPattern::matches_at(size_t a, std::string_view folded, size_t at) const {
  const Alternative& alt = alternatives_[a];
  const std::string& first = alt.front().text;
  if (at + first.size() > folded.size() || std::memcmp(folded.data() + at, first.data(), first.size()) != 0)
    return false;
  // \b: a word character on one side only (the text's ends count as non-word).
  auto boundary_at = [&](size_t i) {
    return (i > 0 && is_word(folded[i - 1])) != (i < folded.size() && is_word(folded[i]));
  };
  if (alt.front().boundary_before && !boundary_at(at)) return false;
  if (alt.size() == 1) return !alt.back().boundary_after || boundary_at(at + first.size());
  // Where the parts read so far can end, ascending; each next part is tried at
  // every place it occurs in reach of one of them. Only the nearest end before
  // a place can reach it (a farther one spans more bytes, the same line
  // breaks included), so the work stays linear in the places tried, however
  // often the parts occur (RE2's guarantee, which a backtracking search over
  // the places would lose on a text made of one part repeated).
  thread_local std::vector<size_t> ends, next;
  ends.assign(1, at + first.size());
  for (size_t k = 1; k < alt.size(); ++k) {
    const Part& part = alt[k];
    next.clear();
    size_t nearest = 0;  // index in ends of the nearest end before the place tried
    const size_t last = ends.back() + part.max_gap;
    for (size_t start = folded.find(part.text, ends.front() + 1); start != std::string_view::npos && start <= last;
         start = folded.find(part.text, start + 1)) {
      while (nearest + 1 < ends.size() && ends[nearest + 1] < start) ++nearest;
      const size_t end = ends[nearest];
      if (end >= start || start - end > part.max_gap) continue;
      if (std::memchr(folded.data() + end, '\n', start - end) != nullptr) continue;  // '.' does not match one
      if (part.boundary_after && !boundary_at(start + part.text.size())) continue;
      next.push_back(start + part.text.size());
    }
    if (next.empty()) return false;
    ends.swap(next);
  }
  return true;
}

}  // namespace mailtriage
