// The event model every parser produces and every later stage consumes.
//
// An Event is a view: its strings point into the line buffer, the decoded
// message, or a parser's in-flight state, and are valid only during the
// EventSink::on_event call that delivers it. Sinks that keep anything copy it.
// That is what lets the hot path build events without allocating.
#pragma once

#include <cstdint>
#include <string_view>

namespace mailtriage {

// What happened to the message (ndjson `event.action`).
enum class Action : uint8_t {
  none,        // not a delivery outcome (used for tallies only)
  bounced,     // permanent failure, message returned or dropped
  deferred,    // transient failure, will be retried
  expired,     // retried until the queue lifetime ran out
  rejected,    // refused by our own smtpd (NOQUEUE, postscreen, ...)
  failed,      // a failure that is not about one delivery: SASL, TLS, connect
  delivered,   // sent / delivered DSN
  autoreply,   // RFC 3834 auto-reply (vacation)
  feedback,    // RFC 5965 ARF report
  diagnosis,   // cross-event diagnosis (classifiers/diagnosis)
};
std::string_view action_name(Action a);

// The domain of an address ("bob@example.org" -> "example.org"); empty without '@'.
inline std::string_view domain_of_address(std::string_view address) {
  size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(at + 1);
}

// "<bob@example.org>" -> "bob@example.org"; anything else as it is.
inline std::string_view strip_angle_brackets(std::string_view s) {
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') return s.substr(1, s.size() - 2);
  return s;
}

// The address inside the first "<...>" of a command's argument ("TO:<bob@example.org>",
// "FROM:<a@x>+SIZE=4210" -> "bob@example.org", "a@x"); empty when there is none.
inline std::string_view address_in_angle_brackets(std::string_view s) {
  const size_t open = s.find('<'), close = s.find('>');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return {};
  return s.substr(open + 1, close - open - 1);
}

// An IPv4 or IPv6 literal as logs write it ("192.0.2.7", "2001:db8::1"):
// hex digits with at least one '.' or ':'. A host name is not one.
inline bool looks_like_ip_address(std::string_view a) {
  if (a.size() < 2) return false;
  bool separator = false;
  for (char c : a) {
    if (c == '.' || c == ':') separator = true;
    else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  }
  return separator;
}

// Where the evidence came from; rules may be limited to some of these.
enum Scope : uint8_t {
  kScopeServerLog = 1,  // MTA logs (Postfix, Exim, Sendmail, journald, ...)
  kScopeMessage = 2,    // bounce messages, DSNs, provider notifications
  kScopeClient = 4,     // mail-client and library logs
  kScopeAll = 7,
};

struct Timestamp {
  int64_t epoch_us = 0;       // microseconds since 1970-01-01T00:00:00Z
  bool valid = false;
  bool year_inferred = false; // the source had no year (RFC 3164 syslog)
};

// Tri-state for booleans that may be unknown.
enum class Tristate : uint8_t { unknown, no, yes };

// Event::reason_hint of Postfix postscreen's rejects: its stock reply
// ("450 4.3.2 Service currently unavailable") is a verdict on the client.
inline constexpr std::string_view kPostscreenHint = "postscreen";

// Event::reason_hint of a delivery to port 465 whose server never greeted:
// the text names no port, the relay field does, and a plain-text client on
// the implicit-TLS port waits for a greeting that the server, waiting for a
// TLS handshake, never sends.
inline constexpr std::string_view kNoGreetingOnPort465Hint = "no-greeting-on-port-465";

// Event::reason_hint of a Postfix reject with 4.3.5 ("Server configuration
// problem") that follows its own process's warning that a policy service did
// not answer: the service is down, not the configuration wrong.
inline constexpr std::string_view kPolicyServiceDownHint = "policy-service-down";

struct Event {
  Timestamp time;
  Action action = Action::none;
  uint8_t scope = kScopeServerLog;
  std::string_view dataset;          // event.dataset: "postfix.log", "dsn.message", ...

  std::string_view file_path;        // log.file.path as given by the user
  uint64_t file_line = 0;            // log.file.line, 1-based; 0 = not a line input

  std::string_view host_name;        // host.name: the MTA that logged or reported it
  std::string_view process_name;     // process.name: "postfix/smtp"
  uint32_t process_pid = 0;

  std::string_view local_id;         // email.local_id: queue id
  std::string_view message_id;       // email.message_id
  std::string_view from_address;     // email.from.address
  std::string_view to_address;       // email.to.address
  std::string_view subject;          // email.subject (bounces)

  std::string_view destination_domain;  // remote MTA host name (relay=, Remote-MTA)
  std::string_view destination_ip;
  uint16_t destination_port = 0;
  std::string_view source_domain;    // smtpd client host name
  std::string_view source_ip;

  uint16_t reply_code = 0;           // smtp.reply_code, 0 = absent
  std::string_view enhanced_status;  // smtp.enhanced_status "5.1.1"
  std::string_view smtp_command;     // smtp.command "RCPT"
  std::string_view diagnostic;       // smtp.diagnostic: the remote's (or the program's) text
  std::string_view feedback_type;    // ARF Feedback-Type
  Tristate hard = Tristate::unknown; // smtp.hard; filled by the classifier when unknown

  uint32_t recipient_index = 0;      // triage.recipient_index, 1-based for messages
  int64_t delay_ms = -1;             // Postfix delay=, -1 = absent

  // Filled by the classifier (classifiers/classifier.h); parsers leave them empty
  // unless the format itself names the reason (ARF, provider JSON).
  std::string_view rule_id;          // event.code
  std::string_view cause;            // triage.cause
  std::string_view reason;           // triage.reason
  std::string_view remediation;      // triage.remediation
  std::string_view evidence;         // triage.evidence: "text", "status", "code", "context"
  std::string_view overridden_rule;  // the rule the status/code alone would have chosen
  std::string_view reason_hint;      // a reason named by the format itself (ARF, SES JSON), or kPostscreenHint

  // Diagnosis events only.
  std::string_view diagnosis_detail; // human summary of the evidence
  double confidence = 0.0;
};

// Counters that are not events: the report's totals need them.
enum class Tally : uint8_t {
  received,      // a message entered the queue (qmgr from=, Exim <=)
  removed,       // a message left the queue
  sasl_failure,  // server-side SASL authentication failure
  tls_failure,   // TLS handshake / certificate problem
  connection,    // smtpd connect from
  state_evicted, // a parser dropped a message's state at its memory cap (correlation may be incomplete)
  kCount,
};

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void on_event(Event& event) = 0;
  virtual void on_tally(Tally, const Timestamp&) {}
  // True when a log's delivered records are only counted here (by time and
  // destination port): a parser may then leave out what nothing would read
  // of them (codes, command, delay, sender). Most of a mail log's lines that
  // make events are deliveries.
  virtual bool counts_deliveries_only() const { return false; }
  // A log's delivered record when counts_deliveries_only(): its time, the
  // destination port (0 when the record names none; `text` may name one)
  // and its text are all that is read of it. The default makes the Event;
  // the pipeline's sinks count it without one (most of a log's events are
  // deliveries, and an Event is 480 bytes to clear and fill).
  virtual void on_counted_delivery(const Timestamp& time, uint16_t port, std::string_view text);
};

}  // namespace mailtriage
