// Stalwart Mail Server's event log (its "log" tracer, 0.9 and later), one
// event a line, bare or behind a journal's envelope:
//   2025-07-08T06:07:04Z INFO Connection error (delivery.connect-error) queueId = 2364..., hostname =
//     "gmail-smtp-in.l.google.com", remoteIp = 142.250.102.27, causedBy = SMTP error occurred (smtp.error)
//     { details = "I/O Error", reason = "Connection timed out (os error 110)" }, elapsed = 133911ms
// Which events are failures is a table of Stalwart's event ids (its trc crate's
// names): outbound attempts that failed (connect, greeting, TLS, lookups,
// refusals of MAIL, RCPT or the message), the DSNs it decided to send when
// no such attempt was logged for the message, inbound refusals (unknown
// mailbox, relaying, size, limits, greylisting, DMARC with a reject policy),
// failed logins and TLS handshakes. The diagnostic is the event's description
// and id and what its fields say of it ("code = 550, details = ..."), so
// that the rule table decides by Stalwart's own names.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int stalwart_sniff(std::string_view head);
std::unique_ptr<LineParser> make_stalwart_parser(const FileContext& file);
// The same events in a system log (program stalwart), beside other programs' lines.
class ProgramParser;
bool stalwart_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_stalwart_program_parser(const FileContext& file);

}  // namespace mailtriage
