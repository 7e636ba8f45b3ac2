// Concatenates the rule tables. Order matters only as the last tie-break
// (see Classifier precedence); ids are unique across all tables (tested).
#include <unordered_map>
#include <vector>

#include "classifiers/rule.h"

namespace mailtriage {

std::span<const Rule* const> all_rules() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> v;
    for (auto table : {server_text_rules(), mta_text_rules(), bounce_text_rules(), client_text_rules(),
                       smtp_code_rules()})
      for (const Rule& r : table) v.push_back(&r);
    return v;
  }();
  return rules;
}

const Rule* find_rule(std::string_view id) {
  static const std::unordered_map<std::string_view, const Rule*> by_id = [] {
    std::unordered_map<std::string_view, const Rule*> m;
    for (const Rule* r : all_rules()) m.emplace(r->id, r);
    return m;
  }();
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : it->second;
}

std::string_view rule_advice(std::string_view id) {
  const Rule* r = find_rule(id);
  return r ? r->remediation : std::string_view();
}

}  // namespace mailtriage
