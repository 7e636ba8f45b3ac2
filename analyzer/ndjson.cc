#include "analyzer/ndjson.h"

#include "analyzer/json_writer.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

// Each field's opening as written after the object's first field, one
// append: a field written as '{' or ',' and quote, name, quote and colon was
// four appends, and an event has thirty fields.
#define MT_FIELD(name) ",\"" name "\":"

struct ObjectWriter {
  std::string& out;
  void key(std::string_view opening) { out.append(opening.data(), opening.size()); }
  void str(std::string_view opening, std::string_view v) {
    if (v.empty()) return;
    key(opening);
    append_json_string(out, v);
  }
  void num(std::string_view opening, int64_t v) {
    key(opening);
    append_int(out, v);
  }
  void boolean(std::string_view opening, bool v) {
    key(opening);
    out += v ? "true" : "false";
  }
};

}  // namespace

void append_event_ndjson(std::string& out, const Event& e) {
  ObjectWriter w{out};
  out += "{\"schema_version\":";
  append_json_string(out, kSchemaVersion);
  if (e.time.valid) {
    char ts[32];
    size_t n = format_rfc3339_utc(e.time.epoch_us, ts);
    w.str(MT_FIELD("@timestamp"), std::string_view(ts, n));
    int64_t secs = e.time.epoch_us >= 0 ? e.time.epoch_us / 1000000 : (e.time.epoch_us - 999999) / 1000000;
    w.num(MT_FIELD("event.epoch"), secs);
    if (e.time.year_inferred) w.boolean(MT_FIELD("time.inferred_year"), true);
  }
  w.str(MT_FIELD("event.action"), action_name(e.action));
  w.str(MT_FIELD("event.dataset"), e.dataset);
  w.str(MT_FIELD("event.code"), e.rule_id);
  if (e.delay_ms >= 0) w.num(MT_FIELD("event.duration"), e.delay_ms * 1000000);
  w.str(MT_FIELD("log.file.path"), e.file_path);
  if (e.file_line) w.num(MT_FIELD("log.file.line"), int64_t(e.file_line));
  w.str(MT_FIELD("host.name"), e.host_name);
  w.str(MT_FIELD("process.name"), e.process_name);
  if (e.process_pid) w.num(MT_FIELD("process.pid"), e.process_pid);
  w.str(MT_FIELD("email.local_id"), e.local_id);
  w.str(MT_FIELD("email.message_id"), e.message_id);
  w.str(MT_FIELD("email.subject"), e.subject);
  w.str(MT_FIELD("email.from.address"), e.from_address);
  w.str(MT_FIELD("email.to.address"), e.to_address);
  w.str(MT_FIELD("email.to.domain"), domain_of_address(e.to_address));
  w.str(MT_FIELD("destination.domain"), e.destination_domain);
  w.str(MT_FIELD("destination.ip"), e.destination_ip);
  if (e.destination_port) w.num(MT_FIELD("destination.port"), e.destination_port);
  w.str(MT_FIELD("source.domain"), e.source_domain);
  w.str(MT_FIELD("source.ip"), e.source_ip);
  if (e.reply_code) w.num(MT_FIELD("smtp.reply_code"), e.reply_code);
  w.str(MT_FIELD("smtp.enhanced_status"), e.enhanced_status);
  w.str(MT_FIELD("smtp.command"), e.smtp_command);
  w.str(MT_FIELD("smtp.diagnostic"), e.diagnostic);
  w.str(MT_FIELD("smtp.feedback_type"), e.feedback_type);
  if (e.hard != Tristate::unknown) w.boolean(MT_FIELD("smtp.hard"), e.hard == Tristate::yes);
  w.str(MT_FIELD("triage.cause"), e.cause);
  w.str(MT_FIELD("triage.reason"), e.reason);
  w.str(MT_FIELD("triage.evidence"), e.evidence);
  w.str(MT_FIELD("triage.overrides"), e.overridden_rule);
  w.str(MT_FIELD("triage.remediation"), e.remediation);
  if (e.recipient_index) w.num(MT_FIELD("triage.recipient_index"), e.recipient_index);
  if (e.action == Action::diagnosis) {
    w.str(MT_FIELD("triage.diagnosis"), e.diagnosis_detail);
    w.key(MT_FIELD("triage.confidence"));
    append_double(out, e.confidence, 2);
  }
  out += "}\n";
}

#undef MT_FIELD

}  // namespace mailtriage
