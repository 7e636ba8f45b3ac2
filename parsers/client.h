// Mail-client and library logs: one failure line gives one event.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int client_sniff(std::string_view head);
// Whether at least a quarter of the head's lines look like log records (a
// time, a transcript prefix, a severity word): an application's own log, not
// a table, a README or a licence.
bool client_log_like(std::string_view head);
// Whether the head is a short paste of errors: a few lines, none of them a
// record of a known shape, each saying that something failed ("SASL
// authentication failed", "5.7.8 Username and Password not accepted"), as a
// user copies them out of a mail program's dialog or a terminal.
bool client_paste_like(std::string_view head);
std::unique_ptr<LineParser> make_client_parser(const FileContext& file);

// The sending programs whose lines in a mail log this reader takes (sSMTP,
// msmtp, nullmailer, dma, cron), and a parser for them behind the syslog dispatcher.
class ProgramParser;
bool client_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_client_program_parser(const FileContext& file);

}  // namespace mailtriage
