// rspamd's own log file (/var/log/rspamd/rspamd.log): "2024-11-19 09:11:39
// #1471(rspamd_proxy) <879976>; proxy; rspamd_task_write_log: id: <msgid>,
// qid: <queue id>, ip: 192.0.2.45, from: <a@example.com>, (default: T
// (reject): [18.94/15.00] [BAYES_SPAM(5.10){...},...]), len: ..., rcpts: <b@example.org>".
// Each scanned message's verdict line is read: a reject (or discard) is mail
// our filter refused, a soft reject or greylist a message told to come back;
// the rule table reads the verdict's symbols (a virus, greylisting, a rate
// limit). Every other line of the file is recognized.
// In a mail log beside the MTA's lines the same verdicts stay recognized: the
// MTA's line of the milter's reply reports the refusal there.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int rspamd_sniff(std::string_view head);
std::unique_ptr<LineParser> make_rspamd_parser(const FileContext& file);

}  // namespace mailtriage
