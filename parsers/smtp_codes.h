// Finding SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) in text.
#pragma once

#include <cstdint>
#include <string_view>

namespace mailtriage {

// True when s is an enhanced status "c.sss.ddd" (class 2, 4 or 5; 1-3 digits each).
bool is_enhanced_status(std::string_view s);

// The enhanced status that opens s, up to the first space ("5.1.1 User
// unknown" -> "5.1.1"), or "".
std::string_view leading_enhanced_status(std::string_view s);

// Scans text for the first reply code ("550", "550-", "550 ") at a word start
// and the first enhanced status. Either output may be left unset (0 / empty).
// Only codes 2xx-5xx count; a number inside a longer number never does.
void find_smtp_codes(std::string_view text, uint16_t* reply_code, std::string_view* status);

// Whether the three digits at text[at] are a web request's status under a
// structured record's status key ("status": 502, "statusCode":500, status=503,
// body="{\"status\":500}"), not an SMTP reply: mail services put replies under
// "response", "responseCode", "smtp-response", and msmtp's is "smtpstatus=".
bool follows_http_status_key(std::string_view text, size_t at);

// Whether the three digits at `at` are an API's status opening a quoted
// message ("500: Error sending confirmation email", GoTrue's JSON "msg"):
// a quote before them, a colon after, and no enhanced status after that
// (an SMTP reply quoted so would have one).
bool opens_quoted_http_status(std::string_view text, size_t at);

// The SMTP command an error answered, as MTAs word it in their reports ("in
// reply to RCPT TO command", "after MAIL FROM:", ">>> DATA", "[RCPT_TO]"):
// "CONN", "HELO", "EHLO", "MAIL", "RCPT", "DATA", "AUTH", "STARTTLS", or "".
std::string_view find_smtp_command(std::string_view text);

// Whether a server-attempt text says what a status line's reason says of another host:
// "connect to mx1[192.0.2.1]:25: Connection timed out" and a status line ending "(connect to
// mx2[192.0.2.2]:25: Connection timed out)"; "host mx00[...] refused to talk to me: 554-..." and
// the same from mx01, compared up to the reply's code and enhanced status (each host words the
// rest its own way). False when either names no bracketed address.
bool same_error_from_another_host(std::string_view attempt_text, std::string_view status_line);

}  // namespace mailtriage
