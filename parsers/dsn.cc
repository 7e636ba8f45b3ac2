#include "parsers/dsn.h"

#include <string>

#include "parsers/timestamp.h"

namespace mailtriage {

using namespace bounce;

void DsnReport::clear() {
  reporting_mta = received_from_mta = arrival_date = queue_id = envelope_sender = original_envelope_id = {};
  recipients.clear();
}

namespace {

// "rfc822; user@example.org" -> type "rfc822", value "user@example.org".
void split_typed(std::string_view v, std::string_view* type, std::string_view* value) {
  size_t semi = v.find(';');
  // A type is one short token; "a;b" inside a diagnostic without a type is not.
  if (semi != std::string_view::npos && semi <= 24 && v.substr(0, semi).find(' ') == std::string_view::npos) {
    *type = trim(v.substr(0, semi));
    *value = trim(v.substr(semi + 1));
  } else {
    *type = {};
    *value = trim(v);
  }
}

enum class Field : uint8_t {
  none, reporting_mta, received_from_mta, arrival_date, queue_id, sender, envid,
  final_recipient, original_recipient, actual_recipient, action, status, remote_mta, diagnostic,
  last_attempt, retry_until, supplementary,
};

struct FieldName {
  std::string_view name;
  Field field;
};
constexpr FieldName kFields[] = {
    {"Reporting-MTA", Field::reporting_mta},
    {"Received-From-MTA", Field::received_from_mta},
    {"Arrival-Date", Field::arrival_date},
    {"X-Postfix-Queue-ID", Field::queue_id},
    {"X-Postfix-Sender", Field::sender},
    {"X-Original-Sender", Field::sender},
    {"Original-Envelope-Id", Field::envid},
    {"Final-Recipient", Field::final_recipient},
    {"Original-Recipient", Field::original_recipient},
    {"X-Actual-Recipient", Field::actual_recipient},
    {"Action", Field::action},
    {"Status", Field::status},
    {"Remote-MTA", Field::remote_mta},
    {"Diagnostic-Code", Field::diagnostic},
    {"Last-Attempt-Date", Field::last_attempt},
    {"Will-Retry-Until", Field::retry_until},
    {"X-Supplementary-Info", Field::supplementary},
};

Field field_of(std::string_view name) {
  for (const FieldName& f : kFields)
    if (iequals(f.name, name)) return f.field;
  return Field::none;
}

}  // namespace

namespace {
bool has_letter(std::string_view s) {
  for (char c : s)
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  return false;
}
}  // namespace

bool parse_dsn(std::string_view text, TextArena& arena, DsnReport* out, bool in_text) {
  out->clear();
  DsnRecipient current;
  bool in_recipient = false;
  auto close_recipient = [&] {
    if (in_recipient && current.has_fields()) out->recipients.push_back(current);
    current = DsnRecipient{};
    in_recipient = false;
  };

  Lines lines(text);
  std::string_view line;
  thread_local std::string value;  // the current field's value, with its continuation lines
  value.clear();
  Field field = Field::none;
  bool pending = false;

  auto apply = [&] {
    if (!pending) return;
    pending = false;
    std::string_view v = arena.store(trim(value));
    std::string_view type, rest;
    switch (field) {
      case Field::none: break;
      case Field::reporting_mta: split_typed(v, &type, &out->reporting_mta); break;
      case Field::received_from_mta: split_typed(v, &type, &out->received_from_mta); break;
      case Field::arrival_date: out->arrival_date = v; break;
      case Field::queue_id: out->queue_id = v; break;
      case Field::sender:
        split_typed(v, &type, &rest);
        out->envelope_sender = extract_address(rest);
        break;
      case Field::envid: out->original_envelope_id = v; break;
      case Field::final_recipient:
        if (in_recipient && (!current.final_recipient.empty() || !current.recipient_raw.empty())) close_recipient();
        in_recipient = true;
        split_typed(v, &type, &rest);
        current.final_recipient = extract_address(rest);
        if (current.final_recipient.empty()) current.recipient_raw = v;
        break;
      case Field::original_recipient:
        if (in_recipient && !current.original_recipient.empty()) close_recipient();
        in_recipient = true;
        split_typed(v, &type, &rest);
        current.original_recipient = extract_address(rest);
        break;
      // Sendmail's X-Actual-Recipient follows Final-Recipient within the same
      // recipient's fields and names where an alias led ("X-Unix; |/usr/bin/filter",
      // a local user): it never opens a recipient of its own.
      case Field::actual_recipient:
        in_recipient = true;
        split_typed(v, &type, &rest);
        current.actual_recipient = extract_address(rest);
        if (current.original_recipient.empty()) current.original_recipient = current.actual_recipient;
        break;
      case Field::action: current.action = v; break;
      case Field::status: current.status = v; break;
      case Field::remote_mta: split_typed(v, &type, &current.remote_mta); break;
      case Field::diagnostic: split_typed(v, &current.diagnostic_type, &current.diagnostic); break;
      case Field::last_attempt: current.last_attempt_date = v; break;
      case Field::retry_until: current.will_retry_until = v; break;
      case Field::supplementary: current.supplementary = v; break;
    }
  };

  while (lines.next(&line)) {
    if (trim(line).empty()) {
      apply();
      close_recipient();
      continue;
    }
    if ((line[0] == ' ' || line[0] == '\t') && pending) {
      std::string_view cont = trim(line);
      if (!value.empty() && !cont.empty()) value.push_back(' ');
      value.append(cont);
      continue;
    }
    size_t colon = line.find(':');
    const bool header_line = colon != std::string_view::npos && colon != 0 && looks_like_header_line(line);
    // A Diagnostic-Code whose folding was lost (a report pasted or forwarded
    // inline in a mail's text: its continuation lines start at the margin)
    // goes on over the lines of words that follow it, up to a blank line or
    // the next field; a line of only rules or dashes is no part of it.
    if (in_text && !header_line && pending && field == Field::diagnostic && has_letter(line)) {
      value.push_back(' ');
      value.append(trim(line));
      continue;
    }
    apply();
    if (!header_line) {
      field = Field::none;
      continue;
    }
    field = field_of(trim(line.substr(0, colon)));
    if (field == Field::none) continue;
    value.assign(line.substr(colon + 1));
    pending = true;
  }
  apply();
  close_recipient();
  // A report cut short ends in a group with a recipient and nothing else;
  // it says nothing about that recipient and may hold a clipped address.
  if (out->recipients.size() > 1) {
    const DsnRecipient& last = out->recipients.back();
    if (last.action.empty() && last.status.empty() && last.diagnostic.empty()) out->recipients.pop_back();
  }
  return !out->recipients.empty();
}

namespace {

bool read_int(std::string_view s, size_t* i, int min_digits, int max_digits, int* out) {
  int n = 0, v = 0;
  while (*i < s.size() && is_digit(s[*i]) && n < max_digits) v = v * 10 + (s[(*i)++] - '0'), ++n;
  if (n < min_digits) return false;
  *out = v;
  return true;
}

void skip_blanks(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == ',')) ++*i;
}

int month_of(std::string_view m) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (m.size() < 3) return 0;
  for (int k = 0; k < 12; ++k)
    if (iequals(m.substr(0, 3), kMonths[k])) return k + 1;
  return 0;
}

// Obsolete zone names (RFC 5322 4.3) and a few common abbreviations, in minutes east of UTC.
bool zone_of(std::string_view z, int* minutes) {
  struct Zone {
    std::string_view name;
    int minutes;
  };
  static constexpr Zone kZones[] = {
      {"UT", 0}, {"UTC", 0}, {"GMT", 0}, {"Z", 0}, {"EST", -300}, {"EDT", -240}, {"CST", -360},
      {"CDT", -300}, {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"JST", 540},
      {"CET", 60}, {"CEST", 120}, {"BST", 60}, {"KST", 540}, {"MSK", 180},
  };
  for (const Zone& k : kZones)
    if (iequals(k.name, z)) return *minutes = k.minutes, true;
  return false;
}

}  // namespace

bool parse_rfc5322_date(std::string_view s, Timestamp* out) {
  s = trim(s);
  size_t i = 0;
  // Optional weekday.
  if (i < s.size() && !is_digit(s[i])) {
    while (i < s.size() && s[i] != ',' && s[i] != ' ') ++i;
    skip_blanks(s, &i);
  }
  int day = 0, year = 0, hour = 0, minute = 0, second = 0;
  if (!read_int(s, &i, 1, 2, &day)) return false;
  skip_blanks(s, &i);
  size_t m0 = i;
  while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
  int month = month_of(s.substr(m0, i - m0));
  if (!month) return false;
  skip_blanks(s, &i);
  size_t y0 = i;
  if (!read_int(s, &i, 2, 4, &year)) return false;
  if (i - y0 == 2) year += year < 50 ? 2000 : 1900;
  else if (i - y0 == 3) year += 1900;
  skip_blanks(s, &i);
  if (!read_int(s, &i, 1, 2, &hour) || i >= s.size() || s[i] != ':') return false;
  ++i;
  if (!read_int(s, &i, 2, 2, &minute)) return false;
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!read_int(s, &i, 2, 2, &second)) return false;
  }
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return false;
  skip_blanks(s, &i);
  int offset = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    int sign = s[i] == '-' ? -1 : 1;
    ++i;
    int hhmm = 0;
    size_t z0 = i;
    if (!read_int(s, &i, 4, 4, &hhmm)) {
      i = z0;
      if (!read_int(s, &i, 1, 2, &hhmm)) return false;  // "+9" or "+09:00"
      hhmm *= 100;
      if (i < s.size() && s[i] == ':') {
        ++i;
        int mm = 0;
        if (read_int(s, &i, 2, 2, &mm)) hhmm += mm;
      }
    }
    offset = sign * ((hhmm / 100) * 60 + hhmm % 100);
  } else if (i < s.size()) {
    size_t z0 = i;
    while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
    if (i > z0 && !zone_of(s.substr(z0, i - z0), &offset)) offset = 0;  // unknown zones count as UTC (RFC 5322 4.3)
  }
  int64_t days = days_from_civil(year, unsigned(month), unsigned(day));
  int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second - int64_t(offset) * 60;
  out->epoch_us = secs * 1000000;
  out->valid = true;
  out->year_inferred = false;
  return true;
}

}  // namespace mailtriage
