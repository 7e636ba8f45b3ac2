// amavisd-new's lines (the message part after the syslog/journald envelope):
// the content filter between Postfix's smtpd and its queue.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// "amavis" (Debian's and most packages' syslog ident), "amavisd", "amavisd-new",
// and a path ending in "/amavisd".
bool amavis_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_amavis_parser(const FileContext& file);

}  // namespace mailtriage
