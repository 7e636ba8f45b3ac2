// Dovecot's delivery lines (the message part after the syslog/journald
// envelope): its LDA refusing a message itself, and a user's Sieve "reject".
#pragma once

#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// "dovecot" (its syslog ident, the LDA's too when an MTA runs it) and
// "dovecot-lda", "deliver" (the LDA under its own name).
bool dovecot_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_dovecot_parser(const FileContext& file);

}  // namespace mailtriage
