// OpenSMTPD log lines (the message part after the syslog/journald envelope).
#pragma once

#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// True for "smtpd", the name OpenSMTPD logs under (Postfix's is "postfix/smtpd"), and for
// "opensmtpd", the name --input-format gives bare messages.
bool opensmtpd_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_opensmtpd_parser(const FileContext& file);

}  // namespace mailtriage
