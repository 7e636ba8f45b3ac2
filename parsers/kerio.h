// Kerio Connect's (GFI; Kerio MailServer before 7) own logs, in its
// store/logs folder: mail.log, security.log, warning.log, error.log and
// debug.log. Every line opens with the local time in brackets,
// "[18/Jan/2014 06:41:25] " (debug.log adds the thread, "[3824] ", and the
// component, "{smtpc} "); times are read as written.
//   mail.log: one line a message received, "Recv: Queue-ID: 65ee8b47-00000009,
//   Service: SMTP, From: <a@x>, To: <b@y>, Size: 3687, Sender-Host: 192.0.2.7,
//   SSL: yes, Subject: ..., Msg-Id: <...>", and one a recipient's delivery
//   attempt, "Sent: Queue-ID: 65ee8b47-00000009, Recipient: <b@y>, Result:
//   delivered, Status: 2.0.0 , Remote-Host: 127.0.0.1, Msg-Id: <...>". Its
//   Result says what became of it (delivered, relayed, delayed, failed) and
//   its Status the enhanced status and the words why ("4.4.1 Cannot connect
//   to host"): a delay is a deferral, a failure a bounce, or the expiry of a
//   message whose status was still a transient one when the retries ran out.
//   The sender is the one its Recv line named.
//   security.log: the server's refusals of clients ("Attempt to deliver to
//   unknown recipient <b@y>, from <a@x>, IP address 203.0.113.7", "Relay
//   attempt from IP address ...", "SMTP Spam attack detected from ...", "IP
//   address ... found in DNS blacklist ...", AntiHammering's blocks, SPF and
//   filter rejections) and failed logins ("Failed SMTP login from
//   203.0.113.7 with SASL method LOGIN.", "SMTP: User x doesn't exist.
//   Attempt from IP address ..."), each a refusal or a failed login.
//   spam.log: a message rejected or discarded ("Message rejected as malware
//   spam, From: a@x, To: b@y") a refusal of it.
//   warning.log, error.log, debug.log: a delivery's failed connection, MX
//   lookup or TLS handshake is a deferral (a 5xx it quotes a bounce, a message
//   given up an expiry), with the remote host and the message's Queue-ID when
//   the words name them; a client's failed handshake or login a failure; an
//   alias that expanded to no local mailbox a bounce of it. What another of
//   the server's services says (its directory, updates, greylisting server,
//   its own certificate) is no delivery's. Everything else is recognized.
//   (Kerio's records sent to a syslog server, "<22>1 ... mail - - - Sent:
//   ...", carry a syslog envelope instead of the time in brackets: not these.)
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int kerio_sniff(std::string_view head);
std::unique_ptr<LineParser> make_kerio_parser(const FileContext& file);

// In a syslog stream the program's name is the log's ("security", "mail",
// "warn") or Kerio's own; no reader claims the former, so the syslog reader
// takes a host whose line says what only Kerio says (kerio_record_wording)
// for a Kerio server, and its lines of programs no reader claims as Kerio's.
class ProgramParser;
bool kerio_record_wording(std::string_view message);
bool kerio_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_kerio_program_parser(const FileContext& file);

}  // namespace mailtriage
