#include "classifiers/classifier.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

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

}  // namespace

struct Classifier::Impl {
  Impl() : set(make_options(), RE2::UNANCHORED) {}
  static RE2::Options make_options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_max_mem(int64_t(256) << 20);
    return o;
  }
  RE2::Set set;
  // RE2::Set index -> the rules with that pattern. Rules that share a
  // pattern (the same words meaning different things by command or status)
  // compile it once: the set's size is what matching costs.
  std::vector<std::vector<int>> set_index_to_rules;
  std::vector<int> patternless_rules;   // always candidates; filtered by codes
  std::vector<int> tier;
  std::vector<int> specificity;
  std::vector<uint8_t> commands;  // per rule: command_mask(), 0 = any
  bool has_patterns = false;
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
    if (r.pattern.empty()) {
      im.patternless_rules.push_back(int(i));
      continue;
    }
    bool shared = false;
    for (size_t k = 0; k < im.set_index_to_rules.size() && !shared; ++k)
      if (rules[size_t(im.set_index_to_rules[k].front())]->pattern == r.pattern) {
        im.set_index_to_rules[k].push_back(int(i));
        shared = true;
      }
    if (shared) continue;
    std::string err;
    int idx = im.set.Add(re2::StringPiece(r.pattern.data(), r.pattern.size()), &err);
    if (idx < 0) {
      if (error) *error = std::string("rule ") + std::string(r.id) + ": " + err;
      return nullptr;
    }
    im.set_index_to_rules.push_back({int(i)});
    im.has_patterns = true;
  }
  if (im.has_patterns && !im.set.Compile()) {
    if (error) *error = "the rule patterns could not be compiled together (RE2 memory budget)";
    return nullptr;
  }
  return c;
}

Decision Classifier::classify(const ClassifyInput& in, std::vector<int>* scratch) const {
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
  for (int i : im.patternless_rules) consider(i);
  scratch->clear();
  if (im.has_patterns && !in.text.empty() && (best < 0 || im.tier[size_t(best)] < 4)) {
    im.set.Match(re2::StringPiece(in.text.data(), in.text.size()), scratch);
    for (int s : *scratch)
      for (int i : im.set_index_to_rules[size_t(s)]) consider(i);
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

void Classifier::apply(Event& ev, std::vector<int>* scratch) const {
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
