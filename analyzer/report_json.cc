// The json report: the same tables as the text report, for scripts.
#include "analyzer/json_writer.h"
#include "analyzer/ndjson.h"
#include "analyzer/report.h"
#include "classifiers/rule.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

void key(std::string& out, std::string_view k) {
  append_json_string(out, k);
  out.push_back(':');
}

// `prefix` is the separator and key, e.g. ",\"title\":".
void string_member(std::string& out, std::string_view prefix, std::string_view value) {
  out += prefix;
  append_json_string(out, value);
}

// `note`, when given, adds a "remediation" member to the rows it has text for
// (a rule's own advice), as the text report adds a line under them.
void rows(std::string& out, std::string_view name, const std::vector<std::pair<std::string, uint64_t>>& v,
          std::string_view label, std::string_view (*note)(std::string_view) = nullptr) {
  key(out, name);
  out.push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.push_back(',');
    out += "{";
    key(out, label);
    append_json_string(out, v[i].first);
    out += ",\"count\":";
    append_int(out, int64_t(v[i].second));
    if (std::string_view text = note ? note(v[i].first) : std::string_view(); !text.empty())
      string_member(out, ",\"remediation\":", text);
    out += "}";
  }
  out.push_back(']');
}

void time_member(std::string& out, std::string_view prefix, int64_t epoch_us) {
  char buf[32];
  string_member(out, prefix, std::string_view(buf, format_rfc3339_utc(epoch_us, buf)));
}

void string_array(std::string& out, const std::vector<std::string>& values) {
  out += "[";
  for (size_t k = 0; k < values.size(); ++k) {
    if (k) out += ",";
    append_json_string(out, values[k]);
  }
  out += "]";
}

}  // namespace

std::string Report::to_json() const {
  std::string out = "{\"schema_version\":\"";
  out += kSchemaVersion;
  out += "\",";
  if (first_us_ <= last_us_) {
    time_member(out, "\"first_event\":", first_us_);
    time_member(out, ",\"last_event\":", last_us_);
    out.push_back(',');
  }
  key(out, "totals");
  out += "{";
  out += "\"received\":" + std::to_string(tally(Tally::received));
  for (Action a : {Action::delivered, Action::deferred, Action::bounced, Action::rejected, Action::expired,
                   Action::failed, Action::feedback, Action::autoreply})
    out += ",\"" + std::string(action_name(a)) + "\":" + std::to_string(count(a));
  out += ",\"failures\":" + std::to_string(failures());
  out += ",\"sasl_failures\":" + std::to_string(tally(Tally::sasl_failure));
  out += ",\"tls_failures\":" + std::to_string(tally(Tally::tls_failure));
  out += ",\"connections\":" + std::to_string(tally(Tally::connection));
  out += ",\"state_evicted\":" + std::to_string(tally(Tally::state_evicted));
  out += "},";

  key(out, "diagnoses");
  out += "[";
  for (size_t i = 0; i < diagnoses_.size(); ++i) {
    const Diagnosis& d = diagnoses_[i];
    if (i) out += ",";
    string_member(out, "{\"id\":", d.id);
    string_member(out, ",\"title\":", d.title);
    string_member(out, ",\"cause\":", d.cause);
    out += ",\"confidence\":";
    append_double(out, d.confidence, 2);
    out += ",\"count\":" + std::to_string(d.count);
    if (d.window_start_us) {
      time_member(out, ",\"window_start\":", d.window_start_us);
      time_member(out, ",\"window_end\":", d.window_end_us);
    }
    out += ",\"hosts\":";
    string_array(out, d.hosts);
    string_member(out, ",\"evidence\":", d.evidence);
    string_member(out, ",\"remediation\":", d.remediation);
    out += "}";
  }
  out += "],";
  key(out, "causes");
  out += "[";
  bool first = true;
  for (size_t i = 0; i < kCauses; ++i) {
    if (!causes_[i]) continue;
    if (!first) out += ",";
    first = false;
    string_member(out, "{\"cause\":", cause_name(Cause(i)));
    out += ",\"count\":" + std::to_string(causes_[i]);
    string_member(out, ",\"remediation\":", cause_remediation_[i]);
    out += ",";
    rows(out, "recipient_domains", domains_by_cause_[i].top(top_), "domain");
    out += ",";
    rows(out, "remote_hosts", relays_by_cause_[i].top(top_), "host");
    out += "}";
  }
  out += "],";
  rows(out, "reasons", reasons_.top(top_), "reason");
  out += ",";
  rows(out, "reply_codes", reply_codes_.top(top_), "reply_code");
  out += ",";
  rows(out, "enhanced_statuses", statuses_.top(top_), "enhanced_status");
  out += ",";
  rows(out, "rules", rules_.top(top_), "rule", rule_advice);
  out += ",";
  rows(out, "diagnostics", diagnostics_.top(top_), "text");
  out += ",";
  key(out, "bounces");
  out += "{\"hard\":" + std::to_string(bounce_hard_) + ",\"soft\":" + std::to_string(bounce_soft_) + ",";
  rows(out, "causes", bounce_causes_.top(top_), "cause");
  out += ",";
  rows(out, "reasons", bounce_reasons_.top(top_), "reason");
  out += ",";
  rows(out, "recipient_domains", bounce_domains_.top(top_), "domain");
  out += ",";
  rows(out, "diagnostics", bounce_diagnostics_.top(top_), "text");
  out += ",";
  rows(out, "reporting_mtas", bounce_reporting_mta_.top(top_), "host");
  out += "},";
  rows(out, "sasl_failure_sources", sasl_sources_.top(top_), "source");
  out += ",";
  rows(out, "tls_failure_sources", tls_sources_.top(top_), "source");
  out += ",";
  key(out, "per_hour");
  out += "[";
  for (size_t h = 0; h < 24; ++h) {
    if (h) out += ",";
    out += "{\"hour\":" + std::to_string(h);
    for (Action a : {Action::delivered, Action::deferred, Action::bounced, Action::rejected, Action::expired,
                     Action::failed})
      out += ",\"" + std::string(action_name(a)) + "\":" + std::to_string(hours_[h][size_t(a)]);
    out += "}";
  }
  out += "],";
  key(out, "inputs");
  out += "[";
  for (size_t i = 0; i < inputs_.size(); ++i) {
    const InputAccount& in = inputs_[i];
    if (i) out += ",";
    string_member(out, "{\"path\":", in.path);
    string_member(out, ",\"format\":", in.format);
    string_member(out, ",\"compression\":", in.compression.empty() ? "none" : in.compression);
    string_member(out, ",\"unit\":", in.messages ? "message" : "line");
    out += ",\"unreadable\":";
    out += in.unreadable ? "true" : "false";
    out += ",\"bytes\":" + std::to_string(in.bytes);
    out += ",\"units\":" + std::to_string(in.units) + ",\"reported\":" + std::to_string(in.reported) +
           ",\"recognized\":" + std::to_string(in.recognized) + ",\"unrecognized\":" + std::to_string(in.unrecognized) +
           ",\"events\":" + std::to_string(in.events) + ",\"outside_window\":" + std::to_string(in.outside_window);
    out += ",\"unrecognized_samples\":[";
    for (size_t k = 0; k < in.unrecognized_samples.size(); ++k) {
      if (k) out += ",";
      out += "{\"at\":" + std::to_string(in.unrecognized_samples[k].first);
      string_member(out, ",\"text\":", in.unrecognized_samples[k].second);
      out += "}";
    }
    out += "],\"problems\":";
    string_array(out, in.problems);
    out += "}";
  }
  out += "]";
  // Past the first kMaxListedInputs, inputs are added up by format; the
  // totals cover every input.
  auto totals = [&](const InputTotals& t) {
    out += "\"files\":" + std::to_string(t.files) + ",\"unreadable\":" + std::to_string(t.unreadable) +
           ",\"need_a_look\":" + std::to_string(t.with_problems) + ",\"bytes\":" + std::to_string(t.bytes) +
           ",\"units\":" + std::to_string(t.units) + ",\"reported\":" + std::to_string(t.reported) +
           ",\"recognized\":" + std::to_string(t.recognized) + ",\"unrecognized\":" + std::to_string(t.unrecognized) +
           ",\"events\":" + std::to_string(t.events) + ",\"outside_window\":" + std::to_string(t.outside_window);
  };
  out += ",\"unlisted_inputs\":[";
  for (size_t i = 0; i < unlisted_.size(); ++i) {
    const InputTotals& t = unlisted_[i];
    if (i) out += ",";
    string_member(out, "{\"format\":", t.format);
    string_member(out, ",\"compression\":", t.compression.empty() ? "none" : t.compression);
    string_member(out, ",\"unit\":", t.messages ? "message" : "line");
    out += ",";
    totals(t);
    out += "}";
  }
  out += "],\"input_totals\":{";
  totals(input_totals_);
  out += ",\"lines\":" + std::to_string(input_line_units_) + ",\"messages\":" + std::to_string(input_message_units_);
  out += "}}\n";
  return out;
}

}  // namespace mailtriage
