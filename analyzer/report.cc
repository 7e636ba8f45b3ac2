#include "analyzer/report.h"

#include <algorithm>
#include <ctime>

namespace mailtriage {

void CountTable::add(std::string_view key, uint64_t n) {
  auto it = counts_.find(key);
  if (it != counts_.end()) {
    it->second += n;
  } else if (counts_.size() < limit_) {
    counts_.emplace(std::string(key), n);
  } else {
    overflow_ += n;
  }
}

void CountTable::merge(const CountTable& other) {
  for (const auto& [k, v] : other.counts_) add(k, v);
  overflow_ += other.overflow_;
}

std::vector<std::pair<std::string, uint64_t>> CountTable::top(size_t top) const {
  std::vector<std::pair<std::string, uint64_t>> rows(counts_.begin(), counts_.end());
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

std::string_view domain_of(std::string_view address) {
  size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(at + 1);
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

void Report::add_event(const Event& e) {
  ++actions_[size_t(e.action)];
  if (e.time.valid) {
    first_us_ = std::min(first_us_, e.time.epoch_us);
    last_us_ = std::max(last_us_, e.time.epoch_us);
    if (e.action != Action::diagnosis) ++hours_[size_t(local_hour(e.time.epoch_us))][size_t(e.action)];
  }
  if (!is_failure(e.action) && e.scope != kScopeMessage) return;  // delivered log lines: totals only

  Cause cause = Cause::other;
  cause_from_name(e.cause, &cause);
  if (is_failure(e.action)) {
    ++causes_[size_t(cause)];
    if (cause_remediation_[size_t(cause)].empty()) cause_remediation_[size_t(cause)] = cause_remediation(cause);
    if (!e.reason.empty()) reasons_.add(e.reason);
    if (!e.rule_id.empty()) rules_.add(e.rule_id);
    if (e.reply_code) {
      char buf[4] = {char('0' + e.reply_code / 100), char('0' + e.reply_code / 10 % 10), char('0' + e.reply_code % 10), 0};
      reply_codes_.add(std::string_view(buf, 3));
    }
    if (!e.enhanced_status.empty()) statuses_.add(e.enhanced_status);
    std::string_view rcpt_domain = domain_of(e.to_address);
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
  if (e.scope == kScopeMessage) {
    ++bounce_events_;
    if (!e.reason.empty()) bounce_reasons_.add(e.reason);
    if (!e.cause.empty()) bounce_causes_.add(e.cause);
    if (!e.diagnostic.empty() && is_failure(e.action)) bounce_diagnostics_.add(normalize_diagnostic(e.diagnostic));
    std::string_view rcpt_domain = domain_of(e.to_address);
    if (!rcpt_domain.empty()) bounce_domains_.add(rcpt_domain);
    if (!e.host_name.empty()) bounce_reporting_mta_.add(e.host_name);
    if (is_failure(e.action)) (e.hard == Tristate::yes ? bounce_hard_ : bounce_soft_)++;
  }
  if (!e.diagnostic.empty() && is_failure(e.action) && e.scope != kScopeMessage)
    diagnostics_.add(normalize_diagnostic(e.diagnostic));
}

void Report::add_tally(Tally t, const Timestamp& time) {
  ++tallies_[size_t(t)];
  (void)time;
}

void Report::merge(Report&& o) {
  for (size_t i = 0; i < actions_.size(); ++i) actions_[i] += o.actions_[i];
  for (size_t i = 0; i < tallies_.size(); ++i) tallies_[i] += o.tallies_[i];
  for (size_t i = 0; i < kCauses; ++i) {
    causes_[i] += o.causes_[i];
    if (cause_remediation_[i].empty()) cause_remediation_[i] = o.cause_remediation_[i];
    domains_by_cause_[i].merge(o.domains_by_cause_[i]);
    relays_by_cause_[i].merge(o.relays_by_cause_[i]);
  }
  const std::pair<CountTable*, const CountTable*> tables[] = {
      {&reasons_, &o.reasons_},           {&reply_codes_, &o.reply_codes_},
      {&statuses_, &o.statuses_},         {&rules_, &o.rules_},
      {&sasl_sources_, &o.sasl_sources_}, {&tls_sources_, &o.tls_sources_},
      {&bounce_reasons_, &o.bounce_reasons_}, {&bounce_domains_, &o.bounce_domains_},
      {&bounce_causes_, &o.bounce_causes_},   {&bounce_diagnostics_, &o.bounce_diagnostics_},
      {&bounce_reporting_mta_, &o.bounce_reporting_mta_}, {&diagnostics_, &o.diagnostics_}};
  for (auto [mine, theirs] : tables) mine->merge(*theirs);
  for (size_t h = 0; h < 24; ++h)
    for (size_t a = 0; a < 10; ++a) hours_[h][a] += o.hours_[h][a];
  bounce_hard_ += o.bounce_hard_;
  bounce_events_ += o.bounce_events_;
  bounce_soft_ += o.bounce_soft_;
  first_us_ = std::min(first_us_, o.first_us_);
  last_us_ = std::max(last_us_, o.last_us_);
  for (auto& in : o.inputs_) inputs_.push_back(std::move(in));
}

std::string normalize_diagnostic(std::string_view text, size_t max_len) {
  std::string out;
  out.reserve(std::min(text.size(), max_len) + 8);
  size_t i = 0;
  auto is_addr_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '_' || c == '+' || c == '=';
  };
  while (i < text.size() && out.size() < max_len) {
    char c = text[i];
    if (c == '@') {  // an address: drop its local part already copied, skip its domain
      while (!out.empty() && is_addr_char(out.back())) out.pop_back();
      out += "<addr>";
      ++i;
      while (i < text.size() && is_addr_char(text[i])) ++i;
      if (out.size() >= 7 && out[out.size() - 7] == '<' && i < text.size() && text[i] == '>') {
        // "<<addr>>" -> "<addr>"
        out.erase(out.size() - 7, 1);
        ++i;
      }
      continue;
    }
    if (c >= '0' && c <= '9') {  // numbers and dotted quads longer than a code become '#'
      size_t j = i;
      while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == '.' || text[j] == ':')) ++j;
      std::string_view tok = text.substr(i, j - i);
      size_t dots = 0;
      for (char d : tok) dots += d == '.';
      if (tok.size() > 5 && !(dots == 2 && tok.size() <= 9)) {  // keep "5.1.1" and "4.7.650"
        out += '#';
        i = j;
        continue;
      }
      out.append(tok);
      i = j;
      continue;
    }
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') {
      ++i;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace mailtriage
