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
    // The master process: a service process killed by a signal ("process
    // type:SERVICE name:lmtpunix ... pid:50211 signaled to death by signal 11"),
    // then the same death in its other words ("service lmtpunix/unix pid 50211
    // in BUSY state: terminated abnormally": one failure), a service that
    // ended so without a signal, and one it gave up restarting.
    if (m.starts_with("process type:SERVICE ") && m.find(" signaled to death") != npos) {
      signaled_pid_.assign(field_after(m, " pid:"));
      return report_daemon_failure(rec, m, kDataset, path_, line_no, sink);
    }
    if (m.starts_with("service ") && m.find(": terminated abnormally") != npos) {
      const bool restates = !signaled_pid_.empty() && field_after(m, " pid ") == signaled_pid_;
      signaled_pid_.clear();
      if (restates) return Outcome::recognized;
    }
    if ((m.starts_with("service ") && m.find(": terminated abnormally") != npos) ||
        (m.starts_with("too many failures for service ") && m.find("disabling") != npos))
      return report_daemon_failure(rec, m, kDataset, path_, line_no, sink);
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
    // "imaps TLS negotiation failed: host [ip]", "STARTTLS negotiation failed: host [ip]"
    if (m.find("TLS negotiation failed: ") != npos) {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = m;
      if (const size_t open = m.rfind(" ["), close = m.rfind(']'); open != npos && close != npos && close > open)
        ev.source_ip = m.substr(open + 2, close - open - 2);
      if (!looks_like_ip_address(ev.source_ip)) ev.source_ip = {};
      sink.on_tally(Tally::tls_failure, rec.time);
      sink.on_event(ev);
      return Outcome::reported;
    }
    return Outcome::recognized;
  }

 private:
  // The word after `key` ("pid:50211 ..." -> "50211").
  static sv field_after(sv m, sv key) {
    const size_t at = m.find(key);
    if (at == npos) return {};
    const sv rest = m.substr(at + key.size());
    return rest.substr(0, rest.find(' '));
  }

  std::string path_;
  std::string signaled_pid_;  // the service process the master just saw killed by a signal
};

}  // namespace

// "cyrus/imap" on Debian; the service names alone where Cyrus's syslog tag is
// not prefixed (OpenBSD's and FreeBSD's packages: "imaps[70341]", "lmtpunix[...]").
bool cyrus_claims_program(sv program) {
  if (program.starts_with("cyrus/")) return true;
  for (sv service : {"imap", "imaps", "pop3", "pop3s", "lmtpunix", "lmtp", "ctl_cyrusdb", "cyr_expire", "timsieved"})
    if (program == service) return true;
  return false;
}

std::unique_ptr<ProgramParser> make_cyrus_parser(const FileContext& file) {
  return std::make_unique<CyrusParser>(file);
}

}  // namespace mailtriage
