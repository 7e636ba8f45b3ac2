// hMailServer's own log (Logs\hmailserver_2025-03-11.log; with "separate
// service logs" also hmailserver_SMTP_*, _POP3_*, _IMAP_*, and ERROR_*):
// tab-separated, the kind and the text in double quotes, CR LF in a text
// written as "[nl]". Conversations carry a thread, a session and the remote
// address; the other kinds a thread and a message:
//   "SMTPD"  3412  87  "2025-03-11 07:05:32.118"  "198.51.100.7"  "SENT: 550 Unknown user"
//   "SMTPC"  3412  91  "2025-03-11 07:05:33.020"  "203.0.113.25"  "RECEIVED: 451 4.7.1 Try later"
//   "APPLICATION"  2876  "2025-03-11 07:05:34.500"  "SMTPDeliverer - Message 4411: Message could not be ..."
//   "TCPIP"  2876  "2025-03-11 07:05:34.501"  "TCPConnection - TLS/SSL handshake failed. Session Id: 93, ..."
// In an SMTPD session "SENT:" is our reply to the client and "RECEIVED:" its
// command; in an SMTPC session (our delivery) the other way round.
//   Inbound, a 4xx/5xx reply of ours is a refusal of that client (a 535 a
//   failed login), a POP3 "-ERR"/IMAP "NO" to a login a failed login, a
//   client the IP ranges turned away a refusal, a failed handshake a TLS
//   failure. Outbound, the remote server's 4xx/5xx reply is a deferral or a
//   bounce of the recipient its RCPT named; the deliverer's failed connection,
//   its failed MX lookup ("DNS - Query failure ... Type: 15"), a failed
//   handshake or certificate check, a session that timed out or broke before
//   our QUIT a deferral; "Returning error log to sender." (its last retry
//   done) the message's expiry. The deliverer's "Delivering message from a
//   to b" note gives a failure of that message its id, sender and recipient;
//   its "could not be delivered. Scheduling it for later delivery" restates
//   the failure of that attempt and is reported only when no line of the
//   attempt said why. Everything else is recognized; times are local, read
//   as written.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int hmailserver_sniff(std::string_view head);
std::unique_ptr<LineParser> make_hmailserver_parser(const FileContext& file);

}  // namespace mailtriage
