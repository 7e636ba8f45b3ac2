// SmarterMail's (SmarterTools) own logs, one file a day and kind in its Logs
// folder. Each line opens with the time of day ("08:03:10.017"), or, as newer
// builds and the web interface's downloads write it, the date too
// ("[2024.05.16] 08:03:10.017"); otherwise the date is the file name's
// ("2024.05.16-smtpLog.log") or that of a session's "connected at" line.
//   The SMTP log (YYYY.MM.DD-smtpLog.log), "[client ip][session id] text":
//     'connected at 5/16/2024 8:03:10 AM', 'command: RCPT TO:<b@example.com>',
//     '"550 <b@example.com> No such user here" response returned.' (older
//     builds: 'cmd: RCPT TO:<...>', 'rsp: 550 ...'), and the server's notes:
//     'IP is blacklisted', an IDS (abuse detection) block, a failed TLS
//     handshake.
//   The delivery log (YYYY.MM.DD-delivery.log), "[delivery id] text": its
//     outbound SMTP ('CMD: RCPT TO:<...>', 'RSP: 550 5.1.1 ...'), 'Connection
//     to 203.0.113.5:25 failed: ...', 'DNS lookup of MX records for x failed:
//     ...', 'TLS negotiation failed: ...' and each recipient's summary
//     ('Delivery for a@x to b@y has completed (Delivered)' / 'has failed: ...').
//   The administrative log's "[ip] text" lines: a refused login, an IDS block
//     of that address (as is a line of any of its logs that names the
//     address it blocked: "IDS: 203.0.113.66 blocked for 10 minutes ...").
// Inbound, our 4xx/5xx reply to a client's command is a refusal of that client
// (a failed login for AUTH); a refusal at the greeting is reported with the
// note that says why, when one follows. Outbound, a remote 4xx is a deferral,
// a 5xx a bounce, of the recipient of the RCPT it answered (replies come back
// in the order of the commands, pipelined or not); connection, MX lookup
// and TLS failures are deferrals; a summary that only restates a reported
// failure is recognized, one whose reason is nowhere else is reported, and one
// that says the retries ran out is an expiry. Everything else is recognized;
// stack traces under an entry too.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int smartermail_sniff(std::string_view head);
std::unique_ptr<LineParser> make_smartermail_parser(const FileContext& file);

}  // namespace mailtriage
