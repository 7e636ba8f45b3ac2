#include "parsers/bounce_text.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mailtriage::bounce {

namespace {
constexpr size_t kBlockSize = 64 * 1024;
}

char* TextArena::reserve(size_t n) {
  while (current_ < blocks_.size()) {
    Block& b = blocks_[current_];
    if (b.size - b.used >= n) return b.data.get() + b.used;
    if (b.used == 0) break;  // an empty block too small: replace it below
    ++current_;
  }
  Block fresh;
  fresh.size = std::max(n, kBlockSize);
  fresh.data = std::make_unique_for_overwrite<char[]>(fresh.size);  // no zeroing: only written bytes are read
  if (current_ < blocks_.size()) blocks_[current_] = std::move(fresh);
  else blocks_.push_back(std::move(fresh));
  return blocks_[current_].data.get();
}

std::string_view TextArena::commit(char* start, size_t used) {
  Block& b = blocks_[current_];
  b.used = size_t(start - b.data.get()) + used;
  return std::string_view(start, used);
}

std::string_view TextArena::store(std::string_view s) {
  if (s.empty()) return {};
  char* p = reserve(s.size());
  std::memcpy(p, s.data(), s.size());
  return commit(p, s.size());
}

void TextArena::reset() {
  // Oversized blocks from one big message are let go so memory stays flat.
  if (blocks_.size() > 4) blocks_.resize(4);
  for (Block& b : blocks_) b.used = 0;
  current_ = 0;
}

size_t count_control_bytes(std::string_view s) {
  size_t count = 0, i = 0;
#if defined(__SSE2__)
  // c <= 0x1f is max(c, 0x1f) == 0x1f on unsigned bytes.
  const __m128i low = _mm_set1_epi8(0x1f), lf = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t'),
                ff = _mm_set1_epi8('\f'), esc = _mm_set1_epi8(0x1b);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(block, low), low);
    // Most blocks of text hold no byte below 0x20 at all (a line end every
    // few blocks): those are done here.
    if (_mm_movemask_epi8(control) == 0) continue;
    __m128i allowed = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, lf), _mm_cmpeq_epi8(block, tab)),
                                   _mm_or_si128(_mm_cmpeq_epi8(block, ff), _mm_cmpeq_epi8(block, esc)));
    // Without -mpopcnt, __builtin_popcount is a library call: only for the
    // rare block that has a control byte at all.
    if (unsigned mask = unsigned(_mm_movemask_epi8(_mm_andnot_si128(allowed, control))))
      count += size_t(__builtin_popcount(mask));
  }
#endif
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    count += (c < 0x20) & (c != '\n') & (c != '\t') & (c != '\f') & (c != 0x1B);
  }
  return count;
}

size_t ifind(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
  if (hay.size() < needle.size() || from > hay.size() - needle.size()) return std::string_view::npos;
  const size_t last = hay.size() - needle.size();  // last possible start
  auto rest_matches = [&](size_t i) {
    size_t k = 1;
    while (k < needle.size() && ascii_lower(hay[i + k]) == ascii_lower(needle[k])) ++k;
    return k == needle.size();
  };
#if defined(__SSE2__)
  if (needle.size() >= 2) {
    // Sixteen starts at a time: where the needle's first two bytes both
    // stand, case folded. A letter is folded by setting its 0x20 bit (which
    // maps exactly its two cases onto the lower one); other bytes must be equal.
    auto folding = [](char c, __m128i* fold, __m128i* want) {
      char lower = ascii_lower(c);
      bool letter = lower >= 'a' && lower <= 'z';
      *fold = _mm_set1_epi8(letter ? 0x20 : 0);
      *want = _mm_set1_epi8(lower);
    };
    __m128i fold0, want0, fold1, want1;
    folding(needle[0], &fold0, &want0);
    folding(needle[1], &fold1, &want1);
    const char* p = hay.data();
    for (; from + 15 <= last; from += 16) {  // reads p[from .. from + 16]: within hay as last + 1 < size
      __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + from));
      __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + from + 1));
      __m128i both = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(a, fold0), want0),
                                   _mm_cmpeq_epi8(_mm_or_si128(b, fold1), want1));
      for (unsigned mask = unsigned(_mm_movemask_epi8(both)); mask != 0; mask &= mask - 1) {
        size_t i = from + size_t(__builtin_ctz(mask));
        if (rest_matches(i)) return i;
      }
    }
  }
#endif
  const char first_l = ascii_lower(needle[0]);
  const char first_u = (first_l >= 'a' && first_l <= 'z') ? char(first_l - 32) : first_l;
  // The next occurrence of each case of the first character, found with
  // memchr and advanced only once passed, so the search stays linear.
  auto next = [&](char c, size_t at) -> size_t {
    if (at > last) return std::string_view::npos;
    const void* p = std::memchr(hay.data() + at, c, last - at + 1);
    return p ? size_t(static_cast<const char*>(p) - hay.data()) : std::string_view::npos;
  };
  size_t next_l = next(first_l, from);
  size_t next_u = first_u != first_l ? next(first_u, from) : std::string_view::npos;
  while (true) {
    size_t i = std::min(next_l, next_u);
    if (i == std::string_view::npos) return i;
    if (rest_matches(i)) return i;
    if (i == next_l) next_l = next(first_l, i + 1);
    else next_u = next(first_u, i + 1);
  }
}

MarkerSet::MarkerSet(std::string_view markers) : pair_bits_((1u << 16) / 32, 0), second_bits_((1u << 16) / 32, 0) {
  while (!markers.empty()) {
    size_t bar = markers.find('|');
    std::string_view m = markers.substr(0, bar);
    if (!m.empty()) markers_.push_back(m);
    if (bar == std::string_view::npos) break;
    markers.remove_prefix(bar + 1);
  }
  for (uint32_t i = 0; i < markers_.size(); ++i) by_pair_.push_back(i);
  auto pair_at = [&](uint32_t i) { return markers_[i].size() < 2 ? 0 : pair_of(markers_[i][0], markers_[i][1]); };
  std::stable_sort(by_pair_.begin(), by_pair_.end(), [&](uint32_t a, uint32_t b) { return pair_at(a) < pair_at(b); });
  for (uint32_t i : by_pair_) {
    // A one-byte marker has no pair and is never found: the family table has none.
    uint32_t pair = pair_at(i);
    pairs_.push_back(pair);
    if (markers_[i].size() >= 2) pair_bits_[pair >> 5] |= 1u << (pair & 31);
    if (markers_[i].size() >= 3) {
      uint32_t second = pair_of(markers_[i][1], markers_[i][2]);
      second_bits_[second >> 5] |= 1u << (second & 31);
    } else if (markers_[i].size() == 2) {
      std::fill(second_bits_.begin(), second_bits_.end(), ~0u);
    }
  }
  if (by_pair_.size() <= 256) {
    first_by_pair_.assign(size_t(1) << 16, 0);
    for (size_t k = by_pair_.size(); k-- > 0;) first_by_pair_[pairs_[k]] = uint8_t(k);
  }
#if defined(__SSE2__)
  std::vector<uint32_t> distinct;  // pairs_ is sorted
  for (size_t k = 0; k < pairs_.size(); ++k)
    if (markers_[by_pair_[k]].size() >= 2 && (distinct.empty() || distinct.back() != pairs_[k])) distinct.push_back(pairs_[k]);
  if (!distinct.empty() && distinct.size() <= kSimdPairs)
    for (uint32_t pair : distinct)
      simd_pairs_.push_back({_mm_set1_epi8(char((pair >> 8) | 0x20)), _mm_set1_epi8(char((pair & 0xFF) | 0x20))});
#endif
}

size_t MarkerSet::first_by_pair_search(uint32_t pair) const {
  return size_t(std::lower_bound(pairs_.begin(), pairs_.end(), pair) - pairs_.begin());
}

bool Lines::next(std::string_view* line) {
  if (pos_ >= text_.size()) return false;
  // Lines are short: the inline search costs less than a call to memchr.
  const size_t nl = find_byte(text_, pos_, '\n');
  *line = text_.substr(pos_, nl - pos_);
  pos_ = nl < text_.size() ? nl + 1 : nl;  // offset() stays within the text
  return true;
}

std::string_view HeaderList::get(std::string_view name) const {
  for (const HeaderField& f : fields_)
    if (iequals(f.name, name)) return f.value;
  return {};
}

bool HeaderList::has(std::string_view name) const {
  for (const HeaderField& f : fields_)
    if (iequals(f.name, name)) return true;
  return false;
}

size_t parse_header_block(std::string_view text, TextArena& arena, HeaderList* out) {
  size_t pos = 0;
  if (text.starts_with("From ")) {
    size_t nl = text.find('\n');
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  std::string_view name, value;
  size_t value_start = 0, value_end = 0;
  bool folded = false, have = false;
  // Only for folded values (stored into the arena when done); kept by the
  // thread with its capacity, as most messages have folded fields.
  thread_local std::string unfolded;
  unfolded.clear();

  auto flush = [&] {
    if (!have) return;
    if (folded) out->add(name, arena.store(trim(unfolded)));
    else out->add(name, trim(text.substr(value_start, value_end - value_start)));
    have = folded = false;
  };

  while (pos < text.size()) {
    const size_t end = find_byte(text, pos, '\n');  // inline: header lines are short
    std::string_view line = text.substr(pos, end - pos);
    const size_t next = end < text.size() ? end + 1 : text.size();
    if (trim(line).empty()) {
      flush();
      return next;
    }
    if ((line[0] == ' ' || line[0] == '\t') && have) {
      if (!folded) {
        unfolded.assign(text.substr(value_start, value_end - value_start));
        folded = true;
      }
      // RFC 5322 unfolding removes only the line break; collapse the
      // indentation to one blank so words stay apart.
      std::string_view cont = trim(line);
      if (!unfolded.empty() && !cont.empty()) unfolded.push_back(' ');
      unfolded.append(cont);
      pos = next;
      continue;
    }
    size_t colon = 0;
    size_t n = header_field_name_length(line, &colon);
    if (n == 0) {
      flush();
      return pos;  // not a header line: the body starts here (no blank line)
    }
    flush();
    name = line.substr(0, n);
    value_start = pos + colon + 1;
    value_end = end;
    have = true;
    pos = next;
  }
  flush();
  return text.size();
}

std::string_view generated_by_address(std::string_view line) {
  line = trim(line);
  if (!line.starts_with("generated by ")) return {};
  std::string_view generator = trim(line.substr(13));
  if (generator.size() > 2 && generator.front() == '<' && generator.back() == '>')
    generator = generator.substr(1, generator.size() - 2);
  return is_address(generator) ? generator : std::string_view();
}

bool is_address(std::string_view s) {
  if (s.size() < 3 || s.size() > 320) return false;
  size_t at = s.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= s.size()) return false;
  for (char c : s)
    if (is_space(c) || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';' || c == '"') return false;
  std::string_view domain = s.substr(at + 1);
  if (domain.front() == '.' || domain.back() == '.') return false;
  return true;
}

std::string_view extract_address(std::string_view s) {
  // Prefer an angle-bracketed address.
  size_t from = 0;
  while (true) {
    size_t lt = s.find('<', from);
    if (lt == std::string_view::npos) break;
    size_t gt = s.find('>', lt + 1);
    if (gt == std::string_view::npos) break;
    std::string_view inner = trim(s.substr(lt + 1, gt - lt - 1));
    if (inner.size() > 2 && inner.front() == '"' && inner.find('@') != std::string_view::npos) {
      // "<\"local part\"@domain>" keeps its quotes; strip only a wrapping pair
      if (inner.back() == '"') inner = inner.substr(1, inner.size() - 2);
    }
    if (istarts_with(inner, "mailto:")) inner.remove_prefix(7);
    if (is_address(inner)) return inner;
    from = gt + 1;
  }
  // Else the first word that holds an '@'.
  size_t at = s.find('@');
  while (at != std::string_view::npos) {
    size_t b = at, e = at;
    auto word_char = [](char c) {
      return !(is_space(c) || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';' || c == '"' ||
               c == '\'' || c == '[' || c == ']' || c == ':' || c == '`');
    };
    while (b > 0 && word_char(s[b - 1])) --b;
    while (e + 1 < s.size() && word_char(s[e + 1])) ++e;
    std::string_view w = s.substr(b, e - b + 1);
    if (istarts_with(w, "mailto:")) w.remove_prefix(7);
    while (!w.empty() && (w.back() == '.' || w.back() == '\\')) w.remove_suffix(1);
    if (is_address(w)) return w;
    at = s.find('@', at + 1);
  }
  return {};
}

std::string_view media_type(std::string_view ct) {
  size_t semi = ct.find(';');
  return trim(ct.substr(0, semi));
}

std::string_view header_param(std::string_view value, std::string_view name) {
  size_t pos = value.find(';');
  while (pos != std::string_view::npos && pos < value.size()) {
    std::string_view rest = trim_left(value.substr(pos + 1));
    size_t off = size_t(rest.data() - value.data());
    size_t eq = rest.find('=');
    if (eq == std::string_view::npos) return {};
    std::string_view key = trim(rest.substr(0, eq));
    std::string_view v = trim_left(rest.substr(eq + 1));
    size_t consumed;
    std::string_view got;
    if (!v.empty() && v.front() == '"') {
      size_t close = v.find('"', 1);
      if (close == std::string_view::npos) close = v.size();
      got = v.substr(1, close - 1);
      consumed = size_t(v.data() - rest.data()) + std::min(close + 1, v.size());
    } else {
      size_t semi = v.find(';');
      got = trim(v.substr(0, semi));
      consumed = size_t(v.data() - rest.data()) + (semi == std::string_view::npos ? v.size() : semi);
    }
    if (iequals(key, name)) return got;
    pos = value.find(';', off + consumed);
  }
  return {};
}

// Subjects of bounces in the wordings MTAs and providers use.
bool is_bounce_subject(std::string_view s) {
  static constexpr std::string_view kWords[] = {
      "undeliver", "delivery status notification", "returned mail", "delivery failure", "failure notice",
      "mail delivery failed", "delivery has failed", "could not be delivered", "non-delivery", "nondeliverable",
      "delivery notification", "mail system error", "returned to sender", "failed delivery", "delivery failed",
      "error sending your mail",
      // Exchange's and Outlook's in other languages: German, French, Spanish, Dutch, Italian.
      "unzustellbar", "non remis", "no se puede entregar", "onbestelbaar", "non recapitabile",
      // Portuguese templates (hMailServer's and webmail hosts' translations).
      "mensagem não entregue", "mensagem nao entregue",
  };
  for (std::string_view w : kWords)
    if (icontains(s, w)) return true;
  return false;
}

bool is_reply_subject(std::string_view s) {
  s = trim(s);
  // A ticket system's or list's tags before it: "[Ticket#123] RE: ...".
  while (!s.empty() && s[0] == '[') {
    const size_t close = s.find(']');
    if (close == std::string_view::npos) return false;
    s = trim(s.substr(close + 1));
  }
  // "Re:" and its forms in mail clients' languages (German AW, Nordic SV/VS,
  // Dutch Antw, Polish Odp, Italian R and Rif).
  for (std::string_view prefix : {"re:", "aw:", "sv:", "vs:", "antw:", "odp:", "rif:", "r:"})
    if (istarts_with(s, prefix)) return true;
  return false;
}

bool is_daemon_address(std::string_view from) {
  // hMailServer signs its notices "mailermasterdaemon@" by default.
  return icontains(from, "mailer-daemon") || icontains(from, "mailermasterdaemon") || istarts_with(from, "postmaster@");
}

bool names_a_bounce(std::string_view from, std::string_view subject) {
  return is_daemon_address(extract_address(from)) || is_daemon_address(trim(from)) || is_bounce_subject(subject);
}

}  // namespace mailtriage::bounce
