// Microsoft Exchange Server's message tracking logs: the transport's own CSV
// files (MSGTRK*.LOG, "#Software: Microsoft Exchange Server", "#Log-type:
// Message Tracking Log", then a "#Fields:" line naming the columns) and what
// Get-MessageTrackingLog | Export-Csv writes (a quoted header: "Timestamp",
// "EventId", "Recipients", "RecipientStatus", ...). Each FAIL row is a
// failure of its recipients and each DEFER row a deferral, their reply in
// RecipientStatus ("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", or the
// delivery agent's "[{LED=441 4.4.1 ...};{MSG=};{FQDN=mx.example.net};
// {IP=192.0.2.7};{LRT=...}]", whose FQDN and IP name the host); every other
// event (RECEIVE, SEND, DELIVER, DSN, ...) and the directives are recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int exchange_tracking_sniff(std::string_view head);
std::unique_ptr<LineParser> make_exchange_tracking_parser(const FileContext& file);

}  // namespace mailtriage
