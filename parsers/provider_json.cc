// Provider event JSON, read with simdjson's DOM parser: the payloads are small
// and their fields are looked up out of order and at several depths, which the
// DOM does without the bookkeeping On-Demand would need. One parser per file
// parser object, reused for every document.
//
// Each provider's own vocabulary is mapped onto the Event model:
//   action      from the event/bounce type (delivered, deferred, bounced,
//               expired, rejected, feedback, autoreply);
//   codes       from the provider's status fields, else left to the classifier
//               to find in the diagnostic;
//   reason_hint only where the provider's own type names the reason outright
//               (SES NoEmail, MailboxFull, Suppressed, a Reject for a virus;
//               a suppression-list drop, told apart by why the address is on
//               the list: an earlier bounce, or its owner's choice).
// Field names follow the providers' documentation: SES "Amazon SNS notification
// contents" and "event publishing" records, SendGrid "Event Webhook", Mailgun
// "Events" (webhook "event-data" and the Events API "items"), Postmark
// "Bounce webhook", "Delivery webhook" and "Spam complaint webhook", Azure
// Communication Services' "EmailDeliveryReportReceived" Event Grid event.
#include "parsers/provider_json.h"

#include <simdjson.h>

#include <cmath>
#include <string>

#include "parsers/smtp_codes.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

namespace dom = simdjson::dom;
using sv = std::string_view;
constexpr size_t npos = sv::npos;

sv str(dom::element e, sv key) {
  sv v;
  if (e[key].get(v)) return {};
  return v;
}

bool member(dom::element e, sv key, dom::element* out) { return !e[key].get(*out); }

// Seconds since the epoch as an integer, a float or a numeric string.
Timestamp unix_time(dom::element e) {
  Timestamp t;
  double d = 0;
  int64_t i = 0;
  uint64_t u = 0;
  sv s;
  if (!e.get(i)) d = double(i);
  else if (!e.get(u)) d = double(u);
  else if (!e.get(d)) {
  } else if (!e.get(s) && !s.empty()) {
    d = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return t;
      d = d * 10 + (c - '0');
    }
  } else {
    return t;
  }
  if (!(d > 0) || d > 1e11) return t;
  t.epoch_us = int64_t(std::llround(d * 1e6));
  t.valid = true;
  return t;
}

Timestamp rfc3339(sv s) {
  Timestamp t;
  if (!s.empty() && scan_rfc3339(s, &t) == 0) t = Timestamp();
  return t;
}

// "smtp; 550 5.1.1 user unknown" -> "550 5.1.1 user unknown" (RFC 3464 diagnostic type).
sv strip_diagnostic_type(sv s) {
  size_t semi = s.find(';');
  if (semi != npos && semi > 0 && semi <= 12) {
    bool word = true;
    for (char c : s.substr(0, semi))
      word = word && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-');
    if (word) {
      s.remove_prefix(semi + 1);
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    }
  }
  return s;
}

// "dsn; a8-70.smtp-out.amazonses.com" -> the host.
sv after_semicolon(sv s) {
  size_t semi = s.find(';');
  if (semi == npos) return s;
  s.remove_prefix(semi + 1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

class ProviderJsonParser final : public MessageParser {
 public:
  explicit ProviderJsonParser(const FileContext& file) : path_(file.path) {}

  Outcome parse_message(sv bytes, uint64_t, EventSink& sink, std::string* diagnostic) override {
    sink_ = &sink;
    events_ = 0;
    understood_ = 0;
    bad_ = 0;
    first_problem_.clear();
    buffer_.reserve(bytes.size() + simdjson::SIMDJSON_PADDING);
    buffer_.assign(bytes);
    // One document per line (NDJSON) gives each event its line number.
    bool several = ndjson_like(bytes);
    // A malformed document stops simdjson's stream; in one-per-line input
    // the reading starts again at the next line, so one bad line costs only itself.
    size_t batch = std::max<size_t>(bytes.size() + 64, size_t(1) << 20);
    uint64_t line = 1;
    size_t counted_to = 0;
    auto line_at = [&](size_t at) {
      at = std::min(at, bytes.size());
      for (; counted_to < at; ++counted_to) line += bytes[counted_to] == '\n';
      return line;
    };
    for (size_t offset = 0; offset < bytes.size();) {
      dom::document_stream stream;
      if (parser_.parse_many(buffer_.data() + offset, buffer_.size() - offset, batch).get(stream)) {
        problem("not JSON");
        break;
      }
      size_t resume = npos;
      for (auto it = stream.begin(); it != stream.end(); ++it) {
        dom::element doc;
        if ((*it).get(doc)) {
          if (!several) {
            problem(std::string("not JSON: ") + simdjson::error_message((*it).error()));
            break;  // one document: nothing to resynchronise on
          }
          const size_t at = offset + it.current_index();
          problem("line " + std::to_string(line_at(at)) + ": not JSON: " + simdjson::error_message((*it).error()));
          const size_t nl = bytes.find('\n', at);
          resume = nl == npos ? bytes.size() : nl + 1;
          break;
        }
        line_ = several ? line_at(offset + it.current_index()) : 0;
        top_level(doc);
      }
      // A document cut short at the end is not yielded at all: say so.
      if (resume == npos && stream.truncated_bytes() > 0)
        problem("not JSON: " + std::to_string(stream.truncated_bytes()) +
                " bytes at the end are an incomplete document");
      if (resume == npos || resume <= offset) break;
      offset = resume;
    }
    if (diagnostic && !first_problem_.empty()) {
      *diagnostic = first_problem_;
      if (bad_ > 1) *diagnostic += " (and " + std::to_string(bad_ - 1) + " more)";
    }
    if (events_) return Outcome::reported;
    if (understood_ && !bad_) return Outcome::recognized;
    if (diagnostic && diagnostic->empty()) *diagnostic = "no event of a known provider found";
    return understood_ ? Outcome::recognized : Outcome::unrecognized;
  }

 private:
  static bool ndjson_like(sv bytes) {
    // A line that ends a document ('}', or ']' for a webhook's batch posted
    // as one array per line) and a next line that starts one.
    for (size_t p = bytes.find('\n'); p != npos; p = bytes.find('\n', p + 1)) {
      size_t e = p;
      while (e > 0 && (bytes[e - 1] == '\r' || bytes[e - 1] == ' ' || bytes[e - 1] == '\t')) --e;
      if (e == 0 || (bytes[e - 1] != '}' && bytes[e - 1] != ']')) continue;
      size_t q = bytes.find_first_not_of(" \t\r\n", p + 1);
      if (q != npos && (bytes[q] == '{' || bytes[q] == '[')) return true;
    }
    return false;
  }

  void problem(std::string text) {
    ++bad_;
    if (first_problem_.empty()) first_problem_ = std::move(text);
  }

  void top_level(dom::element doc) {
    dom::array arr;
    if (!doc.get(arr)) {
      for (dom::element e : arr) one(e);
      return;
    }
    one(doc);
  }

  // One document or array element: find out whose it is.
  void one(dom::element e) {
    dom::object obj;
    if (e.get(obj)) {
      problem("a JSON value that is not an object");
      return;
    }
    dom::element inner;
    // SNS envelope: the SES notification is a JSON string in "Message".
    if (str(e, "Type") == "Notification" && member(e, "Message", &inner)) {
      sv text;
      if (inner.get(text)) return problem("SNS Message is not a string");
      sns_copy_.assign(text);
      dom::element doc;
      if (sns_parser_.parse(sns_copy_).get(doc)) return problem("SNS Message is not JSON");
      return ses(doc);
    }
    if (str(e, "Type") == "SubscriptionConfirmation" || str(e, "Type") == "UnsubscribeConfirmation") {
      ++understood_;
      return;
    }
    // EventBridge: {"source": "aws.ses", "detail": {...}}
    if (str(e, "source") == "aws.ses" && member(e, "detail", &inner)) return ses(inner);
    if (member(e, "notificationType", &inner) || (member(e, "eventType", &inner) && member(e, "mail", &inner)))
      return ses(e);
    if (member(e, "RecordType", &inner) || member(e, "BouncedAt", &inner)) return postmark(e);
    // Postmark's bounces API (GET /bounces): {"TotalCount": n, "Bounces": [...]}.
    if (dom::array bounces; member(e, "TotalCount", &inner) && !e["Bounces"].get(bounces)) {
      ++understood_;
      for (dom::element item : bounces) postmark(item);
      return;
    }
    if (member(e, "event-data", &inner)) return mailgun(inner);
    dom::array items;
    if (!e["items"].get(items)) {
      ++understood_;
      for (dom::element item : items) mailgun(item);
      return;
    }
    if (member(e, "sg_event_id", &inner) || member(e, "sg_message_id", &inner) || member(e, "smtp-id", &inner))
      return sendgrid(e);
    if (member(e, "event", &inner) && (member(e, "log-level", &inner) || member(e, "delivery-status", &inner) ||
                                       member(e, "recipient", &inner)))
      return mailgun(e);
    if (member(e, "msys", &inner)) return sparkpost(inner);
    // Resend: {"type": "email.bounced", "data": {...}}
    if (str(e, "type").starts_with("email.") && member(e, "data", &inner)) return resend(e, inner);
    if (member(e, "event", &inner) && member(e, "msg", &inner) && member(inner, "state", &inner)) return mandrill(e);
    if (member(e, "event", &inner) &&
        (member(e, "MessageID", &inner) || member(e, "Message_GUID", &inner) || member(e, "mj_message_id", &inner)))
      return mailjet(e);
    if (member(e, "event", &inner) && (member(e, "ts_event", &inner) || member(e, "ts_epoch", &inner) ||
                                       (member(e, "message-id", &inner) && member(e, "date", &inner))))
      return brevo(e);
    if (member(e, "event", &inner) && member(e, "email", &inner)) return sendgrid(e);
    // Postal (the open-source mail server): {"event": "MessageDeliveryFailed", "payload": {...}, "uuid": ...}
    if (str(e, "event").starts_with("Message") && member(e, "uuid", &inner) && member(e, "payload", &inner))
      return postal(e, inner);
    // GreenArrow Engine's delivery attempts (its event notifications and delivery
    // log records): {"event_type": "delivery_attempt", "status": ..., "msguid": ...}.
    if (member(e, "msguid", &inner) && member(e, "status", &inner)) return greenarrow(e);
    if (const sv type = str(e, "event_type"); (type == "bounce_all" || type == "bounce_bad_address") &&
                                              member(e, "bounce_text", &inner))
      return greenarrow(e);
    // Azure Event Grid, in its own schema ("eventType") or as a CloudEvent ("type").
    if (sv type = str(e, "eventType").empty() ? str(e, "type") : str(e, "eventType");
        type.starts_with("Microsoft.") && member(e, "data", &inner))
      return azure_communication(e, type, inner);
    problem("a JSON object of no known provider");
  }

  Event base(sv dataset) const {
    Event ev;
    ev.scope = kScopeMessage;
    ev.dataset = dataset;
    ev.file_path = path_;
    ev.file_line = line_;
    return ev;
  }

  // base(), with what most providers' events carry at their top level under
  // names of their own: the time in Unix seconds, the recipient and the
  // provider's id of the message.
  Event base(sv dataset, dom::element e, sv time_key, sv to_key, sv id_key) const {
    Event ev = base(dataset);
    if (dom::element ts; member(e, time_key, &ts)) ev.time = unix_time(ts);
    ev.to_address = str(e, to_key);
    ev.local_id = str(e, id_key);
    return ev;
  }

  void emit(Event& ev) {
    sink_->on_event(ev);
    ++events_;
  }

  // An outcome out: a failure's reply code and status read from its text first.
  void emit_outcome(Event& ev) {
    if (ev.action != Action::delivered && ev.action != Action::feedback && ev.action != Action::autoreply)
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    emit(ev);
  }

  // A recipient's spam complaint (a feedback loop's report), as every provider passes it on.
  static void mark_complaint(Event& ev) {
    ev.action = Action::feedback;
    ev.reason_hint = "feedback";
    ev.feedback_type = "abuse";
  }
  // A temporary failure the provider goes on retrying.
  static void mark_deferral(Event& ev) {
    ev.action = Action::deferred;
    ev.hard = Tristate::no;
  }

  // --- Amazon SES ------------------------------------------------------------
  static sv ses_subtype_hint(sv subtype) {
    if (subtype == "Suppressed" || subtype == "OnAccountSuppressionList") return "suppressed";
    if (subtype == "MailboxFull") return "mailboxfull";
    if (subtype == "MessageTooLarge") return "mesgtoobig";
    if (subtype == "NoEmail") return "userunknown";
    if (subtype == "ContentRejected" || subtype == "AttachmentRejected") return "contenterror";
    return {};
  }

  // SES's delayType: why it is still trying.
  static sv ses_delay_hint(sv type) {
    if (type == "MailboxFull") return "mailboxfull";
    if (type == "IPFailure") return "delay-ip-failure";
    if (type == "TransientCommunicationFailure") return "delay-communication";
    if (type == "RecipientServerError") return "delay-remote-error";
    if (type == "SpamDetected") return "delay-spam";
    if (type == "InternalFailure") return "delay-internal";
    if (type == "SendingDeferral") return "delay-sending-deferral";
    if (type == "BYOIPHostNameLookupUnavailable") return "delay-byoip-lookup";
    return {};
  }

  void ses(dom::element n) {
    ++understood_;
    sv kind = str(n, "notificationType");
    if (kind.empty()) kind = str(n, "eventType");
    dom::element mail, headers;
    Event ev = base("ses.notification");
    bool have_mail = member(n, "mail", &mail);
    if (have_mail) {
      ev.local_id = str(mail, "messageId");
      ev.from_address = str(mail, "source");
      if (member(mail, "commonHeaders", &headers)) {
        ev.message_id = strip_angle_brackets(str(headers, "messageId"));
        ev.subject = str(headers, "subject");
      }
      ev.time = rfc3339(str(mail, "timestamp"));
    }
    dom::element body;
    if (kind == "Bounce" && member(n, "bounce", &body)) {
      sv type = str(body, "bounceType");
      sv subtype = str(body, "bounceSubType");
      // SES sends a Bounce only once it stops trying: a Transient one is a
      // message that was not delivered (the address may work later).
      ev.action = Action::bounced;
      if (type != "Permanent") ev.hard = Tristate::no;
      ev.reason_hint = ses_subtype_hint(subtype);
      set_time(ev, rfc3339(str(body, "timestamp")));
      ev.host_name = after_semicolon(str(body, "reportingMTA"));
      sv ip = str(body, "remoteMtaIp");
      if (looks_like_ip_address(ip)) ev.destination_ip = ip;
      return ses_recipients(ev, body, "bouncedRecipients");
    }
    if (kind == "DeliveryDelay" && member(n, "deliveryDelay", &body)) {
      mark_deferral(ev);
      ev.reason_hint = ses_delay_hint(str(body, "delayType"));
      set_time(ev, rfc3339(str(body, "timestamp")));
      ev.host_name = after_semicolon(str(body, "reportingMTA"));
      return ses_recipients(ev, body, "delayedRecipients");
    }
    if (kind == "Complaint" && member(n, "complaint", &body)) {
      // An OnAccountSuppressionList "complaint" was never sent: the address
      // was on the account's suppression list.
      if (str(body, "complaintSubType") == "OnAccountSuppressionList") {
        ev.action = Action::bounced;
        ev.reason_hint = "suppressed";
      } else {
        ev.action = Action::feedback;
        ev.reason_hint = "feedback";
        ev.feedback_type = str(body, "complaintFeedbackType");
        ev.diagnostic = str(body, "userAgent");
      }
      set_time(ev, rfc3339(str(body, "timestamp")));
      return ses_recipients(ev, body, "complainedRecipients");
    }
    if (kind == "Delivery" && member(n, "delivery", &body)) {
      ev.action = Action::delivered;
      set_time(ev, rfc3339(str(body, "timestamp")));
      ev.diagnostic = str(body, "smtpResponse");
      ev.host_name = str(body, "reportingMTA");
      sv ip = str(body, "remoteMtaIp");
      if (looks_like_ip_address(ip)) ev.destination_ip = ip;
      int64_t ms;
      if (!body["processingTimeMillis"].get(ms)) ev.delay_ms = ms;
      dom::array list;
      if (body["recipients"].get(list)) return problem("SES Delivery without recipients");
      emit_per_address(ev, list);
      return;
    }
    // SES refused to send the message at all: "Bad content" is its word for
    // a virus found in it. A "Rendering Failure" (templated sending) left it
    // with nothing to send.
    const bool rejected = kind == "Reject" && member(n, "reject", &body);
    const bool not_rendered = !rejected && kind == "Rendering Failure" && member(n, "failure", &body);
    if (rejected || not_rendered) {
      ev.action = Action::rejected;
      if (rejected) {
        ev.diagnostic = str(body, "reason");
        if (ev.diagnostic == "Bad content") ev.reason_hint = "virusdetected";
      } else {
        ev.diagnostic = str(body, "errorMessage");
        ev.reason_hint = "rendering-failure";
      }
      return ses_destinations(ev, mail, have_mail);
    }
    // Send, Open, Click, Subscription, AmazonSnsSubscriptionSucceeded: nothing
    // failed or was delivered.
  }

  // One event per address the message was for (mail.destination), or one
  // without an address when the record lists none.
  void ses_destinations(Event& ev, dom::element mail, bool have_mail) {
    dom::array list;
    uint32_t emitted = 0;
    if (have_mail && !mail["destination"].get(list)) emitted = emit_per_address(ev, list);
    if (!emitted) emit(ev);
  }

  // One event per address in `list` (an array of strings), numbered in order;
  // returns how many.
  uint32_t emit_per_address(const Event& ev, dom::array list) {
    uint32_t index = 0;
    for (dom::element r : list) {
      sv addr;
      if (r.get(addr)) continue;
      Event one = ev;
      one.to_address = addr;
      one.recipient_index = ++index;
      emit(one);
    }
    return index;
  }

  static void set_time(Event& ev, Timestamp t) {
    if (t.valid) ev.time = t;
  }

  void ses_recipients(const Event& ev, dom::element body, sv list_key) {
    dom::array list;
    if (body[list_key].get(list)) return problem("SES notification without " + std::string(list_key));
    uint32_t index = 0;
    for (dom::element r : list) {
      Event one = ev;
      one.to_address = str(r, "emailAddress");
      one.recipient_index = ++index;
      sv status = str(r, "status");
      if (is_enhanced_status(status)) one.enhanced_status = status;
      sv diag = strip_diagnostic_type(str(r, "diagnosticCode"));
      if (!diag.empty()) one.diagnostic = diag;
      find_smtp_codes(one.diagnostic, &one.reply_code, nullptr);
      emit(one);
    }
  }

  // --- SendGrid ----------------------------------------------------------------
  void sendgrid(dom::element e) {
    ++understood_;
    sv event = str(e, "event");
    Event ev = base("sendgrid.event", e, "timestamp", "email", "sg_message_id");
    ev.message_id = strip_angle_brackets(str(e, "smtp-id"));
    if (event == "delivered") {
      ev.action = Action::delivered;
      ev.diagnostic = str(e, "response");
    } else if (event == "deferred") {
      mark_deferral(ev);
      ev.diagnostic = str(e, "response");
    } else if (event == "bounce") {
      // type "bounce" (the address failed) or "blocked" (the receiver refused
      // this message or sender); both end the attempt.
      ev.action = Action::bounced;
      ev.diagnostic = str(e, "reason");
      sv status = str(e, "status");
      if (is_enhanced_status(status)) ev.enhanced_status = status;
    } else if (event == "dropped") {
      // SendGrid did not send: addresses on its suppression lists are dropped
      // with these reasons; others ("Invalid SMTPAPI header") are the sender's.
      ev.action = Action::bounced;
      ev.diagnostic = str(e, "reason");
      if (ev.diagnostic == "Bounced Address") ev.reason_hint = "suppressed";
      else if (ev.diagnostic == "Spam Reporting Address") ev.reason_hint = "suppressed-after-complaint";
      else if (ev.diagnostic == "Unsubscribed Address") ev.reason_hint = "suppressed-by-recipient";
      // "Invalid": the address itself is malformed (SendGrid's docs).
      else if (ev.diagnostic == "Invalid") ev.reason_hint = "userunknown";
    } else if (event == "spamreport") {
      mark_complaint(ev);
    } else {
      return;  // processed, open, click, unsubscribe, group_(un|re)subscribe
    }
    emit_outcome(ev);
  }

  // --- Mailgun -----------------------------------------------------------------
  void mailgun(dom::element e) {
    ++understood_;
    sv event = str(e, "event");
    Event ev = base("mailgun.event", e, "timestamp", "recipient", "id");
    dom::element message, headers, envelope, status;
    if (member(e, "message", &message) && member(message, "headers", &headers)) {
      ev.message_id = strip_angle_brackets(str(headers, "message-id"));
      ev.subject = str(headers, "subject");
    }
    if (member(e, "envelope", &envelope)) ev.from_address = str(envelope, "sender");
    if (member(e, "delivery-status", &status)) {
      int64_t code = 0;
      if (!status["code"].get(code) && code >= 200 && code <= 599) ev.reply_code = uint16_t(code);
      sv enhanced = str(status, "enhanced-code");
      if (is_enhanced_status(enhanced)) ev.enhanced_status = enhanced;
      ev.diagnostic = str(status, "message");
      if (ev.diagnostic.empty()) ev.diagnostic = str(status, "description");
      ev.destination_domain = str(status, "mx-host");
    }
    sv reason = str(e, "reason");
    if (event == "failed") {
      bool permanent = str(e, "severity") == "permanent";
      ev.action = permanent ? Action::bounced : Action::deferred;
      if (!permanent) ev.hard = Tristate::no;
      // "old": retried until Mailgun's retry period ran out.
      if (reason == "old") ev.action = Action::expired, ev.reason_hint = "expired";
      // suppress-bounce: an earlier hard bounce; suppress-unsubscribe: the
      // recipient's own choice; suppress-complaint: the recipient reported
      // an earlier message as spam.
      if (reason == "suppress-complaint") ev.reason_hint = "suppressed-after-complaint";
      else if (reason == "suppress-unsubscribe") ev.reason_hint = "suppressed-by-recipient";
      else if (reason.starts_with("suppress-")) ev.reason_hint = "suppressed";
      if (ev.diagnostic.empty()) ev.diagnostic = reason;
    } else if (event == "rejected") {
      ev.action = Action::rejected;
      dom::element reject;
      if (member(e, "reject", &reject)) {
        ev.diagnostic = str(reject, "description");
        if (ev.diagnostic.empty()) ev.diagnostic = str(reject, "reason");
      }
    } else if (event == "delivered") {
      ev.action = Action::delivered;
    } else if (event == "complained") {
      mark_complaint(ev);
    } else {
      return;  // accepted, opened, clicked, unsubscribed, stored, list_member_uploaded
    }
    emit(ev);
  }

  // --- Postmark ----------------------------------------------------------------
  void postmark(dom::element e) {
    ++understood_;
    sv record = str(e, "RecordType");
    sv type = str(e, "Type");
    Event ev = base("postmark.webhook");
    ev.local_id = str(e, "MessageID");
    ev.subject = str(e, "Subject");
    ev.from_address = str(e, "From");
    if (record == "Delivery") {
      ev.action = Action::delivered;
      ev.to_address = str(e, "Recipient");
      ev.time = rfc3339(str(e, "DeliveredAt"));
      ev.diagnostic = str(e, "Details");
      return emit(ev);
    }
    if (!record.empty() && record != "Bounce" && record != "SpamComplaint") return;  // Open, Click, SubscriptionChange
    ev.to_address = str(e, "Email");
    ev.time = rfc3339(str(e, "BouncedAt"));
    ev.diagnostic = strip_diagnostic_type(str(e, "Details"));
    if (ev.diagnostic.empty()) ev.diagnostic = str(e, "Description");
    if (type == "SpamComplaint" || record == "SpamComplaint") {
      mark_complaint(ev);
    } else if (type == "AutoResponder") {
      ev.action = Action::autoreply;
      ev.reason_hint = "vacation";
    } else if (type == "Transient") {
      mark_deferral(ev);
    } else if (type == "ChallengeVerification") {
      // A challenge-response filter holds the message until the sender answers.
      mark_deferral(ev);
      ev.reason_hint = "challenge";
    } else if (type == "DnsError") {
      // "A temporary DNS error": Postmark retries.
      mark_deferral(ev);
      ev.reason_hint = "dns-error";
    } else if (type == "Subscribe" || type == "Unsubscribe") {
      return;  // list management: nothing failed
    } else {
      ev.action = Action::bounced;
      if (type == "SoftBounce") ev.hard = Tristate::no;
      if (type == "ManuallyDeactivated") ev.reason_hint = "suppressed-by-recipient";
      if (type == "BadEmailAddress") ev.reason_hint = "userunknown";
      if (type == "VirusNotification") ev.reason_hint = "virusdetected";
    }
    emit_outcome(ev);
  }

  // An integer member written as a number or as a numeric string (SparkPost
  // writes "bounce_class": "10"); -1 when absent.
  static int64_t number(dom::element e, sv key) {
    dom::element v;
    if (!member(e, key, &v)) return -1;
    int64_t i = 0;
    if (!v.get(i)) return i;
    sv s;
    if (v.get(s) || s.empty() || s.size() > 9) return -1;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      i = i * 10 + (c - '0');
    }
    return i;
  }

  // --- SparkPost ---------------------------------------------------------------
  // {"msys": {"message_event": {"type": "bounce", "bounce_class": "10", ...}}};
  // a webhook posts an array of them. track_event (opens, clicks),
  // unsubscribe_event and relay_event say nothing of delivery.
  void sparkpost(dom::element msys) {
    ++understood_;
    dom::element e;
    // Deliveries, bounces and delays are "message_event"s; a template that
    // failed to render or a message refused before it was made, "gen_event"s.
    if (!member(msys, "message_event", &e) && !member(msys, "gen_event", &e)) return;
    sv type = str(e, "type");
    Event ev = base("sparkpost.event", e, "timestamp", "rcpt_to", "message_id");
    ev.subject = str(e, "subject");
    ev.from_address = str(e, "msg_from");
    ev.source_ip = str(e, "sending_ip");
    ev.diagnostic = str(e, "raw_reason");
    if (ev.diagnostic.empty()) ev.diagnostic = str(e, "reason");
    const int64_t bounce_class = number(e, "bounce_class");
    if (type == "delivery") {
      ev.action = Action::delivered;
    } else if (type == "bounce" || type == "out_of_band") {
      ev.action = Action::bounced;
      // SparkPost's bounce classes: 10 invalid recipient, 25 admin failure,
      // 30 no RCPT, 90 unsubscribe are hard; the others soft or blocks.
      if (bounce_class != 10 && bounce_class != 25 && bounce_class != 30 && bounce_class != 90) ev.hard = Tristate::no;
      switch (bounce_class) {
        case 10: ev.reason_hint = "userunknown"; break;
        case 22: ev.reason_hint = "mailboxfull"; break;
        case 23: ev.reason_hint = "mesgtoobig"; break;
        case 52: ev.reason_hint = "spamdetected"; break;
        case 60: ev.action = Action::autoreply, ev.reason_hint = "vacation"; break;
        case 90: ev.reason_hint = "suppressed-by-recipient"; break;
        case 100: ev.reason_hint = "challenge"; break;
        default: break;
      }
    } else if (type == "delay") {
      mark_deferral(ev);
    } else if (type == "policy_rejection" || type == "generation_rejection" || type == "generation_failure") {
      // SparkPost did not send it (its suppression list, a policy, a template that failed).
      ev.action = Action::rejected;
      if (ev.diagnostic.find("suppressed") != npos) ev.reason_hint = "suppressed";
    } else if (type == "spam_complaint") {
      mark_complaint(ev);
      if (!str(e, "fbtype").empty()) ev.feedback_type = str(e, "fbtype");
    } else {
      return;  // injection, sms_status, amp events
    }
    emit_outcome(ev);
  }

  // --- Mailchimp Transactional (Mandrill) --------------------------------------
  // {"event": "hard_bounce", "ts": 1714..., "msg": {"email": ..., "state": "bounced",
  //  "bounce_description": "bad_mailbox", "diag": "smtp;550 5.1.1 ..."}}
  void mandrill(dom::element e) {
    ++understood_;
    sv event = str(e, "event");
    dom::element msg;
    member(e, "msg", &msg);
    Event ev = base("mandrill.event");
    if (dom::element ts; member(e, "ts", &ts)) ev.time = unix_time(ts);
    ev.to_address = str(msg, "email");
    ev.from_address = str(msg, "sender");
    ev.subject = str(msg, "subject");
    ev.local_id = str(msg, "_id");
    ev.diagnostic = strip_diagnostic_type(str(msg, "diag"));
    const sv description = str(msg, "bounce_description");
    if (ev.diagnostic.empty()) ev.diagnostic = description;
    if (event == "send") {
      ev.action = Action::delivered;
    } else if (event == "hard_bounce" || event == "soft_bounce") {
      ev.action = Action::bounced;
      if (event == "soft_bounce") ev.hard = Tristate::no;
      if (description == "bad_mailbox") ev.reason_hint = "userunknown";
      else if (description == "mailbox_full") ev.reason_hint = "mailboxfull";
      else if (description == "spam_related") ev.reason_hint = "spamdetected";
      else if (description == "virus_related") ev.reason_hint = "virusdetected";
    } else if (event == "deferral") {
      mark_deferral(ev);
      // The retries' replies are in "smtp_events"; the last is the latest.
      if (dom::array attempts; ev.diagnostic.empty() && !msg["smtp_events"].get(attempts))
        for (dom::element attempt : attempts)
          if (sv diag = strip_diagnostic_type(str(attempt, "diag")); !diag.empty()) ev.diagnostic = diag;
    } else if (event == "reject") {
      // Not sent. Why, when the message says: its "reject" object (or the
      // send call's "reject_reason"). Most are Mandrill's rejection denylist
      // (an earlier bounce, complaint or unsubscribe); "unsigned" and
      // "invalid-sender" are the sender's domain, which its detail names.
      ev.action = Action::rejected;
      dom::element reject;
      const bool have_reject = member(msg, "reject", &reject);
      sv why = have_reject ? str(reject, "reason") : str(msg, "reject_reason");
      if (have_reject && ev.diagnostic.empty()) ev.diagnostic = str(reject, "detail");
      if (why == "spam") ev.reason_hint = "suppressed-after-complaint";
      else if (why == "unsub") ev.reason_hint = "suppressed-by-recipient";
      else if (why != "unsigned" && why != "invalid-sender") ev.reason_hint = "suppressed";
      if (ev.diagnostic.empty()) ev.diagnostic = why;
      if (ev.diagnostic.empty()) ev.diagnostic = "rejected by Mandrill's rejection list";
    } else if (event == "spam") {
      mark_complaint(ev);
    } else {
      return;  // open, click, unsub, whitelist, blacklist
    }
    emit_outcome(ev);
  }

  // --- Mailjet -------------------------------------------------------------------
  // {"event": "bounce", "time": 1430812195, "MessageID": 13792286917004336, "email": ...,
  //  "hard_bounce": true, "error_related_to": "recipient", "error": "user unknown", "comment": ...}
  void mailjet(dom::element e) {
    ++understood_;
    sv event = str(e, "event");
    Event ev = base("mailjet.event", e, "time", "email", "Message_GUID");
    const sv error = str(e, "error");
    ev.diagnostic = str(e, "comment");
    if (ev.diagnostic.empty()) ev.diagnostic = error;
    if (event == "sent") {
      ev.action = Action::delivered;
      ev.diagnostic = str(e, "smtp_reply");
    } else if (event == "bounce") {
      ev.action = Action::bounced;
      bool hard = false;
      if (dom::element h; member(e, "hard_bounce", &h) && !h.get(hard) && !hard) ev.hard = Tristate::no;
      if (error == "user unknown") ev.reason_hint = "userunknown";
      else if (error == "quota exceeded") ev.reason_hint = "mailboxfull";
      else if (error == "content blocked") ev.reason_hint = "spamdetected";
    } else if (event == "blocked") {
      // Mailjet did not send: "preblocked" addresses (earlier bounces, spam reports), duplicates, ...
      ev.action = Action::rejected;
      if (error == "preblocked" || error == "spam preblocked") ev.reason_hint = "suppressed";
      else if (error == "spam reporter") ev.reason_hint = "suppressed-after-complaint";
    } else if (event == "spam") {
      mark_complaint(ev);
    } else {
      return;  // open, click, unsub
    }
    emit_outcome(ev);
  }

  // --- Brevo (Sendinblue) ----------------------------------------------------------
  // {"event": "hard_bounce", "email": ..., "id": 123, "date": "2024-05-02 11:00:00",
  //  "message-id": "<...>", "ts_event": 1714..., "reason": "..."}
  void brevo(dom::element e) {
    ++understood_;
    sv event = str(e, "event");
    Event ev = base("brevo.event");
    dom::element ts;
    if (member(e, "ts_event", &ts) || member(e, "ts_epoch", &ts) || member(e, "ts", &ts)) ev.time = unix_time(ts);
    ev.to_address = str(e, "email");
    ev.message_id = strip_angle_brackets(str(e, "message-id"));
    ev.subject = str(e, "subject");
    ev.source_ip = str(e, "sending_ip");
    ev.diagnostic = str(e, "reason");
    if (event == "delivered") {
      ev.action = Action::delivered;
    } else if (event == "hard_bounce" || event == "soft_bounce") {
      ev.action = Action::bounced;
      if (event == "soft_bounce") ev.hard = Tristate::no;
    } else if (event == "invalid_email") {
      ev.action = Action::bounced;
      ev.reason_hint = "userunknown";
    } else if (event == "deferred") {
      mark_deferral(ev);
    } else if (event == "blocked") {
      // Brevo did not send: the address is on its blocklist (an earlier hard bounce, an unsubscribe).
      ev.action = Action::rejected;
      ev.reason_hint = "suppressed";
    } else if (event == "error") {
      // Brevo did not send, for a reason of the sender's (its "reason" says which).
      ev.action = Action::rejected;
    } else if (event == "spam" || event == "complaint") {
      mark_complaint(ev);
    } else {
      return;  // request, opened, unique_opened, click, unsubscribed, proxy_open
    }
    emit_outcome(ev);
  }

  // --- Resend ------------------------------------------------------------------------
  // {"type": "email.bounced", "created_at": ..., "data": {"email_id": ..., "to": [...],
  //  "bounce": {"type": "Permanent", "subType": "Suppressed", "message": "..."}}}
  // Resend sends through Amazon SES: its bounce types and subtypes are SES's.
  void resend(dom::element e, dom::element data) {
    ++understood_;
    sv type = str(e, "type");
    Event ev = base("resend.webhook");
    ev.time = rfc3339(str(e, "created_at"));
    ev.local_id = str(data, "email_id");
    ev.from_address = str(data, "from");
    ev.subject = str(data, "subject");
    if (type == "email.delivered") {
      ev.action = Action::delivered;
    } else if (type == "email.bounced") {
      ev.action = Action::bounced;
      if (dom::element bounce; member(data, "bounce", &bounce)) {
        ev.diagnostic = str(bounce, "message");
        if (str(bounce, "type") != "Permanent") ev.hard = Tristate::no;
        ev.reason_hint = ses_subtype_hint(str(bounce, "subType"));
      }
    } else if (type == "email.delivery_delayed") {
      mark_deferral(ev);
    } else if (type == "email.complained") {
      mark_complaint(ev);
    } else {
      return;  // email.sent, email.opened, email.clicked, contact and domain events
    }
    if (ev.action == Action::bounced || ev.action == Action::deferred)
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    dom::array to;
    if (data["to"].get(to)) {
      ev.to_address = str(data, "to");
      return emit(ev);
    }
    emit_per_address(ev, to);
  }

  // --- Postal -----------------------------------------------------------------------
  // {"event": "MessageDeliveryFailed", "timestamp": 1749893522.9, "uuid": ...,
  //  "payload": {"message": {"to": ..., "from": ..., "subject": ..., "token": ...},
  //              "status": "HardFail", "details": "...", "output": "550 5.7.1 ..."}}
  // MessageBounced carries the original message and the bounce, not why.
  void postal(dom::element e, dom::element payload) {
    ++understood_;
    const sv event = str(e, "event");
    Event ev = base("postal.webhook");
    if (dom::element ts; member(e, "timestamp", &ts)) ev.time = unix_time(ts);
    if (dom::element message; member(payload, "message", &message) || member(payload, "original_message", &message)) {
      ev.to_address = str(message, "to");
      ev.from_address = str(message, "from");
      ev.subject = str(message, "subject");
      ev.local_id = str(message, "token");
    }
    // What Postal says ("Message held because send limit (500) has been
    // reached") and what the server answered, both.
    const sv details = str(payload, "details");
    sv output = str(payload, "output");
    while (!output.empty() && (output.back() == '\n' || output.back() == '\r' || output.back() == ' ')) output.remove_suffix(1);
    postal_text_.assign(details);
    if (!output.empty() && details.find(output.substr(0, 24)) == npos) {
      if (!postal_text_.empty()) postal_text_.push_back(' ');
      postal_text_.append(output);
    }
    ev.diagnostic = postal_text_;
    if (event == "MessageSent") {
      ev.action = Action::delivered;
    } else if (event == "MessageDelayed") {
      mark_deferral(ev);
    } else if (event == "MessageDeliveryFailed" || event == "MessageBounced") {
      ev.action = Action::bounced;
      if (ev.diagnostic.empty()) ev.diagnostic = "the message bounced (Postal reports no reason)";
    } else if (event == "MessageHeld") {
      // Held on the server (a send limit, spam checks): not sent until released.
      mark_deferral(ev);
    } else {
      return;  // MessageLoaded, MessageLinkClicked, DomainDNSError, SendLimit* notices
    }
    emit_outcome(ev);
  }

  // --- GreenArrow Engine --------------------------------------------------------------
  // {"event_type": "delivery_attempt", "event_time": 1741874481, "status": "failure",
  //  "is_retry": 0, "msguid": ..., "sender": ..., "recipient": ..., "mx_hostname": ...,
  //  "message": "192.0.2.26 does not like recipient./Remote host said: 550-5.1.1 ..."}
  // status: success, failure, deferral, failure_toolong (given up after its
  // retry time), failure_local. The message is qmail's "host said" wording
  // (GreenArrow descends from qmail). Its bounce events ("bounce_all") carry
  // the bounce's "bounce_text" and "bounce_type" (h hard, s soft).
  void greenarrow(dom::element e) {
    ++understood_;
    Event ev = base("greenarrow.delivery");
    // An MTA's record of each attempt, read as a mail log's line is (a
    // deferral is one attempt, not a delay notice's wait).
    ev.scope = kScopeServerLog;
    dom::element ts;
    if (member(e, "event_time", &ts) || member(e, "timestamp", &ts)) ev.time = unix_time(ts);
    ev.to_address = str(e, "recipient");
    if (ev.to_address.empty()) ev.to_address = str(e, "email");
    ev.from_address = str(e, "sender");
    ev.local_id = str(e, "msguid");
    ev.destination_domain = str(e, "mx_hostname");
    ev.destination_ip = str(e, "mx_ip");
    ev.source_ip = str(e, "outmtaid_ip");
    const sv type = str(e, "event_type");
    if (type == "bounce_all" || type == "bounce_bad_address") {
      ev.action = Action::bounced;
      ev.diagnostic = str(e, "bounce_text");
      if (str(e, "bounce_type") == "s") ev.hard = Tristate::no;
      if (type == "bounce_bad_address" && ev.diagnostic.empty()) ev.reason_hint = "userunknown";
      return emit_outcome(ev);
    }
    if (!type.empty() && type != "delivery_attempt") return;  // opens, clicks, unsubscribes, complaints' own events
    sv message = str(e, "message");
    while (message.ends_with('/') || message.ends_with(' ')) message.remove_suffix(1);
    ev.diagnostic = message;
    const sv status = str(e, "status");
    if (status == "success") {
      ev.action = Action::delivered;
    } else if (status == "deferral") {
      mark_deferral(ev);
    } else if (status == "failure_toolong") {
      ev.action = Action::expired;
    } else if (status.starts_with("failure")) {
      ev.action = Action::bounced;
    } else {
      return;
    }
    if (ev.diagnostic.empty()) ev.diagnostic = status;
    emit_outcome(ev);
  }

  // --- Azure Communication Services Email -------------------------------------------
  // {"eventType": "Microsoft.Communication.EmailDeliveryReportReceived", "eventTime": ...,
  //  "data": {"sender": ..., "recipient": ..., "messageId": ..., "status": "Failed",
  //           "deliveryStatusDetails": {"statusMessage": "550 5.1.1 ...",
  //                                     "recipientMailServerHostName": ...},
  //           "deliveryAttemptTimestamp": ...}}
  // Other Event Grid events (engagement reports, the subscription's
  // validation) say nothing of delivery.
  void azure_communication(dom::element e, sv type, dom::element data) {
    ++understood_;
    if (type != "Microsoft.Communication.EmailDeliveryReportReceived") return;
    Event ev = base("azure.communication.email");
    ev.time = rfc3339(str(data, "deliveryAttemptTimestamp"));
    if (!ev.time.valid) ev.time = rfc3339(str(e, str(e, "eventTime").empty() ? "time" : "eventTime"));
    ev.to_address = str(data, "recipient");
    ev.from_address = str(data, "sender");
    ev.local_id = str(data, "messageId");
    if (dom::element details; member(data, "deliveryStatusDetails", &details)) {
      ev.diagnostic = strip_diagnostic_type(str(details, "statusMessage"));
      ev.destination_domain = str(details, "recipientMailServerHostName");
    }
    const sv status = str(data, "status");
    if (status == "Delivered" || status == "Expanded") {
      ev.action = Action::delivered;
    } else if (status == "Failed" || status == "Bounced") {
      ev.action = Action::bounced;
    } else if (status == "Suppressed") {
      // Not sent: the address is on the resource's suppression list.
      ev.action = Action::rejected;
      ev.reason_hint = "suppressed";
    } else if (status == "Quarantined" || status == "FilteredSpam") {
      // The receiving system's filters took it for spam (or worse).
      ev.action = Action::bounced;
      ev.reason_hint = "spamdetected";
    } else {
      return;
    }
    if (ev.diagnostic.empty()) ev.diagnostic = status;
    emit_outcome(ev);
  }

  std::string path_;
  dom::parser parser_;
  dom::parser sns_parser_;
  std::string buffer_;    // the file with SIMDJSON_PADDING spare bytes
  std::string sns_copy_;  // an SNS envelope's inner JSON
  std::string postal_text_;  // a Postal event's details and server output, joined
  EventSink* sink_ = nullptr;
  uint64_t line_ = 0;
  size_t events_ = 0, understood_ = 0, bad_ = 0;
  std::string first_problem_;
};

}  // namespace

int provider_json_sniff(sv head) {
  size_t first = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
  if (first == npos || (head[first] != '{' && head[first] != '[')) return 0;
  if (head.find("\"__REALTIME_TIMESTAMP\"") != npos) return 0;  // journald
  for (sv key : {sv("\"notificationType\""), sv("\"eventType\""), sv("\"TopicArn\""), sv("\"sg_event_id\""),
                 sv("\"sg_message_id\""), sv("\"event-data\""), sv("\"delivery-status\""), sv("\"log-level\""),
                 sv("\"RecordType\""), sv("\"BouncedAt\""), sv("\"aws.ses\""),
                 // SparkPost, Mailjet, Brevo, Resend
                 sv("\"msys\""), sv("\"mj_campaign_id\""), sv("\"Message_GUID\""), sv("\"ts_event\""),
                 sv("\"email.bounced\""), sv("\"email.delivered\""), sv("\"email.delivery_delayed\""),
                 sv("\"email.complained\""),
                 // Postal's events; Azure Communication Services as a CloudEvent (its own schema has "eventType")
                 sv("\"MessageDeliveryFailed\""), sv("\"MessageDelayed\""), sv("\"MessageSent\""), sv("\"MessageHeld\""),
                 sv("\"Microsoft.Communication."),
                 // GreenArrow Engine
                 sv("\"msguid\""), sv("\"bounce_bad_address\"")})
    if (head.find(key) != npos) return 95;
  // Mandrill: its events carry the message as "msg", with the delivery "state".
  if (head.find("\"msg\"") != npos && head.find("\"state\"") != npos && head.find("\"event\"") != npos) return 95;
  return 0;
}

std::unique_ptr<MessageParser> make_provider_json_parser(const FileContext& file) {
  return std::make_unique<ProviderJsonParser>(file);
}

}  // namespace mailtriage
