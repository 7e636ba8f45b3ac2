// Haraka's log (its own file or multilog's; a time before each line when it
// writes one: "2024-03-16 09:01:52.847973500", ISO 8601, or "@4000..."):
//   [NOTICE] [uuid] [core] hook=rcpt plugin=rcpt_to.in_host_list ... retval=DENY msg="I cannot deliver mail for <x>"
//   [NOTICE] [uuid.1.1] [outbound] recipient <b@y> rejected: 550 5.1.1 ... User unknown
//   [INFO] [uuid.1.2] [outbound] Temp failing <queue file> for 64 seconds: Upstream error: 421 4.7.0 ...
//   [INFO] [uuid.1.1] [outbound] bouncing mail: No Such Domain: example.io
//   [NOTICE] [uuid] [core] disconnect ip=198.51.100.240 ... lr="535 5.7.8 Authentication failed" time=3.5
// A plugin's refusal (a hook's DENY, the message's or a recipient's code=DENY
// that restates it) is a refused message of the client; the session's last
// refusal ("lr=" of its disconnect line) when nothing before said it (a
// refused AUTH: a failed login). Outbound: a recipient's 5xx is a bounce, a
// 4xx and a "Temp failing" a deferral (with the connection error that went
// before, "Failed to get pool entry: ..."), a bounce after "Too many
// failures" an expiry. Its other lines are recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int haraka_sniff(std::string_view head);
std::unique_ptr<LineParser> make_haraka_parser(const FileContext& file);

}  // namespace mailtriage
