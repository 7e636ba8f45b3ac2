#include "parsers/stalwart.h"

#include <string>
#include <unordered_map>

#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/bounce_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "stalwart.log";
// Queue ids whose failed attempt was reported, so that the DSN that restates
// it is not a second failure; a bound on what a log can make it hold.
constexpr size_t kMaxReported = size_t(1) << 16;

// What an event is here: how it is reported, or that it is not.
enum class Kind : uint8_t {
  outbound,       // a delivery attempt's failure: bounced (5xx), deferred (4xx) or failed (no reply)
  dsn_permanent,  // the DSN of a failure: bounced, unless its attempt was reported
  dsn_temporary,  // the delay DSN: deferred, likewise
  inbound,        // Stalwart refused a client's command or message
  check_failed,   // SPF, DKIM, ARC, reverse DNS or DMARC failed: a refusal when the check is
                  // strict (or DMARC's policy is reject), else only a verdict the filter weighs
  login,          // a failed login
  tls,            // a failed TLS handshake with a client
  delivered,
};

struct EventKind {
  sv id;
  Kind kind;
};

// Stalwart's event ids that report something (crates/trc: EventType::as_str).
constexpr EventKind kEvents[] = {
    {"delivery.connect-error", Kind::outbound},
    {"delivery.greeting-failed", Kind::outbound},
    {"delivery.ehlo-rejected", Kind::outbound},
    {"delivery.mx-lookup-failed", Kind::outbound},
    {"delivery.ip-lookup-failed", Kind::outbound},
    {"delivery.null-mx", Kind::outbound},
    {"delivery.missing-outbound-hostname", Kind::outbound},
    {"delivery.auth-failed", Kind::outbound},
    {"delivery.mail-from-rejected", Kind::outbound},
    {"delivery.rcpt-to-rejected", Kind::outbound},
    {"delivery.rcpt-to-failed", Kind::outbound},
    {"delivery.message-rejected", Kind::outbound},
    {"delivery.start-tls-unavailable", Kind::outbound},
    {"delivery.start-tls-error", Kind::outbound},
    {"delivery.implicit-tls-error", Kind::outbound},
    {"delivery.concurrency-limit-exceeded", Kind::outbound},
    {"delivery.rate-limit-exceeded", Kind::outbound},
    {"delivery.failed", Kind::outbound},
    {"delivery.dsn-perm-fail", Kind::dsn_permanent},
    {"delivery.dsn-temp-fail", Kind::dsn_temporary},
    {"delivery.delivered", Kind::delivered},
    {"smtp.mailbox-does-not-exist", Kind::inbound},
    {"smtp.relay-not-allowed", Kind::inbound},
    {"smtp.message-too-large", Kind::inbound},
    {"smtp.request-too-large", Kind::inbound},
    {"smtp.rate-limit-exceeded", Kind::inbound},
    {"smtp.concurrency-limit-exceeded", Kind::inbound},
    {"smtp.time-limit-exceeded", Kind::inbound},
    {"smtp.too-many-messages", Kind::inbound},
    {"smtp.too-many-recipients", Kind::inbound},
    {"smtp.too-many-invalid-rcpt", Kind::inbound},
    {"smtp.rcpt-to-greylisted", Kind::inbound},
    {"smtp.mail-from-unauthenticated", Kind::inbound},
    {"smtp.mail-from-unauthorized", Kind::inbound},
    {"smtp.mail-from-not-allowed", Kind::inbound},
    {"smtp.invalid-ehlo", Kind::inbound},
    {"smtp.did-not-say-ehlo", Kind::inbound},
    {"smtp.message-parse-failed", Kind::inbound},
    {"smtp.loop-detected", Kind::inbound},
    {"smtp.auth-not-allowed", Kind::inbound},
    {"smtp.auth-mechanism-not-supported", Kind::inbound},
    {"smtp.invalid-sender-address", Kind::inbound},
    {"smtp.invalid-recipient-address", Kind::inbound},
    {"smtp.dmarc-fail", Kind::check_failed},
    {"smtp.spf-ehlo-fail", Kind::check_failed},
    {"smtp.spf-from-fail", Kind::check_failed},
    {"smtp.dkim-fail", Kind::check_failed},
    {"smtp.arc-fail", Kind::check_failed},
    {"smtp.iprev-fail", Kind::check_failed},
    {"auth.failed", Kind::login},
    {"auth.too-many-attempts", Kind::login},
    {"security.authentication-ban", Kind::login},
    {"security.brute-force-ban", Kind::login},
    {"tls.handshake-error", Kind::tls},
};

const EventKind* event_kind(sv id) {
  for (const EventKind& e : kEvents)
    if (e.id == id) return &e;
  return nullptr;
}

bool is_level(sv word) {
  return word == "INFO" || word == "WARN" || word == "ERROR" || word == "DEBUG" || word == "TRACE";
}

// The parts of an event line.
struct EventLine {
  Timestamp time;
  sv description, id, fields;
};

// "2025-07-08T06:07:04Z INFO Description (family.name) fields": false for anything else.
bool split_event(sv line, EventLine* out) {
  const size_t used = scan_rfc3339(line, &out->time);
  if (!used || used + 1 >= line.size() || line[used] != ' ') return false;
  sv rest = line.substr(used + 1);
  const size_t sp = rest.find(' ');
  if (sp == npos || !is_level(rest.substr(0, sp))) return false;
  rest.remove_prefix(sp + 1);
  // The id: the first "(word.word)" followed by a space or the end.
  for (size_t open = rest.find(" ("); open != npos; open = rest.find(" (", open + 1)) {
    const size_t close = rest.find(')', open + 2);
    if (close == npos) return false;
    const sv id = rest.substr(open + 2, close - open - 2);
    if (id.find('.') == npos || id.find(' ') != npos || id.empty()) continue;
    if (close + 1 < rest.size() && rest[close + 1] != ' ') continue;
    out->description = rest.substr(0, open);
    out->id = id;
    out->fields = close + 2 <= rest.size() ? rest.substr(close + 2) : sv();
    return true;
  }
  return false;
}

// The value of `key` ("hostname", "code") in the fields: its first
// occurrence at any depth, a quoted value without its quotes, a list's
// first quoted entry, else up to the next ',', ' ' or '}'.
sv field(sv fields, sv key) {
  for (size_t at = fields.find(key); at != npos; at = fields.find(key, at + 1)) {
    if (at > 0 && fields[at - 1] != ' ' && fields[at - 1] != '{') continue;
    if (fields.substr(at + key.size(), 3) != " = ") continue;
    sv v = fields.substr(at + key.size() + 3);
    if (!v.empty() && v.front() == '[') {
      const size_t quote = v.find('"');
      if (quote == npos || quote > v.find(']')) return {};
      v.remove_prefix(quote);
    }
    if (!v.empty() && v.front() == '"') {
      size_t close = 1;
      while (close < v.size() && v[close] != '"') close += v[close] == '\\' ? 2 : 1;
      return v.substr(1, std::min(close, v.size()) - 1);
    }
    const size_t end = v.find_first_of(", }");
    return v.substr(0, end);
  }
  return {};
}

// Every value of `key`, in order (a nested cause's "details" and "reason" both count).
template <typename F>
void each_field(sv fields, sv key, F&& f) {
  for (size_t at = fields.find(key); at != npos; at = fields.find(key, at + key.size())) {
    if (at > 0 && fields[at - 1] != ' ' && fields[at - 1] != '{') continue;
    if (fields.substr(at + key.size(), 3) != " = ") continue;
    const sv value = field(fields.substr(at), key);
    if (!value.empty()) f(value);
  }
}

// What the two readers below share: an event's report, and the queue ids
// whose attempts were reported.
class StalwartEvents {
 public:
  explicit StalwartEvents(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) { path_.assign(next.path); }

  // `rec` is the envelope the event came in (empty for a bare line).
  Outcome read(const EventLine& e, SyslogRecord rec, uint64_t line_no, EventSink& sink) {
    const sv queue_id = field(e.fields, "queueId");
    // A message whose attempt failed put back in the queue: it failed for now.
    if (e.id == "queue.rescheduled") {
      if (auto it = reported_.find(queue_id); it != reported_.end()) it->second = true;
      return Outcome::recognized;
    }
    const EventKind* kind = event_kind(e.id);
    if (!kind) return Outcome::recognized;
    if (kind->kind == Kind::check_failed && !bounce::iequals(field(e.fields, "strict"), "true") &&
        !bounce::iequals(field(e.fields, "policy"), "reject"))
      return Outcome::recognized;
    // A DSN after a reported attempt: the same failure told to the sender, unless
    // it is the permanent one for a message that was put back in the queue
    // after its attempt (queue.rescheduled): the queue gave up on it.
    bool gave_up = false;
    if ((kind->kind == Kind::dsn_permanent || kind->kind == Kind::dsn_temporary) && !queue_id.empty()) {
      if (auto it = reported_.find(queue_id); it != reported_.end()) {
        gave_up = kind->kind == Kind::dsn_permanent && it->second;
        if (kind->kind == Kind::dsn_permanent) reported_.erase(it);
        if (!gave_up) return Outcome::recognized;
      }
    }
    rec.time = e.time;
    rec.program = "stalwart";
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.local_id = queue_id;
    ev.from_address = field(e.fields, "from");
    ev.to_address = field(e.fields, "to");
    if (ev.from_address == "<>") ev.from_address = {};
    compose_diagnostic(e, kind->kind == Kind::outbound ? field(e.fields, "remoteIp") : sv());
    ev.diagnostic = diagnostic_;
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    const sv remote = field(e.fields, "remoteIp");
    const bool inbound = kind->kind == Kind::inbound || kind->kind == Kind::check_failed ||
                         kind->kind == Kind::login || kind->kind == Kind::tls;
    if (inbound) {
      if (looks_like_ip_address(remote)) ev.source_ip = remote;
    } else {
      ev.destination_domain = field(e.fields, "hostname");
      if (ev.destination_domain.empty()) ev.destination_domain = field(e.fields, "domain");
      if (looks_like_ip_address(remote)) ev.destination_ip = remote;
    }
    switch (kind->kind) {
      case Kind::delivered: ev.action = Action::delivered; break;
      case Kind::inbound:
      case Kind::check_failed: ev.action = Action::rejected; break;
      case Kind::login: ev.action = Action::failed; ev.smtp_command = "AUTH"; break;
      case Kind::tls: ev.action = Action::failed; ev.smtp_command = "STARTTLS"; break;
      case Kind::dsn_permanent: ev.action = gave_up ? Action::expired : Action::bounced; break;
      case Kind::dsn_temporary: ev.action = Action::deferred; ev.hard = Tristate::no; break;
      case Kind::outbound:
        // A reply decides; without one (a connection, a lookup) the attempt failed.
        ev.action = ev.reply_code >= 500 ? Action::bounced : ev.reply_code >= 400 ? Action::deferred : Action::failed;
        if (!queue_id.empty()) {
          if (reported_.size() >= kMaxReported) reported_.clear();
          reported_[std::string(queue_id)] = false;  // until it is rescheduled
        }
        break;
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  // "Connection error (delivery.connect-error): I/O Error: Connection timed out (os error 110)",
  // "Message rejected (delivery.message-rejected): 550 5.7.1 ...": the event, then its reply's code
  // and its details and reasons, as they come.
  // (An attempt's remote address follows, "to [2001:db8::1]": over IPv6 an unreachable
  // network is a route missing here.)
  void compose_diagnostic(const EventLine& e, sv remote) {
    diagnostic_.assign(e.description).append(" (").append(e.id).push_back(')');
    if (looks_like_ip_address(remote)) diagnostic_.append(" to [").append(remote).push_back(']');
    // The reply's code opens the text as an MTA quotes a reply ("550 Recipient ..."); the
    // details and reasons follow each other as Stalwart nests them ("I/O Error: Connection ...").
    const sv code = field(e.fields, "code");
    if (!code.empty()) diagnostic_.append(": ").append(code);
    bool after_code = !code.empty();
    auto add = [&](sv part) {
      diagnostic_.append(after_code ? " " : ": ");
      after_code = false;
      diagnostic_.append(part);
    };
    each_field(e.fields, "details", add);
    each_field(e.fields, "reason", add);
  }

  std::string path_;
  std::string diagnostic_;
  std::unordered_map<std::string, bool, TextHash, std::equal_to<>> reported_;  // queue id of a reported attempt -> rescheduled since
};

class StalwartParser final : public LineParser {
 public:
  explicit StalwartParser(const FileContext& file) : events_(file), years_(file.mtime) {}
  bool continue_with(const FileContext& next) override {
    events_.continue_with(next);
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) return Outcome::recognized;
    EventLine e;
    SyslogRecord rec;
    if (!split_event(line, &e)) {
      // Behind a journal's or syslog's envelope ("... stalwart[1895]: 2025-08-11T14:41:00Z TRACE ...").
      if (!parse_syslog_line(line, years_, &rec) || !split_event(rec.message, &e)) return Outcome::unrecognized;
    }
    return events_.read(e, rec, line_no, sink);
  }

 private:
  StalwartEvents events_;
  YearInference years_;
};

// Its events in a system log beside other programs' (program stalwart).
class StalwartProgramParser final : public ProgramParser {
 public:
  explicit StalwartProgramParser(const FileContext& file) : events_(file) {}
  void continue_with(const FileContext& next) override { events_.continue_with(next); }
  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    EventLine e;
    if (!split_event(rec.message, &e)) return Outcome::recognized;  // its startup notes
    return events_.read(e, rec, line_no, sink);
  }

 private:
  StalwartEvents events_;
};

bool looks_like_event(sv line) {
  EventLine e;
  return split_event(line, &e);
}

}  // namespace

int stalwart_sniff(sv head) { return percent_of_head_lines(head, looks_like_event); }

std::unique_ptr<LineParser> make_stalwart_parser(const FileContext& file) {
  return std::make_unique<StalwartParser>(file);
}

bool stalwart_claims_program(sv program) { return program == "stalwart" || program == "stalwart-mail"; }

std::unique_ptr<ProgramParser> make_stalwart_program_parser(const FileContext& file) {
  return std::make_unique<StalwartProgramParser>(file);
}

}  // namespace mailtriage
