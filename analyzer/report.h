// Aggregation of classified events into the report's tables. Memory is bounded
// by distinct keys (each table is capped), never by the number of events.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classifiers/diagnosis.h"
#include "classifiers/rule.h"
#include "parsers/event.h"
#include "parsers/short_text.h"

namespace mailtriage {

// A counter table keyed by string, capped at `limit` distinct keys; counts for
// keys that arrive after the cap go to `overflow`. Every failure event adds to
// half a dozen of these, so it is a flat table: rows in first-seen order, an
// open-addressed index of row numbers at most half full, each row's hash kept
// to skip comparing keys that only share a slot. (A node-based hash map with
// std::hash: CountTable::add and its hashing took ~19 ms of the 200 MB log's
// --jobs 1 run, a pointer chase and a key compare per add; this ~10 ms, perf.)
// Rows are kept in first-seen order: nothing the table gives depends on hashing.
class CountTable {
 public:
  explicit CountTable(size_t limit = 10000) : limit_(limit) {}
  void add(std::string_view key, uint64_t n = 1);
  // Rows by count (descending), then key; at most `top` (0 = all).
  std::vector<std::pair<std::string, uint64_t>> top(size_t top) const;
  uint64_t overflow() const { return overflow_; }
  bool empty() const { return rows_.empty(); }
  size_t size() const { return rows_.size(); }

 private:
  struct Row {
    std::string key;
    uint64_t count = 0;
    uint64_t hash = 0;
  };
  void grow();
  size_t limit_;
  std::vector<Row> rows_;
  std::vector<uint32_t> index_;  // row number + 1; 0 = empty; a power of two long
  uint64_t overflow_ = 0;
};

// What happened to each input: every line or message is accounted for.
struct InputAccount {
  std::string path;
  std::string format;        // "syslog", "client", "bounce", ...
  std::string compression;   // "none", "gzip", ...
  bool messages = false;     // units are messages, not lines
  bool unreadable = false;   // could not be opened at all
  uint64_t bytes = 0;
  uint64_t units = 0, reported = 0, recognized = 0, unrecognized = 0;
  uint64_t events = 0, outside_window = 0;
  std::vector<std::pair<uint64_t, std::string>> unrecognized_samples;  // (line or message no, text)
  std::vector<std::string> problems;  // damaged input, cut lines, read errors
  // An input read ahead on a worker thread keeps its stderr lines here until
  // it is delivered, so stderr keeps the input order.
  bool defer_stderr = false;
  std::string pending_stderr;
};

// Inputs added up by format: the accounting of inputs past the listed ones,
// and of all of them.
struct InputTotals {
  std::string format;
  std::string compression;
  bool messages = false;
  uint64_t files = 0, unreadable = 0;
  uint64_t with_problems = 0;  // unreadable, damaged, or with unrecognized units: worth a look
  uint64_t bytes = 0, units = 0, reported = 0, recognized = 0, unrecognized = 0, events = 0, outside_window = 0;
  void add(const InputAccount& in);
  void add(const InputTotals& other);  // the counts; the labels stay
  bool same_kind(const InputTotals& other) const {
    return format == other.format && compression == other.compression && messages == other.messages;
  }
};

struct ActionCounts {
  std::array<uint64_t, 10> by_action{};  // indexed by Action
};

class Report {
 public:
  explicit Report(size_t top = 10) : top_(top) {}
  void add_event(const Event& e);
  // What add_event() counts of a log's delivered record (its time): with
  // the default ndjson (no --all-events) and in the reports, that is all of
  // it that is used, so the pipeline does not keep the record itself.
  void add_delivery(const Timestamp& time) { count_action(Action::delivered, time); }
  void add_tally(Tally t, const Timestamp& time);
  // Every input's accounting goes into the totals; the first kMaxListedInputs
  // are also kept one by one, the rest are added up by format, so that a
  // Maildir of a million files does not grow the report with it.
  static constexpr size_t kMaxListedInputs = 1000;
  // The text report lists inputs one by one up to this many; past it, totals
  // by format and the inputs that need a look.
  static constexpr size_t kTextListedInputs = 20;
  void add_input(InputAccount account);
  void set_diagnoses(std::vector<Diagnosis> d) { diagnoses_ = std::move(d); }

  // Writers (report_text.cc, report_json.cc).
  std::string to_text() const;
  std::string to_json() const;

  const std::vector<InputAccount>& inputs() const { return inputs_; }  // the listed ones
  const std::vector<InputTotals>& unlisted_inputs() const { return unlisted_; }
  const InputTotals& input_totals() const { return input_totals_; }
  uint64_t input_lines() const { return input_line_units_; }
  uint64_t input_messages() const { return input_message_units_; }
  uint64_t count(Action a) const { return actions_[size_t(a)]; }
  uint64_t tally(Tally t) const { return tallies_[size_t(t)]; }
  uint64_t failures() const;

 private:
  void count_action(Action action, const Timestamp& time);
  static constexpr size_t kCauses = size_t(Cause::kCount);
  size_t top_;
  std::array<uint64_t, 10> actions_{};
  std::array<uint64_t, size_t(Tally::kCount)> tallies_{};
  std::array<uint64_t, kCauses> causes_{};
  std::array<std::string_view, kCauses> cause_remediation_{};
  CountTable reasons_, reply_codes_, statuses_, rules_;
  std::array<CountTable, kCauses> domains_by_cause_, relays_by_cause_;
  std::array<std::array<uint64_t, 10>, 24> hours_{};  // [hour of day][action]
  CountTable sasl_sources_{10000}, tls_sources_{10000};
  // Bounce messages (scope message)
  CountTable bounce_reasons_, bounce_causes_, bounce_domains_, bounce_reporting_mta_, bounce_diagnostics_{20000},
      diagnostics_{20000};
  uint64_t bounce_hard_ = 0, bounce_soft_ = 0, bounce_events_ = 0;
  int64_t first_us_ = INT64_MAX, last_us_ = INT64_MIN;
  std::vector<InputAccount> inputs_;
  std::vector<InputTotals> unlisted_;  // by format, compression and unit
  InputTotals input_totals_;
  uint64_t input_line_units_ = 0, input_message_units_ = 0;
  std::vector<Diagnosis> diagnoses_;
  // The normalized form of recent diagnostics, by a hash of the text: a log
  // repeats its diagnostics word for word (the classifier's memo relies on
  // it too), and normalizing each anew was 5% of a Postfix run's
  // instructions. A slot keeps its strings' capacity: no allocation per failure.
  struct NormalizedSlot {
    std::string text, normalized;  // text "": unused (diagnostics looked up are never empty)
  };
  static constexpr size_t kNormalizedSlots = 1024;
  std::vector<NormalizedSlot> normalized_;
  const std::string& normalized(std::string_view diagnostic);
};

// Normalises a diagnostic for the "commonest texts" table: addresses, IPs and
// long numbers become placeholders so that one wording counts as one row.
std::string normalize_diagnostic(std::string_view text, size_t max_len = 160);
// The same into `out` (cleared first), which keeps its memory between calls.
void normalize_diagnostic_into(std::string_view text, std::string& out, size_t max_len = 160);

}  // namespace mailtriage
