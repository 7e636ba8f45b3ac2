#include "parsers/mox.h"

#include "parsers/registry.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "mox.log";

// What Mox's messages report (its queue's and servers' log calls).
enum class Kind : uint8_t { deferred, bounced, rejected, login, connection_closed };
struct Message {
  sv text;
  Kind kind;
};
constexpr Message kMessages[] = {
    {"temporary failure delivering from queue", Kind::deferred},
    {"temporary failure delivering from queue, sending delayed dsn", Kind::deferred},
    {"permanent failure delivering from queue", Kind::bounced},
    {"incoming message rejected", Kind::rejected},
    {"deliver attempt to unknown user(s)", Kind::rejected},
    {"failed authentication attempt", Kind::login},
    {"connection closed", Kind::connection_closed},
};

class MoxParser final : public ProgramParser {
 public:
  explicit MoxParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    const sv m = rec.message;
    const sv text = field_value(m, "m=");
    if (text.empty()) return m.starts_with("l=") ? Outcome::recognized : Outcome::unrecognized;
    const Message* message = nullptr;
    for (const Message& candidate : kMessages)
      if (candidate.text == text) message = &candidate;
    if (!message) return Outcome::recognized;
    const sv err = field_value(m, "err=");
    // A connection that ended in a failed TLS handshake; any other end is routine.
    if (message->kind == Kind::connection_closed &&
        err.find("tls") == npos && err.find("TLS") == npos)
      return Outcome::recognized;
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    diagnostic_.assign(text);
    const sv reason = !err.empty() ? err : field_value(m, "reason=");
    if (!reason.empty()) diagnostic_.append(": ").append(reason);
    ev.diagnostic = diagnostic_;
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    switch (message->kind) {
      case Kind::deferred: ev.action = Action::deferred; ev.hard = Tristate::no; break;
      case Kind::bounced: ev.action = Action::bounced; break;
      case Kind::rejected: ev.action = Action::rejected; break;
      case Kind::login: ev.action = Action::failed; ev.smtp_command = "AUTH"; break;
      case Kind::connection_closed: ev.action = Action::failed; ev.smtp_command = "STARTTLS"; break;
    }
    if (ev.action == Action::deferred || ev.action == Action::bounced) {
      ev.from_address = field_value(m, "from=");
      ev.to_address = field_value(m, "recipient=");
      ev.local_id = field_value(m, "msgid=");
    } else {
      ev.from_address = field_value(m, "mailfrom=");
      ev.to_address = field_value(m, "rcptto=");
      if (const sv remote = field_value(m, "remote="); looks_like_ip_address(remote)) ev.source_ip = remote;
      if (ev.to_address.empty()) {
        sv listed = field_value(m, "recipients=");  // "[a@x b@y]": the first
        if (listed.starts_with("[")) listed.remove_prefix(1);
        ev.to_address = listed.substr(0, listed.find_first_of(" ]"));
      }
    }
    if (message->kind == Kind::login) sink.on_tally(Tally::sasl_failure, rec.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  std::string path_;
  std::string diagnostic_;
};

}  // namespace

bool mox_claims_program(sv program) { return program == "mox"; }

std::unique_ptr<ProgramParser> make_mox_parser(const FileContext& file) { return std::make_unique<MoxParser>(file); }

}  // namespace mailtriage
