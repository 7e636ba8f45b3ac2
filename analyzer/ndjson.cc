#include "analyzer/ndjson.h"

#include "analyzer/json_writer.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

struct ObjectWriter {
  std::string& out;
  bool first = true;
  void key(std::string_view k) {
    out += first ? "{\"" : ",\"";
    first = false;
    out += k;
    out += "\":";
  }
  void str(std::string_view k, std::string_view v) {
    if (v.empty()) return;
    key(k);
    append_json_string(out, v);
  }
  void num(std::string_view k, int64_t v) {
    key(k);
    append_int(out, v);
  }
  void boolean(std::string_view k, bool v) {
    key(k);
    out += v ? "true" : "false";
  }
};

}  // namespace

void append_event_ndjson(std::string& out, const Event& e) {
  ObjectWriter w{out};
  w.str("schema_version", kSchemaVersion);
  if (e.time.valid) {
    char ts[32];
    size_t n = format_rfc3339_utc(e.time.epoch_us, ts);
    w.str("@timestamp", std::string_view(ts, n));
    int64_t secs = e.time.epoch_us >= 0 ? e.time.epoch_us / 1000000 : (e.time.epoch_us - 999999) / 1000000;
    w.num("event.epoch", secs);
    if (e.time.year_inferred) w.boolean("time.inferred_year", true);
  }
  w.str("event.action", action_name(e.action));
  w.str("event.dataset", e.dataset);
  w.str("event.code", e.rule_id);
  if (e.delay_ms >= 0) w.num("event.duration", e.delay_ms * 1000000);
  w.str("log.file.path", e.file_path);
  if (e.file_line) w.num("log.file.line", int64_t(e.file_line));
  w.str("host.name", e.host_name);
  w.str("process.name", e.process_name);
  if (e.process_pid) w.num("process.pid", e.process_pid);
  w.str("email.local_id", e.local_id);
  w.str("email.message_id", e.message_id);
  w.str("email.subject", e.subject);
  w.str("email.from.address", e.from_address);
  w.str("email.to.address", e.to_address);
  w.str("email.to.domain", domain_of_address(e.to_address));
  w.str("destination.domain", e.destination_domain);
  w.str("destination.ip", e.destination_ip);
  if (e.destination_port) w.num("destination.port", e.destination_port);
  w.str("source.domain", e.source_domain);
  w.str("source.ip", e.source_ip);
  if (e.reply_code) w.num("smtp.reply_code", e.reply_code);
  w.str("smtp.enhanced_status", e.enhanced_status);
  w.str("smtp.command", e.smtp_command);
  w.str("smtp.diagnostic", e.diagnostic);
  w.str("smtp.feedback_type", e.feedback_type);
  if (e.hard != Tristate::unknown) w.boolean("smtp.hard", e.hard == Tristate::yes);
  w.str("triage.cause", e.cause);
  w.str("triage.reason", e.reason);
  w.str("triage.evidence", e.evidence);
  w.str("triage.overrides", e.overridden_rule);
  w.str("triage.remediation", e.remediation);
  if (e.recipient_index) w.num("triage.recipient_index", e.recipient_index);
  if (e.action == Action::diagnosis) {
    w.str("triage.diagnosis", e.diagnosis_detail);
    w.key("triage.confidence");
    append_double(out, e.confidence, 2);
  }
  out += "}\n";
}

}  // namespace mailtriage
