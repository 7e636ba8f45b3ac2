// The mimetic adapter: structure, and the damage it must notice itself.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "parsers/mime_adapter.h"

namespace mailtriage {
namespace {

struct Parsed {
  bounce::TextArena arena;
  MimeAdapter mime;
  MimeTree tree;
  bool ok = false;
  explicit Parsed(const std::string& text) { ok = mime.parse(text, arena, &tree); }
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

}  // namespace
}  // namespace mailtriage
