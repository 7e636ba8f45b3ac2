#include "parsers/audit.h"

#include <string>

#include "parsers/mail_services.h"
#include "parsers/postfix.h"
#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "audit.log";

class AuditLogParser final : public LineParser {
 public:
  explicit AuditLogParser(const FileContext& file) : path_(file.path) {}
  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    // "type=AVC msg=audit(1741932764.318:4330): avc:  denied ..."; the other
    // records of the same event (SYSCALL, PROCTITLE, PATH) and every other
    // type are the audit log's routine.
    if (!line.starts_with("type=")) return Outcome::unrecognized;
    const size_t stamp = line.find(" msg=audit(");
    if (stamp == npos) return Outcome::unrecognized;
    SyslogRecord rec;
    const sv denial = line.starts_with("type=AVC ") ? mail_process_denial(line, &rec.program) : sv();
    if (denial.empty()) return Outcome::recognized;
    rec.time = epoch_of(line.substr(stamp + 11));
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.diagnostic = denial;
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  // "1741932764.318:4330)": seconds and milliseconds since the epoch.
  static Timestamp epoch_of(sv s) {
    Timestamp t;
    int64_t seconds = 0;
    size_t i = 0;
    while (i < s.size() && i < 12 && s[i] >= '0' && s[i] <= '9') seconds = seconds * 10 + (s[i++] - '0');
    if (i == 0 || i >= s.size()) return t;
    int64_t ms = 0;
    if (s[i] == '.')
      for (size_t k = i + 1; k < i + 4 && k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) ms = ms * 10 + (s[k] - '0');
    t.epoch_us = seconds * 1000000 + ms * 1000;
    t.valid = true;
    return t;
  }

  std::string path_;
};

// Postfix's daemons (postfix.h) and commands and Dovecot's processes, as the
// kernel names them; the MTAs, filters and milters by mail-services' list of
// mail's daemons.
bool names_a_mail_process(sv command) {
  static constexpr sv kProcesses[] = {"postdrop", "postqueue",  "trivial-rewrite", "proxymap", "imap",  "pop3",
                                      "imap-login", "pop3-login", "auth",          "deliver",  "sm-mta"};
  for (sv p : kProcesses)
    if (command == p) return true;
  return is_postfix_daemon(command) || names_a_mail_daemon(command);
}

}  // namespace

sv mail_process_denial(sv text, sv* command) {
  const size_t at = text.find("avc:");
  if (at == npos) return {};
  sv rest = text.substr(at + 4);
  while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  if (!rest.starts_with("denied") || rest.find("{ ") == npos) return {};
  const sv process = field_value(rest, "comm=");
  if (process.empty() || field_value(rest, "permissive=") == "1" || !names_a_mail_process(process)) return {};
  if (command) *command = process;
  return text.substr(at);
}

int audit_sniff(sv head) {
  return percent_of_head_lines(
      head, [](sv line) { return line.starts_with("type=") && line.find(" msg=audit(") != npos; });
}

std::unique_ptr<LineParser> make_audit_parser(const FileContext& file) { return std::make_unique<AuditLogParser>(file); }

}  // namespace mailtriage
