// The service manager's and the kernel's word that a mail daemon died: systemd's
// "clamav-daemon.service: Main process exited, code=dumped, status=11/SEGV" and
// the kernel's out-of-memory killer ("Out of memory: Killed process 812 (clamd)");
// and SELinux denying one of mail's processes (parsers/audit.h).
#pragma once

#include <memory>
#include <string_view>

#include "parsers/registry.h"

namespace mailtriage {

// Whether a unit's or a process's name is one of mail's daemons (an MTA,
// Dovecot, a content filter, scanner or milter: "postfix", "clamd", ...).
bool names_a_mail_daemon(std::string_view name);

// "systemd" (the manager's own lines, pid 1 or a user manager's), "kernel", and
// "audit" (the journal's name for the audit subsystem's records: SELinux denials).
bool mail_services_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_mail_services_parser(const FileContext& file);

}  // namespace mailtriage
