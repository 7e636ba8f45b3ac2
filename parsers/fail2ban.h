// fail2ban's log, its own file (/var/log/fail2ban.log) or its lines in
// syslog/journald (logtarget = SYSLOG): each "Found" of a jail that watches
// mail logins (postfix-sasl, dovecot, roundcube-auth, sogo-auth, ...) is a
// failed login from that address, as the filter matched it in the mail log:
//   2025-03-11 08:02:13,518 fail2ban.filter  [688]: INFO    [postfix-sasl] Found 203.0.113.45 - 2025-03-11 08:02:13
// Its other lines (bans, unbans, its start, jails of other services, and the
// mail jails that match refused SMTP clients, which the MTA's own log reports)
// are recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

class ProgramParser;
int fail2ban_sniff(std::string_view head);
std::unique_ptr<LineParser> make_fail2ban_parser(const FileContext& file);
bool fail2ban_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_fail2ban_program_parser(const FileContext& file);

}  // namespace mailtriage
