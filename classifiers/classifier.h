// The compiled rule matcher. Each input scope's rule patterns are matched
// with RE2's FilteredRE2 (only classifier.cc includes RE2): one pass over the
// text finds the literal atoms the patterns need, only the patterns those let
// through are run, the codes, scopes and actions then filter, and the
// documented precedence picks the winner.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "classifiers/identity_mask.h"
#include "classifiers/rule.h"
#include "parsers/event.h"

namespace mailtriage {

struct ClassifyInput {
  std::string_view text;        // the diagnostic or line
  uint16_t reply_code = 0;      // 0 = look for one in text
  std::string_view status;      // "" = look for one in text
  uint8_t scope = kScopeAll;
  Action action = Action::none;
  std::string_view hint;        // a reason named by the format itself
  std::string_view command;     // SMTP command the error answered ("RCPT"); "" = look for one in text
  std::string_view remote_host; // the remote MTA that answered, when known ("mta6.am0.yahoodns.net")
};

struct Decision {
  const Rule* rule = nullptr;            // never null after classify(): a fallback always matches
  const Rule* code_rule = nullptr;       // what the codes alone would have chosen (may be null)
  std::string_view evidence;             // "text", "status", "code", "context"
  uint16_t reply_code = 0;               // the codes used (from the input or found in text)
  std::string_view status;
};

// Buffers for matching one text (classifier.cc), reused from call to call.
struct ClassifierMatchScratch {
  std::string lowered;         // the text, ASCII-lowercased
  std::string joined;          // a multi-line reply without its repeated prefixes (classifier.cc)
  std::vector<int> atoms;      // filter atoms found in it
  std::vector<int> local_atoms;  // those of one shard of the pattern set, in its numbering
  std::vector<uint32_t> seen;  // per atom: the epoch it was last found in
  uint32_t epoch = 0;
  std::vector<int> regexps;    // the patterns that matched
  std::string folded;          // the text folded as literal patterns compare it (literal_pattern.h)
  std::vector<uint32_t> literal_seen;  // per pattern: the epoch a literal pattern last matched in
  // The patterns a set of atoms lets through, by set of atoms (classifier.cc).
  static constexpr size_t kPotentialSlots = 1024;
  struct Potentials {
    const void* owner = nullptr;  // the pattern set it was worked out for
    uint64_t hash = 0;
    std::vector<int> atoms, passed;
  };
  std::vector<Potentials> potentials;
  // The remote host whose rule-suffix bits classify() already worked out for
  // its memo key, so that a memo miss does not work them out again.
  std::string_view bits_host;
  uint32_t bits_of_host = 0;
};

// A thread's working memory for Classifier: matching buffers, and a small
// memo of recent decisions. Logs and batches of bounces repeat the same few
// hundred diagnostics thousands of times, and the RE2 pass over ~300 patterns
// is the costly step of the whole pipeline; a decision depends only on the
// classifier's inputs, so it is kept by them (all of them) and reused. The
// memo has a fixed number of slots: memory does not grow with the input.
class ClassifierScratch {
 public:
  ClassifierScratch();
  ~ClassifierScratch();
  ClassifierScratch(const ClassifierScratch&) = delete;
  ClassifierScratch& operator=(const ClassifierScratch&) = delete;

  uint64_t memo_hits() const { return hits_; }
  uint64_t memo_misses() const { return misses_; }

 private:
  friend class Classifier;
  struct Memo;
  ClassifierMatchScratch match_;
  std::unique_ptr<Memo> memo_;
  std::string key_;  // the inputs of the current call, serialized
  std::string masked_;  // the text as the classifier reads it (identity_mask.h)
  std::vector<MaskEdit> mask_edits_;
  uint64_t hits_ = 0, misses_ = 0;
};

class Classifier {
 public:
  // Prepares all_rules(). Patterns are compiled per input scope when an input
  // of that scope first needs them (classify() may then throw
  // std::runtime_error if the built-in table did not compile; its tests
  // compile every scope).
  static std::unique_ptr<Classifier> create(std::string* error);
  // Prepares a given table (tests), checking every pattern's syntax first: on
  // a bad pattern returns null and sets *error to the rule id and RE2's message.
  static std::unique_ptr<Classifier> create(std::span<const Rule* const> rules, std::string* error);
  ~Classifier();

  // Thread-safe; `scratch` is the calling thread's own (one per thread).
  Decision classify(const ClassifyInput& input, ClassifierScratch* scratch) const;

  // Compiles the patterns of a scope now (thread-safe): a thread that has
  // nothing else to do yet takes that off the first classify() of that
  // scope, which waits for what is still being compiled. Throws as classify() would.
  void prepare(uint8_t scope) const;

  // Classifies an event in place: fills rule_id, cause, reason, remediation,
  // evidence, overridden_rule, hard, and the codes when the event had none.
  void apply(Event& event, ClassifierScratch* scratch) const;

  std::span<const Rule* const> rules() const { return rules_; }

 private:
  Classifier();
  static std::unique_ptr<Classifier> create(std::span<const Rule* const> rules, bool check_syntax, std::string* error);
  // classify() once the text is masked (identity_mask.h): through the memo.
  Decision classify_masked(const ClassifyInput& input, bool textless, ClassifierScratch* scratch) const;
  Decision classify_uncached(const ClassifyInput& input, ClassifierMatchScratch* scratch) const;
  // The rest of classify_uncached() once the codes are known (`codes`).
  Decision decide(const ClassifyInput& input, Decision codes, ClassifierMatchScratch* scratch) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::span<const Rule* const> rules_;
};

// Sisimai 5's notion of a hard bounce: the address itself is bad.
bool is_hard_reason(std::string_view reason, uint16_t reply_code, std::string_view status);

}  // namespace mailtriage
