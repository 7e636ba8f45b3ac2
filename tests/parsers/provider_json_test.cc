// Provider event JSON (SES, SendGrid, Mailgun, Postmark, SparkPost, Mandrill,
// Mailjet, Brevo, Resend) over the samples in
// corpora/providers/, written from each provider's documented format.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "parsers/provider_json.h"
#include "parsers/registry.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

using testing::CollectingSink;
using testing::OwnedEvent;

std::string slurp(const std::string& name) {
  std::ifstream in(testing::source_dir() / "corpora/providers" / name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Parsed {
  CollectingSink sink;
  Outcome outcome = Outcome::unrecognized;
  std::string diagnostic;
};

Parsed parse_bytes(std::string_view bytes) {
  FileContext ctx;
  ctx.path = "events.json";
  auto parser = make_provider_json_parser(ctx);
  Parsed p;
  p.outcome = parser->parse_message(bytes, 1, p.sink, &p.diagnostic);
  return p;
}

Parsed parse_file(const std::string& name) {
  std::string bytes = slurp(name);
  EXPECT_FALSE(bytes.empty()) << name;
  return parse_bytes(bytes);
}

int64_t at(const char* rfc3339) {
  Timestamp t;
  scan_rfc3339(rfc3339, &t);
  return t.epoch_us;
}

TEST(ProviderJson, SesPermanentBounceGivesOneEventPerRecipient) {
  Parsed p = parse_file("ses-bounce-permanent.json");
  EXPECT_EQ(p.outcome, Outcome::reported);
  ASSERT_EQ(p.sink.events.size(), 2u);
  const OwnedEvent& e = p.sink.events[0];
  EXPECT_EQ(e.action, Action::bounced);
  EXPECT_EQ(e.scope, kScopeMessage);
  EXPECT_EQ(e.dataset, "ses.notification");
  EXPECT_EQ(e.to_address, "jane.doe@example.net");
  EXPECT_EQ(e.from_address, "newsletter@example.com");
  EXPECT_EQ(e.message_id, "20240305101540.4f2a@mail.example.com");
  EXPECT_EQ(e.local_id, "0102018e0f8a1b2c-3d4e5f60-7182-4394-a5b6-c7d8e9f0a1b2-000000");
  EXPECT_EQ(e.subject, "March product update");
  EXPECT_EQ(e.enhanced_status, "5.1.1");
  EXPECT_EQ(e.reply_code, 550);
  EXPECT_TRUE(e.diagnostic.starts_with("550 5.1.1 <jane.doe@example.net>")) << e.diagnostic;  // "smtp; " gone
  EXPECT_EQ(e.host_name, "a27-18.smtp-out.eu-west-1.amazonses.com");
  EXPECT_EQ(e.destination_ip, "192.0.2.41");
  EXPECT_EQ(e.time.epoch_us, at("2024-03-05T10:15:42.118Z"));
  EXPECT_EQ(e.recipient_index, 1u);
  EXPECT_TRUE(e.reason_hint.empty());  // "General" names no reason
  EXPECT_EQ(p.sink.events[1].recipient_index, 2u);
  EXPECT_EQ(p.sink.events[1].enhanced_status, "5.2.1");
}

TEST(ProviderJson, SesInsideSnsNamesTheSuppressionItself) {
  Parsed p = parse_file("ses-bounce-sns.json");
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::bounced);
  EXPECT_EQ(p.sink.events[0].reason_hint, "suppressed");
  EXPECT_EQ(p.sink.events[0].to_address, "bounced.before@example.org");
  EXPECT_EQ(p.sink.events[0].from_address, "billing@example.com");
}

TEST(ProviderJson, SesComplaintAndDelivery) {
  Parsed c = parse_file("ses-complaint.json");
  ASSERT_EQ(c.sink.events.size(), 1u);
  EXPECT_EQ(c.sink.events[0].action, Action::feedback);
  EXPECT_EQ(c.sink.events[0].reason_hint, "feedback");
  EXPECT_EQ(c.sink.events[0].feedback_type, "abuse");
  EXPECT_EQ(c.sink.events[0].to_address, "reader@example.net");
  Parsed d = parse_file("ses-delivery.json");
  ASSERT_EQ(d.sink.events.size(), 1u);
  EXPECT_EQ(d.sink.events[0].action, Action::delivered);
  EXPECT_EQ(d.sink.events[0].delay_ms, 1713);
  EXPECT_EQ(d.sink.events[0].destination_ip, "192.0.2.27");
}

TEST(ProviderJson, SesEventPublishingNdjsonKeepsLineNumbers) {
  Parsed p = parse_file("ses-events.ndjson");
  EXPECT_EQ(p.outcome, Outcome::reported);
  ASSERT_EQ(p.sink.events.size(), 3u);  // the Open record is not a delivery outcome
  // A Transient bounce: SES gave up on this message (it sends a Bounce only
  // then), the address may work later.
  EXPECT_EQ(p.sink.events[0].action, Action::bounced);
  EXPECT_EQ(p.sink.events[0].hard, Tristate::no);
  EXPECT_EQ(p.sink.events[0].reason_hint, "mailboxfull");
  EXPECT_EQ(p.sink.events[0].file_line, 1u);
  EXPECT_EQ(p.sink.events[1].action, Action::deferred);  // DeliveryDelay
  EXPECT_EQ(p.sink.events[1].reply_code, 421);
  EXPECT_EQ(p.sink.events[1].file_line, 2u);
  EXPECT_EQ(p.sink.events[2].action, Action::rejected);  // SES refused to send
  EXPECT_EQ(p.sink.events[2].diagnostic, "Bad content");
  EXPECT_EQ(p.sink.events[2].to_address, "prospect@example.net");
  EXPECT_EQ(p.sink.events[2].file_line, 3u);
}

// A malformed line in one-per-line input costs only itself: the records
// after it are read, with their own line numbers, and the bad line is named.
TEST(ProviderJson, NdjsonGoesOnAfterAMalformedLine) {
  std::string lines = slurp("ses-events.ndjson");
  ASSERT_FALSE(lines.empty());
  const size_t second = lines.find('\n') + 1;
  lines.insert(second, "{\"eventType\": \"Bounce\", broken\n");
  lines.insert(0, "{not json at all\n");
  Parsed p = parse_bytes(lines);
  EXPECT_EQ(p.outcome, Outcome::reported);
  ASSERT_EQ(p.sink.events.size(), 3u);
  EXPECT_EQ(p.sink.events[0].file_line, 2u);
  EXPECT_EQ(p.sink.events[1].file_line, 4u);
  EXPECT_EQ(p.sink.events[2].file_line, 5u);
  EXPECT_NE(p.diagnostic.find("line 1: not JSON"), std::string::npos) << p.diagnostic;
  EXPECT_NE(p.diagnostic.find("and 1 more"), std::string::npos) << p.diagnostic;
}

TEST(ProviderJson, SendgridBatchMapsEachEventType) {
  Parsed p = parse_file("sendgrid-events.json");
  ASSERT_EQ(p.sink.events.size(), 6u);  // processed and open are not outcomes
  const auto& ev = p.sink.events;
  EXPECT_EQ(ev[0].action, Action::delivered);
  EXPECT_EQ(ev[0].dataset, "sendgrid.event");
  EXPECT_EQ(ev[0].message_id, "18e0f9a1b2c.3d4e.5f60@ismtpd0001p1lon1.sendgrid.net");
  EXPECT_EQ(ev[0].time.epoch_us, int64_t(1709712003) * 1000000);
  EXPECT_EQ(ev[1].action, Action::deferred);
  EXPECT_EQ(ev[1].reply_code, 421);
  EXPECT_EQ(ev[1].enhanced_status, "4.7.0");
  EXPECT_EQ(ev[2].action, Action::bounced);
  EXPECT_EQ(ev[2].enhanced_status, "5.1.1");
  EXPECT_EQ(ev[2].reply_code, 550);
  EXPECT_EQ(ev[3].action, Action::bounced);  // type "blocked"
  EXPECT_EQ(ev[3].reply_code, 554);
  EXPECT_EQ(ev[4].action, Action::bounced);  // dropped: on a suppression list
  EXPECT_EQ(ev[4].reason_hint, "suppressed");
  EXPECT_EQ(ev[5].action, Action::feedback);
  EXPECT_EQ(ev[5].to_address, "angry@example.com");
}

TEST(ProviderJson, MailgunWebhookAndEventsPage) {
  Parsed w = parse_file("mailgun-webhook-failed.json");
  ASSERT_EQ(w.sink.events.size(), 1u);
  const OwnedEvent& e = w.sink.events[0];
  EXPECT_EQ(e.action, Action::bounced);
  EXPECT_EQ(e.dataset, "mailgun.event");
  EXPECT_EQ(e.reply_code, 550);
  EXPECT_EQ(e.enhanced_status, "5.1.1");
  EXPECT_EQ(e.destination_domain, "mx1.example.net");
  EXPECT_EQ(e.from_address, "bounces+missing=example.net@mg.example.com");
  EXPECT_EQ(e.message_id, "20240306093000.1.ABCDEF0123456789@mg.example.com");
  EXPECT_EQ(e.subject, "Your order has shipped");
  EXPECT_EQ(e.time.epoch_us, 1709715990428719);

  Parsed page = parse_file("mailgun-events.json");
  ASSERT_EQ(page.sink.events.size(), 5u);  // accepted and opened are not outcomes
  const auto& ev = page.sink.events;
  EXPECT_EQ(ev[0].action, Action::delivered);
  EXPECT_EQ(ev[1].action, Action::deferred);  // severity temporary
  EXPECT_EQ(ev[1].reply_code, 451);
  EXPECT_EQ(ev[2].action, Action::bounced);  // suppress-bounce
  EXPECT_EQ(ev[2].reason_hint, "suppressed");
  EXPECT_EQ(ev[2].reply_code, 0);  // Mailgun's own 605 is not an SMTP code
  EXPECT_EQ(ev[3].action, Action::expired);  // reason "old"
  EXPECT_EQ(ev[3].reason_hint, "expired");  // the message's fate, whatever its last attempt said
  EXPECT_EQ(ev[4].action, Action::feedback);
}

// Postmark's DnsError is temporary (it retries) and says the lookup failed.
TEST(ProviderJson, PostmarkDnsErrorIsADeferral) {
  Parsed p = parse_bytes(
      R"({"RecordType": "Bounce", "Type": "DnsError", "TypeCode": 256, "Email": "hello@example.net",
          "BouncedAt": "2024-03-06T14:22:08Z", "Details": "DNS lookup for example.net failed: SERVFAIL",
          "Description": "A temporary DNS error."})");
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].reason_hint, "dns-error");
  EXPECT_EQ(p.sink.events[0].hard, Tristate::no);
}

TEST(ProviderJson, PostmarkBounceTypes) {
  Parsed b = parse_file("postmark-bounce.json");
  ASSERT_EQ(b.sink.events.size(), 1u);
  EXPECT_EQ(b.sink.events[0].action, Action::bounced);
  EXPECT_EQ(b.sink.events[0].dataset, "postmark.webhook");
  EXPECT_EQ(b.sink.events[0].to_address, "ivan@example.org");
  EXPECT_EQ(b.sink.events[0].reply_code, 550);
  EXPECT_EQ(b.sink.events[0].local_id, "883953f4-6105-42a2-a16a-77a8eac79483");
  EXPECT_EQ(b.sink.events[0].time.epoch_us, at("2024-03-06T14:22:08.1234567Z"));

  Parsed w = parse_file("postmark-webhooks.ndjson");
  ASSERT_EQ(w.sink.events.size(), 5u);  // the Open record is not an outcome
  const auto& ev = w.sink.events;
  EXPECT_EQ(ev[0].action, Action::bounced);  // SoftBounce
  EXPECT_EQ(ev[0].hard, Tristate::no);
  EXPECT_EQ(ev[0].enhanced_status, "5.2.2");
  EXPECT_EQ(ev[1].action, Action::deferred);  // Transient
  EXPECT_EQ(ev[2].action, Action::feedback);
  EXPECT_EQ(ev[3].reason_hint, "suppressed-by-recipient");  // ManuallyDeactivated: not a bounce history
  EXPECT_EQ(ev[4].action, Action::delivered);
  EXPECT_EQ(ev[4].to_address, "ned@example.org");
  EXPECT_EQ(ev[4].file_line, 5u);
}

// Postmark's bounces API (GET /bounces) pages the same records as its
// webhooks, without RecordType, under "Bounces".
TEST(ProviderJson, PostmarkBouncesApiPage) {
  Parsed p = parse_file("postmark-bounces-api.json");
  EXPECT_EQ(p.outcome, Outcome::reported);
  ASSERT_EQ(p.sink.events.size(), 2u);
  EXPECT_EQ(p.sink.events[0].action, Action::bounced);
  EXPECT_EQ(p.sink.events[0].to_address, "gone@example.net");
  EXPECT_EQ(p.sink.events[0].enhanced_status, "5.1.1");
  EXPECT_EQ(p.sink.events[0].time.epoch_us, at("2026-11-02T09:15:00.1234567Z"));
  EXPECT_EQ(p.sink.events[1].hard, Tristate::no);  // SoftBounce
  EXPECT_EQ(p.sink.events[1].reply_code, 452);
}

// A challenge-response filter holds the message until the sender answers:
// a deferral, with the provider's word for it.
TEST(ProviderJson, PostmarkChallengeVerificationIsAHeldMessage) {
  Parsed p = parse_bytes(
      R"({"RecordType":"Bounce","ID":42,"Type":"ChallengeVerification","TypeCode":128,"Name":"Challenge )"
      R"(verification","MessageID":"0a1b2c3d","Description":"The bounce is a challenge asking for verification )"
      R"(you actually sent the email.","Details":"","Email":"held@example.com","From":"news@example.org",)"
      R"("BouncedAt":"2026-12-04T10:02:33.17Z","Inactive":false})");
  ASSERT_EQ(p.sink.events.size(), 1u);
  EXPECT_EQ(p.sink.events[0].action, Action::deferred);
  EXPECT_EQ(p.sink.events[0].reason_hint, "challenge");
  EXPECT_EQ(p.sink.events[0].to_address, "held@example.com");
}

// Why an address is on a suppression list decides what to do about it: an
// earlier hard bounce (the address is bad) or its owner's choice (it may well
// exist). SES's Reject for a virus and a template it could not render are
// failures of the message, one event per address it was for.
TEST(ProviderJson, SuppressionsRejectsAndRenderingFailuresSayWhy) {
  Parsed sg = parse_bytes(R"([
    {"email":"gone@example.net","timestamp":1709712000,"event":"dropped","reason":"Bounced Address","sg_event_id":"a1"},
    {"email":"quit@example.net","timestamp":1709712001,"event":"dropped","reason":"Unsubscribed Address","sg_event_id":"a2"},
    {"email":"cross@example.net","timestamp":1709712002,"event":"dropped","reason":"Spam Reporting Address","sg_event_id":"a3"}])");
  ASSERT_EQ(sg.sink.events.size(), 3u);
  EXPECT_EQ(sg.sink.events[0].reason_hint, "suppressed");
  EXPECT_EQ(sg.sink.events[1].reason_hint, "suppressed-by-recipient");
  EXPECT_EQ(sg.sink.events[2].reason_hint, "suppressed-after-complaint");  // a complaint, kept

  Parsed mg = parse_bytes(R"({"event-data":{"event":"failed","severity":"permanent","reason":"suppress-unsubscribe",
    "recipient":"left@example.org","timestamp":1709712000.5,"delivery-status":{"code":605,"message":""}}})");
  ASSERT_EQ(mg.sink.events.size(), 1u);
  EXPECT_EQ(mg.sink.events[0].reason_hint, "suppressed-by-recipient");

  Parsed reject = parse_bytes(R"({"eventType":"Reject","mail":{"timestamp":"2024-03-06T10:00:00.000Z",
    "source":"news@example.com","messageId":"0100-r1","destination":["a@example.org","b@example.org"]},
    "reject":{"reason":"Bad content"}})");
  ASSERT_EQ(reject.sink.events.size(), 2u);
  EXPECT_EQ(reject.sink.events[1].to_address, "b@example.org");
  EXPECT_EQ(reject.sink.events[1].action, Action::rejected);
  EXPECT_EQ(reject.sink.events[1].reason_hint, "virusdetected");

  Parsed render = parse_bytes(R"({"eventType":"Rendering Failure","mail":{"timestamp":"2024-03-06T10:00:00.000Z",
    "source":"orders@example.com","messageId":"0100-r2","destination":["c@example.org"]},
    "failure":{"templateName":"shipped","errorMessage":"Attribute 'order' is not present in the rendering data."}})");
  ASSERT_EQ(render.sink.events.size(), 1u);
  EXPECT_EQ(render.sink.events[0].action, Action::rejected);
  EXPECT_EQ(render.sink.events[0].to_address, "c@example.org");
  EXPECT_EQ(render.sink.events[0].reason_hint, "rendering-failure");
  EXPECT_EQ(render.sink.events[0].diagnostic, "Attribute 'order' is not present in the rendering data.");
}

// The other providers' webhooks: every outcome an event of its own, opens
// and clicks none; each provider's own word for why (bounce class,
// description, error) where it names the reason.
TEST(ProviderJson, SparkpostMessageEventsByBounceClass) {
  Parsed p = parse_file("sparkpost-webhook.json");
  ASSERT_EQ(p.sink.events.size(), 6u);  // the click is not an outcome
  const auto& ev = p.sink.events;
  EXPECT_EQ(ev[0].dataset, "sparkpost.event");
  EXPECT_EQ(ev[0].action, Action::delivered);
  EXPECT_EQ(ev[0].time.epoch_us, int64_t(1709712001) * 1000000);
  EXPECT_EQ(ev[1].action, Action::bounced);
  EXPECT_EQ(ev[1].to_address, "gone@example.net");
  EXPECT_EQ(ev[1].reason_hint, "userunknown");  // bounce class 10
  EXPECT_EQ(ev[1].reply_code, 550);
  EXPECT_EQ(ev[1].hard, Tristate::unknown);
  EXPECT_EQ(ev[2].action, Action::deferred);
  EXPECT_EQ(ev[3].action, Action::bounced);  // out of band
  EXPECT_EQ(ev[3].reason_hint, "mailboxfull");
  EXPECT_EQ(ev[3].hard, Tristate::no);
  EXPECT_EQ(ev[4].action, Action::rejected);
  EXPECT_EQ(ev[4].reason_hint, "suppressed");
  EXPECT_EQ(ev[5].action, Action::feedback);
}

TEST(ProviderJson, MandrillMailjetBrevoAndResendEvents) {
  Parsed mandrill = parse_file("mandrill-webhook.json");
  ASSERT_EQ(mandrill.sink.events.size(), 6u);
  const auto& m = mandrill.sink.events;
  EXPECT_EQ(m[0].dataset, "mandrill.event");
  EXPECT_EQ(m[0].action, Action::delivered);
  EXPECT_EQ(m[1].action, Action::bounced);
  EXPECT_EQ(m[1].reason_hint, "userunknown");
  EXPECT_EQ(m[1].diagnostic, "550 5.1.1 The email account that you tried to reach does not exist.");
  EXPECT_EQ(m[2].hard, Tristate::no);
  EXPECT_EQ(m[2].reason_hint, "mailboxfull");
  EXPECT_EQ(m[3].action, Action::deferred);
  EXPECT_EQ(m[4].action, Action::rejected);
  EXPECT_EQ(m[4].reason_hint, "suppressed");
  EXPECT_EQ(m[5].action, Action::feedback);

  Parsed mailjet = parse_file("mailjet-events.ndjson");
  ASSERT_EQ(mailjet.sink.events.size(), 5u);
  const auto& j = mailjet.sink.events;
  EXPECT_EQ(j[0].dataset, "mailjet.event");
  EXPECT_EQ(j[0].file_line, 1u);
  EXPECT_EQ(j[1].reason_hint, "userunknown");
  EXPECT_EQ(j[1].reply_code, 550);
  EXPECT_EQ(j[2].hard, Tristate::no);
  EXPECT_EQ(j[2].diagnostic, "quota exceeded");  // no comment: Mailjet's own word
  EXPECT_EQ(j[3].action, Action::rejected);
  EXPECT_EQ(j[3].reason_hint, "suppressed");
  EXPECT_EQ(j[4].action, Action::feedback);
  EXPECT_EQ(j[4].file_line, 5u);

  Parsed brevo = parse_file("brevo-webhooks.ndjson");
  ASSERT_EQ(brevo.sink.events.size(), 5u);
  const auto& b = brevo.sink.events;
  EXPECT_EQ(b[0].dataset, "brevo.event");
  EXPECT_EQ(b[0].message_id, "202403060900.11111111111@smtp-relay.mailin.fr");
  EXPECT_EQ(b[1].action, Action::bounced);
  EXPECT_EQ(b[1].enhanced_status, "5.1.1");
  EXPECT_EQ(b[2].hard, Tristate::no);
  EXPECT_EQ(b[3].action, Action::rejected);
  EXPECT_EQ(b[4].action, Action::feedback);

  Parsed resend = parse_file("resend-webhooks.ndjson");
  ASSERT_EQ(resend.sink.events.size(), 5u);  // two recipients of one bounce, no open
  const auto& r = resend.sink.events;
  EXPECT_EQ(r[0].dataset, "resend.webhook");
  EXPECT_EQ(r[0].action, Action::delivered);
  EXPECT_EQ(r[0].time.epoch_us, at("2024-03-06T09:00:01.000Z"));
  EXPECT_EQ(r[1].to_address, "gone@example.net");
  EXPECT_EQ(r[2].to_address, "also-gone@example.net");
  EXPECT_EQ(r[2].reason_hint, "suppressed");  // SES's subtype, under Resend's name
  EXPECT_EQ(r[3].action, Action::deferred);
  EXPECT_EQ(r[4].action, Action::feedback);
}

// Azure Communication Services' delivery reports (Event Grid's schema and a
// CloudEvent); its engagement reports say nothing of delivery.
TEST(ProviderJson, AzureCommunicationServicesDeliveryReports) {
  Parsed p = parse_file("azure-communication-email.ndjson");
  EXPECT_EQ(p.outcome, Outcome::reported);
  ASSERT_EQ(p.sink.events.size(), 4u);
  const auto& a = p.sink.events;
  EXPECT_EQ(a[0].dataset, "azure.communication.email");
  EXPECT_EQ(a[0].action, Action::delivered);
  EXPECT_EQ(a[1].action, Action::bounced);
  EXPECT_EQ(a[1].to_address, "gone@example.net");
  EXPECT_EQ(a[1].from_address, "noreply@mail.example.org");
  EXPECT_EQ(a[1].reply_code, 550);
  EXPECT_EQ(a[1].enhanced_status, "5.1.1");
  EXPECT_EQ(a[1].destination_domain, "mx.example.net");
  EXPECT_EQ(a[1].time.epoch_us, at("2024-03-06T09:00:02.000Z"));  // the attempt's time, not the event's
  EXPECT_EQ(a[1].file_line, 2u);
  EXPECT_EQ(a[2].action, Action::rejected);
  EXPECT_EQ(a[2].reason_hint, "suppressed");
  EXPECT_EQ(a[2].time.epoch_us, at("2024-03-06T09:00:03.000Z"));  // a CloudEvent's "time"
  EXPECT_EQ(a[3].reason_hint, "spamdetected");
  EXPECT_EQ(provider_json_sniff(slurp("azure-communication-email.ndjson")), 95);
}

// Why a provider did not send, where its payload says: a suppression after a
// spam complaint is told apart from one after a bounce or an unsubscribe;
// Mandrill's reject names its reason and a deferral's replies are its
// "smtp_events"; Brevo's "error" is a message it did not send.
TEST(ProviderJson, NotSentEventsKeepTheProvidersReason) {
  Parsed p = parse_bytes(
      "{\"email\":\"a@example.net\",\"timestamp\":1741693901,\"event\":\"dropped\",\"sg_event_id\":\"x1\","
      "\"reason\":\"Spam Reporting Address\"}\n"
      "{\"event\":\"reject\",\"ts\":1741782300,\"msg\":{\"state\":\"rejected\",\"email\":\"b@example.org\","
      "\"reject\":{\"reason\":\"unsigned\",\"detail\":\"The sending domain shop.example.com has not been verified\"}}}\n"
      "{\"event\":\"reject\",\"ts\":1741782301,\"msg\":{\"state\":\"rejected\",\"email\":\"c@example.org\","
      "\"reject_reason\":\"spam\"}}\n"
      "{\"event\":\"deferral\",\"ts\":1741782781,\"msg\":{\"state\":\"deferred\",\"email\":\"d@example.net\","
      "\"smtp_events\":[{\"type\":\"deferred\",\"diag\":\"421 4.7.0 first try\"},"
      "{\"type\":\"deferred\",\"diag\":\"451 4.7.500 Server busy. Please try again later\"}]}}\n"
      "{\"event\":\"error\",\"email\":\"e@example.org\",\"ts_event\":1741790409,"
      "\"reason\":\"Sender is not valid. Please validate your sender email address\"}\n");
  ASSERT_EQ(p.sink.events.size(), 5u);
  const auto& e = p.sink.events;
  EXPECT_EQ(e[0].reason_hint, "suppressed-after-complaint");
  EXPECT_EQ(e[1].action, Action::rejected);
  EXPECT_EQ(e[1].reason_hint, "");  // the sender's domain, not a suppression
  EXPECT_EQ(e[1].diagnostic, "The sending domain shop.example.com has not been verified");
  EXPECT_EQ(e[2].reason_hint, "suppressed-after-complaint");
  EXPECT_EQ(e[3].action, Action::deferred);
  EXPECT_EQ(e[3].diagnostic, "451 4.7.500 Server busy. Please try again later");
  EXPECT_EQ(e[3].reply_code, 451);
  EXPECT_EQ(e[4].dataset, "brevo.event");
  EXPECT_EQ(e[4].action, Action::rejected);
}

// Postal's webhooks (its details and the server's output are the text; a held
// message is not sent yet), SparkPost's generation events, SES's own delay
// types, and batches posted as one JSON array per line keep their lines.
TEST(ProviderJson, PostalSparkpostGenerationSesDelaysAndArraysPerLine) {
  Parsed postal = parse_bytes(
      "{\"event\":\"MessageDeliveryFailed\",\"timestamp\":1749893522.9,\"uuid\":\"u1\",\"payload\":{\"message\":"
      "{\"to\":\"a@example.org\",\"from\":\"b@example.com\",\"token\":\"t1\"},\"status\":\"HardFail\","
      "\"details\":\"Permanent SMTP delivery error\",\"output\":\"550 5.1.1 <a@example.org>: User unknown\\n\"}}\n"
      "{\"event\":\"MessageHeld\",\"timestamp\":1749894011.4,\"uuid\":\"u2\",\"payload\":{\"message\":"
      "{\"to\":\"c@example.org\"},\"status\":\"Held\",\"details\":\"Message held because send limit (500) has "
      "been reached.\",\"output\":\"\"}}\n"
      "{\"event\":\"MessageBounced\",\"timestamp\":1749895733.6,\"uuid\":\"u3\",\"payload\":{\"original_message\":"
      "{\"to\":\"d@example.org\"},\"bounce\":{\"id\":7}}}\n"
      "{\"event\":\"MessageLinkClicked\",\"timestamp\":1749895800.0,\"uuid\":\"u4\",\"payload\":{}}\n");
  ASSERT_EQ(postal.sink.events.size(), 3u);
  const auto& p = postal.sink.events;
  EXPECT_EQ(p[0].dataset, "postal.webhook");
  EXPECT_EQ(p[0].action, Action::bounced);
  EXPECT_EQ(p[0].diagnostic, "Permanent SMTP delivery error 550 5.1.1 <a@example.org>: User unknown");
  EXPECT_EQ(p[0].reply_code, 550);
  EXPECT_EQ(p[0].to_address, "a@example.org");
  EXPECT_EQ(p[1].action, Action::deferred);
  EXPECT_EQ(p[1].file_line, 2u);
  EXPECT_EQ(p[2].to_address, "d@example.org");
  EXPECT_EQ(p[2].action, Action::bounced);

  Parsed gen = parse_bytes(
      "{\"msys\":{\"gen_event\":{\"type\":\"generation_rejection\",\"rcpt_to\":\"x@example.net\",\"timestamp\":"
      "\"1749895600\",\"raw_reason\":\"550 5.7.1 [internal] Exceed Sending Limit (sandbox)\"}}}");
  ASSERT_EQ(gen.sink.events.size(), 1u);
  EXPECT_EQ(gen.sink.events[0].action, Action::rejected);
  EXPECT_EQ(gen.sink.events[0].to_address, "x@example.net");

  Parsed delays = parse_bytes(
      "{\"eventType\":\"DeliveryDelay\",\"mail\":{\"timestamp\":\"2025-06-14T09:41:00.000Z\",\"messageId\":\"m1\"},"
      "\"deliveryDelay\":{\"delayType\":\"SendingDeferral\",\"delayedRecipients\":[{\"emailAddress\":\"a@example.net\","
      "\"status\":\"4.0.0\"}]}}\n"
      "{\"eventType\":\"DeliveryDelay\",\"mail\":{\"timestamp\":\"2025-06-14T09:42:00.000Z\",\"messageId\":\"m2\"},"
      "\"deliveryDelay\":{\"delayType\":\"InternalFailure\",\"delayedRecipients\":[{\"emailAddress\":\"b@example.net\","
      "\"status\":\"4.0.0\"}]}}\n");
  ASSERT_EQ(delays.sink.events.size(), 2u);
  EXPECT_EQ(delays.sink.events[0].reason_hint, "delay-sending-deferral");
  EXPECT_EQ(delays.sink.events[1].reason_hint, "delay-internal");

  Parsed arrays = parse_bytes(
      "[{\"email\":\"a@example.com\",\"timestamp\":1,\"event\":\"delivered\",\"sg_event_id\":\"e1\"}]\n"
      "[{\"email\":\"b@example.com\",\"timestamp\":2,\"event\":\"bounce\",\"sg_event_id\":\"e2\",\"reason\":\"550 5.1.1 "
      "unknown\"},{\"email\":\"c@example.com\",\"timestamp\":3,\"event\":\"dropped\",\"sg_event_id\":\"e3\","
      "\"reason\":\"Bounced Address\"}]\n");
  ASSERT_EQ(arrays.sink.events.size(), 3u);
  EXPECT_EQ(arrays.sink.events[0].file_line, 1u);
  EXPECT_EQ(arrays.sink.events[1].file_line, 2u);
  EXPECT_EQ(arrays.sink.events[2].file_line, 2u);
}

TEST(ProviderJson, SniffClaimsProviderFilesOnly) {
  for (const char* name : {"ses-bounce-permanent.json", "ses-bounce-sns.json", "ses-complaint.json",
                           "ses-delivery.json", "ses-events.ndjson", "sendgrid-events.json",
                           "mailgun-webhook-failed.json", "mailgun-events.json", "postmark-bounce.json",
                           "postmark-webhooks.ndjson", "sparkpost-webhook.json", "mandrill-webhook.json",
                           "mailjet-events.ndjson", "brevo-webhooks.ndjson", "resend-webhooks.ndjson"}) {
    std::string head = slurp(name);
    EXPECT_GE(provider_json_sniff(head), 90) << name;
    const FormatSpec* spec = detect_format(head);
    ASSERT_NE(spec, nullptr) << name;
    EXPECT_EQ(spec->name, "provider-json") << name;
  }
  EXPECT_EQ(provider_json_sniff("{\"__REALTIME_TIMESTAMP\":\"1\",\"MESSAGE\":\"\\\"eventType\\\"\"}\n"), 0);
  EXPECT_EQ(provider_json_sniff("Return-Path: <>\nFrom: MAILER-DAEMON\n"), 0);
  EXPECT_EQ(provider_json_sniff("{\"name\": \"package.json\"}"), 0);
}

TEST(ProviderJson, DamagedOrForeignJsonIsUnrecognizedWithAReason) {
  Parsed broken = parse_bytes("{\"notificationType\": \"Bounce\", \"bounce\": {");
  EXPECT_EQ(broken.outcome, Outcome::unrecognized);
  EXPECT_NE(broken.diagnostic.find("not JSON"), std::string::npos) << broken.diagnostic;
  Parsed foreign = parse_bytes("{\"name\": \"mailtriage\", \"version\": 1}");
  EXPECT_EQ(foreign.outcome, Outcome::unrecognized);
  EXPECT_FALSE(foreign.diagnostic.empty());
  // A bounce without its recipient list is counted, not fatal.
  Parsed partial = parse_bytes("{\"notificationType\": \"Bounce\", \"bounce\": {\"bounceType\": \"Permanent\"}}");
  EXPECT_TRUE(partial.sink.events.empty());
  EXPECT_NE(partial.diagnostic.find("bouncedRecipients"), std::string::npos) << partial.diagnostic;
  // Only clicks and opens: understood, nothing to report.
  Parsed quiet =
      parse_bytes("[{\"email\":\"a@example.org\",\"event\":\"open\",\"sg_event_id\":\"x\",\"timestamp\":1}]");
  EXPECT_EQ(quiet.outcome, Outcome::recognized);
}

TEST(ProviderJson, NoProperPrefixOfADocumentReportsAnything) {
  for (const char* name : {"ses-bounce-permanent.json", "ses-bounce-sns.json", "sendgrid-events.json",
                           "mailgun-webhook-failed.json", "postmark-bounce.json"}) {
    std::string bytes = slurp(name);
    while (!bytes.empty() && (bytes.back() == '\n' || bytes.back() == ' ')) bytes.pop_back();
    for (size_t n = 0; n + 1 < bytes.size(); n += 7) {
      Parsed p = parse_bytes(std::string_view(bytes.data(), n));
      EXPECT_EQ(p.outcome, Outcome::unrecognized) << name << " cut at " << n;
      EXPECT_TRUE(p.sink.events.empty()) << name << " cut at " << n;
    }
  }
}

}  // namespace
}  // namespace mailtriage

namespace mailtriage {
namespace {

// GreenArrow Engine's delivery attempts: its status names the outcome, the
// qmail-style message is the text; read as an MTA's log records (a deferral is
// an attempt, not a delay notice), and its bounce events by their bounce_text.
TEST(ProviderJson, GreenArrowDeliveryAttemptsAndBounces) {
  Parsed g = parse_bytes(
      "{\"event_type\":\"delivery_attempt\",\"event_time\":1741874423,\"status\":\"success\",\"msguid\":\"m1\","
      "\"recipient\":\"a@example.org\",\"message\":\"192.0.2.26 accepted message./Remote host said: 250 2.0.0 OK/\"}\n"
      "{\"event_type\":\"delivery_attempt\",\"event_time\":1741874481,\"status\":\"failure\",\"msguid\":\"m2\","
      "\"sender\":\"news@example.com\",\"recipient\":\"gone@example.org\",\"mx_hostname\":\"mx.example.org\","
      "\"message\":\"192.0.2.26 does not like recipient./Remote host said: 550 5.1.1 <gone@example.org>: "
      "Recipient address rejected: User unknown/Giving up on 192.0.2.26./\"}\n"
      "{\"event_type\":\"delivery_attempt\",\"event_time\":1741874500,\"status\":\"deferral\",\"msguid\":\"m3\","
      "\"recipient\":\"b@example.net\",\"message\":\"TLS connect failed: error:0A000086:SSL routines::certificate "
      "verify failed; connected to 192.0.2.183./\"}\n"
      "{\"event_type\":\"delivery_attempt\",\"event_time\":1741874600,\"status\":\"failure_toolong\","
      "\"msguid\":\"m4\",\"recipient\":\"c@example.net\",\"message\":\"Sorry, I couldn't find any host by that "
      "name. (#4.1.2)/\"}\n"
      "{\"event_type\":\"bounce_all\",\"event_time\":1741874700,\"email\":\"d@example.net\",\"bounce_type\":\"s\","
      "\"bounce_code\":\"20\",\"bounce_text\":\"452 4.2.2 Mailbox full\"}\n"
      "{\"event_type\":\"engine_open\",\"event_time\":1741874800,\"email\":\"a@example.org\"}\n");
  ASSERT_EQ(g.sink.events.size(), 5u);
  const auto& e = g.sink.events;
  EXPECT_EQ(e[0].action, Action::delivered);
  EXPECT_EQ(e[1].dataset, "greenarrow.delivery");
  EXPECT_EQ(e[1].action, Action::bounced);
  EXPECT_EQ(e[1].reply_code, 550);
  EXPECT_EQ(e[1].enhanced_status, "5.1.1");
  EXPECT_EQ(e[1].to_address, "gone@example.org");
  EXPECT_EQ(e[1].destination_domain, "mx.example.org");
  EXPECT_FALSE(e[1].diagnostic.ends_with("/"));
  EXPECT_EQ(testing::verdict_of(e[1]).cause, "recipient_unknown");
  EXPECT_EQ(e[2].action, Action::deferred);
  EXPECT_EQ(testing::verdict_of(e[2]).cause, "tls_mismatch");
  EXPECT_EQ(e[3].action, Action::expired);
  EXPECT_EQ(e[4].action, Action::bounced);
  EXPECT_EQ(e[4].hard, Tristate::no);
  EXPECT_EQ(testing::verdict_of(e[4]).cause, "mailbox_full");
  EXPECT_EQ(provider_json_sniff("{\"timestamp\":1,\"msguid\":\"x\",\"status\":\"success\"}"), 95);
}

}  // namespace
}  // namespace mailtriage
