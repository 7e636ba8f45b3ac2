#include "classifiers/identity_mask.h"

#include <gtest/gtest.h>

#include <string>

#include "classifiers/classifier.h"

namespace mailtriage {
namespace {

// The text as the classifier reads it; the text itself when nothing is masked.
std::string masked(std::string_view text) {
  std::string out;
  std::vector<MaskEdit> edits;
  return mask_identities(text, &out, &edits) ? out : std::string(text);
}

TEST(IdentityMask, MailboxNamesInBracketsGiveWayToAStandIn) {
  EXPECT_EQ(masked("550 5.1.1 <victor@example.net>: Recipient address rejected: User unknown"),
            "550 5.1.1 <x@example.net>: Recipient address rejected: User unknown");
  EXPECT_EQ(masked("RCPT TO:<J.Doe+news@mail.example.co.uk> 550"), "RCPT TO:<x@mail.example.co.uk> 550");
  // Each address of a line; a source route keeps its last mailbox's domain.
  EXPECT_EQ(masked("from=<a@example.org> to=<bob@example.net>"), "from=<x@example.org> to=<x@example.net>");
  EXPECT_EQ(masked("<@relay.example,@b.example:carol@example.com>"), "<x@example.com>");
}

TEST(IdentityMask, WhatRulesReadIsKept) {
  // No brackets: a provider's own contact address is a rule's words.
  EXPECT_EQ(masked("contact tosa@rx.t-online.de"), "contact tosa@rx.t-online.de");
  EXPECT_EQ(masked("<>: Sender address rejected"), "<>: Sender address rejected");
  EXPECT_EQ(masked("<WIN-933CAF5>: Helo command rejected"), "<WIN-933CAF5>: Helo command rejected");
  EXPECT_EQ(masked("<john doe@example.org>"), "<john doe@example.org>");  // not one address
  EXPECT_EQ(masked("<@example.org>"), "<@example.org>");                  // no mailbox to hide
  EXPECT_EQ(masked("<bob@>"), "<bob@>");
  // Loopback: a local filter or MTA that is down.
  EXPECT_EQ(masked("connect to 127.0.0.1[127.0.0.1]:10025: Connection refused"),
            "connect to 127.0.0.1[127.0.0.1]:10025: Connection refused");
  // Statuses, versions, host names made of numbers, and longer runs are not addresses.
  EXPECT_EQ(masked("550 5.7.1 rejected"), "550 5.7.1 rejected");
  EXPECT_EQ(masked("Exchange 15.20.4200.11 said"), "Exchange 15.20.4200.11 said");
  EXPECT_EQ(masked("4.3.2.1.zen.spamhaus.org"), "4.3.2.1.zen.spamhaus.org");
  EXPECT_EQ(masked("mx1.2.3.4.example"), "mx1.2.3.4.example");
  EXPECT_EQ(masked("1.2.3.4.5"), "1.2.3.4.5");
  EXPECT_EQ(masked("300.1.2.3"), "300.1.2.3");
  EXPECT_EQ(masked("v1.2.3.4a"), "v1.2.3.4a");
  EXPECT_EQ(masked(""), "");
}

TEST(IdentityMask, Ipv4AddressesGiveWayToOne) {
  EXPECT_EQ(masked("Client host [198.51.100.110] blocked using zen.spamhaus.org; "
                   "https://www.spamhaus.org/query/ip/198.51.100.110"),
            "Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1");
  EXPECT_EQ(masked("connect to mx.example.net[203.0.113.9]:25: Connection timed out"),
            "connect to mx.example.net[192.0.2.1]:25: Connection timed out");
  EXPECT_EQ(masked("from 10.0.0.5."), "from 192.0.2.1.");
  EXPECT_EQ(masked("::ffff:8.8.8.8 refused"), "::ffff:192.0.2.1 refused");
}

TEST(IdentityMask, OffsetsOutsideTheStandInsMapBack) {
  const std::string text = "host mx.example.net[203.0.113.77] said: 550 5.1.1 <victoria@example.net>: unknown";
  std::string out;
  std::vector<MaskEdit> edits;
  ASSERT_TRUE(mask_identities(text, &out, &edits));
  for (std::string_view piece : {"host ", "said: 550 5.1.1", "@example.net>: unknown"}) {
    const size_t in_masked = out.find(piece);
    ASSERT_NE(in_masked, std::string::npos) << piece;
    EXPECT_EQ(original_offset(in_masked, edits), text.find(piece)) << piece;
  }
}

// The classifier decides a text by what is left: two replies that differ in
// the mailbox and the address only are one memo entry, and a status found in
// the text is a view into the caller's text, not the masked copy.
TEST(IdentityMask, TheClassifierReadsTheMaskedText) {
  std::string error;
  auto c = Classifier::create(&error);
  ASSERT_NE(c, nullptr) << error;
  ClassifierScratch scratch;
  const std::string first = "host mx.example.net[198.51.100.7] said: 550 5.1.1 <alice@example.net>: Recipient "
                            "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)";
  const std::string second = "host mx.example.net[203.0.113.250] said: 550 5.1.1 <bartholomew@example.net>: Recipient "
                             "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)";
  const Decision a = c->classify({.text = first, .scope = kScopeServerLog, .action = Action::bounced}, &scratch);
  const uint64_t hits = scratch.memo_hits();
  const Decision b = c->classify({.text = second, .scope = kScopeServerLog, .action = Action::bounced}, &scratch);
  EXPECT_EQ(scratch.memo_hits(), hits + 1);
  ASSERT_NE(a.rule, nullptr);
  EXPECT_EQ(a.rule, b.rule);
  EXPECT_EQ(a.rule->cause, Cause::recipient_unknown);
  EXPECT_EQ(b.reply_code, 550);
  EXPECT_EQ(b.status, "5.1.1");
  EXPECT_GE(b.status.data(), second.data());
  EXPECT_LT(b.status.data(), second.data() + second.size());
  EXPECT_EQ(size_t(b.status.data() - second.data()), second.find("5.1.1"));
  // The memo's answer equals a fresh one.
  ClassifierScratch fresh;
  const Decision alone = c->classify({.text = second, .scope = kScopeServerLog, .action = Action::bounced}, &fresh);
  EXPECT_EQ(alone.rule, b.rule);
  EXPECT_EQ(alone.status.data(), b.status.data());
}

}  // namespace
}  // namespace mailtriage
