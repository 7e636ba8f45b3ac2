// Concatenates the rule tables. Order matters only as the last tie-break
// (see Classifier precedence); ids are unique across all tables (tested).
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

}  // namespace mailtriage
