// ZoneMTA's lines in the system log (the Node.js outbound MTA of WildDuck;
// npmlog's "<level> <prefix> <message>" behind syslog's or the journal's
// envelope). Each delivery attempt ends in one outcome line per recipient:
//   zone-mta[1187]: info Sender/default/1204[5] id=g7pr2kx9 18e2b4d8ef2000845b.001
//     DEFERRED[network] from=a@x to=b@y src= mx=y id=<m@x> (Network error: ... Connection timed out)
//   ... REJECTED[recipient] from=a@x to=b@y ... (550 5.1.1 <b@y>: Recipient address rejected ...)
//   ... ACCEPTED from=a@x to=b@y mx=mx.y id=<m@x> (250 2.0.0 Ok: queued as ...)
// DEFERRED is a deferral and REJECTED a bounce, with the reason in the last
// parentheses; the ERR! lines before them (CONNFAIL, ERRCONNECT, SMTPERR)
// say the same reason for the same attempt and are recognized, so that one
// failure is reported once.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

class ProgramParser;
bool zonemta_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_zonemta_parser(const FileContext& file);

}  // namespace mailtriage
