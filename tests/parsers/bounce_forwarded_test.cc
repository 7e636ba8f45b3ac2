// Forwarded and quoted bounces: the embedded bounce found in each client's
// way of forwarding or replying, rebuilt as a message (header block from the
// forward's fields, body without quote marks), and ordinary forwards and
// replies left alone.
#include "parsers/bounce_forwarded.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace mailtriage::bounce {
namespace {

const OuterMessage kOuter{"jane@example.com", "Fwd: Undeliverable: invoice", "Wed, 4 Sep 2024 08:00:00 +0000"};

struct Form {
  std::string_view client;
  std::string_view text;
  std::string_view header;     // the rebuilt header block, exactly
  std::string_view body_line;  // a line the rebuilt body must hold, unquoted
};

const Form kForms[] = {
    {"Gmail",
     "Can you look at this?\n\n---------- Forwarded message ---------\n"
     "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
     "Date: Tue, 3 Sep 2024 at 09:58\nSubject: Delivery Status Notification (Failure)\nTo: <jane@example.com>\n\n\n"
     "Address not found\n",
     "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: <jane@example.com>\n"
     "Subject: Delivery Status Notification (Failure)\nDate: Wed, 4 Sep 2024 08:00:00 +0000\n",
     "Address not found"},
    {"Apple Mail, RFC 5322 date kept",
     "Begin forwarded message:\n\nFrom: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n"
     "Date: 2 September 2024 at 10:00:00 CEST\nTo: jane@example.com\n\nThis is the mail system at host mx.example.net.\n",
     "From: MAILER-DAEMON@mx.example.net\nTo: jane@example.com\nSubject: Undelivered Mail Returned to Sender\n"
     "Date: Wed, 4 Sep 2024 08:00:00 +0000\n",
     "This is the mail system at host mx.example.net."},
    {"Thunderbird, no To: the bounce went to the forwarder",
     "-------- Forwarded Message --------\nSubject: \tMail delivery failed: returning message to sender\n"
     "Date: \tMon, 2 Sep 2024 10:00:00 +0200\nFrom: \tMail Delivery System <Mailer-Daemon@mx.example.org>\n\n"
     "This message was created automatically by mail delivery software.\n",
     "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nTo: jane@example.com\n"
     "Subject: Mail delivery failed: returning message to sender\nDate: Mon, 2 Sep 2024 10:00:00 +0200\n",
     "This message was created automatically by mail delivery software."},
    {"Outlook, underscores and Sent:",
     "Please help.\n\n________________________________\nFrom: Microsoft Outlook <postmaster@example.com>\n"
     "Sent: Thursday, September 5, 2024 10:51 AM\nTo: Dan <dan@example.com>\nSubject: Undeliverable: Invoice 4411\n\n"
     "Delivery has failed to these recipients or groups:\n",
     "From: Microsoft Outlook <postmaster@example.com>\nTo: Dan <dan@example.com>\n"
     "Subject: Undeliverable: Invoice 4411\nDate: Wed, 4 Sep 2024 08:00:00 +0000\n",
     "Delivery has failed to these recipients or groups:"},
    {"German Outlook, a bounce subject from no daemon address",
     "-----Urspr\xc3\xbcngliche Nachricht-----\nVon: Microsoft Outlook <Exchange01@example.de>\n"
     "Gesendet: Montag, 2. September 2024 10:00\nAn: Jana <jana@example.de>\n"
     "Betreff: Unzustellbar: Angebot\n\nDie Nachricht konnte nicht zugestellt werden.\n",
     "From: Microsoft Outlook <Exchange01@example.de>\nTo: Jana <jana@example.de>\nSubject: Unzustellbar: Angebot\n"
     "Date: Wed, 4 Sep 2024 08:00:00 +0000\n",
     "Die Nachricht konnte nicht zugestellt werden."},
    {"French, blank before the colons",
     "-------- Message transf\xc3\xa9r\xc3\xa9 --------\nSujet : Undelivered Mail Returned to Sender\n"
     "Date : Mon, 2 Sep 2024 10:00:00 +0200\nDe : MAILER-DAEMON@mx.example.fr\nPour : luc@example.fr\n\n"
     "<paul@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 unknown\n",
     "From: MAILER-DAEMON@mx.example.fr\nTo: luc@example.fr\nSubject: Undelivered Mail Returned to Sender\n"
     "Date: Mon, 2 Sep 2024 10:00:00 +0200\n",
     "<paul@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 unknown"},
    {"Swedish, names with letters beyond ASCII",
     "---------- Vidarebefordrat meddelande ---------\nFr\xc3\xa5n: MAILER-DAEMON@mx.example.se\n"
     "Datum: m\xc3\xa5n 2 sep. 2024 10:00\n\xc3\x84mne: Undelivered Mail Returned to Sender\nTill: <eva@example.se>\n\n"
     "This is the mail system at host mx.example.se.\n",
     "From: MAILER-DAEMON@mx.example.se\nTo: <eva@example.se>\nSubject: Undelivered Mail Returned to Sender\n"
     "Date: Wed, 4 Sep 2024 08:00:00 +0000\n",
     "This is the mail system at host mx.example.se."},
    {"a reply quoting the bounce, its attribution wrapped",
     "What does this mean?\n\nOn Wed, 4 Sep 2024 at 07:41, Mail Delivery System <\n"
     "MAILER-DAEMON@mx.example.com> wrote:\n> This is the mail system at host mx.example.com.\n>\n"
     "> <carol@partner.example>: host mx.partner.example[203.0.113.9] said: 552 5.2.2\n>     Mailbox full\n",
     "From: MAILER-DAEMON@mx.example.com\nTo: jane@example.com\nSubject: Undeliverable: invoice\n"
     "Date: Wed, 4 Sep 2024 08:00:00 +0000\n",
     "    Mailbox full"},
    {"a forward quoted in a reply",
     "Thanks, will check.\n\n> ---------- Forwarded message ---------\n> From: MAILER-DAEMON@mx.example.com\n"
     "> Subject: failure notice\n> To: jane@example.com\n>\n> > Hi. This is the qmail-send program\n",
     "From: MAILER-DAEMON@mx.example.com\nTo: jane@example.com\nSubject: failure notice\n"
     "Date: Wed, 4 Sep 2024 08:00:00 +0000\n",
     "> Hi. This is the qmail-send program"},
};

TEST(ForwardedBounce, EachClientsFormIsRebuiltAsAMessage) {
  for (const Form& f : kForms) {
    SCOPED_TRACE(f.client);
    std::string out;
    ASSERT_TRUE(find_forwarded_bounce(f.text, kOuter, &out));
    const size_t blank = out.find("\n\n");
    ASSERT_NE(blank, std::string::npos) << out;
    EXPECT_EQ(out.substr(0, blank + 1), f.header);
    EXPECT_NE(out.find("\n" + std::string(f.body_line) + "\n", blank), std::string::npos) << out;
    // Nothing of the person's own text before the forward comes along.
    EXPECT_EQ(out.find("help"), std::string::npos) << out;
    EXPECT_EQ(out.find("What does this mean"), std::string::npos) << out;
  }
}

TEST(ForwardedBounce, OrdinaryForwardsAndRepliesAreNotBounces) {
  const std::string_view texts[] = {
      // A forward of a person's mail.
      "FYI\n\n---------- Forwarded message ---------\nFrom: Sam <sam@example.org>\nDate: Mon, 2 Sep 2024\n"
      "Subject: Lunch on Friday\nTo: <jane@example.com>\n\nShall we meet at noon?\n",
      // A reply quoting a person, who mentions a reply code.
      "Sounds good.\n\nOn Mon, 2 Sep 2024, Sam <sam@example.org> wrote:\n> The old server said 550 to everyone,\n"
      "> so we moved the list.\n",
      // Field-like lines that are no header block.
      "Notes:\nFrom: the warehouse\nStatus: shipped\n",
  };
  const OuterMessage outer{"jane@example.com", "Re: plans", "Mon, 2 Sep 2024 10:00:00 +0000"};
  for (std::string_view text : texts) {
    std::string out;
    EXPECT_FALSE(find_forwarded_bounce(text, outer, &out)) << text;
  }
}

TEST(ForwardedBounce, AQuotedReplyNeedsADaemonOrABounceSubject) {
  const std::string_view text = "See below.\n\nOn Mon, 2 Sep 2024, relay@example.net wrote:\n> 550 5.1.1 unknown user\n";
  std::string out;
  EXPECT_FALSE(find_forwarded_bounce(text, {"jane@example.com", "Re: question", "Mon, 2 Sep 2024"}, &out));
  EXPECT_TRUE(find_forwarded_bounce(text, {"jane@example.com", "Re: Returned mail: see transcript", "Mon, 2 Sep 2024"},
                                    &out));
  EXPECT_NE(out.find("Subject: Returned mail: see transcript\n"), std::string::npos) << out;
}

// Hostile text: a long run of field lines that is no bounce's block is read
// once, not once from each of its lines (which would take hours), and a
// bounce's block after it is still found.
TEST(ForwardedBounce, ALongRunOfFieldLinesIsReadOnce) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "From: someone@example.org\nTo: x@example.org\n";
  text += "\n---------- Forwarded message ---------\nFrom: MAILER-DAEMON@mx.example.org\n"
          "Subject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mx.example.org.\n";
  std::string out;
  ASSERT_TRUE(find_forwarded_bounce(text, kOuter, &out));
  EXPECT_TRUE(out.starts_with("From: MAILER-DAEMON@mx.example.org\n")) << out.substr(0, 200);
}

TEST(ForwardedBounce, ReplyAndForwardPrefixes) {
  for (std::string_view s : {"Re: x", "Fwd: x", "FW: x", "AW: WG: x", "TR: x", "RV: x", "Re[2]: x", "fwd:x"})
    EXPECT_TRUE(has_reply_or_forward_prefix(s)) << s;
  for (std::string_view s : {"Undeliverable: x", "Returned mail: see transcript", "Report: x", "x", ""})
    EXPECT_FALSE(has_reply_or_forward_prefix(s)) << s;
}

}  // namespace
}  // namespace mailtriage::bounce
