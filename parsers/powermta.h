// PowerMTA's accounting file (acct-*.csv), one record a line after its header:
//   type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,...,vmta,jobId,...
//   b,2025-11-18 10:15:31-0500,...,a@bounces.example,bob@example.net,,failed,5.1.1 (bad destination mailbox
//     address),smtp;550 5.1.1 <bob@example.net>: user unknown,mx.example.net (192.0.2.7),bad-mailbox,...
// Columns are found by the header's names (a configured record may hold
// others, in another order; without a header, PowerMTA's default order). A
// "b" record is a bounce (an expiry when the message outlived its queue), an
// "rb" record a bounce that came back later (out of band), a "t" record a
// deferral, "d" a delivery; "r" (received) and "f" (feedback loop) records are recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int powermta_sniff(std::string_view head);
std::unique_ptr<LineParser> make_powermta_parser(const FileContext& file);

}  // namespace mailtriage
