// The bounce-message parser over the project's own samples (corpora/bounces):
// one event per recipient with the fields of the report and of the returned
// message, the formats told apart, and bad input diagnosed, never fatal.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "classifiers/classifier.h"
#include "parsers/bounce.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using testing::CollectingSink;
using testing::OwnedEvent;

std::string read_sample(const std::string& name) {
  std::ifstream in(testing::source_dir() / "corpora" / "bounces" / name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Parsed {
  Outcome outcome = Outcome::unrecognized;
  std::string diagnostic;
  CollectingSink sink;
};

Parsed parse(const std::string& bytes, std::string_view path = "sample.eml") {
  FileContext ctx;
  ctx.path = path;
  auto parser = make_bounce_parser(ctx);
  Parsed r;
  r.outcome = parser->parse_message(bytes, 1, r.sink, &r.diagnostic);
  return r;
}

// The events as the pipeline would classify them.
std::vector<OwnedEvent> classified(const std::string& bytes) {
  std::string error;
  auto classifier = Classifier::create(&error);
  EXPECT_NE(classifier, nullptr) << error;
  FileContext ctx;
  ctx.path = "sample.eml";
  auto parser = make_bounce_parser(ctx);
  struct Sink : EventSink {
    const Classifier* c;
    ClassifierScratch scratch;
    std::vector<OwnedEvent> events;
    void on_event(Event& e) override {
      c->apply(e, &scratch);
      events.emplace_back(e);
    }
  } sink;
  sink.c = classifier.get();
  std::string diagnostic;
  parser->parse_message(bytes, 1, sink, &diagnostic);
  return sink.events;
}

// A DSN for one failed recipient, "Status: 5.0.0" and `diagnostic` (its
// continuation lines indented) as its Diagnostic-Code.
std::string failed_dsn(std::string_view recipient, std::string_view diagnostic) {
  return "From: MAILER-DAEMON@gw.example.org\nTo: a@example.com\nSubject: Delivery Status Notification\n"
         "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
         "--b\nContent-Type: text/plain\n\nThe message could not be delivered.\n\n"
         "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw.example.org\n\n"
         "Final-Recipient: rfc822; " + std::string(recipient) + "\nAction: failed\nStatus: 5.0.0\n"
         "Diagnostic-Code: smtp; " + std::string(diagnostic) + "\n\n--b--\n";
}

std::string with_line_ends(std::string text, std::string_view eol) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out.append(eol);
    else out.push_back(c);
  }
  return out;
}

TEST(BounceParser, DsnGivesOneEventPerRecipientWithReportAndOriginalFields) {
  Parsed r = parse(read_sample("dsn-postfix.eml"), "in/dsn-postfix.eml");
  ASSERT_EQ(r.outcome, Outcome::reported) << r.diagnostic;
  ASSERT_EQ(r.sink.events.size(), 2u);
  const OwnedEvent& bob = r.sink.events[0];
  EXPECT_EQ(bob.recipient_index, 1u);
  EXPECT_EQ(bob.action, Action::bounced);
  EXPECT_EQ(bob.scope, kScopeMessage);
  EXPECT_EQ(bob.dataset, "dsn.message");
  EXPECT_EQ(bob.file_path, "in/dsn-postfix.eml");
  EXPECT_EQ(bob.to_address, "bob@example.net");
  EXPECT_EQ(bob.enhanced_status, "5.1.1");
  EXPECT_EQ(bob.reply_code, 550);
  EXPECT_EQ(bob.smtp_command, "RCPT");
  EXPECT_EQ(bob.destination_domain, "mx.example.net");
  EXPECT_EQ(bob.host_name, "mail.example.org");
  EXPECT_EQ(bob.local_id, "3F2A61C0042");
  EXPECT_EQ(bob.from_address, "alice@example.org");
  EXPECT_EQ(bob.message_id, "quarterly-42@client.example.org");
  EXPECT_EQ(bob.subject, "Quarterly report \xE2\x9C\x85");  // RFC 2047, UTF-8
  EXPECT_NE(bob.diagnostic.find("User unknown in virtual mailbox table"), std::string::npos) << bob.diagnostic;
  EXPECT_EQ(bob.diagnostic.find('\n'), std::string::npos) << "folded lines are joined";
  const OwnedEvent& carol = r.sink.events[1];
  EXPECT_EQ(carol.recipient_index, 2u);
  EXPECT_EQ(carol.to_address, "carol@example.com");
  EXPECT_EQ(carol.enhanced_status, "5.2.2");
  EXPECT_TRUE(carol.time.valid);  // Last-Attempt-Date
  EXPECT_EQ(carol.time.epoch_us, int64_t(1740993322) * 1000000);
}

TEST(BounceParser, CrlfAndCrOnlyLineEndsGiveTheSameEvents) {
  std::string lf = read_sample("dsn-postfix.eml");
  Parsed a = parse(lf), b = parse(with_line_ends(lf, "\r\n")), c = parse(with_line_ends(lf, "\r"));
  ASSERT_EQ(b.sink.events.size(), a.sink.events.size());
  ASSERT_EQ(c.sink.events.size(), a.sink.events.size());
  for (size_t i = 0; i < a.sink.events.size(); ++i) {
    EXPECT_EQ(b.sink.events[i].diagnostic, a.sink.events[i].diagnostic);
    EXPECT_EQ(c.sink.events[i].diagnostic, a.sink.events[i].diagnostic);
    EXPECT_EQ(c.sink.events[i].subject, a.sink.events[i].subject);
    EXPECT_EQ(c.sink.events[i].message_id, a.sink.events[i].message_id);
  }
}

TEST(BounceParser, ClassifiesDsnRecipientsByTheirOwnErrors) {
  auto events = classified(read_sample("dsn-postfix.eml"));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[0].cause, "recipient_unknown");
  EXPECT_EQ(events[0].hard, Tristate::yes);
  EXPECT_EQ(events[1].reason, "mailboxfull");
  EXPECT_EQ(events[1].hard, Tristate::no);
}

// Sendmail expanding an alias: every member shares the alias as its
// Final-Recipient, and X-Actual-Recipient names the member. Each failure is
// read from its own member's lines, and the alias's own "expanded" row,
// which has no diagnostic, takes nothing from its members' failures.
TEST(BounceParser, AnExpandedAliasesMembersAreReadByTheirActualRecipients) {
  const std::string message =
      "From: Mail Delivery Subsystem <MAILER-DAEMON@lists.example.com>\n"
      "To: <sender@example.com>\n"
      "Subject: Returned mail: see transcript for details\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
      "\n"
      "--b1\n"
      "Content-Type: text/plain\n"
      "\n"
      "   ----- The following addresses had permanent fatal errors -----\n"
      "<ted@example.net>\n"
      "    (reason: 550 5.1.1 <ted@example.net>... User unknown)\n"
      "    (expanded from: <staff@lists.example.com>)\n"
      "\n"
      "   ----- The following addresses had transient non-fatal errors -----\n"
      "<una@example.org>\n"
      "    (reason: 452 4.2.2 <una@example.org>... Over quota)\n"
      "    (expanded from: <staff@lists.example.com>)\n"
      "\n"
      "--b1\n"
      "Content-Type: message/delivery-status\n"
      "\n"
      "Reporting-MTA: dns; lists.example.com\n"
      "\n"
      "Final-Recipient: RFC822; staff@lists.example.com\n"
      "Action: expanded (to multi-recipient alias)\n"
      "Status: 2.0.0\n"
      "\n"
      "Original-Recipient: rfc822;staff@lists.example.com\n"
      "Final-Recipient: RFC822; staff@lists.example.com\n"
      "X-Actual-Recipient: RFC822; ted@example.net\n"
      "Action: failed\n"
      "Status: 5.1.1\n"
      "\n"
      "Original-Recipient: rfc822;staff@lists.example.com\n"
      "Final-Recipient: RFC822; staff@lists.example.com\n"
      "X-Actual-Recipient: RFC822; una@example.org\n"
      "Action: delayed\n"
      "Status: 4.2.2\n"
      "\n"
      "--b1--\n";
  auto events = classified(message);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].action, Action::delivered);
  EXPECT_EQ(events[0].reply_code, 0);
  EXPECT_EQ(events[0].enhanced_status, "2.0.0");
  EXPECT_EQ(events[1].action, Action::bounced);
  EXPECT_EQ(events[1].reason, "userunknown");
  EXPECT_NE(events[1].diagnostic.find("ted@example.net"), std::string::npos);
  EXPECT_EQ(events[1].diagnostic.find("una@example.org"), std::string::npos);
  EXPECT_EQ(events[2].action, Action::deferred);
  EXPECT_EQ(events[2].reason, "mailboxfull");
  EXPECT_NE(events[2].diagnostic.find("una@example.org"), std::string::npos);
  EXPECT_EQ(events[2].diagnostic.find("ted@example.net"), std::string::npos);
}

// A delay notice whose last try could not reach the destination: the reason
// Sisimai gives a delay (expired), the cause the server that did not answer;
// the final report after the retries ran out is the queue's lifetime; a DNS
// lookup that failed for the while is DNS's.
TEST(BounceParser, ADelaysCauseIsWhatItsLastTryMetAndAFinalReportsTheQueuesLifetime) {
  auto report = [](std::string_view action, std::string_view status, std::string_view diagnostic) {
    std::string dsn = failed_dsn("ops@example.net", diagnostic);
    dsn.replace(dsn.find("Action: failed"), 14, "Action: " + std::string(action));
    dsn.replace(dsn.find("Status: 5.0.0"), 13, "Status: " + std::string(status));
    return dsn;
  };
  auto events = classified(report("delayed", "4.4.1", "X-Postfix; connect to mx1.example.net[192.0.2.37]:25: Connection timed out"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::deferred);
  EXPECT_EQ(events[0].reason, "expired");
  EXPECT_EQ(events[0].cause, "server_unavailable");
  events = classified(report("failed", "4.4.1", "X-Postfix; connect to mx1.example.net[192.0.2.37]:25: Connection timed out"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].reason, "expired");
  EXPECT_EQ(events[0].cause, "expired");
  events = classified(report("delayed", "4.4.3", "X-Postfix; Host or domain name not found. Name service error for "
                                                 "name=example.net type=MX: Host not found, try again"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].reason, "networkerror");
  EXPECT_EQ(events[0].cause, "dns");
}

// A gateway's "5.1.0" wrapping the remote server's own "5.1.1" (Cisco
// IronPort quotes the reply it got): the inner, more specific status is the
// recipient's, and with it the reason; a later status of another subject
// does not replace the first.
TEST(BounceParser, AWrappersXY0GivesWayToTheQuotedXYZ) {
  auto report = [](std::string_view diagnostic) { return failed_dsn("nadia@example.net", diagnostic); };
  auto events = classified(report("5.1.0 - Unknown address error 550-'5.1.1 <nadia@example.net>: Recipient "
                                  "address rejected: User unknown in local recipient table'"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].enhanced_status, "5.1.1");
  EXPECT_EQ(events[0].reason, "userunknown");
  events = classified(report("5.1.0 - Unknown address error 550-'5.7.1 <nadia@example.net>: Access denied'"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].enhanced_status, "5.1.0");
}

// Exim refusing a recipient because its callout to the sender's own server
// failed quotes that server's answer, with its codes: "5.1.1 ... User
// unknown" there is the sender's. The recipient's status stays the
// report's, and the refusal is of the sender (rejected), not of the recipient.
TEST(BounceParser, EximSenderCalloutQuoteIsTheSendersNotTheRecipients) {
  auto events = classified(failed_dsn("pat@example.org",
                                      "550-Verification failed for <office@example.com>\n"
                                      " 550-Called:   192.0.2.25\n 550-Sent:     RCPT TO:<office@example.com>\n"
                                      " 550-Response: 550 5.1.1 <office@example.com>: Recipient address rejected: "
                                      "User unknown\n 550 Sender verify failed"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "pat@example.org");
  EXPECT_EQ(events[0].enhanced_status, "5.0.0");
  EXPECT_EQ(events[0].reply_code, 550);
  EXPECT_EQ(events[0].reason, "rejected");
}

// A provider's own notice in its language names each failed address after a
// label, its reason and the server's reply on the lines under it; the
// addresses are those X-Failed-Recipients lists. Each gets its own lines, not
// the next address's.
TEST(BounceParser, NoticeNamingItsAddressesAfterALabelGivesEachItsOwnReply) {
  const std::string notice =
      "From: Mail <MAILER-DAEMON@mail.example.net>\nTo: sender@example.net\nSubject: Zustellung fehlgeschlagen\n"
      "X-Failed-Recipients: anna@example.com, bob@example.org\nMIME-Version: 1.0\n"
      "Content-Type: text/plain; charset=UTF-8\n\n"
      "Ihre Nachricht konnte nicht zugestellt werden.\n\n"
      "Empf\xc3\xa4nger: anna@example.com\nGrund: Adresse unbekannt\n"
      "Antwort des Servers: 550 5.1.1 <anna@example.com>: Recipient address rejected: User unknown\n"
      "Empf\xc3\xa4nger: bob@example.org\nGrund: Postfach voll\n"
      "Antwort des Servers: 552 5.2.2 <bob@example.org> Mailbox is full\n\n"
      "Bitte pr\xc3\xbc" "fen Sie die Adresse.\n";
  auto events = classified(notice);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "anna@example.com");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[0].diagnostic.find("bob@"), std::string::npos);
  EXPECT_EQ(events[1].to_address, "bob@example.org");
  EXPECT_EQ(events[1].reason, "mailboxfull");
  EXPECT_EQ(events[1].enhanced_status, "5.2.2");
}

TEST(BounceParser, QmailReportGivesEachRecipientItsOwnError) {
  auto events = classified(read_sample("qmail.eml"));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "erin@example.net");
  EXPECT_EQ(events[0].smtp_command, "RCPT");  // "does not like recipient"
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].to_address, "frank@example.com");
  EXPECT_EQ(events[1].enhanced_status, "5.1.2");
  EXPECT_EQ(events[1].reason, "hostunknown");
  EXPECT_EQ(events[0].message_id, "20250304110231.1200.qmail@relay.example.org");  // the returned message
}

TEST(BounceParser, EximReportKeepsTheWholeIndentedError) {
  auto events = classified(read_sample("exim.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "heidi@example.net");
  EXPECT_EQ(events[0].smtp_command, "DATA");
  EXPECT_NE(events[0].diagnostic.find("Message rejected as spam"), std::string::npos);
  EXPECT_EQ(events[0].reason, "spamdetected");
  EXPECT_EQ(events[0].from_address, "grace@example.org");
}

TEST(BounceParser, GmailSentenceNamesTheRecipientInsideIt) {
  auto events = classified(read_sample("gmail-sentence.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "peggy@example.net");
  EXPECT_NE(events[0].diagnostic.find("Your message to <peggy@example.net> has been blocked"), std::string::npos)
      << "the sentence keeps its address: " << events[0].diagnostic;
  EXPECT_EQ(events[0].reply_code, 554);
  EXPECT_EQ(events[0].enhanced_status, "5.7.1");
  EXPECT_EQ(events[0].reason, "blocked");
}

TEST(BounceParser, ExchangeReportIsReadFromItsPartForAdministrators) {
  auto events = classified(read_sample("exchange-ndr.eml"));
  ASSERT_EQ(events.size(), 1u) << "the address in the users' part and in the administrators' part is one recipient";
  EXPECT_EQ(events[0].to_address, "rita@partner.example");
  EXPECT_EQ(events[0].reply_code, 552);
  EXPECT_EQ(events[0].enhanced_status, "5.2.2");
  EXPECT_EQ(events[0].reason, "mailboxfull");
  EXPECT_EQ(events[0].diagnostic.find("Original message headers"), std::string::npos);
}

// hMailServer lists each address with its error below it; a multi-line reply
// keeps its "550-5.7.25" prefixes, which must not hide its words.
TEST(BounceParser, HMailServerReportGivesEachRecipientItsOwnError) {
  auto events = classified(read_sample("hmailserver.eml"));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "treasurer@example.net");
  EXPECT_EQ(events[0].enhanced_status, "5.1.1");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].to_address, "board@example.com");
  EXPECT_EQ(events[1].enhanced_status, "5.7.25");
  EXPECT_EQ(events[1].reason, "requireptr");
  EXPECT_EQ(events[1].diagnostic.find("User unknown"), std::string::npos) << "the first block's text leaked";
}

// MailEnable writes each recipient as "[SMTP:addr]" with its reason under
// it; hMailServer's notice, translated by its admin, still lists each address
// with its error lines indented below and signs with its name.
TEST(BounceParser, MailEnableBlocksAndATranslatedHMailServerNotice) {
  auto mailenable = classified(
      "From: POSTMASTER@mail.example.net\r\nTo: a@example.net\r\nSubject: Message Delivery Failure\r\n"
      "Date: Fri, 28 Mar 2025 09:05:41 +1000\r\nContent-Type: text/plain\r\n\r\n"
      "MailEnable: Message could not be delivered to some recipients.\r\n"
      "The following recipient(s) could not be reached:\r\n\r\n"
      "\tRecipient: [SMTP:bob@example.org]\r\n"
      "\tReason: Remote SMTP Server Returned: 550 5.1.1 <bob@example.org>... No such user here\r\n\r\n"
      "\tRecipient: [SMTP:desk@nowhere.example]\r\n"
      "\tReason: The message could not be delivered because the domain name (nowhere.example) does not appear "
      "to be registered.\r\n\r\nMessage headers follow:\r\n\r\nTo: bob@example.org\r\n");
  ASSERT_EQ(mailenable.size(), 2u);
  EXPECT_EQ(mailenable[0].to_address, "bob@example.org");
  EXPECT_EQ(mailenable[0].reason, "userunknown");
  EXPECT_EQ(mailenable[1].to_address, "desk@nowhere.example");
  EXPECT_EQ(mailenable[1].reason, "hostunknown");

  auto hmail = classified(
      "From: mailermasterdaemon@mail.example.com.br\r\nTo: a@example.com.br\r\n"
      "Subject: Mensagem nao entregue: Guias\r\nDate: Tue, 25 Mar 2025 15:31:47 -0300\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n\r\n"
      "Sua mensagem n\xc3\xa3o chegou a alguns ou a todos os destinat\xc3\xa1rios.\r\n\r\n"
      "cliente@example.org\r\n   Tipo de erro: SMTP\r\n"
      "   O servidor remoto respondeu: 550 5.7.26 Unauthenticated email from example.com.br is not accepted due to "
      "domain's DMARC policy.\r\n\r\nhMailServer\r\n");
  ASSERT_EQ(hmail.size(), 1u);
  EXPECT_EQ(hmail[0].to_address, "cliente@example.org");
  EXPECT_EQ(hmail[0].enhanced_status, "5.7.26");
}

// Postfix's report with a translated introduction: the recipient line is
// still "<addr>: host ... said: 550", wrapped so that the code ends the line.
TEST(BounceParser, PostfixRecipientLineWrappedAfterItsCodeIsRead) {
  auto events = classified(
      "From: MAILER-DAEMON@mta01.example.ne.jp\nTo: sato@example.jp\n"
      "Subject: Undelivered Mail Returned to Sender\nDate: Tue, 11 Mar 2025 09:12:46 +0900\n"
      "Content-Type: text/plain; charset=utf-8\n\n"
      "Diese Nachricht wurde automatisch erstellt.\n\n"
      "<yamada@example.co.jp>: host mx01.example.co.jp[198.51.100.20] said: 550\n"
      "    5.1.1 <yamada@example.co.jp>: Recipient address rejected: User unknown\n"
      "    in local recipient table (in reply to RCPT TO command)\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "yamada@example.co.jp");
  EXPECT_EQ(events[0].enhanced_status, "5.1.1");
  EXPECT_EQ(events[0].reason, "userunknown");
}

// Notes' older layout: the address on the label's own line, the reason on
// "because:"; its delay notice says "has been delayed in transit to:".
TEST(BounceParser, DominoNoticeWithTheAddressOnItsLabelsLine) {
  auto failed = classified(
      "From: Mail Router <nobody@notes.example.com>\nTo: a@example.com\n"
      "Subject: DELIVERY FAILURE: Delivery time expired\nContent-Type: text/plain\n\n"
      "Your document:        Purchase order 77120\n"
      "was not delivered to: orders@example.net\n"
      "because:              Delivery time expired\n\n"
      "What should you do?\n");
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].to_address, "orders@example.net");
  EXPECT_EQ(failed[0].action, Action::bounced);
  EXPECT_EQ(failed[0].reason, "expired");
  auto delayed = classified(
      "From: Mail Router <nobody@notes.example.com>\nTo: a@example.com\n"
      "Subject: DELIVERY DELAYED: Purchase order 77120\nContent-Type: text/plain\n\n"
      "Your document:        Purchase order 77120\n"
      "has been delayed in transit to: orders@example.net\n"
      "because:              Unable to deliver message at this time, retrying. Connection timed out\n");
  ASSERT_EQ(delayed.size(), 1u);
  EXPECT_EQ(delayed[0].action, Action::deferred);
}

// A report in its server's language that labels each address ("收件人：a@x",
// "2. 수신자: b@x") with its reason and the server's reply below: each address
// gets its own reply, not the first one's.
TEST(BounceParser, LabelledAddressBlocksGiveEachRecipientItsOwnReply) {
  auto events = classified(
      "From: postmaster@example-corp.com.cn\r\nTo: sales@example-corp.com.cn\r\n"
      "Subject: =?UTF-8?B?6YCA5L+h?=\r\nDate: Tue, 11 Mar 2025 09:12:46 +0800\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n\r\n"
      "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9awang.fang@example-group.cn\r\n"
      "\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xef\xbc\x9a" "550 5.1.1 User not found\r\n\r\n"
      "2. \xec\x88\x98\xec\x8b\xa0\xec\x9e\x90: park.jiyeon@example.co.kr\r\n"
      "   552 5.2.2 <park.jiyeon@example.co.kr>... Mailbox full\r\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "wang.fang@example-group.cn");
  EXPECT_EQ(events[0].enhanced_status, "5.1.1");
  EXPECT_EQ(events[1].to_address, "park.jiyeon@example.co.kr");
  EXPECT_EQ(events[1].enhanced_status, "5.2.2");
  EXPECT_EQ(events[1].reason, "mailboxfull");
}

// Sendmail's transcript is one delivery attempt's session: a recipient it
// does not name keeps its own status and the reason given for it.
TEST(BounceParser, SendmailTranscriptOfAnotherRecipientIsNotThisOnesError) {
  auto events = classified(read_sample("sendmail-two-recipients.eml"));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "ann@example.net");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].to_address, "desk@branch.example.com");
  EXPECT_EQ(events[1].enhanced_status, "5.3.5");
  EXPECT_EQ(events[1].reply_code, 553);
  EXPECT_NE(events[1].diagnostic.find("mail loops back to me"), std::string::npos);
  EXPECT_EQ(events[1].diagnostic.find("ann@example.net"), std::string::npos);
  EXPECT_EQ(events[1].reason, "systemerror");
}

// MDaemon's report is boilerplate; its session transcript says which
// recipient got which reply ("--> RCPT To:<x>", "<-- 550 ..."), and a refusal
// after DATA fails every recipient accepted before it.
TEST(BounceParser, MDaemonTranscriptGivesEachRecipientTheReplyItGot) {
  auto events = classified(read_sample("mdaemon-transcript.eml"));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].to_address, "ray@example.net");
  EXPECT_EQ(events[0].smtp_command, "RCPT");
  EXPECT_EQ(events[0].reason, "userunknown");
  for (size_t i : {1u, 2u}) {
    EXPECT_EQ(events[i].smtp_command, "DATA");
    EXPECT_EQ(events[i].reply_code, 554);
    EXPECT_EQ(events[i].diagnostic, "554-5.7.1 Message rejected: the content looks like spam (score 12.4, required 5.0)");
    EXPECT_EQ(events[i].reason, "spamdetected");
  }
  EXPECT_EQ(events[1].to_address, "sales@example.net");
  EXPECT_EQ(events[2].to_address, "tom@example.net");
}

// MDaemon's "Permanent Delivery Failure" may carry no banner naming MDaemon:
// its transcript heading does, and a refusal of MAIL fails every recipient.
TEST(BounceParser, MDaemonTranscriptWithoutBannerIsReadToo) {
  auto events = classified(read_sample("mdaemon-size.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "archive@example.net");
  EXPECT_EQ(events[0].smtp_command, "MAIL");
  EXPECT_EQ(events[0].reply_code, 552);
  EXPECT_EQ(events[0].diagnostic, "552 5.3.4 Message size exceeds fixed limit");
  EXPECT_EQ(events[0].reason, "mesgtoobig");
}

// A refusal in the greeting, before any command ("<-- 421 4.7.0 ... too many
// connections" in MDaemon's warning): the connection stage failed every
// recipient, and that reply, not MDaemon's last note, is the text.
TEST(BounceParser, MDaemonTranscriptRefusedAtTheGreetingFailsEveryRecipient) {
  auto events = classified(
      "From: MDaemon@mail.example.com\n"
      "To: ann@example.com\n"
      "Subject: Warning: message delivery delayed\n"
      "\n"
      "This is a WARNING message only.  YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n"
      "\n"
      "--- Session Transcript ---\n"
      " Mon 2025-02-03 09:00:01.100: *  To: bob@example.org, carl@example.org\n"
      " Mon 2025-02-03 09:00:01.200: Attempting SMTP connection to [192.0.2.90:25]\n"
      " Mon 2025-02-03 09:00:01.230: *  Connection established (192.0.2.12:50000 -> 192.0.2.90:25)\n"
      " Mon 2025-02-03 09:00:01.260: <-- 421 4.7.0 mx.example.org Error: too many connections from 192.0.2.12\n"
      " Mon 2025-02-03 09:00:01.260: Connection closed by remote host\n"
      "--- End Transcript ---\n");
  ASSERT_EQ(events.size(), 2u);
  for (const auto& e : events) {
    EXPECT_EQ(e.smtp_command, "CONN");
    EXPECT_EQ(e.reply_code, 421);
    EXPECT_EQ(e.reason, "toomanyconn");
  }
  EXPECT_EQ(events[0].to_address, "bob@example.org");
  EXPECT_EQ(events[1].to_address, "carl@example.org");
}

// "Failed to deliver to '<a@x>'" (an address quoted and in angle brackets),
// each block with its module's report under it: one reason per recipient.
TEST(BounceParser, QuotedAddressInAngleBracketsOpensItsOwnBlock) {
  auto events = classified(
      "From: postmaster@mail.example.org\n"
      "To: ann@example.org\n"
      "Subject: Undeliverable mail: Meeting\n"
      "\n"
      "Failed to deliver to '<events@lab.example.com>'\n"
      "SMTP module(domain lab.example.com) reports:\n"
      " host mx.lab.example.com says:\n"
      " 554 5.7.1 Message rejected as spam by Content Filtering.\n"
      "\n"
      "Failed to deliver to '<old.user@example.org>'\n"
      "LOCAL module(account old.user) reports:\n"
      " mailbox is full\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "events@lab.example.com");
  EXPECT_EQ(events[0].reason, "spamdetected");
  EXPECT_EQ(events[1].to_address, "old.user@example.org");
  EXPECT_EQ(events[1].reason, "mailboxfull");
  EXPECT_EQ(events[1].diagnostic.find("spam"), std::string::npos) << events[1].diagnostic;
}

// Sendmail's report of a local user unknown and a remote refusal: the local
// recipient's DSN block has no Diagnostic-Code, and the transcript names it by
// its local part ("550 5.1.1 olaf... User unknown"); the remote session's
// reply after it is the other recipient's.
TEST(BounceParser, SendmailLocalRecipientKeepsItsOwnTranscriptLine) {
  auto events = classified(
      "From: MAILER-DAEMON@ws.example.org\n"
      "To: ann@ws.example.org\n"
      "Subject: Returned mail: see transcript for details\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
      "\n"
      "--b1\n"
      "Content-Type: text/plain\n"
      "\n"
      "   ----- Transcript of session follows -----\n"
      "550 5.1.1 olaf... User unknown\n"
      "... while talking to mail.example.net.:\n"
      "<<< 554 5.7.1 Service unavailable; Client host [192.0.2.205] blocked using bl.spamcop.net\n"
      "554 5.0.0 Service unavailable\n"
      "\n"
      "--b1\n"
      "Content-Type: message/delivery-status\n"
      "\n"
      "Reporting-MTA: dns; ws.example.org\n"
      "\n"
      "Final-Recipient: RFC822; olaf@ws.example.org\n"
      "Action: failed\n"
      "Status: 5.1.1\n"
      "\n"
      "Final-Recipient: RFC822; edv@example.net\n"
      "Action: failed\n"
      "Status: 5.0.0\n"
      "Diagnostic-Code: SMTP; 554 5.7.1 Service unavailable; Client host [192.0.2.205] blocked using bl.spamcop.net\n"
      "\n"
      "--b1--\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "olaf@ws.example.org");
  EXPECT_EQ(events[0].diagnostic, "550 5.1.1 olaf... User unknown");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].to_address, "edv@example.net");
  EXPECT_EQ(events[1].reason, "blocked");
}

// The same blocks under a line in the notice's own language ("Impossible de
// remettre le message à '<a@x>'"; CommuniGate localizes that line, not its
// modules' reports): the quoted address at the end of the line opens a block.
TEST(BounceParser, LocalizedLineEndingInAQuotedAddressOpensItsOwnBlock) {
  auto events = classified(
      "From: MAILER-DAEMON@mail.example.org\n"
      "To: ann@example.org\n"
      "Subject: Courrier non remis\n"
      "\n"
      "Impossible de remettre le message à '<achats@example.net>'\n"
      "SMTP module(domain example.net) reports:\n"
      " example.net: no DNS A-data returned\n"
      "\n"
      "Impossible de remettre le message à '<compta@example.com>'\n"
      "SMTP module(domain example.com) reports:\n"
      " host mx.example.com [192.0.2.66] says:\n"
      " 552 5.2.2 Mailbox quota exceeded\n"
      "\n"
      "Ce message a été créé automatiquement. Contact: postmaster@example.org\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "achats@example.net");
  EXPECT_EQ(events[0].reason, "hostunknown");
  EXPECT_EQ(events[1].to_address, "compta@example.com");
  EXPECT_EQ(events[1].reason, "mailboxfull");
  EXPECT_EQ(events[0].diagnostic.find("552"), std::string::npos) << events[0].diagnostic;
}

// MDaemon's notice in another language ("--- Sitzungsprotokoll ---") names
// itself by its DSN header: its transcript is read all the same.
// Italian certified mail (PEC): the receipt's kind is in X-Ricevuta; a
// delivery error names the recipient and the error in the notice's text, a
// delivery receipt is no bounce.
TEST(BounceParser, PecDeliveryErrorNamesItsRecipientAndError) {
  const std::string head =
      "From: posta-certificata@pec.example.net\n"
      "To: ufficio@pec.example.com\n"
      "Subject: AVVISO DI MANCATA CONSEGNA: Fattura 12\n";
  const std::string body =
      "\n"
      "Il giorno 13/02/2025 alle ore 11:41:55 (+0100) nel messaggio\n"
      "\"Fattura 12\" proveniente da \"ufficio@pec.example.com\"\n"
      "ed indirizzato a \"protocollo@pec.example.org\"\n"
      "si e' verificato un errore di consegna.\n"
      "\n"
      "Errore: 5.2.2 - casella piena\n";
  auto events = classified(head + "X-Ricevuta: errore-consegna\n" + body);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "protocollo@pec.example.org");
  EXPECT_EQ(events[0].action, Action::bounced);
  EXPECT_EQ(events[0].enhanced_status, "5.2.2");
  EXPECT_EQ(events[0].reason, "mailboxfull");
  auto warning = classified(head + "X-Ricevuta: preavviso-errore-consegna\n" + body);
  ASSERT_EQ(warning.size(), 1u);
  EXPECT_EQ(warning[0].action, Action::deferred);
  auto receipt = classified(head + "X-Ricevuta: avvenuta-consegna\n" + body);
  for (const auto& e : receipt) EXPECT_NE(e.to_address, "protocollo@pec.example.org");
}

// Other providers put the addresses on the lines after "indirizzato a:" and
// the error in brackets; and every receipt carries daticert.xml, read when
// the text names no recipient in a known way.
TEST(BounceParser, PecNoticesInOtherWordingsAndTheirDaticertAreRead) {
  const std::string head =
      "From: posta-certificata@pec.example.net\n"
      "To: ufficio@pec.example.com\n"
      "Subject: AVVISO DI MANCATA CONSEGNA: Preventivo\n"
      "X-Ricevuta: errore-consegna\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
      "--b1\nContent-Type: text/plain; charset=UTF-8\n\n";
  const std::string xml =
      "--b1\nContent-Type: application/xml; name=daticert.xml\nContent-Disposition: inline; "
      "filename=daticert.xml\n\n"
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<postacert tipo=\"errore-consegna\" errore=\"no-dest\">\n"
      "<intestazione><mittente>ufficio@pec.example.com</mittente>\n"
      "<destinatari tipo=\"certificato\">gare@pec.example.org</destinatari>\n"
      "<destinatari tipo=\"certificato\">protocollo@pec.example.org</destinatari></intestazione>\n"
      "<dati><errore-esteso>5.1.1 - indirizzo non valido</errore-esteso></dati>\n</postacert>\n--b1--\n";
  auto listed = classified(head +
                           "nel messaggio \"Preventivo\" proveniente da \"ufficio@pec.example.com\"\n"
                           "ed indirizzato a:\n"
                           "gare@pec.example.org\n"
                           "e' stato rilevato un problema che ne impedisce la consegna\n"
                           "(5.2.2 - casella piena).\n" +
                           xml);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].to_address, "gare@pec.example.org");
  EXPECT_EQ(listed[0].enhanced_status, "5.2.2");
  EXPECT_EQ(listed[0].reason, "mailboxfull");
  auto from_xml = classified(head + "Il messaggio non e' stato consegnato.\n" + xml);
  ASSERT_EQ(from_xml.size(), 2u);
  EXPECT_EQ(from_xml[0].to_address, "gare@pec.example.org");
  EXPECT_EQ(from_xml[1].to_address, "protocollo@pec.example.org");
  EXPECT_EQ(from_xml[1].enhanced_status, "5.1.1");
  EXPECT_EQ(from_xml[1].reason, "userunknown");
}

// A reply about a bounce (a ticket system's acknowledgement quoting it, a
// colleague's "Re: Undelivered ...") is mail about a bounce: recognized, not
// a bounce whose recipient could not be read; a daemon's own notice with the
// same subject still asks for a look.
TEST(BounceParser, ARepliedToBounceIsRecognizedNotUnreadable) {
  const std::string body =
      "\nThank you for contacting us. A new ticket has been created for your email.\n\nYou wrote:\n"
      "> I'm sorry to have to inform you that your message could not\n> be delivered to one or more recipients.\n";
  Parsed ticket = parse("From: Support <support@example.net>\nTo: MAILER-DAEMON@mta1.example.org\n"
                        "Subject: [Ticket#2025021410000231] RE: Undelivered Mail Returned to Sender\n"
                        "Auto-Submitted: auto-generated\n" +
                        body);
  EXPECT_EQ(ticket.outcome, Outcome::recognized);
  EXPECT_TRUE(ticket.sink.events.empty());
  Parsed colleague = parse("From: Marco <m@example.org>\nTo: dana@example.org\n"
                           "Subject: AW: Undelivered newsletters this morning\n" +
                           body);
  EXPECT_EQ(colleague.outcome, Outcome::recognized);
  Parsed daemon = parse("From: MAILER-DAEMON@mta1.example.org\nTo: dana@example.org\n"
                        "Subject: Re: Undelivered Mail Returned to Sender\n" +
                        body);
  EXPECT_EQ(daemon.outcome, Outcome::unrecognized);
}

TEST(BounceParser, MDaemonNoticeInAnotherLanguageIsReadByItsHeader) {
  auto events = classified(
      "From: MDaemon@mail.example.com\n"
      "To: ann@example.com\n"
      "Subject: Permanenter Zustellfehler\n"
      "X-MDDSN-Message: Yes\n"
      "Auto-Submitted: auto-replied\n"
      "\n"
      "Die angehaengte Nachricht hatte PERMANENTE, schwerwiegende Zustellfehler!\n"
      "\n"
      "--- Sitzungsprotokoll ---\n"
      " Wed 2025-03-19 09:41:07.219: Attempting SMTP connection to [192.0.2.58:25]\n"
      " Wed 2025-03-19 09:41:07.375: --> RCPT To:<buchhaltung@example.net>\n"
      " Wed 2025-03-19 09:41:07.391: <-- 250 2.1.5 Ok\n"
      " Wed 2025-03-19 09:41:07.391: --> DATA\n"
      " Wed 2025-03-19 09:41:07.406: <-- 354 End data with <CR><LF>.<CR><LF>\n"
      " Wed 2025-03-19 09:41:08.010: <-- 554 5.7.0 Reject, id=27154-09 - INFECTED: Eicar-Test-Signature\n"
      "--- Ende des Protokolls ---\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "buchhaltung@example.net");
  EXPECT_EQ(events[0].action, Action::bounced);
  EXPECT_EQ(events[0].smtp_command, "DATA");
  EXPECT_EQ(events[0].reason, "virusdetected");
}

// Exim fails deliveries to a command or a file that an alias or .forward
// made ("pipe to |...", "save to ..."): the address is on the block's
// "generated by" line, and the ordinary address after them is its own.
TEST(BounceParser, EximPipeAndFileDeliveriesAreTheirGeneratingAddresses) {
  auto events = classified(read_sample("exim-pipe.eml"));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].to_address, "support@example.org");
  EXPECT_NE(events[0].diagnostic.find("returned 75"), std::string::npos);
  EXPECT_EQ(events[0].diagnostic.find("generated by"), std::string::npos);
  EXPECT_EQ(events[0].reason, "mailererror");
  EXPECT_EQ(events[1].to_address, "archive@example.org");
  EXPECT_NE(events[1].diagnostic.find("Permission denied"), std::string::npos);
  EXPECT_EQ(events[2].to_address, "nobody@example.net");
  EXPECT_EQ(events[2].reason, "userunknown");
}

// Tencent's (QQ Mail, Exmail) notice: "无法发送到 <address>" ("could not be
// sent to") and the remote reply under "退信原因" (reason for the return).
TEST(BounceParser, TencentNoticeNamesItsRecipient) {
  auto events = classified(read_sample("tencent-notice.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "li.lei@example.net");
  EXPECT_NE(events[0].diagnostic.find("550 5.1.1"), std::string::npos);
  EXPECT_EQ(events[0].cause, "recipient_unknown");
}

// Postfix's notice to the postmaster about a failed session of its own SMTP
// server (notify_classes): " In:" commands, " Out:" replies; a refused RCPT
// names its address, a failure after DATA every address accepted before it.
TEST(BounceParser, PostfixServerNoticeGivesEachRecipientTheReplyItGot) {
  auto events = classified(read_sample("postfix-server-notice.eml"));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].to_address, "nobody@example.org");
  EXPECT_EQ(events[0].smtp_command, "RCPT");
  EXPECT_EQ(events[0].reason, "userunknown");
  for (size_t i : {1u, 2u}) {
    EXPECT_EQ(events[i].smtp_command, "DATA");
    EXPECT_EQ(events[i].reply_code, 451);
    EXPECT_EQ(events[i].reason, "systemerror");
  }
  EXPECT_EQ(events[1].to_address, "ops@example.org");
  EXPECT_EQ(events[2].to_address, "dev@example.org");
}

// Mimecast's own notice names the address after "-- " and gives the
// reason and the remote reply in the same way below it; Outlook's automatic
// reply in Spanish is an auto-reply, not a bounce.
TEST(BounceParser, MimecastNoticeAndALocalizedAutoReply) {
  auto events = classified(read_sample("mimecast-notice.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "buyer@example.net");
  EXPECT_EQ(events[0].reason, "userunknown");
  auto reply = classified(read_sample("autoreply-es.eml"));
  ASSERT_EQ(reply.size(), 1u);
  EXPECT_EQ(reply[0].action, Action::autoreply);
  EXPECT_EQ(reply[0].reason, "vacation");
}

// Outlook marks its replies "Auto-Submitted: auto-generated" and words the
// subject in the user's language: here Russian, encoded in windows-1251.
TEST(BounceParser, OutlookAutoReplyInRussianIsVacation) {
  const std::string message =
      "From: =?windows-1251?B?yOLg7e7i?= <ivanov@example.org>\r\n"
      "To: <reports@example.com>\r\n"
      "Subject: =?windows-1251?B?wOLy7uzg8uj35fHq6Okg7vLi5fI6IM7y97jyIOfgIOzg8PI=?=\r\n"
      "Auto-Submitted: auto-generated\r\n"
      "X-Auto-Response-Suppress: All\r\n"
      "Content-Type: text/plain; charset=\"windows-1251\"\r\n"
      "\r\n"
      "\xdf \xe2 \xee\xf2\xef\xf3\xf1\xea\xe5.\r\n";
  auto reply = classified(message);
  ASSERT_EQ(reply.size(), 1u);
  EXPECT_EQ(reply[0].action, Action::autoreply);
  EXPECT_EQ(reply[0].reason, "vacation");
}

// A vacation reply says so in Auto-Submitted ("auto-replied (vacation)"): it
// is a vacation reply even when it quotes the bounce it answers.
TEST(BounceParser, VacationReplyQuotingABounceIsAVacationReply) {
  const std::string message =
      "From: Jorge <jorge@example.es>\n"
      "To: carla@example.com\n"
      "Subject: Re: Fwd: mail to Luis bounced\n"
      "Auto-Submitted: auto-replied (vacation)\n"
      "\n"
      "I am away until the 22nd and do not read mail.\n"
      "\n"
      "> This is the mail system at host mail.example.com.\n"
      "> <luis@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 <luis@example.net>:\n"
      ">     Recipient address rejected: User unknown (in reply to RCPT TO command)\n";
  auto events = classified(message);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::autoreply);
  EXPECT_EQ(events[0].reason, "vacation");
}

// A person's auto-reply whose Subject opens with its own prefix answers the
// bounce it quotes ("Automatic reply: Undelivered Mail Returned to Sender"):
// a vacation reply, not that bounce's failure.
TEST(BounceParser, AutoReplyToABounceIsAVacationReply) {
  auto events = classified(
      "From: Ingrid <ingrid@example.no>\nTo: alerts@example.net\n"
      "Subject: Automatic reply: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
      "X-Auto-Response-Suppress: All\nContent-Type: text/plain\n\n"
      "I'm on vacation until 8 April.\n\n-----Original Message-----\n"
      "From: Mail Delivery System <MAILER-DAEMON@mx1.example.net>\n"
      "Subject: Undelivered Mail Returned to Sender\n\n"
      "This is the mail system at host mx1.example.net.\n\n"
      "<old@example.no>: host mx.example.no[198.51.100.60] said: 550 5.1.1 <old@example.no>: Recipient\n"
      "    address rejected: User unknown (in reply to RCPT TO command)\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::autoreply);
  EXPECT_EQ(events[0].reason, "vacation");
  EXPECT_EQ(events[0].to_address, "ingrid@example.no");
}

// A report in no known wording that still names each address with its reply
// ("<x>: 550 5.1.1 ...", Postfix's form without its introduction, as a
// customised bounce template leaves it): each address is a recipient, an
// indented line continues its reply, other lines are not recipients.
TEST(BounceParser, AddressReplyLinesOfAnUnknownReportAreItsRecipients) {
  const std::string message =
      "From: MAILER-DAEMON@mx.example.org\n"
      "To: alice@example.org\n"
      "Subject: Undelivered Mail Returned to Sender\n"
      "\n"
      "Delivery to these addresses failed.\n"
      "\n"
      "<bob@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n"
      "    <bob@example.net>: Recipient address rejected: User unknown\n"
      "<carol@example.com>: 552 5.2.2 mailbox full\n"
      "<dave@example.com>: see the note below\n";
  const std::pair<std::string_view, std::string_view> expected[] = {{"bob@example.net", "userunknown"},
                                                                      {"carol@example.com", "mailboxfull"}};
  auto events = classified(message);
  ASSERT_EQ(events.size(), std::size(expected));
  for (size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(events[i].to_address, expected[i].first);
    EXPECT_EQ(events[i].reason, expected[i].second);
  }
  EXPECT_NE(events[0].diagnostic.find("Recipient address rejected: User unknown"), std::string::npos);
}

// A bounce that reaches the postmaster second-hand (forwarded by a user,
// quoted in a reply, or attached) is read as its daemon sent it: the failed recipient, its
// reason, and as the original sender the person it was sent back to, not the
// helpdesk the forward went to. An ordinary forward stays ordinary mail.
TEST(BounceParser, ForwardedAndQuotedBouncesAreReadAsTheDaemonSentThem) {
  struct Case {
    std::string_view sample, recipient, reason, status, original_sender;
  };
  const Case cases[] = {
      {"forwarded-gmail.eml", "orders@supplier.example", "userunknown", "5.1.1", "jane@example.com"},
      {"forwarded-outlook.eml", "ap@vendor.example", "userunknown", "5.1.10", "dan@example.com"},
      {"quoted-reply.eml", "carol@partner.example", "mailboxfull", "5.2.2", "bob@example.com"},
      // Attached: a saved .eml as application/octet-stream in base64, and a
      // plain-text bounce as a message/rfc822 part.
      {"attached-eml.eml", "rob@archive.example", "userunknown", "5.1.1", "lena@example.org"},
      {"attached-rfc822.eml", "orders@printshop.example", "mailboxfull", "5.2.2", "omar@example.org"},
      // An HTML-only forward: its lines are the <br>s, not the source's line
      // ends (a blank line after each would part address and reply).
      {"forwarded-html.eml", "finance@oldclient.example", "userunknown", "5.1.1", "nora@example.com"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sample);
    auto events = classified(read_sample(std::string(c.sample)));
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].to_address, c.recipient);
    EXPECT_EQ(events[0].reason, c.reason);
    EXPECT_EQ(events[0].enhanced_status, c.status);
    EXPECT_EQ(events[0].from_address, c.original_sender);
  }
  Parsed ordinary = parse(read_sample("forwarded-ordinary.eml"));
  EXPECT_EQ(ordinary.outcome, Outcome::recognized);
  EXPECT_TRUE(ordinary.sink.events.empty());
}

// A person's message with a bounce's words pasted into it, no forward header around them
// (a helpdesk ticket, "I keep getting this"): the refusal it quotes, for the address named.
// A person who only writes about a problem, codes in their prose, is ordinary mail.
TEST(BounceParser, RefusalsPastedIntoAPersonsMessageAreRead) {
  const std::string head =
      "From: Lars Nyberg <lars@example.com>\nTo: helpdesk@example.com\nSubject: Is he gone?\n"
      "Date: Mon, 17 Mar 2025 09:12:00 +0100\nMessage-ID: <p1@example.com>\n\n";
  {
    SCOPED_TRACE("Exim's lead-in and the reply under it");
    auto events = classified(head +
                             "Hi,\n\nI emailed Henrik and got this:\n\n  h.berg@old.example\n"
                             "    host mail.old.example [192.0.2.93]\n"
                             "    SMTP error from remote mail server after RCPT TO:<h.berg@old.example>:\n"
                             "    551 5.1.6 User not local; please try <h.berg@new.example>\n\nLars\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].to_address, "h.berg@old.example");
    EXPECT_EQ(events[0].reason, "hasmoved");
    EXPECT_EQ(events[0].enhanced_status, "5.1.6");
  }
  {
    SCOPED_TRACE("a reply line alone, the address in the person's words");
    auto events = classified(head +
                             "I keep getting this when I email bob@example.net:\n\n"
                             "550 5.1.1 The email account that you tried to reach does not exist.\n\n"
                             "Did something change?\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].to_address, "bob@example.net");
    EXPECT_EQ(events[0].reason, "userunknown");
  }
  {
    SCOPED_TRACE("prose about codes");
    Parsed r = parse(head + "Since Monday my mails to bob@example.net come back, something about a 550 error,\n"
                            "maybe his mailbox is full? Can you check?\n");
    EXPECT_EQ(r.outcome, Outcome::recognized);
    EXPECT_TRUE(r.sink.events.empty());
  }
}

// A read receipt is a multipart/report too (RFC 8098's disposition notification): the
// message arrived and was read, so it is recognized, with no event and nothing to look at.
TEST(BounceParser, AReadReceiptIsNoFailure) {
  Parsed r = parse(
      "From: Dan <dan@example.net>\nTo: desk@example.com\nSubject: Read: Your estimate\n"
      "Date: Mon, 9 Feb 2026 18:22:38 +0000\nMIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b1\"\n\n"
      "--b1\nContent-Type: text/plain\n\nYour message was read on Monday, February 9, 2026.\n\n"
      "--b1\nContent-Type: message/disposition-notification\n\n"
      "Final-Recipient: rfc822;dan@example.net\nDisposition: automatic-action/MDN-sent-automatically; displayed\n\n"
      "--b1--\n");
  EXPECT_EQ(r.outcome, Outcome::recognized);
  EXPECT_TRUE(r.sink.events.empty());
}

// Microsoft 365's notice as its text reads: the recipient from "Recipient
// Address:", the reply from the part for administrators, not the advice for
// the sender above it.
TEST(BounceParser, Microsoft365NoticeText) {
  auto events = classified(read_sample("microsoft365-notice.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "kim@branch.example");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[0].reply_code, 550);
  EXPECT_EQ(events[0].enhanced_status, "5.1.10");
  EXPECT_NE(events[0].diagnostic.find("RESOLVER.ADR.RecipientNotFound"), std::string::npos);
  EXPECT_EQ(events[0].diagnostic.find("How to Fix It"), std::string::npos) << events[0].diagnostic;
}

// Exim's report in a site's own language: X-Failed-Recipients names the
// addresses, each found in the text with the error indented under it (the
// Auto-Submitted header Exim sets does not make it an auto-reply).
TEST(BounceParser, EximReportInAnotherLanguageIsReadByItsFailedRecipients) {
  const std::string message =
      "From: Mail Delivery System <Mailer-Daemon@mx.example.de>\n"
      "To: ann@example.de\n"
      "Subject: Zustellung fehlgeschlagen\n"
      "Auto-Submitted: auto-replied\n"
      "X-Failed-Recipients: bob@example.net, carl@example.org\n"
      "\n"
      "Diese Nachricht wurde automatisch erzeugt.\n"
      "Die Nachricht konnte an folgende Empfaenger nicht zugestellt werden:\n"
      "\n"
      "  bob@example.net\n"
      "    host mx.example.net [198.51.100.7]\n"
      "    SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n"
      "    550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n"
      "  carl@example.org\n"
      "    host mx.example.org [198.51.100.8]\n"
      "    SMTP error from remote mail server after end of data:\n"
      "    552 5.3.4 Message size exceeds fixed limit\n"
      "\n"
      "------ Dies ist eine Kopie der Nachricht. ------\n";
  auto events = classified(message);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].action, Action::bounced);
  EXPECT_EQ(events[0].to_address, "bob@example.net");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].to_address, "carl@example.org");
  EXPECT_EQ(events[1].reason, "mesgtoobig");
  EXPECT_EQ(events[1].diagnostic.find("bob@"), std::string::npos) << events[1].diagnostic;
}

// qmail-send's notice in a translated template: its layout and the "(#5.1.1)"
// codes are qmail's whatever the language, and the program names itself.
TEST(BounceParser, TranslatedQmailNoticeIsReadByItsLayout) {
  auto events = classified(
      "From: MAILER-DAEMON@mail.example.de\n"
      "To: ann@example.de\n"
      "Subject: Unzustellbare Nachricht\n"
      "\n"
      "Hallo. Hier ist das Programm qmail-send auf mail.example.de.\n"
      "Ihre Nachricht konnte an die folgenden Adressen nicht zugestellt werden.\n"
      "\n"
      "<bob@example.net>:\n"
      "Unter diesem Namen gibt es hier kein Postfach. (#5.1.1)\n"
      "\n"
      "<carl@nowhere.example.org>:\n"
      "Es wurde kein Rechner mit dem Namen nowhere.example.org gefunden. (#5.1.2)\n"
      "\n"
      "--- Unterhalb dieser Zeile folgt eine Kopie der Nachricht.\n"
      "\n"
      "Return-Path: <ann@example.de>\n"
      "To: bob@example.net, carl@nowhere.example.org\n"
      "Subject: Termin\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "bob@example.net");
  EXPECT_EQ(events[0].enhanced_status, "5.1.1");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].to_address, "carl@nowhere.example.org");
  EXPECT_EQ(events[1].enhanced_status, "5.1.2");
  EXPECT_EQ(events[1].reason, "hostunknown");
}

// A gateway's notice to the sender of a message its policy stopped, without a
// delivery report; a list server's report to the list owner, a block per
// subscriber whose mail bounced; a qmail-based relay that names itself.
TEST(BounceParser, GatewayNoticesListReportsAndNamedQmailRelays) {
  auto events = classified(
      "From: Postmaster <postmaster@college.example.org>\n"
      "To: <accounts@supplies.example.net>\n"
      "Subject: Message blocked: Invoice INV-30871\n"
      "Auto-Submitted: auto-replied\n"
      "\n"
      "Your message to accountspayable@college.example.org has been\n"
      "blocked and was not delivered.\n"
      "\n"
      "The message contains an attachment of a type that is not permitted by the\n"
      "recipient organization's email security policy.\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "accountspayable@college.example.org");
  EXPECT_EQ(events[0].reason, "policyviolation");

  events = classified(
      "From: LISTSERV <listserv@lists.example.org>\n"
      "To: owner-histnet-l@lists.example.org\n"
      "Subject: HISTNET-L: daily error monitoring report\n"
      "\n"
      "This is the daily delivery error report for the HISTNET-L list.\n"
      "\n"
      "2 subscribers generated delivery errors yesterday:\n"
      "\n"
      "------------------------------------------------------------\n"
      "Address:      kwame@univ.example.org\n"
      "Status:       Deleted (permanent error)\n"
      "Last error:   550 5.1.1 <kwame@univ.example.org>: Recipient\n"
      "              address rejected: User unknown in virtual mailbox table\n"
      "\n"
      "------------------------------------------------------------\n"
      "Address:      ilse@polder.example.net\n"
      "Status:       Monitoring (1 day)\n"
      "Last error:   452 4.2.2 <ilse@polder.example.net>: Mailbox full,\n"
      "              over quota\n"
      "\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "kwame@univ.example.org");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].to_address, "ilse@polder.example.net");
  EXPECT_EQ(events[1].reason, "mailboxfull");

  events = classified(
      "From: MAILER-DAEMON@filter.example.com\n"
      "To: studio@creative.example.com\n"
      "Subject: failure notice\n"
      "\n"
      "This is the mail delivery agent at filter.example.com.\n"
      "I was not able to deliver your message to the following addresses.\n"
      "\n"
      "<a.k@freight.example.net>:\n"
      "203.0.113.61 does not like recipient.\n"
      "Remote host said: 550 5.1.1 <a.k@freight.example.net>: Recipient address rejected: User unknown\n"
      "Giving up on 203.0.113.61.\n"
      "\n"
      "<design@print.example.org>:\n"
      "198.51.100.77 failed after I sent the message.\n"
      "Remote host said: 552 5.3.4 Message size exceeds fixed maximum message size\n"
      "Giving up on 198.51.100.77.\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].reason, "mesgtoobig");
}

// InterScan's report without its banner: a block per recipient, each with its
// own transcript; Barracuda's notice of a message its spam filter stopped.
TEST(BounceParser, InterScanBlocksAndBarracudasSpamNotice) {
  auto events = classified(
      "From: postmaster@gw.example.com\n"
      "To: ann@example.com\n"
      "Subject: Delivery failure\n"
      "\n"
      "The following message could not be delivered to one or more of its recipients.\n"
      "\n"
      "Unable to deliver message to <bob@example.net>.\n"
      "Sent <<< RCPT TO:<bob@example.net>\n"
      "Received >>> 550 5.1.1 <bob@example.net>... User unknown\n"
      "\n"
      "Unable to deliver message to <carl@example.net>.\n"
      "Sent <<< DATA\n"
      "Received >>> 552 5.2.2 <carl@example.net>... Mailbox full\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "bob@example.net");
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[1].to_address, "carl@example.net");
  EXPECT_EQ(events[1].reason, "mailboxfull");

  events = classified(
      "From: postmaster@filter.example.org\n"
      "To: ann@example.com\n"
      "Subject: **Message you sent blocked by our bulk email filter**\n"
      "\n"
      "Your message to: dan@example.org\n"
      "was blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:\n"
      "\n"
      "Subject: Quarterly figures\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "dan@example.org");
  EXPECT_EQ(events[0].reason, "spamdetected");
}

// A list holding a post for its moderator: deferred, not returned, for the
// list's address, with the reason of the hold.
TEST(BounceParser, AListHoldingAPostForItsModeratorIsDeferred) {
  auto events = classified(
      "From: team-owner@lists.example.org\n"
      "To: ann@example.com\n"
      "Subject: Your message to Team awaits moderator approval\n"
      "X-BeenThere: team@lists.example.org\n"
      "X-Mailman-Version: 2.1.39\n"
      "\n"
      "Your mail to 'Team' with the subject\n"
      "\n"
      "    Budget\n"
      "\n"
      "Is being held until the list moderator can review it for approval.\n"
      "\n"
      "The reason it is being held:\n"
      "\n"
      "    Message has a suspicious header\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::deferred);
  EXPECT_EQ(events[0].to_address, "team@lists.example.org");
  EXPECT_EQ(events[0].reason, "onhold");
  EXPECT_NE(events[0].diagnostic.find("suspicious header"), std::string::npos);
}

// LISTSERV refuses a post from a sender it does not know, the post below its
// own marker; mlmmj denies one over its size limit, the post attached. The
// list is the recipient refused; a size limit makes the post too big, not
// merely refused.
TEST(BounceParser, ListservsRefusalAndMlmmjsSizeDenialNameTheList) {
  auto events = classified(
      "From: \"L-Soft list server at LISTS.EXAMPLE.ORG (17.0)\" <LISTSERV@LISTS.EXAMPLE.ORG>\n"
      "To: ada@example.net\n"
      "Subject: Rejected posting to CHESS-L@LISTS.EXAMPLE.ORG\n"
      "\n"
      "You are not authorized to send mail to the CHESS-L list from your\n"
      "ada@example.net account. Please contact the list owners.\n"
      "\n"
      "------------------------- Rejected message (6 lines) --------------------------\n"
      "From: Ada <ada@example.net>\n"
      "To: CHESS-L@LISTS.EXAMPLE.ORG\n"
      "Subject: Opening question\n"
      "\n"
      "Which opening?\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "CHESS-L@LISTS.EXAMPLE.ORG");
  EXPECT_EQ(events[0].reason, "rejected");

  events = classified(
      "From: birds+owner@ml.example.net\n"
      "To: ada@example.net\n"
      "Subject: Post to birds@ml.example.net denied\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/mixed; boundary=\"b\"\n"
      "\n"
      "--b\n"
      "Content-Type: text/plain\n"
      "\n"
      "Hi, this is the mlmmj program managing the mailinglist\n"
      "\n"
      "birds@ml.example.net\n"
      "\n"
      "Your mail was rejected due to the size limit of 1048576 bytes.\n"
      "--b\n"
      "Content-Type: message/rfc822\n"
      "\n"
      "From: Ada <ada@example.net>\n"
      "To: birds@ml.example.net\n"
      "Subject: Photos\n"
      "\n"
      "Photos attached.\n"
      "--b--\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "birds@ml.example.net");
  EXPECT_EQ(events[0].reason, "mesgtoobig");
}

// Mailman 3 sends its notices without the list headers: the list is the
// address in the Subject, else the list's own "-owner"/"-bounces" sender.
// Mailman 2's automatic refusal of a non-member keeps the post's subject and
// returns the post; a list for members only refuses in its own words
// whatever the status says.
TEST(BounceParser, ListNoticesWithoutListHeadersNameTheList) {
  auto events = classified(
      "From: hikers-owner@lists.example.org\n"
      "To: bo@example.net\n"
      "Subject: Your message to hikers@lists.example.org awaits moderator approval\n"
      "\n"
      "Your mail to 'hikers@lists.example.org' with the subject\n"
      "\n"
      "    Saturday route\n"
      "\n"
      "Is being held until the list moderator can review it for approval.\n"
      "\n"
      "The message is being held because:\n"
      "\n"
      "    Message has implicit destination\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "hikers@lists.example.org");
  EXPECT_EQ(events[0].reason, "onhold");
  EXPECT_NE(events[0].diagnostic.find("implicit destination"), std::string::npos);

  events = classified(
      "From: chess-owner@lists.example.org\n"
      "To: bo@example.net\n"
      "Subject: Board for sale\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/mixed; boundary=\"b\"\n"
      "\n"
      "--b\n"
      "Content-Type: text/plain\n"
      "\n"
      "You are not allowed to post to this mailing list, and your message has\n"
      "been automatically rejected.\n"
      "--b\n"
      "Content-Type: message/rfc822\n"
      "\n"
      "From: Bo <bo@example.net>\n"
      "To: chess@lists.example.org\n"
      "Subject: Board for sale\n"
      "\n"
      "Walnut board.\n"
      "--b--\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "chess@lists.example.org");
  EXPECT_EQ(events[0].reason, "rejected");

  events = classified(
      "From: MAILER-DAEMON@lists.example.org\n"
      "To: bo@example.net\n"
      "Subject: failure notice\n"
      "\n"
      "Hi. This is the qmail-send program at lists.example.org.\n"
      "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
      "This is a permanent error; I've given up. Sorry it didn't work out.\n"
      "\n"
      "<astro@lists.example.org>:\n"
      "Sorry, only subscribers may post. (#5.7.2)\n"
      "\n"
      "--- Below this line is a copy of the message.\n"
      "\n"
      "From: Bo <bo@example.net>\n"
      "To: astro@lists.example.org\n"
      "Subject: Comet tonight\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "astro@lists.example.org");
  EXPECT_EQ(events[0].reason, "rejected");
}

// A challenge-response filter: its request holds the message (on hold), its
// notice that the unanswered message was deleted is a filtered message for
// the protected address. An automatic reply naming a closed mailbox's
// successor is a moved address, not an absence.
TEST(BounceParser, ChallengeResponseNoticesAndAMovedMailboxsReply) {
  auto events = classified(
      "From: noreply@cr.example.com\n"
      "To: shop@example.net\n"
      "Subject: Message to kim@example.org deleted (not verified)\n"
      "Auto-Submitted: auto-generated\n"
      "\n"
      "The mailbox kim@example.org is protected by challenge-response filtering.\n"
      "You did not confirm your address, so your message has been deleted and\n"
      "was not delivered.\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "kim@example.org");
  EXPECT_EQ(events[0].reason, "filtered");

  events = classified(
      "From: kim@example.org\n"
      "To: shop@example.net\n"
      "Subject: Please verify your message\n"
      "Auto-Submitted: auto-replied\n"
      "\n"
      "Before your message is delivered, please verify that you are a real person\n"
      "by replying to this message.\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::deferred);
  EXPECT_EQ(events[0].reason, "onhold");

  events = classified(
      "From: sales@old.example.org\n"
      "To: shop@example.net\n"
      "Subject: Automatic reply: Order 77\n"
      "Auto-Submitted: auto-replied\n"
      "\n"
      "This mailbox is no longer read.\n"
      "\n"
      "sales@old.example.org has been replaced by orders@new.example.com;\n"
      "please write to that address.\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::bounced);
  EXPECT_EQ(events[0].reason, "hasmoved");

  events = classified(
      "From: lee@example.org\n"
      "To: shop@example.net\n"
      "Subject: Automatic reply: Order 78\n"
      "Auto-Submitted: auto-replied\n"
      "\n"
      "I am away until Monday and will answer then.\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].reason, "vacation");
}

// A Korean provider's notice names the address before "님께 보내신 메일" and
// gives the reason on a line of its own, between rules of dashes.
TEST(BounceParser, AKoreanProvidersNoticeNamesTheAddressAndTheReason) {
  auto events = classified(
      "From: MAILER-DAEMON@mail.example.kr\n"
      "To: club@example.org\n"
      "Subject: =?UTF-8?B?66mU7J28IOyghOyGoSDsi6TtjKgg7JWI64K0?=\n"
      "MIME-Version: 1.0\n"
      "Content-Type: text/plain; charset=UTF-8\n"
      "\n"
      "jiwoo@mail.example.kr \xeb\x8b\x98\xea\xbb\x98 \xeb\xb3\xb4\xeb\x82\xb4\xec\x8b\xa0 \xeb\xa9\x94\xec\x9d\xbc "
      "<Meeting> \xec\x9d\xb4 \xeb\x8b\xa4\xec\x9d\x8c\xea\xb3\xbc \xea\xb0\x99\xec\x9d\x80 \xec\x9d\xb4\xec\x9c\xa0\xeb\xa1\x9c "
      "\xec\xa0\x84\xec\x86\xa1 \xec\x8b\xa4\xed\x8c\xa8\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4.\n"
      "\n"
      "------------------------------\n"
      "\n"
      "\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c\xec\x9d\xb4 \xed\x9a\x8c\xec\x9b\x90\xeb\x8b\x98\xec\x9d\x98 "
      "\xeb\xa9\x94\xec\x9d\xbc\xec\x9d\x84 \xec\x88\x98\xec\x8b\xa0\xec\xb0\xa8\xeb\x8b\xa8 \xed\x95\x98\xec\x98\x80\xec\x8a\xb5"
      "\xeb\x8b\x88\xeb\x8b\xa4.\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "jiwoo@mail.example.kr");
  EXPECT_EQ(events[0].reason, "filtered");
}

// qmail's double bounce: the bounce it could not deliver is below its own
// report; the failed address is the bounce's, not the inner report's.
TEST(BounceParser, QmailsDoubleBounceNamesTheBouncesAddress) {
  auto events = classified(
      "From: MAILER-DAEMON@mx.example.org\n"
      "To: postmaster@mx.example.org\n"
      "Subject: failure notice\n"
      "\n"
      "Hi. This is the qmail-send program at mx.example.org.\n"
      "I tried to deliver a bounce message to this address, but the bounce bounced!\n"
      "\n"
      "<returns@lists.example.test>:\n"
      "Sorry, I couldn't find any host named lists.example.test. (#5.1.2)\n"
      "\n"
      "--- Below this line is the original bounce.\n"
      "\n"
      "From: MAILER-DAEMON@mx.example.org\n"
      "Subject: failure notice\n"
      "\n"
      "Hi. This is the qmail-send program at mx.example.org.\n"
      "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
      "\n"
      "<kim@example.org>:\n"
      "user is over quota\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "returns@lists.example.test");
  EXPECT_EQ(events[0].reason, "hostunknown");
}

// Exchange's moderated group: the moderator's refusal is the group refusing
// the post; a post left unapproved until it expired is an expired message.
// Both return the post, whose To is the group.
TEST(BounceParser, AnExchangeModeratorsRefusalAndAnExpiredApprovalNameTheGroup) {
  auto notice = [](const std::string& text) {
    return "From: Microsoft Exchange Approval Assistant <SystemMailbox{1f05a927}@corp.example.org>\n"
           "To: Paul <paul@corp.example.org>\n"
           "Subject: Rejected: Office closure\n"
           "MIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=\"b\"\n"
           "\n"
           "--b\n"
           "Content-Type: text/plain\n"
           "\n" + text + "\n"
           "--b\n"
           "Content-Type: message/rfc822\n"
           "\n"
           "From: Paul <paul@corp.example.org>\n"
           "To: All Staff <allstaff@corp.example.org>\n"
           "Subject: Office closure\n"
           "\n"
           "Closed on Friday.\n"
           "--b--\n";
  };
  auto events = classified(notice("Your message to All Staff was rejected by the moderator.\n"
                                  "Moderator comments: please ask Facilities to send this one."));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "allstaff@corp.example.org");
  EXPECT_EQ(events[0].reason, "rejected");
  events = classified(notice("Your message wasn't approved by a moderator of All Staff (allstaff@corp.example.org)\n"
                             "within 2 days, so it has expired and won't be delivered."));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "allstaff@corp.example.org");
  EXPECT_EQ(events[0].reason, "expired");
}

// A report that gives many recipients one enormous error section (a broken
// or crafted bounce; the fuzzer's made one) hands each of them the first 4 KiB
// of it, cut between characters, so that classifying and printing them costs
// what their number says, not their number times the section.
TEST(BounceParser, AHugeSharedErrorSectionIsBoundedPerRecipient) {
  std::string text =
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
      "To: ann@example.com\n"
      "Subject: Delivery Status Notification (Failure)\n"
      "Content-Type: text/plain; charset=utf-8\n"
      "\n"
      "Delivery to the following recipients failed permanently:\n"
      "\n";
  for (int i = 0; i < 50; ++i) text += "     user" + std::to_string(i) + "@example.org\n";
  text += "\nTechnical details of permanent failure:\n550 5.1.1 The email account that you tried to reach does not "
          "exist. ";
  for (int i = 0; i < 10000; ++i) text += "\xc3\xa9 ";  // "é ", three bytes
  text += "\n";
  auto events = classified(text);
  ASSERT_EQ(events.size(), 50u);
  for (const auto& e : events) {
    EXPECT_LE(e.diagnostic.size(), 4096u);
    EXPECT_NE(uint8_t(e.diagnostic.back()) & 0xC0, 0xC0u) << "cut inside a character";
    EXPECT_EQ(e.reason, "userunknown");
  }
}

// A report listing its recipients one a line, each with its reason in
// parentheses ("<a@x> (host 'mx' rejected command ...)"), in one paragraph:
// each recipient's text is its own line, not its neighbour's too.
TEST(BounceParser, RecipientsListedOneALineInOneParagraphKeepTheirOwnText) {
  auto events = classified(
      "From: MAILER-DAEMON@mail.example.org\n"
      "To: ann@example.org\n"
      "Subject: Undelivered message\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n"
      "\n"
      "--b\n"
      "Content-Type: text/plain\n"
      "\n"
      "Your message could not be delivered to the following recipients:\n"
      "\n"
      "    <tom@example.net> (host 'mx.example.net' rejected command 'RCPT TO:<tom@example.net>' with code 550 "
      "(5.1.1) 'User doesn't exist')\n"
      "    <info@example.com> (host 'mail.example.com' rejected command 'RCPT TO:<info@example.com>' with code 550 "
      "(5.7.1) 'Service unavailable; Client host [192.0.2.7] blocked using dnsbl-1.uceprotect.net')\n"
      "\n"
      "--b\n"
      "Content-Type: message/delivery-status\n"
      "\n"
      "Reporting-MTA: dns;mail.example.org\n"
      "\n"
      "Final-Recipient: rfc822;tom@example.net\n"
      "Action: failed\n"
      "Status: 5.1.1\n"
      "Diagnostic-Code: smtp;550 5.1.1 User doesn't exist\n"
      "\n"
      "Final-Recipient: rfc822;info@example.com\n"
      "Action: failed\n"
      "Status: 5.7.1\n"
      "Diagnostic-Code: smtp;550 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using "
      "dnsbl-1.uceprotect.net\n"
      "--b--\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].reason, "userunknown");
  EXPECT_EQ(events[0].diagnostic.find("uceprotect"), std::string::npos);
  EXPECT_EQ(events[1].reason, "blocked");
}

// Mailman 2's moderator refusal returns no copy of the post: the list's own
// address (X-BeenThere) is the recipient refused, the moderator's reason the
// diagnostic; without X-BeenThere, the list's own "-owner" sender names it.
TEST(BounceParser, AModeratorsRefusalWithoutThePostNamesTheList) {
  const std::string headers =
      "From: garden-owner@lists.example.org\n"
      "To: tom@example.net\n"
      "Subject: Request to mailing list Garden rejected\n";
  const std::string body =
      "Content-Type: text/plain\n"
      "\n"
      "Your request to the Garden mailing list\n"
      "\n"
      "    Posting of your message titled \"Seeds for sale\"\n"
      "\n"
      "has been rejected by the list moderator.  The moderator gave the\n"
      "following reason for rejecting your request:\n"
      "\n"
      "\"Advertisements are not welcome here.\"\n"
      "\n"
      "Any questions or comments should be directed to the list administrator\n"
      "at:\n"
      "\n"
      "    garden-owner@lists.example.org\n";
  auto events = classified(headers + "X-BeenThere: garden@lists.example.org\n" + body);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "garden@lists.example.org");
  EXPECT_EQ(events[0].reason, "rejected");
  EXPECT_EQ(events[0].rule_id, "list.post_refused");
  EXPECT_EQ(events[0].diagnostic, "\"Advertisements are not welcome here.\"");

  // Without X-BeenThere the list's own sender ("garden-owner@") names it.
  events = classified(headers + body);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "garden@lists.example.org");
  EXPECT_EQ(events[0].rule_id, "list.post_refused");
}

// A list refusing a post, the post attached: its address, the sender refused,
// with the list's advice. A daemon's notice in no known wording or language,
// marked auto-replied, without the returned message: the one address it names
// and the first failing reply (not an auto-reply: no person sent it).
TEST(BounceParser, AListsRefusalAndADaemonsNoticeInAnUnknownLanguage) {
  auto events = classified(
      "From: news-owner@lists.example.org\n"
      "To: ann@example.net\n"
      "Subject: Offer\n"
      "Content-Type: multipart/mixed; boundary=\"b1\"\n"
      "\n"
      "--b1\n"
      "Content-Type: text/plain\n"
      "\n"
      "Your message to the News mailing-list was rejected for the following\n"
      "reasons:\n"
      "\n"
      "The message is not from a list member\n"
      "--b1\n"
      "Content-Type: message/rfc822\n"
      "\n"
      "From: ann@example.net\n"
      "To: news@lists.example.org\n"
      "Subject: Offer\n"
      "\n"
      "Hello\n"
      "--b1--\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "news@lists.example.org");
  EXPECT_EQ(events[0].reason, "rejected");
  EXPECT_EQ(events[0].rule_id, "list.post_refused");

  const std::string notice_headers =
      "From: mailer-daemon@mail.example.kr\n"
      "To: ann@example.kr\n"
      "Subject: =?utf-8?b?66mU7J28IOuwnOyGoSDsi6TtjKg=?=\n"
      "Auto-Submitted: auto-replied\n"
      "Content-Type: text/plain; charset=utf-8\n"
      "\n";
  events = classified(
      notice_headers +
      "\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c bo@example.org\n"
      "\xec\x84\x9c\xeb\xb2\x84 \xec\x9d\x91\xeb\x8b\xb5: 552 5.2.2 Mailbox full\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::bounced);
  EXPECT_EQ(events[0].to_address, "bo@example.org");
  EXPECT_EQ(events[0].reason, "mailboxfull");

  // The same notice with the returned message's headers under a marker of no
  // known wording: their Message-ID has an address's shape and is not one.
  events = classified(
      notice_headers +
      "\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c : <bo@example.org>\n"
      "\xec\x84\x9c\xeb\xb2\x84 \xec\x9d\x91\xeb\x8b\xb5 : 552 5.2.2 <bo@example.org>: Mailbox full\n"
      "\n"
      "-----\n"
      "From: ann@example.kr\n"
      "To: bo@example.org\n"
      "Message-ID: <20250404110244.1d2c3b4a@pc03.example.kr>\n"
      "-----\n");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "bo@example.org");
  EXPECT_EQ(events[0].reason, "mailboxfull");
}

// Haraka's outbound bounce template lists the recipients on one line and the
// reason on the next: every address listed is a failed recipient.
TEST(BounceParser, HarakaListsItsRecipientsOnOneLine) {
  const std::string message =
      "From: MAILER-DAEMON@relay.example.com\n"
      "To: news@example.org\n"
      "Subject: failure notice\n"
      "\n"
      "Hi. This is the Haraka Mailer program at relay.example.com.\n"
      "I'm afraid I wasn't able to deliver your message\n"
      "    \"March news\"\n"
      "to the following addresses.\n"
      "This is a permanent error; I've given up. Sorry it didn't work out.\n"
      "\n"
      "Intended Recipients: ann@example.net, bob@example.net\n"
      "Failure Reason: 550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n";
  auto events = classified(message);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "ann@example.net");
  EXPECT_EQ(events[1].to_address, "bob@example.net");
  for (const auto& e : events) {
    EXPECT_EQ(e.reason, "userunknown");
    EXPECT_EQ(e.diagnostic.find("Intended Recipients"), std::string::npos);
  }
}

TEST(BounceParser, GroupWiseAndCoremailReportsNameTheirRecipients) {
  auto gw = classified(read_sample("groupwise.eml"));
  ASSERT_EQ(gw.size(), 2u);
  EXPECT_EQ(gw[0].to_address, "olaf@example.net");
  EXPECT_EQ(gw[0].reason, "userunknown");
  EXPECT_EQ(gw[1].to_address, "mia@example.com");
  EXPECT_EQ(gw[1].reason, "mailboxfull");
  // For an unknown user it suggests "Possible alternatives:": addresses that did not fail.
  const std::string with_alternatives =
      "From: postmaster@example.org\n"
      "To: lena@example.org\n"
      "Subject: Message status - undeliverable\n"
      "X-Mailer: GroupWise Internet Agent 18.5.1\n"
      "\n"
      "The message that you sent was undeliverable to the following:\n"
      "\tj.berg@example.net (user not found)\n"
      "\tp.lund@example.net (account disabled)\n"
      "\n"
      "Possible alternatives:\n"
      "\tj.berg2@example.net\n";
  auto alt = classified(with_alternatives);
  ASSERT_EQ(alt.size(), 2u);
  EXPECT_EQ(alt[0].to_address, "j.berg@example.net");
  EXPECT_EQ(alt[1].to_address, "p.lund@example.net");
  EXPECT_EQ(alt[1].reason, "suspend");
  // The status report lists user names only above its table; the table's
  // rows name the addresses, the Undeliverable ones with their comment, and a
  // Delivered row is no failure.
  auto table = classified(
      "From: postmaster@example.org\n"
      "To: lena@example.org\n"
      "Subject: Message status - undeliverable\n"
      "\n"
      "The message that you sent was undeliverable to the following:\n"
      "\tjberg (user not found)\n"
      "\tplund (mailbox full)\n"
      "\n"
      "Message status - undeliverable\n"
      "\n"
      "  Subject:       Rota\n"
      "  Recipients                       Action          Date & Time       Comment\n"
      "  To: jberg@example.net            Undeliverable   04/08/2025 9:15a  (user not found)\n"
      "  CC: plund@example.net            Undeliverable   04/08/2025 9:15a  (mailbox full)\n"
      "  To: team@example.net             Delivered       04/08/2025 9:15a\n");
  ASSERT_EQ(table.size(), 2u);
  EXPECT_EQ(table[0].to_address, "jberg@example.net");
  EXPECT_EQ(table[0].diagnostic, "user not found");
  EXPECT_EQ(table[1].to_address, "plund@example.net");
  EXPECT_EQ(table[1].reason, "mailboxfull");
  // An HTML-only page in GB2312: the recipient after "收件人：", the remote
  // server's reply after "英文说明：".
  auto cm = classified(read_sample("coremail-html.eml"));
  ASSERT_EQ(cm.size(), 1u);
  EXPECT_EQ(cm[0].to_address, "wang.fang@example.cn");
  EXPECT_EQ(cm[0].enhanced_status, "5.1.1");
  EXPECT_EQ(cm[0].reason, "userunknown");
}

// GMX lists each address with its own reason, a blank line between them.
TEST(BounceParser, GmxReportKeepsEachRecipientsOwnReason) {
  auto events = classified(read_sample("gmx-two-recipients.eml"));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].to_address, "ute@example.com");
  EXPECT_EQ(events[0].reason, "expired");
  EXPECT_EQ(events[0].diagnostic.find("User unknown"), std::string::npos);
  EXPECT_EQ(events[1].to_address, "jan@example.net");
  EXPECT_EQ(events[1].reason, "userunknown");
}

// A report's delivery-status part labelled application/octet-stream is still
// read as one when it opens with the DSN's fields.
TEST(BounceParser, MislabelledDeliveryStatusPartIsStillTheReport) {
  const std::string msg =
      "From: postmaster@gw.example.net\nTo: ann@example.org\nSubject: Undeliverable\nMIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n"
      "--b1\nContent-Type: text/plain\n\nYour message could not be delivered. The details are attached.\n\n"
      "--b1\nContent-Type: application/octet-stream; name=\"details.txt\"\nContent-Transfer-Encoding: base64\n\n"
      "UmVwb3J0aW5nLU1UQTogZG5zOyBndy5leGFtcGxlLm5ldAoKRmluYWwtUmVjaXBpZW50OiByZmM4\n"
      "MjI7IG9sZUBub3N1Y2hob3N0LmV4YW1wbGUKQWN0aW9uOiBmYWlsZWQKU3RhdHVzOiA1LjEuMgpE\n"
      "aWFnbm9zdGljLUNvZGU6IHNtdHA7IDU1MCA1LjEuMiBIb3N0IHVua25vd24K\n"
      "--b1--\n";
  auto events = classified(msg);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "ole@nosuchhost.example");
  EXPECT_EQ(events[0].enhanced_status, "5.1.2");
  EXPECT_EQ(events[0].reason, "hostunknown");
}

// Microsoft's JMRP sends ARF's opening sentence and the message, without a
// feedback-report part: still a complaint, about the returned message's recipient.
TEST(BounceParser, AbuseReportWithoutItsMachinePartIsFeedback) {
  const std::string msg =
      "From: staff@hotmail.com\nTo: fbl@example.com\nSubject: complaint about message from 192.0.2.55\n"
      "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"j1\"\n\n"
      "--j1\nContent-Type: text/plain\n\nThis is an email abuse report for an email message received from IP "
      "192.0.2.55 on Tue, 11 Mar 2025 09:19:58 -0700.\n\n"
      "--j1\nContent-Type: message/rfc822\n\nFrom: News <news@example.com>\nTo: kim@example.net\n"
      "Subject: Offer\nMessage-ID: <offer-1@example.com>\n\nBuy now.\n--j1--\n";
  auto events = classified(msg);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::feedback);
  EXPECT_EQ(events[0].to_address, "kim@example.net");
  EXPECT_EQ(events[0].reason, "feedback");

  // Its older form says no ARF sentence at all: its sender and Subject name it.
  std::string older = msg;
  const std::string arf_sentence = "This is an email abuse report for an email message received from IP ";
  older.replace(older.find(arf_sentence), arf_sentence.size(), "This is a complaint about a message from IP ");
  events = classified(older);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::feedback);
  EXPECT_EQ(events[0].to_address, "kim@example.net");
}

TEST(BounceParser, FeedbackReportIsNotABounce) {
  auto events = classified(read_sample("arf.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::feedback);
  EXPECT_EQ(events[0].dataset, "arf.message");
  EXPECT_EQ(events[0].feedback_type, "abuse");
  EXPECT_EQ(events[0].to_address, "ivan@isp.example.net");
  EXPECT_EQ(events[0].from_address, "news@example.org");
  EXPECT_EQ(events[0].reason, "feedback");
}

TEST(BounceParser, AutoReplyIsVacation) {
  auto events = classified(read_sample("autoreply.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::autoreply);
  EXPECT_EQ(events[0].dataset, "autoreply.message");
  EXPECT_EQ(events[0].to_address, "judy@example.net");
  EXPECT_EQ(events[0].reason, "vacation");
}

TEST(BounceParser, DeliveredDsnIsDelivered) {
  auto events = classified(read_sample("delivered.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, Action::delivered);
  EXPECT_EQ(events[0].reason_hint, "delivered");
  EXPECT_EQ(events[0].reason, "delivered");
}

TEST(BounceParser, OrdinaryMailIsRecognizedWithoutEvents) {
  Parsed r = parse(read_sample("ordinary.eml"));
  EXPECT_EQ(r.outcome, Outcome::recognized);
  EXPECT_TRUE(r.sink.events.empty());
}

TEST(BounceParser, JapaneseCarrierBounceIsDecodedToUtf8) {
  auto events = classified(read_sample("carrier-iso2022jp.eml"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "pia@example.ne.jp");
  EXPECT_NE(events[0].diagnostic.find("\xE6\xBA\x80\xE6\x9D\xAF"), std::string::npos)  // 満杯
      << events[0].diagnostic;
  EXPECT_EQ(events[0].reason, "mailboxfull");
  EXPECT_EQ(events[0].subject, "Hello \xE2\x9C\x89");  // the returned message's Q-encoded subject
}

TEST(BounceParser, EventStringsStayValidAcrossMessages) {
  // The sink copies during on_event; the next message must not change what
  // the previous events said.
  FileContext ctx;
  ctx.path = "x";
  auto parser = make_bounce_parser(ctx);
  CollectingSink sink;
  std::string d;
  parser->parse_message(read_sample("dsn-postfix.eml"), 1, sink, &d);
  std::string first = sink.events[0].diagnostic;
  parser->parse_message(read_sample("qmail.eml"), 2, sink, &d);
  EXPECT_EQ(sink.events[0].diagnostic, first);
  EXPECT_EQ(sink.events.back().recipient_index, 2u) << "indexes restart for every message";
}

// --- Bad input: a clear diagnostic, never a crash ---------------------------

TEST(BounceParserBadInput, EmptyMessage) {
  Parsed r = parse("");
  EXPECT_EQ(r.outcome, Outcome::unrecognized);
  EXPECT_EQ(r.diagnostic, "empty message");
  Parsed blank = parse(read_sample("bad/empty.eml"));
  EXPECT_EQ(blank.outcome, Outcome::unrecognized);
}

TEST(BounceParserBadInput, BinaryGarbage) {
  Parsed r = parse(read_sample("bad/binary.bin"));
  EXPECT_EQ(r.outcome, Outcome::unrecognized);
  EXPECT_NE(r.diagnostic.find("binary"), std::string::npos) << r.diagnostic;
}

TEST(BounceParserBadInput, TextThatIsNoMailMessage) {
  Parsed r = parse("just some words\nand more words\n");
  EXPECT_EQ(r.outcome, Outcome::unrecognized);
  EXPECT_NE(r.diagnostic.find("header"), std::string::npos) << r.diagnostic;
}

TEST(BounceParserBadInput, TruncatedMimeStillReportsWhatWasReadable) {
  Parsed r = parse(read_sample("bad/truncated-mime.eml"));
  EXPECT_EQ(r.outcome, Outcome::reported);
  ASSERT_EQ(r.sink.events.size(), 1u) << "the recipient group cut in half is dropped";
  EXPECT_EQ(r.sink.events[0].to_address, "bob@example.net");
  EXPECT_NE(r.diagnostic.find("truncated"), std::string::npos) << r.diagnostic;
}

TEST(BounceParserBadInput, MissingBoundary) {
  Parsed r = parse(read_sample("bad/missing-boundary.eml"));
  EXPECT_EQ(r.outcome, Outcome::unrecognized);
  EXPECT_NE(r.diagnostic.find("without a boundary"), std::string::npos) << r.diagnostic;
}

TEST(BounceParserBadInput, BrokenBase64) {
  Parsed r = parse(read_sample("bad/broken-base64.eml"));
  EXPECT_EQ(r.outcome, Outcome::unrecognized);
  EXPECT_NE(r.diagnostic.find("broken base64"), std::string::npos) << r.diagnostic;
}

TEST(BounceParserBadInput, DeepNesting) {
  Parsed r = parse(read_sample("bad/deep-nesting.eml"));
  EXPECT_EQ(r.outcome, Outcome::unrecognized);
  EXPECT_NE(r.diagnostic.find("nested MIME containers"), std::string::npos) << r.diagnostic;
}

// A delivery report names each recipient with "rfc822;" (Final-Recipient,
// Original-Recipient) and its preamble may speak of "multipart messages":
// neither opens a MIME container, and a report of 60 recipients is read whole.
TEST(BounceParser, ManyRecipientsAreNotTakenForNesting) {
  std::string msg =
      "From: MAILER-DAEMON@mail.example.org\nTo: ann@example.org\nSubject: Undelivered Mail Returned to Sender\n"
      "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n"
      "This is a MIME-encapsulated message; a reader of multipart messages shows its parts.\n\n"
      "--R\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
      "--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n";
  for (int i = 0; i < 60; ++i) {
    const std::string rcpt = "user" + std::to_string(i) + "@example.net";
    msg += "\nFinal-Recipient: rfc822; " + rcpt + "\nOriginal-Recipient: rfc822;" + rcpt +
           "\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <" + rcpt + ">: User unknown\n";
  }
  msg += "\n--R\nContent-Type: text/rfc822-headers\n\nFrom: ann@example.org\nSubject: rfc822 and multipart\n\n--R--\n";
  Parsed r = parse(msg);
  EXPECT_EQ(r.outcome, Outcome::reported);
  EXPECT_TRUE(r.diagnostic.empty()) << r.diagnostic;
  EXPECT_EQ(r.sink.events.size(), 60u);
}

TEST(BounceParserBadInput, HugeReturnedMessageIsCutNotLoaded) {
  std::string msg = read_sample("dsn-postfix.eml");
  size_t end = msg.rfind("--3F2A61C0042");
  std::string big = msg.substr(0, end) + std::string(8 << 20, 'x') + "\n" + msg.substr(end);
  Parsed r = parse(big);
  EXPECT_EQ(r.outcome, Outcome::reported);
  EXPECT_EQ(r.sink.events.size(), 2u);
  EXPECT_NE(r.diagnostic.find("only its start was read"), std::string::npos) << r.diagnostic;
}

// --- Content sniffing ----------------------------------------------------

TEST(BounceSniff, RecognisesMessagesAndMboxByContent) {
  EXPECT_GE(bounce_sniff(read_sample("dsn-postfix.eml")), 90);
  EXPECT_GE(bounce_sniff(with_line_ends(read_sample("qmail.eml"), "\r")), 90);
  EXPECT_GE(bounce_sniff(read_sample("mailbox.mbox")), 90);
  EXPECT_EQ(bounce_sniff("Mar  3 09:15:22 mail postfix/smtp[123]: 3F2A61C0042: to=<bob@example.net>\n"), 0);
  EXPECT_EQ(bounce_sniff(""), 0);
  EXPECT_EQ(bounce_sniff(read_sample("bad/binary.bin")), 0);
}

}  // namespace
}  // namespace mailtriage

namespace mailtriage {
namespace {

// Exim failing a delivery to a command that a forwarder made: the DSN's
// Final-Recipient is the command, the text names the address that led there.
TEST(BounceParser, AFailedPipeDeliveryIsReportedForTheAddressThatMadeIt) {
  const std::string bytes =
      "From: Mail Delivery System <Mailer-Daemon@host7.example.net>\nTo: ana@example.com\n"
      "Subject: Mail delivery failed: returning message to sender\nMIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"x1\"\n\n"
      "--x1\nContent-type: text/plain; charset=us-ascii\n\n"
      "This message was created automatically by mail delivery software.\n\n"
      "A message that you sent could not be delivered to one or more of its\n"
      "recipients. This is a permanent error. The following address(es) failed:\n\n"
      "  pipe to |/usr/bin/php -q /home/shop/tickets/pipe.php\n"
      "    generated by tickets@shop.example.org\n"
      "    local delivery failed\n\n"
      "--x1\nContent-type: message/delivery-status\n\nReporting-MTA: dns; host7.example.net\n\n"
      "Action: failed\nFinal-Recipient: rfc822;|/usr/bin/php -q /home/shop/tickets/pipe.php\nStatus: 5.0.0\n\n"
      "--x1--\n";
  const std::vector<OwnedEvent> events = classified(bytes);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "tickets@shop.example.org");
  EXPECT_NE(events[0].diagnostic.find("pipe to |/usr/bin/php"), std::string::npos) << events[0].diagnostic;
  EXPECT_EQ(events[0].reason, "mailererror");
}

// The same report whose DSN names the address that made the delivery: the
// line naming it is Exim's note, not the error; the lines under it are.
TEST(BounceParser, ThePipeDeliverysNoteIsNotItsError) {
  const std::string bytes =
      "From: Mail Delivery System <Mailer-Daemon@host7.example.net>\nTo: ana@example.com\n"
      "Subject: Mail delivery failed: returning message to sender\nMIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"x1\"\n\n"
      "--x1\nContent-type: text/plain; charset=us-ascii\n\n"
      "A message that you sent could not be delivered to one or more of its\n"
      "recipients. This is a permanent error. The following address(es) failed:\n\n"
      "  pipe to |/usr/local/bin/ticket-ingest --queue=support\n"
      "    generated by support@shop.example.org\n"
      "    local delivery failed\n\n"
      "--x1\nContent-type: message/delivery-status\n\nReporting-MTA: dns; host7.example.net\n\n"
      "Action: failed\nFinal-Recipient: rfc822;support@shop.example.org\nStatus: 5.0.0\n\n"
      "--x1--\n";
  const std::vector<OwnedEvent> events = classified(bytes);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].to_address, "support@shop.example.org");
  EXPECT_EQ(events[0].diagnostic, "pipe to |/usr/local/bin/ticket-ingest --queue=support local delivery failed");
  EXPECT_EQ(events[0].reason, "mailererror");
}

// Outlook forwards a report as multipart/mixed, its delivery-status part
// turned into a text attachment ("details.txt"): that part is the report.
TEST(BounceParser, AReportForwardedByOutlookIsReadThroughItsDetailsAttachment) {
  const std::string msg =
      "From: Tobias <tobias@shop.example>\r\n"
      "To: it@shop.example\r\n"
      "Subject: FW: Delivery Status Notification (Failure)\r\n"
      "MIME-Version: 1.0\r\n"
      "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
      "\r\n"
      "--b1\r\n"
      "Content-Type: text/plain; charset=\"us-ascii\"\r\n"
      "\r\n"
      "Our order confirmations keep coming back. The details.txt is attached.\r\n"
      "\r\n"
      "--b1\r\n"
      "Content-Type: text/plain; name=\"details.txt\"\r\n"
      "Content-Disposition: attachment; filename=\"details.txt\"\r\n"
      "\r\n"
      "Reporting-MTA: dns; a7-29.smtp-out.eu-west-1.amazonses.com\r\n"
      "\r\n"
      "Action: failed\r\n"
      "Final-Recipient: rfc822; orders@bakery.example\r\n"
      "Diagnostic-Code: smtp; 554 5.7.9 Message not accepted for policy reasons.\r\n"
      "Status: 5.7.9\r\n"
      "\r\n"
      "--b1--\r\n";
  Parsed r = parse(msg);
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].to_address, "orders@bakery.example");
  EXPECT_EQ(r.sink.events[0].enhanced_status, "5.7.9");
  EXPECT_EQ(r.sink.events[0].reply_code, 554);
}

}  // namespace
}  // namespace mailtriage
