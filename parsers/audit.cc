#include "parsers/audit.h"

#include <string>

#include "parsers/registry.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "audit.log";

// The value of `key` ("comm=") in an audit record: quoted or up to a space.
sv field(sv text, sv key) {
  size_t at = 0;
  while ((at = text.find(key, at)) != npos) {
    if (at == 0 || text[at - 1] == ' ') break;
    at += key.size();
  }
  if (at == npos) return {};
  sv v = text.substr(at + key.size());
  if (!v.empty() && v[0] == '"') {
    const size_t close = v.find('"', 1);
    return close == npos ? sv() : v.substr(1, close - 1);
  }
  return v.substr(0, v.find(' '));
}

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
    AvcDenial d;
    if (!line.starts_with("type=AVC ") || !read_avc_denial(line, &d) || d.permissive ||
        !names_a_mail_process(d.command))
      return Outcome::recognized;
    SyslogRecord rec;
    rec.program = d.command;
    rec.time = epoch_of(line.substr(stamp + 11));
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.diagnostic = line.substr(line.find("avc:"));
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

}  // namespace

bool read_avc_denial(sv text, AvcDenial* out) {
  size_t at = text.find("avc:");
  if (at == npos) return false;
  sv rest = text.substr(at + 4);
  while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  if (!rest.starts_with("denied")) return false;
  const size_t open = rest.find("{ "), close = rest.find(" }");
  if (open == npos || close == npos || close < open) return false;
  out->permission = rest.substr(open + 2, close - open - 2);
  out->command = field(rest, "comm=");
  out->permissive = field(rest, "permissive=") == "1";
  return !out->command.empty();
}

bool names_a_mail_process(sv command) {
  // Postfix's daemons and commands, Dovecot's processes, the MTAs, filters and milters.
  static constexpr sv kProcesses[] = {
      "master",  "smtpd",    "smtp",       "lmtp",      "cleanup",  "qmgr",     "pickup",       "postdrop",
      "postqueue", "sendmail", "local",    "virtual",   "pipe",     "bounce",   "trivial-rewrite", "postscreen",
      "tlsproxy", "proxymap", "postfix",   "dovecot",   "imap",     "pop3",     "imap-login",   "pop3-login",
      "auth",    "dovecot-lda", "deliver", "exim",      "exim4",    "sm-mta",   "opendkim",     "opendmarc",
      "rspamd",  "clamd",    "amavisd",    "spamd",     "saslauthd", "milter-greylist", "postgrey", "policyd-spf"};
  for (sv p : kProcesses)
    if (command == p) return true;
  return false;
}

int audit_sniff(sv head) {
  int lines = 0, audit = 0;
  for_each_head_line(head, [&](sv line) {
    if (line.empty()) return true;
    ++lines;
    if (line.starts_with("type=") && line.find(" msg=audit(") != npos) ++audit;
    return lines < 20;
  });
  return lines ? audit * 100 / lines : 0;
}

std::unique_ptr<LineParser> make_audit_parser(const FileContext& file) { return std::make_unique<AuditLogParser>(file); }

}  // namespace mailtriage
