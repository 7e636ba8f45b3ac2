// Maddy's lines in the system log: "module: message" and its fields as a JSON
// object after a tab, behind the journal's or syslog's envelope:
//   maddy[902]: queue: delivery attempt failed\t{"msg_id":"5f09ab3c","rcpt":"b@y","reason":"dial tcp
//     198.51.100.66:25: i/o timeout","remote_server":"mail.y.","target":"remote"}
//   maddy[902]: submission/sasl: authentication failed\t{"reason":"...","src_ip":"89.248.165.74:58102",...}
// A table of Maddy's messages says what each is: a delivery attempt that
// failed, one MX of several that could not be used, a TLS handshake given up for
// plaintext (a deferral when a 4xx reply is named, a bounce for a 5xx, else a failure), the
// queue giving up ("not delivered, permanent error": a bounce; "..., temporary
// error": an expiry), refusals of its SMTP endpoints (their reason), failed logins.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

class ProgramParser;
bool maddy_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_maddy_parser(const FileContext& file);

}  // namespace mailtriage
