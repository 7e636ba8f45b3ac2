// Syslog envelopes: RFC 3164 (BSD, no year), RFC 3339 timestamps (rsyslog's
// default on Debian 12) and RFC 5424. The envelope is separated from the
// program's message so that every MTA parser works under every envelope.
#pragma once

#include <cstdint>
#include <string_view>

#include "parsers/event.h"
#include "parsers/timestamp.h"

namespace mailtriage {

struct SyslogRecord {
  Timestamp time;
  std::string_view host;
  std::string_view program;   // "postfix/smtp"
  uint32_t pid = 0;
  std::string_view message;   // after "program[pid]: "
};

// An event of a mail-log line read from this record: its time, host, program
// and pid, where it is (file, line), the server-log scope and the dataset.
inline Event record_event(const SyslogRecord& rec, Action action, std::string_view dataset,
                          std::string_view file_path, uint64_t file_line) {
  Event ev;
  ev.time = rec.time;
  ev.action = action;
  ev.scope = kScopeServerLog;
  ev.dataset = dataset;
  ev.file_path = file_path;
  ev.file_line = file_line;
  ev.host_name = rec.host;
  ev.process_name = rec.program;
  ev.process_pid = rec.pid;
  return ev;
}

// Dovecot's level word and its space at the start of `s` ("Info: ",
// "Error: ", "Fatal: ", ...): its length, else 0. (Its own log file writes one
// beside the process's prefix; syslog lines keep it for all but "Info".)
size_t dovecot_level_length(std::string_view s);

// Parses the envelope of one line. Returns false when the line is not syslog.
// journalctl -o short-monotonic records ("[  1234.567890] host prog[pid]: msg")
// are read without a time (out->time.valid is false): they carry none.
bool parse_syslog_line(std::string_view line, YearInference& years, SyslogRecord* out);

// A severity or log level word as syslog templates and applications write it,
// upper case ("INFO", "WARNING", "ERR", "FATAL"): a padded one can stand where
// a host would ("2025-03-11T06:41:30+00:00 INFO    postfix/smtpd[412]: ..."),
// and an application's own line puts one after its time ("... ERROR Mailer: ...").
bool names_log_level(std::string_view word);

// `docker compose logs` puts the container's name before each line of its
// output ("postfix-mailcow-1  | Dec  6 08:00:00 mail postfix/smtp[1]: ..."),
// and with --timestamps the time docker received it (pm2's "0|app  | " is
// the same shape); Grafana Loki's logcli puts the entry's time and its
// stream's labels ('2025-03-13T10:07:13Z {host="mx1"}  '); kubelet's CRI
// files the time, the stream and "F" or "P". Returns what the
// container wrote or the collector shipped, or an empty view when the line
// has no such prefix.
std::string_view after_container_prefix(std::string_view line);

// Such a line read: what the container wrote is a syslog line (parsed into
// *out), or output of its own (rspamd's, an entrypoint's); `none` when the
// line has no container prefix.
enum class ContainerLine : uint8_t { none, syslog, other_output };
// `inner`, when given, receives the container's own line (empty for none).
ContainerLine parse_container_line(std::string_view line, YearInference& years, SyslogRecord* out,
                                   std::string_view* inner = nullptr);

// A line journalctl's text output writes between records: "-- Boot 5f0c... --",
// "-- Reboot --", "-- Logs begin at ..., end at ... --", "-- No entries --".
bool is_journalctl_marker(std::string_view line);

}  // namespace mailtriage
