// Splitting mbox files: separators, line ends, and From_ quoting.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/mbox.h"

namespace mailtriage {
namespace {

std::vector<std::string> split(std::string_view bytes) {
  std::vector<std::string> out;
  split_mbox(bytes, [&](std::string_view msg, uint64_t index) {
    EXPECT_EQ(index, out.size() + 1);
    out.emplace_back(msg);
  });
  return out;
}

std::string with_line_ends(std::string_view text, std::string_view eol) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out.append(eol);
    else out.push_back(c);
  }
  return out;
}

const char kTwo[] =
    "From MAILER-DAEMON Tue Mar  4 11:02:33 2025\n"
    "Subject: one\n"
    "\n"
    "body one\n"
    ">From the start, quoted\n"
    "\n"
    "From daemon@example.org Wed Mar  5 14:20:11 2025\n"
    "Subject: two\n"
    "\n"
    "Text of the paragraph.\n"
    "From inside a paragraph is not a separator\n";

TEST(Mbox, SplitsAtFromLinesAfterABlankLine) {
  auto msgs = split(kTwo);
  ASSERT_EQ(msgs.size(), 2u);
  EXPECT_TRUE(msgs[0].starts_with("Subject: one\n"));
  EXPECT_TRUE(msgs[1].starts_with("Subject: two\n"));
  EXPECT_NE(msgs[1].find("From inside a paragraph"), std::string::npos);
}

// mboxo writers leave a body's "From ..." sentence unquoted, even after an
// empty line: only a line with a From_ line's date (a time of day) separates.
TEST(Mbox, AnUnquotedFromSentenceAfterABlankLineIsText) {
  auto msgs = split(
      "From MAILER-DAEMON Mon Mar  3 09:15:22 2025\nSubject: Undelivered Mail\n\nThe mail system.\n\n"
      "From the postmaster: your message could not be delivered.\n\n"
      "From ann@example.org Mon Mar  3 10:00:00 2025\nSubject: next\n\nhi\n");
  ASSERT_EQ(msgs.size(), 2u);
  EXPECT_NE(msgs[0].find("\nFrom the postmaster: your message"), std::string::npos) << msgs[0];
  EXPECT_TRUE(msgs[1].starts_with("Subject: next\n")) << msgs[1];
}

// Some writers leave out the empty line before a From_ line: a whole From_
// line (sender, asctime date) still opens a message, as mutt and Python's
// mailbox read it; a sentence starting "From " with a time in it does not.
TEST(Mbox, AWholeFromLineWithoutABlankLineBeforeItStillSeparates) {
  const std::string text =
      "From MAILER-DAEMON Tue Mar  4 11:02:33 2025\nSubject: one\n\nbody one\n"
      "From daemon@example.org Wed Mar  5 14:20:11 2025\nSubject: two\n\nbody two\n"
      "From 10:00 to 12:00 the server was down, said the note of Mon Mar  3 2025\n"
      "From x@example.net Thu Mar 13 07:01:02 +0000 2025\nSubject: three\n\nbody three\n";
  for (std::string_view eol : {"\n", "\r\n"}) {
    auto msgs = split(with_line_ends(text, eol));
    ASSERT_EQ(msgs.size(), 3u);
    EXPECT_TRUE(msgs[1].starts_with("Subject: two")) << msgs[1];
    EXPECT_NE(msgs[1].find("From 10:00 to 12:00"), std::string::npos) << msgs[1];
    EXPECT_TRUE(msgs[2].starts_with("Subject: three")) << msgs[2];
  }
  EXPECT_TRUE(is_full_from_line("From MAILER-DAEMON Tue Mar  4 11:02:33 2025"));
  EXPECT_TRUE(is_full_from_line("From a@b Tue Mar 14 11:02 PDT 2025"));
  EXPECT_FALSE(is_full_from_line("From MAILER-DAEMON Tue Mar  4 11:02:33"));   // no year
  EXPECT_FALSE(is_full_from_line("From MAILER-DAEMON Tue Max  4 11:02:33 2025"));  // no month
  EXPECT_FALSE(is_full_from_line("From the postmaster Tue Mar  4 11:02:33 2025"));  // two words before the date
  EXPECT_FALSE(is_full_from_line("From: a@b Tue Mar  4 11:02:33 2025"));
}

TEST(Mbox, UnquotesFromLines) {
  auto msgs = split(kTwo);
  ASSERT_EQ(msgs.size(), 2u);
  EXPECT_NE(msgs[0].find("\nFrom the start, quoted\n"), std::string::npos) << msgs[0];
  auto rd = split("From a Mon Jan  1 00:00:00 2024\nSubject: x\n\n>>From deeper\n");
  ASSERT_EQ(rd.size(), 1u);
  EXPECT_NE(rd[0].find("\n>From deeper\n"), std::string::npos) << rd[0];
}

TEST(Mbox, HandlesCrlfAndCrOnlyLineEnds) {
  for (std::string_view eol : {"\r\n", "\r"}) {
    auto msgs = split(with_line_ends(kTwo, eol));
    ASSERT_EQ(msgs.size(), 2u) << "line end " << (eol.size() == 2 ? "CRLF" : "CR");
    EXPECT_TRUE(msgs[1].starts_with(std::string("Subject: two") + std::string(eol)));
    EXPECT_NE(msgs[0].find(std::string(eol) + "From the start, quoted"), std::string::npos);
  }
}

TEST(Mbox, AFileWithoutSeparatorsIsOneMessage) {
  auto msgs = split("Subject: plain\n\nbody\n");
  ASSERT_EQ(msgs.size(), 1u);
  EXPECT_EQ(msgs[0], "Subject: plain\n\nbody\n");
  EXPECT_TRUE(split("").empty());
}

TEST(Mbox, LooksLikeMboxNeedsAHeaderAfterTheFromLine) {
  EXPECT_TRUE(looks_like_mbox("From MAILER-DAEMON Sun Sep  7 21:40:07 2008\rReturn-Path: <MAILER-DAEMON>\r"));
  EXPECT_TRUE(looks_like_mbox(kTwo));
  EXPECT_FALSE(looks_like_mbox("From here on, the text is prose.\nNothing else.\n"));
  EXPECT_FALSE(looks_like_mbox("Subject: x\n"));
}

}  // namespace
}  // namespace mailtriage
