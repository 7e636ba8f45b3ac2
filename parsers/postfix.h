// Postfix log lines (the message part after the syslog/journald envelope).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// True for Postfix program names: "postfix/smtp", "postfix-out/smtpd", "postfix/submission/smtpd".
bool postfix_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_postfix_parser(const FileContext& file);
// The same with a cap on the messages whose state is kept between lines
// (default 1,000,000); at the cap the least recently seen is dropped and
// counted as Tally::state_evicted.
std::unique_ptr<ProgramParser> make_postfix_parser(const FileContext& file, size_t max_queue_entries);

}  // namespace mailtriage
