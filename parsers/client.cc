// Mail-client and library logs (issue 4).
//
// Every line that reports a mail failure gives one event; a single pasted line
// works on its own. A few shapes span lines and are folded into the event of
// their first line, because they are one failure and their deciding words are
// often below it:
//   * dumped errors: Java and .NET stack traces ("\tat ...", "Caused by: ...",
//     " ---> inner"), Node error objects ("  code: 'EAUTH'", "}"), JavaMail's
//     "nested exception is:" lines, PHPMailer's indented continuation lines;
//   * multi-line SMTP replies ("535-5.7.8 ..." then "535 5.7.8 ...", RFC 5321
//     section 4.2.1), with or without a transcript prefix;
//   * MailKit's exception messages, whose paragraphs follow a blank line.
// Such an event is delivered when the next unrelated line (or the end of the
// input) shows the block is over, with log.file.line of its first line.
// Transcript lines that are not failures (commands, 2xx/3xx replies,
// connection notes), stack frames and Python traceback frames are recognized.
#include "parsers/client.h"

#include <string>

#include "parsers/bounce_text.h"
#include "parsers/client_scan.h"
#include "parsers/registry.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

namespace cs = client_scan;

// A pending event's text never grows beyond this; later continuation lines
// are still consumed, only not appended.
constexpr size_t kMaxBlockBytes = 4096;
// A paste of errors read without any record's shape: a few short lines. A
// longer file without shape is a document, not a paste.
constexpr int kPasteLines = 10;
constexpr size_t kPasteLineBytes = 400;

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if ((s[i] | 0x20) != (prefix[i] | 0x20)) return false;
  return true;
}

// `word` is one of the ' '-terminated entries of `list`.
bool contains_word(std::string_view list, std::string_view word) {
  for (size_t at = list.find(word); at != std::string_view::npos; at = list.find(word, at + 1))
    if ((at == 0 || list[at - 1] == ' ') && at + word.size() < list.size() && list[at + word.size()] == ' ')
      return true;
  return false;
}

using bounce::for_each_address;

bool all_upper_word(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// MailKit's exception messages are paragraphs; these are their openings.
constexpr std::string_view kMailKitProse[] = {
    "when connecting to an smtp service", "one possibility is", "another possibility is",
    "the other possibility", "it is also possible", "this usually means", "the following reasons",
    "the server's ssl certificate", "the host name did not match", "the ssl certificate for the server",
    "otherwise, if you intended", "if you intended", "client.connect", "see https://github.com/jstedfast",
    "\xe2\x80\xa2", "the server certificate has", "the root certificate has", "an intermediate certificate has",
};

bool is_mailkit_prose(std::string_view lower) {
  std::string_view t = lower;
  while (!t.empty() && is_space(t.front())) t.remove_prefix(1);
  for (std::string_view p : kMailKitProse)
    if (t.starts_with(p)) return true;
  // "1. The server is using a self-signed certificate ..."
  return t.size() > 3 && is_digit(t[0]) && t[1] == '.' && t[2] == ' ';
}

struct Envelope {
  Timestamp time;
  std::string_view host;      // syslog host
  std::string_view program;   // syslog tag
  uint32_t pid = 0;
  std::string_view body;      // the line after the envelope and leading timestamp
  bool syslog = false;
  // The line starts a timed record: a time the reader knows, or a time of day
  // without a date (log4j's default "02:00:12.189 [main] ERROR ..."), which
  // marks a record as well but gives the event no time.
  bool timed = false;
  // The body was rebuilt as the record's level and its message (Ruby's
  // Logger, Celery, Python's logging): an application's record, whose
  // "INFO [ActiveJob] ..." is no nodemailer logger's "INFO [id] S: ...".
  bool level_rebuilt = false;
};

// A table's row, tab-separated or Markdown: data about failures (a corpus's labels, a
// document's table of replies), not a record of one.
bool is_table_row(std::string_view line) {
  return line.find('\t') != std::string_view::npos || trim(line).starts_with('|');
}

// Records that say the mail went, whatever failure words they carry: a
// marker, and where one is not enough a second that must stand too.
struct SuccessMarker {
  std::string_view marker, and_also;
  bool at_start = false;  // the marker opens the record
};
constexpr SuccessMarker kSuccessMarkers[] = {
    {"status=sent"}, {"stat=sent"}, {"exitcode=ex_ok"},
    // dma: "remote delivery succeeded but QUIT failed: 421 ...": the mail went.
    {"delivery succeeded"},
    // A sending API's answer of success: Postmark's "ErrorCode":0, a JavaScript SDK's
    // {data: ..., error: null} (Resend), Firebase's Trigger Email with nothing refused.
    {"\"errorcode\":0,"}, {"\"errorcode\": 0,"}, {"\"error\":null", "\"data\":{"},
    // (its log line under a function logger's own prefix too: "I ext-firestore-send-email-processQueue:
    // Delivered message: ..."; and "accepted (1) rejected (0)" as some of its versions write the counts)
    {"delivered message: ", " rejected: 0"}, {"delivered message: ", " rejected (0)"},
    // a scheduler's own note that its mail went (Cronicle's "Email sent successfully for job: ...",
    // which quotes the mail's subject, "Job Failed: ...")
    {"email sent successfully"}, {"e-mail sent successfully"},
    // Clojure's postal ({:code 0, :error :SUCCESS, ...}); a count of none failed after a sent mail
    {":error :success"}, {"mail sent to ", ", 0 failed"},
    // SQL Server Reporting Services' subscription status ("Done: 48 processed of 48 total; 0 errors.")
    {"processed of ", "; 0 errors"},
    // GLPI's mail log ("An email was sent to a@example.org: [GLPI #0007731] ..."), Request Tracker's
    // ("[info]: <rt-5.0.7-...@example.com> sent  To: a@example.org (.../SendEmail.pm:297)")
    {"an email was sent to ", "", true}, {"> sent  to: "},
    // Nagios' and Icinga 1's record of a notification it sent ("[1710165735] SERVICE NOTIFICATION:
    // nagiosadmin;web01;HTTP;CRITICAL;notify-service-by-email;HTTP CRITICAL: HTTP/1.1 503 ..."): the text
    // after it is the check's output, a failure of the service watched, not of the mail.
    {"] service notification: "}, {"] host notification: "},
};

class ClientParser final : public LineParser {
 public:
  explicit ClientParser(const FileContext& file) : path_(file.path), years_(file.mtime ? file.mtime : file.now) {}

  Outcome parse_line(std::string_view line, uint64_t line_no, EventSink& sink) override {
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
    // Several records pasted as one line are read one by one, as the lines
    // they were: the line is reported if any of them is.
    size_t next = cs::next_joined_record(line, 1);
    if (next == std::string_view::npos) return parse_one_line(line, line_no, sink);
    Outcome outcome = Outcome::unrecognized;
    // A traceback folded after the record it was logged under ("ERROR
    // django.request: Internal Server Error: /x/ Traceback (most recent call
    // last): File ... smtplib.SMTPRecipientsRefused: {...}"): the exception is
    // the failure; the record and the frames before it are its context.
    for (size_t start = 0; start < line.size(); later_piece_ = true) {
      const std::string_view record = line.substr(start, next == std::string_view::npos ? line.size() - start : next - start);
      std::string_view piece = record;
      while (!piece.empty() && is_space(piece.back())) piece.remove_suffix(1);
      const bool traceback_context = start == 0 &&
                                     piece.find("Traceback (most recent call last):") != std::string_view::npos &&
                                     next == cs::folded_traceback_exception(line);
      const Outcome o = traceback_context ? Outcome::recognized : parse_one_line(piece, line_no, sink);
      if (o == Outcome::reported || (o == Outcome::recognized && outcome == Outcome::unrecognized)) outcome = o;
      start = next == std::string_view::npos ? line.size() : next;
      if (start < line.size()) next = cs::next_joined_record(line, start + 1);
    }
    later_piece_ = false;
    // The paste holds its attempt whole: the next line is not its restatement.
    attempt_ = Attempt();
    session_open_ = false;
    return outcome;
  }

  Outcome parse_one_line(std::string_view line, uint64_t line_no, EventSink& sink) {
    bool indented = !line.empty() && is_space(line.front());
    if (trim(line).empty()) {
      // Dumped errors contain blank lines (JavaMail ends a reply with one,
      // MailKit separates paragraphs): the next line decides whether the
      // block goes on.
      if (pending_ && pending_mailkit_) prose_ = true;
      return Outcome::recognized;
    }
    // `tail` following several files names the next one's ("==> path <=="):
    // no record of its own, and not the end of one either.
    // The W3C log format's directives above a Windows Firewall or IIS log.
    if (cs::is_w3c_log_directive(line)) return Outcome::recognized;
    if (cs::is_tail_header(line)) {
      pass_over_file_header(line_no);
      return Outcome::recognized;
    }

    // Microsoft.Extensions.Logging's console format (ASP.NET Core, .NET
    // workers): "fail: Category[EventId]" alone, then the record's message and
    // its exception indented by six spaces, the stack frames deeper. The
    // header is a record's start; the first line under it is the record's
    // message (a timed record's: "Delivery of ... failed" names no cause), the
    // next ones read as they stand (the exception line reports the failure).
    if (is_console_logger_header(line)) {
      flush(sink);
      console_record_message_next_ = true;
      in_console_record_ = true;
      return Outcome::recognized;
    }
    if (in_console_record_) {
      if (line.size() > 6 && line.starts_with("      ") && !is_space(line[6])) {
        Envelope env;
        env.body = line.substr(6);
        env.timed = console_record_message_next_;
        console_record_message_next_ = false;
        return parse_envelope(line, false, env, line_no, sink);
      }
      if (!indented) in_console_record_ = false;
    }

    Envelope env = strip_envelope(line);
    // Jenkins' timestamper stamps every line of a build's output: a line whose
    // text is indented under the stamp, with the very stamp of the record it
    // follows, is that record's (a dumped exception's "nested exception is:"
    // and its frames), as if it had no stamp.
    const size_t body_at = env.body.data() >= line.data() && env.body.data() <= line.data() + line.size()
                               ? size_t(env.body.data() - line.data())
                               : 0;
    // (Two blanks or more after the stamp: PHPMailer's debug output puts one tab there.)
    const bool body_indented = body_at >= 2 && is_space(line[body_at - 1]) && is_space(line[body_at - 2]);
    if (env.time.valid && env.time.epoch_us == record_start_us_ && !env.syslog && body_indented) {
      indented = true;
      env.timed = false;
      env.time = Timestamp();
    }
    // fail2ban runs a mail action and logs what it printed, a line a record:
    // "fail2ban.utils [811]: ERROR 7f0e4c2b1d60 -- stderr: 'sendmail: ...'".
    // The quoted line is the sending program's own; the action's command
    // line ("-- exec: ...") is not a failure.
    if (const Fail2banAction a = fail2ban_action_output(env.body); a == Fail2banAction::command) {
      return Outcome::recognized;
    } else if (a == Fail2banAction::output) {
      env.body = fail2ban_output_text(env.body);
    }
    // A record's own time after the spaces (Zabbix right-aligns its pids:
    // "  1195:20240315:021705.118 ..."): a record, not a line continuing one.
    if (indented && env.time.valid) indented = false;
    // Under a prefix the envelope took off (PowerShell's "WARNING: "), the
    // indentation is the message's own.
    if (!indented && !env.timed && !env.body.empty() && is_space(env.body.front())) indented = true;
    return parse_envelope(line, indented, env, line_no, sink);
  }

  // A sending program's line that the syslog dispatcher has read the envelope
  // of (sSMTP, msmtp, nullmailer, dma, cron inside a mail log).
  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    std::string_view message = rec.message;
    while (!message.empty() && (message.back() == '\r' || message.back() == '\n')) message.remove_suffix(1);
    if (trim(message).empty()) return Outcome::recognized;
    // dma's verbose notes on what the server offers ("  Server does not support
    // STARTTLS", "  Server supports LOGIN authentication"), indented under the
    // connection: it goes on without; its own lines say when that fails.
    if (message.starts_with("  Server does not support ") || message.starts_with("  Server supports "))
      return Outcome::recognized;
    Envelope env = syslog_envelope(rec);
    env.body = message;
    return parse_envelope(message, false, env, line_no, sink);
  }

  void finish(EventSink& sink) override { flush(sink); }
  void continue_with_path(std::string_view path) { path_.assign(path); }

  // "fail: Booking.Api.Services.SmtpEmailSender[1002]": a level, a category, an event id, nothing else.
  static bool is_console_logger_header(std::string_view line) {
    if (line.size() < 10 || line[4] != ':' || line[5] != ' ' || line.back() != ']') return false;
    const std::string_view level = line.substr(0, 4);
    if (level != "fail" && level != "crit" && level != "warn" && level != "info" && level != "dbug" && level != "trce")
      return false;
    const size_t open = line.rfind('[');
    if (open == std::string_view::npos || open < 7 || open + 2 >= line.size()) return false;
    for (char c : line.substr(open + 1, line.size() - open - 2))
      if (!is_digit(c)) return false;
    for (char c : line.substr(6, open - 6))
      if (is_space(c)) return false;
    return true;
  }

  // Whether a line has the shape of a log record: a time the envelope reader
  // knows, a debug transcript's prefix, or a severity word near its start
  // ("ERROR", "level=error", "\"level\":\"error\"").
  bool log_like(std::string_view line) {
    const Envelope env = strip_envelope(line);
    if (env.timed || env.syslog) return true;
    // Laravel's queue worker indents its job lines under the time
    // ("  2025-03-07 11:00:04 App\Mail\OrderShipped ....... RUNNING").
    if (line.starts_with("  ") && strip_envelope(trim(line)).timed) return true;
    // Go's standard logger and nginx's error log stamp their records
    // "2025/05/06 09:14:22". Such a line is a record here; the reader does not
    // take its time as a record's, since a stamped record's lines must speak
    // of mail to be read, and these programs' mail failures often do not say
    // "mail" ("tls: failed to verify certificate").
    // (So do devices' "03/04/2025 10:12:33" with the month first: an APC or
    // HPE management card's event log.)
    if (Timestamp when; scan_slashed_datetime(line, &when) || scan_us_datetime(line, &when)) return true;
    cs::lower_into(line.substr(0, 80), &lower_);
    std::string_view lower = lower_;
    // FortiOS's key=value records ("date=2025-03-04 time=10:12:33 devname=...").
    if (lower.starts_with("date=") && lower.find(" time=") < 24) return true;
    if (cs::classify_transcript(line, lower).direction != cs::Direction::none) return true;
    // A sending program's own words on stderr, as a cron mail or a script's output keeps them
    // ("sendmail: can't connect to remote host ...", "smtp-server: 530 5.7.0 ...", "msmtp: ...").
    for (std::string_view program : {"sendmail: ", "send-mail: ", "msmtp: ", "ssmtp: ", "smtp-server: ", "mailx: ",
                                     "s-nail: ", "mail: ", "dma: ", "nullmailer"})
      if (lower.starts_with(program)) return true;
    for (std::string_view level : {"error", "warn", "info", "debug", "fatal", "critical"}) {
      const size_t at = lower.find(level);
      if (at == std::string_view::npos) continue;
      const char before = at ? lower[at - 1] : ' ', after = at + level.size() < lower.size() ? lower[at + level.size()] : ' ';
      const bool word_before = (before >= 'a' && before <= 'z') || is_digit(before);
      const bool word_after = (after >= 'a' && after <= 'z' && !(level == "warn" && after == 'i')) || is_digit(after);
      if (!word_before && !word_after) return true;
    }
    // A line that says sending mail failed, in any shape: a device's test
    // result or send log ("Email test failed: 535 Login Fail ...", "Send job
    // 0123 to a@x failed: 552-5.3.4 ..."), a script's output over many runs.
    if (is_table_row(line)) return false;
    cs::lower_into(line.substr(0, 512), &lower_);
    lower = lower_;
    return cs::mentions_mail(lower) && cs::reports_failure(lower, cs::find_reply(line.substr(0, 512)), true);
  }

 private:
  Outcome parse_envelope(std::string_view line, bool indented, const Envelope& env, uint64_t line_no,
                         EventSink& sink) {
    cs::lower_into(env.body, &lower_);
    std::string_view lower = lower_;
    cs::Transcript tr = env.level_rebuilt ? cs::Transcript{} : cs::classify_transcript(env.body, lower);
    line_no_ = line_no;
    line_time_ = env.time;
    // Whether the record this line starts or continues speaks of mail anywhere
    // (its stack frames included: "smtplib.py", "javax.mail").
    // Lines stamped with the very same time as the record before are its
    // lines too (Sidekiq stamps each line of a job's error: the job's
    // record, its exception, its backtrace).
    if ((env.time.valid && env.time.epoch_us != record_start_us_) || env.syslog) {
      under_timed_record_ = !env.syslog;  // (a syslog record is a mail program's own)
      record_mentions_mail_ = under_timed_record_ && mentions_mail_beside_address_fields(lower);
      record_start_us_ = env.time.epoch_us;
    } else if (!record_mentions_mail_) {
      record_mentions_mail_ = cs::mentions_mail(lower);
    }
    if (env.time.valid && !env.body.starts_with("Traceback")) record_time_ = env.time;
    // The indented lines under a restatement are part of it (and its words),
    // as are those that go on after a newline inside it (",550,5.7.60...").
    const bool continues = indented || (!env.timed && !env.body.empty() &&
                                        (env.body.front() == ',' || env.body.front() == ';'));
    if (restating_ && continues && !pending_) {
      remember_statement(lower);
      attempt_.last_line = line_no;
      return Outcome::recognized;
    }
    restating_ = false;
    const bool new_attempt = starts_new_attempt(env, tr, lower);
    if (new_attempt) attempt_ = Attempt();
    track_session(env, tr, lower);
    if (attempt_.reported && tr.direction != cs::Direction::none) attempt_.last_line = line_no;

    // An application's own record of the failure with the library's error
    // dumped under it (Python's logger.exception, a Java exception): one
    // failure. The traceback's frames are read through; its exception line,
    // the detailed statement, takes the event over.
    if (pending_ && traceback_) {
      if (indented || cs::is_structural(env.body)) return Outcome::recognized;
      traceback_ = false;
      if (Outcome o; takes_over_pending(env, line_no, &o, true)) return o;
    }
    // Python's chained exceptions: another traceback follows the one just read
    // ("During handling of the above exception, another exception occurred:"),
    // and its exception line, the one raised last, states the same failure.
    if (pending_ && (env.body.starts_with("During handling of the above exception") ||
                     env.body.starts_with("The above exception was the direct cause of the following exception"))) {
      chained_traceback_ = true;
      return Outcome::recognized;
    }
    if (pending_) {
      if (Outcome o; joins_server_message(tr, lower, line_no, &o)) return o;
      if (continues_block(line, indented, env, tr)) {
        // The failure's own words go on (not a stack frame): still next to it,
        // and the reply and addresses they name are the attempt's.
        if (!cs::is_structural(line)) {
          attempt_.last_line = line_no;
          join_statement(cs::find_reply(env.body).code, lower);
        }
        return Outcome::recognized;
      }
      if ((pending_time_.valid || pending_from_app_ || chained_traceback_) &&
          env.body.starts_with("Traceback (most recent call last)")) {
        traceback_ = true;
        chained_traceback_ = false;
        return Outcome::recognized;
      }
      if (Outcome o; session_open_ && (pending_from_app_ || pending_from_echo_) && takes_over_pending(env, line_no, &o))
        return o;
      // nullmailer's protocol module says only that it could not connect ("smtp: Failed: Connect
      // failed"); nullmailer-send's next line names why from the module's exit code ("Sending
      // failed:  Host not found"): one failure, on the module's line, in both lines' words.
      if (pending_program_ == "nullmailer" && pending_text_.ends_with("Failed: Connect failed") &&
          lower.starts_with("sending failed:") && !is_summary_only(lower)) {
        pending_text_.insert(0, std::string(trim(env.body).substr(0, kMaxBlockBytes / 2)) + " ");
        attempt_.last_line = line_no;
        return Outcome::recognized;
      }

      // An application's record with the exception dumped right under it
      // ("... ERROR ... - Could not send invoice mail" then
      // "org.apache.commons.mail.EmailException: ..."): one failure, outside a session too.
      // Only a record that says no more than that ("ERROR ... Failed to send
      // email: ...Exception: ..." is whole, and the next line another failure).
      if (Outcome o; pending_from_app_ && pending_bare_ && exception_line(lower) && takes_over_pending(env, line_no, &o))
        return o;
      // The server's failing reply waits, within its session, for the
      // client's own statement of it: the commands, notes and restatements
      // logged in between pass.
      if (session_open_ && pending_from_echo_ && !new_attempt && holds_echo(env, tr, lower)) {
        attempt_.last_line = line_no;
        return Outcome::recognized;
      }
      flush(sink);
    }

    // Python tracebacks: frames and source lines up to the exception line,
    // which has the time of the record the traceback was logged under.
    bool ends_traceback = false;
    if (traceback_) {
      if (indented || cs::is_structural(env.body)) return Outcome::recognized;
      traceback_ = false;
      ends_traceback = true;
    }
    if (env.body.starts_with("Traceback (most recent call last)")) {
      traceback_ = true;
      return Outcome::recognized;
    }
    if (cs::is_structural(line) || is_base64_line(trim(env.body))) return Outcome::recognized;
    // PHP's print_r dumps (a WP_Error, an exception): "WP_Error Object",
    // "[errors] => Array" are their structure, "[0] => Could not instantiate
    // mail function." a value that is read on its own.
    Envelope value_env;
    if (std::string_view value; print_r_entry(trim(env.body), &value)) {
      if (value.empty()) return Outcome::recognized;
      value_env = env;
      value_env.body = value;
      cs::lower_into(value, &lower_);
      lower = lower_;
    }
    const Envelope& e = value_env.body.empty() ? env : value_env;

    bool from_wording = false;
    std::string_view program = program_of(env, tr, lower, &from_wording);
    cs::Reply reply = cs::find_reply(tr.direction == cs::Direction::from_server ? tr.payload : e.body);
    const bool failing_reply = reply.failing();
    switch (tr.direction) {
      case cs::Direction::to_server: return Outcome::recognized;
      case cs::Direction::from_server:
        // swaks flags its own errors about the reply in the reply's place
        // ("<** Timeout (8 secs) waiting for server response").
        if (!failing_reply && !tr.flagged) return Outcome::recognized;
        break;
      case cs::Direction::info: return Outcome::recognized;  // connection notes; failures follow in their own words
      case cs::Direction::none:
        // (Its only words are the action and the fields: the port says it is mail.)
        if (cs::firewall_drops_outgoing_smtp(e.body)) break;
        if (is_success_record(lower)) return Outcome::recognized;
        if (env.timed && !failing_reply && is_note_level(e.body) && !notes_a_failed_attempt(lower))
          return Outcome::recognized;
        // A structured record at a note level, wherever its "level" field stands ("request
        // finished ... \"level\": \"info\""), and a tagged debug line ("[sentry] DEBUG: Sending
        // event, type:null level:error ..."): notes, whatever numbers they carry.
        if (is_json_record_at_note_level(e.body) || starts_with_tagged_note_level(e.body)) return Outcome::recognized;
        // An application's own "mail failed" record, timestamped, is followed
        // by the library's detailed error; without a timestamp the line was
        // pasted on its own and counts.
        // (A structured record with an error field carries its detail itself.)
        if (!cs::reports_failure(lower, reply, !program.empty() || !env.timed || !quoted_error(lower).empty())) {
          // Indented lines continue something above; JSON lines are records of a structured log.
          bool known = env.syslog || env.timed || !program.empty() || indented ||
                       (e.body.starts_with("{") && e.body.ends_with("}"));
          return known ? Outcome::recognized : Outcome::unrecognized;
        }
        if (is_summary_only(lower) || cs::states_a_normal_condition(lower) || cs::is_bare_label(lower))
          return Outcome::recognized;
        // Another service's error in the same application log (a database).
        if (cs::names_another_service(lower)) return Outcome::recognized;
        // A timed record of an application's log that says nothing of mail
        // (a monitoring server's housekeeping, its agents' checks, a web
        // hook, a refused sign-up whose only mail word is the user's address
        // field): another part of the application failed. An exception dumped
        // under it says for itself whether it is about mail: the lines under
        // such a record that say nothing of mail either are its own
        // ("java.net.UnknownHostException: updates.example.org" under an
        // update check's warning).
        const bool mail_context = env.timed && !env.time.valid ? mentions_mail_beside_address_fields(lower)
                                                                : !under_timed_record_ || record_mentions_mail_;
        if (!env.syslog && !names_a_mail_program(program) && !failing_reply && (env.timed || under_timed_record_) &&
            !mail_context)
          return Outcome::recognized;
        // Another PowerShell command's error ("Get-ChildItem : Cannot find path ..."), not about mail.
        if (starts_powershell_error_record(e.body) && lower.find("mail") == std::string_view::npos &&
            lower.find("smtp") == std::string_view::npos)
          return Outcome::recognized;
        break;
    }
    // A traceback's exception line, and a line indented under a record, have
    // the time of the record they hang under.
    Envelope record_env;
    if ((ends_traceback || indented) && !env.time.valid && record_time_.valid) {
      record_env = env;
      record_env.time = record_time_;
    }
    if (restates_attempt(record_env.time.valid ? record_env : env, reply, lower)) {
      restating_ = true;
      return Outcome::recognized;
    }

    start_pending(e, program, from_wording, line_no, reply);
    if (ends_traceback && !pending_time_.valid) pending_time_ = record_time_;
    pending_from_echo_ = tr.direction == cs::Direction::from_server;
    pending_from_app_ = !pending_from_echo_ && env.timed && !env.syslog && reply.code == 0;
    pending_bare_ = pending_from_app_ && says_only_that_sending_failed(lower);
    // (A record whose line already holds its position, "... At C:\x.ps1:19
    // char:1 + ...", was joined onto one line: nothing of it wraps onto the next.)
    const size_t at = e.body.find(" At ");
    const bool holds_position = at != std::string_view::npos && e.body.find(" char:", at) != std::string_view::npos;
    ps_record_width_ = starts_powershell_error_record(e.body) && !holds_position ? e.body.size() : 0;
    return Outcome::reported;
  }

  // One sending attempt: a session of a transcript, one message, or an
  // application's record with its library's error. Once a failure of it is
  // reported, later lines that only restate it (PHPMailer's "SMTP Error:
  // Could not authenticate." and "Mailer Error: ..." after the server's 535,
  // nullmailer's summary) are recognized, not reported again.
  struct Attempt {
    bool reported = false;
    uint16_t code = 0;        // the failing reply of its reported failure, 0 = none
    Timestamp time;           // of its last failure line
    uint32_t pid = 0;
    std::string addresses;    // the addresses its failures name, ' '-separated (capped)
    int restatements = 0;     // lines without a reply restating its last reported failure
    uint64_t last_line = 0;   // the last line of its failure's statements and session
    std::string texts;        // its failure lines, lowercased, '\n'-separated (capped)
    std::string err;          // the error field of its reported record, lowercased ("" = none)
    std::string to;           // ... and its recipient field ("to=a@x"), lowercased ("" = none)
    // The last reported failure's own reply code and addresses (the fields
    // above gather the whole attempt's).
    uint16_t last_code = 0;
    std::string last_addresses;
  };

  // A line that begins another attempt: a new session (EHLO/HELO sent, a
  // connection being opened), another message (MAIL FROM), a success, a
  // failure record more than two seconds after the last, another process.
  bool starts_new_attempt(const Envelope& env, const cs::Transcript& tr, std::string_view lower) const {
    if (!attempt_.reported) return false;
    // (A greeting is not counted: "220 Ready to start TLS" comes mid-session.)
    if (tr.direction == cs::Direction::to_server)
      return opens_session(tr, lower) || starts_with_ci(trim(tr.payload), "MAIL FROM");
    if (tr.direction == cs::Direction::info) return opens_session(tr, lower);
    if (is_success_record(lower)) return true;
    if (env.syslog && env.pid != attempt_.pid && !records_relayed_failure(env, lower)) return true;
    return env.time.valid && attempt_.time.valid && !same_moment(env.time, attempt_.time);
  }

  // Whether a sending program's own syslog record is of the failure that
  // another program's line of the same moment just stated: a script that
  // relays msmtp's output to the journal ("nightly-backup: msmtp: cannot
  // connect to ...: Connection timed out"), then msmtp's own record of it
  // ("msmtp[4879]: host=... errormsg='cannot connect to ...' exitcode=EX_TEMPFAIL").
  bool records_relayed_failure(const Envelope& env, std::string_view lower) const {
    if (!env.syslog || env.pid == attempt_.pid || !env.time.valid || !attempt_.time.valid ||
        !same_moment(env.time, attempt_.time))
      return false;
    std::string_view err = quoted_error(lower);
    if (err.empty()) {  // msmtp's record: errormsg='...'
      const size_t at = lower.find(" errormsg='");
      if (at != std::string_view::npos) err = lower.substr(at + 11, lower.find('\'', at + 11) - (at + 11));
    }
    return err.size() >= 16 && attempt_.texts.find(err) != std::string::npos;
  }

  // A transcript line that opens an SMTP session: EHLO/HELO sent, a
  // connection note ("Connection: opening to", "Trying ..."), the greeting.
  static bool opens_session(const cs::Transcript& tr, std::string_view lower) {
    switch (tr.direction) {
      case cs::Direction::to_server: {
        const std::string_view p = trim(tr.payload);
        return starts_with_ci(p, "EHLO") || starts_with_ci(p, "HELO");
      }
      case cs::Direction::info:
        return lower.find("opening") != std::string_view::npos || lower.find("connecting") != std::string_view::npos ||
               lower.find("trying ") != std::string_view::npos;
      case cs::Direction::from_server: return trim(tr.payload).starts_with("220 ");
      case cs::Direction::none: return false;
    }
    return false;
  }

  // Two times within two seconds: lines of one moment of one attempt.
  static bool same_moment(const Timestamp& a, const Timestamp& b) {
    const int64_t gap = a.epoch_us - b.epoch_us;
    return gap <= 2'000'000 && gap >= -2'000'000;
  }

  // A line between the server's failing reply and the client's statement of
  // it: a transcript line, or a line restating the failure without a reply.
  bool holds_echo(const Envelope& env, const cs::Transcript& tr, std::string_view lower) {
    if (env.syslog) return false;
    if (tr.direction != cs::Direction::none) {
      // Another failing reply (the next recipient refused) is not held.
      return !(tr.direction == cs::Direction::from_server && cs::find_reply(tr.payload).failing());
    }
    const cs::Reply reply = cs::find_reply(env.body);
    if (reply.code != 0) return false;
    if (!cs::reports_failure(lower, reply, true)) return true;
    if (!restates_without_reply(lower)) return false;
    ++attempt_.restatements;
    remember_statement(lower);
    attempt_.last_line = line_no_;
    return true;
  }

  // Whether a failure line without a reply of its own restates the attempt's
  // failure: the first such line after it (PHPMailer's "SMTP Error: Could not
  // authenticate.", curl's "(67) Login denied", msmtp's "authentication
  // failed"), or one repeating the words of an earlier statement of it
  // ("Mailer Error: SMTP Error: Could not authenticate."). Another line in
  // other words is another failure (the next run of the program).
  bool restates_without_reply(std::string_view lower) const {
    // The first: right after the failure's lines (or later in the same
    // line, when several were pasted as one), or in the same moment.
    if (attempt_.restatements == 0 &&
        (line_no_ == attempt_.last_line + 1 || (later_piece_ && line_no_ == attempt_.last_line) ||
         (line_time_.valid && attempt_.time.valid && same_moment(line_time_, attempt_.time))))
      return true;
    const std::string_view line = trim(lower);
    return any_statement([&](std::string_view t) {
      return (t.size() >= 12 && line.find(t) != std::string_view::npos) ||
             (line.size() >= 12 && t.find(line) != std::string_view::npos);
    });
  }

  // Whether any of the attempt's remembered failure lines (lowercased) satisfies `pred`.
  template <typename Pred>
  bool any_statement(Pred pred) const {
    std::string_view texts = attempt_.texts;
    while (!texts.empty()) {
      const size_t nl = texts.find('\n');
      if (pred(texts.substr(0, nl))) return true;
      texts.remove_prefix(nl == std::string_view::npos ? texts.size() : nl + 1);
    }
    return false;
  }

  // A tail's file header right after a failure's lines does not stand between
  // the failure and its restatement (restates_attempt counts lines where
  // records have no time).
  void pass_over_file_header(uint64_t line_no) {
    if (attempt_.reported && attempt_.last_line + 1 == line_no) attempt_.last_line = line_no;
  }

  void remember_statement(std::string_view lower) {
    const std::string_view line = trim(lower).substr(0, 160);
    if (attempt_.texts.size() + line.size() + 1 <= 1024) attempt_.texts.append(line).push_back('\n');
  }

  // Whether the lines are inside an SMTP session the file shows opening (a
  // debug transcript: "Connection: opening to", EHLO sent, the greeting):
  // only there are a failure's restatements told from other failures. A file
  // of separate error lines (a script's output over many runs, a list of
  // collected messages) has no sessions, and each of its lines counts.
  void track_session(const Envelope& env, const cs::Transcript& tr, std::string_view lower) {
    // (A session stays open across a long wait, a connection timing out
    // after minutes; a failure much later is another attempt anyway.)
    if (opens_session(tr, lower)) session_open_ = true;
    if (env.syslog) session_open_ = false;
  }

  // A failure line of a session that says nothing the attempt's reported
  // failure did not: no other failing reply, no address it did not name.
  bool restates_attempt(const Envelope& env, const cs::Reply& reply, std::string_view lower) {
    // A line of the moment after a reported failure that quotes its error
    // again is the same failure, outside a session too.
    const bool moment = env.time.valid && attempt_.time.valid ? same_moment(env.time, attempt_.time)
                                                               : line_no_ <= attempt_.last_line + 2;
    // (A record for another recipient is another message's failure, however
    // alike: a batch's sends refused one after the other.)
    const std::string_view to = recipient_field(lower);
    const bool other_recipient = !to.empty() && !attempt_.to.empty() && to != attempt_.to;
    // (A record naming an address the attempt did not is another recipient's
    // failure: a batch refused one after the other. Only records of a log
    // with times are held to the same moment: a file of pasted lines, one per
    // failure, repeats the same words for failures of their own.)
    bool new_address = false;
    if (!attempt_.addresses.empty())
      for_each_address(lower, [&](std::string_view a) { new_address |= !contains_word(attempt_.addresses, a); });
    const bool timed_moment =
        env.time.valid && attempt_.time.valid && same_moment(env.time, attempt_.time) && !new_address;
    // An exception that carries, word for word, a failure this attempt
    // reported, under the same record ("EmailError: Failed to send email.
    // Reason: ..." in the stack Ghost prints under its error page): the same
    // failure, however many lines of the page lie between.
    if (attempt_.reported && records_relayed_failure(env, lower)) {
      attempt_.last_line = line_no_;
      return true;
    }
    if (attempt_.reported && !env.timed && !other_recipient && exception_restates_reported(lower)) {
      attempt_.last_line = line_no_;
      return true;
    }
    if (attempt_.reported && moment && !other_recipient &&
        (quotes_reported_error(lower, timed_moment) ||
         // (with no address on either side, only a record of the same moment)
         (same_reply_for_same_addresses(reply, lower) && (timed_moment || !attempt_.last_addresses.empty())) ||
         (timed_moment && (repeats_reported_detail(lower) ||
                           (reply.code == 0 && says_only_that_sending_failed(record_message(lower))) ||
                           // PHPMailer's wrapper after the connection's own error, in the same moment
                           (lower.find("smtp error: could not connect to smtp host") != std::string_view::npos &&
                            attempt_.texts.find("connect") != std::string::npos) ||
                           error_field_says_only_that_sending_failed(lower))))) {
      attempt_.last_line = line_no_;
      if (env.time.valid) attempt_.time = env.time;
      return true;
    }
    if (!attempt_.reported || !session_open_) return note_attempt(env, reply, lower), false;
    if (reply.code != 0) {
      if (reply.code != attempt_.code) return note_attempt(env, reply, lower), false;
      // The same reply for another address is another recipient refused; a
      // refused sender ("The following From address failed: a@x : MAIL FROM
      // command failed") is the same failure however often it is named.
      const bool about_sender = lower.find("from address") != std::string_view::npos ||
                                lower.find("mail from command") != std::string_view::npos;
      if (new_address && !about_sender) return note_attempt(env, reply, lower), false;
    } else if (!restates_without_reply(lower)) {
      session_open_ = false;  // a failure in other words: the session's lines are over
      return note_attempt(env, reply, lower), false;
    } else {
      ++attempt_.restatements;
    }
    remember_statement(lower);
    if (env.time.valid) attempt_.time = env.time;
    attempt_.last_line = line_no_;
    return true;
  }

  // Whether the line gives the failing reply of the failure just reported for
  // the same addresses: one that failure named and no other (Odoo's ERROR
  // record "failed sending mail ... due to (... {'a@x': (552, ...)})" after
  // its INFO record of the same refusal), or none when it named none (a job's
  // error, then its queue's "Job raised exception ... 535-5.7.8 ...").
  bool same_reply_for_same_addresses(const cs::Reply& reply, std::string_view lower) const {
    if (reply.code == 0 || reply.code != attempt_.last_code) return false;
    bool named = false, other = false;
    for_each_address(lower, [&](std::string_view a) { (contains_word(attempt_.last_addresses, a) ? named : other) = true; });
    return !other && (named || attempt_.last_addresses.empty());
  }

  // Whether the line repeats the detail of the failure just reported: what its
  // first statement says after the last exception name or the reply code
  // (Keycloak's "KC-SERVICES0026: Failed to send password reset email:
  // ...EmailException: jakarta.mail.AuthenticationFailedException: 535 ..."
  // after its "KC-SERVICES0029: Failed to send email: jakarta.mail.
  // AuthenticationFailedException: 535 ..."), or is itself a line of it.
  bool repeats_reported_detail(std::string_view lower) const {
    const bool detail_repeated = any_statement([&](std::string_view statement) {
      size_t from = statement.rfind("exception: ");
      from = from == std::string_view::npos ? statement.rfind("error: ") : from;
      if (from == std::string_view::npos) return false;
      const std::string_view detail = trim(statement.substr(statement.find(": ", from) + 2, 60));
      return detail.size() >= 16 && lower.find(detail) != std::string_view::npos;
    });
    if (detail_repeated) return true;
    const std::string_view line = trim(lower);
    return line.size() >= 24 && attempt_.texts.find(line) != std::string::npos;
  }

  // Whether a structured record speaks of mail other than in the fields
  // holding a user's address or login ('email="a@x"', '"username":"a@x"',
  // "Username: a@x").
  bool mentions_mail_beside_address_fields(std::string_view lower) {
    fields_removed_.clear();
    for (size_t at = 0; at < lower.size();) {
      size_t key = std::string_view::npos, value = 0;
      char end = '"';  // what closes the value: its quote, or the space after a "username: " in prose
      // (and the machine's name: a pod or host called "mailer-6b9f7" logs its web hooks too)
      for (std::string_view k : {"email=\"", "\"email\":\"", "username=\"", "\"username\":\"", "user=\"",
                                 "\"user\":\"", "login=\"", "\"login\":\"", "username: ", "user: ", "login: ",
                                 "\"hostname\":\"", "hostname=\""})
        if (const size_t f = lower.find(k, at); f < key) key = f, value = f + k.size(), end = k.back() == '"' ? '"' : ' ';
      if (key == std::string_view::npos) {
        fields_removed_.append(lower.substr(at));
        break;
      }
      fields_removed_.append(lower.substr(at, key - at));
      const size_t close = lower.find(end, value);
      at = close == std::string_view::npos ? lower.size() : close + 1;
    }
    return cs::mentions_mail(fields_removed_);
  }

  // Whether the program a line's wording names sends mail: a runtime's or the
  // system's words ("getaddrinfo" is Node's, "ECONNREFUSED" anyone's) say
  // nothing of what the connection was for.
  static bool names_a_mail_program(std::string_view program) {
    if (program.empty()) return false;
    for (std::string_view runtime : {"node", "ruby", "python", "go", "dotnet", "php", "curl", "java", "perl"})
      if (program == runtime) return false;
    return true;
  }

  // A record's message without the level, logger and thread before it
  // ("error [org.keycloak.authentication.requiredactions.verifyemail]
  // (executor-thread-8) failed to send verification email": the logger's
  // name is not the failure's words).
  static std::string_view record_message(std::string_view lower) {
    std::string_view s = trim(lower);
    for (std::string_view level : {"error", "warn", "warning", "info", "fatal", "critical", "severe"})
      if (s.starts_with(level) && s.size() > level.size() && s[level.size()] == ' ') {
        s = trim(s.substr(level.size()));
        break;
      }
    while (!s.empty() && (s.front() == '[' || s.front() == '(')) {
      const size_t close = s.find(s.front() == '[' ? ']' : ')');
      if (close == std::string_view::npos) break;
      s = trim(s.substr(close + 1));
    }
    return s;
  }

  // A structured record whose error field says no more than that sending
  // failed (Keycloak's event record 'type="SEND_RESET_PASSWORD_ERROR", ...
  // error="email_send_failed"').
  static bool error_field_says_only_that_sending_failed(std::string_view lower) {
    const std::string_view err = quoted_error(lower);
    // (A server's reply in it is a cause: "could not send email 42: 421 4.7.0 [TSS04] ...".)
    return !err.empty() && cs::mentions_mail(err) && says_only_that_sending_failed(err) &&
           !cs::find_reply(err).failing();
  }

  // Whether `lower` quotes the error of the failure just reported
  // (`timed_moment`: a record of the same moment, where even a short error,
  // "connection timeout", is the same failure's; elsewhere only a longer one):
  bool quotes_reported_error(std::string_view lower, bool timed_moment) const {
    // - its error field holds the same error (a structured log's next record,
    //   'msg="will retry" err="smtp auth: 535 ..."' after 'msg="send failed"
    //   err="smtp auth: 535 ...")';
    const std::string_view err = quoted_error(lower);
    if (!err.empty() && err == attempt_.err) return true;
    // - the line repeats that error in its own words ('WARNING: Mail to x
    //   failed: <text>' after 'PS>TerminatingError(Send-MailMessage):
    //   "<text>"'), for an error of a few hundred bytes at most (a search for
    //   a longer one in a long line would cost their product);
    if (attempt_.err.size() >= 12 && attempt_.err.size() <= 512 && lower.find(attempt_.err) != std::string_view::npos)
      return true;
    // - its error field holds the words of the failure reported in a record
    //   of another shape (Laravel's exception, then the queue's "Mail job
    //   failed, will be retried {"error":"Connection could not be established
    //   with host \"..."}"), or the start of its error field ("all MX failed
    //   for example.com" after "all MX failed for example.com: mx1...: dial tcp ...").
    std::string_view quoted = err;
    while (!quoted.empty() && quoted.back() == '\\') quoted.remove_suffix(1);
    return quoted.size() >= (timed_moment ? 12u : 24u) &&
           (attempt_.texts.find(quoted) != std::string::npos || std::string_view(attempt_.err).starts_with(quoted));
  }

  // What follows the first of `keys` found in `lower` (tried in order), or "".
  static std::string_view rest_after(std::string_view lower, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys)
      if (const size_t at = lower.find(key); at != std::string_view::npos) return lower.substr(at + key.size());
    return {};
  }

  // The value of a logfmt/JSON recipient field (" to=a@x", "\"to\":\"a@x\""), or "".
  static std::string_view recipient_field(std::string_view lower) {
    std::string_view v = rest_after(lower, {" to=", " rcpt=", " recipient=", "\"to\":\"", "\"recipient\":\""});
    if (!v.empty() && v.front() == '"') v.remove_prefix(1);
    return v.substr(0, v.find_first_of("\" ,"));
  }

  // The value of a logfmt/JSON error field ("err=\"...\"", "\"error\":\"...\""), or "".
  static std::string_view quoted_error(std::string_view lower) {
    // A PowerShell transcript's note of a terminating error: 'PS>TerminatingError(Send-MailMessage): "..."'.
    if (lower.starts_with("ps>terminatingerror(")) {
      const size_t open = lower.find("): \"");
      if (open != std::string_view::npos) {
        const std::string_view v = lower.substr(open + 4);
        return v.substr(0, v.rfind('"'));
      }
    }
    // A serialized error object (pino's and Bunyan's "err":{"type":...,"message":"..."}): its message.
    for (std::string_view object : {std::string_view("\"err\":{"), std::string_view("\"error\":{")})
      if (const size_t at = lower.find(object); at != std::string_view::npos) {
        const std::string_view message = rest_after(lower.substr(at), {"\"message\":\""});
        if (!message.empty()) return message.substr(0, message.find('"'));
      }
    // (BullMQ's "failedReason" is the error its job was failed with; GitLab's
    // Sidekiq and exceptions logs flatten the exception into "exception.message".)
    const std::string_view v = rest_after(lower, {" err=\"", " error=\"", "\"err\":\"", "\"error\":\"", "\"reason\":\"",
                                                  "\"failedreason\":\"", "\"exception.message\":\""});
    return v.substr(0, v.find('"'));
  }

  void note_attempt(const Envelope& env, const cs::Reply& reply, std::string_view lower) {
    attempt_.last_code = reply.code;
    attempt_.last_addresses.clear();
    attempt_.err.assign(quoted_error(lower));
    attempt_.to.assign(recipient_field(lower));
    attempt_.reported = true;
    attempt_.restatements = 0;
    attempt_.last_line = line_no_;
    remember_statement(lower);
    if (!attempt_.code) attempt_.code = reply.code;
    if (env.time.valid) attempt_.time = env.time;
    attempt_.pid = env.pid;
    remember_addresses(lower);
  }

  // A line that goes on stating the pending failure: its reply (when the
  // failure had none yet), addresses and words become the attempt's.
  void join_statement(uint16_t code, std::string_view lower) {
    if (!attempt_.code) attempt_.code = code;
    if (!attempt_.last_code) attempt_.last_code = code;
    remember_addresses(lower);
    remember_statement(lower);
  }

  void remember_addresses(std::string_view lower) {
    for_each_address(lower, [&](std::string_view a) {
      if (attempt_.addresses.size() + a.size() < 512 && !contains_word(attempt_.addresses, a))
        attempt_.addresses.append(a).push_back(' ');
      if (attempt_.last_addresses.size() + a.size() < 512 && !contains_word(attempt_.last_addresses, a))
        attempt_.last_addresses.append(a).push_back(' ');
    });
  }

  // The line after an application's failure record (or after the server's
  // failing reply in a transcript) that states the failure in detail: the
  // library's exception, the client's own "SMTP ERROR: ... failed: 535 ...".
  // It joins the pending failure and becomes its line; false when the line
  // is not such a statement.
  bool takes_over_pending(const Envelope& env, uint64_t line_no, Outcome* outcome, bool after_traceback = false) {
    // An application's record is taken over by the dump under it (untimed
    // lines), never by the next record; the server's reply by the client's
    // statement of the same reply.
    if (env.syslog || (pending_from_app_ && env.timed)) return false;
    if (!after_traceback && !pending_from_app_ && !pending_from_echo_) return false;
    cs::Reply reply = cs::find_reply(env.body);
    // The client's statement of the held reply: the same code, or (git
    // send-email's "5.7.1 <a@x>: Relay access denied") the same status.
    if (pending_from_echo_ && !(reply.code != 0 ? reply.code == pending_reply_code_
                                                : !reply.status.empty() && reply.status == pending_reply_status_))
      return false;
    if (!cs::reports_failure(lower_, reply, true)) return false;
    if (cs::names_another_service(lower_)) return false;  // a database's or a cache's exception is not this failure
    std::string_view body = trim(env.body);
    std::string text = std::string(body.substr(0, kMaxBlockBytes));
    if (text.size() + 1 + pending_text_.size() <= kMaxBlockBytes) text.append(" ").append(pending_text_);
    pending_text_ = std::move(text);
    pending_line_ = line_no;
    attempt_.last_line = line_no;
    pending_from_app_ = pending_from_echo_ = false;
    join_statement(reply.code, lower_);
    *outcome = Outcome::reported;
    return true;
  }

  static Envelope syslog_envelope(const SyslogRecord& rec) {
    Envelope env;
    env.syslog = true;
    env.time = rec.time;
    env.host = rec.host;
    env.program = rec.program;
    env.pid = rec.pid;
    env.body = rec.message;
    return env;
  }

  Envelope strip_envelope(std::string_view line) {
    Envelope env = read_envelope(line);
    env.timed = env.timed || env.time.valid;
    return env;
  }

  // "02:00:12.189 " or "[02:00:12,189] " at the start of s: the bytes a time of
  // day without a date takes, with the space after it; 0 when there is none.
  static size_t time_of_day_prefix(std::string_view s) {
    const size_t open = !s.empty() && s[0] == '[' ? 1 : 0;
    if (s.size() < open + 9) return 0;
    for (size_t k : {0, 1, 3, 4, 6, 7})
      if (!is_digit(s[open + k])) return 0;
    if (s[open + 2] != ':' || s[open + 5] != ':') return 0;
    size_t i = open + 8;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      size_t k = i + 1;
      while (k < s.size() && is_digit(s[k])) ++k;
      if (k == i + 1) return 0;
      i = k;
    }
    if (open) {
      if (i >= s.size() || s[i] != ']') return 0;
      ++i;
    }
    return i < s.size() && s[i] == ' ' ? i + 1 : 0;
  }

  Envelope read_envelope(std::string_view line) {
    Envelope env;
    std::string_view s = line;
    // docker compose ("mail    | ") and pm2 ("0|app  | ") prefixes.
    if (const std::string_view inner = after_container_prefix(s); !inner.empty()) s = inner;
    SyslogRecord rec;
    // "2024-06-11 07:00:03,482 ERROR report: ..." is an application log, not syslog;
    // a severity never has a pid, so Debian cron's "CRON[23456]:" is a program.
    // Nor is a time with a comma before its fraction, as Java's and Python's
    // loggers write it ("2024-02-12 08:02:13,406+0000 http-nio-8080-exec-4
    // url: ...", Jira's thread and message): syslog writes a point.
    const bool comma_fraction =
        s.size() > 20 && cs::starts_with_shape(s, "dddd-dd-dd") && cs::starts_with_shape(s.substr(11), "dd:dd:dd,");
    if (!comma_fraction && parse_syslog_line(s, years_, &rec) && !rec.program.empty() &&
        (!all_upper_word(rec.program) || rec.pid != 0) && !all_upper_word(rec.host))
      return syslog_envelope(rec);
    // A program's syslog tag without the time and host ("unattended-upgrade[3319]:
    // sendmail: ...", as journalctl -o cat --output-fields or a paste from a
    // journal viewer shows it): the message is what the program said.
    if (const std::string_view tag = cs::leading_program_tag(s); !tag.empty()) {
      const size_t close = s.find("]: ", tag.size());
      env.program = trim(s.substr(0, tag.size() - 1));
      for (size_t i = tag.size(); i < close; ++i) env.pid = env.pid * 10 + uint32_t(s[i] - '0');
      env.body = s.substr(close + 3);
      return env;
    }
    // PowerShell's streams in a transcript: "WARNING: [2024-05-14 09:00:03] Send
    // failed: ...", "WARNING:   -> System.Net.WebException: ..." (an inner
    // exception, indented under the line before).
    for (std::string_view stream : {"WARNING: ", "VERBOSE: "})
      if (s.starts_with(stream) && s.size() > stream.size()) {
        s.remove_prefix(stream.size());
        break;
      }
    // A structured log's record, one JSON object a line (GitLab's Sidekiq, a
    // Go service's slog, pino's, structlog's): its time field is the record's
    // time. The body stays the whole object, whose other fields the rules read.
    if (s.size() > 20 && s[0] == '{' && s.back() == '}') {
      const std::string_view head = s.substr(0, 400);
      // (with a space after the colon too, as Python's json.dumps writes them)
      for (std::string_view key : {"\"time\":\"", "\"timestamp\":\"", "\"@timestamp\":\"", "\"ts\":\"",
                                   "\"time\": \"", "\"timestamp\": \"", "\"@timestamp\": \"", "\"ts\": \""})
        if (const size_t at = head.find(key); at != std::string_view::npos) {
          Timestamp when;
          if (scan_rfc3339(s.substr(at + key.size()), &when)) {
            env.time = when;
            env.body = s;
            return env;
          }
        }
    }
    // Gitea's and Forgejo's logger: "2025/03/04 10:08:44 <caller> [E] message",
    // the caller a source location ("...services/mailer/mailer.go:384:send()")
    // or a logger's name ("HTTPRequest"), the level one letter. A timed record:
    // its lines must speak of mail (its caller may say so), its notes are notes.
    if (Timestamp when; s.size() > 24 && scan_slashed_datetime(s, &when) == 19 && s[19] == ' ') {
      const size_t caller_end = s.find(' ', 20);
      const size_t level = caller_end != std::string_view::npos && caller_end + 5 <= s.size()
                               ? std::string_view("TDIWECF").find(s[caller_end + 2])
                               : std::string_view::npos;
      if (level != std::string_view::npos && s[caller_end + 1] == '[' && s[caller_end + 3] == ']' &&
          s[caller_end + 4] == ' ') {
        static constexpr std::string_view kLevels[] = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR", "CRITICAL", "FATAL"};
        env.time = when;
        leveled_body_.assign(kLevels[level])
            .append(" ")
            .append(s.substr(20, caller_end - 20))
            .append(" ")
            .append(s.substr(caller_end + 5));
        env.body = leveled_body_;
        env.level_rebuilt = true;
        return env;
      }
    }
    // Ruby's Logger: "E, [2024-05-14T07:40:54.814222 #21873] ERROR -- : message".
    if (s.size() > 40 && s[1] == ',' && s[2] == ' ' && s[3] == '[' && std::string_view("DIWEFUA").find(s[0]) != std::string_view::npos) {
      Timestamp when;
      const size_t n = scan_rfc3339(s.substr(4), &when);
      const size_t close = s.find("] ", 4);
      const size_t dashes = close == std::string_view::npos ? std::string_view::npos : s.find(" -- ", close);
      const size_t colon = dashes == std::string_view::npos ? std::string_view::npos : s.find(": ", dashes);
      if (n && close != std::string_view::npos && colon != std::string_view::npos) {
        env.time = when;
        std::string_view level = trim(s.substr(close + 2, dashes - close - 2));
        leveled_body_.assign(level).append(" ").append(s.substr(colon + 2));
        env.body = leveled_body_;
        env.level_rebuilt = true;
        return env;
      }
    }
    // Event Viewer's CSV export ("Error,5/21/2024 10:55:24 AM,ReportMailer,1001,None,"Report
    // job ... failed ..."): a record; its message, quoted, may go on over the next lines.
    if (std::string_view source; const size_t n = event_viewer_csv_prefix(s, &source)) {
      // "Error Source: message": the source says whose event it is (a mail
      // program's, or the Service Control Manager's).
      env.timed = true;
      leveled_body_.assign(s.substr(0, s.find(','))).append(" ").append(source).append(": ").append(s.substr(n));
      env.body = leveled_body_;
      env.level_rebuilt = true;
      return env;
    }
    // java.util.logging's one-line format, as Tomcat writes catalina.out
    // ("05-Dec-2026 08:06:00.093 SEVERE [thread] class.method message"): a record.
    if (const size_t n = jul_one_line_prefix(s)) {
      env.timed = true;
      env.body = s.substr(n);
      return env;
    }
    // Airflow's task logs: "[2024-04-22, 03:00:06 UTC] {send_statements.py:77} ERROR - ...".
    if (const size_t n = airflow_prefix(s, &env.time)) {
      env.body = s.substr(n);
      return env;
    }
    // Zabbix server's, proxy's and agent's own log: "  1195:20240315:021705.118
    // failed to send email: ...", a pid, then the date and time in digits.
    if (const size_t n = zabbix_prefix(s, &env.time)) {
      env.body = s.substr(n);
      return env;
    }
    // klog (Kubernetes components and Go services using it): "E0521 03:13:54.961229       1
    // main.go:78] message": severity letter, month and day, time, thread, file:line. A
    // record; the letter becomes its level word.
    if (const size_t n = klog_prefix(s)) {
      env.timed = true;
      const std::string_view level = s[0] == 'E' || s[0] == 'F' ? "ERROR " : s[0] == 'W' ? "WARNING " : "INFO ";
      leveled_body_.assign(level).append(s.substr(n));
      env.body = leveled_body_;
      env.level_rebuilt = true;
      return env;
    }
    // logfmt (Go's log/slog and go-kit, Prometheus' components): "ts=2026-11-19T03:42:09.551Z
    // caller=... level=error msg=..." or time=; the record's other fields are its body.
    // Grafana's order puts the logger and its context first: "logger=ngalert.notifier org=1
    // t=2024-08-14T... level=error msg=...".
    if (s.starts_with("logger=")) {
      for (std::string_view key : {" t=", " ts=", " time="})
        if (const size_t at = s.substr(0, 240).find(key); at != std::string_view::npos) {
          Timestamp when;
          if (scan_rfc3339(s.substr(at + key.size()), &when)) {
            env.time = when;
            env.body = s;
            return env;
          }
        }
    }
    for (std::string_view key : {"ts=", "time=", "t="}) {
      if (!s.starts_with(key)) continue;
      std::string_view v = s.substr(key.size());
      const bool quoted = !v.empty() && v.front() == '"';
      if (quoted) v.remove_prefix(1);
      Timestamp when;
      if (const size_t n = scan_rfc3339(v, &when); n && (n == v.size() || v[n] == ' ' || (quoted && v[n] == '"'))) {
        env.time = when;
        v.remove_prefix(std::min(v.size(), n + (quoted ? 1 : 0)));
        env.body = trim(v);
        return env;
      }
      break;
    }
    // A level before the time ("ERROR 2024-05-14 08:53:30,179 log ...",
    // Django's and many Python apps' verbose format): the time is read, and
    // the level goes on before the message, as where it follows the time.
    std::string_view level;
    for (std::string_view l : {"CRITICAL ", "ERROR ", "WARNING ", "WARN ", "INFO ", "DEBUG ", "NOTICE ", "FATAL "})
      if (s.starts_with(l) && s.size() > l.size() && is_digit(s[l.size()])) {
        level = s.substr(0, l.size());
        s.remove_prefix(l.size());
        break;
      }
    // A leading timestamp: "2017-03-27 10:11:41 ", "[2022-09-30 12:34:18] ", "Mar 01 10:00:00 ".
    std::string_view t = s;
    bool bracket = !t.empty() && t.front() == '[';
    if (bracket) t.remove_prefix(1);
    size_t n = scan_rfc3339(t, &env.time);
    if (!n && !bracket) n = scan_bsd_timestamp(t, years_, &env.time);
    if (!n && bracket) n = scan_php_log_time(t, &env.time);  // PHP's error_log: "[02-May-2024 09:02:51 UTC] 
    if (n) {
      t.remove_prefix(n);
      // Python logging's ",123" milliseconds.
      if (!t.empty() && (t.front() == ',' || t.front() == '.')) {
        size_t k = 1;
        while (k < t.size() && is_digit(t[k])) ++k;
        if (k > 1) t.remove_prefix(k);
      }
      // Serilog's default "2024-03-12 08:00:01.532 +01:00 [INF] ...": the
      // offset after a space (the time read so far was taken as UTC).
      if (t.size() >= 7 && t[0] == ' ' && (t[1] == '+' || t[1] == '-') && is_digit(t[2]) && is_digit(t[3]) &&
          t[4] == ':' && is_digit(t[5]) && is_digit(t[6]) && (t.size() == 7 || t[7] == ' ')) {
        const int64_t minutes = ((t[2] - '0') * 10 + (t[3] - '0')) * 60 + (t[5] - '0') * 10 + (t[6] - '0');
        if (minutes <= 18 * 60) {
          env.time.epoch_us -= (t[1] == '+' ? 1 : -1) * minutes * 60 * 1000000;
          t.remove_prefix(7);
        }
      }
      // Celery's "[2024-05-14 09:06:31,687: ERROR/ForkPoolWorker-1] message": the
      // level (and the process) inside the brackets, after the time.
      if (bracket && t.size() > 2 && t[0] == ':' && t[1] == ' ') {
        const size_t close = t.find("] ");
        if (close != std::string_view::npos && close < 80) {
          std::string_view inner = t.substr(2, close - 2);
          std::string_view msg = t.substr(close + 2);
          leveled_body_.assign(inner.substr(0, inner.find('/'))).append(" ").append(msg);
          env.body = leveled_body_;
          env.level_rebuilt = true;
          return env;
        }
      }
      if (bracket) {
        if (t.empty() || t.front() != ']') {
          env.time = Timestamp();
          env.body = s;
          return env;
        }
        t.remove_prefix(1);
      }
      while (!t.empty() && (is_space(t.front()))) t.remove_prefix(1);
      env.body = t;
      if (!level.empty()) {
        leveled_body_.assign(level).append(t);
        env.body = leveled_body_;
        env.level_rebuilt = true;
      }
      return env;
    }
    if (!level.empty()) s = line.substr(line.size() - s.size() - level.size());
    if (const size_t tod = level.empty() ? time_of_day_prefix(s) : 0) {
      env.timed = true;
      s.remove_prefix(tod);
      // The Arduino IDE's serial monitor stamps each line it received: "18:58:56.971 -> ...".
      if (s.starts_with("-> ")) s.remove_prefix(3);
    }
    // Python logging's basic format, "ERROR:shop.notifications:message" (no
    // time): a record of an application's log all the same.
    env.timed = env.timed || python_basic_record(s);
    // A JSON record with a time field (zap's "ts", pino's "time", CLEF's "@t",
    // python-json-logger's "asctime", ...) is a timed record of an application's
    // log: its bare "failed"/"error" words (a key: "failed":0, a summary: "job
    // dropped: permanent error") count only beside an error field of its own.
    env.timed = env.timed || json_record_with_time(s);
    env.body = s;
    return env;
  }

  // The length of an Event Viewer CSV row's fields before its message
  // ('Error,5/21/2024 10:55:24 AM,Source,1001,None,"'), or 0; *source gets
  // the Source field.
  static size_t event_viewer_csv_prefix(std::string_view s, std::string_view* source) {
    std::string_view level;
    for (std::string_view l : {"Error,", "Warning,", "Information,", "Critical,", "Verbose,"})
      if (s.starts_with(l)) level = l;
    if (level.empty()) return 0;
    size_t i = level.size(), slashes = 0;
    while (i < s.size() && (is_digit(s[i]) || s[i] == '/')) slashes += s[i++] == '/';
    if (slashes != 2 || i >= s.size() || s[i] != ' ') return 0;
    const size_t time_start = ++i;
    while (i < s.size() && (is_digit(s[i]) || s[i] == ':')) ++i;
    if (i - time_start < 7) return 0;
    if (s.substr(i).starts_with(" AM") || s.substr(i).starts_with(" PM")) i += 3;
    // Source, Event ID, Task Category.
    for (int field = 0; field < 3; ++field) {
      if (i >= s.size() || s[i] != ',') return 0;
      const size_t next = s.find(',', i + 1);
      if (next == std::string_view::npos || next - i > 100) return 0;
      if (field == 0) *source = s.substr(i + 1, next - i - 1);
      i = next;
    }
    ++i;  // the comma before the message
    if (i < s.size() && s[i] == '"') ++i;
    return i;
  }

  // The length of the date and time of a java.util.logging one-line record
  // ("05-Dec-2026 08:06:00.093 "), when a level word follows; or 0.
  static size_t jul_one_line_prefix(std::string_view s) {
    if (s.size() < 30 || !is_digit(s[0]) || !is_digit(s[1]) || s[2] != '-' || s[6] != '-' || s[11] != ' ') return 0;
    for (size_t k : {7, 8, 9, 10, 12, 13, 15, 16, 18, 19})
      if (!is_digit(s[k])) return 0;
    if (s[14] != ':' || s[17] != ':') return 0;
    size_t i = 20;
    if (s[i] == '.')
      for (++i; i < s.size() && is_digit(s[i]);) ++i;
    if (i >= s.size() || s[i] != ' ') return 0;
    ++i;
    for (std::string_view level : {"SEVERE ", "WARNING ", "INFO ", "CONFIG ", "FINE ", "FINER ", "FINEST "})
      if (s.substr(i).starts_with(level)) return i;
    return 0;
  }

  // The length of an Airflow task log record's prefix ("[2024-04-22, 03:00:06
  // UTC] {file.py:77} ", the source location optional), or 0; its time into
  // *when (taken as UTC, which Airflow logs in unless told otherwise).
  static size_t airflow_prefix(std::string_view s, Timestamp* when) {
    static constexpr std::string_view kShape = "[dddd-dd-dd, dd:dd:dd";
    if (s.size() < kShape.size() + 2 || !cs::starts_with_shape(s, kShape)) return 0;
    const size_t close = s.find("] ", kShape.size());
    if (close == std::string_view::npos || close > kShape.size() + 8) return 0;
    char rfc[20];  // "2024-04-22T03:00:06Z"
    s.substr(1, 10).copy(rfc, 10);
    rfc[10] = 'T';
    s.substr(13, 8).copy(rfc + 11, 8);
    rfc[19] = 'Z';
    Timestamp t;
    if (scan_rfc3339(std::string_view(rfc, sizeof rfc), &t) != sizeof rfc) return 0;
    *when = t;
    size_t i = close + 2;
    if (i < s.size() && s[i] == '{') {
      const size_t brace = s.find("} ", i);
      if (brace != std::string_view::npos && brace - i < 120) i = brace + 2;
    }
    return i;
  }

  // The length of a Zabbix log record's prefix ("  1195:20240315:021705.118 ",
  // the pid right-aligned in six places), or 0; its time into *when.
  static size_t zabbix_prefix(std::string_view s, Timestamp* when) {
    size_t i = 0;
    while (i < s.size() && i < 8 && s[i] == ' ') ++i;
    const size_t pid = i;
    while (i < s.size() && i - pid < 10 && is_digit(s[i])) ++i;
    if (i == pid || i >= s.size() || s[i] != ':') return 0;
    Timestamp t;
    const size_t n = scan_compact_datetime(s.substr(i + 1), &t);
    if (!n || i + 1 + n >= s.size() || s[i + 1 + n] != ' ') return 0;
    *when = t;
    return i + 2 + n;
  }

  // The length of a klog header ("I0521 03:12:07.118000       1 main.go:93] "), or 0.
  static size_t klog_prefix(std::string_view s) {
    if (s.size() < 24 || std::string_view("IWEF").find(s[0]) == std::string_view::npos) return 0;
    for (size_t k : {1, 2, 3, 4, 6, 7, 9, 10, 12, 13})
      if (!is_digit(s[k])) return 0;
    if (s[5] != ' ' || s[8] != ':' || s[11] != ':' || s[14] != '.') return 0;
    size_t i = 15;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == 15 || i >= s.size() || s[i] != ' ') return 0;
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t thread = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == thread || i >= s.size() || s[i] != ' ') return 0;
    const size_t close = s.find("] ", i);
    if (close == std::string_view::npos || close - i > 80 || s.substr(i, close - i).find(':') == std::string_view::npos)
      return 0;
    return close + 2;
  }

  static bool python_basic_record(std::string_view s) {
    for (std::string_view level : {"CRITICAL:", "ERROR:", "WARNING:", "INFO:", "DEBUG:"}) {
      if (!s.starts_with(level)) continue;
      size_t i = level.size();
      const size_t name_start = i;
      auto name_char = [](char c) {
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || is_digit(c) || c == '_' || c == '.' || c == '-';
      };
      while (i < s.size() && name_char(s[i])) ++i;
      return i > name_start && i < s.size() && s[i] == ':';
    }
    return false;
  }

  static bool json_record_with_time(std::string_view s) {
    if (s.size() < 8 || s.front() != '{' || s.back() != '}') return false;
    for (std::string_view key : {"\"ts\":", "\"time\":", "\"timestamp\":", "\"@t\":", "\"@timestamp\":",
                                 "\"asctime\":", "\"t\":", "\"date\":", "\"datetime\":"})
      if (s.find(key) != std::string_view::npos) return true;
    return false;
  }

  // The program that wrote the line; *from_wording says it was found in the
  // text (and may be refined by the rest of a dumped error).
  std::string_view program_of(const Envelope& env, const cs::Transcript& tr, std::string_view lower,
                              bool* from_wording) const {
    *from_wording = false;
    if (!tr.program.empty() && tr.direction != cs::Direction::none) return tr.program;
    if (lower.starts_with("*** ") || lower.starts_with("***\t")) return "swaks";  // its error lines
    if (!env.syslog) {
      *from_wording = true;
      return cs::detect_program(lower);
    }
    if (env.program.starts_with("postfix")) return "postfix";
    if (env.program.starts_with("exim")) return "exim";
    if (env.program.starts_with("sendmail") || env.program == "sm-mta") return "sendmail";
    return env.program;
  }

  // "status=sent (250 ...)" and similar: a delivery record, not a failure.
  // A record its program logged at a level below warnings ("INFO", "DEBUG",
  // logfmt's "level=info", Celery's "INFO/ForkPoolWorker-2"): a note, not a
  // failure, unless it carries a failing reply (a transcript's line at debug
  // level). Apps log their failures as warnings or errors; their notes at
  // info name settings ("starttls=required"), outcomes ("succeeded ...
  // 'rejected'") and retries of a failure already logged. (NOTICE is not
  // such a level: sendEmail states its failures at it.)
  // A job system's note, at a note level, that an attempt failed and will be
  // retried, with the attempt's error: ActiveJob's "Retrying X (Job ID: ...)
  // after 1 attempts in 3 seconds, due to a Net::ReadTimeout (...)." and
  // Celery's "Task x[id] retry: Retry in 60s: SSLError(...)". Each is a
  // failed attempt, as a mail log's deferral is.
  static bool notes_a_failed_attempt(std::string_view lower) {
    const size_t retrying = lower.find("retrying ");
    if (retrying != std::string_view::npos && lower.find(", due to a", retrying) != std::string_view::npos) return true;
    // An application that says at a note level that it will not send at all
    // (SonarQube's "SMTP host was not configured - email will not be sent").
    if (lower.find("email will not be sent") != std::string_view::npos ||
        lower.find("mail will not be sent") != std::string_view::npos)
      return true;
    // Odoo logs its SMTP failures at INFO ("INFO db odoo.addons.base.models.ir_mail_server: Mail
    // delivery failed via SMTP server 'x'. SSLCertVerificationError: ...").
    if (lower.find("mail delivery failed via smtp server") != std::string_view::npos) return true;
    return lower.find("] retry: retry in ") != std::string_view::npos;
  }

  static bool is_note_level(std::string_view body) {
    const std::string_view head = body.substr(0, 96);
    for (std::string_view level : {"INFO", "DEBUG", "TRACE"})
      for (size_t at = head.find(level); at != std::string_view::npos; at = head.find(level, at + 1)) {
        const char before = at ? head[at - 1] : ' ';
        const char after = at + level.size() < head.size() ? head[at + level.size()] : ' ';
        auto word_byte = [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '@' || c == '.';
        };
        if (!word_byte(before) && !word_byte(after)) return true;
      }
    if (head.find("level=info") != std::string_view::npos || head.find("level=debug") != std::string_view::npos)
      return true;
    return json_level_is_note(head);
  }

  // JSON records: winston's "level":"info"; pino's and Bunyan's numeric
  // levels, 10 trace, 20 debug, 30 info (40 is warn).
  static bool json_level_is_note(std::string_view text) {
    for (std::string_view key : {std::string_view("\"level\":"), std::string_view("\"level\": ")})
      for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
        const std::string_view value = text.substr(at + key.size(), 8);
        // (and Nextcloud's numeric levels: 0 debug, 1 info; 2 is its warning)
        for (std::string_view note : {"\"info\"", "\"debug\"", "\"trace\"", "10,", "20,", "30,", "10}", "20}", "30}",
                                      "0,", "1,"})
          if (value.starts_with(note)) return true;
      }
    return false;
  }

  // A JSON object record whose "level" is a note's (winston's "info", pino's 30).
  static bool is_json_record_at_note_level(std::string_view body) {
    const std::string_view t = trim(body);
    return t.starts_with("{") && t.ends_with("}") && json_level_is_note(t);
  }

  // "[tag] DEBUG: ...": a library's own debug output under its name (sentry-python's).
  static bool starts_with_tagged_note_level(std::string_view body) {
    if (!body.starts_with("[")) return false;
    const size_t close = body.find("] ");
    if (close == std::string_view::npos || close > 40) return false;
    const std::string_view rest = body.substr(close + 2);
    for (std::string_view level : {"DEBUG:", "INFO:", "TRACE:"})
      if (rest.starts_with(level)) return true;
    return false;
  }

  static bool is_success_record(std::string_view lower) {
    for (const SuccessMarker& m : kSuccessMarkers) {
      const size_t at = lower.find(m.marker);
      if (at == std::string_view::npos || (m.at_start && at != 0)) continue;
      if (m.and_also.empty() || lower.find(m.and_also) != std::string_view::npos) return true;
    }
    return false;
  }

  // Lines that only repeat that the program gave up, without a reason of their own.
  // Lines that close a failure already reported by the line before it: counted
  // once, not twice. nullmailer follows the server's reply with "Sending failed:
  // Permanent error in sending the message" and "Moving message ... into
  // failed"; dma with "delivery failed, bouncing as ...".
  static bool is_summary_only(std::string_view lower) {
    return lower.find("could not send mail (account") != std::string_view::npos ||
           lower == "sending of the message failed." || lower == "send message error" ||
           lower.starts_with("sending failed: permanent error in sending the message") ||
           lower.starts_with("sending failed: temporary error in sending the message") ||
           (lower.starts_with("moving message ") && lower.ends_with(" into failed")) ||
           lower.starts_with("delivery failed, bouncing as ") ||
           // mailx's and s-nail's closing words after the MTA's own error (and "dead.letter")
           lower.starts_with("... message not sent") ||
           // The closing QUIT failing after the failure (PHPMailer reports it too): not a failure to send.
           lower.find("quit command failed") != std::string_view::npos;
  }

  // A structured record (structlog, python-json-logger) carries a Python
  // traceback in one string field, its lines joined by "\n" escapes. Its
  // frames quote source code ('raise SMTPException("No suitable
  // authentication method found.")'), which says nothing of this failure:
  // only the exception lines ("module.Error: message") stay, as when the
  // traceback is written out line by line.
  static void drop_escaped_traceback_frames(std::string* text) {
    constexpr std::string_view kMarker = "Traceback (most recent call last):\\n";
    const size_t start = text->find(kMarker);
    if (start == std::string::npos) return;
    size_t end = start;  // the string's closing quote: one no backslash escapes
    while ((end = text->find('"', end)) != std::string::npos) {
      size_t slashes = 0;
      while (end > slashes && (*text)[end - 1 - slashes] == '\\') ++slashes;
      if (slashes % 2 == 0) break;
      ++end;
    }
    if (end == std::string::npos) end = text->size();
    std::string kept = text->substr(0, start);
    const std::string_view traceback = std::string_view(*text).substr(start, end - start);
    for (size_t at = 0; at < traceback.size();) {
      size_t next = traceback.find("\\n", at);
      if (next == std::string_view::npos) next = traceback.size();
      const std::string_view piece = traceback.substr(at, next - at);
      at = next + 2;
      if (piece.empty() || piece.front() == ' ' || piece.starts_with("Traceback (most recent call last)") ||
          piece.starts_with("During handling of the above exception") ||
          piece.starts_with("The above exception was the direct cause"))
        continue;
      kept.append(piece).push_back(' ');
    }
    if (!kept.empty() && kept.back() == ' ') kept.pop_back();
    kept.append(*text, end, std::string::npos);
    *text = std::move(kept);
  }

  void start_pending(const Envelope& env, std::string_view program, bool from_wording, uint64_t line_no,
                     const cs::Reply& reply) {
    pending_ = true;
    prose_ = false;
    in_message_details_ = false;
    pending_line_ = line_no;
    pending_time_ = env.time;
    pending_pid_ = env.pid;
    pending_host_.assign(env.host);
    pending_program_.assign(program);
    program_from_wording_ = from_wording;
    pending_text_.assign(trim(env.body).substr(0, kMaxBlockBytes));
    drop_escaped_traceback_frames(&pending_text_);
    pending_mailkit_ = lower_.find("mailkit") != std::string::npos;
    reply_open_ = reply.continues;
    // A library quoting a multi-line reply whose later lines follow on lines
    // of their own ('... with message "550-Verification failed for <x>').
    if (!reply_open_ && reply.code) {
      char code[4] = {char('0' + reply.code / 100), char('0' + reply.code / 10 % 10), char('0' + reply.code % 10), '-'};
      const std::string_view open(code, 4), text = trim(env.body);
      const size_t at = text.rfind(open);
      if (at != std::string_view::npos && (at == 0 || !is_digit(text[at - 1])) &&
          text.find(std::string_view(code, 3).data(), at + 4, 3) == std::string_view::npos)
        reply_open_ = true;
    }
    hold_reply(reply);
  }

  // The pending failure's reply: its code and status, and the code its
  // further lines repeat while it is open ("550-..." then "550 ...").
  void hold_reply(const cs::Reply& reply) {
    pending_reply_code_ = reply.code;
    pending_reply_status_.assign(reply.status);
    if (reply_open_) {
      const char code[3] = {char('0' + reply.code / 100), char('0' + reply.code / 10 % 10), char('0' + reply.code % 10)};
      reply_code_.assign(code, 3);
    }
  }

  // A cause under the pending failure ("Caused by: Name: message", .NET's
  // "---> Name: message", JavaMail's nested exception) becomes the event's
  // line when it reports the failure in words not read yet, and the wrapper
  // above it did not already quote the server's reply.
  void take_cause_line(std::string_view cause) {
    if (pending_reply_code_ >= 400 || !pending_reply_status_.empty()) return;
    const cs::Reply reply = cs::find_reply(cause);
    // The cause's own message, after "Name: ".
    std::string_view message = trim(cause);
    const size_t colon = message.find(": ");
    message = trim(colon == std::string_view::npos ? message : message.substr(colon + 2));
    // The same exception read before (a "Caused by:" repeating the nested
    // exception), or its message in other words. A message of one word
    // ("UnknownHostException: smtp.example.org") is only a name: the
    // exception says what happened to it.
    const bool one_word = message.find(' ') == std::string_view::npos;
    const bool restated = pending_text_.find(trim(cause)) != std::string::npos ||
                          (!one_word && pending_text_.find(message) != std::string::npos);
    if (restated || !(reply.failing() || cs::reports_failure(lower_, reply, false))) return;
    pending_line_ = line_no_;
    pending_reply_code_ = reply.code;
    pending_reply_status_.assign(reply.status);
  }

  void append(std::string_view text) {
    text = trim(text);
    if (text.empty() || pending_text_.size() + 1 + text.size() > kMaxBlockBytes) return;
    pending_text_.push_back(' ');
    pending_text_.append(text);
  }

  enum class Fail2banAction : uint8_t { none, command, output };
  static constexpr std::string_view kFail2banStderr = " -- stderr: '";
  static Fail2banAction fail2ban_action_output(std::string_view body) {
    if (!body.starts_with("fail2ban.")) return Fail2banAction::none;
    const std::string_view head = body.substr(0, 96);
    if (head.find(" -- exec: ") != std::string_view::npos) return Fail2banAction::command;
    return head.find(kFail2banStderr) != std::string_view::npos ? Fail2banAction::output : Fail2banAction::none;
  }
  static std::string_view fail2ban_output_text(std::string_view body) {
    std::string_view text = body.substr(body.find(kFail2banStderr) + kFail2banStderr.size());
    if (text.ends_with('\'')) text.remove_suffix(1);
    return text;
  }

  // msmtp names the stage that failed ("envelope from address x not accepted
  // by the server", "authentication failed (method PLAIN)"), then quotes the
  // server's reply on "server message:" lines: one failure, on the stage's
  // line, in both's words (the reply's code and status are the event's).
  bool joins_server_message(const cs::Transcript& tr, std::string_view lower, uint64_t line_no, Outcome* outcome) {
    // (msmtp-mta installed as sendmail names itself "sendmail: ...", and
    // "send-mail: ..." when mailx runs it.)
    if ((pending_program_ != "msmtp" && pending_program_ != "sendmail" && pending_program_ != "send-mail") ||
        tr.program != "msmtp" ||
        tr.direction != cs::Direction::from_server ||
        pending_reply_code_ != 0 || !pending_reply_status_.empty())
      return false;
    const cs::Reply reply = cs::find_reply(tr.payload);
    if (!reply.failing()) return false;
    append(tr.payload);
    reply_open_ = reply.continues;
    hold_reply(reply);
    attempt_.last_line = line_no;
    join_statement(reply.code, lower);
    *outcome = Outcome::recognized;
    return true;
  }

  // Folds `line` into the pending event when it continues the same failure.
  bool continues_block(std::string_view line, bool indented, const Envelope& env, const cs::Transcript& tr) {
    std::string_view body = trim(env.body);
    std::string_view payload = tr.direction == cs::Direction::from_server ? tr.payload : body;
    if (reply_open_ && payload.size() >= 4 && payload.substr(0, 3) == reply_code_ &&
        (payload[3] == '-' || payload[3] == ' ')) {
      append(payload);
      if (payload[3] == ' ') reply_open_ = false;
      return true;
    }
    if (indented) {
      // JavaMail's wrapper names its cause on the next line ("Invalid Addresses;
      // nested exception is:" / "SMTPAddressFailedException: 554 5.7.1 ...
      // Relay access denied"): the line that says what failed is the event's,
      // unless the wrapper already quoted the server's reply.
      if (pending_text_.ends_with("nested exception is:") && !body.starts_with("at ")) take_cause_line(body);
      // A dump's other entries (print_r's "[subject] => ...") are not the failure's words.
      if (std::string_view v; !cs::is_structural(line) && !print_r_entry(body, &v)) append(line);
      return true;
    }
    // "***\t" continues a swaks error on the next line.
    if (body.starts_with("Caused by:") || body.starts_with("Suppressed:") || body.starts_with("---> ") ||
        body.starts_with("***\t") || body.starts_with("*** \t")) {
      // The root cause states the failure better than the wrappers above it
      // ("Sending the email to ... failed"): the event is the line of the
      // innermost cause that reports a failure in words not yet read ("Caused
      // by: ... SMTPAddressFailedException: 550 5.1.1 ...", "Caused by:
      // java.net.ConnectException: Connection refused"). A wrapper that
      // already quotes the server's reply, or a cause that only repeats a
      // nested exception already read, keeps the event where it is.
      if (body.starts_with("Caused by:")) take_cause_line(body.substr(10));
      else if (body.starts_with("---> ")) take_cause_line(body.substr(5));
      append(body);
      return true;
    }
    if (body.find_first_not_of("{}[](),; ") == std::string_view::npos) return true;
    // Go's net/smtp error keeps a multi-line reply's own line breaks and drops
    // each line's code, so the reply goes on over unstamped lines that open
    // with its enhanced status ("534 5.7.9 Application-specific password
    // required. For more information, go to" / "5.7.9  https://support...").
    // (Not in a transcript: there the next line opening with that status is the
    // program's own statement of the reply, as git send-email's.)
    if (!env.timed && !session_open_ && !pending_reply_status_.empty() && body.size() > pending_reply_status_.size() &&
        body.starts_with(pending_reply_status_) && body[pending_reply_status_.size()] == ' ') {
      append(body);
      return true;
    }
    // A PowerShell error record's message, wrapped at the console's width onto
    // unindented lines, goes on up to its "At <script>:<line> char:<n>". A
    // wrapped piece is no wider than the record's first line (the console's
    // width), and one narrower is the message's last: a script's log of
    // one-line errors ("Send-MailMessage : ..." and then other programs'
    // errors) does not run on into the lines after it, nor into a line that
    // opens with a qualified exception's name ("MailKit.Security.
    // AuthenticationException: ..."), or a transcript's line ("<** 454 ..."):
    // another program's record, not a piece cut at the console's width.
    if (ps_record_width_ && !env.timed && body.size() <= ps_record_width_ && !body.starts_with("At ") &&
        !body.starts_with("PS>") && !body.starts_with("+ ") && !starts_powershell_error_record(body) &&
        !exception_line(lower_) && tr.direction == cs::Direction::none) {
      append(body);
      if (body.size() < ps_record_width_) ps_record_width_ = 0;
      return true;
    }
    // Spring's MailSendException lists each failed message again after its
    // summary ("; message exception details (1) are:", "Failed message 1:",
    // then that message's exception and its trace): the same failure.
    if (!env.timed && lists_a_failed_message(body)) {
      in_message_details_ = true;
      return true;
    }
    if (in_message_details_ && !env.timed && !exception_name(lower_).empty()) return true;
    // OpenSSL's error queue, printed line by line under the message that
    // fetched it ("... OpenSSL Error messages:" then "error:0A000086:SSL
    // routines::certificate verify failed"): the same failure's detail.
    if (!env.timed && is_openssl_error_queue_line(body)) {
      append(body);
      return true;
    }
    // A record's message went on after a newline inside it (PHP's error_log
    // writes it so): ",550,5.7.60SMTP server error: ..." starts with its separator.
    if (!env.timed && (body.front() == ',' || body.front() == ';')) {
      append(body);
      return true;
    }
    if (prose_ && !starts_new_record(env, lower_)) {
      append(body);
      return true;
    }
    return false;
  }

  // "error:0A000086:SSL routines::...": an OpenSSL error-queue entry (eight hex digits of its code).
  static bool is_openssl_error_queue_line(std::string_view body) {
    if (body.size() < 16 || !body.starts_with("error:") || body[14] != ':') return false;
    for (size_t i = 6; i < 14; ++i)
      if (!is_digit(body[i]) && !((body[i] | 0x20) >= 'a' && (body[i] | 0x20) <= 'f')) return false;
    return true;
  }

  // "Send-MailMessage : The SMTP server requires ...": a cmdlet's name (Verb-Noun), " : ", its message.
  static bool starts_powershell_error_record(std::string_view body) {
    const size_t sep = body.find(" : ");
    if (sep == std::string_view::npos || sep < 5 || sep > 40) return false;
    const std::string_view name = body.substr(0, sep);
    const size_t dash = name.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= name.size()) return false;
    if (!(name[0] >= 'A' && name[0] <= 'Z') || !(name[dash + 1] >= 'A' && name[dash + 1] <= 'Z')) return false;
    for (char c : name)
      if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '-')) return false;
    return true;
  }

  // "Failed message 1:"
  static bool lists_a_failed_message(std::string_view body) {
    if (!body.starts_with("Failed message ") || !body.ends_with(":") || body.size() < 17) return false;
    for (char c : body.substr(15, body.size() - 16))
      if (c < '0' || c > '9') return false;
    return true;
  }

  // An application's record that names no cause ("Could not send invoice
  // mail to a@example.org"): the cause, if any, is in what follows it.
  static bool says_only_that_sending_failed(std::string_view lower) {
    // The message's own header fields quoted in the record (Jira's "Error
    // occurred in sending e-mail: To='a@x' Subject='Disk full on ...'") are
    // the mail's words, not the failure's.
    for (std::string_view field : {"subject='", "subject=\""}) {
      const size_t at = lower.find(field);
      if (at == std::string_view::npos) continue;
      const size_t close = lower.find(field.back(), at + field.size());
      if (close == std::string_view::npos) break;
      return says_only_that_sending_failed(lower.substr(0, at)) && says_only_that_sending_failed(lower.substr(close + 1));
    }
    for (std::string_view cause : {"exception", "error:", "refused", "timed out", "timeout", "not found", "denied",
                                   "reject", "unknown", "invalid", "authenticat", "login", "password", "tls", "ssl",
                                   "certificate", "quota", "full", "too large", "too big", "limit", "unreachable",
                                   "connect", "resolve", "host", "lookup", "dial ", "misbehav", "reset by", "broken pipe",
                                   "eof", "closed", "no route", "nxdomain", "servfail"})
      for (size_t at = lower.find(cause); at != std::string_view::npos; at = lower.find(cause, at + 1)) {
        // The mail's kind, not a cause: "Sending \"password-reset\" to x failed",
        // a job's class ("App\Mail\PasswordReset ..... FAIL").
        const std::string_view after = lower.substr(at + cause.size());
        if (cause == "password" && (after.starts_with("-reset") || after.starts_with("_reset") ||
                                    after.starts_with(" reset") || after.starts_with("reset")))
          continue;
        return false;
      }
    return true;
  }

  // The exception's name a line starts with ("smtplib.SMTPDataError",
  // "System.Net.Mail.SmtpException" in "Name: message"), or "".
  static std::string_view exception_name(std::string_view lower) {
    const size_t colon = lower.find(": ");
    if (colon == std::string_view::npos) return {};
    const std::string_view head = lower.substr(0, colon);
    const bool named = head.find(' ') == std::string_view::npos && (head.ends_with("exception") || head.ends_with("error"));
    return named ? head : std::string_view();
  }

  // "SomeError: <text>" where <text> is a whole failure line the attempt
  // reported (of a useful length).
  bool exception_restates_reported(std::string_view lower) const {
    const std::string_view name = exception_name(lower);
    if (name.empty()) return false;
    const std::string_view message = trim(lower.substr(name.size() + 2)).substr(0, 160);
    if (message.size() < 24) return false;
    return any_statement([&](std::string_view statement) { return statement == message; });
  }

  // "Namespace.SomeException: message" (Java, .NET, Python's qualified names).
  static bool exception_line(std::string_view lower) {
    return exception_name(lower).find('.') != std::string_view::npos;
  }

  // A line that begins a new log record rather than continuing a message's prose.
  static bool starts_new_record(const Envelope& env, std::string_view lower) {
    if (env.syslog || env.timed) return true;
    if (lower.empty() || lower[0] == '[' || lower[0] == '{') return true;
    if (lower.size() > 1 && is_digit(lower[0]) && is_digit(lower[1])) return true;
    if (is_mailkit_prose(lower)) return false;
    // "Namespace.SomeException: message"
    return !exception_name(lower).empty();
  }

  // A line of PHP's print_r: "WP_Error Object", "[errors] => Array" (empty
  // *value: structure) or "[0] => Could not instantiate mail function." (*value:
  // the text after the arrow). False for any other line.
  static bool print_r_entry(std::string_view body, std::string_view* value) {
    if (body.ends_with(" Object") && body.find(' ') == body.size() - 7) {
      *value = {};
      return true;
    }
    if (body.empty() || body.front() != '[') return false;
    const size_t arrow = body.find("] => ");
    if (arrow == std::string_view::npos || body.find(']') != arrow) return false;
    std::string_view v = trim(body.substr(arrow + 5));
    *value = v == "Array" || (v.ends_with(" Object") && v.find(' ') == v.size() - 7) ? std::string_view() : v;
    return true;
  }

  // Base64 lines of an AUTH exchange in a bare transcript (JavaMail's mail.debug).
  static bool is_base64_line(std::string_view body) {
    if (body.size() < 4) return false;
    for (char c : body)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '+' || c == '/' || c == '='))
        return false;
    return true;
  }

  void flush(EventSink& sink) {
    chained_traceback_ = false;
    if (!pending_) return;
    pending_ = false;
    prose_ = false;
    reply_open_ = false;
    std::string_view text = pending_text_;
    cs::lower_into(text, &flush_lower_);
    std::string_view lower = flush_lower_;
    cs::Reply reply = cs::find_reply(text);
    cs::Destination dest = cs::find_destination(text, lower);

    Event ev;
    ev.time = pending_time_;
    ev.action = cs::action_of(lower);
    ev.scope = kScopeClient;
    ev.dataset = "client.log";
    ev.file_path = path_;
    ev.file_line = pending_line_;
    ev.host_name = pending_host_;
    // A dumped error names its library further down ("code: 'ESOCKET'").
    ev.process_name = pending_program_;
    if (program_from_wording_)
      if (std::string_view p = cs::detect_program(lower); !p.empty()) ev.process_name = p;
    ev.process_pid = pending_pid_;
    ev.reply_code = reply.code;
    ev.enhanced_status = reply.status;
    ev.destination_domain = dest.host;
    ev.destination_ip = dest.ip;
    ev.destination_port = dest.port;
    if (cs::ProxySession proxy; cs::read_mail_proxy_session(text, &proxy)) {
      ev.source_ip = proxy.client_ip;
      ev.destination_domain = {};
      ev.destination_ip = proxy.server_ip;
      ev.destination_port = proxy.server_port;
      // A login the proxy refused is one of our servers' failed logins, counted with them.
      if (lower.find("login failed") != std::string_view::npos) sink.on_tally(Tally::sasl_failure, ev.time);
    }
    ev.diagnostic = text;
    sink.on_event(ev);
  }

  std::string path_;
  YearInference years_;
  std::string lower_;        // the current line, lowercased
  std::string leveled_body_; // a line's level and message without the time between them
  std::string flush_lower_;  // the pending event's text, lowercased
  std::string fields_removed_;  // a record without its address fields (mentions_mail_beside_address_fields)
  bool traceback_ = false;

  Attempt attempt_;
  bool session_open_ = false;  // inside an SMTP session the file shows (track_session)
  bool restating_ = false;     // the last line restated the attempt's failure
  bool later_piece_ = false;   // reading the second or a later record of a pasted line
  bool under_timed_record_ = false;   // the last record began with a time (an application's log)
  bool record_mentions_mail_ = false; // ... and it speaks of mail, in any of its lines so far
  int64_t record_start_us_ = -1;      // ... and its time
  uint64_t line_no_ = 0;       // the line being read, and its time
  Timestamp line_time_;
  Timestamp record_time_;      // the time of the last timed line
  bool chained_traceback_ = false;  // "During handling of the above exception": another traceback follows
  bool pending_ = false;
  bool pending_from_app_ = false;   // an application's timed record without a reply: a dump may follow
  bool pending_from_echo_ = false;  // the server's failing reply in a transcript: the client's statement may follow
  uint16_t pending_reply_code_ = 0;  // the failing reply the pending failure quotes
  std::string pending_reply_status_;
  bool pending_mailkit_ = false;
  bool prose_ = false;
  bool in_message_details_ = false;  // inside Spring's list of the failed messages of the pending failure
  bool in_console_record_ = false;   // under a "fail: Category[1002]" header (is_console_logger_header)
  bool console_record_message_next_ = false;  // its next six-space-indented line is the record's message
  bool reply_open_ = false;
  std::string reply_code_;
  uint64_t pending_line_ = 0;
  bool pending_bare_ = false;  // the pending application record names no cause
  // When the pending line opens a PowerShell error record ("Send-MailMessage :
  // ..."), its width, which its wrapped pieces do not exceed; 0 otherwise.
  size_t ps_record_width_ = 0;
  Timestamp pending_time_;
  uint32_t pending_pid_ = 0;
  std::string pending_host_;
  std::string pending_program_;
  bool program_from_wording_ = false;
  std::string pending_text_;
};

}  // namespace

int client_sniff(std::string_view head) {
  YearInference years(1);
  std::string lower;
  int lines = 0, markers = 0, syslog = 0, pasted = 0;
  for_each_head_line(head, [&](std::string_view line) {
    if (trim(line).empty()) return true;
    ++lines;
    cs::lower_into(line, &lower);
    SyslogRecord rec;
    // (a container's syslog lines as `docker compose logs` prints them count too)
    const bool syslog_line =
        parse_syslog_line(line, years, &rec) || parse_container_line(line, years, &rec) == ContainerLine::syslog;
    syslog += syslog_line;
    // A client's wording; or an error pasted on its own: a line without time or program tag
    // that quotes a refusal with its enhanced status ("Remote Server returned '550 5.4.300
    // Message expired'", "#550 4.4.7 QUEUE.Expired; message expired ##"). Logs of servers
    // open their lines with a time or a tag.
    if (cs::has_client_marker(lower)) {
      ++markers;
    } else if (!syslog_line && !line.empty() && !is_digit(line.front()) && !is_table_row(line) &&
               cs::leading_program_tag(line).empty()) {
      const cs::Reply reply = cs::find_reply(line);
      pasted += reply.failing() && !reply.status.empty();
    }
    return lines < 60;
  });
  // Only the wording of client programs counts: a syslog file that mentions
  // msmtp now and then stays with the syslog reader. Pasted refusals count
  // when they are most of the file, not a document quoting a few.
  if (markers == 0 && pasted * 2 >= lines) markers = pasted;
  if (markers == 0 || lines == 0) return 0;
  int score = 40 + 55 * markers / lines;
  score -= 60 * syslog / lines;
  return score < 0 ? 0 : (score > 95 ? 95 : score);
}

bool client_log_like(std::string_view head) {
  FileContext file;
  ClientParser reader(file);
  int lines = 0, log_like = 0;
  for_each_head_line(head, [&](std::string_view line) {
    if (trim(line).empty()) return true;
    // Stack frames say nothing of the shape of the records they hang under.
    if (cs::is_structural(line)) return true;
    ++lines;
    log_like += reader.log_like(line);
    return lines < 40;
  });
  return lines > 0 && log_like * 4 >= lines;
}

bool client_paste_like(std::string_view head) {
  int lines = 0;
  bool all_report = true;
  std::string lower;
  for_each_head_line(head, [&](std::string_view line) {
    if (trim(line).empty()) return true;
    ++lines;
    cs::lower_into(line, &lower);
    all_report = lines <= kPasteLines && line.size() <= kPasteLineBytes && !is_table_row(line) &&
                 !trim(line).starts_with('#') && cs::reports_failure(lower, cs::find_reply(line), true);
    return all_report;
  });
  return lines > 0 && all_report;
}

std::unique_ptr<LineParser> make_client_parser(const FileContext& file) {
  return std::make_unique<ClientParser>(file);
}

namespace {
// The same reading for a sending program's lines in a mail log, behind the
// syslog dispatcher.
class ClientProgramParser final : public ProgramParser {
 public:
  explicit ClientProgramParser(const FileContext& file) : client_(file) {}
  Outcome parse_record(const SyslogRecord& record, uint64_t line_no, EventSink& sink) override {
    return client_.parse_record(record, line_no, sink);
  }
  void finish(EventSink& sink) override { client_.finish(sink); }
  void continue_with(const FileContext& next) override { client_.continue_with_path(next.path); }

 private:
  ClientParser client_;
};
}  // namespace

bool client_claims_program(std::string_view program) {
  // The small senders that hand a machine's mail to a relay, and cron, which
  // says when it has no way to send its mail.
  static constexpr std::string_view kPrograms[] = {"ssmtp", "msmtp", "nullmailer", "nullmailer-send", "dma",
                                                   "esmtp", "sendemail", "cron", "crond", "anacron"};
  for (std::string_view p : kPrograms) {
    if (p.size() != program.size()) continue;
    size_t i = 0;
    while (i < p.size() && (program[i] | 0x20) == p[i]) ++i;  // the names are lower case letters and '-'
    if (i == p.size()) return true;
  }
  return false;
}

std::unique_ptr<ProgramParser> make_client_program_parser(const FileContext& file) {
  return std::make_unique<ClientProgramParser>(file);
}

}  // namespace mailtriage
