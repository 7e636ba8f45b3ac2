// Text rules for MTA log wording (Postfix, Exim, Sendmail, ...).
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

using C = Cause;

constexpr Rule kRules[] = {
    {.id = "postfix.smtpd.sasl_failed", .pattern = R"(SASL [A-Z0-9-]+ authentication failed)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kScopeServerLog | kScopeClient,
     .sample = "warning: unknown[192.0.2.7]: SASL LOGIN authentication failed: UGFzc3dvcmQ6"},
};

}  // namespace

std::span<const Rule> server_text_rules() { return kRules; }

}  // namespace mailtriage
