#include "classifiers/classifier.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <functional>

#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

// Precedence tiers (ARCHITECTURE.md, "Rule precedence"): a decisive rule beats
// specific text, specific text beats a code or status, a code beats vague text.
int tier_of(const Rule& r) {
  if (r.weight == Weight::decisive) return 4;
  if (!r.pattern.empty()) return r.weight == Weight::vague ? 1 : 3;
  if (r.status.empty() && r.code_min == 0 && r.actions == 0 && r.hint.empty() && r.commands.empty())
    return 0;  // fallback
  return 2;
}

int specificity_of(const Rule& r) {
  int s = r.pattern.empty() ? 0 : 8;
  // The enhanced status is finer than the reply code: each of its parts
  // ("*.1.6" has three) outweighs an exact reply code.
  if (!r.status.empty()) {
    int parts = 1;
    for (char c : r.status) parts += c == '.';
    if (r.status.back() == '.') --parts;
    s += 3 * parts;
  }
  if (r.code_min != 0) s += (r.code_min == r.code_max) ? 2 : 1;
  if (r.actions != 0) s += 1;
  if (!r.hint.empty()) s += 4;
  // A rule written for one kind of input (bounce messages, server logs) is
  // more constrained than one for all, and wins a tie on the same text.
  if (r.scopes != kScopeAll) s += 1;
  return s;
}

// SMTP commands as bits, so that a rule's command list is parsed once.
enum : uint8_t {
  kCmdConn = 1, kCmdHelo = 2, kCmdMail = 4, kCmdRcpt = 8, kCmdData = 16, kCmdOther = 32, kCmdNone = 64,
};

uint8_t command_bit(std::string_view c) {
  if (c.empty() || c == "-") return kCmdNone;
  if (c == "CONN") return kCmdConn;
  if (c == "HELO" || c == "EHLO") return kCmdHelo;
  if (c == "MAIL") return kCmdMail;
  if (c == "RCPT") return kCmdRcpt;
  if (c == "DATA") return kCmdData;
  return kCmdOther;
}

uint8_t command_mask(std::string_view list) {
  uint8_t mask = 0;
  while (!list.empty()) {
    size_t bar = list.find('|');
    mask |= command_bit(list.substr(0, bar));
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return mask;
}

// "5.1.1" matches exactly "5.1.1"; "5.7." matches "5.7.x"; '*' matches any class digit.
bool status_matches(std::string_view prefix, std::string_view status) {
  if (prefix.empty()) return true;
  if (status.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (prefix[i] == '*' && i == 0) continue;
    if (prefix[i] != status[i]) return false;
  }
  return prefix.back() == '.' || status.size() == prefix.size();
}

// Patterns are matched in one RE2::Set per input scope (server logs, bounce
// messages, client logs) holding only the rules of that scope: a set half the
// size builds its DFA states about twice as fast, and building states for
// texts not seen before is what a run of new diagnostics pays for. A scope's
// set is compiled when an input of that scope first needs it, so a run over
// bounces never compiles the client rules. Inputs of several scopes (tests)
// use a set of all the rules.
struct PatternSet {
  PatternSet() : set(std::make_unique<RE2::Set>(make_options(), RE2::UNANCHORED)) {}
  static RE2::Options make_options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_max_mem(int64_t(128) << 20);
    return o;
  }
  // Adds rule i's pattern (or joins the rules that share it, so the same
  // words compile once). False with *error on bad syntax.
  bool add(std::span<const Rule* const> rules, int i, std::string* error) {
    const Rule& r = *rules[size_t(i)];
    for (auto& sharing : index_to_rules)
      if (rules[size_t(sharing.front())]->pattern == r.pattern) {
        sharing.push_back(i);
        return true;
      }
    int idx = set->Add(re2::StringPiece(r.pattern.data(), r.pattern.size()), error);
    if (idx < 0) return false;
    index_to_rules.push_back({i});
    return true;
  }
  // Thread-safe; compiles once.
  const RE2::Set* compiled() const {
    std::call_once(once, [this] {
      if (!index_to_rules.empty() && !set->Compile())
        throw std::runtime_error("the rule patterns could not be compiled together (RE2 memory budget)");
    });
    return index_to_rules.empty() ? nullptr : set.get();
  }
  mutable std::once_flag once;
  std::unique_ptr<RE2::Set> set;
  std::vector<std::vector<int>> index_to_rules;  // RE2::Set index -> the rules with that pattern
};

// Index of the per-scope tables: 1, 2 and 4 are the single scopes, 0 any mix.
size_t scope_slot(uint8_t scope) { return (scope & (scope - 1)) == 0 ? scope & kScopeAll : 0; }

}  // namespace

struct Classifier::Impl {
  PatternSet patterns[kScopeAll + 1];
  // Rules without a pattern are candidates for every input of their scopes:
  // one list per input scope, so an event only walks the rules that can
  // apply to its kind of input.
  std::vector<int> patternless_rules[kScopeAll + 1];
  std::vector<int> tier;
  std::vector<int> specificity;
  std::vector<uint8_t> commands;  // per rule: command_mask(), 0 = any
};

Classifier::Classifier() : impl_(std::make_unique<Impl>()) {}
Classifier::~Classifier() = default;

std::unique_ptr<Classifier> Classifier::create(std::string* error) {
  return create(all_rules(), error);
}

std::unique_ptr<Classifier> Classifier::create(std::span<const Rule* const> rules, std::string* error) {
  std::unique_ptr<Classifier> c(new Classifier());
  c->rules_ = rules;
  Impl& im = *c->impl_;
  for (size_t i = 0; i < rules.size(); ++i) {
    const Rule& r = *rules[i];
    im.tier.push_back(tier_of(r));
    im.specificity.push_back(specificity_of(r));
    im.commands.push_back(r.commands.empty() ? 0 : command_mask(r.commands));
    for (uint8_t scope : {uint8_t(0), uint8_t(kScopeServerLog), uint8_t(kScopeMessage), uint8_t(kScopeClient)}) {
      if (scope != 0 && !(r.scopes & scope)) continue;
      if (r.pattern.empty()) {
        im.patternless_rules[scope].push_back(int(i));
        continue;
      }
      std::string err;
      if (!im.patterns[scope].add(rules, int(i), &err)) {
        if (error) *error = std::string("rule ") + std::string(r.id) + ": " + err;
        return nullptr;
      }
    }
  }
  return c;
}

Decision Classifier::classify_uncached(const ClassifyInput& in, std::vector<int>* scratch) const {
  const Impl& im = *impl_;
  Decision d;
  d.reply_code = in.reply_code;
  d.status = in.status;
  if (d.reply_code == 0 || d.status.empty()) {
    uint16_t code = 0;
    std::string_view status;
    find_smtp_codes(in.text, &code, &status);
    if (d.reply_code == 0) d.reply_code = code;
    if (d.status.empty()) d.status = status;
  }

  // The SMTP command is looked for in the text only when a candidate rule is
  // limited by command: the search is costly and most events never need it.
  uint8_t command_bits = 0;
  auto command_of_input = [&]() {
    if (!command_bits)
      command_bits = command_bit(in.command.empty() ? find_smtp_command(in.text) : in.command);
    return command_bits;
  };

  int best = -1, best_code = -1;
  auto better = [&](int a, int b) {  // is rule a preferred to rule b?
    if (b < 0) return true;
    if (im.tier[a] != im.tier[b]) return im.tier[a] > im.tier[b];
    if (im.specificity[a] != im.specificity[b]) return im.specificity[a] > im.specificity[b];
    if (rules_[a]->priority != rules_[b]->priority) return rules_[a]->priority > rules_[b]->priority;
    return a < b;
  };
  auto consider = [&](int i) {
    const Rule& r = *rules_[i];
    if (!(r.scopes & in.scope)) return;
    if (r.code_min != 0 && (d.reply_code < r.code_min || d.reply_code > r.code_max)) return;
    if (!status_matches(r.status, d.status)) return;
    if (r.actions != 0 && !(r.actions & action_bit(in.action))) return;
    if (!r.hint.empty() && r.hint != in.hint) return;
    if (im.commands[size_t(i)] && !(im.commands[size_t(i)] & command_of_input())) return;
    if (better(i, best)) best = i;
    if (r.pattern.empty() && r.hint.empty() && im.tier[i] == 2 && better(i, best_code)) best_code = i;
  };

  // Rules without a pattern first: when one of them is decisive (a delivered
  // record, an ARF report) the text cannot change the outcome, and the RE2
  // pass, the costly part, is skipped.
  // An input of several scopes (tests) walks them all; consider() filters.
  const size_t slot = scope_slot(in.scope);
  for (int i : im.patternless_rules[slot]) consider(i);
  scratch->clear();
  if (!in.text.empty() && (best < 0 || im.tier[size_t(best)] < 4)) {
    const PatternSet& patterns = im.patterns[slot];
    if (const RE2::Set* set = patterns.compiled()) {
      set->Match(re2::StringPiece(in.text.data(), in.text.size()), scratch);
      for (int s : *scratch)
        for (int i : patterns.index_to_rules[size_t(s)]) consider(i);
    }
  }

  if (best >= 0) {
    d.rule = rules_[size_t(best)];
    if (!d.rule->pattern.empty()) d.evidence = "text";
    else if (!d.rule->hint.empty() || d.rule->actions != 0) d.evidence = "context";
    else if (!d.rule->status.empty()) d.evidence = "status";
    else if (d.rule->code_min != 0) d.evidence = "code";
    else d.evidence = "context";
  }
  if (best_code >= 0) d.code_rule = rules_[size_t(best_code)];
  return d;
}

namespace {
constexpr std::string_view kEvidence[] = {"", "text", "context", "status", "code"};
uint8_t evidence_index(std::string_view e) {
  for (uint8_t i = 0; i < std::size(kEvidence); ++i)
    if (kEvidence[i] == e) return i;
  return 0;
}
constexpr size_t kMemoMaxText = 4096;  // longer texts are rare and unique: not kept
}  // namespace

// Two-way set-associative, least recently used out: a run of one-off texts
// (queue ids, addresses in delivered lines) cannot push out the diagnostics
// that recur.
struct ClassifierScratch::Memo {
  static constexpr size_t kSets = 2048, kWays = 2;
  struct Slot {
    uint64_t hash = 0;
    uint32_t last_used = 0;
    bool used = false;
    std::string key;
    const Rule* rule = nullptr;
    const Rule* code_rule = nullptr;
    uint16_t reply_code = 0;
    uint8_t evidence = 0;
    int32_t status_offset = -1;  // where in the text the status was found; -1: the input's own
    uint16_t status_size = 0;
  };
  const Classifier* owner = nullptr;  // a scratch reused with another table starts afresh
  uint32_t clock = 0;
  std::vector<Slot> slots = std::vector<Slot>(kSets * kWays);
};

ClassifierScratch::ClassifierScratch() : memo_(std::make_unique<Memo>()) {}
ClassifierScratch::~ClassifierScratch() = default;

Decision Classifier::classify(const ClassifyInput& in, ClassifierScratch* scratch) const {
  if (in.text.size() > kMemoMaxText || in.status.size() > 255 || in.hint.size() > 255 || in.command.size() > 255)
    return classify_uncached(in, &scratch->matches_);
  ClassifierScratch::Memo& memo = *scratch->memo_;
  if (memo.owner != this) {
    for (auto& slot : memo.slots) slot.used = false;
    memo.owner = this;
  }
  // Every input that classify_uncached() reads is in the key.
  std::string& key = scratch->key_;
  key.clear();
  key.push_back(char(in.scope));
  key.push_back(char(in.action));
  key.push_back(char(in.reply_code & 0xff));
  key.push_back(char(in.reply_code >> 8));
  for (std::string_view part : {in.status, in.hint, in.command}) {
    key.push_back(char(part.size()));
    key.append(part);
  }
  key.append(in.text);
  const uint64_t hash = std::hash<std::string_view>{}(key);
  ClassifierScratch::Memo::Slot* set = &memo.slots[(hash % ClassifierScratch::Memo::kSets) * 2];
  ++memo.clock;
  for (int way = 0; way < 2; ++way) {
    auto& slot = set[way];
    if (!slot.used || slot.hash != hash || slot.key != key) continue;
    slot.last_used = memo.clock;
    ++scratch->hits_;
    Decision d;
    d.rule = slot.rule;
    d.code_rule = slot.code_rule;
    d.evidence = kEvidence[slot.evidence];
    d.reply_code = slot.reply_code;
    d.status = slot.status_offset < 0 ? in.status : in.text.substr(size_t(slot.status_offset), slot.status_size);
    return d;
  }
  ++scratch->misses_;
  Decision d = classify_uncached(in, &scratch->matches_);
  const bool status_from_text = !d.status.empty() && d.status.data() != in.status.data();
  if (status_from_text && (d.status.data() < in.text.data() ||
                           d.status.data() + d.status.size() > in.text.data() + in.text.size()))
    return d;  // not a view into the text: cannot be re-pointed, so not kept
  auto& victim = !set[0].used ? set[0] : !set[1].used ? set[1] : set[0].last_used <= set[1].last_used ? set[0] : set[1];
  victim.used = true;
  victim.hash = hash;
  victim.last_used = memo.clock;
  victim.key.assign(key);
  victim.rule = d.rule;
  victim.code_rule = d.code_rule;
  victim.reply_code = d.reply_code;
  victim.evidence = evidence_index(d.evidence);
  victim.status_offset = -1;
  victim.status_size = 0;
  // A status found in the text is a view into it: kept as its place there,
  // so the next, equal text gets a view into itself.
  if (status_from_text) {
    victim.status_offset = int32_t(d.status.data() - in.text.data());
    victim.status_size = uint16_t(d.status.size());
  }
  return d;
}

void Classifier::apply(Event& ev, ClassifierScratch* scratch) const {
  ClassifyInput in;
  in.text = ev.diagnostic;
  in.reply_code = ev.reply_code;
  in.status = ev.enhanced_status;
  in.scope = ev.scope;
  in.action = ev.action;
  in.hint = ev.reason_hint;
  in.command = ev.smtp_command;
  Decision d = classify(in, scratch);
  if (ev.reply_code == 0) ev.reply_code = d.reply_code;
  if (ev.enhanced_status.empty()) ev.enhanced_status = d.status;
  if (!d.rule) return;  // only with a table that lacks the fallback rule
  const Rule& r = *d.rule;
  ev.rule_id = r.id;
  ev.reason = r.reason;
  ev.cause = cause_name(r.cause);
  ev.remediation = r.remediation.empty() ? cause_remediation(r.cause) : r.remediation;
  ev.evidence = d.evidence;
  if (d.code_rule && d.code_rule != d.rule && d.code_rule->reason != r.reason)
    ev.overridden_rule = d.code_rule->id;
  if (ev.hard == Tristate::unknown)
    ev.hard = is_hard_reason(r.reason, ev.reply_code, ev.enhanced_status) ? Tristate::yes : Tristate::no;
}

bool is_hard_reason(std::string_view reason, uint16_t reply_code, std::string_view status) {
  if (reason == "userunknown" || reason == "hostunknown" || reason == "hasmoved") return true;
  if (reason == "notaccept") {
    // A domain that refuses all mail is permanent only when the server said so.
    if (!status.empty()) return status[0] == '5';
    return reply_code >= 500 && reply_code < 600;
  }
  return false;
}

}  // namespace mailtriage
