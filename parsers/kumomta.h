// KumoMTA's log records: one JSON object a line (its local logs, zstd-compressed
// segments under /var/log/kumomta, or a webhook's or a collector's copy of them):
//   {"type":"TransientFailure","id":"...","sender":"...","recipient":"...","queue":"...",
//    "site":"...","size":1047,"response":{"code":421,"enhanced_code":{"class":4,"subject":7,
//    "detail":0},"content":"...","command":"MAIL FROM"},"peer_address":{"name":"...","addr":"..."},
//    "timestamp":1678069691,...}
// Field names as KumoMTA's "Log Record" reference gives them. A Bounce record is
// a bounce, an OOB record a bounce reported later by the remote side, an
// Expiration an expiry, a TransientFailure a deferral, a Rejection a refusal
// of a client by KumoMTA itself, a Feedback record a complaint; Delivery
// records are counted, Reception records tallied as received. The reply's
// code, enhanced status and text are joined into one diagnostic, as an MTA
// quotes a reply; KumoMTA's own failures ("KumoMTA internal: ...") keep no code.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int kumomta_sniff(std::string_view head);
std::unique_ptr<LineParser> make_kumomta_parser(const FileContext& file);

}  // namespace mailtriage
