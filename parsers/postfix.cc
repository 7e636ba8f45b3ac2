// PLACEHOLDER: being written (issue 2). Replace wholesale.
#include "parsers/postfix.h"

namespace mailtriage {
namespace {
class PostfixParser final : public ProgramParser {
 public:
  Outcome parse_record(const SyslogRecord&, uint64_t, EventSink&) override { return Outcome::unrecognized; }
};
}  // namespace
bool postfix_claims_program(std::string_view program) { return program.starts_with("postfix"); }
std::unique_ptr<ProgramParser> make_postfix_parser(const FileContext&) { return std::make_unique<PostfixParser>(); }
}  // namespace mailtriage
