// Postfix log lines (the message part after the syslog/journald envelope).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// True for Postfix program names: "postfix/smtp", "postfix-out/smtpd", "postfix/submission/smtpd",
// and a service's own syslog_name before one of Postfix's daemons ("watchdog/smtpd").
bool postfix_claims_program(std::string_view program);

// One of Postfix's daemons by its own name ("smtpd", "cleanup", "qmgr", ...), as
// the part of a program name after the slash and as the kernel names the process.
bool is_postfix_daemon(std::string_view name);
std::unique_ptr<ProgramParser> make_postfix_parser(const FileContext& file);

// Sets the server a Postfix delivery reason names: "connect to mx[192.0.2.1]:25: ...",
// "host mx[198.51.100.5] said: ...", "lost connection with mx[...] while ...", also
// after "delivery temporarily suspended: ". False when it names none. The log's
// status lines and the queue listing (`mailq`) quote the same reasons.
bool postfix_reason_destination(std::string_view reason, Event* ev);
// The same with a cap on the messages whose state is kept between lines
// (default 1,000,000); at the cap the least recently seen is dropped and
// counted as Tally::state_evicted.
std::unique_ptr<ProgramParser> make_postfix_parser(const FileContext& file, size_t max_queue_entries);

// Confidence (0-100) that a file holds Postfix messages without their
// envelope, one per line, as `journalctl -u postfix -o cat` prints them
// ("3F2A1C4D5E: to=<...>, relay=..., status=sent (...)"): most of its first
// lines open with a queue id or with words only Postfix writes.
int postfix_bare_sniff(std::string_view head);

}  // namespace mailtriage
