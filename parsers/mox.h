// Mox's lines in the system log (mox serve under systemd: its logfmt records
// behind the journal's or syslog's envelope):
//   mox[1187]: l=error m="permanent failure delivering from queue" err="no dns record: ..., permanent"
//     pkg=queue from=a@x recipient=b@y attempts=1 permanent=true code=0 secode= msgid=63
//   mox[1187]: l=info m="incoming message rejected" pkg=smtpserver ... reason=dns-blocklisted
// What each record is comes from a table of Mox's messages: the queue's
// temporary and permanent delivery failures (a deferral, a bounce), the SMTP
// server's refusals (a rejected message, unknown users), failed logins of its
// SMTP and IMAP servers, connections that ended in a failed TLS handshake.
// The diagnostic is the message and its err= or reason= value.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

class ProgramParser;
bool mox_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_mox_parser(const FileContext& file);

}  // namespace mailtriage
