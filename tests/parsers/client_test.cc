// The client-log parser: one event per failure line, transcripts and stack
// frames recognized, dumped errors folded into the event of their first line.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "classifiers/rule.h"
#include "parsers/client.h"
#include "parsers/smtp_codes.h"
#include "parsers/client_scan.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using testing::CollectingSink;
namespace cs = client_scan;

struct Parsed {
  CollectingSink sink;
  std::vector<Outcome> outcomes;
};

// Feeds `text` line by line, as the pipeline does (no line terminators).
Parsed parse(std::string_view text) {
  Parsed run;
  FileContext file;
  file.path = "client.log";
  file.now = 1717200000;  // 2024-06-01
  auto parser = make_client_parser(file);
  uint64_t n = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    run.outcomes.push_back(parser->parse_line(line, ++n, run.sink));
  }
  parser->finish(run.sink);
  return run;
}

TEST(ClientParser, SinglePastedLineGivesOneEventWithItsFields) {
  Parsed r = parse("Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to "
                "535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp");
  ASSERT_EQ(r.sink.events.size(), 1u);
  const auto& e = r.sink.events[0];
  EXPECT_EQ(e.file_line, 1u);
  EXPECT_EQ(e.file_path, "client.log");
  EXPECT_EQ(e.dataset, "client.log");
  EXPECT_EQ(e.scope, kScopeClient);
  EXPECT_EQ(e.action, Action::failed);
  EXPECT_EQ(e.process_name, "nodemailer");
  EXPECT_EQ(e.reply_code, 535);
  EXPECT_EQ(e.enhanced_status, "5.7.8");
  EXPECT_NE(e.diagnostic.find("Username and Password not accepted"), std::string::npos);
  EXPECT_EQ(r.outcomes[0], Outcome::reported);
}

// Users paste several lines of a program's output as one: each record is read
// as the line it was, the summary and the restatement after the failure are
// not failures of their own, and the line after the paste is a line of its own.
// A ticket system's notes that a mail went (GLPI's "An email was sent to
// ...", Request Tracker's "<msgid> sent  To: ..."), and a note whose message
// id holds a version ("<rt-5.0.7-...>", no enhanced status), are no failures;
// Symfony's "Failed to find an authenticator" under a timed record is one.
TEST(ClientParser, TicketSystemsSentNotesAreNotFailures) {
  Parsed p = parse(
      "An email was sent to k.nguyen@example.org: [GLPI #0007731] New followup - Mailbox full warning\n"
      "[28417] [Tue Mar 11 09:22:01 2025] [info]: <rt-5.0.7-28417-1741684921-1588.93411-3-0@example.com> sent  "
      "To: d.ito@example.org (/opt/rt5/sbin/../lib/RT/Action/SendEmail.pm:297)\n"
      "[28417] [Tue Mar 11 09:22:01 2025] [info]: <rt-5.0.7-28417-1741684921-1588.93411-3-0@example.com> "
      "#93411/1287755 - Scrip 7 On Correspond Notify Requestors and Ccs\n"
      "[2024-08-30T12:20:45.773019+00:00] app.ERROR: Failed to find an authenticator supported by the SMTP "
      "server, which currently supports: \"NTLM\", \"GSSAPI\". [] []\n");
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].file_line, 4u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "outdated_client");
  for (size_t i : {0, 1, 2}) EXPECT_NE(p.outcomes[i], Outcome::reported) << i;
}

// An application's own records about its outbox: Amazon SES's Java SDK named
// only by its package, an outbox that gave up after its attempts (expired,
// whatever its last error was), a scheduler's quiet hours (no failure).
TEST(ClientParser, AnApplicationsOutboxRecordsAreRead) {
  Parsed p = parse(
      "2025-02-10 07:12:40.118 ERROR [rx-notify-1] RefillNotifier - SES send failed for Rx 8233019: "
      "software.amazon.awssdk.services.ses.model.AccountSendingPausedException: Sending paused for this account. "
      "(Service: Ses, Status Code: 400)\n"
      "2025-01-20 23:59:02,001 WARNING reminders.tasks Reminder 77120 dropped from outbox after 12 failed attempts "
      "over 72 h (last error: 421 4.7.0 Try again later, closing connection.)\n"
      "2025-02-15 09:00:00.000 -05:00 [INF] Deferred 14 membership-expiry e-mails until 08:00 (quiet hours "
      "21:00-08:00)\n");
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(testing::verdict_of(p.sink.events[0]).cause, "spam_policy");
  EXPECT_EQ(testing::verdict_of(p.sink.events[1]).cause, "expired");
  EXPECT_NE(p.outcomes[2], Outcome::reported);
}

TEST(ClientParser, SeveralRecordsPastedAsOneLineAreReadOneByOne) {
  const std::string_view msmtp =
      "msmtp: cannot connect to mail.example.org, port 587: Connection refused "
      "msmtp: could not send mail (account work from /home/ann/.msmtprc)";
  EXPECT_EQ(cs::next_joined_record(msmtp, 1), msmtp.find("msmtp: could"));
  const std::string_view phpmailer =
      "2024-05-02 09:00:01 Connection: opening to mail.example.org:587, timeout=300, options=array() "
      "2024-05-02 09:00:31 SMTP ERROR: Failed to connect to server: Connection timed out (110)";
  EXPECT_EQ(cs::next_joined_record(phpmailer, 1), phpmailer.find("2024-05-02 09:00:31"));
  // The first transcript marker is its own record's, after the time or tag it was logged with.
  EXPECT_EQ(cs::next_joined_record(phpmailer, phpmailer.find("2024-05-02 09:00:31") + 1), std::string_view::npos);
  EXPECT_EQ(cs::next_joined_record("[14-Mar-2024 10:20:17 UTC] SERVER -> CLIENT: 535 5.7.3 Authentication unsuccessful", 1),
            std::string_view::npos);
  // One record: a program's name, a time or "SMTP Error:" inside it starts nothing.
  EXPECT_EQ(cs::next_joined_record("Mailer Error: SMTP Error: Could not authenticate.", 1), std::string_view::npos);
  EXPECT_EQ(cs::next_joined_record("sendmail: cannot connect, see msmtp: log", 1), std::string_view::npos);

  Parsed r = parse(std::string(msmtp) + "\n" + std::string(phpmailer) + "\n" +
                   "SERVER -> CLIENT: +OK POP3 server ready CLIENT -> SERVER: EHLO web1.example.net "
                   "SERVER -> CLIENT: -ERR Unknown command SMTP ERROR: EHLO command failed: -ERR Unknown command\n"
                   "Error: connect ECONNREFUSED 192.0.2.8:587");
  ASSERT_EQ(r.sink.events.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(r.sink.events[i].file_line, i + 1);
    EXPECT_EQ(r.outcomes[i], Outcome::reported);
  }
  EXPECT_NE(r.sink.events[0].diagnostic.find("Connection refused"), std::string::npos);
  EXPECT_EQ(r.sink.events[0].diagnostic.find("could not send mail"), std::string::npos);
  EXPECT_NE(r.sink.events[1].diagnostic.find("Connection timed out"), std::string::npos);
  EXPECT_NE(r.sink.events[2].diagnostic.find("-ERR Unknown command"), std::string::npos);
}

// PHPMailer's connection note pasted with what followed it, without times:
// the note is one record, the failure the next (it was all one note, and the
// session it seemed to open took each later line for the restatement of the
// one before). A line after the paste is a failure of its own.
TEST(ClientParser, PhpMailerConnectionNotePastedWithItsFailureIsTwoRecords) {
  const std::string_view pasted =
      "Connection: opening to mail.example.org:25, timeout=300, options=array() Connection failed. Error #2: "
      "stream_socket_client(): Unable to connect to mail.example.org:25 (Connection timed out) SMTP ERROR: Failed to "
      "connect to server: Connection timed out (110)";
  EXPECT_EQ(cs::next_joined_record(pasted, 1), pasted.find("Connection failed."));
  EXPECT_EQ(cs::next_joined_record(pasted, pasted.find("Connection failed.") + 1), std::string_view::npos);
  Parsed r = parse(std::string(pasted) + "\nmutt: Could not find the host \"smtp.example.org\"\n"
                   "msmtp: cannot connect to mail.example.org, port 587: Connection refused");
  ASSERT_EQ(r.sink.events.size(), 3u);
  EXPECT_NE(r.sink.events[0].diagnostic.find("Connection timed out"), std::string::npos);
  EXPECT_EQ(r.sink.events[0].destination_port, 25);
  EXPECT_EQ(r.sink.events[1].file_line, 2u);
  EXPECT_EQ(r.sink.events[2].file_line, 3u);
}

// A Python traceback whose lines a log shipper joined into one: its exception,
// the last record, is the failure.
TEST(ClientParser, TracebackFoldedIntoOneLineIsReadByItsException) {
  const std::string_view folded =
      "Traceback (most recent call last): File \"/opt/report/send.py\", line 12, in <module> server.login(user, "
      "password) File \"/usr/lib/python3.11/smtplib.py\", line 750, in login raise last_exception "
      "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')";
  EXPECT_EQ(cs::next_joined_record(folded, 1), folded.find("smtplib.SMTPAuthenticationError"));
  // A name in a frame's code ("raise SMTPException(...)") is not the exception.
  EXPECT_EQ(cs::next_joined_record("Traceback (most recent call last): File \"x.py\", line 3, in f raise "
                                   "SMTPException(\"no\")",
                                   1),
            std::string_view::npos);
  Parsed r = parse(folded);
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].reply_code, 535);
  EXPECT_EQ(r.sink.events[0].diagnostic.rfind("smtplib.SMTPAuthenticationError", 0), 0u);
}

// The same folded traceback after the record it was logged under (Django's
// "Internal Server Error"): the exception is the one failure; smtplib's
// SMTPRecipientsRefused and SMTPServerDisconnected end in neither Error nor
// Exception and are exceptions all the same.
TEST(ClientParser, TracebackFoldedAfterItsRecordIsReadByItsException) {
  const std::string_view folded =
      "ERROR django.request: Internal Server Error: /orders/confirm/ Traceback (most recent call last): File "
      "\"/app/shop/views.py\", line 212, in confirm send_mail(subject, body, sender, [order.email]) File "
      "\"/usr/lib/python3.10/smtplib.py\", line 901, in sendmail raise SMTPRecipientsRefused(senderrs) "
      "smtplib.SMTPRecipientsRefused: {'anna@example.org': (552, b'5.2.2 <anna@example.org>: Recipient address "
      "rejected: Mailbox is full')}";
  EXPECT_EQ(cs::folded_traceback_exception(folded), folded.find("smtplib.SMTPRecipientsRefused:"));
  EXPECT_EQ(cs::folded_traceback_exception("ERROR django.request: Internal Server Error: /orders/"),
            std::string_view::npos);
  Parsed r = parse(std::string(folded) + "\nsmtplib.SMTPServerDisconnected: Connection unexpectedly closed\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].file_line, 1u);
  EXPECT_EQ(r.sink.events[1].file_line, 2u);
  EXPECT_EQ(r.sink.events[0].reply_code, 552);
  EXPECT_EQ(r.sink.events[0].diagnostic.rfind("smtplib.SMTPRecipientsRefused", 0), 0u);
}

// A monitoring server's own log (Zabbix: a right-aligned pid, then the date and
// time in digits): its records are records, not lines continuing one, and only
// those about mail are mail failures; its agents' checks, its database and its
// other media fail in their own words.
TEST(ClientParser, AnApplicationsRecordsThatSayNothingOfMailAreNotMailFailures) {
  Parsed r = parse(
      "  2210:20240611:040001.100 housekeeper [deleted 1200 hist/trends, 0 problems, 3 alarms]\n"
      "  2211:20240611:041502.250 failed to send email: cannot connect to SMTP server \"smtp.example.org\": "
      "cannot connect to [[smtp.example.org]:587]: [111] Connection refused\n"
      "  2190:20240611:041510.004 [Z3001] connection to database 'monitor' failed: [2002] Can't connect to local "
      "server through socket '/run/mysqld/mysqld.sock' (111)\n"
      "  2170:20240611:042000.731 item \"web-03:net.tcp.service[http]\" became not supported: cannot connect\n"
      "  2212:20240611:043011.420 failed to send email: Login denied: Authentication failed: 535\n"
      "  2175:20240611:043500.009 [ Chat Webhook ] Sending failed: Timeout was reached\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].file_line, 2u);
  EXPECT_TRUE(r.sink.events[0].time.valid);
  EXPECT_EQ(r.sink.events[0].time.epoch_us, 1718079302250000);  // 2024-06-11T04:15:02.250Z
  EXPECT_EQ(r.sink.events[0].destination_port, 587);
  EXPECT_EQ(r.sink.events[1].file_line, 5u);
  for (size_t line : {0, 2, 3, 5}) EXPECT_EQ(r.outcomes[line], Outcome::recognized) << "line " << line + 1;
}

// Odoo logs one refusal three times in the same moment: its mail server's
// INFO record (the reply on the line after it), its mail queue's ERROR record
// quoting it, and the chained tracebacks under that. One failure; the next
// refusal, for another address, is another.
TEST(ClientParser, ARecordAndTracebacksRepeatingTheSameRefusalAreOneFailure) {
  Parsed r = parse(
      "2024-07-01 06:10:04,101 1022 INFO db odoo.addons.base.models.ir_mail_server: Mail delivery failed via SMTP "
      "server 'smtp.example.org'.\n"
      "SMTPRecipientsRefused: {'ann@example.net': (550, b'5.1.1 <ann@example.net>: Recipient address rejected: "
      "User unknown')}\n"
      "2024-07-01 06:10:04,105 1022 ERROR db odoo.addons.mail.models.mail_mail: failed sending mail (id: 77) due to "
      "('Mail Delivery Failed', \"Mail delivery failed via SMTP server 'smtp.example.org'.\\nSMTPRecipientsRefused: "
      "{'ann@example.net': (550, b'5.1.1 <ann@example.net>: Recipient address rejected: User unknown')}\")\n"
      "Traceback (most recent call last):\n"
      "  File \"/opt/odoo/odoo/addons/base/models/ir_mail_server.py\", line 646, in send_email\n"
      "    smtp.send_message(message, smtp_from, smtp_to_list)\n"
      "smtplib.SMTPRecipientsRefused: {'ann@example.net': (550, b'5.1.1 <ann@example.net>: Recipient address "
      "rejected: User unknown')}\n"
      "\n"
      "During handling of the above exception, another exception occurred:\n"
      "\n"
      "Traceback (most recent call last):\n"
      "  File \"/opt/odoo/addons/mail/models/mail_mail.py\", line 570, in _send\n"
      "odoo.addons.base.models.ir_mail_server.MailDeliveryException: ('Mail Delivery Failed', \"Mail delivery failed "
      "via SMTP server 'smtp.example.org'.\\nSMTPRecipientsRefused: {'ann@example.net': (550, b'5.1.1 "
      "<ann@example.net>: Recipient address rejected: User unknown')}\")\n"
      "2024-07-01 06:10:05,300 1022 INFO db odoo.addons.base.models.ir_mail_server: Mail delivery failed via SMTP "
      "server 'smtp.example.org'.\n"
      "SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 <bob@example.net>: Recipient address rejected: "
      "User unknown')}\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].file_line, 2u);
  EXPECT_EQ(r.sink.events[0].reply_code, 550);
  EXPECT_EQ(r.sink.events[1].file_line, 15u);
}

// An identity server logs one failed send several times in the same moment:
// its mail service's record with the exception, the calling action's record
// quoting it, an event record whose error field says only that sending
// failed, and a bare "failed to send" record with the exception indented under
// it. One failure. Its event records of users' own errors (a refused sign-up
// with the user's address in a field) are not mail failures; a record in the
// same moment naming another recipient is another failure.
TEST(ClientParser, RestatementsOfOneFailureInTheSameMomentAreOneFailure) {
  Parsed r = parse(
      "2024-10-02 07:15:00,100 ERROR [idp.mail] (worker-3) MAIL0029: Failed to send email: "
      "jakarta.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed: bad credentials\n"
      "2024-10-02 07:15:00,104 ERROR [idp.services] (worker-3) SVC0026: Failed to send password reset email: "
      "idp.mail.EmailException: jakarta.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed: "
      "bad credentials\n"
      "2024-10-02 07:15:00,107 WARN  [idp.events] (worker-3) type=\"SEND_RESET_PASSWORD_ERROR\", realm=\"main\", "
      "error=\"email_send_failed\", email=\"ann@example.org\"\n"
      "2024-10-02 07:15:00,109 ERROR [idp.actions.VerifyEmail] (worker-3) Failed to send email \n"
      " jakarta.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed: bad credentials\n"
      "2024-10-02 07:20:31,550 WARN  [idp.events] (worker-5) type=\"REGISTER_ERROR\", realm=\"main\", "
      "error=\"invalid_registration\", email=\"not-an-address\"\n"
      "2024-10-02 08:00:00,604 ERROR billing [81:Main] Reminder for INV-1 to ap@example.org failed: [WinError 10013] "
      "An attempt was made to access a socket in a way forbidden by its access permissions\n"
      "2024-10-02 08:00:00,611 ERROR billing [81:Main] Reminder for INV-2 to bo@example.net failed: [WinError 10013] "
      "An attempt was made to access a socket in a way forbidden by its access permissions\n");
  ASSERT_EQ(r.sink.events.size(), 3u);
  EXPECT_EQ(r.sink.events[0].file_line, 1u);
  EXPECT_EQ(r.sink.events[1].file_line, 7u);
  EXPECT_EQ(r.sink.events[2].file_line, 8u);
  for (size_t line : {1, 2, 3, 4, 5}) EXPECT_EQ(r.outcomes[line], Outcome::recognized) << "line " << line + 1;
}

// A Node mail worker logging through pino: the send's error record with the
// serialized error, then its queue's "job failed" warning quoting the error
// (BullMQ's failedReason) in the same moment: one failure, however short the
// error. A health check's note at info level (pino's level 30) is no failure;
// a web request's record with an HTTP statusCode is no SMTP reply. The
// queue's retry record of a Ruby job repeating
// the same reply, no address named, is the same failure too.
TEST(ClientParser, AQueuesRecordQuotingTheErrorJustLoggedIsTheSameFailure) {
  Parsed r = parse(
      "{\"level\":50,\"time\":1714889170131,\"hostname\":\"mailer-7c9\",\"name\":\"mailer\",\"jobId\":\"7\","
      "\"err\":{\"type\":\"Error\",\"message\":\"Connection timeout\",\"code\":\"ETIMEDOUT\","
      "\"command\":\"CONN\"},\"msg\":\"send failed\"}\n"
      "{\"level\":40,\"time\":1714889170133,\"hostname\":\"mailer-7c9\",\"name\":\"mailer\",\"jobId\":\"7\","
      "\"failedReason\":\"Connection timeout\",\"willRetry\":true,\"msg\":\"job failed\"}\n"
      "{\"level\":30,\"time\":1714889402417,\"hostname\":\"mailer-7c9\",\"name\":\"mailer\","
      "\"results\":[{\"host\":\"mx1.example.org\",\"port\":25,\"ok\":false,\"error\":\"ETIMEDOUT\"}],"
      "\"msg\":\"smtp probe\"}\n"
      "{\"level\":40,\"time\":1714890782210,\"hostname\":\"mailer-7c9\",\"name\":\"http\",\"req\":{\"method\":"
      "\"GET\",\"url\":\"/v1/templates/x\"},\"res\":{\"statusCode\":404},\"msg\":\"request completed\"}\n"
      "E, [2024-05-05T06:20:41.981044 #2901] ERROR -- : Error performing MailDeliveryJob: "
      "Net::SMTPAuthenticationError (535-5.7.8 Username and Password not accepted.)\n"
      "W, [2024-05-05T06:20:41.983310 #2901]  WARN -- : Net::SMTPAuthenticationError: 535-5.7.8 Username and "
      "Password not accepted.\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].file_line, 1u);
  EXPECT_EQ(r.sink.events[1].file_line, 5u);
  for (size_t line : {1, 2, 3, 5}) EXPECT_EQ(r.outcomes[line], Outcome::recognized) << "line " << line + 1;
}

// A Java logger's time has a comma before its fraction, which syslog never
// writes: "2024-02-12 08:02:13,406+0000 thread url: ..." is an application's
// record, not a host and a program. The mail's own subject quoted in a record
// is not the failure's words; the exception under the record states it. A
// webmail's or a tracker's reading of mailboxes over IMAP is not sending.
TEST(ClientParser, JavaRecordsQuotedSubjectsAndMailboxReadingErrors) {
  Parsed r = parse(
      "2024-02-12 08:02:13,406+0000 http-exec-4 url: /login; user: anonymous WARN Login failed for user 'ann' "
      "from 203.0.113.4: AUTHENTICATION_DENIED\n"
      "2024-02-12 08:12:00,384+0000 Worker-1 ERROR Runner [mail.queue.MailQueueImpl] Error occurred in sending "
      "e-mail: To='bo@example.com' Subject='Disk full on build agent 7' From='null'\n"
      "com.example.mail.MailException: javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication "
      "unsuccessful\n"
      "\tat com.example.mail.server.SMTPMailServerImpl.send(SMTPMailServerImpl.java:226)\n"
      "2024-02-12 09:05:12,404+0000 Worker-2 ERROR Runner [mail.incoming.fetcher] Support Inbox: "
      "javax.mail.AuthenticationFailedException: AUTHENTICATE failed. while connecting to host "
      "'imap.example.com' as user 'support@example.com' via protocol 'imaps'\n"
      "[12-Mar-2024 07:13:40 +0100]: <3f1721b6> IMAP Error: Login failed for ann@example.com against "
      "mail.example.com. Could not connect to mail.example.com:993: Connection timed out\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].file_line, 3u);
  EXPECT_EQ(r.sink.events[0].reply_code, 535);
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
}

// Grafana writes its logger before the time ("logger=... t=2024-...Z
// level=..."): a timed record, so an HTTP request's or a database's failure in
// it is not mail's, nor a web login's throttle whose only mail word is the
// user's address field.
TEST(ClientParser, GrafanasRecordsAndAWebLoginThrottleAreNotMailFailures) {
  Parsed r = parse(
      "logger=sqlstore.transactions t=2024-08-14T08:44:19.285465132Z level=error msg=\"Database locked\" "
      "error=\"database is locked\"\n"
      "logger=context userId=4 t=2024-08-14T09:05:40.243301510Z level=error msg=\"Request Completed\" "
      "method=GET path=/api/datasources/proxy/uid/prom/api/v1/query_range status=502 time_ms=30004\n"
      "[2024-03-14 08:31:20] production.NOTICE: Too many login attempts, locking out "
      "{\"email\":\"admin@example.com\",\"ip\":\"198.51.100.23\",\"seconds\":60}\n"
      "logger=ngalert.notifier t=2024-08-14T06:43:10.051032438Z level=error msg=\"Notify for alerts failed\" "
      "err=\"ops-email/email[0]: failed to send notification to email addresses: ops@example.com: dial tcp "
      "198.51.100.9:25: i/o timeout\"\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].file_line, 4u);
  EXPECT_TRUE(r.sink.events[0].time.valid);
}

// A password manager's log: its web requests' "=> 400 Bad Request" is an HTTP
// status, not an SMTP reply; its mail errors are records of their own, and
// the resolver's "Temporary failure in name resolution" is one without a word
// of the usual failure vocabulary.
TEST(ClientParser, HttpStatusesAreNotRepliesAndResolverWordsAreFailures) {
  Parsed r = parse(
      "[2024-06-03 09:04:21.064][app::error][ERROR] SMTP 5xx error: permanent error (535): 5.7.8 Username and "
      "Password not accepted.\n"
      "[2024-06-03 09:04:21.066][response][INFO] (test_smtp) POST /admin/test/smtp => 400 Bad Request\n"
      "[2024-06-03 16:55:45.125][app::error][ERROR] SMTP client error: Connection error: failed to lookup address "
      "information: Temporary failure in name resolution\n"
      "[2024-06-03 16:55:45.127][response][INFO] (send_email_login) POST /api/send-email-login => 503 Service "
      "Unavailable\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].file_line, 1u);
  EXPECT_EQ(r.sink.events[0].reply_code, 535);
  EXPECT_EQ(r.sink.events[1].file_line, 3u);
  EXPECT_EQ(cs::find_reply("POST /x => 400 Bad Request").code, 0);
  EXPECT_EQ(cs::find_reply("503 Service Unavailable").code, 0);
  EXPECT_EQ(cs::find_reply("503 5.5.1 Error: need RCPT command").code, 503);
}

// The exception under a timed record belongs to it: under an update check's
// warning, "UnknownHostException: updates.example.org" is not mail's; under a
// task's failure whose traceback passes through smtplib, the exception is.
TEST(ClientParser, AnExceptionIsMailsOnlyWhenItsRecordSpeaksOfMail) {
  Parsed r = parse(
      "2024-03-11 07:59:02.118+0000 [id=66]\tWARNING\thudson.model.UpdateCenter#updateDefaultSite: Failed to "
      "update the default Update Site 'default'.\n"
      "java.net.UnknownHostException: updates.example.org\n"
      "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:567)\n"
      "[2024-04-09 14:30:02,118: ERROR/ForkPoolWorker-3] Task shop.tasks.send_receipt[7f3c] raised unexpected: "
      "ConnectionRefusedError(111, 'Connection refused')\n"
      "Traceback (most recent call last):\n"
      "  File \"/usr/local/lib/python3.10/smtplib.py\", line 341, in connect\n"
      "    self.sock = self._get_socket(host, port, self.timeout)\n"
      "ConnectionRefusedError: [Errno 111] Connection refused\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_GE(r.sink.events[0].file_line, 4u);
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
}

// A runtime's words ("getaddrinfo" is Node's as much as anyone's) do not make
// a record mail's; a mail address in it does. Sidekiq stamps each line of a
// job's error with the job's time: the lines of one moment are one record, so
// the exception under a mailer job's record is the mailer's.
TEST(ClientParser, RuntimesWordsAreNotMailButAddressesAndSameTimeLinesAre) {
  Parsed r = parse(
      "2024-08-19T09:31:12.431Z pid=7 tid=syw4 WARN: HTTP::ConnectionError: failed to connect: getaddrinfo: "
      "Temporary failure in name resolution\n"
      "2024-08-19T09:31:50.236Z pid=7 tid=gz46 WARN: {\"context\":\"Job raised exception\",\"queue\":\"mailers\"}\n"
      "2024-08-19T09:31:50.236Z pid=7 tid=gz46 WARN: SocketError: getaddrinfo: Temporary failure in name resolution\n"
      "2024-10-02 08:00:00,604 ERROR billing [81:Main] Reminder for INV-1 to ap@example.org failed: [WinError 10013] "
      "An attempt was made to access a socket in a way forbidden by its access permissions\n"
      "2024-10-02 09:00:00,100 WARN  [idp.events] (worker-3) type=\"LOGIN_ERROR\", error=\"user_not_found\", "
      "username=\"ann@example.org\"\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].file_line, 3u);
  EXPECT_EQ(r.sink.events[1].file_line, 4u);
  EXPECT_TRUE(cs::mentions_mail("reminder for inv-1 to ap@example.org failed"));
  EXPECT_FALSE(cs::mentions_mail("object com.example.cache@1a2b3c expired"));
}

// Airflow's task log: "[2024-04-22, 03:00:15 UTC] {file.py:83} ERROR - ..." is a
// timed record; the traceback under it gives the failure its detail.
TEST(ClientParser, AirflowTaskLogRecordsHaveTheirTime) {
  Parsed r = parse(
      "[2024-04-22, 03:00:13 UTC] {send.py:77} INFO - Statement 10021 sent to finance@example.org\n"
      "[2024-04-22, 03:00:15 UTC] {send.py:83} ERROR - Statement 10023 could not be sent to ap@example.com\n"
      "Traceback (most recent call last):\n"
      "  File \"/usr/local/lib/python3.11/smtplib.py\", line 901, in sendmail\n"
      "    raise SMTPRecipientsRefused(senderrs)\n"
      "smtplib.SMTPRecipientsRefused: {'ap@example.com': (452, b'4.2.2 The recipient\\'s inbox is out of storage "
      "space.')}\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_TRUE(r.sink.events[0].time.valid);
  EXPECT_EQ(r.sink.events[0].time.epoch_us, 1713754815000000);  // 2024-04-22T03:00:15Z
  EXPECT_EQ(r.sink.events[0].reply_code, 452);
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
}

TEST(ClientParser, ReadsReplyCodesInEachProgramsQuotingStyle) {
  struct Case {
    const char* line;
    uint16_t code;
    const char* status;
    const char* program;
  } cases[] = {
      {"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')", 535, "5.7.8",
       "smtplib"},
      {"SMTP ERROR: AUTH command failed: 535 5.7.8 Error: authentication failed", 535, "5.7.8", "phpmailer"},
      {"  responseCode: 535,", 535, "", "nodemailer"},
      {"SMTP Error (535): Authentication failed.", 535, "", "roundcube"},
      {"{\"err\":{\"message\":\"Invalid login\",\"code\":\"EAUTH\",\"responseCode\":535}}", 535, "", "nodemailer"},
      {"Expected response code 250 but got code \"552\", with message \"552 5.3.4 Error: message file too big\"",
       552, "5.3.4", "swiftmailer"},
  };
  for (const Case& c : cases) {
    Parsed r = parse(c.line);
    ASSERT_EQ(r.sink.events.size(), 1u) << c.line;
    EXPECT_EQ(r.sink.events[0].reply_code, c.code) << c.line;
    EXPECT_EQ(r.sink.events[0].enhanced_status, c.status) << c.line;
    EXPECT_EQ(r.sink.events[0].process_name, c.program) << c.line;
  }
}

TEST(ClientParser, NamesTheDestinationHostAndPort) {
  struct Case {
    const char* line;
    const char* host;
    const char* ip;
    uint16_t port;
  } cases[] = {
      {"Connection failed. Error #2: stream_socket_client(): Unable to connect to smtp.example.org:25 (Connection "
       "timed out)",
       "smtp.example.org", "", 25},
      {"com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.org, 587; timeout -1",
       "smtp.example.org", "", 587},
      {"javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.org, port: 465, response: -1",
       "smtp.example.org", "", 465},
      {"msmtp: cannot connect to mail.example.net, port 587: Connection refused", "mail.example.net", "", 587},
      {"postfix/smtp[812]: connect to mx.example.net[192.0.2.26]:25: Connection timed out", "mx.example.net",
       "192.0.2.26", 25},
      {"{ Error: connect ETIMEDOUT 192.0.2.27:25 code: 'ETIMEDOUT', syscall: 'connect', address: '192.0.2.27', "
       "port: 25 }",
       "192.0.2.27", "192.0.2.27", 25},
      {"SSL_connect returned=1 errno=0 peeraddr=192.0.2.103:587 state=error: wrong version number", "192.0.2.103",
       "192.0.2.103", 587},
      // Go names the resolver it asked after the host: the host is the destination.
      {"send mail: dial tcp: lookup smtp.example.org on 127.0.0.53:53: no such host", "smtp.example.org", "", 0},
  };
  for (const Case& c : cases) {
    Parsed r = parse(c.line);
    ASSERT_EQ(r.sink.events.size(), 1u) << c.line;
    EXPECT_EQ(r.sink.events[0].destination_domain, c.host) << c.line;
    EXPECT_EQ(r.sink.events[0].destination_ip, c.ip) << c.line;
    EXPECT_EQ(r.sink.events[0].destination_port, c.port) << c.line;
  }
}

TEST(ClientParser, SourceLocationsAreNotHostsOrReplyCodes) {
  Parsed r = parse("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1131)");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_TRUE(r.sink.events[0].destination_domain.empty());
  EXPECT_EQ(r.sink.events[0].destination_port, 0);
  EXPECT_EQ(r.sink.events[0].reply_code, 0);
}

TEST(ClientParser, TranscriptLinesThatAreNotFailuresAreRecognized) {
  Parsed r = parse(
      "2024-05-02 09:14:01\tConnection: opening to smtp.example.org:587, timeout=300, options=array()\n"
      "2024-05-02 09:14:01\tSERVER -> CLIENT: 220 smtp.example.org ESMTP Postfix\n"
      "2024-05-02 09:14:01\tCLIENT -> SERVER: EHLO shop.example.com\n"
      "<-  250-smtp.example.org\n"
      " -> AUTH LOGIN\n"
      "<-- 334 VXNlcm5hbWU6\n"
      "[2024-03-02 08:01:10] DEBUG [Kq1sLr0aBc] S: 250 SMTPUTF8\n"
      "=== Connection closed with remote host.\n");
  EXPECT_TRUE(r.sink.events.empty());
  for (Outcome o : r.outcomes) EXPECT_EQ(o, Outcome::recognized);
}

TEST(ClientParser, FailingServerReplyInATranscriptIsAFailure) {
  Parsed r = parse("<** 554 5.7.1 <someone@example.net>: Relay access denied");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].process_name, "swaks");
  EXPECT_EQ(r.sink.events[0].reply_code, 554);
}

TEST(ClientParser, MultiLineReplyIsOneEventOnItsFirstLine) {
  Parsed r = parse(
      "[2024-03-02 08:01:11] DEBUG [Kq1sLr0aBc] S: 535-5.7.8 Username and Password not accepted. For more "
      "information, go to\n"
      "[2024-03-02 08:01:11] DEBUG [Kq1sLr0aBc] S: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials\n"
      "[2024-03-02 08:01:11] DEBUG [Kq1sLr0aBc] Closing connection to the server using \"end\"\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].file_line, 1u);
  EXPECT_NE(r.sink.events[0].diagnostic.find("p=BadCredentials"), std::string::npos);
  EXPECT_EQ(r.outcomes[0], Outcome::reported);
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
}

TEST(ClientParser, NodeErrorDumpFoldsItsFieldsIntoOneEvent) {
  Parsed r = parse(
      "Error: Invalid login: 535 Authentication failed\n"
      "    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\n"
      "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {\n"
      "  code: 'EAUTH',\n"
      "  response: '535 Authentication failed',\n"
      "  responseCode: 535,\n"
      "  command: 'AUTH PLAIN'\n"
      "}\n"
      "next unrelated line\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  const auto& e = r.sink.events[0];
  EXPECT_EQ(e.file_line, 1u);
  EXPECT_EQ(e.reply_code, 535);
  EXPECT_NE(e.diagnostic.find("code: 'EAUTH'"), std::string::npos);
  EXPECT_EQ(e.diagnostic.find("processTicksAndRejections"), std::string::npos) << "stack frames are not text";
  for (size_t i = 1; i < 8; ++i) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << i;
  EXPECT_EQ(r.outcomes[8], Outcome::unrecognized);
}

// JavaMail's wrapper ("Could not connect to SMTP host") names its cause on
// the line after "nested exception is:": that line, which says what failed,
// is the event's; the "Caused by:" repeating it adds nothing.
TEST(ClientParser, JavaNestedExceptionIsTheEventsLine) {
  Parsed r = parse(
      "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.org, port: 465;\n"
      "  nested exception is:\n"
      "\tjava.net.ConnectException: Connection timed out: connect\n"
      "\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2210)\n"
      "Caused by: java.net.ConnectException: Connection timed out: connect\n"
      "\t... 8 more\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].file_line, 3u);
  EXPECT_EQ(r.sink.events[0].process_name, "javamail");
  EXPECT_NE(r.sink.events[0].diagnostic.find("Connection timed out"), std::string::npos);
  EXPECT_EQ(r.sink.events[0].destination_port, 465);
}

TEST(ClientParser, BlankLineInsideAJavaTraceKeepsTheBlockOpen) {
  Parsed r = parse(
      "javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful\n"
      "\n"
      "\tat com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:965)\n"
      "Caused by: javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].file_line, 1u);
}

TEST(ClientParser, MailKitParagraphsAfterABlankLineBelongToTheException) {
  Parsed r = parse(
      "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS "
      "connection.\n"
      "\n"
      "When connecting to an SMTP service, port 587 is typically reserved for plain-text connections. If\n"
      "you intended to connect to SMTP on the SSL port, try connecting to port 465 instead.\n"
      "\n"
      "client.Connect (\"smtp.example.org\", 587, SecureSocketOptions.StartTls);\n"
      " ---> System.IO.IOException: The handshake failed due to an unexpected packet format.\n"
      "   at System.Net.Security.SslStream.ReceiveBlobAsync(CancellationToken cancellationToken)\n"
      "2024-02-19 17:05:02.901 +01:00 [INF] next record\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].process_name, "mailkit");
  EXPECT_NE(r.sink.events[0].diagnostic.find("port 587 is typically reserved"), std::string::npos);
  EXPECT_NE(r.sink.events[0].diagnostic.find("unexpected packet format"), std::string::npos);
}

TEST(ClientParser, MailKitParagraphPastedAloneIsItsOwnEvent) {
  Parsed r = parse(
      "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS "
      "connection.\n"
      "When connecting to an SMTP service, port 587 is typically reserved for plain-text connections.\n");
  EXPECT_EQ(r.sink.events.size(), 2u);
}

TEST(ClientParser, PythonTracebackFramesAreRecognizedAndTheExceptionReported) {
  Parsed r = parse(
      "Traceback (most recent call last):\n"
      "  File \"/opt/report/send.py\", line 41, in send\n"
      "    server.login(cfg.user, cfg.password)\n"
      "  File \"/usr/lib/python3.11/smtplib.py\", line 662, in auth\n"
      "    raise SMTPAuthenticationError(code, resp)\n"
      "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed')\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].file_line, 6u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << i;
}

TEST(ClientParser, SyslogEnvelopeGivesTimeHostProgramAndAction) {
  Parsed r = parse(
      "Jun  3 04:13:09 relay postfix/smtp[20811]: 4VtQ2x1JQZz9sVx: to=<someone@example.net>, relay=none, "
      "delay=61, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.27]:25: Connection timed out)\n"
      "Jun  3 04:25:51 relay postfix/smtp[20950]: 4VtQHq0Rm1z9sW5: to=<ops@example.com>, relay=mail.example.net"
      "[198.51.100.25]:25, delay=0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4VtQHr3l5fz1x2)\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  const auto& e = r.sink.events[0];
  EXPECT_TRUE(e.time.valid);
  EXPECT_EQ(e.host_name, "relay");
  EXPECT_EQ(e.process_name, "postfix");
  EXPECT_EQ(e.process_pid, 20811u);
  EXPECT_EQ(e.action, Action::deferred);
  EXPECT_EQ(e.enhanced_status, "4.4.1");
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
}

TEST(ClientParser, ApplicationSummaryWithoutDetailIsNotAnEvent) {
  Parsed r = parse("2024-06-11 07:00:03,482 ERROR report: mail failed\n"
                "msmtp: could not send mail (account default from /home/pi/.msmtprc)\n");
  EXPECT_TRUE(r.sink.events.empty());
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
}

// Records an application logged at info or debug level are its notes: the
// settings it names ("starttls=required"), an outcome's fields ("'rejected'"),
// a retry of a failure logged before. A failing reply at that level (a
// transcript at debug level) still counts, and NOTICE is no such level.
TEST(ClientParser, InfoAndDebugRecordsAreNotesUnlessAReplyFails) {
  Parsed r = parse(
      "2024-06-03T10:02:21.077Z  INFO 1 --- [main] c.e.mail.MailConfig : sender 'primary' -> "
      "smtp.example.com:587 starttls=required auth=true\n"
      "[2024-04-09 14:36:21,010: INFO/ForkPoolWorker-2] Task send_welcome[1d6a] succeeded in 0.5s: "
      "{'status': 'rejected'}\n"
      "time=\"2024-08-19T07:41:11Z\" level=info msg=\"mailer: retry 2 after connection refused\"\n"
      "2024-06-03 10:05:00,100 DEBUG mailer: send failed: 550 5.1.1 <x@example.org>: user unknown\n"
      "Dec 23 19:57:09 host sendEmail[4908]: NOTICE => Authentication not supported by the remote SMTP server!\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << i;
  EXPECT_EQ(r.sink.events[0].reply_code, 550);
  EXPECT_NE(r.sink.events[1].diagnostic.find("Authentication not supported"), std::string::npos);
}

// An application's record that names only the kind of mail ("password-reset")
// and that it failed is one failure with the exception dumped under it.
TEST(ClientParser, ARecordNamingAPasswordResetMailJoinsTheExceptionUnderIt) {
  Parsed r = parse(
      "2024-09-10 14:02:13.790 +00:00 [ERR] Portal.Email.Sender: Sending \"password-reset\" to a@example.org failed\n"
      "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS "
      "connection.\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].file_line, 2u);
  EXPECT_NE(r.sink.events[0].diagnostic.find("SslHandshakeException"), std::string::npos);
}

// Two records of one moment quoting the same error are one failure when they
// are about the same recipient, two when a batch's sends to two recipients
// were refused one after the other.
TEST(ClientParser, TheSameErrorForAnotherRecipientIsAnotherFailure) {
  const std::string a = "time=\"2024-08-19T08:15:04.337Z\" level=error msg=\"smtp send failed\" "
                        "error=\"421 4.7.0 mail.example.com Error: too many connections\" to=ann@example.com\n";
  const std::string b = "time=\"2024-08-19T08:15:04.341Z\" level=error msg=\"smtp send failed\" "
                        "error=\"421 4.7.0 mail.example.com Error: too many connections\" to=bob@example.com\n";
  const std::string again = "time=\"2024-08-19T08:15:04.352Z\" level=warning msg=\"will retry\" "
                            "error=\"421 4.7.0 mail.example.com Error: too many connections\" to=bob@example.com\n";
  EXPECT_EQ(parse(a + b).sink.events.size(), 2u);
  EXPECT_EQ(parse(b + again).sink.events.size(), 1u);
}

TEST(ClientParser, LinesWithoutMailWordingAreUnrecognized) {
  Parsed r = parse("the quick brown fox\n\x01\x02\x03\xff\xfe binary\n");
  EXPECT_TRUE(r.sink.events.empty());
  EXPECT_EQ(r.outcomes[0], Outcome::unrecognized);
}

TEST(ClientParser, CrlfLineEndsAndHugeOrBrokenLinesDoNotCrash) {
  std::string huge(1 << 20, 'x');
  huge += " Connection refused";
  std::string text = "msmtp: cannot connect to smtp.example.org, port 587: connection refused\r\n" + huge +
                     "\n535-\n[\n]:\n:65536\n550\n";
  Parsed r = parse(text);
  ASSERT_GE(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].destination_port, 587);
  EXPECT_EQ(r.sink.events[0].diagnostic.back(), 'd') << "the CR is not part of the text";
  for (const auto& e : r.sink.events) EXPECT_LE(e.diagnostic.size(), 1u << 21);
}

// Mutations of real shapes: cut, duplicated, bytes replaced. Run under ASan
// (MAILTRIAGE_SANITIZE) this finds reads past a line's end.
TEST(ClientParser, MutatedAndRandomLinesNeverCrash) {
  const std::string seeds[] = {
      "Error: Invalid login: 535-5.7.8 Username and Password not accepted.",
      "  response: '535 5.7.8 Error', responseCode: 535, host: 'smtp.example.org', port: 587",
      "Jun  3 04:12:09 relay postfix/smtp[20811]: connect to mx.example.net[192.0.2.26]:25: Connection timed out",
      "MailKit.Security.SslHandshakeException: An error occurred",
      "\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2210)",
      "[2024-03-02 08:01:11] DEBUG [Kq1sLr0aBc] S: 535-5.7.8 Username",
      "{\"err\":{\"code\":\"EAUTH\",\"responseCode\":535,\"host\":\"a.b\",\"port\":25}}",
      "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.org, port: 465, response: -1",
  };
  uint64_t state = 0x9e3779b97f4a7c15u;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  std::string text;
  for (int round = 0; round < 4000; ++round) {
    std::string line = seeds[next() % std::size(seeds)];
    switch (next() % 4) {
      case 0: line = line.substr(0, next() % (line.size() + 1)); break;
      case 1:
        for (int k = 0; k < 3; ++k) line[next() % line.size()] = char(next() % 256);
        break;
      case 2: line += line.substr(next() % line.size()); break;
      case 3:
        line.clear();
        for (int k = int(next() % 40); k > 0; --k) line.push_back(char(next() % 256));
        break;
    }
    for (char& c : line)
      if (c == '\n') c = ' ';
    text += line;
    text += '\n';
  }
  Parsed r = parse(text);
  for (const auto& e : r.sink.events) {
    EXPECT_GE(e.file_line, 1u);
    EXPECT_LE(e.file_line, 4000u);
  }
}

TEST(ClientSniff, RecognizesClientProgramsAndLeavesSyslogAlone) {
  EXPECT_GT(client_sniff("2024-05-02 09:14:01\tSERVER -> CLIENT: 220 smtp.example.org ESMTP\n"
                         "2024-05-02 09:14:01\tCLIENT -> SERVER: EHLO shop.example.com\n"
                         "SMTP Error: Could not authenticate.\n"),
            50);
  EXPECT_GT(client_sniff("Traceback (most recent call last):\n"
                         "  File \"send.py\", line 3, in <module>\n"
                         "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed')\n"),
            40);
  const char* syslog =
      "Jun  3 04:12:09 relay postfix/smtp[20811]: connect to mx.example.net[192.0.2.26]:25: Connection timed out\n"
      "Jun  3 04:12:10 relay postfix/qmgr[1200]: 4VtQbM0k2Lz9sWC: removed\n"
      "Jun  3 04:12:11 relay msmtp: host=smtp.example.org tls=on auth=on smtpstatus=535 exitcode=EX_NOPERM\n";
  EXPECT_LT(client_sniff(syslog), sniff_syslog(syslog));
  // msmtp's own log file (--logfile): a BSD-like time, then the record; no syslog tag.
  EXPECT_GT(client_sniff("May 02 01:00:04 host=smtp.example.org tls=on auth=on user=bk@example.org "
                         "from=bk@example.org recipients=admin@example.org smtpstatus=535 smtpmsg='535 5.7.8 "
                         "Error: authentication failed' errormsg='authentication failed (method PLAIN)' "
                         "exitcode=EX_NOPERM\n"
                         "May 02 01:30:03 host=smtp.example.org tls=on auth=on user=bk@example.org "
                         "from=bk@example.org recipients=admin@example.org mailsize=4107 smtpstatus=250 "
                         "smtpmsg='250 2.0.0 Ok: queued' exitcode=EX_OK\n"),
            90);
  EXPECT_EQ(client_sniff("From: someone@example.org\nSubject: hello\n\nbody\n"), 0);
  EXPECT_EQ(client_sniff(""), 0);
}

TEST(ClientSniff, AutoDetectionPicksTheClientFormatForAClientLog) {
  const FormatSpec* f = detect_format(
      "msmtp: authentication failed (method PLAIN)\n"
      "msmtp: server message: 535 5.7.8 Error: authentication failed\n"
      "msmtp: could not send mail (account default from /home/pi/.msmtprc)\n");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "client");
}

// A sending program's stderr kept by cron or a script ("sendmail: ...",
// "smtp-server: 530 ..."): a client log, though no line is stamped.
TEST(ClientSniff, ASendingProgramsStderrIsReadAsAClientLog) {
  const FormatSpec* f = detect_format("smtp-server: 530 5.7.0 Must issue a STARTTLS command first.\n");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "client");
  f = detect_format("sendmail: can't connect to remote host (127.0.0.1): Connection refused\n");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "client");
}

// Errors copied out of a mail program's dialog or a terminal, a few lines
// without time or program: the client reader reads them (the syslog reader
// counted them unrecognized). A short note that reports no failure, and a
// longer document, stay unknown.
TEST(ClientSniff, AShortPasteOfErrorsIsReadAsAClientLog) {
  for (const char* paste : {"Could not negotiate TLS connection\n",
                            "5.7.8 Username and Password not accepted. For more information, go to\n",
                            "SASL authentication failed\nCould not connect to 127.0.0.1 (Connection refused)\n"}) {
    const FormatSpec* f = detect_format(paste);
    ASSERT_NE(f, nullptr) << paste;
    EXPECT_EQ(f->name, "client") << paste;
  }
  EXPECT_EQ(detect_format("Remember to renew the domain\nCould not negotiate TLS connection\n"), nullptr);
  std::string long_paste;
  for (int i = 0; i < 12; ++i) long_paste += "Could not negotiate TLS connection\n";
  EXPECT_EQ(detect_format(long_paste), nullptr);
  EXPECT_EQ(detect_format("# Could not connect\n"), nullptr);
}

// Perl's Net::SMTP words (git send-email prints them as they are) and
// s-nail's EOF carry no usual failure word; they are failures all the same.
TEST(ClientParser, NetSmtpAndMailxWordingsWithoutAFailureWordAreFailures) {
  Parsed r = parse("Command unknown: 'AUTH' at /usr/lib/git-core/git-send-email line 1630.\n"
                   "Need MIME::Base64 and Authen::SASL todo auth at /usr/lib/git-core/git-send-email line 1630.\n"
                   "Unexpected EOF on SMTP connection\n");
  ASSERT_EQ(r.sink.events.size(), 3u);
  EXPECT_EQ(testing::verdict_of(r.sink.events[0]).cause, "tls_mismatch");
  EXPECT_EQ(testing::verdict_of(r.sink.events[1]).cause, "outdated_client");
  EXPECT_EQ(testing::verdict_of(r.sink.events[2]).cause, "server_unavailable");
}

// sSMTP logs the command it gave up on with the reply after it; cron and
// anacron say that the MTA command refused a job's mail.
TEST(ClientParser, ACommandWithItsReplyAndCronsMailStatusAreFailures) {
  Parsed r = parse(
      "RCPT TO:<a@example.org> (550 5.1.1 unknown or illegal alias: a@example.org)\n"
      "MAIL FROM:<root@web01.localdomain> (553 5.7.1 <root@web01.localdomain>: Sender address rejected: not owned "
      "by user alerts@example.com)\n"
      "RCPT TO:<b@example.org>\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].reply_code, 550);
  EXPECT_EQ(r.sink.events[0].enhanced_status, "5.1.1");
  EXPECT_EQ(r.sink.events[1].reply_code, 553);
  EXPECT_EQ(r.outcomes[2], Outcome::recognized);

  r = parse("Mar  4 10:30:01 web01 CRON[24602]: (root) MAIL (mailed 120 bytes of output but got status 0x004b from MTA)\n"
            "Mar  4 10:30:02 web01 CRON[24603]: (root) CMD (run-parts /etc/cron.hourly)\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].file_line, 1u);
}

// Go's standard logger: no line of the head names mail, but every line is a
// stamped record, so the client reader reads the file (it had gone to the
// syslog reader, which counted every line unrecognized).
// A PowerShell transcript opens with twenty lines of "Key: value": its own
// header names it, so a script's mail failures are read.
TEST(ClientSniff, APowerShellTranscriptIsReadAsAClientLog) {
  std::string head = "**********************\nWindows PowerShell transcript start\nStart time: 20250303060002\n";
  for (int i = 0; i < 18; ++i) head += "Key" + std::to_string(i) + ": value\n";
  head += "**********************\nTranscript started, output file is C:\\Logs\\t.txt\n";
  const FormatSpec* f = detect_format(head);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "client");
}

TEST(ClientSniff, AGoServicesLogIsReadAsAClientLog) {
  const FormatSpec* f = detect_format(
      "2025/05/06 09:00:02 cmd/web.go:253:runWeb() [I] Starting on PID: 17\n"
      "2025/05/06 09:00:02 routers/init.go:114:InitWebInstalled() [I] Git version: 2.47.2\n"
      "2025/05/06 09:02:11 ...eb/routing/logger.go:102:func1() [I] router: completed GET / 200 OK\n");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "client");
}

// Go's net/smtp keeps a multi-line reply's line breaks and drops each line's
// code: the lines that open with the reply's enhanced status are its words.
// mailx and s-nail run msmtp as "send-mail": its stage and its "server
// message:" are one failure, and mailx's "... message not sent" closes it.
TEST(ClientParser, MsmtpRunAsSendMailByMailxIsOneFailure) {
  Parsed r = parse(
      "send-mail: authentication failed (method PLAIN)\n"
      "send-mail: server message: 535 5.7.8 Error: authentication failed: authentication failure\n"
      "send-mail: could not send mail (account default from /etc/msmtprc)\n"
      "\"/root/dead.letter\" 14/502\n"
      "... message not sent\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].reply_code, 535);
}

// Jenkins' timestamper stamps every line: a line indented under the stamp,
// with the record's own stamp, belongs to the record (its nested exception).
TEST(ClientParser, JenkinsStampedExceptionLinesAreTheRecords) {
  Parsed r = parse(
      "[2025-02-11T09:26:44.685Z] ERROR: Could not send email as a part of the post-build publishers.\n"
      "[2025-02-11T09:26:44.685Z] jakarta.mail.MessagingException: Could not connect to SMTP host: "
      "smtp.example.com, port: 465;\n"
      "[2025-02-11T09:26:44.685Z]   nested exception is:\n"
      "[2025-02-11T09:26:44.685Z] \tjavax.net.ssl.SSLHandshakeException: PKIX path building failed\n"
      "[2025-02-11T09:26:44.685Z] \tat org.eclipse.angus.mail.util.SocketFetcher.configureSSLSocket(SocketFetcher.java:620)\n");
  // (The "ERROR:" line is a failure of its own words; the exception's lines under it are one.)
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_NE(r.sink.events[1].diagnostic.find("PKIX path building failed"), std::string_view::npos);
  for (const auto& e : r.sink.events) EXPECT_LT(e.file_line, 5u);
}

TEST(ClientParser, GosMultiLineReplyIsOneFailure) {
  Parsed r = parse(
      "2025/05/06 09:31:41 mailer.go:427:process() [E] Failed to send emails [a@example.org]: failed to "
      "authenticate SMTP: 534 5.7.9 Application-specific password required. For more information, go to\n"
      "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d9443c01a7336 - gsmtp\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].reply_code, 534);
  EXPECT_NE(r.sink.events[0].diagnostic.find("InvalidSecondFactor"), std::string_view::npos);
}

TEST(ClientScan, AVersionInABuildLineIsNoStatus) {
  EXPECT_EQ(cs::find_reply("Forgejo version: 11.0.1 built with GNU Make 4.4.1, go1.24.2").status, "");
  EXPECT_EQ(cs::find_reply("delivery failed: 4.4.1 connection timed out").status, "4.4.1");
}

TEST(ClientScan, ReplyCodeIgnoresPortsErrnosAndVersions) {
  EXPECT_EQ(cs::find_reply("connect to host port 465 after 4.16.55.1 errno 110").code, 0);
  EXPECT_EQ(cs::find_reply("delays=0.01/0.01/150/0, dsn=4.4.1, status=deferred").code, 0);
  EXPECT_EQ(cs::find_reply("delays=0.01/0.01/150/0, dsn=4.4.1, status=deferred").status, "4.4.1");
  cs::Reply r = cs::find_reply("220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard.");
  EXPECT_EQ(r.code, 421);
  EXPECT_EQ(r.status, "4.2.1");
}

// A size is no reply ("invoice.pdf (412 KB)"), and a code that ends the text
// is read where it stands (reading past it once threw out of the program).
TEST(ClientScan, SizesAreNotRepliesAndACodeMayEndTheText) {
  EXPECT_EQ(cs::find_reply("attachment=invoice-88.pdf (412 KB) -> smtp.example.com:587").code, 0);
  EXPECT_EQ(cs::find_reply("queued 503 bytes for delivery").code, 0);
  EXPECT_EQ(cs::find_reply("wrote 451 MiB of spool").code, 0);
  for (std::string_view ending : {"the server answered 550", "reply: 421", "code=(554", "[452"})
    EXPECT_NO_THROW(cs::find_reply(ending)) << ending;
  EXPECT_EQ(cs::find_reply("550 5.1.1 over 452 kb? no: unknown user").code, 550);
}

TEST(ClientScan, ReplyThatGoesOnBelowIsMarkedOpen) {
  EXPECT_TRUE(cs::find_reply("S: 535-5.7.8 Username and Password not accepted.").continues);
  EXPECT_FALSE(cs::find_reply("535-5.7.8 Username and Password not accepted. 535 5.7.8 https://x").continues);
  EXPECT_FALSE(cs::find_reply("535 5.7.8 Username and Password not accepted.").continues);
}

TEST(ClientScan, TranscriptPrefixesOfEachProgram) {
  auto dir = [](std::string_view line) {
    std::string lower;
    cs::lower_into(line, &lower);
    return cs::classify_transcript(line, lower).direction;
  };
  EXPECT_EQ(dir("SERVER -> CLIENT: 250 OK"), cs::Direction::from_server);
  EXPECT_EQ(dir("CLIENT -> SERVER: QUIT"), cs::Direction::to_server);
  EXPECT_EQ(dir("<~  334 VXNlcm5hbWU6"), cs::Direction::from_server);
  EXPECT_EQ(dir(" ~> AUTH LOGIN"), cs::Direction::to_server);
  EXPECT_EQ(dir("--> EHLO host"), cs::Direction::to_server);
  EXPECT_EQ(dir("reply: b'235 2.7.0 Accepted'"), cs::Direction::from_server);
  EXPECT_EQ(dir("DEBUG SMTP: trying to connect to host \"smtp.example.org\", port 587"), cs::Direction::info);
  EXPECT_EQ(dir("EHLO shop-7f9c"), cs::Direction::to_server);
  EXPECT_EQ(dir("Data command rejected: too many messages"), cs::Direction::none);
}

std::vector<uint64_t> event_lines(const Parsed& r) {
  std::vector<uint64_t> lines;
  for (const auto& e : r.sink.events) lines.push_back(e.file_line);
  return lines;
}

// A structured log's record (one JSON object a line) has the time its time
// field gives; a record of another moment saying the same is another failure.
TEST(ClientParser, AJsonRecordHasItsTimeFieldsTime) {
  Parsed r = parse(
      "{\"severity\":\"WARN\",\"time\":\"2024-07-09T07:02:55.611Z\",\"class\":\"ActionMailer::MailDeliveryJob\","
      "\"error_message\":\"454 Throttling failure: Daily message quota exceeded.\"}\n"
      "{\"severity\":\"WARN\",\"time\":\"2024-07-09T07:03:32.402Z\",\"class\":\"ActionMailer::MailDeliveryJob\","
      "\"error_message\":\"454 Throttling failure: Daily message quota exceeded.\"}\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{1, 2}));
  EXPECT_TRUE(r.sink.events[0].time.valid);
  Timestamp want;
  ASSERT_TRUE(scan_rfc3339("2024-07-09T07:02:55.611Z", &want));
  EXPECT_EQ(r.sink.events[0].time.epoch_us, want.epoch_us);
}


// One failed attempt stated on several lines of a debug log is one event: the
// server's failing reply hands over to the client's own statement of it, and
// the lines that only restate it ("SMTP Error: Could not authenticate.",
// "Mailer Error: ...") are recognized, not reported again. The next session
// is another attempt.
TEST(ClientParser, ASessionsRestatementsOfItsFailureAreOneEvent) {
  Parsed r = parse(
      "2024-05-02 10:11:12\tConnection: opening to mail.example.net:587, timeout=300, options=array()\n"
      "2024-05-02 10:11:12\tSERVER -> CLIENT: 220 mail.example.net ESMTP Postfix\n"
      "2024-05-02 10:11:12\tCLIENT -> SERVER: EHLO web01.example.com\n"
      "2024-05-02 10:11:12\tCLIENT -> SERVER: AUTH LOGIN\n"
      "2024-05-02 10:11:12\tSERVER -> CLIENT: 535 5.7.8 Error: authentication failed: authentication failure\n"
      "2024-05-02 10:11:12\tSMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed\n"
      "2024-05-02 10:11:12\tSMTP Error: Could not authenticate.\n"
      "2024-05-02 10:11:12\tCLIENT -> SERVER: QUIT\n"
      "2024-05-02 10:11:12\tConnection: closed\n"
      "2024-05-02 10:11:12\tSMTP Error: Could not authenticate.\n"
      "Message could not be sent. Mailer Error: SMTP Error: Could not authenticate.\n"
      "2024-05-02 10:26:03\tConnection: opening to mail.example.net:587, timeout=300, options=array()\n"
      "2024-05-02 10:26:03\tCLIENT -> SERVER: EHLO web01.example.com\n"
      "2024-05-02 10:26:03\tCLIENT -> SERVER: RCPT TO:<a@example.org>\n"
      "2024-05-02 10:26:03\tSMTP ERROR: RCPT TO command failed: 550 5.1.1 <a@example.org>: User unknown\n"
      "2024-05-02 10:26:03\tCLIENT -> SERVER: RCPT TO:<b@example.org>\n"
      "2024-05-02 10:26:03\tSMTP ERROR: RCPT TO command failed: 550 5.1.1 <b@example.org>: User unknown\n"
      "2024-05-02 10:26:03\tSMTP Error: The following recipients failed: a@example.org, b@example.org\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{6, 15, 17}));
  EXPECT_EQ(r.outcomes[4], Outcome::reported);  // the reply's line stated the failure first
  for (size_t i : {6u, 9u, 10u, 17u}) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << "line " << i + 1;
  EXPECT_NE(r.sink.events[0].diagnostic.find("Password command failed"), std::string::npos);
}

// Outside a session a file of error lines is a file of failures, even when
// they follow each other without times (a script's output over many runs,
// or lines collected one per line): each line counts. After a session, the
// first line restating its failure is part of it; a line in other words is
// another run.
TEST(ClientParser, LinesOutsideASessionEachCount) {
  Parsed r = parse(
      "msmtp: cannot connect to smtp.example.org, port 587: Connection refused\n"
      "msmtp: cannot connect to smtp.example.org, port 587: Connection refused\n"
      "msmtp: authentication failed (method PLAIN)\n"
      "<-- 220 mail.example.net ESMTP Postfix\n"
      "--> EHLO host\n"
      "<-- 535 5.7.8 Error: authentication failed\n"
      "msmtp: authentication failed (method PLAIN)\n"
      "msmtp: the server sent an empty reply\n"
      "msmtp: cannot use a secure authentication method\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{1, 2, 3, 6, 8, 9}));
}

// Python's logger.exception: the application's record, then the traceback
// whose last line is the library's exception. One failure, on the exception
// line, decided by both texts.
TEST(ClientParser, AnApplicationRecordAndItsTracebackAreOneFailure) {
  Parsed r = parse(
      "2024-05-02 09:12:32,018 ERROR [notify] could not send alert mail for api-latency to oncall@example.net\n"
      "Traceback (most recent call last):\n"
      "  File \"/usr/lib/python3.11/smtplib.py\", line 750, in login\n"
      "    raise last_exception\n"
      "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed')\n"
      "2024-05-02 11:47:25,336 ERROR [notify] could not send alert mail for disk-usage to oncall@example.net\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{5, 6}));
  EXPECT_EQ(r.sink.events[0].reply_code, 535);
  EXPECT_NE(r.sink.events[0].diagnostic.find("could not send alert mail"), std::string::npos);
}

// NeoMutt's debug file: socket reads and writes are its transcript, its
// other debug levels notes (a failed lookup of the local host name among
// them), its <E> lines the errors; one failure of a session is one event, on
// the error that states the server's reply. curl -v's data markers are
// notes too, not a reply of 512.
TEST(ClientParser, NeoMuttDebugAndCurlDataLinesAreReadAsTranscripts) {
  Parsed r = parse(
      "[2024-05-14 08:12:05]<1> mutt_getaddrinfo_a() fail: (-2) Name or service not known\n"
      "[2024-05-14 10:03:16]<2> mutt_socket_write_d() 4> EHLO lena-thinkpad\n"
      "[2024-05-14 10:03:17]<2> mutt_socket_write_d() 4> RCPT TO:<t.mbeki@example.net>\n"
      "[2024-05-14 10:03:17]<2> mutt_socket_readln_d() 4< 452-4.2.2 The recipient's inbox is out of storage space.\n"
      "[2024-05-14 10:03:17]<2> mutt_socket_readln_d() 4< 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp\n"
      "[2024-05-14 10:03:17]<E> smtp_get_resp() SMTP session failed: 452 4.2.2  "
      "https://support.google.com/mail/?p=OverQuotaTemp\n"
      "} [512 bytes data]\n"
      "{ [5 bytes data]\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{6}));
  EXPECT_EQ(r.sink.events[0].reply_code, 452);
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.outcomes[6], Outcome::recognized);
}

// A level before the time (Django's verbose format) is a timed record: the
// record and the traceback under it are one failure.
TEST(ClientParser, ALevelBeforeTheTimeIsATimedRecord) {
  Parsed r = parse(
      "ERROR 2024-05-14 08:53:30,179 log 2417 139862301255488 Internal Server Error: /accounts/password/reset/\n"
      "Traceback (most recent call last):\n"
      "  File \"/usr/lib/python3.11/smtplib.py\", line 662, in auth\n"
      "    raise SMTPAuthenticationError(code, resp)\n"
      "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed')\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{5}));
  EXPECT_TRUE(r.sink.events[0].time.valid);
}

// A structured record at a note level is a note wherever its "level" field
// stands, and an HTTP status under a record's status key is no SMTP reply;
// sentry-python's "[sentry] DEBUG: ... level:error" is its own debug output.
TEST(ClientParser, NoteLevelRecordsAndHttpStatusFieldsAreNotFailures) {
  Parsed r = parse(
      "{\"event\": \"request finished\", \"method\": \"POST\", \"path\": \"/api/v1/password-reset\", "
      "\"status\": 502, \"duration_ms\": 563.9, \"request_id\": \"c0a7\", \"level\": \"info\"}\n"
      "[sentry] DEBUG: Sending event, type:null level:error event_id:6f0c2d1e project:4505122\n"
      "{\"level\": \"error\", \"event\": \"email send failed\", \"exception\": \"smtplib.SMTPDataError: (554, "
      "b'5.7.1 Message rejected as spam')\"}\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{3}));
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
  EXPECT_EQ(r.sink.events[0].reply_code, 554);
  EXPECT_EQ(cs::find_reply("{\"path\": \"/x\", \"status\": 502, \"ms\": 3}").code, 0);
  EXPECT_EQ(cs::find_reply("upstream status=503 path=/x").code, 0);
  EXPECT_EQ(cs::find_reply("{\"responseCode\": 550, \"response\": \"550 5.1.1 unknown\"}").code, 550);
}

// fail2ban logs what its mail action printed, a record per line ("-- stderr:
// '...'"): the quoted line is msmtp's own, and msmtp's stage ("envelope from
// address ... not accepted") with the server's "server message:" lines is one
// failure; the action's command line is no failure.
TEST(ClientParser, Fail2banActionOutputIsTheSendingProgramsOwn) {
  Parsed r = parse(
      "2025-03-12 10:14:03,221 fail2ban.utils [811]: ERROR 7f0e4c2b1d60 -- exec: printf %b \"Subject: [Fail2Ban] "
      "sshd: banned 192.0.2.77\" | /usr/sbin/sendmail -f fail2ban@example.com ops@example.com\n"
      "2025-03-12 10:14:03,222 fail2ban.utils [811]: ERROR 7f0e4c2b1d60 -- stderr: 'sendmail: envelope from address "
      "fail2ban@example.com not accepted by the server'\n"
      "2025-03-12 10:14:03,222 fail2ban.utils [811]: ERROR 7f0e4c2b1d60 -- stderr: 'sendmail: server message: "
      "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail'\n"
      "2025-03-12 10:14:03,222 fail2ban.utils [811]: ERROR 7f0e4c2b1d60 -- stderr: 'sendmail: server message: "
      "550 5.4.5 sending limits go to https://support.google.com/a/answer/166852 - gsmtp'\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{2}));
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.sink.events[0].reply_code, 550);
  EXPECT_EQ(r.sink.events[0].enhanced_status, "5.4.5");
  EXPECT_EQ(r.sink.events[0].diagnostic.rfind("sendmail: envelope from address", 0), 0u) << r.sink.events[0].diagnostic;
  EXPECT_NE(r.sink.events[0].diagnostic.find("Daily user sending limit exceeded"), std::string::npos);
}

// Records of one program pasted onto one line after their syslog tags
// ("unattended-upgrade[3312]: ... unattended-upgrade[3319]: sendmail: ..."):
// read one by one, as the lines they were.
TEST(ClientParser, RecordsJoinedAfterTheirProgramTagsAreReadOneByOne) {
  Parsed r = parse(
      "unattended-upgrade[3312]: Sending mail to ops@example.com unattended-upgrade[3319]: sendmail: authentication "
      "failed (method LOGIN) unattended-upgrade[3319]: sendmail: server message: 535 5.7.3 Authentication "
      "unsuccessful\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].reply_code, 535);
  EXPECT_EQ(cs::leading_program_tag("fail2ban.utils [922]: ERROR x"), "fail2ban.utils [");
  EXPECT_EQ(cs::leading_program_tag("smartd[744]: Device"), "smartd[");
  EXPECT_TRUE(cs::leading_program_tag("[744]: x").empty());
  EXPECT_TRUE(cs::leading_program_tag("smartd[x]: y").empty());
}

// PHPMailer's debug output logs a failed connection three times in the same
// moment: the stream's error, its own "SMTP ERROR: Failed to connect", and the
// wrapper "SMTP Error: Could not connect to SMTP host.": one failure.
TEST(ClientParser, PhpMailersConnectWrapperInTheSameMomentIsNotAnotherFailure) {
  Parsed r = parse(
      "[10-Feb-2025 08:23:02 UTC] Connection: opening to smtp.example.com:587, timeout=300, options=array()\n"
      "[10-Feb-2025 08:25:13 UTC] Connection failed. Error #2: stream_socket_client(): Unable to connect to "
      "smtp.example.com:587 (Connection timed out) [/var/www/html/wp-includes/PHPMailer/SMTP.php line 410]\n"
      "[10-Feb-2025 08:25:13 UTC] SMTP ERROR: Failed to connect to server: Connection timed out (110)\n"
      "[10-Feb-2025 08:25:13 UTC] SMTP Error: Could not connect to SMTP host. Failed to connect to server\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{2}));
  EXPECT_EQ(r.outcomes[3], Outcome::recognized);
}

// Go's HTTP server logs a web client's failed TLS handshake in the same
// service log as its mail errors: that is not mail.
TEST(ClientParser, GoHttpServersTlsHandshakeErrorIsNotMail) {
  Parsed r = parse(
      "2024/10/22 06:05:02 http: TLS handshake error from 203.0.113.50:51234: EOF\n"
      "2024/10/22 07:14:02 http: TLS handshake error from 203.0.113.51:60318: tls: client offered only unsupported "
      "versions: [302 301]\n"
      "2024/10/22 07:15:00 smtp: failed to send alert to ops@example.com: 535 5.7.8 Error: authentication failed\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{3}));
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
}

// The socket module's exceptions are named in lower case ("socket.gaierror",
// "socket.timeout"): a traceback folded onto one line is read by them too.
TEST(ClientParser, FoldedTracebackEndingInASocketExceptionIsReadByIt) {
  Parsed r = parse(
      "Traceback (most recent call last): File \"/srv/app/notify.py\", line 12, in <module> s = "
      "smtplib.SMTP_SSL(\"smtp.example.org\", 465) ... socket.gaierror: [Errno -3] Temporary failure in name "
      "resolution\n"
      "Traceback (most recent call last): File \"/srv/app/notify.py\", line 12, in <module> s = "
      "smtplib.SMTP(\"smtp.example.org\", 587) ... socket.timeout: timed out\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{1, 2}));
  EXPECT_EQ(r.sink.events[0].diagnostic.rfind("socket.gaierror: [Errno -3]", 0), 0u) << r.sink.events[0].diagnostic;
  EXPECT_EQ(r.sink.events[1].diagnostic.rfind("socket.timeout: timed out", 0), 0u) << r.sink.events[1].diagnostic;
}

// nodemailer's logger ("INFO [id] ...") notes the session at INFO and quotes
// replies after "S: "; a Java logger's record of the same shape that quotes an
// exception's refusal with its status is the failure (Zimbra logs a rejected
// send at INFO, with nothing after it).
TEST(ClientParser, InfoRecordQuotingAnExceptionsRefusalIsAFailure) {
  Parsed r = parse(
      "[2024-06-03 09:00:01] INFO  [Hx3kQ9] Secure connection established to 198.51.100.7:465\n"
      "[2024-06-03 09:00:01] INFO  [Hx3kQ9] User \"shop@example.com\" authenticated\n"
      "2025-01-30 11:02:47,913 INFO  [qtp16-4312:https://mail.example.com/service/soap/SendMsgRequest] "
      "[name=alice@example.com;] mailbox - Invalid Addresses; chained exception is: "
      "com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <jsmith@example.com>: Recipient address rejected: "
      "User unknown in virtual mailbox table\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{3}));
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
  EXPECT_EQ(r.sink.events[0].reply_code, 550);
  EXPECT_EQ(r.sink.events[0].enhanced_status, "5.1.1");
}

// Ruby's Logger lines are timed records and its backtrace frames are
// structure; PowerShell's "WARNING: " stream prefix is taken off, and an inner
// exception under it ("WARNING:   -> ...") continues the failure above.
TEST(ClientParser, RubyLoggerAndPowerShellTranscriptLines) {
  Parsed r = parse(
      "I, [2024-05-14T06:02:14.434322 #21873]  INFO -- : [req] Started GET \"/up\" for 198.51.100.53\n"
      "E, [2024-05-14T11:31:25.705022 #21873] ERROR -- : [ActiveJob] Error performing ActionMailer::MailDeliveryJob: "
      "Net::SMTPServerBusy (451 Authentication failed: Maximum credits exceeded\n"
      "/usr/share/gems/net-smtp-0.3.3/lib/net/smtp.rb:1088:in `check_response'\n"
      "WARNING: [2024-05-14 09:00:03] Send failed: System.Net.Mail.SmtpException: Failure sending mail.\n"
      "WARNING:   -> System.Net.Sockets.SocketException: An attempt was made to access a socket in a way forbidden by "
      "its access permissions 192.0.2.10:25\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{2, 4}));
  EXPECT_TRUE(r.sink.events[0].time.valid);
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.outcomes[2], Outcome::recognized);
  EXPECT_NE(r.sink.events[1].diagnostic.find("forbidden by its access permissions"), std::string::npos);
}

// An uncaught Ruby exception's first line has a frame's shape with the error
// after it ("smtp.rb:1070:in `check_auth_response': 535 ... (Net::SMTP...)";
// Ruby 3.4 quotes 'Class#method'): that line is the failure, the frames under
// it are structure.
TEST(ClientParser, UncaughtRubyExceptionLineIsTheFailureAndItsFramesAreNot) {
  Parsed r = parse(
      "/usr/lib/ruby/3.1.0/net/smtp.rb:1070:in `check_auth_response': 535-5.7.8 Username and Password not "
      "accepted. (Net::SMTPAuthenticationError)\n"
      "\tfrom /usr/lib/ruby/3.1.0/net/smtp.rb:842:in `authenticate'\n"
      "/usr/local/bundle/gems/net-smtp-0.5.0/lib/net/smtp.rb:663:in 'Net::SMTP#do_start': STARTTLS is not supported "
      "on this server (Net::SMTPUnsupportedCommand)\n"
      "/usr/local/bundle/gems/net-smtp-0.5.0/lib/net/smtp.rb:610:in 'Net::SMTP#start'\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{1, 3}));
  EXPECT_EQ(r.sink.events[0].reply_code, 535);
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
  EXPECT_EQ(r.outcomes[3], Outcome::recognized);
}

// Perl's Net::SMTP debug output (git send-email --smtp-debug) is a
// transcript; git's own statement of the held reply takes the event over.
TEST(ClientParser, PerlNetSmtpDebugIsATranscript) {
  Parsed r = parse(
      "Net::SMTP>>> Net::SMTP(3.14)\n"
      "Net::SMTP=GLOB(0x5596d76fa398)>>> EHLO localhost.localdomain\n"
      "Net::SMTP=GLOB(0x5596d76fa398)<<< 250 mail.example.com\n"
      "Net::SMTP=GLOB(0x5596d76fa398)>>> RCPT TO:<netdev@example.org>\n"
      "Net::SMTP=GLOB(0x5596d76fa398)<<< 554 5.7.1 <netdev@example.org>: Relay access denied\n"
      "5.7.1 <netdev@example.org>: Relay access denied\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{6}));
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

// Symfony Mailer quotes a multi-line reply whose later lines follow on lines
// of their own: one failure, with their words; a database's "Connection
// refused" in the same application log is not a mail failure.
TEST(ClientParser, AQuotedMultiLineReplyGoesOnAndADatabaseErrorIsNotMail) {
  Parsed r = parse(
      "[2024-05-14 10:27:39] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql)\n"
      "[2024-05-14 13:49:45] production.ERROR: Expected response code \"250/251/252\" but got code \"550\", with "
      "message \"550-Verification failed for <billing@example.org>\n"
      "550-Unrouteable address\n"
      "550 Sender verify failed\".\n");
  ASSERT_EQ(event_lines(r), (std::vector<uint64_t>{2}));
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_NE(r.sink.events[0].diagnostic.find("Unrouteable address"), std::string::npos);
}

// Lines whose failure word is not a failure to send mail: a daemon's start-up
// banner, a tally of outcomes, an exception's name whose text follows, a
// database driver's complaint in the same application log.
TEST(ClientParser, NormalConditionsTalliesAndOtherServicesAreNotMailFailures) {
  Parsed r = parse(
      "2026-12-05T09:00:03.702301+00:00 mail dovecot: master: Dovecot v2.3.19.1 (9b53102964) starting up for "
      "imap, lmtp, sieve (core dumps disabled)\n"
      "{\"@t\":\"2026-12-05T09:10:00.0012200Z\",\"@mt\":\"Outbox run finished: {Sent} sent, {Failed} failed\","
      "\"Sent\":2,\"Failed\":7}\n"
      "billiard.einfo.ExceptionWithTraceback:\n"
      "2026-12-05 09:11:00 WARNING sqlalchemy.pool connection invalidated, reconnecting (server closed the "
      "connection unexpectedly)\n"
      "2026-12-05 09:12:00 ERROR mailer: SMTP connect to mail.example.com:587 failed: Connection refused\n"
      "WARNING 2024-05-15 03:03:15,284 log 1203 139861620532032 Not Found: /robots.txt\n"
      "ValueError: invalid literal for int() with base 10: 'abc'\n"
      "  Npgsql.NpgsqlException (0x80004005): Exception while reading from stream\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{5}));
  for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u}) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

// Other services' errors in an application's log are not mail: a JDBC
// constraint violation, a Redis client refused, Celery's broker. A success
// that only failed at QUIT (dma) is no failure; "Error connecting to SMTP
// server" in a timed record is one.
TEST(ClientParser, OtherServicesAndASuccessfulDeliveryAreNotMailFailures) {
  Parsed r = parse(
      "2026-12-04 11:55:13.167 ERROR 2417 --- [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet] : "
      "Servlet.service() threw exception [Request processing failed: org.springframework.dao."
      "DataIntegrityViolationException: could not execute statement]\n"
      "org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_ref\"\n"
      "[04-Dec-2026 09:01:13 UTC] PHP Fatal error:  Uncaught RedisException: Connection refused in "
      "/var/www/html/wp-content/object-cache.php:1412\n"
      "kombu.exceptions.OperationalError: Error 111 connecting to redis:6379. Connection refused.\n"
      "May 27 09:20:55 alice dma[1fd52.1226b30]: remote delivery succeeded but QUIT failed: 421 4.4.2 "
      "mail.example.net Error: timeout exceeded\n"
      "{\"level\":3,\"time\":\"2017-06-03T14:32:16+00:00\",\"app\":\"mail\",\"message\":\"Creating "
      "account failed: Error connecting to SMTP server.\"}\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{6}));
  ASSERT_EQ(r.sink.events.size(), 1u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << "line " << i + 1;
}

// Python logging's basic format ("ERROR:name:message", no time) is a record:
// the traceback under it takes it over, and a chained traceback ("During
// handling of the above exception ...") is the same failure, on the
// exception raised last. uWSGI's start-up banner, Django's log of a failed
// request and a web request's record with an HTTP status are not mail.
TEST(ClientParser, PythonBasicRecordsChainedTracebacksAndWebNoise) {
  Parsed r = parse(
      "*** Starting uWSGI 2.0.21-debian (64bit) on [Fri Mar 14 09:01:58 2025] ***\n"
      "pcre jit disabled\n"
      "*** Python threads support is disabled. You can enable it with --enable-threads ***\n"
      "ERROR:django.request:Internal Server Error: /checkout/50232/confirm/\n"
      "{\"time\":\"2025-03-14T07:58:07Z\",\"level\":\"INFO\",\"msg\":\"http request\",\"status\":404}\n"
      "ERROR:shop.notifications:password reset mail to m@example.org could not be sent\n"
      "Traceback (most recent call last):\n"
      "  File \"/usr/lib/python3.11/socket.py\", line 706, in readinto\n"
      "    return self._sock.recv_into(b)\n"
      "TimeoutError: timed out\n"
      "\n"
      "During handling of the above exception, another exception occurred:\n"
      "\n"
      "Traceback (most recent call last):\n"
      "  File \"/usr/lib/python3.11/smtplib.py\", line 401, in getreply\n"
      "    raise SMTPServerDisconnected(\"Connection unexpectedly closed: \"\n"
      "smtplib.SMTPServerDisconnected: Connection unexpectedly closed: timed out\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{17}));
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << "line " << i + 1;
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_NE(r.sink.events[0].diagnostic.find("TimeoutError"), std::string::npos);
}

// klog's records ("E0521 03:13:54.961229  1 main.go:78] ...") and Event
// Viewer's CSV export are records: an error is one, other services' entries
// and a cache on its port are not mail, and an exception under a record
// takes it over.
TEST(ClientParser, KlogAndEventViewerRecords) {
  Parsed r = parse(
      "I0521 03:12:07.118000       1 main.go:93] Starting notification-service version=v1.14.2\n"
      "E0521 03:13:54.961229       1 main.go:78] \"Failed to deliver email notification\" err=\"535 Authentication "
      "failed: Bad username / password\" relay=\"smtp.sendgrid.net\"\n"
      "W0521 03:14:07.127009       1 cache.go:42] redis unavailable: dial tcp 192.0.2.201:6379: connect: connection "
      "refused\n"
      "Error,5/21/2024 10:55:24 AM,ReportMailer,1001,None,\"Report job 'Inventory' failed to send to "
      "warehouse@example.net via mail.example.org:25.\n"
      "System.Net.Mail.SmtpException: Service not available, closing transmission channel. The server response "
      "was: 4.3.2 Service not available\n"
      "Error,5/21/2024 6:40:03 AM,Service Control Manager,7031,None,\"The Print Spooler service terminated "
      "unexpectedly.\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{2, 5}));
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.outcomes[2], Outcome::recognized);
  EXPECT_EQ(r.outcomes[5], Outcome::recognized);
}

// Tomcat's catalina.out (java.util.logging's one-line format) is a log of
// records: the exception under a SEVERE record takes it over, and a failed web
// request or a Redis client's error is not mail.
TEST(ClientParser, TomcatRecordsAndTheirExceptions) {
  Parsed r = parse(
      "05-Dec-2026 07:20:01.367 WARNING [http-nio-8080-exec-11] com.example.web.ApiExceptionHandler.handle "
      "Request GET /api/appointments failed: 504 Gateway Timeout from scheduling service\n"
      "05-Dec-2026 08:06:00.093 SEVERE [http-nio-8080-exec-3] com.example.notify.MailDispatcher.dispatch Failed "
      "to send notification to m.jansen@example.org\n"
      "javax.mail.MessagingException: Could not convert socket to TLS;\n"
      "  nested exception is:\n"
      "\tjava.io.IOException: Can't verify identity of server: smtp.example.org\n"
      "\tat com.sun.mail.smtp.SMTPTransport.startTLS(SMTPTransport.java:2140)\n"
      "05-Dec-2026 12:43:38.797 SEVERE [portal-cache-1] com.example.cache.SessionCache.touch Session cache "
      "unavailable, falling back to database\n"
      "redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect to any host resolved for DNS name.\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{5}));
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
}

// A structured record carrying a Python traceback in one field: the frames'
// source lines ('raise SMTPException("No suitable authentication method
// found.")') are not the failure; the exception line is.
TEST(ClientParser, ATracebackInsideAJsonFieldIsReadByItsExceptionLines) {
  Parsed r = parse(
      "{\"event\": \"smtp send failed\", \"level\": \"error\", \"timestamp\": \"2026-12-04T14:33:53Z\", "
      "\"exception\": \"Traceback (most recent call last):\\n  File \\\"/usr/lib/aiosmtplib/smtp.py\\\", line "
      "1069, in login\\n    raise exception or SMTPException(\\\"No suitable authentication method found.\\\")\\n"
      "aiosmtplib.errors.SMTPAuthenticationError: (535, '5.7.8 Error: authentication failed')\"}\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].diagnostic.find("No suitable"), std::string::npos);
  EXPECT_NE(r.sink.events[0].diagnostic.find("SMTPAuthenticationError: (535"), std::string::npos);
  EXPECT_NE(r.sink.events[0].diagnostic.find("\"event\": \"smtp send failed\""), std::string::npos);
}

// Spring's MailSendException repeats each failed message's exception after
// its summary ("Failed message 1:"): one failure. A count in parentheses is
// not a reply code.
TEST(ClientParser, SpringsListOfFailedMessagesIsTheSameFailure) {
  Parsed r = parse(
      "2024-03-12T08:31:20.308+01:00 ERROR 4127 --- [   scheduling-1] c.e.n.MailDispatcher : Delivery failed\n"
      "org.springframework.mail.MailSendException: Failed messages: jakarta.mail.SendFailedException: Invalid "
      "Addresses;\n"
      "  nested exception is:\n"
      "\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <h@example.org>... User unknown\n"
      "; message exception details (1) are:\n"
      "Failed message 1:\n"
      "jakarta.mail.SendFailedException: Invalid Addresses;\n"
      "  nested exception is:\n"
      "\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <h@example.org>... User unknown\n"
      "\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2066)\n"
      "2024-03-12T09:00:41.655+01:00  INFO 4127 --- [   scheduling-1] c.e.n.MailDispatcher : Digest batch 1/4 "
      "delivered (500 messages)\n");
  ASSERT_EQ(r.sink.events.size(), 1u);
  EXPECT_EQ(r.sink.events[0].reply_code, 550);
  EXPECT_EQ(r.outcomes[10], Outcome::recognized);
}

// A JSON record with a time field is an application's timed record: a key
// named "failed" or a summary's "permanent error" is not a failure; the
// record with its own error field is.
TEST(ClientParser, JsonRecordsWithATimeCountVagueWordsOnlyBesideAnErrorField) {
  Parsed r = parse(
      "{\"level\":\"debug\",\"ts\":1710230460.0,\"msg\":\"metrics flushed\",\"sent\":1,\"failed\":0}\n"
      "{\"level\":\"error\",\"ts\":1710234392.9,\"msg\":\"send failed\",\"error\":\"smtp data: 552 5.3.4 Error: "
      "message file too big\"}\n"
      "{\"level\":\"warn\",\"ts\":1710234392.9,\"msg\":\"job dropped: permanent error\",\"job_id\":\"dj_1\"}\n"
      "{\"level\":\"error\",\"ts\":1710234631.5,\"msg\":\"send failed\",\"error\":\"all MX failed for "
      "example.com: mx1.example.com: dial tcp 203.0.113.80:25: connect: connection timed out\"}\n"
      "{\"level\":\"warn\",\"ts\":1710234631.6,\"msg\":\"job requeued\",\"error\":\"all MX failed for "
      "example.com\"}\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{2, 4}));
  EXPECT_EQ(r.outcomes[0], Outcome::recognized);
  EXPECT_EQ(r.outcomes[2], Outcome::recognized);
  EXPECT_EQ(r.outcomes[4], Outcome::recognized);  // the start of the error just reported
}

// Laravel logs the exception, then the queue's retry notice quoting it in its
// error field the same second: one failure. A JSON number is a reply code
// only under a key that names one.
TEST(ClientParser, AnErrorFieldQuotingTheFailureJustReportedIsTheSameFailure) {
  Parsed r = parse(
      "[2024-03-12 06:00:17] production.ERROR: Connection could not be established with host "
      "\"smtp-relay.example.net:587\": stream_socket_client(): php_network_getaddresses: getaddrinfo for "
      "smtp-relay.example.net failed: Name or service not known\n"
      "[2024-03-12 06:00:17] production.WARNING: Mail job failed, will be retried {\"attempt\":1,"
      "\"error\":\"Connection could not be established with host \\\"smtp-relay.example.net:587\\\"\"}\n"
      "[2024-03-12 06:15:00] production.WARNING: Stripe webhook signature timestamp outside tolerance "
      "{\"event\":\"evt_1\",\"skew\":412}\n"
      "[2024-03-12 06:16:00] production.ERROR: Mail failed {\"responseCode\":535,\"error\":\"bad login\"}\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{1, 4}));
  EXPECT_EQ(r.outcomes[1], Outcome::recognized);
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[1].reply_code, 535);
}

// ASP.NET Core's console log: "fail: Category[id]" alone, the record's message
// and exception indented by six spaces. The header is not a failure; the
// message naming no cause waits for the exception line, which reports it; a
// database's error record in between is not mail.
TEST(ClientParser, ConsoleLoggerRecordsReportTheirExceptionLine) {
  Parsed r = parse(
      "info: Booking.Api.Services.SmtpEmailSender[1000]\n"
      "      Sending \"BookingConfirmed\" to c@example.net via smtp.office365.com:587\n"
      "fail: Booking.Api.Services.SmtpEmailSender[1002]\n"
      "      Delivery of \"BookingConfirmed\" to c@example.net failed\n"
      "      MailKit.Net.Smtp.SmtpCommandException: 5.7.139 Authentication unsuccessful, basic authentication is "
      "disabled.\n"
      "         at MailKit.Net.Smtp.SmtpClient.AuthenticateAsync(Encoding encoding, ICredentials credentials)\n"
      "fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]\n"
      "      An error occurred using the connection to database 'booking' on server 'tcp://db:5432'.\n"
      "info: Booking.Api.Workers.OutboxDispatcher[2000]\n"
      "      Dispatched 14 outbox messages, 2 failed, 0 dead-lettered\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{5}));
  EXPECT_EQ(r.outcomes[2], Outcome::recognized);
}

// A PowerShell transcript: the error record's message wrapped over unindented
// lines is one failure up to its "At ... char:" line; the record's details are
// structure; 'PS>TerminatingError(...)' and the script's warning repeating its
// text are one failure; another command's error is not mail.
TEST(ClientParser, PowerShellErrorRecordsAndTranscriptNotes) {
  Parsed r = parse(
      "Send-MailMessage : The SMTP server requires a secure connection or the client was not authenticated. The server\n"
      "response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful\n"
      "At C:\\Scripts\\Send-DailyReports.ps1:52 char:9\n"
      "+         Send-MailMessage @mail\n"
      "+         ~~~~~~~~~~~~~~~~~~~~~~\n"
      "    + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage], "
      "SmtpException\n"
      "\n"
      "PS>TerminatingError(Send-MailMessage): \"The remote name could not be resolved: 'smtp.example.con'\"\n"
      "WARNING: [06:16:29] Mail to audit@example.com failed: The remote name could not be resolved: 'smtp.example.con'\n"
      "Get-ChildItem : Cannot find path '\\\\FS01\\exports' because it does not exist.\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{1, 8}));
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_NE(r.sink.events[0].diagnostic.find("5.7.139"), std::string::npos);
  for (size_t i : {1u, 2u, 3u, 4u, 5u, 8u, 9u}) EXPECT_EQ(r.outcomes[i], Outcome::recognized) << "line " << i + 1;

  // A log of one-line errors: the record's message is not wrapped (the next
  // line is wider than it, or it ended narrower), and the lines after it are
  // failures of their own.
  r = parse(
      "Send-MailMessage : The SMTP server requires a secure connection or the client was not authenticated. The server "
      "response was: 5.7.0 Must issue a STARTTLS command first.\n"
      "Task 'user@example.com - Sending' reported error (0x800CCC0E) : 'Outlook cannot synchronize subscribed folders "
      "for user@example.com. Error: Cannot connect to the server. If you continue to receive this message, contact your "
      "server administrator or Internet service provider (ISP).'\n"
      "ssmtp: RCPT TO:<ops@example.org> (452 4.2.2 <ops@example.org>: Mailbox full)\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{1, 2, 3}));

  // A record joined onto one line, its position included ("At C:\x.ps1:19
  // char:1 + ..."), wraps nothing onto the next line, however short that is.
  r = parse(
      "Send-MailMessage : The SMTP server requires a secure connection or the client was not authenticated. The server "
      "response was: 5.7.0 Authentication Required. At C:\\Tasks\\alert.ps1:19 char:1 + Send-MailMessage -SmtpServer "
      "smtp.example.com -Port 587\n"
      "Failure sending mail: The server rejected the sender address. The server response was: 530 5.7.57 Client was "
      "not authenticated\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{1, 2}));

  // Nor into another program's record narrower than it: a qualified
  // exception's line, a transcript's line (swaks's server reply).
  r = parse(
      "Send-MailMessage : The SMTP server requires a secure connection or the client was not authenticated. The server "
      "response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful\n"
      "MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, user is locked\n"
      "Send-MailMessage : Unable to connect to the remote server because the remote host refused it again today\n"
      "<** 454 4.7.0 Temporary authentication failure\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{1, 2, 3, 4}));
}

}  // namespace
// Serilog's default file format ("2024-03-12 08:00:01.532 +01:00 [INF] ..."):
// the offset after the time counts; a program's start-up note with its
// version ("Worker 4.2.0 starting") is not an enhanced status; OpenSSL's
// error-queue lines under a message are that message's detail; a web
// server's own warnings (gunicorn's worker timeout, Django's DisallowedHost)
// and Spring Cloud's list of changed mail settings are not mail failures.
TEST(ClientParser, ApplicationLogsNotesAndContinuationsAreNotFailuresOfTheirOwn) {
  Parsed r = parse(
      "2024-03-12 08:00:01.532 +01:00 [INF] Contoso.Notifications.Worker 4.2.0 starting (environment Production)\n"
      "2024-03-12 09:05:10.018 +01:00 [ERR] Delivery of notification 77430 failed: 550 5.1.1 <ops@example.net>: "
      "Recipient address rejected: User unknown\n"
      "[2024-03-12 10:15:27] production.ERROR: Unable to connect with STARTTLS: stream_socket_enable_crypto(): SSL "
      "operation failed with code 1. OpenSSL Error messages:\n"
      "error:0A000086:SSL routines::certificate verify failed {\"exception\":\"[object] (TransportException(code: 0)\n"
      "error:0A000086:SSL routines::certificate verify failed at /var/www/vendor/EsmtpTransport.php:156)\n"
      "[2024-03-12 10:31:12 +0000] [812] [CRITICAL] WORKER TIMEOUT (pid:902)\n"
      "2024-03-12 10:52:31,004 WARNING django.security.DisallowedHost Invalid HTTP_HOST header: '203.0.113.81'.\n"
      "2024-03-12T10:14:52.300Z  INFO 1 --- [nio-8080-exec-3] o.s.c.e.event.RefreshEventListener      : Refresh keys "
      "changed: [spring.mail.properties.mail.smtp.starttls.required]\n");
  EXPECT_EQ(event_lines(r), (std::vector<uint64_t>{2, 3}));
  ASSERT_EQ(r.sink.events.size(), 2u);
  Timestamp utc;
  scan_rfc3339("2024-03-12T08:05:10.018Z", &utc);
  EXPECT_EQ(r.sink.events[0].time.epoch_us, utc.epoch_us);
  EXPECT_NE(r.sink.events[1].diagnostic.find("certificate verify failed at /var/www"), std::string::npos);
}

// A timed record whose words say that sending mail failed ("Failed to send
// email to x", "Error sending ... email") is a failure when nothing follows
// it, and one with the exception its traceback ends in when one does.
TEST(ClientParser, ARecordThatSendingFailedCountsAloneAndJoinsItsTraceback) {
  Parsed alone = parse(
      "2025-03-01 12:00:01,234 - synapse.handlers.identity - 412 - ERROR - POST-1234 - Error sending threepid "
      "validation email to alice@example.org\n");
  ASSERT_EQ(alone.sink.events.size(), 1u);
  EXPECT_EQ(testing::verdict_of(alone.sink.events[0]).cause, "other");
  EXPECT_EQ(alone.sink.events[0].reply_code, 0);  // the logger's line number is no reply
  Parsed with_traceback = parse(
      "2025-03-01 12:00:01,234 - synapse - ERROR - Failed to send email to alice@example.org\n"
      "Traceback (most recent call last):\n"
      "  File \"/usr/lib/python3/dist-packages/synapse/handlers/send_email.py\", line 120, in send_email\n"
      "    await self._sendmail(...)\n"
      "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')\n");
  ASSERT_EQ(with_traceback.sink.events.size(), 1u);
  EXPECT_EQ(testing::verdict_of(with_traceback.sink.events[0]).cause, "authentication");
  Parsed note = parse("2025-03-01 12:00:01,234 - app - INFO - Failed to send email to a@example.org, will retry\n");
  EXPECT_TRUE(note.sink.events.empty());
}

// A send summary's count of failures that is zero is no failure; a count
// above zero, or a code after "failed:", still is.
TEST(ClientParser, AZeroCountOfFailuresIsNoFailure) {
  for (const char* ok : {"Message sent failed: 0", "Message sent success: 1, failed: 0", "sent=3 failed=0",
                         "0 failed, 3 sent"}) {
    Parsed r = parse(std::string(ok) + "\n");
    EXPECT_TRUE(r.sink.events.empty()) << ok;
  }
  for (const char* bad : {"Send failed: 0x80040211", "10 failed", "failed: 0 of 5, error: 550 5.1.1 user unknown"}) {
    Parsed r = parse(std::string(bad) + "\n");
    EXPECT_EQ(r.sink.events.size(), 1u) << bad;
  }
}

// Each line alone is one failure, of the cause given.
void expect_one_failure_each(const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [line, cause] : cases) {
    Parsed r = parse(line + "\n");
    ASSERT_EQ(r.sink.events.size(), 1u) << line;
    EXPECT_EQ(testing::verdict_of(r.sink.events[0]).cause, cause) << line;
  }
}

// Small libraries' and tools' own words (libcurl, ESP32 mail clients, BusyBox,
// an application's retry queue).
TEST(ClientParser, EmbeddedAndCLibraryWordings) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Error sending Email, login password is not valid", "authentication"},
      {"Failed to login!", "authentication"},
      {"Error, Status Code: 550, Error Code: -108, Reason: set recipient failed", "recipient_unknown"},
      {"sendmail: bad address 'smtp.example.lan'", "dns"},
      {"Mail failed: Error: Connection timeout { code: 'ETIMEDOUT', command: 'CONN' } "
       "host=contoso-com.mail.protection.outlook.com port=587",
       "server_settings"},
      {"curl: (67) No known authentication mechanisms supported", "tls_mismatch"},
      {"2025-02-14 06:00:03.118 [alarmd] E giving up on mail to ops@example.net after 6 attempts in 24h (last "
       "error: Timeout)",
       "expired"},
  };
  expect_one_failure_each(cases);
}

// Ruby's net-smtp and the Ruby applications' mail checks (Discourse's, Postal's), and PHP's Symfony Mailer.
TEST(ClientParser, RubyAndPhpLibraryAndApplicationWordings) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"ArgumentError: SMTP-AUTH requested but missing user name", "authentication"},
      {"ArgumentError: SMTP-AUTH requested but missing secret phrase", "authentication"},
      {"SMTP server not found! Check your SMTP_ADDRESS setting.", "dns"},
      {"The most likely problem is that your server has outgoing SMTP traffic blocked.", "isp_port_block"},
      {"Encountered a certificate verification error while connecting to the mail server.", "tls_mismatch"},
      {"server send limit has been exceeded, holding", "rate_limit"},
      // Symfony Mailer's transports in a PHP application's log
      {"[2025-08-29 22:17:03] production.ERROR: Connection to \"ssl://mail.example.net:465\" has been closed "
       "unexpectedly.",
       "server_unavailable"},
      {"[2025-04-02T07:44:19+00:00] app.ERROR: Unable to send an email: Domain not found: mg.example.com (code 404).",
       "server_settings"},
      {"[2025-04-02T07:51:03+00:00] app.ERROR: Unable to send an email: Key not found (code 401).", "authentication"},
      // Postmark's inactive recipient names a spam complaint among its possible causes; it is no spam refusal
      // but a suppressed address, as other services' suppression lists are
      {"[2025-10-01 08:00:12] production.ERROR: Unable to send an email: You tried to send to recipient(s) that have "
       "been marked as inactive. Found inactive addresses: m@example.net. Inactive recipients are ones that have "
       "generated a hard bounce, a spam complaint, or a manual suppression. (code 406).",
       "recipient_unknown"},
      {"No SMTP servers were available for nosuch.example. No hosts to try.", "dns"},
      // Hosts that were tried and failed are the servers' failure, not the domain's DNS.
      {"No SMTP servers were available for example.org. Tried mx1.example.org and mx2.example.org",
       "server_unavailable"},
  };
  expect_one_failure_each(cases);
}

// Windows mail programs' and business programs' own dialog texts.
TEST(ClientParser, WindowsMailProgramsDialogWordings) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"We couldn't find settings for books.example. Provide us with more info and we'll try connecting again.",
       "server_settings"},
      {"Sending of the message failed. The Outgoing server (SMTP) smpt.example.org could not be found. The server "
       "may be incorrectly configured.",
       "server_settings"},
      {"Login to server smtp.example.org with username \"accounts@example.org\" failed.", "authentication"},
      {"Your email provider rejected your user ID and password. Please re-enter your user ID and password and try "
       "again.",
       "authentication"},
      {"QuickBooks is unable to send your email to the outgoing server. Please check your internet connection and "
       "email preferences and try sending again.",
       "server_unavailable"},
      // .NET's SmtpClient reading a TLS server's bytes on 465 as a reply: nothing after "was:"
      {"Unable to send email: Syntax error, command unrecognized. The server response was: ", "tls_mismatch"},
      // ... while a reply after it is the server's own refusal of a command
      {"Unable to send email: Syntax error, command unrecognized. The server response was: 500 5.5.1 Unknown "
       "command",
       "outdated_client"},
  };
  expect_one_failure_each(cases);
}

// Serverless functions' and cross-platform apps' mail libraries (Dart's mailer,
// MailKit, nodemailer under a function logger, the Firebase extension, SES).
TEST(ClientParser, ServerlessAndCrossPlatformWordings) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"I/flutter ( 9041): Timed out while waiting for greeting (try ssl).", "tls_mismatch"},
      {"I/flutter ( 9041): Aborting because connection is not secure", "tls_mismatch"},
      {"I/flutter ( 7310): The server does not support LOGIN or PLAIN authentication method.", "outdated_client"},
      {"[0:] System.NotSupportedException: The SMTP server does not support the STARTTLS extension.",
       "tls_mismatch"},
      {"2025-03-14T10:02:47.311Z c3b65c60-48c8-4dbd-a422-be4042b501b4 ERROR Throttling: Maximum sending rate "
       "exceeded.",
       "rate_limit"},
  };
  expect_one_failure_each(cases);
  // The Firebase extension's delivery with its counts in parentheses: a success, or a refusal of all.
  EXPECT_TRUE(parse("2025-01-08T09:12:34.011Z I ext-firestore-send-email-processQueue: Delivered message: mail/Qm7c "
                    "successfully. messageId: <a4@example.com> accepted (1) rejected (0) pending (0)\n")
                  .sink.events.empty());
  Parsed refused = parse("2025-01-08T09:12:34.011Z I ext-firestore-send-email-processQueue: Delivered message: "
                         "mail/Qm7d successfully. messageId: <a5@example.com> accepted (0) rejected (1) pending (0)\n");
  ASSERT_EQ(refused.sink.events.size(), 1u);
  EXPECT_EQ(testing::verdict_of(refused.sink.events[0]).cause, "recipient_unknown");
}

// Enterprise applications' and Python web applications' own wordings.
TEST(ClientParser, EnterpriseAndPythonApplicationWordings) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"[Thr 139880102233856] *** WARNING => Connection request from (2/17/0) to host: 192.0.2.25, service: 25 "
       "failed (NIECONN_REFUSED)",
       "server_unavailable"},
      {"[Thr 139880102233856] *** WARNING => Connection request from (0/3/0) to host: 198.51.100.40, service: 587 "
       "failed (NIETIMEOUT)",
       "server_unavailable"},
      {"[Thr 140061885867776] SSL handshake with mail.example.net:25 failed: SSSLERR_NO_SSL_RESPONSE (-76)#Did not "
       "get a valid SSL response from server",
       "tls_mismatch"},
      {"System.EmailException: SendEmail failed. First exception on row 0; first error: UNVERIFIED_SENDER_ADDRESS, "
       "Organization-Wide Email Address not verified: []",
       "authentication"},
      {"Email cannot be sent for the mailbox Customer Service because an error occurred while establishing a secure "
       "connection to the email server.",
       "tls_mismatch"},
      {"The mailbox location could not be determined while sending the email message \"Case 00123 update\".",
       "server_settings"},
      {"fastapi_mail.errors.ConnectionErrors: Exception raised Connection already using TLS, check your credentials "
       "or email service configuration",
       "server_settings"},
      {"anymail.exceptions.AnymailRequestsAPIError: Mailgun API response 401 (UNAUTHORIZED): 'Forbidden'",
       "authentication"},
      // a count of mails is no reply code
      {"frappe.email.queue.EmailLimitCrossedError: Cannot send this email. You have crossed the sending limit of "
       "500 emails for this month.",
       "rate_limit"},
  };
  expect_one_failure_each(cases);
}

// Sending through Exchange's own APIs: Graph (PowerShell, SDKs), EWS (the managed
// API under log4net, Python's exchangelib) and Power Automate's connector.
TEST(ClientParser, GraphAndExchangeWebServicesWordings) {
  expect_one_failure_each({
      {"Send-MgUserMail_Send: At least one recipient isn't valid., Recipient 'k.osei@example' is not resolved. All "
       "recipients must be resolved before a message can be submitted.",
       "recipient_unknown"},
      {"Send-MgUserMail_Send: The message exceeds the maximum supported size., Cannot save changes made to an item "
       "to store.",
       "message_too_large"},
      {"Send-MgUserMail_Send: Application is over its MailboxConcurrency limit.", "rate_limit"},
      {"Send-MgUserMail_Send: Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly "
       "AccessPolicy settings.",
       "authentication"},
      {"[2025-01-20T10:17:30.512Z] ERROR sendMail: GraphError: Insufficient privileges to complete the operation.",
       "authentication"},
      {"[2025-01-20T10:15:09.870Z] ERROR sendMail: GraphError: CompactToken parsing failed with error code: 80049217",
       "authentication"},
      {"2024-06-11 14:02:17,903 [7] ERROR Notifier.Mailer - Microsoft.Exchange.WebServices.Data."
       "ServiceRequestException: The request failed. The remote server returned an error: (401) Unauthorized.",
       "authentication"},
      {"2024-06-11 14:05:40,118 [7] ERROR Notifier.Mailer - Microsoft.Exchange.WebServices.Data."
       "ServiceResponseException: The account does not have permission to impersonate the requested user.",
       "authentication"},
      {"2024-06-11 14:07:02,551 [9] ERROR Notifier.Mailer - Microsoft.Exchange.WebServices.Data."
       "ServiceResponseException: The SMTP address has no mailbox associated with it.",
       "recipient_unknown"},
      {"2024-06-11 14:15:08,772 [12] WARN Notifier.Mailer - Microsoft.Exchange.WebServices.Data.ServerBusyException: "
       "The server cannot service this request right now. Try again later.",
       "rate_limit"},
      {"2024-06-11 14:31:15,446 [7] ERROR Notifier.Mailer - Microsoft.Exchange.WebServices.Data."
       "AutodiscoverLocalException: The Autodiscover service couldn't be located.",
       "server_settings"},
      {"2024-06-11 14:33:58,905 [7] ERROR Notifier.Mailer - Microsoft.Exchange.WebServices.Data."
       "ServiceRequestException: The request failed. The underlying connection was closed: An unexpected error "
       "occurred on a send.",
       "outdated_client"},
      {"exchangelib.errors.TransportError: HTTPSConnectionPool(host='mail.example.org', port=443): Max retries "
       "exceeded with url: /EWS/Exchange.asmx (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection "
       "object at 0x7f81c02b3e50>: Failed to establish a new connection: [Errno 111] Connection refused'))",
       "server_unavailable"},
      {"Send an email (V2): {\"status\":400,\"message\":\"Cannot save changes made to an item to store.\"}",
       "mailbox_full"},
      {"Send an email (V2): Http request failed as there is an error: 'Cannot write more bytes to the buffer than "
       "the configured maximum buffer size: 104857600.'.",
       "message_too_large"},
  });
}

// An API's status opening a JSON record's message ("msg":"500: Error sending
// confirmation email", GoTrue's) is no SMTP reply; the Go error in the error
// field is what failed.
TEST(ClientParser, AnApiStatusOpeningAQuotedMessageIsNoReply) {
  Parsed r = parse(
      "{\"component\":\"api\",\"error\":\"gomail: could not send email 1: EOF\",\"level\":\"error\",\"method\":"
      "\"POST\",\"msg\":\"500: Error sending confirmation email\",\"path\":\"/signup\",\"time\":\"2025-03-04T10:02:27Z\"}\n"
      "{\"component\":\"api\",\"error\":\"gomail: could not send email 1: 550 5.1.1 <x@example.org>: user unknown\","
      "\"level\":\"error\",\"msg\":\"500: Error sending confirmation email\",\"time\":\"2025-03-04T10:03:27Z\"}\n");
  ASSERT_EQ(r.sink.events.size(), 2u);
  EXPECT_EQ(r.sink.events[0].reply_code, 0);
  EXPECT_EQ(testing::verdict_of(r.sink.events[0]).rule, "net.connection_closed");
  EXPECT_EQ(r.sink.events[1].reply_code, 550);
  EXPECT_EQ(testing::verdict_of(r.sink.events[1]).cause, "recipient_unknown");
  uint16_t code = 0;
  find_smtp_codes("\"550: 5.7.1 relaying denied\"", &code, nullptr);
  EXPECT_EQ(code, 550);  // a reply quoted so keeps its status after the colon
}

}  // namespace mailtriage

namespace mailtriage {
namespace {

// A client-only rule's sample is a line a program writes: the client reader
// must report it as a failure, or the rule can never decide anything there.
// (Vague rules' samples are the loose words they match, not whole lines;
// rules shared with mail logs may show a server's line.)
TEST(ClientParser, EveryClientRulesSampleIsReportedAsAFailure) {
  FileContext ctx;
  ctx.path = "client.log";
  ctx.now = 1704067200;
  // mutt's "Connection to x closed" (and its translations) is a failure in
  // mutt's output only: many programs log the same words on a normal close.
  const std::set<std::string_view> in_context_only = {"mutt.connection_closed", "mutt.connection_timeout.localized"};
  std::vector<std::string> silent;
  for (const Rule* r : all_rules()) {
    if (r->scopes != kScopeClient || r->cause == Cause::none || r->weight == Weight::vague || r->pattern.empty() ||
        in_context_only.count(r->id))
      continue;
    auto parser = make_client_parser(ctx);
    CollectingSink sink;
    const std::string line(r->sample.substr(0, r->sample.find('\n')));
    parser->parse_line(line, 1, sink);
    parser->finish(sink);
    if (sink.events.empty()) silent.push_back(std::string(r->id) + ": " + line);
  }
  for (const std::string& s : silent) ADD_FAILURE() << s;
}

}  // namespace
}  // namespace mailtriage

namespace mailtriage {
namespace {

// Words that show a failure without any other failure word: a device's job
// result (NG with its code), a scan too large to mail, RFC 5321's phrases in
// place of their codes, NSS's TLS errors, a malformed HELO name refused.
TEST(ClientParser, DeviceResultsPhrasesAndNssErrorsAreFailures) {
  expect_one_failure_each({
      {"Job 0412 SEND E-mail scans@example.com NG #839", "authentication"},
      {"Job 0413 SEND E-mail scans@example.com NG  #752", "server_settings"},
      {"016-985 Data Size Overflow (Scan to E-mail)", "message_too_large"},
      {"DATA command failed: Requested action not taken: insufficient system storage", "server_unavailable"},
      {"DATA command failed: Requested action aborted: error in processing", "server_unavailable"},
      {"An error occurred during a connection to smtp.example.com:587. SSL received a record that exceeded the "
       "maximum permissible length. (Error code: ssl_error_rx_record_too_long)",
       "tls_mismatch"},
      {"An error occurred during a connection to mail.example.org:465. Cannot communicate securely with peer: no "
       "common encryption algorithm(s). (Error code: ssl_error_no_cypher_overlap)",
       "outdated_client"},
      {"E-mail: Could not mail to noc@example.org. SMTP server response: 501 Syntactically invalid HELO argument(s)",
       "server_settings"},
      {"Sending notification email to oncall@example.com failed: Socket Error # 10013 Access denied.",
       "firewall_antivirus"},
      {"SELinux is preventing /usr/sbin/php-fpm from name_connect access on the tcp_socket port 587.",
       "firewall_antivirus"},
      {"curl: (56) CONNECT tunnel failed, response 403", "firewall_antivirus"},
      {"socks.GeneralProxyError: Socket error: 0x02: Connection not allowed by ruleset", "firewall_antivirus"},
      {"curl: (5) Could not resolve proxy: proxy.corp.example", "server_settings"},
      {"Error: connect ENETUNREACH 2a00:1450:400c:c0b::6c:465 - Local (:::0)", "server_settings"},
      {"ssl.CertificateError: hostname 'smtp.example.org' doesn't match 'mail.example.net'", "tls_mismatch"},
      {"450 4.7.320 Certificate validation failed [Message=SubjectMismatch] [LastAttemptedServerName=mx.example.org]",
       "tls_mismatch"},
      {"2024-03-19 07:55:12 1rmXcd-0002Aq-4T H=mx.example.org [198.51.100.61]: TLS error on connection (recv): The "
       "TLS connection was non-properly terminated.",
       "tls_mismatch"},
      {"Schannel Event 36871: A fatal error occurred while creating a TLS client credential. The internal error "
       "state is 10013.",
       "outdated_client"},
  });
}

// Localized lines whose failure is said only in their language's words:
// each must pass the failure test and reach its rule.
TEST(ClientParser, LocalizedFailuresWithoutEnglishWords) {
  expect_one_failure_each({
      {"msmtp: kann Host mail.example.de nicht finden: Tempor\xc3\xa4rer Fehler bei der Namensaufl\xc3\xb6sung", "dns"},
      {"msmtp: kann keine initiale OK Nachricht des Servers empfangen", "server_unavailable"},
      {"Ihre Nachricht wurde nicht an anna@example.dee zugestellt, weil die Domain example.dee nicht gefunden wurde.",
       "dns"},
      {"L'adresse courriel n'est pas valide : paul@@example.fr", "other"},
      {"E-Mail-Inhalt ist leer.", "other"},
      {"L\xe2\x80\x99" "e-mail n\xe2\x80\x99" "a pas pu \xc3\xaatre envoy\xc3\xa9. Raison possible : votre h\xc3\xa9" "bergeur "
       "a peut-\xc3\xaatre d\xc3\xa9sactiv\xc3\xa9 la fonction mail().",
       "server_settings"},
      {"Ihr Server unterst\xc3\xbctzt SMTPUTF8 nicht. Bitte \xc3\xa4ndern Sie die Adresse.", "outdated_client"},
      {"550 5.7.1 <kim@example.org>... Relais refus\xc3\xa9", "relay_denied"},
      {"550 5.2.1 <old@example.org>: Mailbox disabled, not accepting messages", "recipient_unknown"},
  });
}

// Platforms' own records of a failed send: Odoo logs its SMTP failures at
// INFO, GLPI's queue gives up in its own words, Ruby names an IPv6 address
// it could not reach in quotes.
TEST(ClientParser, PlatformRecordsOfAFailedSend) {
  expect_one_failure_each({
      {"2024-02-05 09:30:12,017 4412 INFO erp odoo.addons.base.models.ir_mail_server: Mail delivery failed via SMTP "
       "server 'smtp.example.com'. SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
       "failed: certificate has expired (_ssl.c:1006)",
       "tls_mismatch"},
      {"2024-03-09 02:00:03 [@web01] Fatal error: giving up delivery of email to kim@example.org: [#0001] Ticket closed",
       "expired"},
      {"E, [2024-03-05T10:02:14.551027#2231-98120] ERROR -- : Can't use Channel::Driver::Smtp: #<Errno::ENETUNREACH: "
       "Network is unreachable - connect(2) for \"2001:db8::25\" port 587>",
       "server_settings"},
  });
}

// Chinese and Japanese systems' words: Thunderbird's unknown server, Windows'
// connection aborted by local software, .NET's unexpected packet format,
// PHPMailer's empty body; NetEase's rate code.
TEST(ClientParser, ChineseAndJapaneseSystemsWords) {
  expect_one_failure_each({
      {"\xe5\x8f\x91\xe9\x80\x81\xe6\xb6\x88\xe6\x81\xaf\xe6\x97\xb6\xe5\x87\xba\xe9\x94\x99\xef\xbc\x9a\xe5\x8f\x91\xe9\x80\x81\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8 (SMTP) smtp.example.con \xe6\x9c\xaa\xe7\x9f\xa5\xe3\x80\x82", "server_settings"},
      {"System.IO.IOException: \xe6\x97\xa0\xe6\xb3\x95\xe4\xbb\x8e\xe4\xbc\xa0\xe8\xbe\x93\xe8\xbf\x9e\xe6\x8e\xa5\xe4\xb8\xad\xe8\xaf\xbb\xe5\x8f\x96\xe6\x95\xb0\xe6\x8d\xae: \xe4\xbd\xa0\xe7\x9a\x84\xe4\xb8\xbb\xe6\x9c\xba\xe4\xb8\xad\xe7\x9a\x84\xe8\xbd\xaf\xe4\xbb\xb6\xe4\xb8\xad\xe6\xad\xa2\xe4\xba\x86\xe4\xb8\x80\xe4\xb8\xaa\xe5\xb7\xb2\xe5\xbb\xba\xe7\xab\x8b\xe7\x9a\x84\xe8\xbf\x9e\xe6\x8e\xa5\xe3\x80\x82", "firewall_antivirus"},
      {"System.Security.Authentication.AuthenticationException: \xe4\xba\x88\xe6\x9c\x9f\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x84\xe3\x83\x91\xe3\x82\xb1\xe3\x83\x83\xe3\x83\x88\xe5\xbd\xa2\xe5\xbc\x8f\xe3\x81\xae\xe3\x81\x9f\xe3\x82\x81\xe3\x80\x81\xe3\x83\x8f\xe3\x83\xb3\xe3\x83\x89\xe3\x82\xb7\xe3\x82\xa7\xe3\x82\xa4\xe3\x82\xaf\xe3\x81\x8c\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82", "tls_mismatch"},
      {"\xe9\x82\xae\xe4\xbb\xb6\xe6\xad\xa3\xe6\x96\x87\xe4\xb8\xba\xe7\xa9\xba\xe3\x80\x82", "other"},
      {"smtplib.SMTPRecipientsRefused: {'a@example.cn': (550, b'RP:TRC 163 smtp3,G9xpCgD3f0u7 1712060604')}",
       "rate_limit"},
  });
}

// Scheduled jobs' mail: cron's mailer that exited 127 (not found), anacron and
// systemd-cron without sendmail, nullmailer's relay pinning the sender, a
// notifier's errno 101, Sendmail waiting for a qualified name of its host.
TEST(ClientParser, ScheduledJobsMailFailures) {
  expect_one_failure_each({
      {"May  3 02:00:01 web1 crond[801]: (root) MAIL (mailed 95 bytes of output but got status 0x007f#012)",
       "server_settings"},
      {"May  3 07:35:24 web1 anacron[957]: Can't find sendmail at /usr/sbin/sendmail, not mailing output",
       "server_settings"},
      {"<3>can't send error mail for backup.service without a MTA", "server_settings"},
      {"nullmailer[2210]: smtp: Failed: 553 Mail from must equal authorized user", "authentication"},
      {"2024-05-03 10:56:26,559 - WARNING - Connection error while submitting email to mail.example.com. Reason: "
       "[Errno 101] Network unreachable",
       "server_unavailable"},
      {"May  3 06:25:01 web1 sendmail[1875]: My unqualified host name (web1) unknown; sleeping for retry",
       "server_settings"},
  });
}

}  // namespace
}  // namespace mailtriage
