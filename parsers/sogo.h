// SOGo's lines in the mail log (program "sogod", the groupware and webmail
// of mailcow and many self-hosted stacks). Its refused web logins are failed
// logins, from the address it names, as fail2ban's SOGo filter reads them:
//   sogod [96]: SOGoRootPage Login from '198.51.100.58' for user 'peter@example.org'
//       might not have worked - password policy: 65535  grace: -1  expire: -1  bound: 0
// Its other lines (successful logins, HTTP requests) are recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

class ProgramParser;
bool sogo_claims_program(std::string_view program);
std::unique_ptr<ProgramParser> make_sogo_parser(const FileContext& file);

}  // namespace mailtriage
