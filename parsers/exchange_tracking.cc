#include "parsers/exchange_tracking.h"

#include <array>
#include <algorithm>
#include <string>
#include <vector>

#include "parsers/bounce_text.h"
#include "parsers/smtp_codes.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "exchange.tracking";

using bounce::iequals;

// The columns this reader uses, by their names in either form.
enum Column : uint8_t { kTime, kEvent, kRecipients, kStatus, kSender, kMessageId, kServer, kSource, kColumns };

int column_of(sv name) {
  struct Name {
    sv native, exported;
    Column column;
  };
  static constexpr Name kNames[] = {
      {"date-time", "Timestamp", kTime},          {"event-id", "EventId", kEvent},
      {"recipient-address", "Recipients", kRecipients}, {"recipient-status", "RecipientStatus", kStatus},
      {"sender-address", "Sender", kSender},      {"message-id", "MessageId", kMessageId},
      {"server-hostname", "ServerHostname", kServer}, {"source", "Source", kSource}};
  for (const Name& n : kNames)
    if (iequals(name, n.native) || iequals(name, n.exported)) return n.column;
  return -1;
}

// One of "{LED=...};{MSG=...};{FQDN=...};{IP=...};{LRT=...}" inside "[...]".
sv bracket_field(sv status, sv key) {
  const size_t at = status.find(key);
  if (at == npos) return {};
  const sv value = status.substr(at + key.size());
  return value.substr(0, value.find("};"));
}

class ExchangeTrackingParser final : public LineParser {
 public:
  explicit ExchangeTrackingParser(const FileContext& file) : path_(file.path) { index_.fill(-1); }

  bool continue_with(const FileContext& next) override {
    path_.assign(next.path);
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return Outcome::recognized;
    if (line.front() == '#') {
      // "#Fields: date-time,client-ip,...": the columns of the rows below.
      if (line.starts_with("#Fields: ")) read_header(line.substr(9));
      return Outcome::recognized;
    }
    if (!split(line)) return Outcome::unrecognized;
    // Export-Csv's quoted header names the columns itself.
    if (fields_.size() > 3 && column_of(fields_[0]) == kTime && iequals(fields_[0], "Timestamp")) {
      read_header_fields();
      return Outcome::recognized;
    }
    if (index_[kEvent] < 0 || size_t(index_[kEvent]) >= fields_.size()) return Outcome::unrecognized;
    const sv event = field(kEvent);
    Action action;
    if (event == "FAIL") action = Action::bounced;
    else if (event == "DEFER") action = Action::deferred;
    else if (event == "POISONMESSAGE" || event == "BADMAIL") action = Action::failed;
    else return Outcome::recognized;
    const sv status = field(kStatus);
    if (status.empty()) return Outcome::recognized;  // (a DSN's own row, its cause on the FAIL before it)
    // The delivery agent's form names the reply and the host it came from.
    sv reply = status, host, ip;
    if (status.starts_with("[{")) {
      reply = bracket_field(status, "{LED=");
      host = bracket_field(status, "{FQDN=");
      ip = bracket_field(status, "{IP=");
    }
    Timestamp time;
    const sv stamp = field(kTime);
    if (!scan_rfc3339(stamp, &time)) scan_us_datetime_meridiem(stamp, &time);
    // Several recipients are joined by ';', and so, one for each, are their statuses.
    const sv recipients = field(kRecipients);
    size_t count = 1;
    for (char c : recipients) count += c == ';';
    size_t from = 0;
    for (size_t k = 0; k < count; ++k) {
      size_t end = recipients.find(';', from);
      if (end == npos) end = recipients.size();
      Event ev;
      ev.time = time;
      ev.action = action;
      ev.scope = kScopeServerLog;
      ev.dataset = kDataset;
      ev.file_path = path_;
      ev.file_line = line_no;
      ev.host_name = field(kServer);
      ev.process_name = field(kSource);
      ev.to_address = recipients.substr(from, end - from);
      ev.from_address = field(kSender);
      ev.message_id = field(kMessageId);
      if (ev.message_id.size() > 2 && ev.message_id.front() == '<' && ev.message_id.back() == '>')
        ev.message_id = ev.message_id.substr(1, ev.message_id.size() - 2);
      ev.destination_domain = host;
      ev.destination_ip = ip;
      ev.diagnostic = reply;
      // "451 4.4.0 Primary target IP address responded with: "535 5.7.139 ..."",
      // "451 4.4.395 Target host responded with error. -> 454 4.7.5 ...": the
      // remote server's reply inside Exchange's own deferral is the one that says why.
      sv inner = reply;
      for (sv lead : {sv("responded with: \""), sv("responded with error. -> ")})
        if (const size_t at = reply.find(lead); at != npos) inner = reply.substr(at + lead.size());
      find_smtp_codes(inner, &ev.reply_code, &ev.enhanced_status);
      if (ev.reply_code == 0 && ev.enhanced_status.empty()) find_smtp_codes(reply, &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      from = end + 1;
    }
    return Outcome::reported;
  }

 private:
  sv field(Column c) const {
    const int i = index_[c];
    return i >= 0 && size_t(i) < fields_.size() ? fields_[size_t(i)] : sv();
  }

  void read_header(sv names) {
    index_.fill(-1);
    int n = 0;
    for (size_t from = 0; from <= names.size(); ++n) {
      size_t end = names.find(',', from);
      if (end == npos) end = names.size();
      if (const int c = column_of(names.substr(from, end - from)); c >= 0 && index_[size_t(c)] < 0) index_[size_t(c)] = n;
      from = end + 1;
    }
  }

  void read_header_fields() {
    index_.fill(-1);
    for (size_t n = 0; n < fields_.size(); ++n)
      if (const int c = column_of(fields_[n]); c >= 0 && index_[size_t(c)] < 0) index_[size_t(c)] = int(n);
  }

  // RFC 4180: fields separated by commas, quoted when they hold one, a quote
  // inside doubled. A field without quotes is a view into the line; a quoted
  // one is copied, unescaped, into unquoted_, which holds the whole line
  // without growing. False for a line left inside an open quote.
  bool split(sv line) {
    fields_.clear();
    unquoted_.clear();
    unquoted_.reserve(line.size());
    size_t i = 0;
    for (;;) {
      if (i < line.size() && line[i] == '"') {
        const size_t start = unquoted_.size();
        bool closed = false;
        for (++i; i < line.size() && !closed; ++i) {
          if (line[i] != '"') unquoted_.push_back(line[i]);
          else if (i + 1 < line.size() && line[i + 1] == '"') unquoted_.push_back('"'), ++i;
          else closed = true;
        }
        if (!closed) return false;
        for (; i < line.size() && line[i] != ','; ++i) unquoted_.push_back(line[i]);  // text after the quote
        fields_.push_back(sv(unquoted_.data() + start, unquoted_.size() - start));
      } else {
        const size_t end = std::min(line.find(',', i), line.size());
        fields_.push_back(line.substr(i, end - i));
        i = end;
      }
      if (i >= line.size()) break;
      ++i;  // the comma
    }
    return fields_.size() > 1;
  }

  std::string path_;
  std::array<int, kColumns> index_;
  std::vector<sv> fields_;   // this line's, valid while it is parsed
  std::string unquoted_;
};

}  // namespace

int exchange_tracking_sniff(sv head) {
  if (head.find("#Log-type: Message Tracking Log") != npos) return 95;
  if (head.find("#Software: Microsoft Exchange Server") != npos && head.find("#Fields: date-time,") != npos) return 95;
  // Export-Csv's header (after its optional "#TYPE ..." line)
  sv first = head.substr(0, head.find('\n'));
  if (first.starts_with("#TYPE ")) {
    head.remove_prefix(std::min(head.size(), first.size() + 1));
    first = head.substr(0, head.find('\n'));
  }
  if (first.starts_with("\"Timestamp\",") && first.find("\"EventId\"") != npos &&
      first.find("\"RecipientStatus\"") != npos)
    return 95;
  return 0;
}

std::unique_ptr<LineParser> make_exchange_tracking_parser(const FileContext& file) {
  return std::make_unique<ExchangeTrackingParser>(file);
}

}  // namespace mailtriage
