// Email providers' event notifications as JSON files: Amazon SES
// notifications (raw, inside an SNS envelope, or an EventBridge event),
// SendGrid event-webhook batches, Mailgun events (webhook payloads, Events API
// pages, single events) and Postmark bounce/delivery/spam-complaint webhooks.
// A file may hold one document, an array of them, or one per line (NDJSON).
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

// Confidence 0-100 that a file starting with `head` is provider event JSON.
int provider_json_sniff(std::string_view head);
std::unique_ptr<MessageParser> make_provider_json_parser(const FileContext& file);

}  // namespace mailtriage
