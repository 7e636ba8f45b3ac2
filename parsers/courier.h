// Courier's lines in the mail log (Courier MTA and Courier-IMAP):
//   courieresmtpd: error,relay=::ffff:203.0.113.45,from=<a@x>,to=<b@y>: 513 Relaying denied.
//   courieresmtpd: error,relay=::ffff:80.94.95.203,msg="535 Authentication failed.",cmd: AUTH LOGIN
//   courieresmtp: id=0A72347E.65F0033A.00000D07,from=<a@x>,addr=<b@y>: Connection timed out
//   courieresmtp: id=0A72347E.65F0033A.00000D07,from=<a@x>,addr=<b@y>,status: deferred
//   courierlocal: id=...,from=<a@x>,addr=<b@y>: maildrop: maildir over quota.
//   imapd-ssl: LOGIN FAILED, user=jsmith@example.com, ip=[::ffff:198.51.100.77]
//   authdaemond: failed to connect to mysql server (...)
// The ESMTP server's refusals are refused messages (a refused AUTH a failed
// login); a delivery's error text (courieresmtp, courierlocal) waits for its
// "status:" line, which says whether it was deferred or failed, and is
// reported then at the text's line; IMAP and POP3 refused logins and TLS
// handshakes are failures from the client's address; authdaemond losing its
// database is a failure of the server. courierd's queue notes and successful
// deliveries are recognized (a delivery is counted).
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

class ProgramParser;
bool courier_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_courier_parser(const FileContext& file);

}  // namespace mailtriage
