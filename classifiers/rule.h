// One classification rule: data, not code. Rule tables live in
// classifiers/rules_*.cc; classifiers/classifier.cc compiles them all.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "parsers/event.h"

namespace mailtriage {

// triage.cause: what went wrong, at the level a fix is chosen.
enum class Cause : uint8_t {
  none,  // not a failure (delivered, auto-reply)
  server_settings,
  authentication,
  firewall_antivirus,
  isp_port_block,
  server_unavailable,
  dns,
  spam_policy,
  rate_limit,
  tls_mismatch,
  outdated_client,
  recipient_unknown,
  mailbox_full,
  message_too_large,
  relay_denied,
  expired,
  other,
  kCount,
};
std::string_view cause_name(Cause c);
// A short, checkable fix for the cause (the project's own words).
std::string_view cause_remediation(Cause c);
// Parses a cause name; returns false when unknown.
bool cause_from_name(std::string_view name, Cause* out);

// How a rule's evidence weighs against other matching rules (see ARCHITECTURE.md,
// "Rule precedence").
enum class Weight : uint8_t {
  normal,    // a pattern: specific text; no pattern: a code/status rule
  vague,     // a text pattern too loose to beat a code ("error", "failed")
  decisive,  // beats everything: the format itself said what it is (ARF, hints)
};

// A rule's hint that matches only inputs without one: a reading for when the
// format says nothing more ("Status: 4.0.0" of a delay notice), which a
// provider's own type for the delay (Event::reason_hint) replaces.
inline constexpr std::string_view kWithoutHint = "!";

// Greylisting in the words of postgrey, greylistd ("<ip> is not yet authorized
// to deliver mail from <sender> to <rcpt>. Please try later.") and the
// receivers that quote them: the server-log rule and the bounce rules read the
// same words.
inline constexpr std::string_view kGreylistingPattern =
    R"(greylist(ed|ing)|Delayed by Postgrey|is not yet authori[sz]ed to deliver mail)";

struct Rule {
  std::string_view id;           // stable, dotted: "smtp.550.user_unknown"
  uint16_t code_min = 0;         // reply-code range; 0/0 = any
  uint16_t code_max = 0;
  std::string_view status;       // enhanced-status prefix: "5.1.1", "5.7.", "*.2.2"; "" = any
  std::string_view pattern;      // RE2 syntax, matched case-insensitively; "" = none
  std::string_view reason;       // triage.reason (Sisimai's vocabulary or documented own names)
  Cause cause = Cause::other;
  uint8_t scopes = kScopeAll;    // where the rule applies (event.h Scope bits)
  Weight weight = Weight::normal;
  uint16_t actions = 0;          // bitmask of 1 << Action the rule is limited to; 0 = any
  std::string_view hint;         // matches Event::reason_hint exactly; "" = any; kWithoutHint = only none
  int8_t priority = 0;           // tie-break within the same tier and specificity
  std::string_view sample;       // a real line or diagnostic this rule must decide
  std::string_view remediation;  // optional rule-specific advice; else the cause's
  // SMTP commands the rule is limited to, '|'-separated ("RCPT", "DATA|-"; "-"
  // means no command is known); "" = any. The same words answered to RCPT
  // (the mailbox is unknown) and after DATA (a content filter) mean different
  // things, as Sisimai distinguishes them.
  std::string_view commands;
  // Remote hosts the rule is limited to, '|'-separated domain suffixes
  // ("yahoodns.net"): it applies only when the event names a remote MTA (the
  // DSN's Remote-MTA, the host a log line says answered) within one of them.
  // Sisimai reads some providers' words by the host that wrote them (its
  // Rhost tables): the same words from elsewhere keep their generic reading.
  std::string_view remote_hosts;
};

constexpr uint16_t action_bit(Action a) { return uint16_t(1u << unsigned(a)); }

// The tables, concatenated in this order by all_rules() (rules_registry.cc).
std::span<const Rule> smtp_code_rules();    // generic reply/enhanced code rules
std::span<const Rule> server_text_rules();  // MTA log wording (Postfix, Exim, ...)
std::span<const Rule> bounce_text_rules();  // bounce and provider wording
std::span<const Rule> client_text_rules();  // client and library wording
std::span<const Rule> mta_text_rules();     // Exim and Sendmail log wording (rules_mta.cc)
std::span<const Rule* const> all_rules();
// The rule with this id, or null.
const Rule* find_rule(std::string_view id);
// The advice of the rule with this id where it has its own (more specific
// than its cause's); empty otherwise, or for an id no rule has. The reports
// print it beside the rule.
std::string_view rule_advice(std::string_view id);

}  // namespace mailtriage
