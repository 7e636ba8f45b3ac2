#include "parsers/supervisord.h"

#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "supervisor.log";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "[   INF   ]  text": the level centred in brackets, as docker-mailserver's
// scripts print it (INF, WARNING, ERROR, DEBUG, TRACE). Returns the level.
sv entrypoint_level(sv line) {
  if (line.size() < 12 || line[0] != '[') return {};
  const size_t close = line.find(']');
  if (close == npos || close > 12 || close + 1 >= line.size() || line[close + 1] != ' ') return {};
  sv level = line.substr(1, close - 1);
  while (!level.empty() && level.front() == ' ') level.remove_prefix(1);
  while (!level.empty() && level.back() == ' ') level.remove_suffix(1);
  for (sv known : {"INF", "WARNING", "ERROR", "DEBUG", "TRACE"})
    if (level == known) return level;
  return {};
}

// A program of the mail stack, by the name supervisord knows it under.
bool mail_program(sv name) {
  for (sv p : {"postfix", "dovecot", "rspamd", "amavis", "clam", "freshclam", "opendkim", "opendmarc", "spamd",
               "spamassassin", "postgrey", "saslauthd", "exim", "sendmail", "milter", "policyd", "postsrsd", "redis",
               "fetchmail", "getmail", "mailman", "sogo", "unbound"})
    if (name.find(p) != npos) return true;
  return false;
}

}  // namespace

bool is_supervisor_line(sv line) {
  // "2025-06-02 04:10:13,406 WARN ": the comma before the milliseconds is
  // Python logging's (no syslog line has one there).
  if (line.size() > 29 && line[19] == ',' && line[10] == ' ' && line[4] == '-' && is_digit(line[0]) &&
      is_digit(line[20]) && is_digit(line[22]) && line[23] == ' ') {
    const sv level = line.substr(24, 5);
    for (sv l : {"CRIT ", "ERRO ", "WARN ", "INFO ", "DEBG ", "TRAC ", "BLAT "})
      if (level == l) return true;
    return false;
  }
  return !entrypoint_level(line).empty();
}

Outcome read_supervisor_line(sv line, sv path, uint64_t line_no, EventSink& sink) {
  Event ev;
  ev.scope = kScopeServerLog;
  ev.dataset = kDataset;
  ev.file_path = path;
  ev.file_line = line_no;
  ev.action = Action::failed;
  if (const sv level = entrypoint_level(line); !level.empty()) {
    if (level != "ERROR") return Outcome::recognized;
    sv text = line.substr(line.find(']') + 1);
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    ev.process_name = "entrypoint";
    ev.diagnostic = text;
    sink.on_event(ev);
    return Outcome::reported;
  }
  // supervisord logs in local time without a zone, as the container's clock says.
  scan_rfc3339(line.substr(0, 19), &ev.time);
  const sv message = line.substr(29);
  sv program;
  if (message.starts_with("exited: ") && message.find("; not expected)") != npos) {
    program = message.substr(8, message.find(' ', 8) - 8);
  } else if (message.starts_with("gave up: ") && message.find(" entered FATAL state") != npos) {
    program = message.substr(9, message.find(' ', 9) - 9);
  } else {
    return Outcome::recognized;
  }
  if (!mail_program(program)) return Outcome::recognized;
  ev.process_name = program;
  ev.diagnostic = message;
  sink.on_event(ev);
  return Outcome::reported;
}

}  // namespace mailtriage
