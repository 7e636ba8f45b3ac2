// qmail-send's log, as multilog writes it (each line stamped "@4000000065f3e3ea000267e4",
// TAI64N) or tai64nlocal prints it ("2024-03-15 06:32:10.000157668 "), and as
// splogger puts it in syslog (program "qmail", a Unix time before the text):
//   starting delivery 4403: msg 524361 to remote k.meyer@partner.example
//   delivery 4403: failure: 198.51.100.8_does_not_like_recipient./Remote_host_said:_550_5.1.1_..._/Giving_up_on_198.51.100.8./
// A delivery's deferral is a deferred event, its failure a bounce (an expiry
// when qmail gave up because the message was too long in the queue), its
// success a delivery; each for the recipient and sender its "starting
// delivery" and "info msg" lines named. rblsmtpd refusing a listed client (in
// qmail-smtpd's multilog) is a refused connection. qmail writes its texts
// with "_" for spaces and "/" between parts: the diagnostic has them back as
// spaces. Its other lines (queue status, new/end msg, bounce msg) are recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

class ProgramParser;
int qmail_sniff(std::string_view head);
std::unique_ptr<LineParser> make_qmail_parser(const FileContext& file);
bool qmail_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_qmail_program_parser(const FileContext& file);

}  // namespace mailtriage
