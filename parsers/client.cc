// PLACEHOLDER: being written (issue 4). Replace wholesale.
#include "parsers/client.h"

namespace mailtriage {
namespace {
class ClientParser final : public LineParser {
 public:
  Outcome parse_line(std::string_view, uint64_t, EventSink&) override { return Outcome::unrecognized; }
};
}  // namespace
int client_sniff(std::string_view) { return 0; }
std::unique_ptr<LineParser> make_client_parser(const FileContext&) { return std::make_unique<ClientParser>(); }
}  // namespace mailtriage
