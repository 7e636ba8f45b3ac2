#include "parsers/courier.h"

#include <string>
#include <unordered_map>

#include "parsers/bounce_text.h"
#include "parsers/registry.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using bounce::strip_angles;
using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "courier.log";
// Error texts held for a status line that a cut log never writes: at most this many.
constexpr size_t kMaxHeld = 10000;

// An IPv4 address as Courier writes it on an IPv6 socket ("::ffff:203.0.113.45"), without the prefix.
sv plain_ip(sv ip) {
  if (!ip.empty() && ip.front() == '[') ip.remove_prefix(1);
  if (!ip.empty() && ip.back() == ']') ip.remove_suffix(1);
  if (ip.starts_with("::ffff:") && ip.find('.') != npos) ip.remove_prefix(7);
  return looks_like_ip_address(ip) ? ip : sv();
}

// The value of "key=" in Courier's comma-separated fields, up to the next ',' (or ": ").
sv field(sv s, sv key) {
  for (size_t at = s.find(key); at != npos; at = s.find(key, at + 1)) {
    if (at != 0 && s[at - 1] != ',' && s[at - 1] != ' ') continue;
    const sv v = s.substr(at + key.size());
    return v.substr(0, std::min(v.find(','), v.find(": ")));
  }
  return {};
}

class CourierParser final : public ProgramParser {
 public:
  explicit CourierParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    const sv p = rec.program, m = rec.message;
    if (p == "courieresmtpd") return esmtpd(rec, line_no, sink);
    if (p == "courieresmtp" || p == "courierlocal" || p == "courierdsn" || p == "courieruucp")
      return delivery(rec, line_no, sink);
    if (p == "authdaemond" || p == "courierauthdaemond" || p == "authdaemon") {
      // Its back end out of reach: every login fails for the server's reason, not the users'.
      if (m.find("failed to connect") != npos || m.find("connection failed") != npos ||
          m.find("Can't connect") != npos)
        return report_daemon_failure(rec, m, kDataset, path_, line_no, sink);
      return Outcome::recognized;
    }
    // imapd, imapd-ssl, pop3d, pop3d-ssl
    if (m.starts_with("LOGIN FAILED, ")) {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = m;
      ev.smtp_command = "AUTH";
      if (const sv user = field(m, "user="); !user.empty()) ev.from_address = user;
      ev.source_ip = plain_ip(field(m, "ip="));
      sink.on_tally(Tally::sasl_failure, rec.time);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (m.starts_with("couriertls: ") && m.find("error") != npos) {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = m;
      sink.on_tally(Tally::tls_failure, rec.time);
      sink.on_event(ev);
      return Outcome::reported;
    }
    return Outcome::recognized;  // courierd's queue notes, connections, logouts
  }

  // A cut log: each error text whose status line never came is reported as it stands (a deferral).
  void finish(EventSink& sink) override {
    for (auto& [key, h] : held_) emit(h, Action::deferred, sink);
    held_.clear();
  }

 private:
  // A delivery's error text waiting for its status line, owned: the line it
  // came from is gone by then.
  struct Held {
    Timestamp time;
    uint32_t pid = 0;
    uint64_t line_no = 0;
    std::string host, program, from, to, text;
  };

  // "error,relay=IP,from=<a>,to=<b>: 550 User unknown." or "error,relay=IP,msg=\"535 ...\",cmd: AUTH ...".
  Outcome esmtpd(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    const sv m = rec.message;
    if (!m.starts_with("error,")) return Outcome::recognized;
    Event ev = record_event(rec, Action::rejected, kDataset, path_, line_no);
    ev.source_ip = plain_ip(field(m, "relay="));
    ev.from_address = strip_angles(field(m, "from="));
    ev.to_address = strip_angles(field(m, "to="));
    if (const size_t msg = m.find("msg=\""); msg != npos) {
      const size_t close = m.find('"', msg + 5);
      ev.diagnostic = m.substr(msg + 5, close == npos ? npos : close - msg - 5);
      if (const size_t cmd = m.find(",cmd: "); cmd != npos) ev.smtp_command = find_smtp_command(m.substr(cmd + 6));
    } else if (const size_t colon = m.find(": "); colon != npos) {
      ev.diagnostic = m.substr(colon + 2);
      if (!ev.to_address.empty()) ev.smtp_command = "RCPT";
    } else {
      ev.diagnostic = m;
    }
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    // The client went away mid-session ("writev: Connection reset by peer", cmd: QUIT): its socket, no refusal.
    if (ev.reply_code == 0 && (ev.diagnostic.starts_with("writev: ") || ev.diagnostic.starts_with("read: ") ||
                               ev.diagnostic.find("Connection reset by peer") != npos))
      return Outcome::recognized;
    // Something that is no SMTP client (an HTTP probe: "502 ESMTP command error",cmd: GET / HTTP/1.1).
    if (m.find(",cmd: ") != npos && ev.smtp_command.empty() && (ev.reply_code == 500 || ev.reply_code == 502))
      return Outcome::recognized;
    // A refused login: 535 (its command line holds the client's base64, not a command).
    if (ev.reply_code == 535 || ev.smtp_command == "AUTH") {
      ev.action = Action::failed;
      ev.smtp_command = "AUTH";
      sink.on_tally(Tally::sasl_failure, rec.time);
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "id=X,from=<a>,addr=<b>: text" (held), then "id=X,from=<a>,addr=<b>,status: deferred|failure|success";
  // "id=X,from=<a>,addr=<b>,size=N,success: delivered: ..." in one line.
  Outcome delivery(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    const sv m = rec.message;
    const sv id = field(m, "id=");
    if (id.empty()) return Outcome::recognized;
    const sv addr = strip_angles(field(m, "addr="));
    std::string key(id);
    key.push_back(' ');
    key.append(addr);
    if (const size_t status = m.find(",status: "); status != npos) {
      const sv word = m.substr(status + 9);
      const Action action = word.starts_with("deferred") ? Action::deferred
                            : word.starts_with("failure") ? Action::bounced
                                                      : Action::delivered;
      auto it = held_.find(key);
      if (it == held_.end()) {
        if (action == Action::delivered) return count_delivery(rec, line_no, m, sink);
        Held h = hold(rec, line_no, m, addr, word);
        emit(h, action, sink);
        return Outcome::reported;
      }
      emit(it->second, action, sink);
      held_.erase(it);
      return Outcome::recognized;  // (the event stands at the text's line)
    }
    if (m.find(",success: ") != npos) return count_delivery(rec, line_no, m, sink);
    const size_t colon = m.find(">: ");
    if (colon == npos) return Outcome::recognized;
    if (held_.size() >= kMaxHeld) {
      sink.on_tally(Tally::state_evicted, rec.time);
      emit(held_.begin()->second, Action::deferred, sink);
      held_.erase(held_.begin());
    }
    auto [it, fresh] = held_.try_emplace(key);
    if (!fresh) {
      // A second text for the same delivery before its status: the first stands on its own.
      emit(it->second, Action::deferred, sink);
    }
    it->second = hold(rec, line_no, m, addr, m.substr(colon + 3));
    return Outcome::reported;
  }

  Held hold(const SyslogRecord& rec, uint64_t line_no, sv m, sv addr, sv text) {
    Held h;
    h.time = rec.time;
    h.pid = rec.pid;
    h.line_no = line_no;
    h.host.assign(rec.host);
    h.program.assign(rec.program);
    h.from.assign(strip_angles(field(m, "from=")));
    h.to.assign(addr);
    h.text.assign(text);
    return h;
  }

  void emit(Held& h, Action action, EventSink& sink) {
    SyslogRecord rec;
    rec.time = h.time;
    rec.pid = h.pid;
    rec.host = h.host;
    rec.program = h.program;
    Event ev = record_event(rec, action, kDataset, path_, h.line_no);
    ev.from_address = h.from;
    ev.to_address = h.to;
    ev.diagnostic = h.text;
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    if (action == Action::deferred) ev.hard = Tristate::no;
    sink.on_event(ev);
  }

  Outcome count_delivery(const SyslogRecord& rec, uint64_t line_no, sv m, EventSink& sink) {
    Event ev = record_event(rec, Action::delivered, kDataset, path_, line_no);
    ev.from_address = strip_angles(field(m, "from="));
    ev.to_address = strip_angles(field(m, "addr="));
    sink.on_event(ev);
    return Outcome::reported;
  }

  std::string path_;
  std::unordered_map<std::string, Held> held_;
};

}  // namespace

bool courier_claims_program(sv program) {
  return program.starts_with("courier") || program == "authdaemond" || program == "imapd" || program == "imapd-ssl" ||
         program == "pop3d" || program == "pop3d-ssl";
}

std::unique_ptr<ProgramParser> make_courier_parser(const FileContext& file) {
  return std::make_unique<CourierParser>(file);
}

}  // namespace mailtriage
