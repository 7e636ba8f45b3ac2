// The one place that calls mimetic (STYLE.md rule 14).
//
// mimetic splits a message into its MIME entities but reports no errors: a
// garbage input parses to an empty entity, a missing boundary to a multipart
// with no parts, and its parser recurses once per nesting level. So the
// adapter caps what mimetic is given (size, container count, boundary lines),
// catches everything it throws, and checks the structure itself afterwards,
// describing what is wrong in `MimeTree::problems`.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/bounce_text.h"

namespace mailtriage {

struct MimeNode {
  int parent = -1;                  // index in MimeTree::nodes, -1 for the root
  uint16_t depth = 0;               // 0 for the root
  bounce::HeaderList headers;       // the entity's own fields, unfolded
  std::string_view type;            // media type, lower case: "text/plain"; "" when absent
  std::string_view charset;         // charset parameter, as written
  std::string_view encoding;        // Content-Transfer-Encoding, lower case
  std::string_view body;            // leaf body, still transfer-encoded
  std::string_view preamble;        // multipart: text before the first boundary
  uint32_t children = 0;
  bool multipart() const { return type.starts_with("multipart/"); }
};

struct MimeTree {
  std::vector<MimeNode> nodes;  // pre-order: a node's children follow it
  size_t node_count = 0;        // nodes[0 .. node_count) are valid (the vector is reused)
  std::string problems;         // "; "-separated descriptions of structural damage
  bool cut = false;             // the input was larger than the cap and was cut
  void add_problem(std::string_view what);
};

class MimeAdapter {
 public:
  // Inputs beyond this are cut before mimetic sees them: a bounce's report
  // and the returned headers come first, an attached 25 MB original does not
  // need to be read whole.
  static constexpr size_t kMaxInput = size_t(2) << 20;
  static constexpr int kMaxContainers = 48;   // multipart or message/rfc822 entities
  static constexpr int kMaxBoundaryLines = 4096;

  MimeAdapter();
  ~MimeAdapter();
  MimeAdapter(const MimeAdapter&) = delete;
  MimeAdapter& operator=(const MimeAdapter&) = delete;

  // `text` has LF line ends and starts with the header block (no mbox From_
  // line). Views in `out` point into `text` (the caller keeps it while it
  // uses them), into mimetic's copy or into `arena`, and stay valid until
  // the next parse(). Returns false when mimetic failed outright (an
  // exception); `out->problems` then says why.
  bool parse(std::string_view text, bounce::TextArena& arena, MimeTree* out);

  // Messages in the plain form (every header line "Name: value" or a
  // continuation, simple Content-Type values, a boundary on each multipart)
  // are split by the adapter itself, exactly as mimetic splits them and
  // several times faster; the rest, and everything after
  // use_plain_reader(false), is mimetic's to read. Tests hold both ways equal.
  void use_plain_reader(bool on) { plain_reader_ = on; }

 private:
  bool plain_reader_ = true;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mailtriage
