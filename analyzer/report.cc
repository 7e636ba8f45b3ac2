#include "analyzer/report.h"

#include <algorithm>
#include <array>
#include <ctime>

namespace mailtriage {

void CountTable::add(std::string_view key, uint64_t n) {
  if (index_.empty()) index_.assign(16, 0);
  const uint64_t hash = hash_text(key);
  size_t mask = index_.size() - 1, i = size_t(hash) & mask;
  for (; index_[i] != 0; i = (i + 1) & mask) {
    Row& row = rows_[index_[i] - 1];
    if (row.hash == hash && row.key == key) {
      row.count += n;
      return;
    }
  }
  if (rows_.size() >= limit_) {
    overflow_ += n;
    return;
  }
  rows_.push_back(Row{std::string(key), n, hash});
  index_[i] = uint32_t(rows_.size());
  if (rows_.size() * 2 > index_.size()) grow();
}

void CountTable::grow() {
  index_.assign(index_.size() * 2, 0);
  const size_t mask = index_.size() - 1;
  for (size_t r = 0; r < rows_.size(); ++r) {
    size_t i = size_t(rows_[r].hash) & mask;
    while (index_[i] != 0) i = (i + 1) & mask;
    index_[i] = uint32_t(r + 1);
  }
}

std::vector<std::pair<std::string, uint64_t>> CountTable::top(size_t top) const {
  std::vector<std::pair<std::string, uint64_t>> rows;
  rows.reserve(rows_.size());
  for (const Row& row : rows_) rows.emplace_back(row.key, row.count);
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (top && rows.size() > top) rows.resize(top);
  return rows;
}

namespace {

// Hour of day in local time; localtime_r is costly, so the last hour is cached.
int local_hour(int64_t epoch_us) {
  static thread_local int64_t cached_hour = INT64_MIN;
  static thread_local int cached_value = 0;
  int64_t h = epoch_us / 3600000000LL;
  if (h != cached_hour) {
    std::time_t t = std::time_t(epoch_us / 1000000);
    std::tm tm{};
    localtime_r(&t, &tm);
    cached_hour = h;
    cached_value = tm.tm_hour;
  }
  return cached_value;
}

bool is_failure(Action a) {
  return a == Action::bounced || a == Action::deferred || a == Action::expired || a == Action::rejected ||
         a == Action::failed;
}

}  // namespace

uint64_t Report::failures() const {
  uint64_t n = 0;
  for (size_t i = 0; i < actions_.size(); ++i)
    if (is_failure(Action(i))) n += actions_[i];
  return n;
}

const std::string& Report::normalized(std::string_view diagnostic) {
  if (normalized_.empty()) normalized_.resize(kNormalizedSlots);
  NormalizedSlot& slot = normalized_[hash_text(diagnostic) % kNormalizedSlots];
  if (slot.text == diagnostic) return slot.normalized;
  slot.text.assign(diagnostic);
  normalize_diagnostic_into(diagnostic, slot.normalized);
  return slot.normalized;
}

void Report::count_action(Action action, const Timestamp& time) {
  ++actions_[size_t(action)];
  if (time.valid) {
    first_us_ = std::min(first_us_, time.epoch_us);
    last_us_ = std::max(last_us_, time.epoch_us);
    if (action != Action::diagnosis) ++hours_[size_t(local_hour(time.epoch_us))][size_t(action)];
  }
}

void Report::add_event(const Event& e) {
  count_action(e.action, e.time);
  const bool failure = is_failure(e.action), message = e.scope == kScopeMessage;
  if (!failure && !message) return;  // delivered log lines: totals only

  Cause cause = Cause::other;
  cause_from_name(e.cause, &cause);
  const std::string_view rcpt_domain = domain_of_address(e.to_address);
  if (failure) {
    ++causes_[size_t(cause)];
    if (cause_remediation_[size_t(cause)].empty()) cause_remediation_[size_t(cause)] = cause_remediation(cause);
    if (!e.reason.empty()) reasons_.add(e.reason);
    if (!e.rule_id.empty()) rules_.add(e.rule_id);
    if (e.reply_code) {
      char buf[4] = {char('0' + e.reply_code / 100), char('0' + e.reply_code / 10 % 10), char('0' + e.reply_code % 10), 0};
      reply_codes_.add(std::string_view(buf, 3));
    }
    if (!e.enhanced_status.empty()) statuses_.add(e.enhanced_status);
    if (!rcpt_domain.empty()) domains_by_cause_[size_t(cause)].add(rcpt_domain);
    if (!e.destination_domain.empty()) relays_by_cause_[size_t(cause)].add(e.destination_domain);
    else if (!e.destination_ip.empty()) relays_by_cause_[size_t(cause)].add(e.destination_ip);
    // Who is failing to log in or to negotiate TLS with our servers.
    std::string_view source = !e.source_ip.empty() ? e.source_ip : e.source_domain;
    if (e.action == Action::failed && !source.empty()) {
      if (cause == Cause::authentication) sasl_sources_.add(source);
      else if (cause == Cause::tls_mismatch) tls_sources_.add(source);
    }
  }
  if (message) {
    ++bounce_events_;
    if (!e.reason.empty()) bounce_reasons_.add(e.reason);
    if (!e.cause.empty()) bounce_causes_.add(e.cause);
    if (!rcpt_domain.empty()) bounce_domains_.add(rcpt_domain);
    if (!e.host_name.empty()) bounce_reporting_mta_.add(e.host_name);
    if (failure) (e.hard == Tristate::yes ? bounce_hard_ : bounce_soft_)++;
  }
  // Bounce texts and log texts are kept apart: they read differently.
  if (failure && !e.diagnostic.empty()) {
    (message ? bounce_diagnostics_ : diagnostics_).add(normalized(e.diagnostic));
  }
}

void Report::add_tally(Tally t, const Timestamp& time) {
  ++tallies_[size_t(t)];
  (void)time;
}

void InputTotals::add(const InputAccount& in) {
  ++files;
  unreadable += in.unreadable;
  with_problems += in.unreadable || !in.problems.empty() || in.unrecognized > 0;
  bytes += in.bytes, units += in.units, reported += in.reported, recognized += in.recognized;
  unrecognized += in.unrecognized, events += in.events, outside_window += in.outside_window;
}

void InputTotals::add(const InputTotals& o) {
  files += o.files, unreadable += o.unreadable, with_problems += o.with_problems;
  bytes += o.bytes, units += o.units, reported += o.reported, recognized += o.recognized;
  unrecognized += o.unrecognized, events += o.events, outside_window += o.outside_window;
}

void Report::add_input(InputAccount account) {
  input_totals_.add(account);
  if (account.messages) input_message_units_ += account.units;
  else input_line_units_ += account.units;
  if (inputs_.size() < kMaxListedInputs) {
    account.pending_stderr.clear();
    inputs_.push_back(std::move(account));
    return;
  }
  InputTotals one;
  one.format = account.format;
  one.compression = account.compression;
  one.messages = account.messages;
  one.add(account);
  auto same = std::find_if(unlisted_.begin(), unlisted_.end(), [&](const InputTotals& u) { return u.same_kind(one); });
  if (same == unlisted_.end()) unlisted_.push_back(std::move(one));
  else same->add(one);
}

namespace {

// Characters of an address's local part or domain (what an '@' takes with it).
constexpr std::array<bool, 256> kAddressChar = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                   c == '-' || c == '_' || c == '+' || c == '=';
  return t;
}();
// Characters that need more than a copy: the start of an address or a number,
// and white space other than a single blank.
constexpr std::array<bool, 256> kSpecialChar = [] {
  std::array<bool, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[size_t(c)] = true;
  t['@'] = t['\t'] = t['\r'] = t['\n'] = true;
  return t;
}();

}  // namespace

std::string normalize_diagnostic(std::string_view text, size_t max_len) {
  std::string out;
  normalize_diagnostic_into(text, out, max_len);
  return out;
}

void normalize_diagnostic_into(std::string_view text, std::string& out, size_t max_len) {
  out.clear();
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = 0;
  while (i < n && out.size() < max_len) {
    // Ordinary text is copied a run at a time; a run stops before anything
    // special and before a blank that would follow a blank.
    size_t limit = std::min(n, i + (max_len - out.size()));
    char prev = out.empty() ? '\0' : out.back();
    size_t j = i;
    while (j < limit) {
      char ch = p[j];
      if (kSpecialChar[static_cast<unsigned char>(ch)] || (ch == ' ' && prev == ' ')) break;
      prev = ch;
      ++j;
    }
    if (j > i) {
      out.append(p + i, j - i);
      i = j;
      continue;
    }
    char c = p[i];
    if (c == '@') {  // an address: drop its local part already copied, skip its domain
      while (!out.empty() && kAddressChar[static_cast<unsigned char>(out.back())]) out.pop_back();
      out += "<addr>";
      ++i;
      while (i < n && kAddressChar[static_cast<unsigned char>(p[i])]) ++i;
      if (out.size() >= 7 && out[out.size() - 7] == '<' && i < n && p[i] == '>') {
        // "<<addr>>" -> "<addr>"
        out.erase(out.size() - 7, 1);
        ++i;
      }
      continue;
    }
    if (c >= '0' && c <= '9') {  // numbers and dotted quads longer than a code become '#'
      size_t k = i, dots = 0;
      for (; k < n && ((p[k] >= '0' && p[k] <= '9') || p[k] == '.' || p[k] == ':'); ++k) dots += p[k] == '.';
      size_t len = k - i;
      if (len > 5 && !(dots == 2 && len <= 9)) out += '#';  // keep "5.1.1" and "4.7.650"
      else out.append(p + i, len);
      i = k;
      continue;
    }
    // White space: one blank for any run of blanks, tabs and line ends.
    if (out.empty() || out.back() != ' ') out.push_back(' ');
    ++i;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
}
}  // namespace mailtriage
