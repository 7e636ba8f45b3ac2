// MailEnable's logs (Logging\SMTP on a Windows mail server), one reader for
// the three it writes:
//   SMTP-Activity-YYMMDD.log: one tab-separated record a command, "03/26/25
//   00:17:59<TAB>SMTP-IN<TAB>3B94...CF50.MAI<TAB>1052<TAB>81.30.107.98<TAB>AUTH
//   <TAB>MTIzNDU2<TAB>535 Invalid Username or Password<TAB>34<TAB>10<TAB>tci<TAB>":
//   time (month first, two-digit year), SMTP-IN (a client of ours) or SMTP-OU
//   (our delivery to a remote server), the message file, the socket, the
//   remote address, the command's name and its words, the reply to it, the
//   bytes each way, the account and (outbound) the subject. The IMAP and POP
//   services' activity logs have the same shape (IMAP-IN, POP3-IN).
//   SMTP-Debug-YYMMDD.log: "03/26/25 00:18:02 ME-E0055: [1884] [ABC.MAI]
//   text", the service's own notes: relays denied, clients blocked, deliveries
//   that could not connect or find the domain's mail servers, retries,
//   messages given up on.
//   The W3C log (exYYMMDD.log): the activity log's records again, space-
//   separated with '+' for spaces, read by its "#Fields:" directive.
// A 4xx/5xx reply of ours to a client is a refusal of it (a failed login for
// AUTH, a failed TLS handshake a failure); a remote server's is a deferral or a
// bounce of the recipient its RCPT named; a note saying a delivery failed is
// one too (deferred, bounced, expired when MailEnable gave up), reported once
// for a message when a summary restates it. Everything else is recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int mailenable_sniff(std::string_view head);
std::unique_ptr<LineParser> make_mailenable_parser(const FileContext& file);

}  // namespace mailtriage
