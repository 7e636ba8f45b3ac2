#include "parsers/maddy.h"

#include <string>
#include <unordered_map>

#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "maddy.log";
constexpr size_t kMaxAttempts = size_t(1) << 16;  // failed attempts remembered for the queue's verdict

// A field of the record's flat JSON object: a string's raw text (its escapes
// kept) or a number's digits; empty when absent.
sv json_field(sv object, sv key) {
  for (size_t at = object.find(key); at != npos; at = object.find(key, at + 1)) {
    if (at == 0 || object[at - 1] != '"' || object.substr(at + key.size(), 2) != "\":") continue;
    sv v = object.substr(at + key.size() + 2);
    if (!v.empty() && v.front() == '"') {
      size_t close = 1;
      while (close < v.size() && v[close] != '"') close += v[close] == '\\' ? 2 : 1;
      return v.substr(1, std::min(close, v.size()) - 1);
    }
    return v.substr(0, v.find_first_of(",}"));
  }
  return {};
}

// What Maddy's messages report.
enum class Kind : uint8_t { attempt_failed, gave_up_permanent, gave_up_temporary, refused, login };
struct Message {
  sv text;
  Kind kind;
  bool prefix;  // "RCPT error (deferred)" and the like: the text opens the message
};
constexpr Message kMessages[] = {
    {"delivery attempt failed", Kind::attempt_failed, false},
    {"cannot use MX", Kind::attempt_failed, false},       // one MX of several, before the attempt's verdict
    {"TLS error, trying plaintext", Kind::attempt_failed, false},
    {"not delivered, permanent error", Kind::gave_up_permanent, false},
    {"not delivered, temporary error", Kind::gave_up_temporary, false},
    {"MAIL FROM error", Kind::refused, true},
    {"RCPT error", Kind::refused, true},
    {"DATA error", Kind::refused, true},
    {"authentication failed", Kind::login, false},
};

class MaddyParser final : public ProgramParser {
 public:
  explicit MaddyParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    sv m = rec.message;
    const size_t tab = m.find('\t');
    const sv head = m.substr(0, tab), fields = tab == npos ? sv() : m.substr(tab + 1);
    // "module: message", or the message alone (0.9 writes the queue's without its module).
    const size_t colon = head.find(": ");
    const sv text = colon == npos ? head : head.substr(colon + 2);
    const Message* message = nullptr;
    for (const Message& c : kMessages)
      if (c.prefix ? text.starts_with(c.text) : text == c.text) message = &c;
    if (!message) return Outcome::recognized;
    const sv msg_id = json_field(fields, "msg_id"), rcpt = json_field(fields, "rcpt");
    key_.assign(msg_id).push_back(' ');
    key_.append(rcpt);
    if (message->kind == Kind::gave_up_permanent && attempts_.count(key_)) {
      attempts_.erase(key_);
      return Outcome::recognized;  // its failed attempt was reported
    }
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.local_id = msg_id;
    ev.to_address = rcpt;
    ev.from_address = json_field(fields, "sender");
    compose_diagnostic(text, fields);
    if (message->kind == Kind::gave_up_temporary || message->kind == Kind::gave_up_permanent) {
      // The queue's verdict names no reason: the last attempt's, when it was seen.
      if (auto it = attempts_.find(key_); it != attempts_.end()) {
        diagnostic_.append(": ").append(it->second);
        attempts_.erase(it);
      }
    }
    ev.diagnostic = diagnostic_;
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    switch (message->kind) {
      case Kind::attempt_failed:
        ev.action = ev.reply_code >= 500 ? Action::bounced : ev.reply_code >= 400 ? Action::deferred : Action::failed;
        ev.destination_domain = json_field(fields, "remote_server");
        if (ev.destination_domain.ends_with(".")) ev.destination_domain.remove_suffix(1);
        if (attempts_.size() >= kMaxAttempts) attempts_.clear();
        attempts_[key_] = std::string(json_field(fields, "reason"));
        break;
      case Kind::gave_up_permanent: ev.action = Action::bounced; break;
      case Kind::gave_up_temporary: ev.action = Action::expired; break;
      case Kind::refused: ev.action = Action::rejected; break;
      case Kind::login:
        ev.action = Action::failed;
        ev.smtp_command = "AUTH";
        sink.on_tally(Tally::sasl_failure, rec.time);
        break;
    }
    if (message->kind == Kind::refused || message->kind == Kind::login) {
      sv source = json_field(fields, "src_ip");
      if (const size_t port = source.rfind(':'); port != npos && source.find('.') != npos) source = source.substr(0, port);
      if (looks_like_ip_address(source)) ev.source_ip = source;
      if (ev.from_address.empty()) ev.from_address = json_field(fields, "username");
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  // "550 5.1.1 User does not exist (user does not exist)": the reply Maddy gave
  // or got, then its reason, its "\n" escapes as spaces; else the message and its reason.
  void compose_diagnostic(sv text, sv fields) {
    diagnostic_.clear();
    const sv code = json_field(fields, "smtp_code"), status = json_field(fields, "smtp_enchcode");
    const sv reply = json_field(fields, "smtp_msg"), reason = json_field(fields, "reason");
    if (!code.empty()) diagnostic_.append(code).push_back(' ');
    if (!status.empty()) diagnostic_.append(status).push_back(' ');
    if (!reply.empty()) diagnostic_.append(reply);
    else diagnostic_.append(text);
    if (!reason.empty() && reason != reply) diagnostic_.append(": ").append(reason);
    size_t kept = 0;
    for (size_t i = 0; i < diagnostic_.size(); ++i) {
      const bool line_break = diagnostic_[i] == '\\' && i + 1 < diagnostic_.size() && diagnostic_[i + 1] == 'n';
      diagnostic_[kept++] = line_break ? ' ' : diagnostic_[i];
      i += line_break;
    }
    diagnostic_.resize(kept);
  }

  std::string path_;
  std::string diagnostic_, key_;
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> attempts_;  // "msg_id rcpt" -> the last failed attempt's reason
};

}  // namespace

bool maddy_claims_program(sv program) { return program == "maddy"; }

std::unique_ptr<ProgramParser> make_maddy_parser(const FileContext& file) {
  return std::make_unique<MaddyParser>(file);
}

}  // namespace mailtriage
