// Cross-event diagnoses, each from generated event streams: the pattern
// present gives the diagnosis, a lookalike that is not the pattern does not.
#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "classifiers/diagnosis.h"

namespace mailtriage {
namespace {

constexpr int64_t kBase = int64_t(1732700000) * 1000000;  // 2024-11-27T09:33:20Z
constexpr int64_t kMinute = int64_t(60) * 1000000;

struct Feed {
  DiagnosisEngine engine;
  std::deque<std::string> keep;  // events are views; a deque never moves its strings
  void event(Action action, int64_t at, std::string_view cause, std::string text, std::string host = {},
             uint16_t port = 0, std::string to = {}, std::string source = {}) {
    keep.push_back(std::move(text));
    std::string_view t = keep.back();
    keep.push_back(std::move(host));
    std::string_view h = keep.back();
    keep.push_back(std::move(to));
    std::string_view r = keep.back();
    keep.push_back(std::move(source));
    std::string_view s = keep.back();
    Event e;
    e.action = action;
    e.time = Timestamp{at, true, false};
    e.cause = cause;
    e.diagnostic = t;
    e.destination_domain = h;
    e.destination_port = port;
    e.to_address = r;
    e.source_ip = s;
    engine.observe(e);
  }
  std::vector<std::string> ids() {
    std::vector<std::string> out;
    for (const Diagnosis& d : engine.finish()) out.push_back(d.id);
    return out;
  }
  const Diagnosis* find(const std::string& id) {
    static std::vector<Diagnosis> last;
    last = engine.finish();
    for (const Diagnosis& d : last)
      if (d.id == id) return &d;
    return nullptr;
  }
};

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST(Diagnosis, Port25TimeoutsToManyUnrelatedHostsWhileOtherMailFlowsIsAnIspBlock) {
  Feed f;
  const char* hosts[] = {"gmail-smtp-in.l.google.com", "mx1.mail.yahoo.com", "mx.example.org", "mail.example.net",
                         "mx00.ionos.de", "mx.posteo.de", "aspmx2.googlemail.com", "mx.yandex.ru"};
  for (int i = 0; i < 16; ++i)
    f.event(Action::deferred, kBase + i * kMinute, "server_unavailable",
            std::string("connect to ") + hosts[i % 8] + "[192.0.2.1]:25: Connection timed out", hosts[i % 8], 25);
  f.event(Action::delivered, kBase + 5 * kMinute, "none", "250 2.0.0 Ok", "smtp.relay.example.com", 587);
  const Diagnosis* d = f.find("diagnosis.isp_port25_block");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->cause, "isp_port_block");
  EXPECT_GE(d->confidence, 0.85);
  EXPECT_EQ(d->count, 16u);
  EXPECT_FALSE(d->remediation.empty());
}

TEST(Diagnosis, TimeoutsWhilePort25DeliveriesSucceedAreNotAPortBlock) {
  Feed f;
  const char* hosts[] = {"mx.a.example", "mx.b.example", "mx.c.example", "mx.d.example", "mx.e.example", "mx.f.example"};
  for (int i = 0; i < 12; ++i)
    f.event(Action::deferred, kBase + i * kMinute, "server_unavailable",
            std::string("connect to ") + hosts[i % 6] + "[192.0.2.1]:25: Connection timed out", hosts[i % 6], 25);
  for (int i = 0; i < 50; ++i)
    f.event(Action::delivered, kBase + i * kMinute / 2, "none", "250 2.0.0 Ok", "gmail-smtp-in.l.google.com", 25);
  EXPECT_FALSE(has(f.ids(), "diagnosis.isp_port25_block"));
}

TEST(Diagnosis, TimeoutsToOneProvidersHostsAreThatProviderNotAPortBlock) {
  Feed f;
  for (int i = 0; i < 16; ++i) {
    std::string host = "mx" + std::to_string(i % 8) + ".mail.example.com";
    f.event(Action::deferred, kBase + i * kMinute, "server_unavailable",
            "connect to " + host + "[192.0.2.1]:25: Connection timed out", host, 25);
  }
  EXPECT_FALSE(has(f.ids(), "diagnosis.isp_port25_block"));
}

TEST(Diagnosis, TemporaryDnsFailuresForManyDomainsAtOnceIsTheLocalResolver) {
  Feed f;
  for (int i = 0; i < 12; ++i)
    f.event(Action::deferred, kBase + i * kMinute, "dns",
            "Host or domain name not found. Name service error for name=example" + std::to_string(i) +
                ".org type=MX: Host not found, try again",
            "", 0, "user@example" + std::to_string(i) + ".org");
  const Diagnosis* d = f.find("diagnosis.local_resolver_broken");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->cause, "dns");
}

TEST(Diagnosis, OneMisspelledDomainIsNotABrokenResolver) {
  Feed f;
  for (int i = 0; i < 12; ++i)
    f.event(Action::bounced, kBase + i * kMinute, "dns",
            "Host or domain name not found. Name service error for name=gmial.com type=A: Host not found", "", 0,
            "user@gmial.com");
  EXPECT_FALSE(has(f.ids(), "diagnosis.local_resolver_broken"));
}

TEST(Diagnosis, WrongVersionNumberOn587IsImplicitTlsOnAStarttlsPort) {
  Feed f;
  f.event(Action::failed, kBase, "tls_mismatch",
          "Error: 140396:error:1408F10B:SSL routines:ssl3_get_record:wrong version number", "smtp.example.com", 587);
  auto ids = f.ids();
  EXPECT_TRUE(has(ids, "diagnosis.implicit_tls_on_starttls_port"));
  EXPECT_FALSE(has(ids, "diagnosis.plaintext_on_implicit_tls_port"));
}

TEST(Diagnosis, GreetingTimeoutOn465IsPlainTextOnTheImplicitTlsPort) {
  Feed f;
  f.event(Action::failed, kBase, "tls_mismatch", "Error: Greeting never received", "smtp.example.com", 465);
  EXPECT_TRUE(has(f.ids(), "diagnosis.plaintext_on_implicit_tls_port"));
}

TEST(Diagnosis, ABurstOfLoginFailuresFromOneAddressIsPasswordGuessing) {
  Feed f;
  for (int i = 0; i < 30; ++i)
    f.event(Action::failed, kBase + i * 10 * 1000000, "authentication",
            "warning: unknown[203.0.113.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6", "", 0, "", "203.0.113.9");
  const Diagnosis* d = f.find("diagnosis.sasl_password_guessing");
  ASSERT_NE(d, nullptr);
  ASSERT_FALSE(d->hosts.empty());
  EXPECT_EQ(d->hosts[0].rfind("203.0.113.9", 0), 0u);
}

TEST(Diagnosis, OccasionalLoginFailuresSpreadOverTheDayAreNotAnAttack) {
  Feed f;
  for (int i = 0; i < 12; ++i)
    f.event(Action::failed, kBase + i * 60 * kMinute, "authentication",
            "warning: unknown[198.51.100.4]: SASL PLAIN authentication failed:", "", 0, "", "198.51.100.4");
  EXPECT_FALSE(has(f.ids(), "diagnosis.sasl_password_guessing"));
}

TEST(Diagnosis, RateLimitDeferralsClimbingThroughTheDay) {
  Feed f;
  int per_hour[] = {1, 1, 2, 4, 8, 16};
  for (int h = 0; h < 6; ++h)
    for (int k = 0; k < per_hour[h]; ++k)
      f.event(Action::deferred, kBase + h * 60 * kMinute + k * kMinute, "rate_limit",
              "421 4.7.28 Our system has detected an unusual rate of unsolicited mail", "gmail-smtp-in.l.google.com", 25);
  const Diagnosis* d = f.find("diagnosis.rate_limit_climbing");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->hosts.at(0), "google.com");
}

TEST(Diagnosis, SteadyRateLimitDeferralsAreNotClimbing) {
  Feed f;
  for (int h = 0; h < 6; ++h)
    for (int k = 0; k < 4; ++k)
      f.event(Action::deferred, kBase + h * 60 * kMinute + k * kMinute, "rate_limit",
              "421 4.7.0 Try again later", "mx.example.org", 25);
  EXPECT_FALSE(has(f.ids(), "diagnosis.rate_limit_climbing"));
}

TEST(Diagnosis, EventsCarryTheDiagnosisAction) {
  Feed f;
  f.event(Action::failed, kBase, "tls_mismatch", "ssl3_get_record:wrong version number", "smtp.example.com", 587);
  auto all = f.engine.finish();
  ASSERT_FALSE(all.empty());
  Event e = diagnosis_event(all[0]);
  EXPECT_EQ(e.action, Action::diagnosis);
  EXPECT_EQ(e.rule_id, all[0].id);
  EXPECT_GT(e.confidence, 0.0);
}

}  // namespace
}  // namespace mailtriage
