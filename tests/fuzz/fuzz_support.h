// What every fuzz target does with the events a parser gives: what the
// pipeline does with them (classify, diagnose, report, write ndjson), so a
// parser's garbage reaches every stage above it too. Every string_view of an
// event is read byte by byte, so that ASan reports a view into freed or
// foreign memory at the parser that made it, not somewhere later.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/ndjson.h"
#include "analyzer/report.h"
#include "classifiers/classifier.h"
#include "classifiers/diagnosis.h"
#include "parsers/event.h"
#include "parsers/parser.h"

namespace mailtriage::fuzzing {

// A fixed "now" and file time: the syslog year inference must not depend on the clock.
inline constexpr std::time_t kPinnedNow = 1735689600;  // 2025-01-01T00:00:00Z

inline FileContext pinned_context(std::string_view path) {
  FileContext ctx;
  ctx.path = path;
  ctx.mtime = kPinnedNow;
  ctx.now = kPinnedNow;
  return ctx;
}

// Sums the bytes of a view: a read ASan checks, and a value the optimizer must keep.
inline uint64_t touch(std::string_view s) {
  uint64_t sum = s.size();
  for (unsigned char c : s) sum = sum * 31 + c;
  return sum;
}

inline uint64_t touch_event(const Event& e) {
  uint64_t sum = 0;
  for (std::string_view s :
       {e.dataset, e.file_path, e.host_name, e.process_name, e.local_id, e.message_id, e.from_address,
        e.to_address, e.subject, e.destination_domain, e.destination_ip, e.source_domain, e.source_ip,
        e.enhanced_status, e.smtp_command, e.diagnostic, e.feedback_type, e.rule_id, e.cause, e.reason,
        e.remediation, e.evidence, e.overridden_rule, e.reason_hint, e.diagnosis_detail})
    sum += touch(s);
  return sum;
}

// The built-in rule table, compiled once for the whole run (it is the costly step).
inline const Classifier& shared_classifier() {
  static const std::unique_ptr<Classifier> classifier = [] {
    std::string error;
    auto c = Classifier::create(&error);
    if (!c) {
      std::fprintf(stderr, "the rule table does not compile: %s\n", error.c_str());
      std::abort();
    }
    return c;
  }();
  return *classifier;
}

// Where the sums go: a volatile store keeps the optimizer from dropping the reads.
inline volatile uint64_t checksum_sink;

// The pipeline's one-job sink, without the options: every event is touched,
// classified, touched again, counted in a report, seen by the diagnosis
// engine and written as ndjson. One per fuzz input. With `counts_deliveries`
// it tells the parsers, as the reports do without --all-events, that a log's
// delivered records are only counted (parsers then build them slimmer), and
// counts them as the pipeline does.
class PipelineLikeSink final : public EventSink {
 public:
  explicit PipelineLikeSink(bool counts_deliveries = false) : counts_deliveries_(counts_deliveries) {}
  bool counts_deliveries_only() const override { return counts_deliveries_; }

  void on_event(Event& e) override {
    checksum_ += touch_event(e);
    if (counts_deliveries_ && e.action == Action::delivered && e.scope != kScopeMessage) {
      report_.add_delivery(e.time);
      diagnosis_.observe_delivery(e.time, destination_port_of(e));
      return;
    }
    shared_classifier().apply(e, &scratch_);
    checksum_ += touch_event(e);
    report_.add_event(e);
    diagnosis_.observe(e);
    ndjson_.clear();
    append_event_ndjson(ndjson_, e);
    checksum_ += touch(ndjson_);
  }
  void on_tally(Tally t, const Timestamp& time) override { report_.add_tally(t, time); }

  // The end of the input: the diagnoses and both report writers.
  void finish() {
    report_.set_diagnoses(diagnosis_.finish());
    checksum_ += touch(report_.to_text());
    checksum_ += touch(report_.to_json());
    checksum_sink = checksum_;
  }

 private:
  static inline ClassifierScratch scratch_;  // one per thread, as the pipeline keeps it
  const bool counts_deliveries_;
  Report report_;
  DiagnosisEngine diagnosis_;
  std::string ndjson_;
  uint64_t checksum_ = 0;
};

// Calls `each` for every line of `data` as LineReader cuts them: split at
// '\n', a '\r' before it dropped, a last line without '\n' kept.
template <typename Each>
void for_each_line(std::string_view data, Each&& each) {
  uint64_t line_no = 0;
  while (!data.empty()) {
    size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    each(line, ++line_no);
  }
}

}  // namespace mailtriage::fuzzing
