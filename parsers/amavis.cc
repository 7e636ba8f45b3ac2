// amavisd-new's lines.
//
// amavisd-new sits between Postfix's smtpd and the queue (content_filter or a
// proxy) and logs one line per message it checked, after a "(pid-seq)" tag:
//   (02401-34) Passed CLEAN {RelayedInbound}, [192.0.2.54]:37264 [192.0.2.54] <a@example.com>
//       -> <b@example.org>, Queue-ID: 3ADD447E35, Message-ID: <...>, mail_id: ..., Hits: 1.582,
//       size: 8670, 2230 ms
//   (02401-35) Blocked SPAM {DiscardedInbound,Quarantined}, [203.0.113.5]:41234 [203.0.113.5]
//       <x@example.net> -> <b@example.org>,<c@example.org>, quarantine: spam-AbCd.gz, ...
//   (02401-36) Blocked INFECTED (Eicar-Signature) {RejectedInbound}, ...
// A Blocked line is mail our own filter stopped: one rejected event per
// recipient, its text the verdict ("Blocked INFECTED (Eicar-Signature)
// {RejectedInbound}"), which the rule table reads by its content category.
// Passed lines and amavis's other notes are recognized.
#include "parsers/amavis.h"

#include <string>

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "amavis.log";
// A message to a mailing list's worth of recipients gives one event each, up
// to this many; the rest are counted by the line's one outcome.
constexpr size_t kMaxRecipients = 1000;

// "(02401-34) rest" -> "rest"; a line without the tag is returned as it is.
sv after_log_tag(sv msg) {
  if (msg.size() > 3 && msg[0] == '(') {
    const size_t close = msg.find(") ");
    if (close != npos && close < 24) return msg.substr(close + 2);
  }
  return msg;
}

// The text after "key" up to the next ", " (or the end), e.g. "Queue-ID: " -> "3ADD447E35".
sv labelled(sv s, sv key) {
  const size_t at = s.find(key);
  if (at == npos) return {};
  const sv rest = s.substr(at + key.size());
  return rest.substr(0, rest.find(", "));
}

class AmavisParser final : public ProgramParser {
 public:
  explicit AmavisParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }
  void beside_an_mta() override { beside_mta_ = true; }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    const sv text = after_log_tag(rec.message);
    // amavisd refusing its configuration at start: it does not run, and the
    // MTA's content_filter hand-off to it fails until it does.
    if (text.starts_with("Error in config file ")) [[unlikely]] {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = text;
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (!text.starts_with("Blocked ")) return Outcome::recognized;
    // The verdict: category, its detail in parentheses, the actions in braces.
    const size_t close = text.find("}");
    if (close == npos) return Outcome::unrecognized;
    const sv verdict = text.substr(0, close + 1);
    // A refusal ({RejectedInbound}, {RejectedOutbound}) is the MTA's reply
    // too, logged by it beside this line ("status=bounced (... 554 5.7.0
    // Reject, id=02392-12 - spam)", "proxy-reject: END-OF-MESSAGE: 554 5.7.0
    // Reject, ..."): one failure, reported there. A discard or a bounce
    // amavis sends itself has no such line: it is reported here.
    if (beside_mta_ && verdict.find("{Rejected") != npos) return Outcome::recognized;
    sv rest = text.substr(close + 1);
    if (rest.starts_with(",")) rest.remove_prefix(1);

    Event ev = record_event(rec, Action::rejected, kDataset, path_, line_no);
    ev.diagnostic = verdict;
    ev.local_id = labelled(rest, "Queue-ID: ");
    ev.message_id = strip_angle_brackets(labelled(rest, "Message-ID: "));
    // "[203.0.113.5]:41234 [203.0.113.5] <x@example.net> -> <b@x>,<c@x>, quarantine: ..."
    const size_t arrow = rest.find(" -> ");
    if (arrow == npos) {
      sink.on_event(ev);
      return Outcome::reported;
    }
    const sv before = rest.substr(0, arrow);
    if (const size_t lt = before.rfind('<'); lt != npos) ev.from_address = strip_angle_brackets(before.substr(lt));
    if (const size_t open = before.find('['); open != npos) {
      const size_t end = before.find(']', open);
      if (end != npos && looks_like_ip_address(before.substr(open + 1, end - open - 1)))
        ev.source_ip = before.substr(open + 1, end - open - 1);
    }
    sv recipients = rest.substr(arrow + 4);
    recipients = recipients.substr(0, recipients.find(", "));
    size_t emitted = 0;
    while (!recipients.empty() && emitted < kMaxRecipients) {
      const size_t comma = recipients.find(',');
      const sv one = recipients.substr(0, comma);
      recipients = comma == npos ? sv() : recipients.substr(comma + 1);
      if (one.empty()) continue;
      ev.to_address = strip_angle_brackets(one);
      sink.on_event(ev);
      ++emitted;
    }
    if (emitted == 0) sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  std::string path_;
  bool beside_mta_ = false;
};

}  // namespace

bool amavis_claims_program(std::string_view program) {
  return program == "amavis" || program == "amavisd" || program == "amavisd-new" || program.ends_with("/amavisd");
}

std::unique_ptr<ProgramParser> make_amavis_parser(const FileContext& file) {
  return std::make_unique<AmavisParser>(file);
}

}  // namespace mailtriage
