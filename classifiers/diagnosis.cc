#include "classifiers/diagnosis.h"

#include "parsers/short_text.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <set>
#include <unordered_map>

namespace mailtriage {
namespace {

constexpr int64_t kHourUs = int64_t(3600) * 1000000;
constexpr size_t kMaxHostsPerHour = 64;
constexpr size_t kMaxHours = 24 * 400;
constexpr size_t kMaxSources = 100000;
constexpr size_t kBurstSize = 10;                      // failures ...
constexpr int64_t kBurstWindowUs = int64_t(600) * 1000000;  // ... within ten minutes

// A failure's text, ASCII-lowercased once, for the wording checks below
// (their needles are lowercase); the buffer is reused from event to event.
class LoweredText {
 public:
  void reset(std::string_view text) {
    text_ = text;
    done_ = false;
  }
  bool contains(std::string_view needle) {
    if (!done_) {
      lower_.resize(text_.size());
      lower_ascii(text_.data(), text_.size(), lower_.data());
      done_ = true;
    }
    return find_substring(lower_, needle, 0) != std::string_view::npos;
  }

 private:
  std::string_view text_;
  std::string lower_;
  bool done_ = false;
};

// "mx1.mail.example.co.uk" and "mx2.mail.example.co.uk" are not unrelated: compare the last two
// labels (three when the second-level label is short, as in co.uk).
std::string site_of(std::string_view host) {
  size_t last = host.rfind('.');
  if (last == std::string_view::npos || last == 0) return std::string(host);
  size_t second = host.rfind('.', last - 1);
  if (second == std::string_view::npos) return std::string(host);
  if (last - second - 1 <= 3) {
    size_t third = second ? host.rfind('.', second - 1) : std::string_view::npos;
    if (third != std::string_view::npos) return std::string(host.substr(third + 1));
  }
  return std::string(host.substr(second + 1));
}

std::string host_of(const Event& e) {
  if (!e.destination_domain.empty()) return std::string(e.destination_domain);
  if (!e.destination_ip.empty()) return std::string(e.destination_ip);
  return {};
}

bool is_delivery_attempt(Action a) {
  return a == Action::delivered || a == Action::deferred || a == Action::bounced || a == Action::failed;
}

std::string format_time(int64_t us) {
  std::time_t t = std::time_t(us / 1000000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
  return buf;
}

struct HourStats {
  uint64_t attempts = 0, delivered = 0;
  uint64_t port25_delivered = 0;  // port 25 working rules a block out
  uint64_t port25_timeouts = 0;
  std::set<std::string> port25_hosts;
  uint64_t dns_temporary = 0;
  std::set<std::string> dns_domains;
};

struct SourceStats {
  uint64_t failures = 0;
  int64_t first_us = 0, last_us = 0;
  std::array<int64_t, kBurstSize> recent{};  // ring of the last failure times
  size_t next = 0;
  size_t longest_burst = 0;  // most failures seen inside one window
};

struct TlsModeStats {
  uint64_t count = 0;
  std::set<std::string> hosts;
  int64_t first_us = INT64_MAX, last_us = INT64_MIN;
};

}  // namespace

struct DiagnosisEngine::State {
  std::map<int64_t, HourStats> hours;
  std::unordered_map<std::string, SourceStats> sasl_sources;
  uint64_t account_locks = 0;
  TlsModeStats implicit_on_starttls, plain_on_implicit;
  std::map<std::string, std::map<int64_t, uint64_t>> rate_limits;  // provider -> hour -> deferrals
  LoweredText lowered;  // the current event's text

  HourStats* hour(const Timestamp& time) {
    if (!time.valid) return nullptr;
    int64_t h = time.epoch_us / kHourUs;
    auto it = hours.find(h);
    if (it == hours.end()) {
      if (hours.size() >= kMaxHours) return nullptr;
      it = hours.emplace(h, HourStats()).first;
    }
    return &it->second;
  }
};

DiagnosisEngine::DiagnosisEngine() : state_(std::make_unique<State>()) {}
DiagnosisEngine::~DiagnosisEngine() = default;

unsigned destination_port_of(const Event& e) {
  return e.destination_port ? e.destination_port : port_named_in(e.diagnostic);
}

unsigned port_named_in(std::string_view t) {
  for (size_t i = t.find(':'); i != std::string_view::npos; i = t.find(':', i + 1)) {
    size_t j = i + 1;
    unsigned port = 0;
    while (j < t.size() && t[j] >= '0' && t[j] <= '9' && j - i <= 5) port = port * 10 + unsigned(t[j++] - '0');
    if (j > i + 1 && (j == t.size() || t[j] == ':' || t[j] == ' ' || t[j] == ',' || t[j] == ')')) {
      if (i > 0 && (t[i - 1] == ']' || (t[i - 1] >= 'a' && t[i - 1] <= 'z') || (t[i - 1] >= '0' && t[i - 1] <= '9')))
        return port;
    }
  }
  return 0;
}

void DiagnosisEngine::observe_delivery(const Timestamp& time, unsigned port) {
  if (HourStats* h = state_->hour(time)) {
    ++h->attempts;
    ++h->delivered;
    if (port == 25) ++h->port25_delivered;
  }
}

void DiagnosisEngine::observe(const Event& e) {
  State& s = *state_;
  if (e.action == Action::delivered && e.scope != kScopeMessage) {
    observe_delivery(e.time, destination_port_of(e));
    return;  // not a failure: nothing below applies
  }
  HourStats* h = s.hour(e.time);
  std::string_view text = e.diagnostic;
  if (h && is_delivery_attempt(e.action) && e.scope != kScopeMessage) ++h->attempts;
  bool failure = e.action == Action::deferred || e.action == Action::failed || e.action == Action::bounced ||
                 e.action == Action::expired;
  if (!failure) return;
  unsigned port = destination_port_of(e);
  LoweredText& lowered = s.lowered;
  lowered.reset(text);
  auto contains_nocase = [&](std::string_view, std::string_view needle) { return lowered.contains(needle); };

  // Outbound port 25 timing out.
  if (h && port == 25 && (contains_nocase(text, "timed out") || contains_nocase(text, "etimedout"))) {
    ++h->port25_timeouts;
    std::string host = host_of(e);
    if (!host.empty() && h->port25_hosts.size() < kMaxHostsPerHour) h->port25_hosts.insert(host);
  }
  // The resolver failing temporarily (not a domain that does not exist).
  if (h && e.cause == "dns" &&
      (contains_nocase(text, "try again") || contains_nocase(text, "temporary failure in name resolution") ||
       contains_nocase(text, "eai_again") || contains_nocase(text, "servfail"))) {
    ++h->dns_temporary;
    std::string_view rcpt_domain = domain_of_address(e.to_address);
    std::string domain = !rcpt_domain.empty() ? std::string(rcpt_domain) : host_of(e);
    if (!domain.empty() && h->dns_domains.size() < kMaxHostsPerHour) h->dns_domains.insert(domain);
  }
  // TLS spoken in the wrong mode for the port.
  auto note_tls = [&](TlsModeStats& t) {
    ++t.count;
    std::string host = host_of(e);
    if (!host.empty() && t.hosts.size() < kMaxHostsPerHour) t.hosts.insert(host + ":" + std::to_string(port));
    if (e.time.valid) t.first_us = std::min(t.first_us, e.time.epoch_us), t.last_us = std::max(t.last_us, e.time.epoch_us);
  };
  if ((port == 587 || port == 25) && contains_nocase(text, "wrong version number")) note_tls(s.implicit_on_starttls);
  if (port == 465 && (contains_nocase(text, "greeting") ||
                      contains_nocase(text, "unexpected eof") || contains_nocase(text, "connection unexpectedly closed")))
    note_tls(s.plain_on_implicit);

  // Login failures by source (our servers being probed) and the lock that follows.
  if (e.cause == "authentication") {
    std::string_view source = !e.source_ip.empty() ? e.source_ip : e.source_domain;
    if (!source.empty() && e.time.valid) {
      auto it = s.sasl_sources.find(std::string(source));
      if (it == s.sasl_sources.end() && s.sasl_sources.size() < kMaxSources)
        it = s.sasl_sources.emplace(std::string(source), SourceStats()).first;
      if (it != s.sasl_sources.end()) {
        SourceStats& src = it->second;
        int64_t t = e.time.epoch_us;
        if (src.failures == 0) src.first_us = t;
        src.last_us = t;
        ++src.failures;
        src.recent[src.next] = t;
        src.next = (src.next + 1) % kBurstSize;
        size_t in_window = 0;
        for (size_t k = 0; k < std::min<uint64_t>(src.failures, kBurstSize); ++k)
          in_window += t - src.recent[k] <= kBurstWindowUs;
        src.longest_burst = std::max(src.longest_burst, in_window);
      }
    }
    if (contains_nocase(text, "too many login attempts") || contains_nocase(text, "account is locked") ||
        contains_nocase(text, "account locked") || contains_nocase(text, "temporarily locked") ||
        contains_nocase(text, "too many failed"))
      ++s.account_locks;
  }

  // Rate limits per provider, by hour.
  if (e.cause == "rate_limit" && e.time.valid) {
    std::string host = host_of(e);
    if (host.empty()) host = std::string(domain_of_address(e.to_address));
    if (!host.empty() && (s.rate_limits.size() < 10000 || s.rate_limits.count(site_of(host))))
      ++s.rate_limits[site_of(host)][e.time.epoch_us / kHourUs];
  }
}

std::vector<Diagnosis> DiagnosisEngine::finish() const {
  const State& s = *state_;
  std::vector<Diagnosis> out;

  // 1. Port 25 blocked: timeouts to many unrelated hosts within one hour.
  {
    Diagnosis d;
    std::set<std::string> hosts, sites;
    int64_t first = INT64_MAX, last = INT64_MIN;
    uint64_t timeouts = 0, delivered = 0;
    for (const auto& [hour, st] : s.hours) {
      std::set<std::string> hour_sites;
      for (const auto& host : st.port25_hosts) hour_sites.insert(site_of(host));
      // Deliveries over port 25 in the same hour prove the port is open: the timeouts are the remotes'.
      if (st.port25_hosts.size() < 5 || hour_sites.size() < 3 || st.port25_delivered * 10 > st.port25_timeouts) continue;
      timeouts += st.port25_timeouts;
      delivered += st.delivered;
      hosts.insert(st.port25_hosts.begin(), st.port25_hosts.end());
      sites.insert(hour_sites.begin(), hour_sites.end());
      first = std::min(first, hour * kHourUs);
      last = std::max(last, (hour + 1) * kHourUs);
    }
    if (timeouts) {
      d.id = "diagnosis.isp_port25_block";
      d.cause = "isp_port_block";
      d.title = "Outbound port 25 is blocked: connections to many unrelated mail servers time out";
      d.count = timeouts;
      d.window_start_us = first, d.window_end_us = last;
      d.hosts.assign(hosts.begin(), hosts.end());
      if (d.hosts.size() > 10) d.hosts.resize(10);
      // Other traffic working in the same hours means the network is up: the block is on port 25.
      d.confidence = delivered > 0 ? 0.9 : 0.7;
      d.evidence = std::to_string(timeouts) + " port-25 connection timeouts to " + std::to_string(hosts.size()) +
                   " hosts of " + std::to_string(sites.size()) + " unrelated sites between " + format_time(first) +
                   " and " + format_time(last) + "; " + std::to_string(delivered) +
                   " deliveries succeeded in the same hours" +
                   (delivered ? " (the network works, port 25 does not)" : " (nothing else got through either)");
      d.remediation =
          "Unrelated receivers do not all go down at once: the network in front of this host drops outbound "
          "port 25. Confirm with `nc -vz <an MX host> 25` (times out) and `nc -vz <your provider's submission "
          "host> 587` (connects). Relay through a smarthost on 587/465 with authentication, or ask the "
          "hosting provider to lift the port-25 block.";
      out.push_back(std::move(d));
    }
  }

  // 2. The local resolver is broken: temporary DNS failures for many domains at once.
  {
    std::set<std::string> domains;
    uint64_t failures = 0, attempts = 0;
    int64_t first = INT64_MAX, last = INT64_MIN;
    for (const auto& [hour, st] : s.hours) {
      if (st.dns_domains.size() < 5 || st.dns_temporary * 2 < st.attempts) continue;
      failures += st.dns_temporary;
      attempts += st.attempts;
      domains.insert(st.dns_domains.begin(), st.dns_domains.end());
      first = std::min(first, hour * kHourUs);
      last = std::max(last, (hour + 1) * kHourUs);
    }
    if (failures) {
      Diagnosis d;
      d.id = "diagnosis.local_resolver_broken";
      d.cause = "dns";
      d.title = "The local DNS resolver is failing: lookups for many unrelated domains fail at once";
      d.count = failures;
      d.window_start_us = first, d.window_end_us = last;
      d.hosts.assign(domains.begin(), domains.end());
      if (d.hosts.size() > 10) d.hosts.resize(10);
      d.confidence = std::min(0.95, 0.6 + 0.05 * double(domains.size()));
      d.evidence = std::to_string(failures) + " temporary lookup failures for " + std::to_string(domains.size()) +
                   " domains between " + format_time(first) + " and " + format_time(last) + " (" +
                   std::to_string(attempts) + " delivery attempts in those hours)";
      d.remediation =
          "When every destination fails to resolve at once the fault is local, not the recipients' domains: "
          "check /etc/resolv.conf (and a chroot's copy, e.g. /var/spool/postfix/etc/resolv.conf), that the "
          "resolver answers (`dig MX gmail.com @<resolver>`), and the container's or host's DNS settings.";
      out.push_back(std::move(d));
    }
  }

  // 3. TLS spoken in the wrong mode for the port.
  auto tls = [&](const TlsModeStats& t, const char* id, const char* title, const char* remedy) {
    if (!t.count) return;
    Diagnosis d;
    d.id = id;
    d.cause = "tls_mismatch";
    d.title = title;
    d.count = t.count;
    d.window_start_us = t.first_us == INT64_MAX ? 0 : t.first_us;
    d.window_end_us = t.last_us == INT64_MIN ? 0 : t.last_us;
    d.hosts.assign(t.hosts.begin(), t.hosts.end());
    d.confidence = t.count >= 3 ? 0.9 : 0.75;
    d.evidence = std::to_string(t.count) + " failures" +
                 (d.hosts.empty() ? std::string() : " with " + std::to_string(d.hosts.size()) + " host:port pairs");
    d.remediation = remedy;
    out.push_back(std::move(d));
  };
  tls(s.implicit_on_starttls, "diagnosis.implicit_tls_on_starttls_port",
      "Implicit TLS was spoken to a STARTTLS port (\"wrong version number\" on 587 or 25)",
      "The client started TLS immediately on a port that expects plain text followed by STARTTLS. Use "
      "STARTTLS on 587 (nodemailer secure:false, Python SMTP()+starttls(), msmtp tls_starttls on), or "
      "switch to port 465 for implicit TLS.");
  tls(s.plain_on_implicit, "diagnosis.plaintext_on_implicit_tls_port",
      "Plain text was spoken to the implicit-TLS port 465 (no greeting arrives)",
      "Port 465 expects TLS from the first byte; a client waiting for a plain greeting there waits forever. "
      "Enable implicit TLS (nodemailer secure:true, Python SMTP_SSL, msmtp tls_starttls off; a relayhost on 465: "
      "Postfix smtp_tls_wrappermode = yes with smtp_tls_security_level = encrypt, Exim protocol = smtps), or use "
      "587 with STARTTLS.");

  // 4. Password guessing: bursts of login failures from one source.
  {
    std::vector<std::pair<std::string, const SourceStats*>> bursts;
    uint64_t failures = 0;
    int64_t first = INT64_MAX, last = INT64_MIN;
    for (const auto& [src, st] : s.sasl_sources) {
      if (st.longest_burst < kBurstSize) continue;
      bursts.emplace_back(src, &st);
      failures += st.failures;
      first = std::min(first, st.first_us);
      last = std::max(last, st.last_us);
    }
    if (!bursts.empty()) {
      std::sort(bursts.begin(), bursts.end(), [](auto& a, auto& b) {
        return a.second->failures != b.second->failures ? a.second->failures > b.second->failures : a.first < b.first;
      });
      Diagnosis d;
      d.id = "diagnosis.sasl_password_guessing";
      d.cause = "authentication";
      d.title = "Password guessing: bursts of login failures from the same address";
      d.count = failures;
      d.window_start_us = first, d.window_end_us = last;
      for (size_t i = 0; i < bursts.size() && i < 10; ++i)
        d.hosts.push_back(bursts[i].first + " (" + std::to_string(bursts[i].second->failures) + ")");
      d.confidence = bursts.front().second->failures >= 50 ? 0.95 : 0.8;
      d.evidence = std::to_string(bursts.size()) + " source(s) with at least " + std::to_string(kBurstSize) +
                   " failures within ten minutes, " + std::to_string(failures) + " failures in all" +
                   (s.account_locks ? "; " + std::to_string(s.account_locks) + " account-lock replies followed" : "");
      d.remediation =
          "These are not users mistyping: block the sources (fail2ban's postfix-sasl jail, or a firewall rule), "
          "keep AUTH off port 25, require strong passwords, and check whether any account was locked or "
          "had a successful login from the same addresses.";
      out.push_back(std::move(d));
    }
    if (s.account_locks) {
      Diagnosis d;
      d.id = "diagnosis.account_locked_after_failures";
      d.cause = "authentication";
      d.title = "An account was locked after repeated login failures";
      d.count = s.account_locks;
      d.confidence = 0.8;
      d.evidence = std::to_string(s.account_locks) + " replies said too many login attempts or a locked account";
      d.remediation =
          "Stop the client from retrying with the wrong password (every retry extends the lock), fix the "
          "credentials (app password or OAuth2 where two-factor sign-in is on), then wait for the lock to "
          "clear or unlock the account in the provider's web interface.";
      out.push_back(std::move(d));
    }
  }

  // 5. Rate limits from one provider climbing through the day.
  for (const auto& [provider, hours] : s.rate_limits) {
    uint64_t total = 0;
    for (auto& [h, n] : hours) total += n;
    if (total < 10 || hours.size() < 3) continue;
    int64_t first_hour = hours.begin()->first, last_hour = hours.rbegin()->first;
    int64_t mid = first_hour + (last_hour - first_hour + 1) / 2;
    uint64_t early = 0, late = 0;
    for (auto& [h, n] : hours) (h < mid ? early : late) += n;
    if (late < 2 * early || late < 5) continue;
    Diagnosis d;
    d.id = "diagnosis.rate_limit_climbing";
    d.cause = "rate_limit";
    d.title = "Rate-limit deferrals from " + provider + " are climbing";
    d.count = total;
    d.window_start_us = first_hour * kHourUs, d.window_end_us = (last_hour + 1) * kHourUs;
    d.hosts.push_back(provider);
    d.confidence = late >= 4 * std::max<uint64_t>(early, 1) ? 0.85 : 0.7;
    d.evidence = std::to_string(total) + " rate-limit deferrals between " + format_time(d.window_start_us) + " and " +
                 format_time(d.window_end_us) + ": " + std::to_string(early) + " in the first half, " +
                 std::to_string(late) + " in the second";
    d.remediation =
        "The provider is throttling harder as the day goes on: lower concurrency and the per-destination rate "
        "for it (Postfix: a transport with smtp_destination_concurrency_limit and "
        "smtp_destination_rate_delay), spread bulk sends, and check the sending IP's reputation with the provider.";
    out.push_back(std::move(d));
  }

  std::stable_sort(out.begin(), out.end(), [](const Diagnosis& a, const Diagnosis& b) { return a.confidence > b.confidence; });
  return out;
}

Event diagnosis_event(const Diagnosis& d) {
  Event e;
  e.action = Action::diagnosis;
  e.scope = kScopeAll;
  e.dataset = "mailtriage.diagnosis";
  if (d.window_start_us) e.time = Timestamp{d.window_start_us, true, false};
  e.rule_id = d.id;
  e.cause = d.cause;
  e.reason = d.id.size() > 10 ? std::string_view(d.id).substr(10) : std::string_view(d.id);
  e.remediation = d.remediation;
  e.evidence = "context";
  e.diagnosis_detail = d.evidence;
  e.diagnostic = d.title;
  e.confidence = d.confidence;
  return e;
}

}  // namespace mailtriage
