// Text rules for mail-client and library wording.
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

using C = Cause;

constexpr Rule kRules[] = {
    {.id = "phpmailer.could_not_authenticate", .pattern = R"(SMTP Error: Could not authenticate)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kScopeClient,
     .sample = "SMTP Error: Could not authenticate."},
};

}  // namespace

std::span<const Rule> client_text_rules() { return kRules; }

}  // namespace mailtriage
