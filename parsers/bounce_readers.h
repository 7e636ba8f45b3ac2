// Readers for the bounce formats that the family table's text engine cannot
// read (parsers/bounce_families.cc): each returns true when it found recipients.
#pragma once

#include <vector>

#include "parsers/bounce_message.h"

namespace mailtriage::bounce {

// Amazon SES notifications (Bounce, Complaint, Delivery), bare or inside an
// SNS envelope, sent as the body of an email.
bool read_amazon_ses_json(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// Google Groups refusing a post: the group is in X-Failed-Recipients and the
// (localised) text only says the sender may not post there.
bool read_google_groups(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// Sendmail's "Transcript of session follows" without a delivery-status part
// (old Sendmail, V5, forwarded bounces): "554 <addr>... reason" lines and the
// remote server's "<<< " replies before them.
bool read_sendmail_transcript(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// A bounce that names no recipient of its own but returns the message: the
// returned message's To addresses, each with the report's text as error.
// A session transcript with "--> COMMAND" and "<-- reply" lines (MDaemon):
// each refused "RCPT To:<x>" is a recipient with its reply; a refusal after
// MAIL or DATA fails every recipient accepted before it (or, when none was,
// the transcript's "*  To:" list).
bool read_arrow_transcript(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// Italy's certified mail (PEC) notices: the provider's receipt names its kind
// in the X-Ricevuta header; a delivery error ("errore-consegna", "AVVISO DI
// MANCATA CONSEGNA") or its early warning ("preavviso-errore-consegna") names
// the recipient ('indirizzato a "x"') and the error ("Errore: 5.2.2 - ...").
bool read_pec_notice(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// Postfix's notice to the postmaster about an SMTP session that failed
// ("Postfix SMTP server: errors from HOST", notify_classes): the session's
// " In:" commands and " Out:" replies; a failing reply names the recipient
// of its RCPT, or every accepted recipient after MAIL or DATA.
bool read_postfix_server_transcript(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// A mailing list holding a post for its moderator (Mailman's "Your message to
// X awaits moderator approval"): not returned, not yet delivered; the list's
// address (X-BeenThere, List-Post) is the recipient, the hold's reason the text.
bool read_list_held_post(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// Exim's report in a template of another language (its boilerplate
// translated, the error texts its own): the addresses X-Failed-Recipients
// lists, each found on a line of the report with its error indented under it.
bool read_failed_recipient_blocks(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// A mailing list refusing a post (Mailman 3's "Your message to the X
// mailing-list was rejected for the following reasons: ..."), the post
// attached: its recipients, the sender refused.
bool read_list_rejection(const Message& msg, TextArena& arena, std::vector<Recipient>* out);
// A group's moderators let a post expire unapproved (Exchange's "Your message
// wasn't approved by a moderator of X within 2 days, so it has expired"):
// the returned message's recipients, the message expired.
bool read_moderation_expired(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// A Korean provider's notice (Naver, Daum, Nate): "x 님께 보내신 메일 <subject> 이 다음과
// 같은 이유로 전송 실패했습니다." ("the mail you sent to x failed for this reason"), then
// the reason on a line of its own: that address, that reason.
bool read_korean_notice(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// A challenge-response filter's notice that the message it held, its
// challenge never answered, was deleted: the protected address (the
// Subject's, else the one the notice names), the message filtered.
bool read_challenge_expired(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// A daemon's report in no known wording nor a known language, without the
// returned message: the one address it names (besides its sender and the
// user it went to) and the first failing reply in its text.
bool read_lone_address_reply(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// A status report's table of recipients (GroupWise's "Message status -
// undeliverable"): a row "To: <address>  <action>  <date> <time>  (<comment>)"
// each; the rows whose action is Undeliverable fail, their comment the reason.
bool read_recipient_status_table(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

bool read_returned_recipients(const Message& msg, TextArena& arena, std::vector<Recipient>* out);
// A report of no known wording whose lines name each address and the reply
// it got ("<bob@example.net>: 550 5.1.1 User unknown", Postfix's form without
// its introduction), indented lines continuing the reply.
bool read_address_reply_lines(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// A report of no known wording, often in its server's language, that gives
// each address after a short label ("Recipient: a@x", "收件人：a@x",
// "1. 수신자: a@x") with its reason and the server's reply on the lines below:
// each such address whose lines carry a failing reply or status.
bool read_labelled_address_blocks(const Message& msg, TextArena& arena, std::vector<Recipient>* out);

// In a Sendmail report's "Transcript of session follows", the command and
// the remote server's whole (possibly multi-line) reply of the session with
// `remote_host` (or of the last session that got a reply). False when the
// text holds no transcript.
bool transcript_reply(std::string_view text, std::string_view remote_host, TextArena& arena,
                      std::string_view* command, std::string_view* reply);

}  // namespace mailtriage::bounce
