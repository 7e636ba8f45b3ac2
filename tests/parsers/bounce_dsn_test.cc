// RFC 3464 delivery-status fields and RFC 5322 dates.
#include <gtest/gtest.h>

#include "parsers/dsn.h"

namespace mailtriage {
namespace {

TEST(Dsn, ReadsPerMessageAndPerRecipientGroups) {
  bounce::TextArena arena;
  DsnReport r;
  ASSERT_TRUE(parse_dsn("Reporting-MTA: dns; mx.example.org\n"
                        "X-Postfix-Queue-ID: 4AB12C\n"
                        "X-Postfix-Sender: rfc822; alice@example.org\n"
                        "Arrival-Date: Mon, 3 Mar 2025 09:15:20 +0000\n"
                        "\n"
                        "Final-Recipient: rfc822; bob@example.net\n"
                        "Original-Recipient: rfc822;bob@example.net\n"
                        "Action: failed\n"
                        "Status: 5.1.1\n"
                        "Remote-MTA: dns; mx.example.net\n"
                        "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected:\n"
                        "    User unknown in virtual mailbox table\n"
                        "\n"
                        "Final-Recipient: rfc822; carol@example.com\n"
                        "Action: delayed\n"
                        "Status: 4.4.1\n",
                        arena, &r));
  EXPECT_EQ(r.reporting_mta, "mx.example.org");
  EXPECT_EQ(r.queue_id, "4AB12C");
  EXPECT_EQ(r.envelope_sender, "alice@example.org");
  ASSERT_EQ(r.recipients.size(), 2u);
  EXPECT_EQ(r.recipients[0].final_recipient, "bob@example.net");
  EXPECT_EQ(r.recipients[0].remote_mta, "mx.example.net");
  EXPECT_EQ(r.recipients[0].diagnostic_type, "smtp");
  EXPECT_EQ(r.recipients[0].diagnostic,
            "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table");
  EXPECT_EQ(r.recipients[1].final_recipient, "carol@example.com");
  EXPECT_EQ(r.recipients[1].action, "delayed");
}

TEST(Dsn, RepeatedRecipientFieldStartsANewGroupWithoutABlankLine) {
  bounce::TextArena arena;
  DsnReport r;
  ASSERT_TRUE(parse_dsn("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
                        "Final-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.1.1\n",
                        arena, &r));
  ASSERT_EQ(r.recipients.size(), 2u);
  EXPECT_EQ(r.recipients[1].status, "5.1.1");
}

// Sendmail's X-Actual-Recipient comes after Final-Recipient in the same
// group and names where an alias led (a program, a local user): it neither
// opens a recipient nor takes the group's address.
TEST(Dsn, ActualRecipientStaysWithinItsGroup) {
  bounce::TextArena arena;
  DsnReport r;
  ASSERT_TRUE(parse_dsn("Original-Recipient: rfc822;carl@example.se\nFinal-Recipient: RFC822; carl@example.se\n"
                        "X-Actual-Recipient: X-Unix; |/home/carl/bin/filter\nAction: failed\nStatus: 5.7.1\n"
                        "Diagnostic-Code: smtp; 550 5.7.1 |/home/carl/bin/filter... Cannot mail directly to programs\n",
                        arena, &r));
  ASSERT_EQ(r.recipients.size(), 1u);
  EXPECT_EQ(r.recipients[0].final_recipient, "carl@example.se");
  EXPECT_EQ(r.recipients[0].original_recipient, "carl@example.se");
  EXPECT_EQ(r.recipients[0].status, "5.7.1");
}

TEST(Dsn, NonAddressRecipientIsKeptRaw) {
  bounce::TextArena arena;
  DsnReport r;
  ASSERT_TRUE(parse_dsn("Final-Recipient: X-Unix; |/usr/bin/procmail\nAction: failed\nStatus: 5.3.0\n", arena, &r));
  EXPECT_TRUE(r.recipients[0].final_recipient.empty());
  EXPECT_EQ(r.recipients[0].recipient_raw, "X-Unix; |/usr/bin/procmail");
}

TEST(Dsn, DropsATrailingGroupCutShort) {
  bounce::TextArena arena;
  DsnReport r;
  ASSERT_TRUE(parse_dsn("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n\n"
                        "Final-Recipient: rfc822; b@exam",
                        arena, &r));
  ASSERT_EQ(r.recipients.size(), 1u);
}

// A report pasted or forwarded inline has lost its folding: the
// Diagnostic-Code's continuation lines start at the margin. In the mail's
// text they are the diagnostic's (not a line of rules after it); in a
// delivery-status part such a line is no field and is left out.
TEST(Dsn, UnfoldedDiagnosticInTextGoesOnOverItsLines) {
  const std::string_view fields =
      "Final-Recipient: rfc822; l.moreau@example.org\n"
      "Action: failed\n"
      "Status: 5.0.0\n"
      "Diagnostic-Code: smtp; Amazon SES did not send the message to this address\n"
      "because it is on the suppression list for your account.\n"
      "________________________________\n"
      "From: Example Newsletter <newsletter@example.com>\n";
  bounce::TextArena arena;
  DsnReport in_text, in_part;
  ASSERT_TRUE(parse_dsn(fields, arena, &in_text, /*in_text=*/true));
  ASSERT_EQ(in_text.recipients.size(), 1u);
  EXPECT_EQ(in_text.recipients[0].diagnostic,
            "Amazon SES did not send the message to this address because it is on the suppression list for your "
            "account.");
  ASSERT_TRUE(parse_dsn(fields, arena, &in_part));
  ASSERT_EQ(in_part.recipients.size(), 1u);
  EXPECT_EQ(in_part.recipients[0].diagnostic, "Amazon SES did not send the message to this address");
}

TEST(Dsn, TextWithoutRecipientGroupsIsNoReport) {
  bounce::TextArena arena;
  DsnReport r;
  EXPECT_FALSE(parse_dsn("Hello,\nthis is not a delivery report.\n", arena, &r));
}

TEST(Rfc5322Date, ParsesCommonForms) {
  Timestamp t;
  ASSERT_TRUE(parse_rfc5322_date("Thu, 29 Apr 2015 23:34:45 +0900 (JST)", &t));
  EXPECT_EQ(t.epoch_us, int64_t(1430318085) * 1000000);
  ASSERT_TRUE(parse_rfc5322_date("29 Apr 2015 14:34:45 GMT", &t));
  EXPECT_EQ(t.epoch_us, int64_t(1430318085) * 1000000);
  ASSERT_TRUE(parse_rfc5322_date("Mon,  3 Mar 2025 09:15:22 +0000 (UTC)", &t));
  EXPECT_EQ(t.epoch_us, int64_t(1740993322) * 1000000);
  ASSERT_TRUE(parse_rfc5322_date("Thu, 17 Jul 2013 23:34:45 -0500", &t));
  EXPECT_EQ(t.epoch_us, int64_t(1374122085) * 1000000);
  ASSERT_TRUE(parse_rfc5322_date("Fri, 1 Oct 99 19:15 EDT", &t));  // two-digit year, no seconds
  EXPECT_EQ(t.epoch_us, int64_t(938819700) * 1000000);
}

TEST(Rfc5322Date, RejectsGarbage) {
  Timestamp t;
  EXPECT_FALSE(parse_rfc5322_date("", &t));
  EXPECT_FALSE(parse_rfc5322_date("yesterday at noon", &t));
  EXPECT_FALSE(parse_rfc5322_date("Thu, 45 Foo 2015 99:99:99", &t));
}

}  // namespace
}  // namespace mailtriage
