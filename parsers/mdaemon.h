// MDaemon's (Alt-N, now MDaemon Technologies) SMTP session logs: Logs\MDaemon-
// 20240515-SMTP-(in).log, -SMTP-(out).log and the composite -all.log. Each line
// is "Wed 2024-05-15 08:01:12: text" (newer versions add ".123" milliseconds,
// a log level "02: " and, when asked, a "[61904:1] " session id string). A
// session opens with "Session 61904; child 0001" and closes with "SMTP session
// successful|terminated (Bytes in/out: ...)"; between them:
//   inbound  "Accepting SMTP connection from 203.0.113.5:53211 to 192.0.2.1:25",
//            the client's commands "<-- RCPT TO:<x>" and our replies "--> 550 ...";
//   outbound "Parsing message <...\pd50000123.msg>", its "*  From:" and "*  To:",
//            "Attempting SMTP connection to [host:25]", our commands "--> RCPT To:<x>"
//            and the remote's replies "<-- 550 5.1.1 ...";
//   notes    "*  ..." lines: DNS results, "Socket connection failed", "Name server
//            reports domain name unknown", Dynamic Screening blocks, SSL negotiation.
// A 4xx/5xx reply of ours is a refusal of that client (a failed login for AUTH
// and 535); a block of the client by screening, a failed login or TLS handshake
// the notes tell of is one too. A remote's 4xx/5xx reply defers or bounces the
// recipient of the RCPT before it (the message's "*  To:" for other commands);
// a note that delivery could not connect, resolve or negotiate TLS defers it,
// and one that MDaemon gave up on the message after its retries expires it.
// A multi-line reply is reported at its last line, its lines joined. Each
// failure is reported once: a note restating a failure already reported
// (the next MX failing the same way, "will be retried") and a reply after the
// note that said why (a 421 after a screening block) are recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int mdaemon_sniff(std::string_view head);
std::unique_ptr<LineParser> make_mdaemon_parser(const FileContext& file);

}  // namespace mailtriage
