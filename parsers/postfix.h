// Postfix log lines (the message part after the syslog/journald envelope).
#pragma once

#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// True for Postfix program names: "postfix/smtp", "postfix-out/smtpd", "postfix/submission/smtpd".
bool postfix_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_postfix_parser(const FileContext& file);

}  // namespace mailtriage
