#include "parsers/haraka.h"

#include <string>

#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "haraka.log";

// One line: its time (invalid without one), level, connection or
// transaction id, plugin, and message.
struct HarakaLine {
  Timestamp time;
  sv level, uuid, plugin, message;
};

sv bracketed(sv* s) {
  if (!s->starts_with('[')) return {};
  const size_t close = s->find("] ");
  if (close == npos || close > 80) return {};
  const sv inside = s->substr(1, close - 1);
  s->remove_prefix(close + 2);
  return inside;
}

bool read_line(sv line, HarakaLine* out) {
  // The time, if any: multilog's, tai64nlocal's or ISO 8601.
  if (const size_t n = scan_tai64n(line, &out->time)) line.remove_prefix(n);
  else if (!line.empty() && line[0] >= '0' && line[0] <= '9') {
    const size_t n = scan_rfc3339(line, &out->time);
    if (n == 0 || n >= line.size() || line[n] != ' ') return false;
    line.remove_prefix(n);
  }
  while (line.starts_with(" ")) line.remove_prefix(1);
  out->level = bracketed(&line);
  static constexpr sv kLevels[] = {"PROTOCOL", "DEBUG", "INFO", "NOTICE", "WARN", "ERROR", "CRIT", "ALERT", "EMERG"};
  bool level = false;
  for (sv l : kLevels) level |= out->level == l;
  if (!level) return false;
  out->uuid = bracketed(&line);
  out->plugin = bracketed(&line);
  if (out->uuid.empty() || out->plugin.empty()) return false;
  // "[core] [outbound] Failed to get pool entry: ..." names a second plugin.
  if (line.starts_with("[outbound] ")) {
    out->plugin = "outbound";
    line.remove_prefix(11);
  }
  while (line.starts_with(" ")) line.remove_prefix(1);
  out->message = line;
  return true;
}

// The connection's id without the transaction's and the delivery's suffixes ("ABC.1.2" -> "ABC").
sv connection_of(sv uuid) { return uuid.substr(0, uuid.find('.')); }

sv angle_address(sv m, sv after) {
  const size_t at = m.find(after);
  if (at == npos) return {};
  const sv v = m.substr(at + after.size());
  return v.substr(0, v.find('>'));
}

sv command_of_hook(sv hook) {
  if (hook == "connect" || hook == "connect_init" || hook == "lookup_rdns") return "CONNECT";
  if (hook == "helo" || hook == "ehlo") return "EHLO";
  if (hook == "mail") return "MAIL";
  if (hook == "rcpt" || hook == "rcpt_ok") return "RCPT";
  if (hook == "data" || hook == "data_post" || hook == "queue") return "DATA";
  if (hook == "unrecognized_command" || hook == "auth") return "AUTH";
  return {};
}

class HarakaParser final : public LineParser {
 public:
  explicit HarakaParser(const FileContext& file) : path_(file.path) {}
  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    HarakaLine l;
    if (!read_line(line, &l)) return line.empty() ? Outcome::recognized : Outcome::unrecognized;
    SyslogRecord rec;
    rec.time = l.time;
    rec.program = "haraka";
    rec.message = l.message;
    const sv m = l.message;
    if (l.plugin == "outbound") return outbound(rec, l, line_no, sink);
    if (l.plugin == "core") {
      if (m.starts_with("hook=")) return hook(rec, l, line_no, sink);
      if (m.starts_with("recipient <")) return summary(rec, l, line_no, "RCPT", sink);
      if (m.starts_with("sender <")) return summary(rec, l, line_no, "MAIL", sink);
      if (m.starts_with("message ")) return summary(rec, l, line_no, "DATA", sink);
      if (m.starts_with("connect ")) {
        refused_in_.clear();
        return Outcome::recognized;
      }
      if (m.starts_with("disconnect ")) return disconnect(rec, l, line_no, sink);
      return Outcome::recognized;
    }
    // An auth plugin's own word that a login failed ("AUTH user=\"x\" success=false").
    if (l.plugin.starts_with("auth/") && m.find("success=false") != npos) {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.smtp_command = "AUTH";
      ev.diagnostic = m;
      sink.on_tally(Tally::sasl_failure, rec.time);
      sink.on_event(ev);
      refused_in_.assign(connection_of(l.uuid));
      return Outcome::reported;
    }
    return Outcome::recognized;
  }

 private:
  Event refusal(const SyslogRecord& rec, const HarakaLine& l, uint64_t line_no, sv command, sv text) {
    Event ev = record_event(rec, Action::rejected, kDataset, path_, line_no);
    ev.smtp_command = command;
    ev.diagnostic = text;
    find_smtp_codes(text, &ev.reply_code, &ev.enhanced_status);
    if (const sv ip = field_value(l.message, "ip="); looks_like_ip_address(ip)) ev.source_ip = ip;
    return ev;
  }

  // "hook=rcpt plugin=x function=y params=<a@b> retval=DENY msg=\"...\"": a plugin's refusal.
  Outcome hook(const SyslogRecord& rec, const HarakaLine& l, uint64_t line_no, EventSink& sink) {
    const sv m = l.message;
    const sv retval = field_value(m, "retval=");
    if (!retval.starts_with("DENY")) return Outcome::recognized;
    const sv hook_name = field_value(m, "hook=");
    sv command = command_of_hook(hook_name);
    const sv params = field_value(m, "params=");
    // A login: the unrecognized command hook of an auth plugin ("params=AUTH PLAIN ...").
    if (hook_name == "unrecognized_command" && !params.starts_with("AUTH")) command = {};
    Event ev = refusal(rec, l, line_no, command, field_value(m, "msg="));
    if (command == "RCPT") ev.to_address = angle_address(m, "params=<");
    if (command == "MAIL") ev.from_address = angle_address(m, "params=<");
    if (command == "AUTH") {
      ev.action = Action::failed;
      sink.on_tally(Tally::sasl_failure, rec.time);
    }
    if (ev.diagnostic.empty()) ev.diagnostic = m;
    sink.on_event(ev);
    refused_in_.assign(connection_of(l.uuid));
    pending_summaries_ += 1;
    return Outcome::reported;
  }

  // "recipient <b@y> code=DENY msg=\"...\"", "sender <a@x> code=DENY ...", "message mid=... code=DENY msg=...":
  // the transaction's record of a refusal its hook line reported, else one of its own.
  Outcome summary(const SyslogRecord& rec, const HarakaLine& l, uint64_t line_no, sv command, EventSink& sink) {
    const sv m = l.message;
    const sv code = field_value(m, "code=");
    if (!code.starts_with("DENY")) return Outcome::recognized;
    if (pending_summaries_ > 0 && refused_in_ == connection_of(l.uuid)) {
      --pending_summaries_;
      return Outcome::recognized;
    }
    Event ev = refusal(rec, l, line_no, command, field_value(m, "msg="));
    if (command == "RCPT") ev.to_address = angle_address(m, "recipient <");
    if (command == "MAIL") ev.from_address = angle_address(m, "sender <");
    if (ev.diagnostic.empty()) ev.diagnostic = m;
    sink.on_event(ev);
    refused_in_.assign(connection_of(l.uuid));
    return Outcome::reported;
  }

  // "disconnect ip=x ... errors=1 ... lr=\"535 5.7.8 Authentication failed\"": the session's last
  // refusal, reported when no line of the session did (a refused AUTH, a relay denied at RCPT).
  Outcome disconnect(const SyslogRecord& rec, const HarakaLine& l, uint64_t line_no, EventSink& sink) {
    const sv m = l.message;
    const sv lr = field_value(m, "lr=");
    const bool reported = refused_in_ == connection_of(l.uuid);
    refused_in_.clear();
    pending_summaries_ = 0;
    if (reported || lr.size() < 3 || (lr[0] != '4' && lr[0] != '5')) return Outcome::recognized;
    const bool login = lr.starts_with("535") || lr.starts_with("534") || lr.starts_with("454 4.7.0 Temporary authentication");
    Event ev = refusal(rec, l, line_no, login ? "AUTH" : "", lr);
    if (login) {
      ev.action = Action::failed;
      sink.on_tally(Tally::sasl_failure, rec.time);
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

  Outcome outbound(const SyslogRecord& rec, const HarakaLine& l, uint64_t line_no, EventSink& sink) {
    const sv m = l.message;
    // "recipient <b@y> rejected: 550 5.1.1 ...": that recipient's refusal.
    if (m.starts_with("recipient <")) {
      const size_t rejected = m.find("> rejected: ");
      if (rejected == npos) return Outcome::recognized;
      const sv reply = m.substr(rejected + 12);
      Event ev = record_event(rec, reply.starts_with("4") ? Action::deferred : Action::bounced, kDataset, path_, line_no);
      ev.to_address = m.substr(11, rejected - 11);
      ev.diagnostic = reply;
      ev.smtp_command = "RCPT";
      find_smtp_codes(reply, &ev.reply_code, &ev.enhanced_status);
      if (ev.action == Action::deferred) ev.hard = Tristate::no;
      sink.on_event(ev);
      delivery_reported_.assign(l.uuid);
      return Outcome::reported;
    }
    // "Failed to get pool entry: Error: connect ECONNREFUSED 192.0.2.9:25", "Ongoing connection failed
    // to 192.0.2.9:25 : Error: ... alert handshake failure": why the next deferral or bounce happens.
    if (m.starts_with("Failed to get pool entry: ") || m.starts_with("Ongoing connection failed to ")) {
      connection_error_.assign(m);
      error_time_ = rec.time;
      error_line_ = line_no;
      return Outcome::recognized;
    }
    const bool temp = m.starts_with("Temp failing ");
    const bool bouncing = m.starts_with("bouncing mail: ");
    if (!temp && !bouncing) {
      if (m.starts_with("delivered ")) {
        // A connection that failed before this delivery went through (its TLS handshake, then
        // a retry without TLS): the failure stands on its own line.
        if (!connection_error_.empty()) {
          SyslogRecord then = rec;
          then.time = error_time_;
          Event failed = record_event(then, Action::failed, kDataset, path_, error_line_);
          failed.diagnostic = connection_error_;
          if (connection_error_.find("SSL") != npos || connection_error_.find("TLS") != npos)
            sink.on_tally(Tally::tls_failure, error_time_);
          sink.on_event(failed);
          connection_error_.clear();
        }
        Event ev = record_event(rec, Action::delivered, kDataset, path_, line_no);
        sink.on_event(ev);
        return Outcome::reported;
      }
      return Outcome::recognized;
    }
    sv why = bouncing ? m.substr(15) : m;
    if (temp) {
      const size_t colon = m.find(" seconds: ");
      why = colon == npos ? m.substr(13) : m.substr(colon + 10);
    }
    // The recipients' own lines said it ("Some recipients failed: <x>").
    if (bouncing && (why.starts_with("Some recipients failed") || delivery_reported_ == l.uuid)) {
      connection_error_.clear();
      return Outcome::recognized;
    }
    Action action = temp ? Action::deferred : Action::bounced;
    if (bouncing && why.starts_with("Too many failures")) action = Action::expired;
    Event ev = record_event(rec, action, kDataset, path_, line_no);
    // "Tried all MXs" says only that each failed: the connection error before it says how.
    if (why.find("Tried all MXs") != npos && !connection_error_.empty()) {
      text_.assign(why).append("; ").append(connection_error_);
      ev.diagnostic = text_;
    } else {
      ev.diagnostic = why;
    }
    connection_error_.clear();
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    if (action == Action::deferred) ev.hard = Tristate::no;
    sink.on_event(ev);
    return Outcome::reported;
  }

  std::string path_;
  std::string text_;
  std::string refused_in_;         // the connection whose refusal a line already reported
  int pending_summaries_ = 0;      // hook refusals whose code=DENY summary line is still to come
  std::string delivery_reported_;  // the delivery whose recipients' refusals were reported
  std::string connection_error_;   // the last outbound connection's failure, for the deferral that follows
  Timestamp error_time_;           // ... and where it was logged
  uint64_t error_line_ = 0;
};

}  // namespace

int haraka_sniff(sv head) {
  return percent_of_head_lines(head, [](sv line) {
    HarakaLine l;
    return read_line(line, &l);
  });
}

std::unique_ptr<LineParser> make_haraka_parser(const FileContext& file) {
  return std::make_unique<HarakaParser>(file);
}

}  // namespace mailtriage
