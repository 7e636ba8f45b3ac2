#include "parsers/mime_adapter.h"

#include <mimetic/mimetic.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mailtriage {

using bounce::TextArena;

void MimeTree::add_problem(std::string_view what) {
  if (problems.size() > 512) return;  // the first few say enough
  if (!problems.empty()) problems.append("; ");
  problems.append(what);
}

namespace {
// A header field as the plain reader (below) splits it.
struct PlainField {
  std::string_view name;
  std::string_view value;  // as mimetic keeps it: blanks after the colon dropped, folds joined by one space
};

}  // namespace

// The plain reader's working memory (below), kept from message to message.
struct PlainMemory {
  std::vector<PlainField> fields;
  std::string folded;
  std::vector<std::string_view> node_boundary;  // per node: its boundary parameter, for the problems
  std::vector<bool> closed_at_line_start;       // per node: see the closing branch of PlainReader::entity()
  std::vector<std::string_view> open;           // "--boundary" of the open multiparts, innermost last
};

struct MimeAdapter::Impl {
  std::unique_ptr<mimetic::MimeEntity> root;
  struct Pending {
    const mimetic::MimeEntity* entity;
    int parent;
    uint16_t depth;
  };
  std::vector<Pending> stack;
  // The plain reader's working memory, kept from message to message.
  PlainMemory plain;
};

MimeAdapter::MimeAdapter() : impl_(std::make_unique<Impl>()) {}
MimeAdapter::~MimeAdapter() = default;

namespace {

std::string_view store_lower(TextArena& arena, std::string_view s) {
  if (s.empty()) return {};
  char* p = arena.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) p[i] = bounce::ascii_lower(s[i]);
  return arena.commit(p, s.size());
}

// "type/subtype", lower case, in the arena.
std::string_view store_media_type(TextArena& arena, std::string_view type, std::string_view subtype) {
  char* t = arena.reserve(type.size() + 1 + subtype.size());
  for (size_t i = 0; i < type.size(); ++i) t[i] = bounce::ascii_lower(type[i]);
  t[type.size()] = '/';
  for (size_t i = 0; i < subtype.size(); ++i) t[type.size() + 1 + i] = bounce::ascii_lower(subtype[i]);
  return arena.commit(t, type.size() + 1 + subtype.size());
}

// The next node of the tree, empty, under `parent` (-1: the root).
int start_node(MimeTree* out, int parent, uint16_t depth) {
  if (out->node_count == out->nodes.size()) out->nodes.emplace_back();
  const int index = int(out->node_count++);
  MimeNode& node = out->nodes[size_t(index)];
  node.parent = parent;
  node.depth = depth;
  node.headers.clear();
  node.type = node.charset = node.encoding = node.body = node.preamble = {};
  node.children = 0;
  if (parent >= 0) ++out->nodes[size_t(parent)].children;
  return index;
}

// The damage a multipart's boundary shows, in the same words whoever read it.
void note_boundary_never_appears(MimeTree* out, std::string_view boundary, std::string_view type) {
  out->add_problem("MIME boundary \"" + std::string(boundary) + "\" of " + std::string(type) +
                   " never appears (missing boundary)");
}
void note_closing_boundary_missing(MimeTree* out, std::string_view boundary) {
  out->add_problem("closing MIME boundary \"" + std::string(boundary) + "\" is missing (truncated message)");
}

template <typename S>
std::string_view view_of(const S& s) {
  return std::string_view(s.data(), s.size());
}

// Where "multipart" and "rfc822" (ASCII case-insensitive) stand in `text`,
// found in one pass (the first `keep` of each) and how many "multipart"s
// there are in all. Not a MarkerSet scan: for two words with the pairs in
// registers this is 2% fewer instructions over a Maildir of bounces (a
// MarkerSet keeps its pairs in memory, for lists of up to 24).
struct ContainerWords {
  std::vector<size_t> multipart, rfc822;
  size_t multipart_count = 0;
};
void find_container_words(std::string_view text, size_t keep, ContainerWords* out) {
  // Only the forms that open a container count: "multipart/..." and
  // "message/rfc822". A delivery report names every recipient with
  // "rfc822;" ("Final-Recipient: rfc822; x@example.org"), and a preamble may
  // speak of "multipart messages": counting those cut a report of a few dozen
  // recipients short.
  auto found = [&](size_t at) {
    if (bounce::istarts_with(text.substr(at), "multipart/")) {
      if (out->multipart.size() < keep) out->multipart.push_back(at);
      ++out->multipart_count;
    } else if (at >= 8 && bounce::istarts_with(text.substr(at - 8), "message/rfc822") && out->rfc822.size() < keep) {
      out->rfc822.push_back(at);
    }
  };
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen starts at a time where "mu" or "rf" stand, bytes folded by their
  // 0x20 bit (which joins a letter's cases, and a few other pairs that the
  // exact test then tells apart).
  const __m128i fold = _mm_set1_epi8(0x20), m = _mm_set1_epi8('m'), u = _mm_set1_epi8('u'),
                r = _mm_set1_epi8('r'), f = _mm_set1_epi8('f');
  for (; i + 17 <= text.size(); i += 16) {
    const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)), fold);
    const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1)), fold);
    const __m128i hit = _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(a, m), _mm_cmpeq_epi8(b, u)),
                                     _mm_and_si128(_mm_cmpeq_epi8(a, r), _mm_cmpeq_epi8(b, f)));
    for (unsigned mask = unsigned(_mm_movemask_epi8(hit)); mask != 0; mask &= mask - 1)
      found(i + size_t(__builtin_ctz(mask)));
  }
#endif
  for (; i + 1 < text.size(); ++i) {
    const char a = bounce::ascii_lower(text[i]), b = bounce::ascii_lower(text[i + 1]);
    if ((a == 'm' && b == 'u') || (a == 'r' && b == 'f')) found(i);
  }
}

// Where the input must end so that mimetic never nests deeper, or holds more
// parts, than the caps allow. Every container level needs a "multipart/" or
// "message/rfc822" token in some header, and every part a line starting with
// "--", so counting those tokens anywhere bounds both without parsing anything.
size_t structural_cut(std::string_view text, int max_containers, int max_boundaries, std::string* why) {
  size_t cut = text.size();
  // Every "multipart" counts first, then the "rfc822"s: the text is cut at
  // the line of the mention that passes the limit in that count.
  thread_local ContainerWords words;
  words.multipart.clear(), words.rfc822.clear(), words.multipart_count = 0;
  const size_t limit = size_t(max_containers);
  find_container_words(text, limit + 1, &words);
  auto cut_at = [&](size_t at) {
    cut = bounce::line_start_of(text, at);
    *why = "more than " + std::to_string(max_containers) + " nested MIME containers: the rest was not read";
  };
  size_t containers = words.multipart_count;
  if (words.multipart_count > limit) {
    cut_at(words.multipart[limit]);
    containers = limit + 1;
  }
  // The rfc822 that passes the limit: the first one when the multiparts
  // alone did; else the one that many past them.
  const size_t rfc822_index = containers > limit ? 0 : limit - containers;
  if (rfc822_index < words.rfc822.size() && words.rfc822[rfc822_index] < cut) cut_at(words.rfc822[rfc822_index]);
  // Lines starting with "--" start at least three bytes apart ("--" and a
  // line end): a text short enough cannot hold too many, and most are.
  if ((cut + 2) / 3 <= size_t(max_boundaries)) return cut;
  int boundaries = 0;
  for (size_t pos = 0; pos < cut;) {
    if (text.compare(pos, 2, "--") == 0 && ++boundaries > max_boundaries) {
      cut = pos;
      *why = "more than " + std::to_string(max_boundaries) + " MIME boundary lines: the rest was not read";
      break;
    }
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return cut;
}

bool has_line_starting(std::string_view text, std::string_view prefix) {
  if (text.starts_with(prefix)) return true;
  std::string needle;
  needle.reserve(prefix.size() + 1);
  needle.push_back('\n');
  needle.append(prefix);
  // memmem, not find: find stops at every line end ("\n" is the needle's first byte).
  return ::memmem(text.data(), text.size(), needle.data(), needle.size()) != nullptr;
}

// ---- The plain reader ---------------------------------------------------
//
// mimetic builds every header field a byte at a time into heap buffers, then
// into a deque of strings, and parses each Content-Type three times; on
// bounces that was a third of all the work. Most messages are in a plain
// form where what mimetic does is simple to state exactly, so the adapter
// reads those itself, into the same tree, and gives mimetic everything else:
// the reader declines (returns false) at the first thing it does not know
// to be plain, and mimetic then reads the message from the start. A test
// holds the two equal, node by node, on the corpus and on damaged copies.

inline bool is_blank(char c) { return c == ' ' || c == '\t'; }
inline bool is_newline(char c) { return c == '\n' || c == '\r'; }
// mimetic's two-byte line end: CR LF or LF CR, `a` being the later byte.
inline bool is_newline_pair(char a, char b) { return is_newline(a) && b == (a == '\r' ? '\n' : '\r'); }

// The header block at `from`, when every line of it is one mimetic reads
// without repairing anything: "Name: value" with a name of printable ASCII,
// continuation lines after a field, no CR or NUL, and an empty line that
// ends the block, not followed by a CR (which mimetic would take as part of
// that line end).
// The first byte from `pos` (before `end`) that cannot be in a field name:
// a ':', a control byte or blank, or a byte past '~'. Sixteen bytes at a
// time: header lines are most of a bounce, and a name is ten bytes or so.
inline size_t field_name_end(std::string_view in, size_t pos, size_t end) {
  size_t i = pos;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' '), tilde = _mm_set1_epi8('~'), colon = _mm_set1_epi8(':');
  for (; i < end && i + 16 <= in.size(); i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in.data() + i));
    // b <= ' ' (unsigned), b > '~' (0x7F, or a byte with its high bit: negative when signed), or b == ':'.
    const __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(b, space), space);
    const __m128i high = _mm_or_si128(_mm_cmpgt_epi8(b, tilde), _mm_cmplt_epi8(b, _mm_setzero_si128()));
    const unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(low, high), _mm_cmpeq_epi8(b, colon))));
    if (mask) return std::min(end, i + size_t(__builtin_ctz(mask)));
  }
#endif
  while (i < end && in[i] > 32 && in[i] < 127 && in[i] != ':') ++i;
  return std::min(i, end);
}

bool split_plain_header(std::string_view in, size_t from, TextArena& arena, std::string& folded,
                        std::vector<PlainField>* fields, size_t* body_start) {
  fields->clear();
  size_t pos = from;
  bool folding = false;
  auto finish_fold = [&] {
    if (folding) fields->back().value = arena.store(folded);
    folding = false;
  };
  while (pos < in.size()) {
    const char first = in[pos];
    if (first == '\n') {  // the empty line
      finish_fold();
      *body_start = pos + 1;
      return !(pos + 1 < in.size() && in[pos + 1] == '\r');
    }
    const size_t end = find_first_of_bytes(in, pos, '\n', '\r', '\0');
    if (end == in.size() || in[end] != '\n') return false;  // a CR or NUL, or no empty line (mimetic drops the last field)
    if (is_blank(first)) {  // a continuation line
      if (fields->empty()) return false;
      if (!folding) {
        folded.assign(fields->back().value);
        folding = true;
      }
      size_t start = pos;
      while (start < end && is_blank(in[start])) ++start;
      folded.push_back(' ');
      folded.append(in.substr(start, end - start));
      pos = end + 1;
      continue;
    }
    finish_fold();
    size_t colon = field_name_end(in, pos, end);
    if (colon == pos || colon == end || in[colon] != ':') return false;
    size_t value = colon + 1;
    while (value < end && is_blank(in[value])) ++value;
    fields->push_back({in.substr(pos, colon - pos), in.substr(value, end - value)});
    pos = end + 1;
  }
  return false;
}

// A Content-Type value in the form whose reading by mimetic is plain:
// "type/subtype" of token bytes, then "; name=value" parameters with a
// token value or a quoted one (no quote, backslash or ';' inside), blanks
// only after a ';' that a parameter follows, and perhaps a last ';'.
struct PlainContentType {
  static constexpr size_t kMaxParams = 8;
  std::string_view type, subtype;
  std::string_view names[kMaxParams], values[kMaxParams];
  size_t params = 0;
  // The first parameter of that name (case-insensitive), as mimetic answers.
  std::string_view param(std::string_view name) const {
    for (size_t i = 0; i < params; ++i)
      if (bounce::iequals(names[i], name)) return values[i];
    return {};
  }
};

inline bool is_token_byte(char c) {
  return c > 32 && c < 127 && !std::strchr("()<>@,;:\\\"/[]?=", c);
}
inline bool is_param_name_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}
// An unquoted parameter value: mimetic takes everything after the first '='.
inline bool is_bare_value_byte(char c) { return c > 32 && c < 127 && c != ';' && c != '"' && c != '\\' && c != '(' && c != ')'; }

bool parse_plain_content_type(std::string_view v, PlainContentType* ct) {
  size_t i = 0;
  while (i < v.size() && is_token_byte(v[i])) ++i;
  if (i == 0 || i == v.size() || v[i] != '/') return false;
  ct->type = v.substr(0, i);
  size_t start = ++i;
  while (i < v.size() && is_token_byte(v[i])) ++i;
  if (i == start) return false;
  ct->subtype = v.substr(start, i - start);
  ct->params = 0;
  while (i < v.size()) {
    if (v[i] != ';') return false;
    if (++i == v.size()) return true;  // a last ';': no parameter (with blanks after it mimetic makes an empty one)
    while (i < v.size() && is_blank(v[i])) ++i;
    start = i;
    while (i < v.size() && is_param_name_byte(v[i])) ++i;
    if (i == start || i == v.size() || v[i] != '=' || ct->params == PlainContentType::kMaxParams) return false;
    ct->names[ct->params] = v.substr(start, i - start);
    ++i;
    if (i < v.size() && v[i] == '"') {
      start = ++i;
      while (i < v.size() && v[i] != '"' && v[i] != '\\' && v[i] != ';') ++i;
      if (i == v.size() || v[i] != '"' || i == start) return false;
      ct->values[ct->params++] = v.substr(start, i - start);
      ++i;
    } else {
      start = i;
      while (i < v.size() && is_bare_value_byte(v[i])) ++i;
      if (i == start) return false;
      ct->values[ct->params++] = v.substr(start, i - start);
    }
    while (i < v.size() && is_blank(v[i])) ++i;
  }
  return true;
}

// The field's value as mimetic hands it back once it has parsed it:
// `type/subtype; name="value"...`.
std::string_view rewritten_content_type(const PlainContentType& ct, TextArena& arena) {
  size_t n = ct.type.size() + 1 + ct.subtype.size();
  for (size_t i = 0; i < ct.params; ++i) n += 2 + ct.names[i].size() + 2 + ct.values[i].size() + 1;
  char* start = arena.reserve(n);
  char* p = start;
  auto put = [&](std::string_view s) {
    std::memcpy(p, s.data(), s.size());
    p += s.size();
  };
  put(ct.type);
  put("/");
  put(ct.subtype);
  for (size_t i = 0; i < ct.params; ++i) {
    put("; ");
    put(ct.names[i]);
    put("=\"");
    put(ct.values[i]);
    put("\"");
  }
  return arena.commit(start, n);
}

// mimetic's parse (IteratorParser with random-access iterators: loadHeader,
// loadBody, loadMultipart, copy_until_boundary), step for step, on a plain
// message.
class PlainReader {
 public:
  PlainReader(std::string_view in, TextArena& arena, MimeTree* out, PlainMemory& memory)
      : in_(in), arena_(arena), out_(out), fields_(memory.fields), folded_(memory.folded),
        node_boundary_(memory.node_boundary), closed_at_line_start_(memory.closed_at_line_start), open_(memory.open) {}

  // False: not plain; `out` is then to be filled by mimetic.
  bool read() {
    out_->node_count = 0;
    node_boundary_.clear();
    closed_at_line_start_.clear();
    open_.clear();
    if (!entity(-1, 0)) return false;
    // Problems in node order, as the walk over mimetic's tree finds them.
    for (size_t i = 0; i < out_->node_count; ++i) {
      const MimeNode& node = out_->nodes[i];
      if (!node.multipart()) continue;
      const std::string_view boundary = node_boundary_[i];
      if (node.children == 0) note_boundary_never_appears(out_, boundary, node.type);
      else if (!out_->cut && !closed_at_line_start_[i] && !has_line_starting(in_, "--" + std::string(boundary) + "--"))
        note_closing_boundary_missing(out_, boundary);
    }
    return true;
  }

 private:
  enum class Last { none, boundary, closing };

  int new_node(int parent, uint16_t depth) {
    node_boundary_.emplace_back();
    closed_at_line_start_.push_back(false);
    return start_node(out_, parent, depth);
  }

  // The text up to the innermost open boundary (anywhere, as mimetic's
  // Boyer-Moore search finds it), without the line end before it; moves past
  // the boundary, a closing "--" and one line end. False where mimetic's
  // own reading is undefined (a one-byte block that ends in a two-byte line end).
  bool copy_until_boundary(std::string_view* block) {
    if (open_.empty()) {  // no boundary: the rest; what was last found stays
      *block = in_.substr(pos_);
      pos_ = in_.size();
      return true;
    }
    last_ = Last::none;
    const std::string_view boundary = open_.back();
    const size_t found = find_substring(in_, boundary, pos_);
    if (found == std::string_view::npos) {
      *block = in_.substr(pos_);
      pos_ = in_.size();
      return true;
    }
    last_ = Last::boundary;
    last_found_ = found;
    const size_t base = pos_;
    size_t size = found - base;
    pos_ = found + boundary.size();
    if (pos_ + 1 < in_.size() && in_[pos_] == '-' && in_[pos_ + 1] == '-') {
      last_ = Last::closing;
      pos_ += 2;
    }
    if (pos_ + 1 < in_.size() && is_newline(in_[pos_])) {
      const char c = in_[pos_++];
      if (is_newline(in_[pos_]) && in_[pos_] != c) ++pos_;
    }
    if (size) {
      // With a one-byte block mimetic looks at the byte before it too.
      if (base + size < 2) return false;
      const char a = in_[base + size - 1], b = in_[base + size - 2];
      if (is_newline_pair(a, b)) {
        if (size == 1) return false;  // mimetic would cut the block to -1 bytes
        size -= 2;
      } else if (is_newline(a)) {
        size -= 1;
      }
    }
    *block = in_.substr(base, size);
    return true;
  }

  bool entity(int parent, uint16_t depth) {
    if (depth > MimeAdapter::kMaxContainers) return false;
    const int index = new_node(parent, depth);
    size_t body_start = 0;
    if (!split_plain_header(in_, pos_, arena_, folded_, &fields_, &body_start)) return false;
    pos_ = body_start;
    const PlainField* declared = nullptr;
    for (const PlainField& f : fields_)
      if (bounce::iequals(f.name, "Content-Type")) {
        declared = &f;
        break;
      }
    PlainContentType ct;
    if (declared && !parse_plain_content_type(declared->value, &ct)) return false;
    {
      MimeNode& node = out_->nodes[size_t(index)];
      for (const PlainField& f : fields_)
        node.headers.add(f.name, bounce::trim(&f == declared ? rewritten_content_type(ct, arena_) : f.value));
      node.encoding = store_lower(arena_, bounce::trim(node.headers.get("Content-Transfer-Encoding")));
      if (declared) {
        node.type = store_media_type(arena_, ct.type, ct.subtype);
        node.charset = ct.param("charset");
      }
    }
    const bool multipart = declared && bounce::iequals(ct.type, "multipart");
    const bool rfc822 = declared && bounce::iequals(ct.type, "message") && bounce::iequals(ct.subtype, "rfc822");
    if (rfc822) return entity(index, uint16_t(depth + 1));
    if (!multipart) {
      std::string_view body;
      if (!copy_until_boundary(&body)) return false;
      out_->nodes[size_t(index)].body = body;
      return true;
    }
    const std::string_view boundary = ct.param("boundary");
    if (boundary.empty()) return false;  // mimetic then splits on any "--": its reading, not a plain one
    node_boundary_[size_t(index)] = boundary;
    char* b = arena_.reserve(boundary.size() + 2);
    b[0] = b[1] = '-';
    std::memcpy(b + 2, boundary.data(), boundary.size());
    open_.push_back(arena_.commit(b, boundary.size() + 2));
    std::string_view preamble;
    if (!copy_until_boundary(&preamble)) return false;
    out_->nodes[size_t(index)].preamble = preamble;
    while (pos_ != in_.size()) {
      if (last_ == Last::boundary) {
        if (!entity(index, uint16_t(depth + 1))) return false;
      } else if (last_ == Last::closing) {
        // Closed by "--boundary--" at a line start: what the check for a
        // missing closing delimiter looks for, so it need not search.
        closed_at_line_start_[size_t(index)] = last_found_ == 0 || in_[last_found_ - 1] == '\n';
        open_.pop_back();
        std::string_view epilogue;  // read past, not kept
        return copy_until_boundary(&epilogue);
      } else {
        return true;
      }
    }
    return true;
  }

  std::string_view in_;
  TextArena& arena_;
  MimeTree* out_;
  std::vector<PlainField>& fields_;
  std::string& folded_;
  std::vector<std::string_view>& node_boundary_;
  std::vector<bool>& closed_at_line_start_;
  std::vector<std::string_view>& open_;
  size_t pos_ = 0;
  size_t last_found_ = 0;  // where copy_until_boundary() last found a boundary
  Last last_ = Last::none;
};

}  // namespace

bool MimeAdapter::parse(std::string_view text, TextArena& arena, MimeTree* out) {
  out->node_count = 0;
  out->problems.clear();
  out->cut = false;

  std::string_view input = text;
  if (input.size() > kMaxInput) {
    size_t end = input.rfind('\n', kMaxInput);
    input = input.substr(0, end == std::string_view::npos ? kMaxInput : end + 1);
    out->cut = true;
  }
  std::string why;
  size_t cut = structural_cut(input, kMaxContainers, kMaxBoundaryLines, &why);
  if (cut < input.size()) {
    input = input.substr(0, cut);
    out->cut = true;
    out->add_problem(why);
  }

  Impl& im = *impl_;
  im.root.reset();
  if (plain_reader_) {
    PlainReader reader(input, arena, out, im.plain);
    if (reader.read()) return true;
    out->node_count = 0;
  }
  try {
    auto root = std::make_unique<mimetic::MimeEntity>();
    root->load(input.data(), input.data() + input.size(), mimetic::imNone);
    im.root = std::move(root);
  } catch (const std::exception& e) {
    out->add_problem(std::string("the MIME structure could not be parsed: ") + e.what());
    return false;
  } catch (...) {
    out->add_problem("the MIME structure could not be parsed");
    return false;
  }

  try {
    im.stack.clear();
    im.stack.push_back({im.root.get(), -1, 0});
    while (!im.stack.empty()) {
      Impl::Pending p = im.stack.back();
      im.stack.pop_back();
      const int index = start_node(out, p.parent, p.depth);
      MimeNode& node = out->nodes[size_t(index)];

      const mimetic::Header& h = p.entity->header();
      for (const mimetic::Field& f : h) {
        std::string value = f.value();
        node.headers.add(arena.store(view_of(f.name())), arena.store(bounce::trim(value)));
      }
      node.encoding = store_lower(arena, bounce::trim(node.headers.get("Content-Transfer-Encoding")));
      const mimetic::ContentType& ct = h.contentType();
      std::string_view type = view_of(ct.type()), subtype = view_of(ct.subtype());
      // A parameter folded without its ';' ("text/plain\n   charset=...")
      // ends up in mimetic's subtype.
      subtype = subtype.substr(0, std::min(subtype.size(), subtype.find_first_of(" \t;")));
      bool declared = node.headers.has("Content-Type");  // the fields just copied: no second search with toupper
      if (declared && !type.empty()) node.type = store_media_type(arena, type, subtype);
      node.charset = declared ? arena.store(view_of(ct.param("charset"))) : std::string_view();

      const mimetic::Body& body = p.entity->body();
      const mimetic::MimeEntityList& parts = body.parts();
      if (node.multipart()) {
        node.preamble = view_of(body.preamble());
        std::string boundary = ct.param("boundary");
        if (boundary.empty()) {
          // mimetic then splits on any "--": its parts are noise. The caller
          // reads the raw body as text instead.
          out->add_problem(std::string(node.type) + " without a boundary parameter");
          continue;
        }
        if (parts.empty()) {
          note_boundary_never_appears(out, boundary, node.type);
          continue;
        }
        if (!out->cut && !has_line_starting(input, "--" + boundary + "--")) note_closing_boundary_missing(out, boundary);
      } else if (parts.empty()) {
        node.body = view_of(body);
      }
      if (p.depth + 1 > kMaxContainers) continue;  // unreachable with the cut above; kept as a guard
      // Children in reverse so that they pop in document order.
      for (auto it = parts.rbegin(); it != parts.rend(); ++it)
        if (*it) im.stack.push_back({*it, index, uint16_t(p.depth + 1)});
    }
  } catch (const std::exception& e) {
    out->add_problem(std::string("the MIME structure could not be read: ") + e.what());
    return false;
  } catch (...) {
    out->add_problem("the MIME structure could not be read");
    return false;
  }
  return true;
}

}  // namespace mailtriage
