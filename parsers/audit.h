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

// An AVC record's facts, read from its text ("avc:  denied  { name_connect }
// for  pid=48211 comm="smtpd" dest=11332 ... permissive=0").
struct AvcDenial {
  std::string_view permission;  // "name_connect", "write", ...
  std::string_view command;     // comm=, the process's name
  bool permissive = false;      // logged, but allowed (permissive mode or domain)
};

// Whether `text` holds an AVC denial; its facts in *out.
bool read_avc_denial(std::string_view text, AvcDenial* out);

// Whether the process an AVC record names is one of mail's (Postfix's,
// Dovecot's, Exim, Sendmail, the filters and milters).
bool names_a_mail_process(std::string_view command);

// The audit daemon's log: "type=AVC msg=audit(1741932764.318:4330): avc: ...".
int audit_sniff(std::string_view head);
std::unique_ptr<LineParser> make_audit_parser(const FileContext& file);

}  // namespace mailtriage
