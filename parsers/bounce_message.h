// What the bounce parser knows about one message once MIME and charsets are
// dealt with, and what a reader of a non-standard bounce format returns. The
// readers (parsers/bounce_families.cc) see decoded UTF-8 text only.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "parsers/bounce_text.h"
#include "parsers/event.h"

namespace mailtriage::bounce {

struct Message {
  HeaderList headers;            // the bounce's own header fields (values not decoded)
  std::string_view subject;      // decoded to UTF-8
  std::string_view from;         // address of the bounce's sender
  std::string_view to;           // address the bounce was sent to (the original sender)
  std::string_view text;         // human-readable parts, decoded, concatenated
  std::string_view dsn;          // message/delivery-status fields, decoded
  std::string_view feedback;     // message/feedback-report fields, decoded
  std::string_view attachment;   // text of other attached text parts (returned headers as .txt)
  // Offset in `text` where a returned message begins (find_returned_message),
  // or npos; the parser finds it once before it calls the readers.
  size_t returned_at = std::string_view::npos;
  HeaderList original;           // header fields of the returned message, when found
  bool has_original = false;
  bool report = false;           // multipart/report
  // Keeps the header lists' capacity: parsers reuse one Message.
  void clear() {
    headers.clear();
    original.clear();
    subject = from = to = text = dsn = feedback = attachment = {};
    has_original = report = false;
    returned_at = std::string_view::npos;
  }
};

// One recipient as a reader found it. `diagnostic` is the error text for that
// recipient, unfolded to one line where the format folds it.
struct Recipient {
  std::string_view address;
  std::string_view diagnostic;
  std::string_view status;        // an RFC 3463 code the format states outright
  uint16_t reply_code = 0;
  std::string_view remote_host;   // the MTA that answered
  std::string_view command;       // SMTP command the error answered: "RCPT", "MAIL", "DATA", ...
  Action action = Action::bounced;
  std::string_view hint;          // a reason the format itself names
  std::string_view feedback_type;
};

// Recognises non-standard bounce formats (qmail, Exim, Sendmail text, Gmail,
// Japanese carriers, ...). On success fills `out` (in order of appearance)
// and returns the family's name; else returns "". `msg.returned_at` must be
// set; `original_start` receives it.
std::string_view read_plain_bounce(const Message& msg, TextArena& arena, std::vector<Recipient>* out,
                                   size_t* original_start);

// For a DSN recipient whose report gives no diagnostic, the text the
// human-readable part gives for that address ("" when none).
std::string_view diagnostic_for(std::string_view text, std::string_view address, TextArena& arena);

// Where a returned message starts inside plain text (after a marker such as
// "--- Below this line is a copy of the message."), or npos.
size_t find_returned_message(std::string_view text);

}  // namespace mailtriage::bounce
