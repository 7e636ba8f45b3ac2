#include "classifiers/literal_pattern.h"

#include <cstring>
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

bool LiteralPattern::parse(std::string_view p, LiteralPattern* out) {
  std::vector<Alternative> alternatives(1);
  alternatives.back().emplace_back();
  bool ascii = true;  // only a \xHH escape brings other bytes
  for (size_t i = 0; i < p.size();) {
    Alternative& alt = alternatives.back();
    const char c = p[i];
    if (c == '|') {
      alternatives.emplace_back().emplace_back();
      ++i;
    } else if (c == '.') {
      uint32_t gap = 0;
      const size_t n = span_at(p, i, &gap);
      if (n == 0 || alt.back().text.empty()) return false;
      alt.emplace_back().max_gap = gap;
      i += n;
    } else if (c == '\\') {
      if (i + 1 >= p.size()) return false;
      const char e = p[i + 1];
      if (e == 'x' && i + 3 < p.size() && is_hex(p[i + 2]) && is_hex(p[i + 3])) {
        const int byte = hex_value(p[i + 2]) * 16 + hex_value(p[i + 3]);
        ascii = ascii && byte < 0x80;
        alt.back().text.push_back(fold_byte(char(byte)));
        i += 4;
      } else if (!is_alnum(e) && static_cast<unsigned char>(e) < 0x80) {  // \. \( \" ...: the character itself
        alt.back().text.push_back(e);
        i += 2;
      } else {
        return false;  // \b, \d, \S, \x{...}: not a literal
      }
    } else if (std::strchr("()[]{}*+?^$", c) != nullptr || static_cast<unsigned char>(c) >= 0x80) {
      return false;
    } else {
      alt.back().text.push_back(fold_byte(c));
      ++i;
    }
  }
  for (const Alternative& alt : alternatives)
    if (alt.front().text.size() < 3 || alt.back().text.empty()) return false;  // an empty one would match anything
  out->alternatives_ = std::move(alternatives);
  out->ascii_ = ascii;
  return true;
}

bool LiteralPattern::matches_at(size_t a, std::string_view folded, size_t at) const {
  const Alternative& alt = alternatives_[a];
  const std::string& first = alt.front().text;
  if (at + first.size() > folded.size() || std::memcmp(folded.data() + at, first.data(), first.size()) != 0)
    return false;
  if (alt.size() == 1) return true;
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
      next.push_back(start + part.text.size());
    }
    if (next.empty()) return false;
    ends.swap(next);
  }
  return true;
}

}  // namespace mailtriage
