#include "parsers/queue_listing.h"

#include <string>
#include <vector>

#include "parsers/bounce_text.h"
#include "parsers/padded_line.h"
#include "parsers/postfix.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
namespace od = simdjson::ondemand;
constexpr size_t npos = sv::npos;

using bounce::is_space;
using bounce::trim;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// "<a@example.org>" -> "a@example.org"; Postfix writes the null sender "MAILER-DAEMON".
sv bare_address(sv s) { return strip_angle_brackets(trim(s)); }

// The listing's columns: which program wrote it.
enum class Listing { unknown, postfix, sendmail };

class QueueListingParser final : public LineParser {
 public:
  explicit QueueListingParser(const FileContext& file)
      : path_(file.path), years_(file.mtime ? file.mtime : file.now) {}

  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    years_ = YearInference(next.mtime ? next.mtime : next.now);
    end_entry();
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    const sv t = trim(line);
    if (t.empty()) {
      end_entry();
      return Outcome::recognized;
    }
    if (t.front() == '{') return json_record(t, line_no, sink);
    if (is_listing_note(t)) {
      end_entry();
      return Outcome::recognized;
    }
    // Under an entry: a reason in parentheses (Postfix writes it from the
    // first column, Sendmail indented), then the recipients it applies to.
    // (Sendmail's `mailq` may put the body type first: "8BITMIME   (Deferred: ...)".)
    if (in_entry_ && t.back() == ')') {
      sv r = t;
      if (r.front() != '(') {
        const size_t open = r.find("   (");
        if (open != npos && r.substr(0, open).find(' ') == npos) r = trim(r.substr(open));
      }
      if (r.front() == '(') {
        reason_.assign(r.substr(1, r.size() - 2));
        reason_line_ = line_no;
        return Outcome::recognized;
      }
    }
    if (!is_space(line.front())) {
      if (entry_line(line)) return Outcome::recognized;
      end_entry();
      return Outcome::unrecognized;
    }
    if (!in_entry_) return Outcome::unrecognized;
    if (t.find(' ') != npos) return Outcome::unrecognized;
    if (reason_line_ == 0) return Outcome::recognized;  // waiting without a reason: not a failure
    Event ev = base_event(reason_line_);
    ev.local_id = queue_id_;
    ev.from_address = sender_;
    ev.to_address = bare_address(t);
    ev.time = arrival_;
    set_reason(reason_, &ev);
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  Event base_event(uint64_t line_no) const {
    Event ev;
    ev.action = Action::deferred;
    ev.scope = kScopeServerLog;
    ev.dataset = listing_ == Listing::sendmail ? sv("sendmail.queue") : sv("postfix.queue");
    ev.file_path = path_;
    ev.file_line = line_no;
    ev.process_name = listing_ == Listing::sendmail ? sv("mailq") : sv("postqueue");
    return ev;
  }

  static void set_reason(sv reason, Event* ev) {
    ev->diagnostic = reason;
    find_smtp_codes(reason, &ev->reply_code, &ev->enhanced_status);
    ev->smtp_command = find_smtp_command(reason);
    postfix_reason_destination(reason, ev);
  }

  void end_entry() {
    in_entry_ = false;
    reason_line_ = 0;
  }

  // The listing's headers and totals.
  static bool is_listing_note(sv t) {
    return t.starts_with("-Queue ID-") || t.starts_with("-----Q-ID-----") || t == "Mail queue is empty" ||
           (t.starts_with("-- ") && t.ends_with(" Requests.")) || (t.starts_with("-- ") && t.ends_with(" Request.")) ||
           t.starts_with("Total requests:") || (t.starts_with("/") && (t.ends_with(" is empty") || t.ends_with(")"))) ||
           t.starts_with("postqueue: ") || t.starts_with("mailq: ");
  }

  // "3F2A61C0042*    2345 Tue Mar  4 09:00:00  app@example.com" (Postfix) or
  // "54K3U10B017025*    1234 Tue Mar  4 10:11 <app@example.com>" (Sendmail).
  bool entry_line(sv line) {
    size_t i = 0;
    while (i < line.size() && is_alnum(line[i])) ++i;
    if (i < 6 || i > 20) return false;
    const sv id = line.substr(0, i);
    // Postfix: '*' active, '!' on hold, '#' forced to expire; Sendmail: '*' being delivered,
    // 'X' load too high, '-' too young.
    if (i < line.size() && (line[i] == '*' || line[i] == '!' || line[i] == '#' || line[i] == 'X' || line[i] == '-')) ++i;
    while (i < line.size() && is_space(line[i])) ++i;
    const size_t size_start = i;
    while (i < line.size() && is_digit(line[i])) ++i;
    if (i == size_start || i >= line.size() || line[i] != ' ') return false;
    ++i;
    // "Tue Mar  4 09:00:00" or "Tue Mar  4 10:11": a weekday, then the syslog form.
    if (i + 4 > line.size() || line[i + 3] != ' ') return false;
    sv rest = line.substr(i + 4);
    char stamp[16];
    size_t n = 0;
    Timestamp arrival;
    if (rest.size() >= 15 && rest[12] == ':') {
      n = scan_bsd_timestamp(rest.substr(0, 15), years_, &arrival);
      if (n != 15) return false;
    } else if (rest.size() >= 12 && rest[9] == ':') {  // Sendmail: no seconds
      rest.copy(stamp, 12);
      stamp[12] = ':', stamp[13] = '0', stamp[14] = '0';
      if (scan_bsd_timestamp(sv(stamp, 15), years_, &arrival) != 15) return false;
      n = 12;
    } else {
      return false;
    }
    listing_ = n == 15 ? Listing::postfix : Listing::sendmail;
    queue_id_.assign(id);
    sender_.assign(bare_address(rest.substr(n)));
    arrival_ = arrival;
    in_entry_ = true;
    reason_line_ = 0;
    return true;
  }

  // `postqueue -j`: a message a line, each recipient with its delay reason.
  Outcome json_record(sv line, uint64_t line_no, EventSink& sink) {
    end_entry();
    od::document doc;
    od::object obj;
    if (json_.iterate(padded_copy(line, &padded_)).get(doc) || doc.get_object().get(obj))
      return Outcome::unrecognized;
    // (The keys are read in the order Postfix writes them; simdjson's
    // on-demand fields are found by name from where the last one was.)
    sv queue_id, sender;
    int64_t arrival = 0;
    bool ok = true;
    rcpts_.clear();
    for (auto field : obj) {
      sv key;
      if (field.unescaped_key().get(key)) return Outcome::unrecognized;
      od::value value;
      if (field.value().get(value)) return Outcome::unrecognized;
      if (key == "queue_id") {
        ok &= !value.get_string().get(queue_id);
      } else if (key == "arrival_time") {
        if (value.get_int64().get(arrival)) arrival = 0;
      } else if (key == "sender") {
        ok &= !value.get_string().get(sender);
      } else if (key == "recipients") {
        od::array recipients;
        if (value.get_array().get(recipients)) return Outcome::unrecognized;
        for (auto r : recipients) {
          od::object ro;
          if (r.get_object().get(ro)) return Outcome::unrecognized;
          Recipient one;
          for (auto rf : ro) {
            sv rk;
            if (rf.unescaped_key().get(rk)) return Outcome::unrecognized;
            sv* slot = rk == "address" ? &one.address : rk == "delay_reason" ? &one.reason : nullptr;
            if (slot && rf.value().get_string().get(*slot)) *slot = {};  // not a string: as if absent
          }
          rcpts_.push_back(one);
        }
      }
    }
    if (!ok || queue_id.empty()) return Outcome::unrecognized;
    listing_ = Listing::postfix;
    Outcome outcome = Outcome::recognized;
    for (const Recipient& r : rcpts_) {
      if (r.reason.empty()) continue;
      Event ev = base_event(line_no);
      ev.local_id = queue_id;
      ev.from_address = sender;
      ev.to_address = r.address;
      if (arrival > 0) {
        ev.time.epoch_us = arrival * 1000000;
        ev.time.valid = true;
      }
      set_reason(r.reason, &ev);
      sink.on_event(ev);
      outcome = Outcome::reported;
    }
    return outcome;
  }

  // Views into the parser's string buffer, valid until the next record.
  struct Recipient {
    sv address, reason;
  };

  std::string path_;
  YearInference years_;
  Listing listing_ = Listing::unknown;
  bool in_entry_ = false;
  std::string queue_id_, sender_, reason_;
  uint64_t reason_line_ = 0;
  Timestamp arrival_;
  od::parser json_;
  std::string padded_;
  std::vector<Recipient> rcpts_;
};

}  // namespace

int queue_listing_sniff(sv head) {
  int lines = 0, hits = 0;
  for (size_t at = 0; at < head.size() && lines < 30;) {
    size_t nl = head.find('\n', at);
    if (nl == npos) nl = head.size();
    const sv t = trim(head.substr(at, nl - at));
    at = nl + 1;
    if (t.empty()) continue;
    ++lines;
    if (t.starts_with("-Queue ID-") || t.starts_with("-----Q-ID-----") || t == "Mail queue is empty") return 95;
    if (t.starts_with("{\"queue_name\":") && t.find("\"queue_id\":") != npos) ++hits;
  }
  return hits > 0 && hits * 2 >= lines ? 95 : 0;
}

std::unique_ptr<LineParser> make_queue_listing_parser(const FileContext& file) {
  return std::make_unique<QueueListingParser>(file);
}

}  // namespace mailtriage
