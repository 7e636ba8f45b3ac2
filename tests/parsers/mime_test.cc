// The mimetic adapter: structure, and the damage it must notice itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>

#include "parsers/mime_adapter.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

struct Parsed {
  std::string text;  // the tree's views may point into it: kept as long as the tree
  bounce::TextArena arena;
  MimeAdapter mime;
  MimeTree tree;
  bool ok = false;
  explicit Parsed(std::string t) : text(std::move(t)) { ok = mime.parse(text, arena, &tree); }
};

const char kReport[] =
    "From: MAILER-DAEMON@example.org\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n"
    "\n"
    "preamble\n"
    "--B1\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "notification\n"
    "--B1\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.org\n"
    "--B1\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "From: alice@example.org\n"
    "Subject: hello\n"
    "\n"
    "body\n"
    "--B1--\n";

TEST(MimeAdapter, ListsPartsInDocumentOrder) {
  Parsed p(kReport);
  ASSERT_TRUE(p.ok);
  EXPECT_TRUE(p.tree.problems.empty()) << p.tree.problems;
  ASSERT_EQ(p.tree.node_count, 5u);
  EXPECT_EQ(p.tree.nodes[0].type, "multipart/report");
  EXPECT_EQ(p.tree.nodes[0].children, 3u);
  EXPECT_EQ(p.tree.nodes[1].type, "text/plain");
  EXPECT_EQ(p.tree.nodes[1].charset, "us-ascii");
  EXPECT_EQ(p.tree.nodes[1].body, "notification");
  EXPECT_EQ(p.tree.nodes[2].type, "message/delivery-status");
  EXPECT_EQ(p.tree.nodes[3].type, "message/rfc822");
  EXPECT_EQ(p.tree.nodes[4].parent, 3);
  EXPECT_EQ(p.tree.nodes[4].headers.get("Subject"), "hello");
}

TEST(MimeAdapter, ReportsAMissingBoundaryParameter) {
  Parsed p("Content-Type: multipart/mixed\n\n--x\nContent-Type: text/plain\n\nhi\n--x--\n");
  EXPECT_NE(p.tree.problems.find("without a boundary"), std::string::npos) << p.tree.problems;
}

TEST(MimeAdapter, ReportsABoundaryThatNeverAppears) {
  Parsed p("Content-Type: multipart/mixed; boundary=\"nowhere\"\n\nplain text only\n");
  EXPECT_NE(p.tree.problems.find("never appears"), std::string::npos) << p.tree.problems;
}

TEST(MimeAdapter, ReportsATruncatedMessage) {
  std::string cut(kReport);
  cut.resize(cut.find("--B1\nContent-Type: message/rfc822"));
  Parsed p(cut);
  EXPECT_NE(p.tree.problems.find("closing MIME boundary"), std::string::npos) << p.tree.problems;
}

TEST(MimeAdapter, CapsNestingDepthInsteadOfRecursingWithoutEnd) {
  std::string deep = "Content-Type: multipart/mixed; boundary=\"b0\"\n\n";
  for (int i = 1; i < 2000; ++i)
    deep += "--b" + std::to_string(i - 1) + "\nContent-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\n\n";
  Parsed p(deep);
  EXPECT_NE(p.tree.problems.find("nested MIME containers"), std::string::npos) << p.tree.problems;
  for (size_t i = 0; i < p.tree.node_count; ++i) EXPECT_LE(p.tree.nodes[i].depth, MimeAdapter::kMaxContainers);
}

TEST(MimeAdapter, CapsBoundaryLines) {
  std::string many = "Content-Type: multipart/mixed; boundary=\"b\"\n\n";
  for (int i = 0; i < MimeAdapter::kMaxBoundaryLines + 100; ++i) many += "--b\n";
  Parsed p(many);
  EXPECT_TRUE(p.tree.cut);
  EXPECT_NE(p.tree.problems.find("boundary lines"), std::string::npos) << p.tree.problems;
  EXPECT_LE(p.tree.node_count, size_t(MimeAdapter::kMaxBoundaryLines) + 1);
}

TEST(MimeAdapter, CutsOversizedInputs) {
  std::string big = "Content-Type: text/plain\n\n";
  big.append(MimeAdapter::kMaxInput + 4096, 'a');
  Parsed p(big);
  EXPECT_TRUE(p.tree.cut);
  ASSERT_GE(p.tree.node_count, 1u);
  EXPECT_LE(p.tree.nodes[0].body.size(), MimeAdapter::kMaxInput);
}

TEST(MimeAdapter, SurvivesRandomBytes) {
  std::mt19937 rng(1234);
  MimeAdapter mime;
  bounce::TextArena arena;
  MimeTree tree;
  for (int round = 0; round < 200; ++round) {
    std::string junk = "Content-Type: multipart/mixed; boundary=\"-\"\n\n";
    size_t n = rng() % 3000;
    for (size_t i = 0; i < n; ++i) {
      // Bias towards the characters MIME parsing reacts to.
      static const char kAlphabet[] = "-\n:;=\"abc \tContent-Type multipart/";
      junk.push_back(rng() % 4 ? kAlphabet[rng() % (sizeof kAlphabet - 1)] : char(rng() & 0xFF));
    }
    arena.reset();
    mime.parse(junk, arena, &tree);  // must not crash or hang
    // Every node came from a boundary line or the root: the caps bound them.
    EXPECT_LE(tree.node_count, size_t(MimeAdapter::kMaxBoundaryLines) + 1);
  }
}

// The plain reader must give the tree mimetic gives: every node, field,
// type, charset, encoding, preamble, body and problem, on real messages and
// on copies damaged where the reader has to decide whether it may read them.
std::string describe(const MimeTree& t) {
  std::string s = "nodes " + std::to_string(t.node_count) + (t.cut ? " cut" : "") + " problems [" + t.problems + "]\n";
  for (size_t i = 0; i < t.node_count; ++i) {
    const MimeNode& n = t.nodes[i];
    s += "node " + std::to_string(i) + " parent " + std::to_string(n.parent) + " depth " + std::to_string(n.depth) +
         " children " + std::to_string(n.children) + " type [" + std::string(n.type) + "] charset [" +
         std::string(n.charset) + "] encoding [" + std::string(n.encoding) + "]\n";
    for (const bounce::HeaderField& f : n.headers.fields())
      s += "  [" + std::string(f.name) + "] = [" + std::string(f.value) + "]\n";
    s += "  preamble [" + std::string(n.preamble) + "]\n  body [" + std::string(n.body) + "]\n";
  }
  return s;
}

// Returns true when the plain reader took the message (so that a test can
// check it is not declining everything).
bool expect_plain_reader_agrees(const std::string& text, const std::string& what) {
  bounce::TextArena arena_a, arena_b;
  MimeAdapter plain, mimetic_only;
  mimetic_only.use_plain_reader(false);
  MimeTree a, b;
  bool ok_a = plain.parse(text, arena_a, &a);
  bool ok_b = mimetic_only.parse(text, arena_b, &b);
  EXPECT_EQ(ok_a, ok_b) << what;
  std::string da = describe(a), db = describe(b);
  EXPECT_EQ(da, db) << what;
  // Whether it was the reader: parse again with mimetic's tree released; a
  // body viewing the input rather than mimetic's copy says so.
  for (size_t i = 0; i < a.node_count; ++i) {
    std::string_view body = a.nodes[i].body;
    if (!body.empty()) return body.data() >= text.data() && body.data() < text.data() + text.size();
  }
  return false;
}

// What the bounce parser hands the adapter: LF line ends, no mbox From_ line.
std::string as_adapter_input(std::string raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else {
      out.push_back(raw[i]);
    }
  }
  if (out.starts_with("From ")) out.erase(0, std::min(out.size(), out.find('\n') + 1));
  return out;
}

TEST(MimeAdapter, PlainReaderAgreesWithMimeticOnHandWrittenEdges) {
  const std::string cases[] = {
      "From: a@example.org\nSubject: hi\n\nbody\n",
      "Subject: folded  \n   twice\n\t \n  and more\nTo: b@example.org\n\nbody",
      "Content-Type: text/plain;\n\tcharset=\"ISO-8859-1\"\nContent-Transfer-Encoding: Quoted-Printable\n\n=E9t=E9\n",
      "content-type: TEXT/HTML; Charset=utf-8\n\n<p>x</p>",
      "Content-Type: text/plain\nContent-Type: text/html\n\ntwo types\n",
      "Content-Type: text/plain; charset=a; charset=b;\n\nfirst of two\n",
      "Content-Type: text/plain;  \n\nlast semicolon\n",
      "Content-Type: text/plain ; charset=x\n\nblank before the semicolon\n",
      "Content-Type: text/plain; charset=\"a;b\"\n\nsemicolon quoted\n",
      "Content-Type: text/plain  \n\ntrailing blanks\n",
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nin\n--x--\n",
      "Content-Type: multipart/mixed; boundary=\"b 1\"\n\npre\n--b 1\nContent-Type: text/plain\n\none\n--b 1\n\ntwo\n\n--b 1--\nepilogue\n",
      "Content-Type: multipart/report; report-type=delivery-status;\n  boundary=\"=_a/b\"\n\n--=_a/b\nContent-Type: text/plain\n\n"
      "notice\n--=_a/b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@b\n"
      "--=_a/b\nContent-Type: message/rfc822\n\nSubject: inner\nContent-Type: multipart/alternative; boundary=in\n\n--in\n\n"
      "plain\n--in\nContent-Type: text/html\n\n<p>\n--in--\n\n--=_a/b--\n",
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nno closing boundary\n",
      "Content-Type: multipart/mixed; boundary=x\n\n\n--x\n\none-byte preamble\n--x\n\nb\n--x--\n",
      "Content-Type: multipart/mixed; boundary=x\n\n\r--x\n\none-byte preamble after a line end\n--x--\n",
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nz--x--\n",
      "Content-Type: multipart/mixed; boundary=x\n\nno boundary at all\n",
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nmid-line --x cut\n--x--\n",
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nempty parts\n--x\n--x\n\n--x--",
      "Content-Type: multipart/mixed; boundary=x\n\n--x  \n\nblanks after the boundary\n--x--\n",
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n\na\n--x",
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n",
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nq\n--x\nz",
      "Content-Type: multipart/mixed\n\n--x\n\nno boundary parameter\n",
      "Content-Type: multipart/mixed; boundary=\"\"\n\n--\n\nempty boundary\n",
      "Content-Type: message/rfc822\n\nSubject: inner\n\ninner body\n",
      "Content-Type: message/rfc822\n\n",
      "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n",
      "Content-Type: text/plain (a comment); format=flowed\n\nx\n",
      "Content-Type: text/plain; format=flowed (comment)\n\nx\n",
      "Content-Type:\n\nempty type\n",
      "Content-Type: text\n\nno subtype\n",
      "Subject: no empty line at the end",
      "Subject: x\n\n",
      "Subject: x\n\n\rbody after a CR\n",
      "Subject : blank before the colon\n\nx\n",
      "Subject: x\nnot a header line\nTo: y\n\nbody\n",
      ": no name\nSubject: x\n\nbody\n",
      std::string("Subject: nul\0inside\n\nbody\n", 27),
      "Subject: cr\rinside\n\nbody\n",
      "Subj\xc3\xa9" "ct: 8-bit name\n\nbody\n",
      "Subject: 8-bit value \xc3\xa9\n\nbody\n",
      " folded first line\nSubject: x\n\nbody\n",
      "\nbody without header\n",
      "",
  };
  for (const std::string& text : cases) expect_plain_reader_agrees(text, text);
}

TEST(MimeAdapter, PlainReaderAgreesWithMimeticOnTheCorpusAndDamagedCopies) {
  MAILTRIAGE_REQUIRE_SHARED();
  std::mt19937 rng(2026);
  size_t files = 0, read_plainly = 0;
  const std::string damage[] = {"\r", std::string(1, '\0'), " ", "\t", "\n", ":", "\xff", "\n\n", "--", "\n--",
                                "-", ";", "\"", "Content-Type: text/plain\n", "Content-Type: multipart/mixed; boundary=q\n",
                                "Content-Type: message/rfc822\n", "X-Folded: a\n  b\n"};
  for (const auto& entry : std::filesystem::recursive_directory_iterator(testing::shared_dir() / "corpora/bounces")) {
    if (!entry.is_regular_file()) continue;
    std::string ext = entry.path().extension().string();
    if (ext == ".md" || ext == ".tsv") continue;
    std::string text = as_adapter_input(testing::read_file(entry.path()));
    ++files;
    read_plainly += expect_plain_reader_agrees(text, entry.path().string());
    for (int round = 0; round < 8; ++round) {
      std::string copy = text;
      // Half the damage in the top header block, half anywhere (part headers, boundaries, bodies).
      size_t header_end = std::min(copy.size(), copy.find("\n\n") == std::string::npos ? copy.size() : copy.find("\n\n") + 2);
      size_t span = round % 2 ? copy.size() : header_end;
      size_t at = rng() % (span + 1);
      const std::string& d = damage[rng() % std::size(damage)];
      if (rng() % 3 == 0 && at < copy.size()) copy.erase(at, 1 + rng() % 3);
      else copy.insert(at, d);
      expect_plain_reader_agrees(copy, entry.path().string() + " damaged at " + std::to_string(at));
    }
    // Cut short, as a truncated file is.
    expect_plain_reader_agrees(text.substr(0, text.size() / 2), entry.path().string() + " cut in half");
  }
  EXPECT_GT(files, 400u);
  // The reader must take most real bounces, or it saves nothing.
  EXPECT_GT(read_plainly, files * 7 / 10) << read_plainly << " of " << files;
}

}  // namespace
}  // namespace mailtriage
