#include "parsers/fail2ban.h"

#include <string>

#include "parsers/registry.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "fail2ban.log";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool contains(sv s, sv word) { return s.find(word) != npos; }

// Jails whose filter matches failed logins to mail: a mail service's own
// name, or "auth"/"sasl" beside a mail program's ("postfix-sasl",
// "exim-auth"). "apache-auth" and "sshd" are no mail's; "postfix" and
// "postfix-rbl" match refused SMTP clients, already reported by the MTA.
bool is_mail_login_jail(sv jail) {
  for (sv service : {"sasl", "dovecot", "courier", "cyrus", "roundcube", "sogo", "imap", "pop3", "horde",
                     "rainloop", "snappymail", "squirrelmail", "zimbra", "mailcow"})
    if (contains(jail, service)) return true;
  if (!contains(jail, "auth")) return false;
  for (sv mta : {"postfix", "exim", "sendmail", "smtp", "mail", "haraka"})
    if (contains(jail, mta)) return true;
  return false;
}

// One line of fail2ban's own file: "2025-03-11 08:02:13,518 fail2ban.filter  [688]: INFO    message".
struct Fail2banLine {
  Timestamp time;
  uint32_t pid = 0;
  sv message;  // after the level word
};

bool read_line(sv line, Fail2banLine* out) {
  if (line.size() < 40 || line[19] != ',' || scan_rfc3339(line.substr(0, 19), &out->time) != 19) return false;
  size_t i = 20;
  while (i < line.size() && is_digit(line[i])) ++i;
  if (i == 20 || line.substr(i).find(" fail2ban") != 0) return false;
  const size_t open = line.find('[', i);
  if (open == npos || open - i > 48) return false;
  size_t j = open + 1;
  while (j < line.size() && is_digit(line[j]) && out->pid < 100000000) out->pid = out->pid * 10 + uint32_t(line[j++] - '0');
  if (j == open + 1 || line.substr(j).find("]:") != 0) return false;
  out->message = line.substr(j + 2);
  return true;
}

// The message without its level word ("INFO    [postfix-sasl] Found ..."; syslog lines may carry none).
sv without_level(sv m) {
  while (m.starts_with(' ')) m.remove_prefix(1);
  size_t end = 0;
  while (end < m.size() && m[end] >= 'A' && m[end] <= 'Z') ++end;
  if (end >= 4 && end < m.size() && m[end] == ' ') {
    m.remove_prefix(end);
    while (m.starts_with(' ')) m.remove_prefix(1);
  }
  return m;
}

// "[jail] Found 203.0.113.45 - 2025-03-11 08:02:13" of a mail login jail: a
// failed login from that address; anything else is fail2ban's bookkeeping.
Outcome read_message(const SyslogRecord& rec, sv path, uint64_t line_no, EventSink& sink) {
  const sv m = without_level(rec.message);
  if (!m.starts_with('[')) return Outcome::recognized;
  const size_t close = m.find("] ");
  if (close == npos || close > 64) return Outcome::recognized;
  const sv jail = m.substr(1, close - 1);
  sv rest = m.substr(close + 2);
  if (!rest.starts_with("Found ") || !is_mail_login_jail(jail)) return Outcome::recognized;
  rest.remove_prefix(6);
  const sv ip = rest.substr(0, rest.find(' '));
  if (!looks_like_ip_address(ip)) return Outcome::recognized;
  Event ev = record_event(rec, Action::failed, kDataset, path, line_no);
  ev.diagnostic = m;
  ev.smtp_command = "AUTH";
  ev.source_ip = ip;
  sink.on_tally(Tally::sasl_failure, rec.time);
  sink.on_event(ev);
  return Outcome::reported;
}

class Fail2banParser final : public LineParser {
 public:
  explicit Fail2banParser(const FileContext& file) : path_(file.path) {}
  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    Fail2banLine l;
    if (!read_line(line, &l)) return line.empty() ? Outcome::recognized : Outcome::unrecognized;
    SyslogRecord rec;
    rec.time = l.time;
    rec.program = "fail2ban";
    rec.pid = l.pid;
    rec.message = l.message;
    return read_message(rec, path_, line_no, sink);
  }

 private:
  std::string path_;
};

class Fail2banProgramParser final : public ProgramParser {
 public:
  explicit Fail2banProgramParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }
  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    return read_message(rec, path_, line_no, sink);
  }

 private:
  std::string path_;
};

}  // namespace

int fail2ban_sniff(sv head) {
  return percent_of_head_lines(head, [](sv line) {
    Fail2banLine l;
    return read_line(line, &l);
  });
}

std::unique_ptr<LineParser> make_fail2ban_parser(const FileContext& file) {
  return std::make_unique<Fail2banParser>(file);
}

// "fail2ban.filter", "fail2ban.actions", "fail2ban-server": the logger's
// names, as syslog and the journal carry them.
bool fail2ban_claims_program(sv program) { return program.starts_with("fail2ban"); }

std::unique_ptr<ProgramParser> make_fail2ban_program_parser(const FileContext& file) {
  return std::make_unique<Fail2banProgramParser>(file);
}

}  // namespace mailtriage
