// SELinux denials of mail's programs, as the kernel's audit subsystem logs
// them: the Linux audit daemon's own log (/var/log/audit/audit.log, RHEL and
// its rebuilds) and the same records in syslog or the journal ("kernel:
// audit: type=1400 audit(...): avc: denied ...", "audit[812]: AVC avc:
// denied ..."). On such systems a denial is the first thing to look for when
// Postfix says only "Permission denied": it cannot reach a milter's port,
// Dovecot cannot write a mail spool, postdrop cannot write the queue.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

// The text of an SELinux denial of one of mail's processes, from "avc:" on
// ("avc:  denied  { name_connect } for  pid=48211 comm="smtpd" dest=11332 ...
// permissive=0"), with the process's name in *command; empty for any other
// text, a denial logged as permitted (permissive=1), or another program's.
std::string_view mail_process_denial(std::string_view text, std::string_view* command = nullptr);

// The audit daemon's log: "type=AVC msg=audit(1741932764.318:4330): avc: ...".
int audit_sniff(std::string_view head);
std::unique_ptr<LineParser> make_audit_parser(const FileContext& file);

}  // namespace mailtriage
