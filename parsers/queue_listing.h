// Mail queue listings, as postmasters save them when mail is stuck:
//   Postfix `postqueue -p` / `mailq`:
//     -Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
//     3F2A61C0042     2345 Tue Mar  4 09:00:00  app@example.com
//     (connect to mx.example.net[192.0.2.1]:25: Connection timed out)
//                                              user@example.net
//   (a '*' after the id: being delivered; '!': on hold; the reason in
//   parentheses applies to the recipients under it, until the next reason),
//   Postfix `postqueue -j`, one JSON object a message:
//     {"queue_name": "deferred", "queue_id": "3F2A61C0042", "arrival_time": 1741078800,
//      "sender": "app@example.com", "recipients": [{"address": "user@example.net",
//      "delay_reason": "connect to ...: Connection timed out"}]}
//   and Sendmail's `mailq`, the same shape with its own columns:
//     x4ABCD123456789     1234 Tue Mar  4 10:11 <app@example.com>
//                      (Deferred: Connection refused by mx.example.net.)
//                                          <user@example.net>
// Each recipient waiting with a reason is a deferral event on the line of
// that reason (the JSON record's line); a message waiting without one (just
// arrived, being delivered, held) is not a failure. Every other line of the
// listing is recognized.
#pragma once

#include <memory>
#include <string_view>

#include "parsers/parser.h"

namespace mailtriage {

int queue_listing_sniff(std::string_view head);
std::unique_ptr<LineParser> make_queue_listing_parser(const FileContext& file);

}  // namespace mailtriage
