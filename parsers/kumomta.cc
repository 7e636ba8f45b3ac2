#include "parsers/kumomta.h"

#include <simdjson.h>

#include <cmath>
#include <string>

#include "parsers/padded_line.h"
#include "parsers/registry.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

namespace od = simdjson::ondemand;
using sv = std::string_view;
constexpr sv kDataset = "kumomta.log";

// The record types KumoMTA writes ("Log Record" reference), and what each is here.
enum class RecordType : uint8_t { unknown, reception, delivery, bounce, transient, expiration, admin_bounce, oob,
                                  feedback, rejection, other };

RecordType record_type(sv type) {
  if (type == "Delivery") return RecordType::delivery;
  if (type == "Reception") return RecordType::reception;
  if (type == "TransientFailure") return RecordType::transient;
  if (type == "Bounce") return RecordType::bounce;
  if (type == "Expiration") return RecordType::expiration;
  if (type == "AdminBounce") return RecordType::admin_bounce;
  if (type == "OOB") return RecordType::oob;
  if (type == "Feedback") return RecordType::feedback;
  if (type == "Rejection") return RecordType::rejection;
  // Newer versions add their own (a delayed-delivery notice, an "Any" for
  // hooks): records of KumoMTA's, with nothing failed in them.
  return type.empty() ? RecordType::unknown : RecordType::other;
}

// A peer's host name without the root's dot ("gmail-smtp-in.l.google.com.").
sv without_root_dot(sv host) {
  if (host.size() > 1 && host.back() == '.') host.remove_suffix(1);
  return host;
}

// The MX host of a record's "site" ("pool-1->(alt1|alt2)?.gmail-smtp-in.l.google.com@smtp_client",
// "source2->mx.example.net."): what the record names of the remote when it has no peer.
sv site_host(sv site) {
  const size_t arrow = site.find("->");
  if (arrow == sv::npos) return {};
  site.remove_prefix(arrow + 2);
  if (site.starts_with("(")) {  // KumoMTA's pattern for the site's MX hosts
    const size_t close = site.find(')');
    if (close == sv::npos) return {};
    site.remove_prefix(close + 1);
    if (site.starts_with("?")) site.remove_prefix(1);
    if (site.starts_with(".")) site.remove_prefix(1);
  }
  site = site.substr(0, site.find('@'));
  return without_root_dot(site);
}

// "RCPT TO:<bob@example.org>\r\n" -> "RCPT"; "." (the end of the data) -> "DATA".
sv command_verb(sv command) {
  if (command.starts_with(".")) return "DATA";
  for (sv verb : {sv("MAIL"), sv("RCPT"), sv("DATA"), sv("EHLO"), sv("HELO"), sv("STARTTLS"), sv("AUTH"), sv("QUIT")})
    if (command.size() >= verb.size() && command.substr(0, verb.size()) == verb) return verb;
  return {};
}

// What one line holds of a record, as views into the parser's buffers.
struct Record {
  RecordType type = RecordType::unknown;
  sv id, sender, recipient, site, peer_name, peer_addr, content, command, feedback_type;
  uint64_t code = 0;
  int64_t status_class = -1, status_subject = -1, status_detail = -1;
  Timestamp time;
};

bool read_string(od::value v, sv* out) { return !v.get_string().get(*out); }

// Seconds since the epoch (an integer or a float), or an RFC 3339 time.
Timestamp read_time(od::value v) {
  Timestamp t;
  od::json_type type;
  if (v.type().get(type)) return t;
  if (type == od::json_type::number) {
    double seconds;
    if (v.get_double().get(seconds) || !(seconds > 0) || seconds > 1e11) return t;
    t.epoch_us = int64_t(std::llround(seconds * 1e6));
    t.valid = true;
  } else if (type == od::json_type::string) {
    sv s;
    if (!v.get_string().get(s) && scan_rfc3339(s, &t) == 0) t = Timestamp();
  }
  return t;
}

int64_t read_small_int(od::value v) {
  int64_t n;
  return v.get_int64().get(n) ? -1 : n;
}

bool read_response(od::value v, Record* r) {
  od::object response;
  if (v.get_object().get(response)) return true;  // null: no reply
  for (auto field : response) {
    sv key;
    od::value value;
    if (field.unescaped_key().get(key) || field.value().get(value)) return false;
    if (key == "code") {
      uint64_t code;
      if (!value.get_uint64().get(code)) r->code = code;
    } else if (key == "content") {
      read_string(value, &r->content);
    } else if (key == "command") {
      read_string(value, &r->command);
    } else if (key == "enhanced_code") {
      od::object status;
      if (value.get_object().get(status)) continue;  // null
      for (auto part : status) {
        sv name;
        od::value n;
        if (part.unescaped_key().get(name) || part.value().get(n)) return false;
        if (name == "class") r->status_class = read_small_int(n);
        else if (name == "subject") r->status_subject = read_small_int(n);
        else if (name == "detail") r->status_detail = read_small_int(n);
      }
    }
  }
  return true;
}

class KumoMtaParser final : public PathLineParser {
 public:
  explicit KumoMtaParser(const FileContext& file) : PathLineParser(file) {}

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    line = without_trailing_space(line);
    if (line.empty()) return Outcome::recognized;
    Record r;
    if (!read_record(line, &r) || r.type == RecordType::unknown) return Outcome::unrecognized;
    switch (r.type) {
      case RecordType::reception:
        sink.on_tally(Tally::received, r.time);
        return Outcome::recognized;
      case RecordType::other:
        return Outcome::recognized;
      default:
        break;
    }
    SyslogRecord rec;
    rec.time = r.time;
    rec.program = "kumod";
    Event ev = record_event(rec, Action::none, kDataset, path_, line_no);
    ev.local_id = r.id;
    ev.from_address = r.sender;
    ev.to_address = r.recipient;
    const bool inbound = r.type == RecordType::rejection;
    (inbound ? ev.source_domain : ev.destination_domain) = without_root_dot(r.peer_name);
    if (looks_like_ip_address(r.peer_addr)) (inbound ? ev.source_ip : ev.destination_ip) = r.peer_addr;
    if (!inbound && ev.destination_domain.empty()) ev.destination_domain = site_host(r.site);
    switch (r.type) {
      case RecordType::delivery: ev.action = Action::delivered; break;
      case RecordType::transient: ev.action = Action::deferred; ev.hard = Tristate::no; break;
      case RecordType::expiration: ev.action = Action::expired; break;
      case RecordType::rejection: ev.action = Action::rejected; break;
      case RecordType::feedback:
        ev.action = Action::feedback;
        ev.reason_hint = "feedback";
        ev.feedback_type = r.feedback_type.empty() ? sv("abuse") : r.feedback_type;
        break;
      default: ev.action = Action::bounced; break;  // Bounce, OOB, AdminBounce
    }
    ev.smtp_command = command_verb(r.command);
    compose_diagnostic(r, &ev);
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  bool read_record(sv line, Record* r) {
    if (line.front() != '{') return false;
    od::document doc;
    od::object obj;
    if (parser_.iterate(padded_copy(line, &padded_)).get(doc) || doc.get_object().get(obj)) return false;
    for (auto field : obj) {
      sv key;
      od::value value;
      if (field.unescaped_key().get(key) || field.value().get(value)) return false;
      if (key == "type") {
        sv type;
        if (!read_string(value, &type)) return false;
        r->type = record_type(type);
      } else if (key == "id") {
        read_string(value, &r->id);
      } else if (key == "sender") {
        read_string(value, &r->sender);
      } else if (key == "recipient") {
        // (A list in some versions' Reception records: the first is kept.)
        if (!read_string(value, &r->recipient)) {
          od::array list;
          if (!value.get_array().get(list))
            for (auto first : list) {
              if (first.get_string().get(r->recipient)) r->recipient = {};
              break;
            }
        }
      } else if (key == "site") {
        read_string(value, &r->site);
      } else if (key == "response") {
        if (!read_response(value, r)) return false;
      } else if (key == "peer_address") {
        od::object peer;
        if (value.get_object().get(peer)) continue;  // null
        for (auto part : peer) {
          sv name;
          od::value v;
          if (part.unescaped_key().get(name) || part.value().get(v)) return false;
          if (name == "name") read_string(v, &r->peer_name);
          else if (name == "addr") read_string(v, &r->peer_addr);
        }
      } else if (key == "timestamp") {
        r->time = read_time(value);
      } else if (key == "feedback_report") {
        od::object report;
        if (value.get_object().get(report)) continue;  // null
        for (auto part : report) {
          sv name;
          od::value v;
          if (part.unescaped_key().get(name) || part.value().get(v)) return false;
          if (name == "feedback_type") read_string(v, &r->feedback_type);
        }
      }
    }
    return true;
  }

  // "421 4.7.0 <content>": KumoMTA keeps the reply's parts apart; the text
  // is read as an MTA quotes a reply, its line breaks as spaces.
  void compose_diagnostic(const Record& r, Event* ev) {
    diagnostic_.clear();
    const bool internal = r.content.starts_with("KumoMTA internal");
    if (!internal && r.code >= 200 && r.code < 600) {
      diagnostic_ += std::to_string(r.code);
      diagnostic_.push_back(' ');
      if (r.status_class >= 2 && r.status_class <= 5 && r.status_subject >= 0 && r.status_subject < 1000 &&
          r.status_detail >= 0 && r.status_detail < 1000) {
        diagnostic_ += std::to_string(r.status_class) + '.' + std::to_string(r.status_subject) + '.' +
                       std::to_string(r.status_detail);
        diagnostic_.push_back(' ');
      }
    }
    for (char c : r.content) diagnostic_.push_back(c == '\n' || c == '\r' ? ' ' : c);
    while (!diagnostic_.empty() && diagnostic_.back() == ' ') diagnostic_.pop_back();
    ev->diagnostic = diagnostic_;
    if (!internal) find_smtp_codes(ev->diagnostic, &ev->reply_code, &ev->enhanced_status);
  }

  od::parser parser_;
  std::string padded_;
  std::string diagnostic_;
};

// A line of one of KumoMTA's records: a JSON object naming the record's
// type, its queue and its MX site.
bool looks_like_record(sv line) {
  if (line.empty() || line.front() != '{') return false;
  const sv head = line.substr(0, 4096);
  return head.find("\"queue\":") != sv::npos && head.find("\"site\":") != sv::npos &&
         (head.find("\"type\":\"") != sv::npos || head.find("\"type\": \"") != sv::npos) &&
         (head.find("\"response\":") != sv::npos || head.find("\"egress_pool\":") != sv::npos);
}

}  // namespace

int kumomta_sniff(sv head) { return percent_of_head_lines(head, looks_like_record); }

std::unique_ptr<LineParser> make_kumomta_parser(const FileContext& file) {
  return std::make_unique<KumoMtaParser>(file);
}

}  // namespace mailtriage
