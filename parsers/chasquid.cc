#include "parsers/chasquid.h"

#include <string>

#include "parsers/registry.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "chasquid.log";


// "2025-09-20 09:13:45.189659 ": its length, 0 when the line does not open so.
size_t leading_time(sv line, Timestamp* t) {
  if (line.size() < 27 || line[4] != '-' || line[10] != ' ' || line[19] != '.') return 0;
  char iso[27];  // "2025-09-20T09:13:45.189659Z": RFC 3339, on the stack
  line.copy(iso, 26);
  iso[10] = 'T';
  iso[26] = 'Z';  // the log's local time, written without a zone
  if (scan_rfc3339(sv(iso, sizeof iso), t) != sizeof iso) return 0;
  return line[26] == ' ' ? 27 : 0;
}

// The value of "key=" up to the next space.
sv word_after(sv s, sv key) {
  for (size_t at = s.find(key); at != npos; at = s.find(key, at + 1)) {
    if (at > 0 && s[at - 1] != ' ') continue;
    const sv v = s.substr(at + key.size());
    return v.substr(0, v.find(' '));
  }
  return {};
}

class ChasquidParser final : public PathLineParser {
 public:
  explicit ChasquidParser(const FileContext& file) : PathLineParser(file) {}

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    line = without_trailing_space(line);
    if (line.empty()) return Outcome::recognized;
    SyslogRecord rec;
    const size_t used = leading_time(line, &rec.time);
    if (!used) return Outcome::unrecognized;
    rec.program = "chasquid";
    sv rest = line.substr(used);
    const size_t sp = rest.find(' ');
    if (sp == npos) return Outcome::recognized;
    const sv subject = rest.substr(0, sp);  // the client's address, or the queued message's id
    const sv what = rest.substr(sp + 1);
    if (what.starts_with("rejected ")) {
      Event ev = record_event(rec, Action::rejected, kDataset, path_, line_no);
      ev.from_address = word_after(what, "from=");
      sv to = word_after(what, "to=");
      if (to.starts_with("[")) to.remove_prefix(1);
      ev.to_address = to.substr(0, to.find_first_of(" ]"));
      const size_t dash = what.find(" - ");
      ev.diagnostic = dash == npos ? what : what.substr(dash + 3);
      set_client(subject, &ev);
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (what.starts_with("auth failed")) {
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.diagnostic = what;
      ev.smtp_command = "AUTH";
      set_client(subject, &ev);
      sink.on_tally(Tally::sasl_failure, rec.time);
      sink.on_event(ev);
      return Outcome::reported;
    }
    // "from=a@x to=b@y failed (temporary): ..." / "... failed (permanent): ..." / "... sent"
    if (const size_t failed = what.find(" failed ("); failed != npos && what.starts_with("from=")) {
      const bool permanent = what.substr(failed + 9).starts_with("permanent)");
      Event ev = record_event(rec, permanent ? Action::bounced : Action::deferred, kDataset, path_, line_no);
      ev.local_id = subject;
      ev.from_address = word_after(what, "from=");
      ev.to_address = word_after(what, "to=");
      const size_t colon = what.find("): ", failed);
      ev.diagnostic = colon == npos ? what.substr(failed + 1) : what.substr(colon + 3);
      if (!permanent) ev.hard = Tristate::no;
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (what.starts_with("from=") && what.ends_with(" sent")) {
      Event ev = record_event(rec, Action::delivered, kDataset, path_, line_no);
      ev.to_address = word_after(what, "to=");
      sink.on_event(ev);
      return Outcome::reported;
    }
    return Outcome::recognized;  // queued, completed loop, all done, auth succeeded, listening
  }

 private:
  static void set_client(sv subject, Event* ev) {
    const size_t port = subject.rfind(':');
    sv ip = port == npos ? subject : subject.substr(0, port);
    if (ip.starts_with("[") && ip.ends_with("]")) ip = ip.substr(1, ip.size() - 2);
    if (looks_like_ip_address(ip)) ev->source_ip = ip;
  }

};

bool looks_like_record(sv line) {
  Timestamp t;
  const size_t used = leading_time(line, &t);
  if (!used) return false;
  const sv rest = line.substr(used);
  const size_t sp = rest.find(' ');
  if (sp == npos) return false;
  const sv what = rest.substr(sp + 1);
  return what.starts_with("from=") || what.starts_with("rejected ") || what.starts_with("auth ") ||
         what.starts_with("listening on ") || what.starts_with("all done");
}

}  // namespace

int chasquid_sniff(sv head) { return percent_of_head_lines(head, looks_like_record); }

std::unique_ptr<LineParser> make_chasquid_parser(const FileContext& file) {
  return std::make_unique<ChasquidParser>(file);
}

}  // namespace mailtriage
