// The one table of input formats. Adding a format = one parser file, its tests,
// its samples, and one row in registry.cc.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "parsers/parser.h"
#include "parsers/syslog.h"

namespace mailtriage {

// Parses the message part of a syslog (or journald) record of one program.
class ProgramParser {
 public:
  virtual ~ProgramParser() = default;
  virtual Outcome parse_record(const SyslogRecord& record, uint64_t line_no, EventSink& sink) = 0;
  virtual void finish(EventSink&) {}
  // The same stream goes on in another file (rotation set): events name it from
  // now on. Parsers that put the path into events must override this.
  virtual void continue_with(const FileContext&) {}
  // The file holds an MTA's lines too (Postfix, Exim, Sendmail, OpenSMTPD):
  // a refusal the MTA made on this program's word (a content filter's
  // verdict) the MTA reports itself, and this program's line restates it.
  virtual void beside_an_mta() {}
};

// One failed event for a daemon's own line whose words are its diagnostic (a
// service that died or lost what it depends on, a configuration refused): what
// the parsers of mail's daemons report alike.
inline Outcome report_daemon_failure(const SyslogRecord& rec, std::string_view diagnostic, std::string_view dataset,
                                     std::string_view path, uint64_t line_no, EventSink& sink) {
  Event ev = record_event(rec, Action::failed, dataset, path, line_no);
  ev.diagnostic = diagnostic;
  sink.on_event(ev);
  return Outcome::reported;
}

enum class FormatKind : uint8_t {
  program,   // a program's messages inside syslog/journald envelopes (Postfix)
  lines,     // a line format of its own (client logs, Exim mainlog)
  messages,  // whole messages (bounces: .eml, mbox, Maildir)
};

struct FormatSpec {
  std::string_view name;         // --input-format value
  std::string_view description;  // --help
  FormatKind kind;
  // kind == program
  bool (*claims_program)(std::string_view program) = nullptr;
  std::unique_ptr<ProgramParser> (*make_program)(const FileContext&) = nullptr;
  // kind == lines / messages: confidence 0-100 that a file starting with `head` is this format
  int (*sniff)(std::string_view head) = nullptr;
  std::unique_ptr<LineParser> (*make_lines)(const FileContext&) = nullptr;
  std::unique_ptr<MessageParser> (*make_messages)(const FileContext&) = nullptr;
};

// The complete lines at the start of a sniffed head (the last may be cut short
// and is left out), without a trailing "\r", handed to `fn` in order until it
// returns false: the shared walk of the sniffers.
template <class Fn>
void for_each_head_line(std::string_view head, Fn&& fn) {
  while (!head.empty()) {
    const size_t nl = head.find('\n');
    if (nl == std::string_view::npos) return;
    std::string_view line = head.substr(0, nl);
    head.remove_prefix(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!fn(line)) return;
  }
}

// The share, 0 to 100, of the head's first 20 non-empty lines that `is_record`
// accepts: the sniff of a format whose every line has one shape.
template <class Pred>
int percent_of_head_lines(std::string_view head, Pred&& is_record) {
  int lines = 0, records = 0;
  for_each_head_line(head, [&](std::string_view line) {
    if (line.empty()) return true;
    ++lines;
    records += is_record(line) ? 1 : 0;
    return lines < 20;
  });
  return lines ? records * 100 / lines : 0;
}

std::span<const FormatSpec> formats();
const FormatSpec* find_format(std::string_view name);

// A line parser for syslog/journald files that hands each record to the
// program format claiming it (all program formats, or only `only`). Lines of
// other programs are `recognized`; lines without an envelope `unrecognized`.
std::unique_ptr<LineParser> make_syslog_dispatcher(const FileContext& file, const FormatSpec* only);

// Confidence 0-100 that `head` (the first bytes of a file) is a syslog file.
int sniff_syslog(std::string_view head);

// What auto mode picks for a file starting with `head`: a lines/messages format,
// or null for the syslog dispatcher (also the answer when nothing is sure).
const FormatSpec* detect_format(std::string_view head);

}  // namespace mailtriage
