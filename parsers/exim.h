// Exim's mainlog and rejectlog, as files of their own (each line carries
// Exim's timestamp) and as messages inside syslog or journald envelopes.
// Both registry rows share one line-body parser.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// Confidence 0-100 that a file starting with `head` is an Exim mainlog/rejectlog.
int exim_sniff(std::string_view head);
std::unique_ptr<LineParser> make_exim_parser(const FileContext& file);

// True for the names Exim logs under in syslog: "exim", "exim4", "exim4-daemon-heavy".
bool exim_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_exim_program_parser(const FileContext& file);

// Exim's line timestamp "YYYY-MM-DD hh:mm:ss[.ddd][ +hhmm]" (log_timezone adds
// the offset; without one the time is taken as UTC). Bytes consumed, or 0.
size_t scan_exim_timestamp(std::string_view s, Timestamp* out);

// Exim message ids: "1abcDE-000123-AB" (before 4.97) and "10HmaX-000000005vi-0000".
bool is_exim_message_id(std::string_view s);

}  // namespace mailtriage
