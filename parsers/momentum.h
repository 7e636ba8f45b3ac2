// Momentum's (Ecelerity's) own text logs, as its ec_logger and bounce_logger
// write them ("Log Formats" in Momentum's reference):
//   mainlog   ts@message-id@batch-id@connection-id@R@rcpt-local@rcpt-domain@sender-local@sender-domain@ip@size@...
//             and D (delivery), T (transient failure), P (permanent failure) records, each
//             failure with the remote's reply last; "ts@@@@M1" heartbeats. Older versions
//             write one id before the type ("ts@message-id@R@...").
//   bouncelog ts@message-id@batch-id@connection-id@B@rcpt-local@rcpt-domain@sender-local@
//             sender-domain@binding-group@binding@stage@class@size@ip@reply (T for a transient failure)
//   rejectlog ts: R="ip:port" L="ip:port" C="id" PATH="..." PATH_GRP="..." P="phase" E=550 M=module
//             CTXCONN=[...] CTXMESS=[...] reason ("ts: Marker 1" heartbeats)
// A failure record's recipient is its own (bouncelog) or the one its message's
// reception named (mainlog); a permanent failure in Momentum's own words for
// a message that outlived its queue ("[internal] exceeded max time without
// delivery") is an expiry.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int momentum_sniff(std::string_view head);
std::unique_ptr<LineParser> make_momentum_parser(const FileContext& file);

}  // namespace mailtriage
