#include "parsers/rspamd.h"

#include <string>

#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "rspamd.log";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// One line of rspamd's file: "2024-11-19 09:11:39 #1471(rspamd_proxy) <879976>; proxy; function: message".
struct RspamdLine {
  Timestamp time;
  uint32_t pid = 0;
  sv process;   // "rspamd_proxy", "normal", "controller", "main"
  sv function;  // "rspamd_task_write_log" (empty when the line names none)
  sv message;
};

bool read_line(sv line, RspamdLine* out) {
  // The time as rspamd writes it, local and without a zone (read as written, as other such stamps are).
  if (line.size() < 24 || line[19] != ' ' || line[20] != '#' || scan_rfc3339(line.substr(0, 19), &out->time) != 19)
    return false;
  size_t i = 21;
  while (i < line.size() && is_digit(line[i]) && out->pid < 100000000) out->pid = out->pid * 10 + uint32_t(line[i++] - '0');
  if (i == 21 || i >= line.size() || line[i] != '(') return false;
  const size_t close = line.find(") ", i);
  if (close == npos || close - i > 40) return false;
  out->process = line.substr(i + 1, close - i - 1);
  sv rest = line.substr(close + 2);
  // "<tag>; module; function: message": the tag is the task's (absent on the main process's lines).
  if (rest.starts_with('<')) {
    const size_t tag_end = rest.find(">; ");
    if (tag_end == npos) return false;
    rest.remove_prefix(tag_end + 3);
  }
  const size_t module_end = rest.find("; ");
  if (module_end != npos && module_end <= 24 && rest.substr(0, module_end).find(' ') == npos) {
    rest.remove_prefix(module_end + 2);
    const size_t function_end = rest.find(": ");
    if (function_end != npos && rest.substr(0, function_end).find(' ') == npos) {
      out->function = rest.substr(0, function_end);
      rest.remove_prefix(function_end + 2);
    }
  }
  out->message = rest;
  return true;
}

// The value in angle brackets after "key" ("qid: <2B9E42C09D>,"), or empty.
// (field_value finds the key at a word's start: "id: " is not the end of "qid: ".)
sv bracketed(sv s, sv key) {
  sv v = field_value(s, key);
  if (!v.starts_with('<')) return {};
  v.remove_prefix(1);
  const size_t end = v.find_first_of(">,");
  return end == npos ? sv() : v.substr(0, end);
}

// The bare value after "key" up to the next comma ("ip: 192.0.2.45,").
sv plain(sv s, sv key) {
  const sv v = field_value(s, key);
  return v.substr(0, v.find(','));
}

class RspamdParser final : public LineParser {
 public:
  explicit RspamdParser(const FileContext& file) : path_(file.path) {}
  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    RspamdLine r;
    if (!read_line(line, &r)) return line.empty() ? Outcome::recognized : Outcome::unrecognized;
    if (r.function != "rspamd_task_write_log") return Outcome::recognized;
    // "(default: T (reject): [18.94/15.00] [SYMBOL(score){options},...])": the
    // verdict of the default settings, its action in parentheses.
    const size_t verdict = r.message.find("(default: ");
    if (verdict == npos) return Outcome::recognized;
    sv v = r.message.substr(verdict + 1);
    const size_t open = v.find(" (", 8), action_end = v.find("): [");
    if (open == npos || action_end == npos || action_end < open) return Outcome::unrecognized;
    const sv action = v.substr(open + 2, action_end - open - 2);
    Action kind;
    if (action == "reject" || action == "discard") kind = Action::rejected;
    else if (action == "soft reject" || action == "greylist") kind = Action::deferred;
    else return Outcome::recognized;  // no action, add header, rewrite subject: passed on
    const size_t verdict_end = v.find("]), ");
    SyslogRecord rec;
    rec.time = r.time;
    rec.program = "rspamd";
    rec.pid = r.pid;
    Event ev = record_event(rec, kind, kDataset, path_, line_no);
    ev.diagnostic = verdict_end == npos ? v : v.substr(0, verdict_end + 1);
    // An action a module forced ahead of the scores ("forced: soft reject
    // "Ratelimit "user" exceeded"; score=nan (set by ratelimit)") says why.
    if (const size_t forced = r.message.find(", forced: "); forced != npos && verdict_end != npos) {
      text_.assign(ev.diagnostic).append("; ").append(r.message.substr(forced + 2));
      ev.diagnostic = text_;
    }
    ev.local_id = bracketed(r.message, "qid: ");
    ev.message_id = bracketed(r.message, "id: ");
    ev.source_ip = plain(r.message, "ip: ");
    ev.from_address = bracketed(r.message, "from: ");
    ev.to_address = bracketed(r.message, "rcpts: ");
    if (!looks_like_ip_address(ev.source_ip)) ev.source_ip = {};
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  std::string path_;
  std::string text_;  // a verdict with its forced action
};

}  // namespace

int rspamd_sniff(sv head) {
  return percent_of_head_lines(head, [](sv line) {
    RspamdLine r;
    return read_line(line, &r);
  });
}

std::unique_ptr<LineParser> make_rspamd_parser(const FileContext& file) { return std::make_unique<RspamdParser>(file); }

}  // namespace mailtriage
