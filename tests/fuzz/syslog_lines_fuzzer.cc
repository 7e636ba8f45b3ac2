// Server log lines: each line of the input goes to the syslog dispatcher (the
// syslog and journald envelopes, then the Postfix, Exim and Sendmail program
// parsers with their per-message state), to a dispatcher narrowed to one of
// those programs (which reads lines without an envelope as that program's
// bare messages, as `journalctl -o cat` prints them), to the Exim mainlog
// parser (Exim's own timestamps), to the audit log's, to the mail queue
// listings', to Exchange's message tracking logs', to the IIS SMTP service's,
// to Zimbra's mailbox logs', rspamd's, fail2ban's, qmail's multilog,
// Haraka's and PowerMTA's accounting CSV; all are finished at the end, as at the end of a file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parsers/audit.h"
#include "parsers/exchange_tracking.h"
#include "parsers/exim.h"
#include "parsers/fail2ban.h"
#include "parsers/haraka.h"
#include "parsers/powermta.h"
#include "parsers/kumomta.h"
#include "parsers/momentum.h"
#include "parsers/stalwart.h"
#include "parsers/chasquid.h"
#include "parsers/hmailserver.h"
#include "parsers/iis_smtp.h"
#include "parsers/kerio.h"
#include "parsers/mailenable.h"
#include "parsers/mdaemon.h"
#include "parsers/smartermail.h"
#include "parsers/qmail.h"
#include "parsers/queue_listing.h"
#include "parsers/registry.h"
#include "parsers/rspamd.h"
#include "parsers/zimbra.h"
#include "tests/fuzz/fuzz_support.h"

using namespace mailtriage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const FileContext ctx = fuzzing::pinned_context("fuzz.log");
  auto dispatcher = make_syslog_dispatcher(ctx, nullptr);
  static const char* const kPrograms[] = {"postfix", "sendmail", "exim-syslog", "courier", "qmail-syslog", "mox", "maddy", "stalwart-syslog", "zonemta"};
  auto narrowed = make_syslog_dispatcher(ctx, find_format(kPrograms[size % std::size(kPrograms)]));
  auto exim = make_exim_parser(ctx);
  auto audit = make_audit_parser(ctx);
  auto queue = make_queue_listing_parser(ctx);
  auto tracking = make_exchange_tracking_parser(ctx);
  auto iis = make_iis_smtp_parser(ctx);
  auto zimbra = make_zimbra_parser(ctx);
  auto rspamd = make_rspamd_parser(ctx);
  auto fail2ban = make_fail2ban_parser(ctx);
  auto qmail = make_qmail_parser(ctx);
  auto haraka = make_haraka_parser(ctx);
  auto powermta = make_powermta_parser(ctx);
  auto kumomta = make_kumomta_parser(ctx);
  auto momentum = make_momentum_parser(ctx);
  auto stalwart = make_stalwart_parser(ctx);
  auto chasquid = make_chasquid_parser(ctx);
  auto mdaemon = make_mdaemon_parser(ctx);
  auto hmailserver = make_hmailserver_parser(ctx);
  auto smartermail = make_smartermail_parser(ctx);
  auto kerio = make_kerio_parser(ctx);
  auto mailenable = make_mailenable_parser(ctx);
  // Half the inputs (by length) as the reports read a log, where delivered
  // records are only counted and the parsers build them slimmer.
  fuzzing::PipelineLikeSink sink(/*counts_deliveries=*/size % 2 == 0);
  fuzzing::for_each_line(bytes, [&](std::string_view line, uint64_t line_no) {
    dispatcher->parse_line(line, line_no, sink);
    narrowed->parse_line(line, line_no, sink);
    exim->parse_line(line, line_no, sink);
    audit->parse_line(line, line_no, sink);
    queue->parse_line(line, line_no, sink);
    tracking->parse_line(line, line_no, sink);
    iis->parse_line(line, line_no, sink);
    zimbra->parse_line(line, line_no, sink);
    rspamd->parse_line(line, line_no, sink);
    fail2ban->parse_line(line, line_no, sink);
    qmail->parse_line(line, line_no, sink);
    haraka->parse_line(line, line_no, sink);
    powermta->parse_line(line, line_no, sink);
    kumomta->parse_line(line, line_no, sink);
    momentum->parse_line(line, line_no, sink);
    stalwart->parse_line(line, line_no, sink);
    chasquid->parse_line(line, line_no, sink);
    mdaemon->parse_line(line, line_no, sink);
    hmailserver->parse_line(line, line_no, sink);
    smartermail->parse_line(line, line_no, sink);
    kerio->parse_line(line, line_no, sink);
    mailenable->parse_line(line, line_no, sink);
  });
  dispatcher->finish(sink);
  narrowed->finish(sink);
  exim->finish(sink);
  audit->finish(sink);
  queue->finish(sink);
  tracking->finish(sink);
  iis->finish(sink);
  zimbra->finish(sink);
  rspamd->finish(sink);
  fail2ban->finish(sink);
  qmail->finish(sink);
  haraka->finish(sink);
  powermta->finish(sink);
  kumomta->finish(sink);
  momentum->finish(sink);
  stalwart->finish(sink);
  chasquid->finish(sink);
  mdaemon->finish(sink);
  hmailserver->finish(sink);
  smartermail->finish(sink);
  kerio->finish(sink);
  mailenable->finish(sink);
  sink.finish();
  return 0;
}
