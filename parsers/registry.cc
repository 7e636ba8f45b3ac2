#include "parsers/registry.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "parsers/amavis.h"
#include "parsers/bounce.h"
#include "parsers/bounce_text.h"
#include "parsers/client.h"
#include "parsers/cyrus.h"
#include "parsers/dovecot.h"
#include "parsers/audit.h"
#include "parsers/mail_services.h"
#include "parsers/exchange_tracking.h"
#include "parsers/exim.h"
#include "parsers/journald.h"
#include "parsers/opensmtpd.h"
#include "parsers/postfix.h"
#include "parsers/provider_json.h"
#include "parsers/queue_listing.h"
#include "parsers/sendmail.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/hmailserver.h"
#include "parsers/iis_smtp.h"
#include "parsers/kerio.h"
#include "parsers/mailenable.h"
#include "parsers/supervisord.h"
#include "parsers/rspamd.h"
#include "parsers/sogo.h"
#include "parsers/fail2ban.h"
#include "parsers/qmail.h"
#include "parsers/courier.h"
#include "parsers/haraka.h"
#include "parsers/powermta.h"
#include "parsers/kumomta.h"
#include "parsers/momentum.h"
#include "parsers/stalwart.h"
#include "parsers/mdaemon.h"
#include "parsers/mox.h"
#include "parsers/smartermail.h"
#include "parsers/zonemta.h"
#include "parsers/maddy.h"
#include "parsers/chasquid.h"
#include "parsers/zimbra.h"

namespace mailtriage {
namespace {

const FormatSpec kFormats[] = {
    // (Before Postfix: a rejectlog's "1747211650: R=..." reads as a bare Postfix line with a
    // numeric queue id, and the first of two equal sniffs wins.)
    {.name = "momentum",
     .description = "Momentum's (Ecelerity's) mainlog, bouncelog and rejectlog (@-delimited records): failures, refusals",
     .kind = FormatKind::lines, .sniff = momentum_sniff, .make_lines = make_momentum_parser},
    {.name = "postfix", .description = "Postfix syslog/journald lines (also bare messages, as journalctl -o cat prints them)",
     .kind = FormatKind::program, .claims_program = postfix_claims_program, .make_program = make_postfix_parser,
     .sniff = postfix_bare_sniff},
    // (Before the client reader: its records are an application's log too, and the first of two
    // equal sniffs wins.)
    {.name = "zimbra",
     .description = "Zimbra's mailbox server logs (mailbox.log, audit.log): refused logins, and its sends' failures",
     .kind = FormatKind::lines, .sniff = zimbra_sniff, .make_lines = make_zimbra_parser},
    {.name = "rspamd",
     .description = "rspamd's own log (rspamd.log): the messages its verdicts rejected, deferred or greylisted",
     .kind = FormatKind::lines, .sniff = rspamd_sniff, .make_lines = make_rspamd_parser},
    {.name = "fail2ban",
     .description = "fail2ban's log (fail2ban.log): failed logins its mail jails found (postfix-sasl, dovecot, ...)",
     .kind = FormatKind::lines, .sniff = fail2ban_sniff, .make_lines = make_fail2ban_parser},
    {.name = "qmail",
     .description = "qmail-send's log as multilog writes it (@tai64n stamps) or tai64nlocal prints it; rblsmtpd's refusals",
     .kind = FormatKind::lines, .sniff = qmail_sniff, .make_lines = make_qmail_parser},
    {.name = "haraka",
     .description = "Haraka's log ([LEVEL] [uuid] [plugin] lines): plugins' refusals, outbound bounces and deferrals",
     .kind = FormatKind::lines, .sniff = haraka_sniff, .make_lines = make_haraka_parser},
    {.name = "powermta",
     .description = "PowerMTA's accounting CSV (acct-*.csv): its bounce, transient (deferral) and delivery records",
     .kind = FormatKind::lines, .sniff = powermta_sniff, .make_lines = make_powermta_parser},
    {.name = "kumomta",
     .description = "KumoMTA's JSON log records (one a line): bounces, deferrals, expiries, refusals, complaints",
     .kind = FormatKind::lines, .sniff = kumomta_sniff, .make_lines = make_kumomta_parser},
    {.name = "stalwart",
     .description = "Stalwart Mail Server's event log (\"TIME LEVEL Description (event.id) key = value, ...\")",
     .kind = FormatKind::lines, .sniff = stalwart_sniff, .make_lines = make_stalwart_parser},
    {.name = "chasquid", .description = "chasquid's mail log: refused clients, failed deliveries, failed logins",
     .kind = FormatKind::lines, .sniff = chasquid_sniff, .make_lines = make_chasquid_parser},
    {.name = "iis-smtp",
     .description = "the IIS SMTP service's W3C logs (SmtpSvc1\\ex*.log): refused commands, remote servers' failures",
     .kind = FormatKind::lines, .sniff = iis_smtp_sniff, .make_lines = make_iis_smtp_parser},
    {.name = "hmailserver",
     .description = "hMailServer's own log (Logs\\hmailserver_*.log): refusals, failed logins, remote servers' "
                    "failures, failed connections and MX lookups, expiries",
     .kind = FormatKind::lines, .sniff = hmailserver_sniff, .make_lines = make_hmailserver_parser},
    {.name = "mdaemon",
     .description = "MDaemon's SMTP session logs (MDaemon-*-SMTP-(in).log, -(out).log, -all.log): refusals, failed "
                    "logins, screening blocks, remote failures, deliveries that could not connect, resolve or "
                    "negotiate TLS",
     .kind = FormatKind::lines, .sniff = mdaemon_sniff, .make_lines = make_mdaemon_parser},
    {.name = "smartermail",
     .description = "SmarterMail's SMTP, delivery and administrative logs (YYYY.MM.DD-smtpLog.log, -delivery.log): "
                    "refusals, failed logins, IDS blocks, remote failures, expiries",
     .kind = FormatKind::lines, .sniff = smartermail_sniff, .make_lines = make_smartermail_parser},
    {.name = "kerio",
     .description = "Kerio Connect's logs (store/logs: mail.log, security.log, warning.log, error.log): delayed, "
                    "failed and expired recipients, refusals of clients, failed logins, failed deliveries and "
                    "handshakes",
     .kind = FormatKind::lines, .sniff = kerio_sniff, .make_lines = make_kerio_parser},
    {.name = "kerio-syslog",
     .description = "Kerio Connect's records sent to a syslog server (under a host whose lines are Kerio's words)",
     .kind = FormatKind::program, .claims_program = kerio_claims_program, .make_program = make_kerio_program_parser},
    {.name = "mailenable",
     .description = "MailEnable's SMTP activity, debug and W3C logs (Logging\\SMTP\\SMTP-Activity-*.log, "
                    "SMTP-Debug-*.log) and its IMAP/POP activity logs: refusals, failed logins, remote failures, "
                    "deliveries that could not connect or resolve, expiries",
     .kind = FormatKind::lines, .sniff = mailenable_sniff, .make_lines = make_mailenable_parser},
    {.name = "client", .description = "mail-client and library logs (msmtp, PHPMailer, smtplib, nodemailer, ...)",
     .kind = FormatKind::lines, .sniff = client_sniff, .make_lines = make_client_parser},
    {.name = "bounce", .description = "bounce messages: .eml, mbox, Maildir (RFC 3464 and non-standard)",
     .kind = FormatKind::messages, .sniff = bounce_sniff, .make_messages = make_bounce_parser},
    {.name = "exim", .description = "Exim mainlog/rejectlog (its own timestamps; also Exim lines in syslog)",
     .kind = FormatKind::lines, .sniff = exim_sniff, .make_lines = make_exim_parser},
    {.name = "exim-syslog", .description = "Exim messages inside syslog/journald envelopes (program exim, exim4)",
     .kind = FormatKind::program, .claims_program = exim_claims_program, .make_program = make_exim_program_parser},
    {.name = "provider-json",
     .description = "provider event JSON: Amazon SES (raw, SNS, EventBridge), SendGrid, Mailgun, Postmark, SparkPost, "
                    "Mandrill, Mailjet, Brevo, Resend webhooks",
     .kind = FormatKind::messages, .sniff = provider_json_sniff, .make_messages = make_provider_json_parser},
    {.name = "sendmail", .description = "Sendmail syslog/journald lines (sendmail, sm-mta, sm-msp-queue)",
     .kind = FormatKind::program, .claims_program = sendmail_claims_program, .make_program = make_sendmail_parser},
    {.name = "opensmtpd", .description = "OpenSMTPD syslog/journald lines (smtpd)",
     .kind = FormatKind::program, .claims_program = opensmtpd_claims_program, .make_program = make_opensmtpd_parser},
    {.name = "amavis", .description = "amavisd-new's verdicts in syslog/journald lines (amavis, amavisd)",
     .kind = FormatKind::program, .claims_program = amavis_claims_program, .make_program = make_amavis_parser},
    {.name = "dovecot", .description = "Dovecot's LDA refusing a message itself, and users' Sieve rejects (dovecot)",
     .kind = FormatKind::program, .claims_program = dovecot_claims_program, .make_program = make_dovecot_parser},
    {.name = "sogo", .description = "SOGo's lines (sogod): refused web logins",
     .kind = FormatKind::program, .claims_program = sogo_claims_program, .make_program = make_sogo_parser},
    {.name = "stalwart-syslog", .description = "Stalwart's events in syslog/journald (program stalwart)",
     .kind = FormatKind::program, .claims_program = stalwart_claims_program, .make_program = make_stalwart_program_parser},
    {.name = "mox", .description = "Mox's logfmt lines in syslog/journald (program mox): queue failures, refusals, failed logins",
     .kind = FormatKind::program, .claims_program = mox_claims_program, .make_program = make_mox_parser},
    {.name = "zonemta", .description = "ZoneMTA's lines in syslog/journald (program zone-mta): deferred and rejected deliveries",
     .kind = FormatKind::program, .claims_program = zonemta_claims_program, .make_program = make_zonemta_parser},
    {.name = "maddy",
     .description = "Maddy's lines in syslog/journald (program maddy): failed attempts, the queue's verdicts, refusals, logins",
     .kind = FormatKind::program, .claims_program = maddy_claims_program, .make_program = make_maddy_parser},
    {.name = "courier",
     .description = "Courier MTA and Courier-IMAP lines (courieresmtpd, courieresmtp, courierlocal, imapd, pop3d, "
                    "authdaemond)",
     .kind = FormatKind::program, .claims_program = courier_claims_program, .make_program = make_courier_parser},
    {.name = "qmail-syslog", .description = "qmail-send's lines in syslog (splogger's program qmail)",
     .kind = FormatKind::program, .claims_program = qmail_claims_program, .make_program = make_qmail_program_parser},
    {.name = "fail2ban-syslog", .description = "fail2ban's lines in syslog/journald (fail2ban.filter, ...): failed mail logins",
     .kind = FormatKind::program, .claims_program = fail2ban_claims_program,
     .make_program = make_fail2ban_program_parser},
    {.name = "cyrus", .description = "Cyrus IMAP's lines (cyrus/...): a service that crashed or was disabled, failed logins",
     .kind = FormatKind::program, .claims_program = cyrus_claims_program, .make_program = make_cyrus_parser},
    {.name = "mail-services",
     .description = "systemd and the kernel saying a mail daemon crashed or was killed (out of memory)",
     .kind = FormatKind::program, .claims_program = mail_services_claims_program,
     .make_program = make_mail_services_parser},
    {.name = "exchange-tracking",
     .description = "Microsoft Exchange message tracking logs (MSGTRK*.LOG) and Get-MessageTrackingLog CSV exports",
     .kind = FormatKind::lines, .sniff = exchange_tracking_sniff, .make_lines = make_exchange_tracking_parser},
    {.name = "queue", .description = "mail queue listings: Postfix postqueue -p / mailq and postqueue -j, Sendmail mailq",
     .kind = FormatKind::lines, .sniff = queue_listing_sniff, .make_lines = make_queue_listing_parser},
    {.name = "audit", .description = "the Linux audit log (audit.log): SELinux denials of mail's programs",
     .kind = FormatKind::lines, .sniff = audit_sniff, .make_lines = make_audit_parser},
    {.name = "client-syslog",
     .description = "sending programs' lines inside syslog/journald envelopes (sSMTP, msmtp, nullmailer, dma, cron)",
     .kind = FormatKind::program, .claims_program = client_claims_program, .make_program = make_client_program_parser},
};

// Exim's -v output on stderr opens each line with its pid, right-aligned ("  241 LOG:
// MAIN", "  241   == a@example.org ..."): the pid, and *rest the text after it; false
// when the line does not open so.
// supervisord's own record ("2025-06-02 04:10:13,406 WARN exited: ..."), between
// a mail container's syslog lines: the comma before the milliseconds rules out
// every other line before the full check (a call) is made.
bool is_supervisord_record(std::string_view line) {
  return line.size() > 29 && line[19] == ',' && is_supervisor_line(line);
}

bool read_exim_verbose_pid(std::string_view text, uint32_t* pid, std::string_view* rest) {
  size_t i = 0;
  while (i < text.size() && i < 8 && text[i] == ' ') ++i;
  const size_t digits = i;
  uint32_t n = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9' && n < 100000000) n = n * 10 + uint32_t(text[i++] - '0');
  // (The pid is a word: "2025/12/06 08:00:01 [error] ..." starts with no pid.)
  if (i == digits || i == text.size() || text[i] != ' ') return false;
  *pid = n;
  *rest = text.substr(i);
  return true;
}

// Exim's -v log entry header ("  241 LOG: MAIN"), bare or after a container's prefix
// (SyslogDispatcher::exim_verbose_line).
bool looks_like_exim_verbose_header(std::string_view text) {
  uint32_t pid;
  std::string_view rest;
  return read_exim_verbose_pid(text, &pid, &rest) && rest.starts_with(" LOG: ");
}

class SyslogDispatcher final : public LineParser {
 public:
  SyslogDispatcher(const FileContext& file, const FormatSpec* only)
      : file_(file), only_(only), years_(file.mtime ? file.mtime : file.now) {}

  Outcome parse_line(std::string_view line, uint64_t line_no, EventSink& sink) override {
    // `journalctl -o json-pretty` spreads a record over lines: "{" alone, one
    // '"FIELD" : "value",' a line, "}" alone. The record is gathered and read
    // as one `-o json` line when it closes (its events carry the closing
    // line's number); the lines before are recognized, parts of it. A line
    // of another shape ends the gathering and is read as itself.
    if (pretty_open_ || (line.size() <= 2 && bounce::trim(line) == "{")) [[unlikely]] {
      if (const std::optional<Outcome> o = gather_pretty_record(line, line_no, sink)) return *o;
    }
    return parse_single_line(line, line_no, sink);
  }

 private:
  static constexpr size_t kMaxPrettyRecord = size_t(1) << 20;
  bool mta_seen_ = false;  // a parser of an MTA's lines was made for this file (ProgramParser::beside_an_mta)
  bool exim_verbose_pending_ = false;  // an Exim -v "LOG: MAIN" line was read; its entry comes next
  uint32_t exim_verbose_pid_ = 0;
  bool exim_verbose_seen_ = false;  // the file holds Exim's -v output: its other pid-led lines are its notes
  bool kerio_host_seen_ = false;  // a line of this host was in words only Kerio writes (kerio_host_record)
  std::string kerio_host_;

  // The outcome of a json-pretty line, or nothing when `line` is no part of one.
  // (Out of line: every other line's parse does not pay for it.)
  [[gnu::noinline]] std::optional<Outcome> gather_pretty_record(std::string_view line, uint64_t line_no, EventSink& sink) {
    const std::string_view t = bounce::trim(line);
    if (!pretty_open_) {
      pretty_open_ = true;
      pretty_.clear();
      pretty_.push_back('{');
      return Outcome::recognized;
    }
    if (t == "}") {
      pretty_open_ = false;
      pretty_.push_back('}');
      return parse_single_line(pretty_, line_no, sink);
    }
    const bool member = line.size() > t.size() && !t.empty() && t.front() == '"';
    if (!member || pretty_.size() + t.size() > kMaxPrettyRecord) {
      read_unclosed_pretty_record(sink);
      return std::nullopt;
    }
    pretty_.append(t);
    pretty_last_line_ = line_no;
    return Outcome::recognized;
  }

  // A record whose "}" never came (the output was cut: a full disk, a
  // journalctl that was stopped, a file copied while it grew) is read with
  // what it has, as of its last member line: its MESSAGE is usually there,
  // and dropping it would lose a failure that its lines were counted for.
  void read_unclosed_pretty_record(EventSink& sink) {
    pretty_open_ = false;
    if (pretty_.size() <= 1) return;
    if (pretty_.back() == ',') pretty_.pop_back();
    pretty_.push_back('}');
    parse_single_line(pretty_, pretty_last_line_, sink);
  }

  [[gnu::always_inline]] Outcome parse_single_line(std::string_view line, uint64_t line_no, EventSink& sink) {
    SyslogRecord rec;
    // `journalctl -o json` records go to the same program parsers as syslog lines.
    if (looks_like_journald(line)) {
      const JournaldError e = journal_.parse(line, &rec);
      if (e == JournaldError::docker_log) return docker_json_line(rec, line_no, sink);
      if (e != JournaldError::ok) return Outcome::unrecognized;
    } else if (is_supervisord_record(line)) [[unlikely]] {
      // A mail container's process supervisor between the syslog lines (its
      // level would otherwise be read as a host).
      return read_supervisor_line(line, file_.path, line_no, sink);
    } else if (!parse_syslog_line(line, years_, &rec)) {
      if (is_journalctl_marker(line)) return Outcome::recognized;
      // ... and its entrypoint's notes ("[   INF   ]  ...").
      if (line[0] == '[' && is_supervisor_line(line)) [[unlikely]]
        return read_supervisor_line(line, file_.path, line_no, sink);
      // A container's output as `docker compose logs` prints it; what another
      // container of the stack writes in a format of its own (rspamd's,
      // an entrypoint script's) is that container's, not mail's.
      // (Out of line, in syslog.cc: a plain log never gets here.)
      std::string_view inner;
      const ContainerLine c = parse_container_line(line, years_, &rec, &inner);
      // A mail container's process supervisor among them (its level is read as a program otherwise).
      if (c != ContainerLine::none && is_supervisord_record(inner)) [[unlikely]]
        return read_supervisor_line(inner, file_.path, line_no, sink);
      if (c == ContainerLine::other_output) {
        Timestamp collected;  // the collector's time: kubelet's, `docker compose logs -t`'s
        if (line[0] >= '0' && line[0] <= '9') scan_rfc3339(line, &collected);
        return exim_verbose_line(inner, collected, /*container=*/true, line_no, sink);
      } else if (c == ContainerLine::none) {
        if (!only_ && (exim_verbose_seen_ || looks_like_exim_verbose_header(line)))
          return exim_verbose_line(line, Timestamp(), /*container=*/false, line_no, sink);
        // One program's log without envelopes (`journalctl -u postfix -o cat`,
        // or --input-format naming it): the line is that program's message,
        // with no time, host or pid.
        if (!only_) return Outcome::unrecognized;
        rec = SyslogRecord();
        rec.program = only_->name;
        rec.message = line;
      }
    }
    const SeenProgram& program = seen_program(rec.program);
    ProgramParser* p = program.parser;
    // A container's syslog output forwarded under the container's tag (Docker's
    // syslog log driver: "dockerhost daemon.info mailrelay[1432]: Dec 31 22:41:34
    // mx6 postfix/smtp[213]: ..."): the inner record is the mail program's.
    if (!p && program.may_be_a_script) [[unlikely]]
      p = inner_mail_record(&rec);
    // Another program's line (dovecot, amavis, ...), unless it says that its
    // own mail did not go out: a service's "failed to send email ..." in the
    // journal, a mail library's exception that a script logged through
    // logger(1) under a name of its own ("alert-mailer: smtplib.SMTPServerDisconnected: ...").
    if (!p && program.may_be_a_script && (!only_ || only_ == kerio_program_format())) [[unlikely]]
      p = kerio_host_record(rec);
    if (!p && program.may_be_a_script && !only_ && reports_a_sending_failure(rec.message))
      p = program_parser(client_program_format());
    if (!p) return Outcome::recognized;
    const uint32_t times = unfold_repeats(&rec.message);
    Outcome outcome = p->parse_record(rec, line_no, sink);
    // The same forwarding under a tag that one of our parsers claims by its
    // name (mailcow's "postfix-mailcow", a multi-instance name to Postfix's
    // parser): its message is a whole syslog line that parser cannot read.
    // (A whole line of a program we do not read is that program's, as above.)
    if (outcome == Outcome::unrecognized) [[unlikely]] {
      bool inner_line = false;
      if (ProgramParser* inner = inner_mail_record(&rec, &inner_line)) {
        p = inner;
        outcome = p->parse_record(rec, line_no, sink);
      } else if (inner_line) {
        return Outcome::recognized;
      }
    }
    for (uint32_t i = 1; i < times; ++i) p->parse_record(rec, line_no, sink);
    return outcome;
  }

  // rsyslog and syslog-ng fold a message that came again into "message
  // repeated N times: [ text ]": N more occurrences of the program's message,
  // each one a failure if the text is (a SASL failure repeated 3 times is
  // three failed logins). Returns N and leaves the text in *message; 1 for
  // any other message. N is capped (1,000, and fewer for a text of over
  // 16 KiB) so that one line cannot stall the run or flood the output.
  static constexpr uint32_t kMaxRepeats = 1000;
  static uint32_t unfold_repeats(std::string_view* message) {
    constexpr std::string_view kOpening = "message repeated ";
    std::string_view m = *message;
    if (m.size() < kOpening.size() + 11 || m[0] != 'm' || !m.starts_with(kOpening) || m.back() != ']') return 1;
    size_t i = kOpening.size();
    uint64_t n = 0;
    while (i < m.size() && m[i] >= '0' && m[i] <= '9' && n <= kMaxRepeats) n = n * 10 + uint64_t(m[i++] - '0');
    while (i < m.size() && m[i] >= '0' && m[i] <= '9') ++i;  // a count past the cap
    constexpr std::string_view kTimes = " times: [";
    if (n == 0 || m.substr(i, kTimes.size()) != kTimes) return 1;
    std::string_view inner = m.substr(i + kTimes.size(), m.size() - i - kTimes.size() - 1);
    while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
    if (inner.empty()) return 1;
    *message = inner;
    // Each occurrence is an event carrying the text: a long text repeated
    // many times is held to about 16 MiB of it, so that one line cannot make
    // a gigabyte of output.
    const uint64_t by_size = std::max<uint64_t>(1, (uint64_t(16) << 20) / inner.size());
    return uint32_t(std::min<uint64_t>({n, kMaxRepeats, by_size}));
  }

  void finish(EventSink& sink) override {
    if (pretty_open_) [[unlikely]] read_unclosed_pretty_record(sink);
    for (auto& slot : slots_)
      if (slot.parser) slot.parser->finish(sink);
  }

  bool continue_with(const FileContext& next) override {
    file_ = next;
    years_ = YearInference(next.mtime ? next.mtime : next.now);
    for (auto& slot : slots_) slot.parser->continue_with(next);
    return true;
  }

 private:
  struct Slot {
    const FormatSpec* spec;
    std::unique_ptr<ProgramParser> parser;
  };

  // Program names already seen are remembered (a mail log interleaves a
  // handful: postfix/smtpd, postfix/cleanup, postfix/qmgr, ...), up to a cap
  // so that a log of many programs cannot grow the list.
  struct SeenProgram {
    std::string name;
    ProgramParser* parser = nullptr;
    // No parser of ours, and not one of the daemons that share a mail log
    // (dovecot, amavis, the milters, ...), whose lines are never a script's
    // mail library errors: only these are searched for one.
    bool may_be_a_script = false;
  };

  // (The search inline, on every line; the first sight of a name out of line.)
  [[gnu::always_inline]] const SeenProgram& seen_program(std::string_view program) {
    for (const SeenProgram& seen : seen_programs_)
      if (same_text(seen.name, program)) return seen;
    return add_seen_program(program);
  }

  [[gnu::noinline]] const SeenProgram& add_seen_program(std::string_view program) {
    SeenProgram found{std::string(program), lookup(program), false};
    found.may_be_a_script = !found.parser && !is_mail_host_daemon(program);
    if (seen_programs_.size() < kMaxSeenPrograms) {
      seen_programs_.push_back(std::move(found));
      return seen_programs_.back();
    }
    unlisted_program_ = std::move(found);
    return unlisted_program_;
  }

  // Kerio Connect sends its records to a syslog server under its logs' names
  // ("security", "mail", "warn"), which no reader claims: a host whose line
  // says what only Kerio says is a Kerio server, and from then on its lines
  // of programs no reader claims are Kerio's. (Out of line: only such lines
  // get here.)
  [[gnu::noinline]] ProgramParser* kerio_host_record(const SyslogRecord& rec) {
    if (kerio_host_seen_ ? rec.host != kerio_host_ : !kerio_record_wording(rec.message)) return nullptr;
    if (!kerio_host_seen_) {
      kerio_host_seen_ = true;
      kerio_host_.assign(rec.host.substr(0, 256));
    }
    return program_parser(kerio_program_format());
  }

  static const FormatSpec* kerio_program_format() {
    static const FormatSpec* const f = find_format("kerio-syslog");
    return f;
  }

  // When `rec`'s message is itself a syslog line of a program we read, `rec`
  // becomes that line's record and that program's parser is returned; else
  // nothing changes (*is_syslog_line, when given, says whether the message was
  // a syslog line at all). (Out of line: only lines of programs we do not read,
  // or that their parser could not read, get here. The seen list is left
  // alone: the caller holds an entry of it.)
  [[gnu::noinline]] ProgramParser* inner_mail_record(SyslogRecord* rec, bool* is_syslog_line = nullptr) {
    const std::string_view m = rec->message;
    if (m.size() < 16 || (!(m[0] >= 'A' && m[0] <= 'Z') && !(m[0] >= '0' && m[0] <= '9'))) return nullptr;
    SyslogRecord inner;
    if (!parse_syslog_line(m, years_, &inner) || inner.program.empty()) return nullptr;
    if (is_syslog_line) *is_syslog_line = true;
    ProgramParser* parser = lookup(inner.program);
    if (parser) *rec = inner;
    return parser;
  }

  static bool is_mail_host_daemon(std::string_view program) {
    // (The system's own daemons too: an sshd line about a user named "smtp" or
    // "mail" that failed to log in is a login's failure, not mail's.)
    // (A daemon's helper process logs as "name/part": postfwd2's "postfwd2/policy".)
    program = program.substr(0, program.find('/'));
    for (std::string_view daemon : {"dovecot", "amavis", "amavisd", "opendkim", "opendmarc", "spamd", "rspamd",
                                    "clamd", "freshclam", "policyd-spf", "postgrey", "saslauthd", "kernel", "sshd",
                                    // policy services and milters, whose verdicts the MTA's own line restates
                                    "postfwd", "postfwd2", "postfwd3", "cbpolicyd", "policyd-weight", "sqlgrey",
                                    "milter-greylist", "spamass-milter", "clamav-milter",
                                    "sshd-session", "sshd-auth", "dropbear", "sudo", "su", "login", "systemd",
                                    "systemd-logind", "dbus-daemon", "NetworkManager", "fail2ban-server",
                                    "fail2ban.actions", "fail2ban.filter", "named", "unbound"})
      if (same_text(program, daemon)) return true;
    return false;
  }

  ProgramParser* lookup(std::string_view program) {
    for (const FormatSpec& f : formats())
      if (f.kind == FormatKind::program && (!only_ || &f == only_) && f.claims_program(program))
        return program_parser(&f);
    return nullptr;
  }

  // This file's parser for a program format, made on first use.
  ProgramParser* program_parser(const FormatSpec* f) {
    for (auto& slot : slots_)
      if (slot.spec == f) return slot.parser.get();
    slots_.push_back({f, f->make_program(file_)});
    if (!mta_seen_ && (f->name == "postfix" || f->name == "exim-syslog" || f->name == "sendmail" ||
                       f->name == "opensmtpd")) {
      mta_seen_ = true;
      for (auto& slot : slots_) slot.parser->beside_an_mta();
    } else if (mta_seen_) {
      slots_.back().parser->beside_an_mta();
    }
    return slots_.back().parser.get();
  }

  // Exim running in the foreground with -v (as relay images in containers
  // run it: "exim -bdf -v -q15m") writes each log entry to stderr as two
  // lines, its log's name after the pid, then the entry itself indented
  // after the pid, without a time of its own:
  //     "  241 LOG: MAIN"
  //     "  241   == a@example.org R=dnslookup defer (-1): host lookup did not complete"
  // The entry is read as Exim's, with the time the container's prefix gives
  // (kubelet's CRI file, `docker compose logs -t`) when there is one.
  // `container`: the line is a container's output (its other lines are the container's, recognized).
  [[gnu::noinline]] Outcome exim_verbose_line(std::string_view text, const Timestamp& collected, bool container,
                                               uint64_t line_no, EventSink& sink) {
    uint32_t pid = 0;
    std::string_view rest;
    if (!read_exim_verbose_pid(text, &pid, &rest)) {
      exim_verbose_pending_ = false;
      return container ? container_output_line(text, collected, line_no, sink) : Outcome::unrecognized;
    }
    if (rest.starts_with(" LOG: ")) {
      exim_verbose_seen_ = true;
      // Log entries of the main and reject logs; the panic log's too.
      exim_verbose_pending_ = rest.find("MAIN") != std::string_view::npos ||
                              rest.find("REJECT") != std::string_view::npos ||
                              rest.find("PANIC") != std::string_view::npos;
      exim_verbose_pid_ = pid;
      return Outcome::recognized;
    }
    if (!exim_verbose_pending_ || pid != exim_verbose_pid_ || !rest.starts_with("   ")) {
      // Exim's other -v notes ("241 delivering 1tsx0K-...", "R: dnslookup for x").
      exim_verbose_pending_ = false;
      return Outcome::recognized;
    }
    exim_verbose_pending_ = false;
    SyslogRecord rec;
    rec.time = collected;
    rec.program = "exim";
    rec.pid = pid;
    rec.message = rest.substr(3);
    ProgramParser* p = seen_program(rec.program).parser;
    return p ? p->parse_record(rec, line_no, sink) : Outcome::recognized;
  }

  // A Docker json-file record's line: a syslog line of the container's (with
  // Docker's exact time in place of syslog's year-less one), Exim's -v
  // output, or the container's own output (an entrypoint's, supervisord's).
  [[gnu::noinline]] Outcome docker_json_line(const SyslogRecord& docker, uint64_t line_no, EventSink& sink) {
    const std::string_view text = docker.message;
    SyslogRecord rec;
    if (!parse_syslog_line(text, years_, &rec)) {
      if (exim_verbose_seen_ || looks_like_exim_verbose_header(text))
        return exim_verbose_line(text, docker.time, /*container=*/true, line_no, sink);
      return container_output_line(text, docker.time, line_no, sink);
    }
    if (docker.time.valid) rec.time = docker.time;
    const SeenProgram& program = seen_program(rec.program);
    ProgramParser* p = program.parser;
    if (!p && program.may_be_a_script && !only_ && reports_a_sending_failure(rec.message))
      p = program_parser(client_program_format());
    return p ? p->parse_record(rec, line_no, sink) : Outcome::recognized;
  }

  // A container's own output, neither a syslog line nor Exim's: what the other
  // containers of a mail stack print is theirs (recognized), except where it
  // says that the stack's mail failed: the front's mail proxy refusing a
  // login (nginx's mail module, which Mailu's and mailcow's fronts run), a
  // webmail's or an application's failed send. Those are read as an
  // application's log line, with the time the collector gave when the line
  // has none of its own.
  [[gnu::noinline]] Outcome container_output_line(std::string_view text, const Timestamp& collected,
                                                  uint64_t line_no, EventSink& sink) {
    if (only_ || !(names_mail_proxy_failure(text) || reports_a_sending_failure(text))) return Outcome::recognized;
    SyslogRecord rec;
    rec.time = collected;
    rec.message = text;
    const Outcome o = program_parser(client_program_format())->parse_record(rec, line_no, sink);
    return o == Outcome::unrecognized ? Outcome::recognized : o;
  }

  // nginx's mail module ends an error record with the session's state; a
  // login the proxy's auth service refused is "client login failed: "..."
  // while in http auth state, client: ADDR, server: ADDR:PORT, login: ...".
  static bool names_mail_proxy_failure(std::string_view text) {
    // (... or its auth service failing it: "auth http server 127.0.0.1:8000 did not send server or port
    // while in http auth state".)
    return (text.find("login failed") != std::string_view::npos || text.find("auth http server ") != std::string_view::npos) &&
           text.find(" auth state") != std::string_view::npos;
  }

  static const FormatSpec* client_program_format() {
    static const FormatSpec* const f = find_format("client-syslog");
    return f;
  }

  // An application's own line, logged through syslog or the journal, that says
  // its mail did not go out: a mail library's exception, or its own words
  // ("failed to send email to x: 535 5.7.8 ...", msg="smtp send failed"
  // err="dial tcp ...: connection refused"). Its sending is named (SMTP, or a
  // failed send of a mail), not merely a mail word near an error: a web
  // request to /api/email that timed out, a user named "mail" in a failed
  // login, are other programs' business.
  static bool reports_a_sending_failure(std::string_view message) {
    if (message.size() < 12) return false;
    // A traceback's lines each a record of their own (a service's stderr in the
    // journal): its source lines ("raise SMTPAuthenticationError(code, resp)",
    // 'File ".../smtplib.py", line 750') name the error but are not it; the
    // exception line below them is.
    if (const std::string_view t = bounce::trim(message); t.starts_with("raise ") || t.starts_with("File \""))
      return false;
    if (names_mail_library_error(message)) return true;
    // A server's refusal quoted whole, its reply code and enhanced status together
    // ("... rejected: 535 5.7.139 Authentication unsuccessful"): RFC 3463's codes
    // belong to mail whatever words the script put around them.
    uint16_t code = 0;
    std::string_view status;
    find_smtp_codes(message, &code, &status);
    if (code >= 400 && !status.empty() && status[0] == char('0' + code / 100)) {
      // (A status that a version or a size goes on from is none: "450 4.2.1-3", "550 5.1.1.2".)
      const size_t end = size_t(status.data() + status.size() - message.data());
      const char next = end < message.size() ? message[end] : ' ';
      if (next == ' ' || next == ',' || next == ';' || next == ':' || next == ')' || next == ']' || next == '\r')
        return true;
    }
    // The mail command a daemon runs, speaking in its own name on the daemon's
    // stderr (msmtp, sSMTP and Postfix's all install as "sendmail"), or the
    // daemon's own words for that command's failure (smartd's "Warning via
    // /usr/bin/mail to root: failed", ZFS's zed "mail exit=1").
    static const bounce::MarkerSet kFailed("fail|error|refused|denied|reject|timed out|timeout|unable|could not|"
                                           "couldn't|cannot|can't|unreachable|invalid");
    static const bounce::MarkerSet kMailCommand("sendmail: |/sendmail: |mail: |mailx: |s-nail: |msmtp: |ssmtp: |"
                                                "/mail: ");
    // (... and a command's words for what is missing or refused: "/usr/lib/sendmail: No such file or
    // directory", "the server does not support TLS", "The certificate is NOT trusted".)
    static const bounce::MarkerSet kMailCommandFailed("not found|no such file|not support|not trusted");
    // (The command's name as a word: "Email: ..." is a form's field, not mail(1).)
    for (size_t at = kMailCommand.find(message); at != std::string_view::npos; at = kMailCommand.find(message, at + 1)) {
      const unsigned char before = at ? static_cast<unsigned char>(message[at - 1]) : ' ';
      if (message[at] != '/' &&
          (((before | 0x20) >= 'a' && (before | 0x20) <= 'z') || (before >= '0' && before <= '9')))
        continue;
      const std::string_view said = message.substr(at);
      if (kFailed.find(said) != std::string_view::npos || kMailCommandFailed.find(said) != std::string_view::npos)
        return true;
      break;
    }
    static const bounce::MarkerSet kMailCommandVerdict("warning via |mail exit=|\"mail\" not installed|"
                                                       "exec failed for mail command|no mail address or alert command");
    if (kMailCommandVerdict.find(message) != std::string_view::npos) return true;
    static const bounce::MarkerSet kSendFailed(
        "failed to send|could not send|couldn't send|unable to send|cannot send|can't send|error sending|"
        "failed sending|send failed|sending failed|send error|not sent|delivery failed|failed to deliver|"
        // monit's "Cannot open a connection to the mailserver smtp.example.net:587 -- Operation timed out"
        "cannot open a connection to the mail");
    static const bounce::MarkerSet kMailWord("mail|smtp");  // (not "message": D-Bus and DHCP send messages)
    // A connection to a mail port that failed, in a runtime's words that name no protocol
    // (Ruby's "Errno::ECONNREFUSED: Connection refused - connect(2) for "localhost" port 25").
    static const bounce::MarkerSet kMailPort("port 25|port 465|port 587|port: 25|port: 465|port: 587");
    if (names_smtp(message) || kMailPort.find(message) != std::string_view::npos)
      return kFailed.find(message) != std::string_view::npos;
    // (A message sent to an address is mail: pfSense's "Could not send the
    // message to it@example.com -- Error: ...".)
    return kSendFailed.find(message) != std::string_view::npos &&
           (kMailWord.find(message) != std::string_view::npos || names_an_address(message));
  }

  static bool names_an_address(std::string_view message) {
    bool found = false;
    bounce::for_each_address(message, [&](std::string_view) { found = true; });
    return found;
  }

  // "SMTP" as a word's start ("smtp send failed", "SMTPAuthenticationError"),
  // not inside one: "mailer=esmtp" is a Sendmail record's field.
  static bool names_smtp(std::string_view message) {
    for (size_t at = 0; (at = bounce::ifind(message, "smtp", at)) != std::string_view::npos; ++at) {
      const unsigned char before = at ? static_cast<unsigned char>(message[at - 1]) : ' ';
      if (!((before | 0x20) >= 'a' && (before | 0x20) <= 'z')) return true;
    }
    return false;
  }

  // The exception line of a mail library (Python's smtplib, Java's mail API,
  // .NET's, MailKit, PHPMailer, ...): what a script's own syslog lines say
  // when it failed to send.
  static bool names_mail_library_error(std::string_view message) {
    if (message.size() < 12) return false;
    // (PHP's own mail() warns under the interpreter's name: "php: PHP Warning:  mail(): Failed to connect ...".
    // nodemailer's error object names the SMTP step that failed, "{ code: 'ETIMEDOUT', command: 'CONN' }",
    // where a function's logger prints it without the library's name; so does its "Greeting never received".)
    for (std::string_view library : {"smtplib.SMTP", "aiosmtplib.", "javax.mail.", "jakarta.mail.", "System.Net.Mail.",
                                     "MailKit.", "PHPMailer", "Swift_TransportException", "Net::SMTP", "mail(): ",
                                     "Symfony\\Component\\Mailer", "Laminas\\Mail", "org.apache.commons.mail",
                                     "nodemailer", "command: 'CONN'", "command: 'EHLO'", "command: 'AUTH ",
                                     "command: 'MAIL FROM'", "command: 'RCPT TO'", "command: 'DATA'",
                                     "\"command\":\"CONN\"", "Greeting never received"})
      if (message.find(library) != std::string_view::npos) return true;
    return false;
  }

  FileContext file_;
  const FormatSpec* only_;
  YearInference years_;
  JournaldReader journal_;
  std::string pretty_;        // a json-pretty record being gathered
  bool pretty_open_ = false;
  uint64_t pretty_last_line_ = 0;  // the line of the gathered record's last member
  std::vector<Slot> slots_;
  static constexpr size_t kMaxSeenPrograms = 32;
  std::vector<SeenProgram> seen_programs_;
  SeenProgram unlisted_program_;  // the last program past the cap
};

}  // namespace

std::span<const FormatSpec> formats() { return kFormats; }

const FormatSpec* find_format(std::string_view name) {
  for (const FormatSpec& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

std::unique_ptr<LineParser> make_syslog_dispatcher(const FileContext& file, const FormatSpec* only) {
  return std::make_unique<SyslogDispatcher>(file, only);
}

namespace {

// The word the tag follows on its line ("ERROR" before "Mailer"), the tag
// being a view into the line.
std::string_view word_before(std::string_view line, std::string_view tag) {
  if (tag.data() < line.data() || tag.data() > line.data() + line.size()) return {};
  size_t end = size_t(tag.data() - line.data());
  while (end > 0 && line[end - 1] == ' ') --end;
  size_t start = end;
  while (start > 0 && line[start - 1] != ' ' && end - start < 10) --start;
  return line.substr(start, end - start);
}

bool claimed_by_a_program_format(std::string_view program) {
  for (const FormatSpec& f : kFormats)
    if (f.kind == FormatKind::program && f.claims_program(program)) return true;
  return false;
}

// A timestamp then a JSON record ("2024-03-12T13:05:02.99Z {"level":"error",...}":
// `kubectl logs --timestamps`, a container runtime's log) parses as a syslog line
// whose "host" is the record's first bytes and whose "tag" ends at its first ':'.
// A host name and a program name have neither quotes nor braces.
bool plausible_host_and_tag(std::string_view line, const SyslogRecord& rec) {
  if (rec.program.empty()) return false;
  // (No host: a severity stood in its place, as some containers log.)
  if (!rec.host.empty() && std::string_view("{[\"'").find(rec.host.front()) != std::string_view::npos) return false;
  // An application's own line, its level where a host would stand and its
  // logger's name as the tag ("2025-03-01 10:00:02 ERROR Mailer: ...", read
  // as host ERROR, or as a padded severity when the level fills eight columns),
  // is not a syslog record: no host is named ERROR. A mail program's line
  // behind a level (a container's rsyslog template) still is one.
  if (names_log_level(word_before(line, rec.program)) && !claimed_by_a_program_format(rec.program)) return false;
  // Nor is a tag that is itself a level without a pid ("2025-03-14 09:12:33
  // SMTP ERROR: Failed to connect to server", PHPMailer's error in an
  // application's log, read as host SMTP and tag ERROR).
  if (rec.pid == 0 && names_log_level(rec.program)) return false;
  return rec.program.find_first_of("\"{},=") == std::string_view::npos;
}

}  // namespace

int sniff_syslog(std::string_view head) {
  YearInference years(1);
  int lines = 0, syslog = 0, window = 20;
  for_each_head_line(head, [&](std::string_view line) {
    if (line.empty()) return true;
    ++lines;
    SyslogRecord rec;
    if (looks_like_journald(line))
      syslog += (line.find("\"__REALTIME_TIMESTAMP\"") != std::string_view::npos &&
                 line.find("\"MESSAGE\"") != std::string_view::npos) ||
                // Docker's json-file records
                (line.starts_with("{\"log\":\"") && line.find("\"time\":\"") != std::string_view::npos);
    else
      syslog += (parse_syslog_line(line, years, &rec) || parse_container_line(line, years, &rec) == ContainerLine::syslog) &&
                plausible_host_and_tag(line, rec);
    // Exim's -v entries, bare or in a container's output: the header and the
    // entry under it.
    if (const std::string_view inner = after_container_prefix(line);
        looks_like_exim_verbose_header(inner.empty() ? line : inner))
      syslog += 2;
    // A container's output may open with its entrypoint's banner and its
    // process supervisor's lines (docker-mailserver, mailcow) before the
    // first syslog line: with none in the first 20 lines, look further.
    if (lines == 20 && syslog == 0) window = 60;
    return lines < window;
  });
  if (lines == 0) return 0;
  return std::min(100, syslog * 100 / lines);
}

const FormatSpec* detect_format(std::string_view head) {
  // A file that opens with a mail header block holding fields every message
  // has (bounce_sniff's top score) is a message: no log format starts that
  // way, and the syslog, client and Exim sniffers would otherwise parse, lower
  // and search up to 60 lines of every .eml file (a Maildir holds thousands).
  static const FormatSpec* const bounce = find_format("bounce");
  if (bounce_sniff(head) >= kBounceSniffCertain) return bounce;
  const FormatSpec* best = nullptr;
  int best_score = sniff_syslog(head);
  for (const FormatSpec& f : kFormats) {
    if (!f.sniff) continue;
    int score = f.sniff(head);
    if (score > best_score) best = &f, best_score = score;
  }
  // Nothing known, not even a syslog line, but lines shaped as log records:
  // an application's own log (Rails, Laravel, a Go service's JSON, curl -v,
  // git send-email, NeoMutt's debug file) whose first lines name no mail
  // program. The client reader finds failures by their wording wherever they
  // are; the syslog reader would count every line as unrecognized. A table,
  // a README or a licence stays unrecognized.
  static const FormatSpec* const client = find_format("client");
  // So is a short paste of errors from a mail program's dialog or a
  // terminal, without time or program ("Could not negotiate TLS connection").
  if (!best && best_score == 0 && (client_log_like(head) || client_paste_like(head))) return client;
  return best;
}

}  // namespace mailtriage
