#include "parsers/sogo.h"

#include <string>

#include "parsers/registry.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "sogo.log";

// The text between the quotes after `key` ("Login from '198.51.100.58'" -> "198.51.100.58").
sv quoted_after(sv m, sv key) {
  const size_t at = m.find(key);
  if (at == npos) return {};
  const sv rest = m.substr(at + key.size());
  const size_t end = rest.find('\'');
  return end == npos ? sv() : rest.substr(0, end);
}

class SogoParser final : public ProgramParser {
 public:
  explicit SogoParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    const sv m = rec.message;
    // (A login that worked says "successful" where this says "might not have worked".)
    if (m.find("Login from '") == npos || m.find(" might not have worked") == npos) return Outcome::recognized;
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.diagnostic = m;
    ev.smtp_command = "AUTH";
    if (const sv ip = quoted_after(m, "Login from '"); looks_like_ip_address(ip)) ev.source_ip = ip;
    if (const sv user = quoted_after(m, "for user '"); user.find('@') != npos) ev.from_address = user;
    sink.on_tally(Tally::sasl_failure, rec.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  std::string path_;
};

}  // namespace

bool sogo_claims_program(std::string_view program) { return program == "sogod" || program == "sogo"; }

std::unique_ptr<ProgramParser> make_sogo_parser(const FileContext& file) { return std::make_unique<SogoParser>(file); }

}  // namespace mailtriage
