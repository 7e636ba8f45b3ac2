#include "parsers/cyrus.h"

#include <string>

#include "parsers/registry.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "cyrus.log";

class CyrusParser final : public ProgramParser {
 public:
  explicit CyrusParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    const sv m = rec.message;
    // The master process: a service that died ("... in READY state: terminated
    // abnormally") and one it gave up restarting.
    if ((m.starts_with("service ") && m.find(": terminated abnormally") != npos) ||
        (m.starts_with("too many failures for service ") && m.find("disabling") != npos)) {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = m;
      sink.on_event(ev);
      return Outcome::reported;
    }
    // "badlogin: host [ip] MECH [SASL(-13): authentication failure: ...]"
    if (m.starts_with("badlogin: ")) {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = m;
      ev.smtp_command = "AUTH";
      if (const size_t open = m.find(" ["), close = m.find("] ", open); open != npos && close != npos)
        ev.source_ip = m.substr(open + 2, close - open - 2);
      sink.on_event(ev);
      sink.on_tally(Tally::sasl_failure, rec.time);
      return Outcome::reported;
    }
    return Outcome::recognized;
  }

 private:
  std::string path_;
};

}  // namespace

bool cyrus_claims_program(sv program) { return program.starts_with("cyrus/"); }

std::unique_ptr<ProgramParser> make_cyrus_parser(const FileContext& file) {
  return std::make_unique<CyrusParser>(file);
}

}  // namespace mailtriage
