#include "parsers/zimbra.h"

#include <string>

#include "parsers/client.h"
#include "parsers/registry.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "zimbra.log";

// One log4j record: "2025-05-13 06:25:45,106 INFO  [thread] [context] category - message".
struct Log4jRecord {
  Timestamp time;
  sv context;   // "ip=192.0.2.25;oip=203.0.113.14;" (may be empty)
  sv category;  // "security", "lmtp", "soap", ...
  sv message;
};

bool read_record(sv line, Log4jRecord* r) {
  // The date and time, then a comma before the milliseconds (log4j's ISO8601 layout).
  const size_t stamp = scan_rfc3339(line.substr(0, 19), &r->time);
  if (stamp != 19 || line.size() < 24 || line[19] != ',') return false;
  int ms = 0;
  for (size_t i = 20; i < 23; ++i) {
    if (line[i] < '0' || line[i] > '9') return false;
    ms = ms * 10 + (line[i] - '0');
  }
  r->time.epoch_us += int64_t(ms) * 1000;
  sv rest = line.substr(23);
  // The level, padded to five letters, and the thread's name in brackets.
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  const size_t level_end = rest.find(' ');
  if (level_end == npos || level_end == 0 || level_end > 5) return false;
  rest.remove_prefix(level_end);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  if (!rest.starts_with('[')) return false;
  const size_t thread_end = rest.find("] [");
  if (thread_end == npos) return false;
  rest.remove_prefix(thread_end + 3);
  const size_t context_end = rest.find("] ");
  if (context_end == npos) return false;
  r->context = rest.substr(0, context_end);
  rest.remove_prefix(context_end + 2);
  const size_t dash = rest.find(" - ");
  if (dash == npos || dash == 0 || rest.substr(0, dash).find(' ') != npos) return false;
  r->category = rest.substr(0, dash);
  r->message = rest.substr(dash + 3);
  return true;
}

// "key=value;" in the context block or the security record ("account=a@x; protocol=imap;").
sv semicolon_field(sv s, sv key) {
  for (size_t at = s.find(key); at != npos; at = s.find(key, at + 1)) {
    if (at != 0 && s[at - 1] != ';' && s[at - 1] != ' ') continue;
    const sv value = s.substr(at + key.size());
    return value.substr(0, value.find(';'));
  }
  return {};
}

class ZimbraParser final : public LineParser {
 public:
  explicit ZimbraParser(const FileContext& file) : path_(file.path), others_(make_client_parser(file)) {}
  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    return others_->continue_with(next);
  }
  void finish(EventSink& sink) override { others_->finish(sink); }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    Log4jRecord r;
    // A refused login, as the security category records every login:
    // "cmd=Auth; account=a@x; protocol=imap; error=authentication failed for
    // [a@x], invalid password;" (cmd=AdminAuth for the console). The SOAP
    // handler's "handler exception: authentication failed for ..." after it
    // is the same refusal; a login without "error=" went through.
    if (read_record(line, &r) && r.category == "security" &&
        (r.message.starts_with("cmd=Auth;") || r.message.starts_with("cmd=AdminAuth;"))) {
      const sv error = semicolon_field(r.message, "error=");
      if (error.empty()) return Outcome::recognized;
      SyslogRecord rec;
      rec.time = r.time;
      rec.program = "mailboxd";
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = error;
      ev.smtp_command = "AUTH";
      ev.from_address = semicolon_field(r.message, "account=");
      // The client's own address: oip= behind the proxy (nginx), else ip=.
      ev.source_ip = semicolon_field(r.context, "oip=");
      if (ev.source_ip.empty()) ev.source_ip = semicolon_field(r.context, "ip=");
      if (const size_t comma = ev.source_ip.find(','); comma != npos) ev.source_ip = ev.source_ip.substr(0, comma);
      sink.on_tally(Tally::sasl_failure, r.time);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if ((r.category == "SoapEngine" || r.category == "soap") &&
        r.message.starts_with("handler exception: authentication failed for "))
      return Outcome::recognized;
    // A service exception's own lines under the record that logged it ("ExceptionId:LmtpServer-27:...",
    // "Code:mail.QUOTA_EXCEEDED Arg:(...)"): details of the exception line above them.
    if (line.starts_with("ExceptionId:") || line.starts_with("Code:")) return Outcome::recognized;
    // Everything else as an application's log: its sends, its exceptions.
    return others_->parse_line(line, line_no, sink);
  }

 private:
  std::string path_;
  std::unique_ptr<LineParser> others_;
};

}  // namespace

int zimbra_sniff(sv head) {
  return percent_of_head_lines(head, [](sv line) {
    Log4jRecord r;
    // The context block is what tells Zimbra's records from other log4j logs.
    return read_record(line, &r) && (r.context.empty() || r.context.back() == ';');
  });
}

std::unique_ptr<LineParser> make_zimbra_parser(const FileContext& file) {
  return std::make_unique<ZimbraParser>(file);
}

}  // namespace mailtriage
