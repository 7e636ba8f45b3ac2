#include "parsers/powermta.h"

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
constexpr sv kDataset = "powermta.acct";

// The columns read, in PowerMTA's default record order.
enum Column : uint8_t { kType, kTimeLogged, kOrig, kRcpt, kDsnAction, kDsnStatus, kDsnDiag, kDsnMta, kBounceCat,
                        kDestinationIp, kJobId, kColumns };
constexpr std::array<sv, kColumns> kNames = {"type",    "timeLogged", "orig",    "rcpt",
                                             "dsnAction", "dsnStatus", "dsnDiag", "dsnMta",
                                             "bounceCat", "dlvDestinationIp", "jobId"};
constexpr std::array<int8_t, kColumns> kDefaultPositions = {0, 1, 3, 4, 6, 7, 8, 9, 10, 15, 19};
constexpr size_t kMaxFields = 64;

// Splits a CSV line into fields (quoted fields without their quotes; a doubled
// quote inside stays doubled); false when it has more than kMaxFields.
bool split_csv(sv line, std::array<sv, kMaxFields>* fields, size_t* count) {
  *count = 0;
  size_t i = 0;
  while (true) {
    if (*count == kMaxFields) return false;
    sv field;
    if (i < line.size() && line[i] == '"') {
      size_t j = i + 1;
      while (j < line.size() && !(line[j] == '"' && (j + 1 == line.size() || line[j + 1] != '"'))) j += line[j] == '"' ? 2 : 1;
      field = line.substr(i + 1, std::min(j, line.size()) - i - 1);
      i = std::min(j + 1, line.size());
    } else {
      const size_t comma = line.find(',', i);
      field = line.substr(i, comma == npos ? npos : comma - i);
      i = comma == npos ? line.size() : comma;
    }
    (*fields)[(*count)++] = field;
    if (i >= line.size() || line[i] != ',') return true;
    ++i;
  }
}

bool is_header(sv line) { return line.starts_with("type,timeLogged,"); }

// A record's first fields: its type (one or two letters) and the time it was logged.
bool looks_like_record(sv line) {
  const size_t comma = line.find(',');
  if (comma == npos || comma == 0 || comma > 3) return false;
  Timestamp t;
  return scan_rfc3339(line.substr(comma + 1, 30), &t) >= 19;
}

class PowerMtaParser final : public PathLineParser {
 public:
  explicit PowerMtaParser(const FileContext& file) : PathLineParser(file) { positions_ = kDefaultPositions; }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    if (line.empty()) return Outcome::recognized;
    std::array<sv, kMaxFields> f;
    size_t n = 0;
    if (!split_csv(line, &f, &n)) return Outcome::unrecognized;
    if (is_header(line)) {
      for (size_t c = 0; c < kColumns; ++c) {
        positions_[c] = -1;
        for (size_t i = 0; i < n; ++i)
          if (f[i] == kNames[c]) positions_[c] = int8_t(i);
      }
      return Outcome::recognized;
    }
    auto at = [&](Column c) { return positions_[c] >= 0 && size_t(positions_[c]) < n ? f[positions_[c]] : sv(); };
    const sv type = at(kType);
    SyslogRecord rec;
    rec.program = "pmta";
    if (scan_rfc3339(at(kTimeLogged), &rec.time) < 19) return Outcome::unrecognized;
    Action action;
    // "rb": a bounce that came back later (out of band) and PowerMTA's bounce processor read.
    if (type == "b" || type == "rb") action = Action::bounced;
    else if (type == "t") action = Action::deferred;
    else if (type == "d") action = Action::delivered;
    else if (type == "r") {
      sink.on_tally(Tally::received, rec.time);
      return Outcome::recognized;
    } else if (type == "f" || type == "rs" || type == "tq") {
      return Outcome::recognized;  // feedback-loop reports, remote status reports, queue records
    } else {
      return Outcome::unrecognized;
    }
    Event ev = record_event(rec, action, kDataset, path_, line_no);
    ev.from_address = at(kOrig);
    ev.to_address = at(kRcpt);
    ev.local_id = at(kJobId);
    if (action != Action::delivered) {
      sv diag = at(kDsnDiag);
      if (diag.starts_with("smtp;")) diag.remove_prefix(5);
      const sv status = at(kDsnStatus);
      ev.diagnostic = diag.empty() ? status : diag;
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
      // "5.1.1 (bad destination mailbox address)": the status PowerMTA gave it, when the text has none.
      if (ev.enhanced_status.empty()) ev.enhanced_status = leading_enhanced_status(status);
      // A message that outlived its queue: PowerMTA's category for it.
      if (action == Action::bounced && at(kBounceCat) == "message-expired") ev.action = Action::expired;
      if (action == Action::deferred) ev.hard = Tristate::no;
    }
    const sv mta = at(kDsnMta);
    ev.destination_domain = mta.substr(0, mta.find(' '));
    if (const sv ip = at(kDestinationIp); looks_like_ip_address(ip)) ev.destination_ip = ip;
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  std::array<int8_t, kColumns> positions_;
};

}  // namespace

int powermta_sniff(sv head) {
  return percent_of_head_lines(head, [](sv line) { return is_header(line) || looks_like_record(line); });
}

std::unique_ptr<LineParser> make_powermta_parser(const FileContext& file) {
  return std::make_unique<PowerMtaParser>(file);
}

}  // namespace mailtriage
