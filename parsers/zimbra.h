// Zimbra's mailbox server logs (/opt/zimbra/log/mailbox.log and audit.log):
// log4j records, "2025-05-13 06:25:45,106 INFO  [ImapServer-1184]
// [ip=192.0.2.25;oip=203.0.113.14;] security - cmd=Auth; account=a@example.com;
// protocol=imap; error=authentication failed for [a@example.com], invalid
// password;". The security category's refused logins are failed logins, as
// Postfix's SASL failures are; every other record is read for a mail failure
// in its own words, as an application's log is (the web client's sends through
// the MTA, JavaMail's exceptions).
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int zimbra_sniff(std::string_view head);
std::unique_ptr<LineParser> make_zimbra_parser(const FileContext& file);

}  // namespace mailtriage
