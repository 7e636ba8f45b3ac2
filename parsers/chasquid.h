// chasquid's mail log (its -mail_log_path, or the same lines in its journal):
//   2025-09-20 09:13:45.189659 194.169.175.21:50511 rejected from=a@x to=[b@y] - relay not allowed
//   2025-09-20 10:41:04.063454 bxhcVqrAHjY from=a@x to=b@y failed (temporary): all MXs returned ...
//   2025-09-20 09:02:11.000000 203.0.113.9:40112 auth failed for u@x
// as its maillog package writes them: a refusal of a client (its reason after
// " - "), a delivery attempt that failed for now or for good (a deferral, a
// bounce), a failed login; queuing, deliveries, queue loops and listening
// notes are recognized (a delivery is counted).
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int chasquid_sniff(std::string_view head);
std::unique_ptr<LineParser> make_chasquid_parser(const FileContext& file);

}  // namespace mailtriage
