// Mail-client and library logs: one failure line gives one event.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int client_sniff(std::string_view head);
std::unique_ptr<LineParser> make_client_parser(const FileContext& file);

}  // namespace mailtriage
