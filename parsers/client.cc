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

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

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
};

class ClientParser final : public LineParser {
 public:
  explicit ClientParser(const FileContext& file) : path_(file.path), years_(file.mtime ? file.mtime : file.now) {}

  Outcome parse_line(std::string_view line, uint64_t line_no, EventSink& sink) override {
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
    bool indented = !line.empty() && is_space(line.front());
    if (trim(line).empty()) {
      // Dumped errors contain blank lines (JavaMail ends a reply with one,
      // MailKit separates paragraphs): the next line decides whether the
      // block goes on.
      if (pending_ && pending_mailkit_) prose_ = true;
      return Outcome::recognized;
    }

    return parse_envelope(line, indented, strip_envelope(line), line_no, sink);
  }

  // A sending program's line that the syslog dispatcher has read the envelope
  // of (sSMTP, msmtp, nullmailer, dma, cron inside a mail log).
  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    std::string_view message = rec.message;
    while (!message.empty() && (message.back() == '\r' || message.back() == '\n')) message.remove_suffix(1);
    if (trim(message).empty()) return Outcome::recognized;
    Envelope env = syslog_envelope(rec);
    env.body = message;
    return parse_envelope(message, false, env, line_no, sink);
  }

  void finish(EventSink& sink) override { flush(sink); }
  void continue_with_path(std::string_view path) { path_.assign(path); }

 private:
  Outcome parse_envelope(std::string_view line, bool indented, const Envelope& env, uint64_t line_no,
                         EventSink& sink) {
    cs::lower_into(env.body, &lower_);
    std::string_view lower = lower_;
    cs::Transcript tr = cs::classify_transcript(env.body, lower);

    if (pending_) {
      if (continues_block(line, indented, env, tr)) return Outcome::recognized;
      flush(sink);
    }

    // Python tracebacks: frames and source lines up to the exception line.
    if (traceback_) {
      if (indented || cs::is_structural(env.body)) return Outcome::recognized;
      traceback_ = false;
    }
    if (env.body.starts_with("Traceback (most recent call last)")) {
      traceback_ = true;
      return Outcome::recognized;
    }
    if (cs::is_structural(line) || is_base64_line(trim(env.body))) return Outcome::recognized;

    bool from_wording = false;
    std::string_view program = program_of(env, tr, lower, &from_wording);
    cs::Reply reply = cs::find_reply(tr.direction == cs::Direction::from_server ? tr.payload : env.body);
    bool failing_reply = reply.code >= 400 || (!reply.status.empty() && reply.status[0] != '2');
    switch (tr.direction) {
      case cs::Direction::to_server: return Outcome::recognized;
      case cs::Direction::from_server:
        if (!failing_reply) return Outcome::recognized;
        break;
      case cs::Direction::info: return Outcome::recognized;  // connection notes; failures follow in their own words
      case cs::Direction::none:
        if (is_success_record(lower)) return Outcome::recognized;
        // An application's own "mail failed" record, timestamped, is followed
        // by the library's detailed error; without a timestamp the line was
        // pasted on its own and counts.
        if (!cs::reports_failure(lower, reply, !program.empty() || !env.time.valid)) {
          // Indented lines continue something above; JSON lines are records of a structured log.
          bool known = env.syslog || env.time.valid || !program.empty() || indented ||
                       (env.body.starts_with("{") && env.body.ends_with("}"));
          return known ? Outcome::recognized : Outcome::unrecognized;
        }
        if (is_summary_only(lower)) return Outcome::recognized;
        break;
    }

    start_pending(env, program, from_wording, line_no, reply);
    return Outcome::reported;
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
    Envelope env;
    std::string_view s = line;
    // docker compose ("mail    | ") and pm2 ("0|app  | ") prefixes.
    if (size_t bar = s.find("| "); bar != std::string_view::npos && bar > 0 && bar < 48) {
      std::string_view name = s.substr(0, bar);
      bool ok = (name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z') || is_digit(name[0]);
      size_t end = name.size();
      while (end > 0 && name[end - 1] == ' ') --end;
      for (size_t i = 0; ok && i < end; ++i) {
        char c = name[i];
        ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '-' || c == '.' ||
             c == '|';
      }
      if (ok && end > 0) s.remove_prefix(bar + 2);
    }
    SyslogRecord rec;
    // "2024-06-11 07:00:03,482 ERROR report: ..." is an application log, not syslog.
    if (parse_syslog_line(s, years_, &rec) && !rec.program.empty() && !all_upper_word(rec.program) &&
        !all_upper_word(rec.host))
      return syslog_envelope(rec);
    // A leading timestamp: "2017-03-27 10:11:41 ", "[2022-09-30 12:34:18] ", "Mar 01 10:00:00 ".
    std::string_view t = s;
    bool bracket = !t.empty() && t.front() == '[';
    if (bracket) t.remove_prefix(1);
    size_t n = scan_rfc3339(t, &env.time);
    if (!n && !bracket) n = scan_bsd_timestamp(t, years_, &env.time);
    if (n) {
      t.remove_prefix(n);
      // Python logging's ",123" milliseconds.
      if (!t.empty() && (t.front() == ',' || t.front() == '.')) {
        size_t k = 1;
        while (k < t.size() && is_digit(t[k])) ++k;
        if (k > 1) t.remove_prefix(k);
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
      return env;
    }
    env.body = s;
    return env;
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
  static bool is_success_record(std::string_view lower) {
    return lower.find("status=sent") != std::string_view::npos ||
           lower.find("stat=sent") != std::string_view::npos || lower.find("exitcode=ex_ok") != std::string_view::npos;
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
           lower.starts_with("delivery failed, bouncing as ");
  }

  void start_pending(const Envelope& env, std::string_view program, bool from_wording, uint64_t line_no,
                     const cs::Reply& reply) {
    pending_ = true;
    prose_ = false;
    pending_line_ = line_no;
    pending_time_ = env.time;
    pending_pid_ = env.pid;
    pending_host_.assign(env.host);
    pending_program_.assign(program);
    program_from_wording_ = from_wording;
    pending_text_.assign(trim(env.body).substr(0, kMaxBlockBytes));
    pending_mailkit_ = lower_.find("mailkit") != std::string::npos;
    reply_open_ = reply.continues;
    if (reply.continues) {
      char code[3] = {char('0' + reply.code / 100), char('0' + reply.code / 10 % 10), char('0' + reply.code % 10)};
      reply_code_.assign(code, 3);
    }
  }

  void append(std::string_view text) {
    text = trim(text);
    if (text.empty() || pending_text_.size() + 1 + text.size() > kMaxBlockBytes) return;
    pending_text_.push_back(' ');
    pending_text_.append(text);
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
      if (!cs::is_structural(line)) append(line);
      return true;
    }
    // "***\t" continues a swaks error on the next line.
    if (body.starts_with("Caused by:") || body.starts_with("Suppressed:") || body.starts_with("---> ") ||
        body.starts_with("***\t")) {
      append(body);
      return true;
    }
    if (body.find_first_not_of("{}[](),; ") == std::string_view::npos) return true;
    if (prose_ && !starts_new_record(env, lower_)) {
      append(body);
      return true;
    }
    return false;
  }

  // A line that begins a new log record rather than continuing a message's prose.
  static bool starts_new_record(const Envelope& env, std::string_view lower) {
    if (env.syslog || env.time.valid) return true;
    if (lower.empty() || lower[0] == '[' || lower[0] == '{') return true;
    if (lower.size() > 1 && is_digit(lower[0]) && is_digit(lower[1])) return true;
    if (is_mailkit_prose(lower)) return false;
    // "Namespace.SomeException: message"
    size_t colon = lower.find(": ");
    std::string_view head = lower.substr(0, colon);
    return colon != std::string_view::npos && head.find(' ') == std::string_view::npos &&
           (head.ends_with("exception") || head.ends_with("error"));
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
    ev.diagnostic = text;
    sink.on_event(ev);
  }

  std::string path_;
  YearInference years_;
  std::string lower_;        // the current line, lowercased
  std::string flush_lower_;  // the pending event's text, lowercased
  bool traceback_ = false;

  bool pending_ = false;
  bool pending_mailkit_ = false;
  bool prose_ = false;
  bool reply_open_ = false;
  std::string reply_code_;
  uint64_t pending_line_ = 0;
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
  int lines = 0, markers = 0, syslog = 0;
  for_each_head_line(head, [&](std::string_view line) {
    if (trim(line).empty()) return true;
    ++lines;
    cs::lower_into(line, &lower);
    markers += cs::has_client_marker(lower);
    SyslogRecord rec;
    syslog += parse_syslog_line(line, years, &rec);
    return lines < 60;
  });
  // Only the wording of client programs counts: a syslog file that mentions
  // msmtp now and then stays with the syslog reader.
  if (markers == 0 || lines == 0) return 0;
  int score = 40 + 55 * markers / lines;
  score -= 60 * syslog / lines;
  return score < 0 ? 0 : (score > 95 ? 95 : score);
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
                                                   "esmtp", "cron", "crond", "anacron"};
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
