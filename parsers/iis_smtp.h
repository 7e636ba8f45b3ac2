// The IIS SMTP service's logs (SMTPSVC, LogFiles\SmtpSvc1\ex250311.log): W3C
// extended format, "#Fields: date time c-ip cs-username s-sitename ..." then
// one line a command. Windows servers keep it as the relay for applications
// (scanners, SQL Server, line-of-business programs) long after Exchange left.
//   Inbound, the server's own reply is sc-status: "... 198.51.100.233 ylmf-pc
//   SMTPSVC1 WEB02 192.0.2.80 0 RCPT - +TO:<a@example.org> 550 0 65 37 0 SMTP".
//   Outbound, cs-username is OutboundConnectionCommand (the verb in cs-method,
//   its argument in cs-uri-query) or OutboundConnectionResponse (the remote
//   server's reply in cs-uri-query, its spaces written as '+').
// A refused inbound command is a refusal of that client (a failed login for
// AUTH); a 4xx/5xx reply of a remote server is a deferral or a bounce of the
// recipient its last RCPT named. Everything else is recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int iis_smtp_sniff(std::string_view head);
std::unique_ptr<LineParser> make_iis_smtp_parser(const FileContext& file);

}  // namespace mailtriage
