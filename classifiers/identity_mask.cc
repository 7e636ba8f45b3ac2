#include "classifiers/identity_mask.h"

#include <cstring>

namespace mailtriage {
namespace {

constexpr size_t kMaxLocalPart = 128;  // longer runs before an '@' are not an address's mailbox
constexpr size_t kMaxDomain = 255;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// The mailbox name of "<local@domain>" around the '@' at `at`: [*begin, at),
// or false when the '@' is not in such an address.
bool bracketed_local_part(std::string_view text, size_t at, size_t floor, size_t* begin) {
  size_t end = at + 1;
  while (end < text.size() && end - at <= kMaxDomain) {
    const char c = text[end];
    if (c == '>') break;
    if (c == '@' || c == '<' || c == ' ' || c == '\t') return false;  // a later '@' is the address's own
    ++end;
  }
  if (end >= text.size() || text[end] != '>' || end == at + 1) return false;
  size_t lt = at;
  while (lt > floor && at - lt <= kMaxLocalPart) {
    const char c = text[lt - 1];
    if (c == '<') break;
    if (c == '>' || c == ' ' || c == '\t') return false;
    --lt;
  }
  if (lt == floor || lt == at || text[lt - 1] != '<') return false;
  *begin = lt;
  return true;
}

// The dotted quad starting at `begin`, or 0: four decimal octets of at most
// 255, not part of a longer run of digits and dots, a host name ("4.3.2.1.in-addr.arpa",
// "mx1.2.3.4.example") or a version.
size_t ipv4_length(std::string_view text, size_t begin) {
  if (begin > 0) {
    const char before = text[begin - 1];
    if (is_alnum(before) || before == '.' || before == '-' || before == '_') return 0;
  }
  size_t p = begin;
  for (int octet = 0; octet < 4; ++octet) {
    if (octet > 0) {
      if (p >= text.size() || text[p] != '.') return 0;
      ++p;
    }
    unsigned value = 0;
    const size_t start = p;
    while (p < text.size() && is_digit(text[p]) && p - start < 4) value = value * 10 + unsigned(text[p++] - '0');
    if (p == start || p - start > 3 || value > 255) return 0;
  }
  if (p < text.size()) {
    const char after = text[p];
    if (is_alnum(after) || after == '_' || after == '-') return 0;
    if (after == '.' && p + 1 < text.size() && is_alnum(text[p + 1])) return 0;
  }
  return p - begin;
}

}  // namespace

bool mask_identities(std::string_view text, std::string* masked, std::vector<MaskEdit>* edits) {
  masked->clear();
  edits->clear();
  size_t copied = 0;  // text before this is in *masked
  int32_t shift = 0;
  auto replace = [&](size_t begin, size_t end, std::string_view stand_in) {
    masked->append(text.data() + copied, begin - copied);
    masked->append(stand_in);
    shift += int32_t(end - begin) - int32_t(stand_in.size());
    edits->push_back({uint32_t(masked->size()), shift});
    copied = end;
  };
  // Both kinds in one walk from left to right: the next '@' or '.' decides
  // which; memchr finds them, since most of a text is neither.
  const char* const data = text.data();
  const size_t n = text.size();
  auto find = [&](char c, size_t from) {
    const void* hit = from < n ? std::memchr(data + from, c, n - from) : nullptr;
    return hit ? size_t(static_cast<const char*>(hit) - data) : n;
  };
  size_t next_at = find('@', 0), next_dot = find('.', 0);
  while (next_at < n || next_dot < n) {
    if (next_at < next_dot) {
      size_t begin;
      if (next_at >= copied && bracketed_local_part(text, next_at, copied, &begin)) {
        replace(begin, next_at, kMailboxStandIn);
        if (next_dot < copied) next_dot = find('.', copied);
      }
      next_at = find('@', next_at + 1);
      continue;
    }
    // A '.' with one to three digits before it may end an IPv4 address's first octet.
    size_t begin = next_dot;
    while (begin > copied && next_dot - begin < 3 && is_digit(text[begin - 1])) --begin;
    if (begin < next_dot && !(begin > copied && is_digit(text[begin - 1])) && text.substr(begin, 4) != "127.") {
      if (const size_t length = ipv4_length(text, begin)) {
        replace(begin, begin + length, kIpv4StandIn);
        next_dot = find('.', copied);
        if (next_at < copied) next_at = find('@', copied);
        continue;
      }
    }
    next_dot = find('.', next_dot + 1);
  }
  if (edits->empty()) return false;
  masked->append(text.data() + copied, n - copied);
  return true;
}

size_t original_offset(size_t masked_offset, const std::vector<MaskEdit>& edits) {
  int32_t shift = 0;
  for (const MaskEdit& e : edits) {
    if (e.masked_end > masked_offset) break;
    shift = e.shift;
  }
  return size_t(int64_t(masked_offset) + shift);
}

}  // namespace mailtriage
