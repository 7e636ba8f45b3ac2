// RFC 3464 delivery status notifications: the message/delivery-status fields,
// and the RFC 5322 dates they (and mail headers) carry.
#pragma once

#include <string_view>
#include <vector>

#include "parsers/bounce_text.h"
#include "parsers/event.h"

namespace mailtriage {

// One per-recipient group. Values are trimmed and unfolded; address fields hold
// the bare address (the "rfc822;" type is dropped); the typed fields keep
// their type apart.
struct DsnRecipient {
  std::string_view final_recipient;
  std::string_view original_recipient;
  std::string_view action;            // failed, delayed, delivered, relayed, expanded (as written)
  std::string_view status;            // "5.1.1", possibly with a comment after it
  std::string_view remote_mta;        // host name after "dns;"
  std::string_view diagnostic_type;   // "smtp", "X-Postfix", "X-Unix", ...
  std::string_view diagnostic;        // the text after the type, unfolded
  std::string_view last_attempt_date;
  std::string_view will_retry_until;
  std::string_view supplementary;     // X-Supplementary-Info (Postfix)
  std::string_view recipient_raw;     // the Final-Recipient value when it is no address ("X-Unix; |cmd")
  std::string_view actual_recipient;  // Sendmail's X-Actual-Recipient when it is an address: where an alias led
  bool has_fields() const {
    return !final_recipient.empty() || !original_recipient.empty() || !recipient_raw.empty();
  }
};

struct DsnReport {
  std::string_view reporting_mta;
  std::string_view received_from_mta;
  std::string_view arrival_date;
  std::string_view queue_id;           // X-Postfix-Queue-ID
  std::string_view envelope_sender;    // X-Postfix-Sender, X-Original-Sender
  std::string_view original_envelope_id;
  std::vector<DsnRecipient> recipients;
  void clear();
};

// Reads the fields of a delivery-status body (or of text laid out the same
// way). Groups are separated by blank lines; a group whose recipient field
// repeats starts a new recipient even without one. Folded values are unfolded
// into `arena`. Returns true when at least one recipient group was found.
// `in_text`: the fields stand in a mail's own text (a report pasted or
// forwarded inline), where a Diagnostic-Code may have lost its folding: its
// continuation lines then start at the margin and are read as such. In a
// delivery-status part they are not (a line there that is no field is left
// out, as Sisimai leaves it).
bool parse_dsn(std::string_view text, bounce::TextArena& arena, DsnReport* out, bool in_text = false);

// "Thu, 29 Apr 2015 23:34:45 +0900 (JST)", also without weekday or seconds,
// with obsolete zone names and two-digit years. Returns false on anything else.
bool parse_rfc5322_date(std::string_view s, Timestamp* out);

}  // namespace mailtriage
