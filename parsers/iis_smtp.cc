#include "parsers/iis_smtp.h"

#include <array>
#include <string>

#include "parsers/registry.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "iis.smtp";

// The fields a record is read by, and their places in IIS's default order.
enum Field : uint8_t { kClientIp, kUserName, kMethod, kQuery, kStatus, kWin32Status, kFieldCount };
constexpr std::array<sv, kFieldCount> kFieldNames = {"c-ip", "cs-username", "cs-method", "cs-uri-query",
                                                      "sc-status", "sc-win32-status"};
constexpr std::array<uint8_t, kFieldCount> kDefaultPlaces = {2, 3, 8, 10, 11, 12};
constexpr uint8_t kAbsent = 0xff;  // a field the #Fields directive does not list

class IisSmtpParser final : public LineParser {
 public:
  explicit IisSmtpParser(const FileContext& file) : path_(file.path) { places_ = kDefaultPlaces; }
  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    if (line.starts_with('#')) {
      if (line.starts_with("#Fields: ")) read_fields(line.substr(9));
      return Outcome::recognized;
    }
    // "date time" opens every record (W3C's times are UTC).
    Timestamp time;
    if (scan_rfc3339(line.substr(0, 19), &time) != 19) return Outcome::unrecognized;
    std::array<sv, kFieldCount> f{};
    size_t index = 0, found = 0;
    for (size_t at = 0; at <= line.size() && found < kFieldCount;) {
      size_t end = line.find(' ', at);
      if (end == npos) end = line.size();
      for (size_t k = 0; k < kFieldCount; ++k)
        if (places_[k] == index && places_[k] != kAbsent) f[k] = line.substr(at, end - at), ++found;
      ++index;
      at = end + 1;
    }
    if (f[kMethod].empty() || f[kUserName].empty()) return Outcome::unrecognized;
    if (f[kUserName] == "OutboundConnectionCommand") {
      remember_command(f[kClientIp], f[kMethod], f[kQuery]);
      return Outcome::recognized;
    }
    if (f[kUserName] == "OutboundConnectionResponse") return remote_reply(time, f, line_no, sink);
    return inbound_command(time, f, line_no, sink);
  }

 private:
  // "#Fields: date time c-ip ...": where each field this reader needs stands.
  void read_fields(sv names) {
    std::array<uint8_t, kFieldCount> places;
    places.fill(kAbsent);
    uint8_t index = 0;
    for (size_t at = 0; at < names.size() && index < kAbsent; ++index) {
      size_t end = names.find(' ', at);
      if (end == npos) end = names.size();
      for (size_t k = 0; k < kFieldCount; ++k)
        if (names.substr(at, end - at) == kFieldNames[k]) places[k] = index;
      at = end + 1;
    }
    places_ = places;
  }

  // W3C writes a value's spaces as '+': the remote server's reply as it said it.
  sv decoded(sv value) {
    decoded_.assign(value);
    for (char& c : decoded_)
      if (c == '+') c = ' ';
    sv t = decoded_;
    while (t.starts_with(' ')) t.remove_prefix(1);
    return t;
  }

  // The last command sent to each remote server (its address), for the reply
  // that follows it: RCPT's recipient names whose delivery failed.
  struct Sent {
    std::string ip, verb, argument;
  };
  void remember_command(sv ip, sv verb, sv argument) {
    Sent* slot = nullptr;
    for (Sent& s : sent_)
      if (s.ip == ip) slot = &s;
    if (!slot) {
      slot = &sent_[next_slot_];
      next_slot_ = (next_slot_ + 1) % sent_.size();
      slot->ip.assign(ip);
    }
    slot->verb.assign(verb);
    slot->argument.assign(argument);
  }
  const Sent* last_command(sv ip) const {
    for (const Sent& s : sent_)
      if (s.ip == ip && !s.verb.empty()) return &s;
    return nullptr;
  }

  Event base_event(const Timestamp& time, Action action, uint64_t line_no) const {
    SyslogRecord rec;
    rec.time = time;
    rec.program = "smtpsvc";
    return record_event(rec, action, kDataset, path_, line_no);
  }

  Outcome remote_reply(const Timestamp& time, const std::array<sv, kFieldCount>& f, uint64_t line_no,
                       EventSink& sink) {
    const sv reply = decoded(f[kQuery]);
    uint16_t code = 0;
    sv status;
    find_smtp_codes(reply.substr(0, std::min<size_t>(reply.size(), 16)), &code, &status);
    if (code < 400) return Outcome::recognized;
    Event ev = base_event(time, code < 500 ? Action::deferred : Action::bounced, line_no);
    ev.destination_ip = f[kClientIp];
    ev.diagnostic = reply;
    ev.reply_code = code;
    ev.enhanced_status = status;
    if (const Sent* s = last_command(f[kClientIp])) {
      ev.smtp_command = s->verb;
      if (s->verb == "RCPT") ev.to_address = address_in_angle_brackets(s->argument);
      if (s->verb == "MAIL") ev.from_address = address_in_angle_brackets(s->argument);
    }
    if (code < 500) ev.hard = Tristate::no;
    sink.on_event(ev);
    return Outcome::reported;
  }

  Outcome inbound_command(const Timestamp& time, const std::array<sv, kFieldCount>& f, uint64_t line_no,
                          EventSink& sink) {
    uint16_t code = 0;
    for (char c : f[kStatus]) {
      if (c < '0' || c > '9' || code > 999) return Outcome::unrecognized;
      code = uint16_t(code * 10 + (c - '0'));
    }
    if (code < 400 || code > 599) return Outcome::recognized;
    const sv verb = f[kMethod];
    Event ev = base_event(time, Action::rejected, line_no);
    ev.source_ip = f[kClientIp];
    ev.smtp_command = verb;
    ev.reply_code = code;
    const sv argument = decoded(f[kQuery]);
    if (verb == "RCPT") ev.to_address = address_in_angle_brackets(argument);
    if (verb == "MAIL") ev.from_address = address_in_angle_brackets(argument);
    // The log has the server's code, not its words: the command, its reply and
    // Windows' own error for it (1326: the logon failed; 112: the disk is full).
    diagnostic_.assign(verb).append(" ").append(std::to_string(code));
    if (const sv win32 = f[kWin32Status]; !win32.empty() && win32 != "0")
      diagnostic_.append(" (Windows error ").append(win32).append(")");
    ev.diagnostic = diagnostic_;
    if (code < 500) ev.hard = Tristate::no;
    if (verb == "AUTH") {
      ev.action = Action::failed;
      sink.on_tally(Tally::sasl_failure, time);
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

  std::string path_;
  std::array<uint8_t, kFieldCount> places_;
  std::string decoded_, diagnostic_;
  std::array<Sent, 16> sent_;
  size_t next_slot_ = 0;
};

}  // namespace

int iis_smtp_sniff(sv head) {
  // The directive that names IIS, or SMTPSVC records, in the first lines.
  int lines = 0, smtp = 0;
  bool iis = false;
  for_each_head_line(head, [&](sv line) {
    if (line.empty()) return true;
    ++lines;
    iis |= line.starts_with("#Software: Microsoft Internet Information Services");
    smtp += line.find(" SMTPSVC") != npos && (line.find(" SMTP ") != npos || line.ends_with(" SMTP"));
    return lines < 20;
  });
  if (smtp == 0) return 0;
  return iis ? 100 : std::min(100, smtp * 100 / lines);
}

std::unique_ptr<LineParser> make_iis_smtp_parser(const FileContext& file) {
  return std::make_unique<IisSmtpParser>(file);
}

}  // namespace mailtriage
