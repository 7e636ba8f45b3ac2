// Cyrus IMAP's own lines in the mail log (programs "cyrus/master",
// "cyrus/imap", "cyrus/lmtpunix", ... on Debian; "master", "imapd" and
// "lmtpd" elsewhere are not claimed: those names are too common).
// A mail store's failures the MTA's delivery line does not say:
//   cyrus/master: service lmtpunix/unix pid 50233 in READY state: terminated abnormally
//   cyrus/master: too many failures for service lmtpunix/unix, disabling until next SIGHUP
// (a Cyrus service crashing, then disabled: mail waits in the MTA's queue),
//   cyrus/imap: badlogin: host.example [198.51.100.203] PLAIN [SASL(-13): authentication failure: ...]
// (a failed login, as Dovecot's and Postfix's SASL failures are). An LMTP
// refusal's own line ("verify_user(user.x) failed: Mailbox does not exist")
// is what the MTA's line after it reports, and Cyrus's other lines are its
// routine: recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

class ProgramParser;
bool cyrus_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_cyrus_parser(const FileContext& file);

}  // namespace mailtriage
