// A mail daemon that crashed or was killed stops mail where it sits: the
// content filter's socket refuses, the MTA defers, logins fail. The daemon
// itself cannot say so; the service manager and the kernel do:
//   systemd[1]: clamav-daemon.service: Main process exited, code=dumped, status=11/SEGV
//   systemd[1]: postfix@-.service: Main process exited, code=killed, status=9/KILL
//   kernel: Out of memory: Killed process 812 (clamd) total-vm:2486144kB, ...
//   kernel: Out of memory: Kill process 812 (clamd) score 923 or sacrifice child   (older kernels)
// One event each, for a daemon of mail's (an MTA, a mailbox server, a
// filter, a milter, a scanner). systemd's "Failed with result 'core-dump'."
// after the first line restates it; every other line of theirs is recognized.
#include "parsers/mail_services.h"

#include "parsers/audit.h"

#include <string>

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "system.log";


class MailServicesParser final : public ProgramParser {
 public:
  explicit MailServicesParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    const sv m = rec.message;
    sv daemon;
    if (const size_t at = m.find(".service: Main process exited, code="); at != npos) {
      const sv how = m.substr(at + 36);
      if (!how.starts_with("dumped") && !how.starts_with("killed")) return Outcome::recognized;
      // The kernel's OOM kill of a mail daemon just before: systemd's "killed,
      // status=9/KILL" is the same death, under the unit's name.
      const bool oom_restated = how.starts_with("killed, status=9/") && oom_time_.valid && rec.time.valid &&
                                rec.time.epoch_us - oom_time_.epoch_us <= kOomRestatementUs &&
                                rec.time.epoch_us >= oom_time_.epoch_us;
      oom_time_ = Timestamp();
      if (oom_restated) return Outcome::recognized;
      daemon = m.substr(0, at);
    } else if (const size_t oom = m.find("Out of memory: Kill"); oom != npos) {
      const size_t open = m.find(" (", oom), close = m.find(')', open == npos ? oom : open);
      if (open == npos || close == npos) return Outcome::recognized;
      daemon = m.substr(open + 2, close - open - 2);
      if (names_a_mail_daemon(daemon)) oom_time_ = rec.time;
    } else if (const sv denial = mail_process_denial(m); !denial.empty()) {
      // An SELinux denial in the kernel's or the audit daemon's syslog lines
      // ("kernel: audit: type=1400 audit(...): avc:  denied  { name_connect }
      // for pid=48211 comm="smtpd" ...", "audit[48211]: AVC avc: denied ..."):
      // one of mail's processes kept from its work (parsers/audit.h).
      return report_daemon_failure(rec, denial, kDataset, path_, line_no, sink);
    } else {
      return Outcome::recognized;
    }
    // "systemd[1]: " units of a template ("postfix@-.service") keep their name before the '@'.
    if (!names_a_mail_daemon(daemon.substr(0, daemon.find('@')))) return Outcome::recognized;
    return report_daemon_failure(rec, m, kDataset, path_, line_no, sink);
  }

 private:
  static constexpr int64_t kOomRestatementUs = 10'000'000;  // systemd notices within seconds
  std::string path_;
  Timestamp oom_time_;  // when the kernel last killed a mail daemon for memory
};

}  // namespace

bool names_a_mail_daemon(std::string_view name) {
  static constexpr std::string_view kDaemons[] = {"postfix", "exim",     "sendmail", "opensmtpd", "smtpd",    "dovecot",
                                    "cyrus",   "courier",  "clamav",   "clamd",     "amavis",   "spamassassin",
                                    "spamd",   "rspamd",   "opendkim", "opendmarc", "postgrey", "policyd",
                                    "milter",  "mailman",  "sympa",    "saslauthd", "zimbra"};
  for (std::string_view d : kDaemons)
    if (name.find(d) != std::string_view::npos) return true;
  // Postfix's master process, as the kernel names the process it killed (a
  // unit named "...master" is some other program's: salt-master).
  return name == "master";
}

bool mail_services_claims_program(std::string_view program) {
  return program == "systemd" || program == "kernel" || program == "audit";
}

std::unique_ptr<ProgramParser> make_mail_services_parser(const FileContext& file) {
  return std::make_unique<MailServicesParser>(file);
}

}  // namespace mailtriage
