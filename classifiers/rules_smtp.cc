// Generic rules keyed on codes alone: the RFC 3463 enhanced status (more
// precise) and the RFC 5321 reply code (coarse), plus the context rules for
// records whose kind says it all (a delivered DSN, an ARF report) and the
// fallbacks. Text rules in the other tables take precedence over these
// (ARCHITECTURE.md, "Rule precedence").
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

using C = Cause;
constexpr uint8_t kAll = kScopeAll;

constexpr Rule kRules[] = {
    // --- The record's kind decides ---------------------------------------
    {.id = "context.delivered", .reason = "delivered", .cause = C::none, .weight = Weight::decisive,
     .actions = action_bit(Action::delivered),
     .sample = "status=sent (250 2.0.0 Ok: queued as 4Xk2Lq3Cz1z9sJ)"},
    {.id = "context.autoreply", .reason = "vacation", .cause = C::none, .weight = Weight::decisive,
     .actions = action_bit(Action::autoreply), .sample = "I am out of the office until Monday."},
    {.id = "context.feedback", .reason = "feedback", .cause = C::spam_policy, .weight = Weight::decisive,
     .actions = action_bit(Action::feedback),
     .sample = "This is an email abuse report for an email message received from IP 192.0.2.1"},
    {.id = "context.expired", .reason = "expired", .cause = C::expired,
     .actions = action_bit(Action::expired), .sample = "status=expired, returned to sender"},

    // --- Enhanced status codes (RFC 3463 and later registrations) ---------
    {.id = "status.x.1.1.bad_mailbox", .status = "*.1.1", .reason = "userunknown", .cause = C::recipient_unknown,
     .sample = "550 5.1.1 <nobody@example.org>... rejected"},
    // "Other address status": answered to RCPT it is the recipient's address
    // (Cisco IronPort's "550 #5.1.0 Address rejected").
    {.id = "status.x.1.0.rcpt_address", .status = "*.1.0", .reason = "userunknown", .cause = C::recipient_unknown,
     .sample = "550 #5.1.0 Address rejected.", .commands = "RCPT"},
    {.id = "status.x.1.2.bad_system", .status = "*.1.2", .reason = "hostunknown", .cause = C::dns,
     .sample = "550 5.1.2 example.invalid: rejected"},
    {.id = "status.x.1.3.bad_syntax", .status = "*.1.3", .reason = "userunknown", .cause = C::recipient_unknown,
     .sample = "501 5.1.3 Bad recipient address syntax"},
    {.id = "status.x.1.6.moved", .status = "*.1.6", .reason = "hasmoved", .cause = C::recipient_unknown,
     .sample = "551 5.1.6 Mailbox has moved"},
    {.id = "status.x.1.7.sender_syntax", .status = "*.1.7", .reason = "rejected", .cause = C::spam_policy,
     .sample = "553 5.1.7 The sender address is invalid"},
    {.id = "status.x.1.8.sender_system", .status = "*.1.8", .reason = "rejected", .cause = C::dns,
     .sample = "553 5.1.8 <a@example.invalid>: Sender address rejected"},
    {.id = "status.x.1.10.null_mx", .status = "*.1.10", .reason = "notaccept", .cause = C::dns,
     .sample = "556 5.1.10 Recipient address has null MX"},
    {.id = "status.x.2.1.disabled", .status = "*.2.1", .reason = "suspend", .cause = C::recipient_unknown,
     .sample = "550 5.2.1 Mailbox disabled, not accepting messages"},
    {.id = "status.x.2.2.mailbox_full", .status = "*.2.2", .reason = "mailboxfull", .cause = C::mailbox_full,
     .sample = "552 5.2.2 Mailbox over storage allocation"},
    {.id = "status.x.2.3.too_long", .status = "*.2.3", .reason = "exceedlimit", .cause = C::message_too_large,
     .sample = "552 5.2.3 Message length exceeds administrative limit"},
    {.id = "status.x.2.class", .status = "*.2.", .reason = "filtered", .cause = C::recipient_unknown,
     .sample = "550 5.2.0 Mailbox unavailable"},
    {.id = "status.x.3.1.system_full", .status = "*.3.1", .reason = "systemfull", .cause = C::server_unavailable,
     .sample = "452 4.3.1 Insufficient system storage"},
    {.id = "status.x.3.2.not_accepting", .status = "*.3.2", .reason = "notaccept", .cause = C::server_unavailable,
     .sample = "554 5.3.2 System not accepting network messages"},
    {.id = "status.x.3.4.too_big", .status = "*.3.4", .reason = "mesgtoobig", .cause = C::message_too_large,
     .sample = "552 5.3.4 Message too big for system"},
    {.id = "status.x.3.class", .status = "*.3.", .reason = "systemerror", .cause = C::server_unavailable,
     .sample = "451 4.3.0 Temporary system problem"},
    {.id = "status.x.4.7.expired", .status = "*.4.7", .reason = "expired", .cause = C::expired,
     .sample = "4.4.7 Delivery time expired"},
    {.id = "status.x.4.class", .status = "*.4.", .reason = "networkerror", .cause = C::server_unavailable,
     .sample = "4.4.2 Bad connection"},
    {.id = "status.x.5.3.too_many_rcpts", .status = "*.5.3", .reason = "toomanyconn", .cause = C::rate_limit,
     .sample = "452 4.5.3 Recipient limit reached for this message"},
    {.id = "status.x.5.class", .status = "*.5.", .reason = "syntaxerror", .cause = C::outdated_client,
     .sample = "501 5.5.4 Invalid arguments"},
    {.id = "status.x.6.class", .status = "*.6.", .reason = "contenterror", .cause = C::other,
     .sample = "554 5.6.0 Invalid message content"},
    {.id = "status.x.7.0.security", .status = "*.7.0", .reason = "securityerror", .cause = C::spam_policy,
     .sample = "554 5.7.0 Delivery not permitted"},
    {.id = "status.x.7.1.not_authorized", .status = "*.7.1", .reason = "blocked", .cause = C::spam_policy,
     .sample = "550 5.7.1 Delivery not authorized, message refused"},
    {.id = "status.x.7.8.bad_credentials", .status = "*.7.8", .reason = "securityerror", .cause = C::authentication,
     .sample = "535 5.7.8 Authentication credentials invalid"},
    {.id = "status.x.7.9.weak_mechanism", .status = "*.7.9", .reason = "securityerror", .cause = C::authentication,
     .sample = "534 5.7.9 Authentication mechanism is too weak"},
    {.id = "status.x.7.10.encryption_needed", .status = "*.7.10", .reason = "failedstarttls", .cause = C::tls_mismatch,
     .sample = "530 5.7.10 Encryption needed"},
    {.id = "status.x.7.11.encryption_for_auth", .status = "*.7.11", .reason = "failedstarttls", .cause = C::tls_mismatch,
     .sample = "538 5.7.11 Encryption required for requested authentication mechanism"},
    // RFC 8689: the message asked for REQUIRETLS and the next hop cannot honour it.
    {.id = "status.x.7.30.requiretls", .status = "*.7.30", .reason = "failedstarttls", .cause = C::tls_mismatch,
     .sample = "550 5.7.30 REQUIRETLS support required"},
    {.id = "status.x.7.13.account_disabled", .status = "*.7.13", .reason = "suspend", .cause = C::recipient_unknown,
     .sample = "525 5.7.13 User account disabled"},
    {.id = "status.x.7.20.dkim", .status = "*.7.20", .reason = "authfailure", .cause = C::spam_policy,
     .sample = "550 5.7.20 No passing DKIM signature found"},
    {.id = "status.x.7.21.dkim", .status = "*.7.21", .reason = "authfailure", .cause = C::spam_policy,
     .sample = "550 5.7.21 No acceptable DKIM signature found"},
    {.id = "status.x.7.22.dkim", .status = "*.7.22", .reason = "authfailure", .cause = C::spam_policy,
     .sample = "550 5.7.22 No valid author-matched DKIM signature found"},
    {.id = "status.x.7.23.spf", .status = "*.7.23", .reason = "authfailure", .cause = C::spam_policy,
     .sample = "550 5.7.23 SPF validation failed"},
    {.id = "status.x.7.24.spf_error", .status = "*.7.24", .reason = "authfailure", .cause = C::spam_policy,
     .sample = "451 4.7.24 SPF validation error"},
    {.id = "status.x.7.25.ptr", .status = "*.7.25", .reason = "requireptr", .cause = C::spam_policy,
     .sample = "550 5.7.25 Reverse DNS validation failed"},
    {.id = "status.x.7.26.multiple_auth", .status = "*.7.26", .reason = "authfailure", .cause = C::spam_policy,
     .sample = "550 5.7.26 Multiple authentication checks failed"},
    {.id = "status.x.7.27.sender_null_mx", .status = "*.7.27", .reason = "notaccept", .cause = C::dns,
     .sample = "550 5.7.27 Sender address has null MX"},
    {.id = "status.x.7.28.flood", .status = "*.7.28", .reason = "speeding", .cause = C::rate_limit,
     .sample = "421 4.7.28 Mail flood detected"},
    {.id = "status.x.7.class", .status = "*.7.", .reason = "securityerror", .cause = C::spam_policy,
     .sample = "554 5.7.99 Refused"},
    {.id = "status.2.class", .status = "2.", .reason = "delivered", .cause = C::none,
     .sample = "2.0.0 Ok"},

    // --- Reply codes alone (RFC 5321, RFC 4954, RFC 3207) ------------------
    {.id = "code.421.closing", .code_min = 421, .code_max = 421, .reason = "systemerror", .cause = C::server_unavailable,
     .sample = "421 mx.example.org closing transmission channel"},
    {.id = "code.450.mailbox_busy", .code_min = 450, .code_max = 450, .reason = "systemerror", .cause = C::server_unavailable,
     .sample = "450 Requested mail action not taken"},
    {.id = "code.451.local_error", .code_min = 451, .code_max = 451, .reason = "systemerror", .cause = C::server_unavailable,
     .sample = "451 Requested action aborted: local error in processing"},
    {.id = "code.452.storage", .code_min = 452, .code_max = 452, .reason = "systemfull", .cause = C::server_unavailable,
     .sample = "452 Requested action not taken: insufficient system storage"},
    {.id = "code.454.temp_auth", .code_min = 454, .code_max = 454, .reason = "securityerror", .cause = C::authentication,
     .sample = "454 Temporary authentication failure"},
    {.id = "code.50x.syntax", .code_min = 500, .code_max = 504, .reason = "syntaxerror", .cause = C::outdated_client,
     .sample = "502 Command not implemented"},
    {.id = "code.530.auth_required", .code_min = 530, .code_max = 530, .reason = "securityerror", .cause = C::authentication,
     .sample = "530 Authentication required"},
    {.id = "code.534.weak_mechanism", .code_min = 534, .code_max = 534, .reason = "securityerror", .cause = C::authentication,
     .sample = "534 Authentication mechanism is too weak"},
    {.id = "code.535.credentials", .code_min = 535, .code_max = 535, .reason = "securityerror", .cause = C::authentication,
     .sample = "535 Authentication credentials invalid"},
    // 535 answers AUTH only (RFC 4954): its x.7 status (5.7.8, 5.7.3, 5.7.139)
    // says why the login failed, not a policy on the mail.
    {.id = "code.535.x7.credentials", .code_min = 535, .code_max = 535, .status = "*.7.", .reason = "securityerror",
     .cause = C::authentication, .sample = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."},
    // (The generic x.7.0 and x.7.1 rules name their status in full, so under
    // 535 these two must too, or "535 5.7.0 ..." reads as a policy refusal.)
    {.id = "code.535.x7_0.credentials", .code_min = 535, .code_max = 535, .status = "*.7.0", .reason = "securityerror",
     .cause = C::authentication, .sample = "535 5.7.0 Invalid login or password"},
    {.id = "code.535.x7_1.credentials", .code_min = 535, .code_max = 535, .status = "*.7.1", .reason = "securityerror",
     .cause = C::authentication, .sample = "535 5.7.1 Credentials Rejected"},
    // 550 answering RCPT is "mailbox unavailable" (RFC 5321, 4.2.2 and 4.2.3): with no
    // words or status to say more, the recipient was refused. Only for a client's
    // log ("unexpected response 550 to RCPT TO command"): a bounce's bare 550 stays
    // unread, as Sisimai reads bounces.
    {.id = "code.550.rcpt", .code_min = 550, .code_max = 550, .reason = "userunknown", .cause = C::recipient_unknown,
     .scopes = kScopeClient, .sample = "mini_sendmail: unexpected response 550 to RCPT TO command", .commands = "RCPT"},
    {.id = "code.551.not_local", .code_min = 551, .code_max = 551, .reason = "hasmoved", .cause = C::recipient_unknown,
     .sample = "551 User not local; please try <forward@example.net>"},
    {.id = "code.552.storage", .code_min = 552, .code_max = 552, .reason = "mailboxfull", .cause = C::mailbox_full,
     .sample = "552 Requested mail action aborted: exceeded storage allocation"},
    {.id = "code.553.name_not_allowed", .code_min = 553, .code_max = 553, .reason = "rejected", .cause = C::spam_policy,
     .sample = "553 Requested action not taken: mailbox name not allowed"},
    {.id = "code.554.transaction_failed", .code_min = 554, .code_max = 554, .reason = "blocked", .cause = C::spam_policy,
     .sample = "554 Transaction failed"},

    // --- Fallbacks -----------------------------------------------------------
    {.id = "fallback.transient", .code_min = 400, .code_max = 499, .reason = "undefined", .cause = C::other,
     .priority = -1, .sample = "453 Temporary local problem, please try again later"},
    {.id = "fallback.permanent", .code_min = 500, .code_max = 599, .reason = "undefined", .cause = C::other,
     .priority = -1, .sample = "550 Requested action not taken"},
    {.id = "fallback.unclassified", .reason = "undefined", .cause = C::other,
     .sample = "something went wrong"},
};

}  // namespace

std::span<const Rule> smtp_code_rules() { return kRules; }

}  // namespace mailtriage
