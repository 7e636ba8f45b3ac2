// Text rules for bounce-message and provider wording.
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

using C = Cause;

constexpr Rule kRules[] = {
    {.id = "text.user_unknown", .pattern = R"(\buser unknown\b)", .reason = "userunknown",
     .cause = C::recipient_unknown, .sample = "550 <kijitora@example.jp>... User unknown"},
};

}  // namespace

std::span<const Rule> bounce_text_rules() { return kRules; }

}  // namespace mailtriage
