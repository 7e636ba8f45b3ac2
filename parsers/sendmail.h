// Sendmail log lines (the message part after the syslog/journald envelope).
#pragma once

#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// True for the names Sendmail logs under: "sendmail", "sm-mta", "sm-msp-queue",
// "sm-acceptingconnections" (its process title as ident).
bool sendmail_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_sendmail_parser(const FileContext& file);

}  // namespace mailtriage
