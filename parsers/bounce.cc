// PLACEHOLDER: being written (issue 3). Replace wholesale.
#include "parsers/bounce.h"

namespace mailtriage {
namespace {
class BounceParser final : public MessageParser {
 public:
  Outcome parse_message(std::string_view, uint64_t, EventSink&, std::string*) override { return Outcome::unrecognized; }
};
}  // namespace
int bounce_sniff(std::string_view) { return 0; }
std::unique_ptr<MessageParser> make_bounce_parser(const FileContext&) { return std::make_unique<BounceParser>(); }
}  // namespace mailtriage
