// The lines a mail container's process supervisor and entrypoint write into
// its output, between the syslog lines of the mail programs it runs
// (docker-mailserver, and images like it, run Postfix, Dovecot, Rspamd or
// Amavis, ClamAV, OpenDKIM under supervisord):
//   2025-06-02 04:10:12,332 INFO spawned: 'rspamd' with pid 714
//   2025-06-02 04:10:13,406 WARN exited: rspamd (exit status 1; not expected)
//   2025-06-02 04:10:17,591 INFO gave up: rspamd entered FATAL state, too many start retries too quickly
//   [   INF   ]  Welcome to docker-mailserver v14.0.0
// A mail program that exited when it should not have, or that supervisord
// gave up restarting, is a failure of the mail service (its filter or
// delivery is down until it runs again); the supervisor's other lines and the
// entrypoint's notes are recognized, its errors reported.
#pragma once

#include <cstdint>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

// Whether `line` has the shape of supervisord's own log line ("YYYY-MM-DD
// hh:mm:ss,mmm LEVEL ...", its levels CRIT ERRO WARN INFO DEBG TRAC BLAT) or
// of a container entrypoint's status line ("[   INF   ]  ...", "[  ERROR  ]  ...").
bool is_supervisor_line(std::string_view line);

// Reads such a line: the event of a mail program's unexpected exit or its
// last failed start, an entrypoint's error; recognized otherwise.
Outcome read_supervisor_line(std::string_view line, std::string_view path, uint64_t line_no, EventSink& sink);

}  // namespace mailtriage
