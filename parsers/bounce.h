// Bounce messages: RFC 3464 DSNs, non-standard bounces, ARF reports, auto-replies.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

// bounce_sniff's score for a file that opens with a header block holding at
// least two fields every message has (From:, Date:, Received:, ...).
constexpr int kBounceSniffCertain = 95;

int bounce_sniff(std::string_view head);
std::unique_ptr<MessageParser> make_bounce_parser(const FileContext& file);

}  // namespace mailtriage
