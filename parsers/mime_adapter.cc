#include "parsers/mime_adapter.h"

#include <mimetic/mimetic.h>

#include <algorithm>
#include <exception>
#include <utility>

namespace mailtriage {

using bounce::TextArena;

void MimeTree::add_problem(std::string_view what) {
  if (problems.size() > 512) return;  // the first few say enough
  if (!problems.empty()) problems.append("; ");
  problems.append(what);
}

struct MimeAdapter::Impl {
  std::unique_ptr<mimetic::MimeEntity> root;
  struct Pending {
    const mimetic::MimeEntity* entity;
    int parent;
    uint16_t depth;
  };
  std::vector<Pending> stack;
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

template <typename S>
std::string_view view_of(const S& s) {
  return std::string_view(s.data(), s.size());
}

// Start of the line holding `pos`.
size_t line_start(std::string_view text, size_t pos) {
  size_t nl = text.rfind('\n', pos);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

// Where the input must end so that mimetic never nests deeper, or holds more
// parts, than the caps allow. Every container level needs a "multipart" or
// "rfc822" token in some header, and every part a line starting with "--", so
// counting those tokens anywhere bounds both without parsing anything.
size_t structural_cut(std::string_view text, int max_containers, int max_boundaries, std::string* why) {
  size_t cut = text.size();
  int containers = 0;
  for (std::string_view token : {std::string_view("multipart"), std::string_view("rfc822")}) {
    size_t pos = 0;
    int seen = 0;
    while ((pos = bounce::ifind(text, token, pos)) != std::string_view::npos && pos < cut) {
      if (++seen + containers > max_containers) {
        cut = line_start(text, pos);
        *why = "more than " + std::to_string(max_containers) + " nested MIME containers: the rest was not read";
        break;
      }
      pos += token.size();
    }
    containers += seen;
  }
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
  return text.find(needle) != std::string_view::npos;
}

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
      if (out->node_count == out->nodes.size()) out->nodes.emplace_back();
      int index = int(out->node_count++);
      MimeNode& node = out->nodes[size_t(index)];
      node.parent = p.parent;
      node.depth = p.depth;
      node.headers.clear();
      node.body = node.preamble = {};
      node.children = 0;
      if (p.parent >= 0) ++out->nodes[size_t(p.parent)].children;

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
      if (declared && !type.empty()) {
        char* t = arena.reserve(type.size() + 1 + subtype.size());
        for (size_t i = 0; i < type.size(); ++i) t[i] = bounce::ascii_lower(type[i]);
        t[type.size()] = '/';
        for (size_t i = 0; i < subtype.size(); ++i) t[type.size() + 1 + i] = bounce::ascii_lower(subtype[i]);
        node.type = arena.commit(t, type.size() + 1 + subtype.size());
      } else {
        node.type = {};
      }
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
          out->add_problem("MIME boundary \"" + boundary + "\" of " + std::string(node.type) +
                           " never appears (missing boundary)");
          continue;
        }
        if (!out->cut && !has_line_starting(input, "--" + boundary + "--"))
          out->add_problem("closing MIME boundary \"" + boundary + "\" is missing (truncated message)");
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
