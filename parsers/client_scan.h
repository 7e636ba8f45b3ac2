// Field scanners for mail-client log lines: which program wrote a line, the
// SMTP reply it quotes, the host and port it names, and whether it reports a
// failure at all. Pure functions over string_views, so the client parser
// (parsers/client.cc) stays a small state machine and each scanner is tested
// on its own. Functions taking `lower` expect the ASCII-lowercased copy of
// `text` (same length, same offsets); the parser lowers each line once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "parsers/event.h"

namespace mailtriage::client_scan {

// ASCII lowercase of `text` into `out` (reused; no allocation once it has grown).
void lower_into(std::string_view text, std::string* out);

// The program that wrote the line, from its own wording ("msmtp",
// "phpmailer", "smtplib", "nodemailer", "node", "javamail", "dotnet",
// "mailkit", "curl", "swaks", "thunderbird", "outlook", "postfix", "exim",
// "sendmail", ...), or empty when nothing names it.
std::string_view detect_program(std::string_view lower);

// Strong markers for client_sniff: wording only mail clients and libraries print.
bool has_client_marker(std::string_view lower);

// Which side of an SMTP transcript a debug line shows.
enum class Direction : uint8_t { none, from_server, to_server, info };

struct Transcript {
  Direction direction = Direction::none;
  std::string_view program;   // program whose debug format this is
  std::string_view payload;   // the line after the transcript prefix
  bool flagged = false;       // the program marked the line an error of its own (swaks' "<** ")
};
// Recognizes the debug prefixes of PHPMailer, swaks, msmtp --debug, curl -v,
// nodemailer's logger, smtplib's set_debuglevel, Postfix's debug_peer_list and
// JavaMail's mail.debug (bare replies and commands).
Transcript classify_transcript(std::string_view text, std::string_view lower);

struct Reply {
  uint16_t code = 0;          // first 4xx/5xx reply code in a reply position, 0 = none
  std::string_view status;    // enhanced status: the one after the code, else the first 4.x.x/5.x.x
  bool continues = false;     // the reply is "NNN-" and its last line is not in this text
  // A refusal: a 4xx/5xx code, or an enhanced status that is not 2.x.x.
  bool failing() const { return code >= 400 || (!status.empty() && status[0] != '2'); }
};
// A syslog-style tag that opens a line without a time ("smartd[744]: ",
// "fail2ban.utils [922]: "): the text up to and with its "[", which the same
// program's next record repeats; empty when the line opens otherwise.
std::string_view leading_program_tag(std::string_view line);

// Finds the failing SMTP reply a line quotes: "said: 550 5.1.1", "(535, b'5.7.8",
// "responseCode: 535", "SMTP Error (535):", a reply at the start of the text.
// 2xx/3xx codes are ignored: in a failure line they are never the failure.
Reply find_reply(std::string_view text);

struct Destination {
  std::string_view host;      // name (or address when no name is given)
  std::string_view ip;        // address, when the line gives one
  uint16_t port = 0;
};
// The remote host and port a line names: "name[ip]:port" (Postfix),
// "host:port", "host, port: H, N" and "SMTP host: H, port: N" (JavaMail),
// "to H, port N" (msmtp), "host: 'H', port: N" (Node), "peeraddr=ip:port" (Ruby),
// "lookup H on resolver:53" (Go: the host, not the resolver),
// "Outgoing server (SMTP) H" (Thunderbird). Source locations ("file.c:252")
// and URLs without ports are not hosts.
Destination find_destination(std::string_view text, std::string_view lower);

// nginx's mail proxy (the front of Mailu, mailcow, Zimbra) ends an error record
// with the session: "... while in http auth state, client: 203.0.113.9,
// server: 0.0.0.0:465, login: "a@example.org"". The client is where the
// failed login came from; the server is the proxy's own listener, whose
// wildcard address names no host (server_ip stays empty).
struct ProxySession {
  std::string_view client_ip, server_ip;
  uint16_t server_port = 0;
};
bool read_mail_proxy_session(std::string_view text, ProxySession* out);

// True when the line reports a failure in its own words (refused, timed out,
// rejected, certificate, ...) or quotes a failing SMTP reply. The bare words
// "error", "failed" and "exception" count only when `vague_counts`: the
// caller says whether the line is a mail program's own (or a pasted line)
// rather than an application's summary that a detailed error follows.
bool reports_failure(std::string_view lower, const Reply& reply, bool vague_counts);

// A field's label whose value is on the next line ("Error ID:", "Error Code: "):
// no failure of its own, whatever its words.
bool is_bare_label(std::string_view lower);

// The header `tail` prints before each file's lines when it follows several
// ("==> /var/log/gitlab/sidekiq/current <=="), as gitlab-ctl tail does.
bool is_tail_header(std::string_view line);

// A line whose failure word states a normal condition: a daemon's start-up
// banner ("core dumps disabled") or a tally of outcomes ("2 sent, 7 failed",
// whose failures are reported one by one elsewhere).
bool states_a_normal_condition(std::string_view lower);

// A line that is another service's error in an application's log: a database
// driver's (SQLSTATE, SQLAlchemy, psycopg, Npgsql, libpq's wording), a cache's,
// a web request's ("Not Found: /robots.txt"), or a programming error
// ("ValueError: ..."), not mail.
bool names_another_service(std::string_view lower);

// A directive of the W3C extended log format that Windows Firewall and IIS
// write at the top of their logs ("#Version: 1.5", "#Fields: date time ...").
bool is_w3c_log_directive(std::string_view line);

// A Windows Firewall log record (pfirewall.log: "date time DROP TCP src dst
// sport dport ... SEND [pid]") of an outgoing connection to an SMTP port
// (25, 465, 587, 2525) that the firewall dropped. `body` is the record after
// its date and time, or the whole line.
bool firewall_drops_outgoing_smtp(std::string_view body);

// Whether the line speaks of mail at all: mail, SMTP, its commands and
// ports, recipients and senders, the sending services' names.
bool mentions_mail(std::string_view lower);
// Whether the (lowered) text names the host of a sending service's HTTP API
// (api.sendgrid.com, api.mailgun.net, email.<region>.amazonaws.com, ...).
bool names_a_sending_api(std::string_view lower);

// What the line says happened to the message: deferred/bounced/expired when it
// says so (status=deferred, "defer (", ...), else failed.
Action action_of(std::string_view lower);

// Stack frames and structural lines of dumped errors: "at X (file:1:2)",
// "File \"x.py\", line 3, in f", "... 12 more", "--- End of inner exception ...",
// "{", "}", "Traceback (most recent call last):".
bool is_structural(std::string_view text);

// Whether `text` starts with the shape given: 'd' a digit, any other
// character itself ("dddd-dd-dd dd:dd:dd" for "2024-05-02 10:11:12").
bool starts_with_shape(std::string_view text, std::string_view shape);

// Where the next record joined into this line starts, at or after `from`
// (npos: none). Users paste several lines of a program's output as one
// ("msmtp: cannot connect to ... msmtp: could not send mail (account ...)",
// a PHPMailer debug transcript with its "SERVER -> CLIENT:" and "SMTP ERROR:"
// lines run together): a record starts where the line's own leading program
// prefix or date-and-time recurs after a space, and at PHPMailer's transcript
// arrows and its "SMTP ERROR: " (upper case: the debug output's own prefix).
size_t next_joined_record(std::string_view line, size_t from);

// A Python traceback folded into one line ("Traceback (most recent call last):
// File ... smtplib.SMTPAuthenticationError: (535, ...)", at the line's start or
// after the record it was logged under): where its exception begins, or npos.
size_t folded_traceback_exception(std::string_view line);

}  // namespace mailtriage::client_scan
