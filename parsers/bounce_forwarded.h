// Bounces that reach the postmaster second-hand: a user forwards the bounce
// to the helpdesk ("---------- Forwarded message ---------" and a block of
// From/Date/Subject/To lines, in any client's wording and language) or
// replies to it quoting it ("On ..., MAILER-DAEMON@... wrote:" and "> "
// lines). The embedded bounce is rebuilt as a message of its own, so that the
// bounce readers read it as the mailer daemon sent it and the original
// sender is the one it was sent back to, not the helpdesk.
#pragma once

#include <string>
#include <string_view>

namespace mailtriage::bounce {

// What the outer message says of itself: the fallbacks of the rebuilt header.
struct OuterMessage {
  std::string_view from, subject, date;
};

// True when the subject is a reply's or a forward's ("Re:", "Fwd:", "FW:",
// "AW:", "WG:", "TR:", "RV:", ...), however many times.
bool has_reply_or_forward_prefix(std::string_view subject);

// Finds, in a message's decoded text (LF line ends), a forwarded or quoted
// message that a mailer daemon sent or whose subject is a bounce's; writes it
// to *out as a message (header block, empty line, body without the quote
// marks). False, *out unspecified, when there is none.
bool find_forwarded_bounce(std::string_view text, const OuterMessage& outer, std::string* out);

}  // namespace mailtriage::bounce
