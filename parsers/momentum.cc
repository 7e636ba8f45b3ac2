#include "parsers/momentum.h"

#include <array>
#include <string>
#include <unordered_map>

#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kMainDataset = "momentum.mainlog";
constexpr sv kBounceDataset = "momentum.bouncelog";
constexpr sv kRejectDataset = "momentum.rejectlog";
constexpr size_t kMaxFields = 24;
// Receptions waiting for their message's outcome: a bound, so that a log of
// receptions whose outcomes were never logged cannot hold memory without end.
constexpr size_t kMaxPending = size_t(1) << 20;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Seconds since the epoch that open a record, up to `end`.
bool read_seconds(sv s, Timestamp* t) {
  if (s.size() < 9 || s.size() > 11) return false;
  int64_t v = 0;
  for (char c : s) {
    if (!is_digit(c)) return false;
    v = v * 10 + (c - '0');
  }
  t->epoch_us = v * 1000000;
  t->valid = true;
  return true;
}

// A record's type field: one letter (R, D, T, P, B), or M and digits for a heartbeat.
char record_type(sv field) {
  if (field.size() == 1 && (field[0] == 'R' || field[0] == 'D' || field[0] == 'T' || field[0] == 'P' || field[0] == 'B' ||
                            field[0] == 'M'))
    return field[0];
  if (field.size() > 1 && field[0] == 'M' && field.find_first_not_of("0123456789", 1) == npos) return 'M';
  return 0;
}

// Whether the text opens with a reply ("550 5.1.1 ...", "421-4.7.0 ...") or
// Momentum's own words for what it decided ("[internal] ...").
bool opens_reply(sv s) {
  if (s.starts_with("[internal]")) return true;
  return s.size() > 4 && s[0] >= '2' && s[0] <= '5' && is_digit(s[1]) && is_digit(s[2]) && (s[3] == ' ' || s[3] == '-');
}

bool looks_like_domain(sv s) {
  return s.size() >= 3 && s.find('.') != npos && s.find(' ') == npos && s.find_first_not_of("0123456789.") != npos;
}

// "1064868656@00/00-25004-31B987F3@...@R@..." or an older "ts@id@R@...", or a heartbeat.
bool looks_like_main_record(sv line) {
  const size_t at = line.find('@');
  Timestamp t;
  if (at == npos || !read_seconds(line.substr(0, at), &t)) return false;
  size_t from = at + 1;
  for (int field = 1; field <= 4; ++field) {
    const size_t next = line.find('@', from);
    if (record_type(line.substr(from, next == npos ? npos : next - from))) return true;
    if (next == npos) return false;
    from = next + 1;
  }
  return false;
}

// "1236672125: R="10.79.25.142:42601" L=..." or "1252064908: Marker 1".
bool looks_like_reject_record(sv line) {
  const size_t colon = line.find(": ");
  Timestamp t;
  if (colon == npos || !read_seconds(line.substr(0, colon), &t)) return false;
  const sv rest = line.substr(colon + 2);
  return rest.starts_with("R=\"") || rest.starts_with("Marker ");
}

// What the records say of their writer: the time, and Momentum's daemon.
SyslogRecord record_at(const Timestamp& time) {
  SyslogRecord rec;
  rec.time = time;
  rec.program = "ecelerity";
  return rec;
}

class MomentumParser final : public PathLineParser {
 public:
  explicit MomentumParser(const FileContext& file) : PathLineParser(file) {}

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    line = without_trailing_space(line);
    if (line.empty()) return Outcome::recognized;
    if (looks_like_reject_record(line)) return reject_record(line, line_no, sink);
    // The fields up to the reply: a reply may hold '@' (an address), so it
    // is the rest of the line from the first field that opens one.
    std::array<sv, kMaxFields> f;
    size_t n = 0, type_at = 0;
    sv reply;
    size_t from = 0;
    while (n < kMaxFields) {
      const size_t at = line.find('@', from);
      const sv field = line.substr(from, at == npos ? npos : at - from);
      if (type_at && n > type_at && opens_reply(line.substr(from))) {
        reply = line.substr(from);
        break;
      }
      f[n] = field;
      if (!type_at && n >= 1 && n <= 4 && record_type(field)) type_at = n;
      ++n;
      if (at == npos) break;
      from = at + 1;
    }
    Timestamp time;
    if (!type_at || !read_seconds(f[0], &time)) return Outcome::unrecognized;  // no record's shape
    const char type = record_type(f[type_at]);
    const sv message_id = type_at >= 2 ? f[1] : sv();
    auto field = [&](size_t k) { return type_at + k < n ? f[type_at + k] : sv(); };
    switch (type) {
      case 'M':
        return Outcome::recognized;
      case 'R': {
        // Its recipient and sender, for the outcome records that name neither.
        if (!message_id.empty() && !field(1).empty() && !field(2).empty()) {
          if (pending_.size() >= kMaxPending) {
            pending_.clear();
            sink.on_tally(Tally::state_evicted, time);
          }
          Pending& p = pending_[std::string(message_id)];
          p.recipient.assign(field(1)).append("@").append(field(2));
          if (!field(3).empty() && !field(4).empty()) p.sender.assign(field(3)).append("@").append(field(4));
          else p.sender.clear();
        }
        sink.on_tally(Tally::received, time);
        return Outcome::recognized;
      }
      default:
        break;
    }
    // A bouncelog record whose classification (Momentum's bounce classification
    // codes) says it is no failure: an auto-reply (60), a list's subscribe or
    // unsubscribe request (80, 90), a challenge-response (100).
    if (type == 'B' && looks_like_domain(field(2))) {
      const sv code = field(8);
      if (code == "60" || code == "80" || code == "90" || code == "100") return Outcome::recognized;
    }
    Event ev = record_event(record_at(time), Action::none, type == 'B' ? kBounceDataset : kMainDataset, path_, line_no);
    ev.local_id = message_id;
    const auto pending = message_id.empty() ? pending_.end() : pending_.find(message_id);
    if (looks_like_domain(field(2)) && !field(1).empty()) {
      // A bouncelog record names its recipient and sender itself.
      recipient_.assign(field(1)).append("@").append(field(2));
      ev.to_address = recipient_;
      if (!field(3).empty() && looks_like_domain(field(4))) {
        sender_.assign(field(3)).append("@").append(field(4));
        ev.from_address = sender_;
      }
    } else if (pending != pending_.end()) {
      recipient_ = pending->second.recipient;
      sender_ = pending->second.sender;
      ev.to_address = recipient_;
      ev.from_address = sender_;
    }
    // The remote server's address: the field before the reply, or a delivery's last.
    const sv last = reply.empty() ? f[n - 1] : (n > type_at + 1 ? f[n - 1] : sv());
    if (looks_like_ip_address(last) && last.find('.') != npos) ev.destination_ip = last;
    if (type == 'D') {
      ev.action = Action::delivered;
    } else {
      if (reply.empty() && n > type_at + 1) reply = f[n - 1];  // no reply's shape: the last field
      ev.diagnostic = reply;
      find_smtp_codes(reply, &ev.reply_code, &ev.enhanced_status);
      ev.action = type == 'T' ? Action::deferred : Action::bounced;
      if (type == 'T') ev.hard = Tristate::no;
      // Momentum's own words for a message that outlived its queue.
      else if (reply.find("exceeded max time without delivery") != npos) ev.action = Action::expired;
    }
    if ((type == 'D' || type == 'P' || type == 'B') && pending != pending_.end()) pending_.erase(pending);
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  // R="ip:port" ... P="phase" E=550 M=module CTXCONN=[...] CTXMESS=[...] reason
  Outcome reject_record(sv line, uint64_t line_no, EventSink& sink) {
    const size_t colon = line.find(": ");
    Timestamp time;
    read_seconds(line.substr(0, colon), &time);
    const sv rest = line.substr(colon + 2);
    // A heartbeat; or a complaint report its FBL module took and dropped as
    // configured ("550 5.7.1 [internal] processed as FBL message, and disposition is blackhole").
    if (rest.starts_with("Marker ") || rest.find("[internal] processed as FBL message") != npos) return Outcome::recognized;
    Event ev = record_event(record_at(time), Action::rejected, kRejectDataset, path_, line_no);
    const sv remote = field_value(rest, "R=");
    const size_t port = remote.rfind(':');
    const sv ip = port == npos ? remote : remote.substr(0, port);
    if (looks_like_ip_address(ip)) ev.source_ip = ip;
    ev.local_id = field_value(rest, "C=");
    // The reason follows the last field: after CTXMESS=[...] (or CTXCONN=, or M=).
    size_t reason_at = npos;
    for (sv key : {sv(" CTXMESS=["), sv(" CTXCONN=[")}) {
      const size_t k = rest.find(key);
      if (k == npos) continue;
      const size_t close = rest.find("] ", k);
      if (close != npos) reason_at = close + 2;
      break;
    }
    if (reason_at == npos) {
      const size_t m = rest.find(" M=");
      if (m != npos) {
        const size_t sp = rest.find(' ', m + 3);
        if (sp != npos) reason_at = sp + 1;
      }
    }
    const sv code = field_value(rest, "E=");
    reason_ = code;
    if (!reason_.empty()) reason_.push_back(' ');
    if (reason_at != npos) reason_.append(rest.substr(reason_at));
    ev.diagnostic = reason_;
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    const sv phase = field_value(rest, "P=");
    if (phase.find("rcpt") != npos) ev.smtp_command = "RCPT";
    else if (phase.find("mailfrom") != npos) ev.smtp_command = "MAIL";
    else if (phase.find("data") != npos) ev.smtp_command = "DATA";
    sink.on_event(ev);
    return Outcome::reported;
  }

  struct Pending {
    std::string recipient, sender;
  };
  std::unordered_map<std::string, Pending, TextHash, std::equal_to<>> pending_;
  std::string recipient_, sender_, reason_;  // the current event's, when not views into the line
};

}  // namespace

int momentum_sniff(sv head) {
  return percent_of_head_lines(head, [](sv line) { return looks_like_main_record(line) || looks_like_reject_record(line); });
}

std::unique_ptr<LineParser> make_momentum_parser(const FileContext& file) {
  return std::make_unique<MomentumParser>(file);
}

}  // namespace mailtriage
