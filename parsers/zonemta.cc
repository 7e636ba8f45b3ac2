#include "parsers/zonemta.h"

#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "zonemta.log";

// npmlog's level names as ZoneMTA writes them before its prefix.
bool is_level(sv word) {
  for (sv level : {"silly", "sill", "verbose", "verb", "info", "http", "timing", "notice", "warn", "WARN", "error",
                   "ERR!", "silent"})
    if (word == level) return true;
  return false;
}

// "... DEFERRED[network] from=..." -> the outcome's word and where its fields start.
struct Outcome_ {
  Action action = Action::none;
  size_t fields = npos;
};
Outcome_ find_outcome(sv m) {
  for (const auto& [word, action] : {std::pair<sv, Action>{" DEFERRED[", Action::deferred},
                                     std::pair<sv, Action>{" REJECTED[", Action::bounced}}) {
    const size_t at = m.find(word);
    if (at == npos) continue;
    const size_t close = m.find(']', at + word.size());
    if (close == npos) continue;
    return {action, close + 1};
  }
  return {};
}

// The reason in the last parentheses, "(...)", which close the line (a long
// reason may have been cut by the log shipper: then up to the end).
sv trailing_reason(sv fields) {
  const size_t id = fields.find(" id=<");
  size_t open = fields.find(" (", id == npos ? 0 : id);
  if (open == npos) return {};
  sv reason = fields.substr(open + 2);
  while (!reason.empty() && (reason.back() == '\r' || reason.back() == ' ')) reason.remove_suffix(1);
  if (reason.ends_with(')')) reason.remove_suffix(1);
  return reason;
}

class ZoneMtaParser final : public ProgramParser {
 public:
  explicit ZoneMtaParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    const sv m = rec.message;
    const size_t space = m.find(' ');
    if (space == npos || !is_level(m.substr(0, space))) return Outcome::unrecognized;
    const Outcome_ outcome = find_outcome(m);
    if (outcome.action == Action::none) {
      // A STARTTLS that failed, after which the same connection goes on in
      // plaintext ("ERRCONNECT [..] Failed to connect to mx[ip] using STARTTLS,
      // proceeding with plaintext. <OpenSSL's error>"): no outcome line says it.
      if (const size_t at = m.find(" using STARTTLS, proceeding with plaintext"); at != npos)
        return tls_fallback(rec, m, at, line_no, sink);
      return Outcome::recognized;
    }
    const sv fields = m.substr(outcome.fields);
    Event ev = record_event(rec, outcome.action, kDataset, path_, line_no);
    ev.from_address = field_value(fields, "from=");
    ev.to_address = field_value(fields, "to=");
    ev.destination_domain = field_value(fields, "mx=");
    ev.message_id = strip_angle_brackets(field_value(fields, "id="));
    // "18e2b4d8ef2000845b.001": the queue's id of the message, then the recipient's number.
    const sv before = m.substr(0, outcome.fields);
    if (const size_t dot = before.rfind('.'); dot != npos) {
      const size_t start = before.rfind(' ', dot);
      if (start != npos) ev.local_id = before.substr(start + 1, dot - start - 1);
    }
    ev.diagnostic = trailing_reason(fields);
    if (ev.diagnostic.empty()) ev.diagnostic = m.substr(space + 1);
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    if (outcome.action == Action::deferred) ev.hard = Tristate::no;
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  Outcome tls_fallback(const SyslogRecord& rec, sv m, size_t at, uint64_t line_no, EventSink& sink) {
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.smtp_command = "STARTTLS";
    const size_t to = m.rfind("Failed to connect to ", at);
    if (to != npos) {
      const sv host = m.substr(to + 21, at - to - 21);  // "mx.example.net[192.0.2.153]"
      const size_t bracket = host.find('[');
      ev.destination_domain = host.substr(0, bracket);
      if (bracket != npos && host.ends_with(']')) ev.destination_ip = host.substr(bracket + 1, host.size() - bracket - 2);
      ev.diagnostic = m.substr(to);
    } else {
      ev.diagnostic = m;
    }
    sink.on_tally(Tally::tls_failure, rec.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  std::string path_;
};

}  // namespace

bool zonemta_claims_program(sv program) { return program == "zone-mta" || program == "zonemta"; }

std::unique_ptr<ProgramParser> make_zonemta_parser(const FileContext& file) {
  return std::make_unique<ZoneMtaParser>(file);
}

}  // namespace mailtriage
