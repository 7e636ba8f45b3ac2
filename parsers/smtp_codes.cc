#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A code or status must stand alone: not glued to letters, digits or dots.
bool is_boundary(char c) { return !(is_digit(c) || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')); }

// Length of an enhanced status starting at s[i], or 0.
size_t status_length_at(std::string_view s, size_t i) {
  size_t j = i;
  if (j >= s.size() || (s[j] != '2' && s[j] != '4' && s[j] != '5')) return 0;
  ++j;
  for (int part = 0; part < 2; ++part) {
    if (j >= s.size() || s[j] != '.') return 0;
    ++j;
    size_t start = j;
    while (j < s.size() && is_digit(s[j]) && j - start < 4) ++j;
    if (j == start || j - start > 3) return 0;
  }
  if (j < s.size() && (is_digit(s[j]) || s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1]))) return 0;
  return j - i;
}

}  // namespace

bool is_enhanced_status(std::string_view s) { return !s.empty() && status_length_at(s, 0) == s.size(); }

void find_smtp_codes(std::string_view text, uint16_t* reply_code, std::string_view* status) {
  bool want_code = reply_code && *reply_code == 0;
  bool want_status = status && status->empty();
  for (size_t i = 0; i < text.size() && (want_code || want_status); ++i) {
    char c = text[i];
    if (c < '2' || c > '5') continue;
    if (i > 0 && !is_boundary(text[i - 1])) continue;
    if (want_status) {
      size_t n = status_length_at(text, i);
      if (n) {
        *status = text.substr(i, n);
        want_status = false;
        i += n - 1;
        continue;
      }
    }
    // Reply codes: [2-5][0-5][0-9] followed by space, '-', end, or punctuation
    // (so "port 587" or "errno 110" never count).
    if (want_code && i + 2 < text.size() && is_digit(text[i + 1]) && text[i + 1] <= '5' && is_digit(text[i + 2])) {
      char next = i + 3 < text.size() ? text[i + 3] : ' ';
      if (next == ' ' || next == '-' || next == ',' || next == ')' || next == ']' || next == '\'' ||
          next == '"' || next == ';' || next == ':' || next == '\t') {
        *reply_code = uint16_t((c - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0'));
        want_code = false;
      }
    }
  }
}

}  // namespace mailtriage
