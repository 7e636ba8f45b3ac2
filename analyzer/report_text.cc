// The text report: written to be read in a cron mail (plain ASCII layout,
// at most about 78 columns apart from quoted log text).
#include <algorithm>
#include <cstdio>

#include "analyzer/json_writer.h"
#include "analyzer/report.h"
#include "classifiers/rule.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

std::string with_commas(uint64_t v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// Display width, counting UTF-8 sequences as one column each (close enough
// for a report; wide CJK characters still take two).
size_t columns(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// At most `width` columns, cut on a character boundary, "..." when cut.
std::string clip(std::string_view s, size_t width) {
  if (columns(s) <= width) return std::string(s);
  size_t cols = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++cols > width - 3) break;
  }
  return std::string(s.substr(0, i)) + "...";
}

std::string pad(std::string_view s, size_t width) {
  std::string out(s);
  size_t cols = columns(s);
  if (cols < width) out.append(width - cols, ' ');
  return out;
}

std::string rpad(const std::string& s, size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

// Wraps text to `width` columns with `indent` spaces before each line.
std::string wrap(std::string_view text, size_t indent, size_t width) {
  std::string out, line;
  size_t i = 0;
  while (i < text.size()) {
    size_t sp = text.find(' ', i);
    std::string_view word = text.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
    if (!line.empty() && indent + line.size() + 1 + word.size() > width) {
      out += std::string(indent, ' ') + line + "\n";
      line.clear();
    }
    if (!line.empty()) line.push_back(' ');
    line.append(word);
    if (sp == std::string_view::npos) break;
    i = sp + 1;
  }
  if (!line.empty()) out += std::string(indent, ' ') + line + "\n";
  return out;
}

std::string pct(uint64_t part, uint64_t whole) {
  if (!whole) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%5.1f%%", 100.0 * double(part) / double(whole));
  return buf;
}

// `note`, when given, adds a wrapped line under a row (a rule's advice).
void table(std::string& out, const std::string& title, const std::vector<std::pair<std::string, uint64_t>>& rows,
           uint64_t total, uint64_t overflow = 0, std::string_view (*note)(std::string_view) = nullptr) {
  if (rows.empty()) return;
  out += title + "\n";
  // Keys are log and bounce text: shown escaped (a terminal's control sequences, line breaks).
  std::vector<std::string> shown;
  shown.reserve(rows.size());
  size_t w = 0;
  for (const auto& r : rows) w = std::max(w, std::min<size_t>(columns(shown.emplace_back(printable(r.first))), 60));
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& [key, n] = rows[i];
    out += "  " + pad(clip(shown[i], 60), w) + "  " + rpad(with_commas(n), 9) + "  " + pct(n, total) + "\n";
    if (std::string_view text = note ? note(key) : std::string_view(); !text.empty()) out += wrap(text, 6, 78);
  }
  if (overflow) out += "  (" + with_commas(overflow) + " more under keys beyond the table's limit)\n";
  out += "\n";
}

}  // namespace

std::string Report::to_text() const {
  std::string out;
  const uint64_t lines = input_line_units_, messages = input_message_units_, unreadable = input_totals_.unreadable;
  out += "mailtriage report\n=================\n";
  out += "Inputs: " + with_commas(input_totals_.files) + " file(s), " + with_commas(lines) + " line(s), " +
         with_commas(messages) + " message(s)";
  if (unreadable) out += ", " + with_commas(unreadable) + " unreadable";
  out += "\n";
  if (first_us_ <= last_us_) {
    char a[32], b[32];
    format_rfc3339_utc(first_us_, a);
    format_rfc3339_utc(last_us_, b);
    out += "Events from " + std::string(a, 19) + " to " + std::string(b, 19) + " UTC\n";
  }
  out += "\n";

  if (!diagnoses_.empty()) {
    out += "Diagnosis (patterns across events)\n";
    for (const Diagnosis& d : diagnoses_) {
      char conf[16];
      std::snprintf(conf, sizeof conf, "%.0f%%", d.confidence * 100);
      out += "  * " + d.title + "\n";
      out += "    [" + d.id + ", cause " + d.cause + ", confidence " + conf + "]\n";
      out += wrap("evidence: " + d.evidence, 4, 78);
      if (!d.hosts.empty()) {
        std::string list;
        for (const auto& h : d.hosts) list += (list.empty() ? "" : ", ") + printable(h);
        out += wrap("involved: " + list, 4, 78);
      }
      out += wrap("what to do: " + d.remediation, 4, 78);
    }
    out += "\n";
  }

  uint64_t failed_total = failures();
  out += "Totals\n";
  auto total_row = [&](std::string_view name, uint64_t n, std::string_view note) {
    out += "  " + pad(name, 12) + rpad(with_commas(n), 10) + (note.empty() ? "" : "  " + std::string(note)) + "\n";
  };
  total_row("received", tally(Tally::received), "messages queued");
  total_row("delivered", count(Action::delivered), "");
  total_row("deferred", count(Action::deferred), "delivery attempts");
  total_row("bounced", count(Action::bounced), "recipients");
  total_row("rejected", count(Action::rejected), "by our own servers");
  total_row("expired", count(Action::expired), "gave up after retrying");
  total_row("failed", count(Action::failed), "logins, TLS, connections, client errors");
  if (count(Action::feedback)) total_row("feedback", count(Action::feedback), "abuse/feedback reports");
  if (count(Action::autoreply)) total_row("auto-reply", count(Action::autoreply), "");
  out += "\n";

  if (failed_total) {
    out += "Failures by cause, with what to do\n";
    std::vector<std::pair<size_t, uint64_t>> rows;
    for (size_t i = 0; i < kCauses; ++i)
      if (causes_[i]) rows.emplace_back(i, causes_[i]);
    std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    for (auto [i, n] : rows) {
      out += "  " + pad(cause_name(Cause(i)), 20) + rpad(with_commas(n), 9) + "  " + pct(n, failed_total) + "\n";
      out += wrap(cause_remediation_[i], 6, 78);
      auto domains = domains_by_cause_[i].top(std::min<size_t>(top_, 5));
      if (!domains.empty()) {
        std::string list;
        for (auto& [d, c] : domains) list += (list.empty() ? "" : ", ") + printable(d) + " (" + with_commas(c) + ")";
        out += wrap("recipient domains: " + list, 6, 78);
      }
      auto relays = relays_by_cause_[i].top(std::min<size_t>(top_, 5));
      if (!relays.empty()) {
        std::string list;
        for (auto& [d, c] : relays) list += (list.empty() ? "" : ", ") + printable(d) + " (" + with_commas(c) + ")";
        out += wrap("remote hosts: " + list, 6, 78);
      }
    }
    out += "\n";
    table(out, "Failures by reason", reasons_.top(top_), failed_total, reasons_.overflow());
    table(out, "Failures by reply code", reply_codes_.top(top_), failed_total);
    table(out, "Failures by enhanced status", statuses_.top(top_), failed_total);
    table(out, "Deciding rules", rules_.top(top_), failed_total, 0, rule_advice);
  } else {
    out += "No failures found.\n\n";
  }

  if (bounce_hard_ + bounce_soft_ || !bounce_reasons_.empty()) {
    out += "Bounce messages\n";
    out += "  hard " + with_commas(bounce_hard_) + ", soft " + with_commas(bounce_soft_) + "\n\n";
    uint64_t all = bounce_events_;
    table(out, "Bounces by cause", bounce_causes_.top(top_), all);
    table(out, "Bounces by reason", bounce_reasons_.top(top_), all);
    table(out, "Bounces by recipient domain", bounce_domains_.top(top_), all);
    table(out, "Bounces by reporting MTA", bounce_reporting_mta_.top(top_), all);
    table(out, "Commonest bounce diagnostics", bounce_diagnostics_.top(top_), all);
  }
  table(out, "Commonest diagnostic texts in logs", diagnostics_.top(top_), failed_total);

  if (tally(Tally::sasl_failure) || !sasl_sources_.empty()) {
    out += "SASL authentication failures: " + with_commas(tally(Tally::sasl_failure)) + "\n";
    table(out, "  by client", sasl_sources_.top(top_), tally(Tally::sasl_failure));
    if (sasl_sources_.empty()) out += "\n";
  }
  if (tally(Tally::tls_failure) || !tls_sources_.empty()) {
    out += "TLS problems: " + with_commas(tally(Tally::tls_failure)) + "\n";
    table(out, "  by client", tls_sources_.top(top_), tally(Tally::tls_failure));
    if (tls_sources_.empty()) out += "\n";
  }

  bool any_hour = false;
  for (const auto& h : hours_)
    for (uint64_t v : h) any_hour |= v != 0;
  if (any_hour) {
    out += "Per hour of day (local time)\n";
    out += "  hour   delivered  deferred   bounced  rejected   expired    failed\n";
    for (size_t h = 0; h < 24; ++h) {
      const auto& r = hours_[h];
      uint64_t sum = 0;
      for (Action a : {Action::delivered, Action::deferred, Action::bounced, Action::rejected, Action::expired, Action::failed})
        sum += r[size_t(a)];
      if (!sum) continue;
      char buf[128];
      std::snprintf(buf, sizeof buf, "  %02zu:00 %10s%10s%10s%10s%10s%10s\n", h,
                    with_commas(r[size_t(Action::delivered)]).c_str(), with_commas(r[size_t(Action::deferred)]).c_str(),
                    with_commas(r[size_t(Action::bounced)]).c_str(), with_commas(r[size_t(Action::rejected)]).c_str(),
                    with_commas(r[size_t(Action::expired)]).c_str(), with_commas(r[size_t(Action::failed)]).c_str());
      out += buf;
    }
    out += "\n";
  }

  if (tally(Tally::state_evicted))
    out += "Note: " + with_commas(tally(Tally::state_evicted)) +
           " queued messages were forgotten at the memory cap before their last line; their later events may "
           "lack the sender, Message-ID or client.\n\n";
  out += "Input accounting (every line or message: reported + recognized + unrecognized)\n";
  auto describe = [&](const InputAccount& in) {
    out += "  " + printable(in.path) + "\n";
    if (in.unreadable) {
      out += "    unreadable: " + (in.problems.empty() ? std::string("?") : printable(in.problems.front())) + "\n";
      return;
    }
    std::string unit = in.messages ? "messages" : "lines";
    out += "    format " + in.format + (in.compression != "none" ? ", " + in.compression : "") + ": " +
           with_commas(in.units) + " " + unit + " = " + with_commas(in.reported) + " reported + " +
           with_commas(in.recognized) + " recognized + " + with_commas(in.unrecognized) + " unrecognized\n";
    if (in.outside_window) out += "    " + with_commas(in.outside_window) + " events outside --since/--until\n";
    for (const auto& p : in.problems) out += "    problem: " + printable(p) + "\n";
    for (const auto& [n, text] : in.unrecognized_samples)
      out += "    unrecognized " + std::string(in.messages ? "message " : "line ") + std::to_string(n) + ": " +
             printable(text) + "\n";
  };
  if (input_totals_.files <= kTextListedInputs) {
    for (const auto& in : inputs_) describe(in);
    return out;
  }
  // Many inputs (a Maildir): totals by format, then only the inputs that
  // need a look (unreadable, damaged, with unrecognized units).
  std::vector<InputTotals> by_format;
  auto fold = [&](const InputTotals& t) {
    for (InputTotals& b : by_format)
      if (b.same_kind(t)) return b.add(t);
    by_format.push_back(t);
  };
  for (const auto& in : inputs_) {
    InputTotals one;
    one.format = in.unreadable ? "unreadable" : in.format;
    one.compression = in.compression;
    one.messages = in.messages;
    one.add(in);
    fold(one);
  }
  for (const InputTotals& t : unlisted_) fold(t);
  for (const InputTotals& t : by_format) {
    std::string unit = t.messages ? "messages" : "lines";
    out += "  " + with_commas(t.files) + " file(s), format " + t.format +
           (!t.compression.empty() && t.compression != "none" ? ", " + t.compression : "") + ": " +
           with_commas(t.units) + " " + unit + " = " + with_commas(t.reported) + " reported + " +
           with_commas(t.recognized) + " recognized + " + with_commas(t.unrecognized) + " unrecognized";
    if (t.with_problems) out += "; " + with_commas(t.with_problems) + " need a look";
    out += "\n";
  }
  size_t shown = 0, needing = 0;
  for (const auto& in : inputs_) {
    if (!in.unreadable && in.problems.empty() && in.unrecognized == 0) continue;  // as InputTotals::with_problems
    ++needing;
    if (shown < kTextListedInputs) {
      if (shown == 0) out += "  Inputs that need a look:\n";
      describe(in);
      ++shown;
    }
  }
  uint64_t unlisted_needing = 0;
  for (const InputTotals& t : unlisted_) unlisted_needing += t.with_problems;
  if (needing + unlisted_needing > shown)
    out += "  ... and " + with_commas(needing + unlisted_needing - shown) +
           " more that need a look (their problems were said on stderr; --format json lists the first " +
           with_commas(kMaxListedInputs) + " inputs one by one)\n";
  return out;
}

}  // namespace mailtriage
