// Non-standard bounces: the plain-text reports of qmail, Exim, old Sendmail
// and Postfix, Courier, OpenSMTPD, DragonFly, Exchange, Domino, providers and
// the Japanese carriers.
//
// Most of these formats share one shape: a few lines of boilerplate, a
// section listing each failed address with its error text, and a marker
// before the returned message. So a family is a row of data: how to tell it
// (Subject, From, header or body markers), where its recipient section starts
// and ends, what may precede an address on a recipient line, and how the
// error text is laid out. One engine reads every row; the few formats that
// are not text (Amazon SES JSON) or not per-recipient (Google Groups) have a
// reader function of their own (parsers/bounce_readers.cc).
#include <bitset>
#include <iterator>
#include <string>

#include "parsers/bounce_message.h"
#include "parsers/bounce_readers.h"
#include "parsers/bounce_text.h"
#include "parsers/smtp_codes.h"

namespace mailtriage::bounce {
namespace {

enum class Layout : uint8_t {
  // A line starting with the address; its error text is the rest of that line
  // and the lines after it, up to a blank line or the next address line.
  blocks,
  // The error text for all recipients is the section's text other than the
  // address lines (formats that state one error, before or after the list).
  section,
  // As blocks, but a blank line does not end the text: each address owns the
  // lines up to the next address line (GMX: "<addr>", a blank line,
  // "Reason:", the reason).
  paragraphs,
};

// Marker lists are '|'-separated and matched case-insensitively; a marker
// starting with '=' must be the whole (trimmed) line.
struct Family {
  std::string_view name;
  std::string_view subject;   // identifies when one is in the Subject
  std::string_view from;      // ... in the From field
  std::string_view header;    // ... is the name of a header field present
  std::string_view body;      // ... is in the text; with subject/from/header given, required as well
  std::string_view start;     // the recipient section starts after the line holding one of these
  std::string_view end;       // ... and ends at the line holding one of these (besides the common markers)
  std::string_view prefixes;  // what may stand before the address on a recipient line
  Layout layout = Layout::blocks;
  Action action = Action::bounced;
  std::string_view hint;      // a reason the format itself implies
  bool addresses_anywhere = false;  // section layout: an address anywhere in a line names a recipient
  // A recipient line lists every address after its prefix ("a@x, b@y"); the
  // prefix is a label, not part of the error text.
  bool list_after_prefix = false;
  // A reader of its own, for formats the engine cannot read.
  bool (*read)(const Message&, TextArena&, std::vector<Recipient>*) = nullptr;
};

// Lines that introduce the returned message in plain-text bounces.
constexpr std::string_view kReturnedMarkers =
    "--- Below this line is a copy of the message.|"
    "This is a copy of the message, including all the headers.|"
    "----- Original message -----|"
    "Below is a copy of the original message:|"
    "Message headers follow.|"
    "--- The header of the original message is following. ---|"
    "Original message follows.|"
    "--- Original message follows.|"
    "------- Returned Message --------|"
    "-------original message|"
    "-------original mail info|"
    "Included is a copy of the message header:|"
    "----- Unsent message follows -----|"
    "----- Original message follows -----|"
    "Original mail as follows:|"
    "Original Message:|"
    "------ Original Message ------|"
    "----- Message header follows -----|"
    "--- Original message header follows ---|"
    "The original message headers were:|"
    "Content-Type: message/rfc822";

const Family kFamilies[] = {
    {.name = "AmazonSES", .subject = "AWS Notification Message", .from = "amazonaws.com|amazonses.com",
     .body = "notificationType", .read = read_amazon_ses_json},
    {.name = "GoogleGroups", .header = "X-Failed-Recipients", .body = "Google Groups|groups.google.com",
     .read = read_google_groups},
    {.name = "Sendmail transcript", .subject = "Returned mail", .body = "----- Transcript of session follows -----",
     .read = read_sendmail_transcript},
    {.name = "qmail", .subject = "failure notice|failure delivery|Delivery failure",
     .body = "This is the qmail-send program|Unable to deliver message to the following address|"
             "we were unable to deliver your message to the following address|"
             "could not be delivered. This|could not be delivered. This is a permanent error",
     .start = "to the following address|is a permanent error;|Please verify the addresses",
     .prefixes = ""},
    {.name = "1&1 / GMX", .body = "--- The header of the original message is following. ---",
     .start = "address(es) failed:|address failed:|=failed:", .layout = Layout::paragraphs},
    {.name = "Exim", .from = "Mailer-Daemon|Mail Delivery System",
     .body = "This message was created automatically by mail delivery software|"
             "This message was created automatically by the SMTP relay",
     .start = "address(es) failed:|address failed:|following address failed|=failed:|"
              // Exim's delay warning: "The address(es) to which the message has not
              // yet been delivered is/are:".
              "has not yet been delivered is:|has not yet been delivered are:|have not yet been delivered are:",
     .prefixes = ""},
    {.name = "Gmail", .from = "googlemail.com|google.com",
     .body = "Delivery to the following recipient|Technical details of",
     .start = "Delivery to the following recipient", .layout = Layout::section},
    // Gmail's notices since 2014: the address is inside a sentence, the
    // remote server's reply follows "The response from the remote server was:".
    {.name = "Gmail sentence", .from = "googlemail.com|google.com",
     .body = "The response from the remote server was:|The response was:|Your message wasn't delivered to|"
             "Your message couldn't be delivered to|There was a temporary problem delivering your message to",
     .start = "",
     .prefixes = "Your message wasn't delivered to|Your message couldn't be delivered to|Your message to|"
                 "There was a temporary problem delivering your message to|"
                 "There was a problem delivering your message to",
     .layout = Layout::section},
    {.name = "OpenSMTPD", .body = "This is the MAILER-DAEMON, please DO NOT REPLY",
     .start = "following list of recipients:|list of recipients:"},
    {.name = "DragonFly", .body = "This is the DragonFly Mail Agent",
     .start = "There was an error delivering your mail to", .prefixes = "There was an error delivering your mail to",
     .layout = Layout::section},
    {.name = "Postfix text", .body = "This is the Postfix program at host|This is the mail system at host",
     .start = "The Postfix program|The mail system"},
    {.name = "Active!Hunter", .body = "The following addresses had permanent fatal errors",
     .start = "The following addresses had permanent fatal errors",
     .prefixes = ">>>", .layout = Layout::section},
    {.name = "Courier", .body = "Courier mail server at|This is a delivery status notification from",
     .start = "was not delivered to|could not be delivered to|recipient",
     .prefixes = "<<< |>>> "},
    {.name = "Domino", .subject = "DELIVERY FAILURE", .body = "was not delivered to:",
     .start = "was not delivered to:", .layout = Layout::section},
    {.name = "Notes", .body = "------- Failure Reasons", .start = "------- Failure Reasons",
     .layout = Layout::section},
    // Exchange 2007 and later (and Microsoft 365): the part for administrators
    // lists each address, then "#550 5.1.1 ... ##" or "Remote Server returned '...'".
    {.name = "Exchange 2007", .body = "Diagnostic information for administrators:",
     .start = "Diagnostic information for administrators:", .end = "Original message headers:"},
    // hMailServer: "The following recipient(s) could not be reached:", then
    // each address with "Error Type:", "Remote server replied: 550 ..." below it.
    // MDaemon: boilerplate, then the session transcript ("--> RCPT To:<x>",
    // "<-- 550 ...") says which recipient got which reply.
    // (Its permanent-failure notice, "Permanent Delivery Failure", names itself
    // only in headers; the transcript's heading is its own.)
    {.name = "MDaemon", .body = "MDaemon Delivery Status Notification|--- Session Transcript ---",
     .read = read_arrow_transcript},
    // Mimecast's own notice: "An email that you attempted to send to the following address could
    // not be delivered:", then "-- address", "The problem appears to be :", "-- reason" and
    // "Additional information follows :", "-- the remote reply".
    {.name = "Mimecast notice", .body = "An email that you attempted to send to the following address",
     .start = "could not be delivered:", .end = "This condition occurred after|If you sent the email to multiple",
     .prefixes = "-- ", .layout = Layout::section},
    // Postfix's notice to the postmaster (notify_classes): a session of its own SMTP server that failed,
    // as " In:" commands and " Out:" replies.
    {.name = "Postfix server notice", .subject = "Postfix SMTP server: errors from",
     .body = "Transcript of session follows", .read = read_postfix_server_transcript},
    // GroupWise's Internet Agent: each address indented, its reply in parentheses after it.
    {.name = "GroupWise", .body = "The message that you sent was undeliverable to the following",
     .start = "The message that you sent was undeliverable to the following", .end = "Information about your message",
     .layout = Layout::blocks},
    // Coremail (NetEase 163/126, many Chinese hosts): an HTML page; the
    // recipient after "收件人：", the remote reply after "英文说明："
    // ("explanation in English").
    {.name = "Coremail", .body = "This message is generated by Coremail", .start = "",
     .prefixes = "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a", .layout = Layout::section},
    // Deutsche Telekom (T-Online) and other Smail-derived relays: the
    // addresses between "|---- Failed addresses follow: ---|" and "|---- Message
    // header follows: ---|", each with the reply indented under it.
    {.name = "Deutsche Telekom", .body = "Failed addresses follow:", .start = "Failed addresses follow:",
     .end = "Message header follows:|Message text follows:", .layout = Layout::blocks},
    // SmarterMail: "Failed Recipient: <addr>" with "Reason: ..." under it, one block each.
    {.name = "SmarterMail", .body = "Failed Recipient:", .start = "", .prefixes = "Failed Recipient:",
     .layout = Layout::blocks},
    // chasquid: the addresses listed, then under "----- Technical details -----"
    // each as '- "addr" (EMAIL) failed with error:' with the server's reply
    // indented below it.
    {.name = "chasquid", .body = "----- Technical details -----", .start = "----- Technical details -----",
     .layout = Layout::blocks},
    // Haraka's outbound.bounce_message: "Intended Recipients: <addrs>", then
    // "Failure Reason: <reply>" on the next line.
    {.name = "Haraka", .body = "This is the Haraka Mailer program", .start = "Sorry it didn't work out",
     .prefixes = "Intended Recipients:", .layout = Layout::section, .list_after_prefix = true},
    {.name = "hMailServer", .body = "The following recipient(s) could not be reached:",
     .start = "The following recipient(s) could not be reached:", .layout = Layout::blocks},
    {.name = "Exchange 2003", .body = "did not reach the following recipient",
     .start = "did not reach the following recipient", .layout = Layout::blocks},
    {.name = "Biglobe", .body = "----- The following addresses had delivery problems -----",
     .start = "The following addresses had delivery problems", .layout = Layout::section},
    {.name = "EZweb", .subject = "Mail System Error - Returned Mail", .from = "ezweb.ne.jp",
     .start = "", .prefixes = "Recipient:", .layout = Layout::section},
    {.name = "KDDI", .body = "Could not be delivered to:", .start = "", .prefixes = "Could not be delivered to:",
     .layout = Layout::section},
    {.name = "m-FILTER", .body = "-------server message", .start = "", .layout = Layout::section},
    {.name = "MXLogic", .body = "Included is a copy of the message header:", .start = "following address failed:"},
    {.name = "IMail", .subject = "Undeliverable Mail", .body = "Original message follows.", .start = "",
     .prefixes = "Unknown user:|Unknown host:|Mailbox full:", .layout = Layout::section},
    {.name = "InterScan", .body = "Message from InterScan Messaging Security Suite", .start = "",
     .prefixes = "Unable to deliver message to", .layout = Layout::section},
    {.name = "MailFoundry", .body = "Unable to deliver message to:", .start = "",
     .prefixes = "Unable to deliver message to:", .layout = Layout::section},
    {.name = "MailMarshal", .body = "The following recipients were affected:", .start = "Your message:",
     .end = "Additional Information", .prefixes = "The following recipients were affected:",
     .layout = Layout::section},
    {.name = "MessagingServer", .body = "This report relates to a message you sent",
     .start = "cannot be delivered to the following recipients", .prefixes = "Recipient address:"},
    {.name = "X3", .body = "This is an automatically generated Delivery Status Notification",
     .start = "Delivery to the following recipients|Delevery to the following recipients",
     .prefixes = "*", .layout = Layout::section},
    {.name = "X1", .body = "The following addresses had delivery errors",
     .start = "The following addresses had delivery errors"},
    {.name = "X6", .body = "We had trouble delivering your message", .start = "error(s):",
     .prefixes = "The following recipients returned permanent errors:",
     .layout = Layout::section, .addresses_anywhere = true},
    {.name = "ApacheJames", .body = "Message details:", .start = "", .prefixes = "RCPT TO:",
     .layout = Layout::section},
    {.name = "Verizon", .body = "Message could not be delivered to mobile", .start = "",
     .layout = Layout::section, .read = read_returned_recipients},
    {.name = "FML", .body = "You are not a member of this mailing list|Duplicated Message-ID", .start = "",
     .prefixes = "Duplicated Message-ID in|You are not a member of this mailing list", .layout = Layout::section},
    {.name = "Zoho", .from = "zoho.com|zohomail.com", .start = "is a permanent error|had fatal errors|had permanent fatal errors",
     .end = "Transcript of session follows|Received:from|=Received:", .prefixes = "[Status: Error, Address:|[Status: Warning, Address:"},
};

// Calls each(entry) for the entries of a '|'-separated list, in order, until
// it returns true; returns whether one did.
template <typename Each>
bool any_entry(std::string_view list, Each each) {
  while (!list.empty()) {
    const size_t bar = list.find('|');
    if (each(list.substr(0, bar))) return true;
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return false;
}

// A whole-line marker ("=text": the trimmed line is that text) rather than a substring.
bool whole_line_marker(std::string_view m) { return m.size() > 1 && m[0] == '='; }

// Whether any marker of a '|'-separated list is in s.
bool any_in(std::string_view s, std::string_view markers) {
  return any_entry(markers, [&](std::string_view m) {
    return whole_line_marker(m) ? iequals(trim(s), m.substr(1)) : !m.empty() && icontains(s, m);
  });
}

bool any_header(const HeaderList& h, std::string_view names) {
  return any_entry(names, [&](std::string_view name) { return h.has(name); });
}

// Length of the marker in `markers` that `s` starts with (case-insensitive), or 0.
size_t starts_with_any(std::string_view s, std::string_view markers) {
  size_t length = 0;
  any_entry(markers, [&](std::string_view m) {
    if (m.empty() || !istarts_with(s, m)) return false;
    length = m.size();
    return true;
  });
  return length;
}

constexpr size_t kFamilyCount = std::size(kFamilies);
using FamilySet = std::bitset<kFamilyCount>;

static_assert(kFamilyCount <= 256, "family indices are kept in uint8_t");

// The families one of whose markers in `list` (body, subject or from) is in
// `text`, as any_in() reads them, found in one pass over it for all families
// together: a search per family and marker went over the text or the
// Subject once per marker, for seventy families.
template <std::string_view Family::*list>
FamilySet families_named_in(std::string_view text) {
  struct Markers {
    std::vector<uint8_t> family;  // family of each marker in `all`
    std::string all;              // every family's substring markers, one '|'-list
    // Markers MarkerSet does not take (whole-line '=' ones, single bytes): any_in() reads them.
    std::vector<std::pair<uint8_t, std::string_view>> others;
    MarkerSet set;
    Markers() : all(collect(&family, &others)), set(all) {}
    static std::string collect(std::vector<uint8_t>* family, std::vector<std::pair<uint8_t, std::string_view>>* others) {
      std::string all;
      for (size_t f = 0; f < kFamilyCount; ++f)
        any_entry(kFamilies[f].*list, [&](std::string_view m) {
          if (m.size() >= 2 && !whole_line_marker(m)) {
            if (!all.empty()) all.push_back('|');
            all.append(m);
            family->push_back(uint8_t(f));
          } else if (!m.empty()) {
            others->emplace_back(uint8_t(f), m);
          }
          return false;
        });
      return all;
    }
  };
  static const Markers markers;
  FamilySet named;
  markers.set.scan(text, 0, [&](size_t, size_t which) {
    named.set(markers.family[which]);
    return true;
  });
  for (const auto& [f, m] : markers.others)
    if (!named[f] && any_in(text, m)) named.set(f);
  return named;
}

// Which families the message's Subject, From and body name (the body: the
// bounce's own wording, not words quoted in the returned message, often
// the larger part of the text).
struct FamiliesNamed {
  FamilySet subject, from, body;
};

bool identifies(size_t i, const Message& msg, const FamiliesNamed& named) {
  const Family& f = kFamilies[i];
  bool keyed = !f.subject.empty() || !f.from.empty() || !f.header.empty();
  bool key = named.subject[i] || named.from[i] || (!f.header.empty() && any_header(msg.headers, f.header));
  const bool body_named = named.body[i];
  if (keyed && !key) return false;
  if (!f.body.empty() && !body_named) return false;
  return keyed || !f.body.empty();
}

size_t indent_of(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

// If `line` (after the family's prefixes and list bullets) starts with an
// address, returns it and sets *rest to what follows; else "".
std::string_view leading_address(std::string_view line, std::string_view prefixes, std::string_view* rest,
                                 std::string_view* prefix = nullptr) {
  std::string_view s = trim(line);
  for (int round = 0; round < 2; ++round) {
    size_t n = starts_with_any(s, prefixes);
    if (n && prefix && prefix->empty()) *prefix = s.substr(0, n);
    if (n) s = trim_left(s.substr(n));
  }
  while (!s.empty() && (s[0] == '*' || s[0] == '-' || s[0] == '>' || s[0] == '#')) s = trim_left(s.substr(1));
  if (s.empty()) return {};
  size_t i = 0;
  char close = 0;
  if (s[0] == '<') close = '>', i = 1;
  else if (s[0] == '"') close = '"', i = 1;
  size_t b = i;
  while (i < s.size() && s[i] != close && !is_space(s[i]) && s[i] != ',' && s[i] != ';' &&
         !(close == 0 && (s[i] == ':' || s[i] == '>' || s[i] == '<' || s[i] == '(' || s[i] == '[')))
    ++i;
  std::string_view addr = s.substr(b, i - b);
  if (close && i < s.size() && s[i] == close) ++i;
  while (!addr.empty() && addr.back() == '.') addr.remove_suffix(1);
  if (!is_address(addr)) return {};
  std::string_view r = s.substr(i);
  while (!r.empty() && (r[0] == ':' || r[0] == ',' || r[0] == ' ' || r[0] == '\t' || r[0] == '.')) r.remove_prefix(1);
  *rest = r;
  return addr;
}

// Appends a trimmed line to `out`, one blank between lines.
void join(std::string* out, std::string_view line) {
  line = trim(line);
  if (line.empty()) return;
  if (!out->empty()) out->push_back(' ');
  out->append(line);
}

struct Section {
  std::string_view text;
  size_t start = 0, end = 0;  // offsets into the message text
};

const MarkerSet& returned_markers() {
  static const MarkerSet set(kReturnedMarkers);
  return set;
}

// Start of the first line at or after `from` (a line start) that holds one
// of the '|'-separated markers as any_in() reads them, or npos. Each plain
// marker is searched for once over the text, no further than the best line
// so far (markers hold no line break, so the leftmost occurrence names the
// leftmost line); whole-line ('=') markers are compared line by line. A
// search per line and marker cost more than reading the recipients.
size_t first_line_with_any(std::string_view text, size_t from, std::string_view markers) {
  size_t best = std::string_view::npos;  // an occurrence's offset, then its line's start
  bool whole_line_markers = false;
  any_entry(markers, [&](std::string_view m) {
    if (whole_line_marker(m)) {
      whole_line_markers = true;
    } else if (!m.empty()) {
      const size_t limit = best == std::string_view::npos ? text.size() : std::min(text.size(), best + m.size());
      const size_t at = ifind(text.substr(0, limit), m, from);
      if (at != std::string_view::npos && at < best) best = at;
    }
    return false;
  });
  if (best != std::string_view::npos) best = line_start_of(text, best);
  if (!whole_line_markers) return best;
  const size_t limit = best == std::string_view::npos ? text.size() : best;
  if (from >= limit) return best;
  Lines lines(text.substr(from, limit - from));
  std::string_view line;
  for (size_t pos = from; lines.next(&line); pos = from + lines.offset())
    if (any_entry(markers, [&](std::string_view m) { return whole_line_marker(m) && iequals(trim(line), m.substr(1)); }))
      return pos;
  return best;
}

Section find_section(const Family& f, std::string_view text) {
  Section s;
  s.start = 0;
  s.end = text.size();
  size_t body_from = 0;  // the line after the one holding a start marker
  if (!f.start.empty()) {
    const size_t marker_line = first_line_with_any(text, 0, f.start);
    if (marker_line == std::string_view::npos) return {};
    const size_t line_end = std::min(text.find('\n', marker_line), text.size());
    const std::string_view line = text.substr(marker_line, line_end - marker_line);
    body_from = s.start = line_end < text.size() ? line_end + 1 : line_end;
    // "...to the following address: <addr>" keeps the address on the marker line.
    std::string_view dummy;
    std::string_view tail = line;
    size_t colon = line.rfind(':');
    if (colon != std::string_view::npos) tail = line.substr(colon + 1);
    if (!leading_address(tail, f.prefixes, &dummy).empty()) s.start = marker_line;
  }
  // The section ends at the first line after that holding a returned-message
  // marker or one of the family's end markers.
  size_t end = returned_markers().find(text, body_from);
  if (end != std::string_view::npos) end = line_start_of(text, end);
  if (!f.end.empty()) end = std::min(end, first_line_with_any(text, body_from, f.end));
  if (end != std::string_view::npos) s.end = end;
  if (s.end < s.start) s.end = s.start;
  s.text = text.substr(s.start, s.end - s.start);
  return s;
}

bool read_section(const Family& f, const Section& sec, TextArena& arena, std::vector<Recipient>* out) {
  thread_local std::string diag;  // kept with its capacity; what is kept goes to the arena
  diag.clear();
  Lines lines(sec.text);
  std::string_view line;
  size_t first_indent = std::string_view::npos;
  bool in_block = false;
  auto close_block = [&] {
    if (in_block && !out->empty() && f.layout != Layout::section) out->back().diagnostic = arena.store(diag);
    in_block = false;
  };
  std::string section_text;
  while (lines.next(&line)) {
    std::string_view rest;
    std::string_view prefix;
    std::string_view addr = leading_address(line, f.prefixes, &rest, &prefix);
    size_t indent = indent_of(line);
    bool recipient_line = !addr.empty() && (first_indent == std::string_view::npos || indent <= first_indent);
    if (recipient_line) {
      // The same address listed twice (a report in two languages) is one recipient.
      bool seen = false;
      for (const Recipient& r : *out)
        if (iequals(r.address, addr)) seen = true;
      close_block();
      if (first_indent == std::string_view::npos) first_indent = indent;
      if (seen) {
        in_block = false;
        continue;
      }
      Recipient r;
      r.address = addr;
      r.action = f.action;
      r.hint = f.hint;
      out->push_back(r);
      if (f.list_after_prefix) {
        for (std::string_view more; !(addr = leading_address(rest, {}, &more)).empty(); rest = more) {
          r.address = addr;
          out->push_back(r);
        }
        prefix = {};
      }
      diag.clear();
      // Some formats put the error before the address ("Unknown user: x",
      // "You are not a member of this mailing list <x>"): it is part of the text.
      if (prefix.size() > 3) join(&diag, prefix);
      join(&diag, rest);
      if (f.layout == Layout::section) {
        // A sentence around the address ("Your message to <addr> has been
        // blocked") stays whole, the address in brackets as most formats
        // write it; a bare list line gives only its address.
        if (prefix.size() > 3) {
          join(&section_text, prefix);
          if (!rest.empty()) {
            join(&section_text, "<");
            section_text.append(addr).push_back('>');
          }
        }
        join(&section_text, rest);
      }
      in_block = true;
      continue;
    }
    if (f.layout == Layout::section) {
      join(&section_text, line);
      continue;
    }
    if (trim(line).empty()) {
      if (f.layout == Layout::blocks) close_block();
      continue;
    }
    if (in_block) join(&diag, line);
  }
  close_block();
  if (f.layout == Layout::section && out->empty() && f.addresses_anywhere) {
    // "SMTP Server <mx.example.org> rejected recipient <x@example.org> (...)":
    // the address sits inside the sentence.
    Lines again(sec.text);
    while (again.next(&line)) {
      size_t from = 0;
      while (true) {
        size_t lt = line.find('<', from);
        if (lt == std::string_view::npos) break;
        size_t gt = line.find('>', lt);
        if (gt == std::string_view::npos) break;
        std::string_view a = line.substr(lt + 1, gt - lt - 1);
        if (is_address(a)) {
          Recipient r;
          r.address = a;
          r.action = f.action;
          out->push_back(r);
          break;
        }
        from = gt + 1;
      }
    }
  }
  if (f.layout == Layout::section) {
    std::string_view all = arena.store(section_text);
    for (Recipient& r : *out) r.diagnostic = all;
  }
  return !out->empty();
}

// A line that is an address and nothing else ("  b@example.org", "<b@example.org>"):
// the next recipient of a list whose errors are indented under each (Exim).
bool is_bare_address_line(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() > 2 && t.front() == '<' && t.back() == '>') t = t.substr(1, t.size() - 2);
  return is_address(t);
}

// "<addr>: text", "addr: text" or "<addr> (expanded from <x>): text": the
// first line of a recipient's block in Postfix-style reports.
bool starts_recipient_block(std::string_view line) {
  std::string_view t = trim(line);
  bool angle = !t.empty() && t[0] == '<';
  size_t end = angle ? t.find('>') : t.find_first_of(": ");
  if (end == std::string_view::npos || !is_address(t.substr(angle ? 1 : 0, angle ? end - 1 : end))) return false;
  std::string_view rest = t.substr(end + (angle ? 1 : 0));
  return rest.starts_with(":") || rest.starts_with(" (expanded from");
}

}  // namespace

size_t find_returned_message(std::string_view text) {
  size_t at = returned_markers().find(text);
  if (at == std::string_view::npos) return at;
  size_t line_end = text.find('\n', at);  // markers hold no line break
  return line_end == std::string_view::npos ? text.size() : line_end + 1;
}

// A warning that delivery is still being retried, not a final failure: so
// says the Subject or the notice's own text (not the returned message's).
bool is_delay_notice(const Message& msg) {
  static const MarkerSet kWarnings(
      "THIS IS A WARNING MESSAGE ONLY|has not yet been delivered|will be retried for|"
      "This is only a temporary failure report|Delivery attempts will continue");
  return any_in(msg.subject, "(Delay)|Delayed Mail|delivery delayed|Warning: message|delayed|warning:") ||
         kWarnings.find(msg.text.substr(0, msg.returned_at)) != std::string_view::npos;
}

std::string_view read_plain_bounce(const Message& msg, TextArena& arena, std::vector<Recipient>* out,
                                   size_t* original_start) {
  *original_start = msg.returned_at;
  std::string_view found;
  FamiliesNamed named;
  named.subject = families_named_in<&Family::subject>(msg.subject);
  named.from = families_named_in<&Family::from>(msg.headers.get("From"));
  named.body = families_named_in<&Family::body>(msg.text.substr(0, msg.returned_at));
  for (size_t i = 0; i < kFamilyCount; ++i) {
    const Family& f = kFamilies[i];
    if (!identifies(i, msg, named)) continue;
    out->clear();
    if (f.read) {
      if (f.read(msg, arena, out) && !out->empty()) { found = f.name; break; }
      continue;
    }
    Section sec = find_section(f, msg.text);
    if (sec.text.empty()) continue;
    if (read_section(f, sec, arena, out)) { found = f.name; break; }
  }
  if (found.empty()) {
    out->clear();
    return {};
  }
  if (is_delay_notice(msg))
    for (Recipient& r : *out)
      if (r.action == Action::bounced) r.action = Action::deferred;
  // au (KDDI) marks the messages its spam filter refused.
  if (iequals(trim(msg.headers.get("X-SPASIGN")), "NG"))
    for (Recipient& r : *out) r.hint = "filtered";
  return found;
}

std::string_view diagnostic_for(std::string_view text, std::string_view address, TextArena& arena) {
  if (address.empty()) return {};
  // Only a line that holds the address can open its block or name it: the
  // walk jumps from one occurrence (a case-insensitive search over the
  // text) to the next, and reads line by line only inside a block.
  auto line_at = [&](size_t pos, size_t* next) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    *next = nl < text.size() ? nl + 1 : nl;
    return text.substr(pos, nl - pos);
  };
  auto next_line_naming = [&](size_t from) {
    const size_t at = ifind(text, address, from);
    return at == std::string_view::npos ? at : line_start_of(text, at);
  };
  thread_local std::string diag;  // kept with its capacity; the result goes to the arena
  diag.clear();
  bool in_block = false;
  size_t block_indent = 0;
  for (size_t pos = 0, next = 0; pos < text.size(); pos = next) {
    if (!in_block && (pos = next_line_naming(pos)) == std::string_view::npos) break;
    const std::string_view line = line_at(pos, &next);
    if (in_block) {
      // Postfix indents the continuation lines, but relays and mail
      // clients often strip that; a blank line or the next "<addr>:" ends it.
      // Sendmail's transcript goes on with the next session ("... while talking
      // to mx.:"): another recipient's lines. (Courier's ">>> DATA" under the
      // address is the address's own.)
      const std::string_view t = trim(line);
      const bool next_session = t.starts_with("... while talking to ");
      if (t.empty() || next_session ||
          (indent_of(line) <= block_indent && (starts_recipient_block(line) || is_bare_address_line(line)))) {
        in_block = false;
        if (!diag.empty()) break;
        continue;  // a bare list entry: the address may come again with its error
      }
      join(&diag, line);
      continue;
    }
    std::string_view rest;
    std::string_view addr = leading_address(line, "", &rest);
    if (addr.empty() || !iequals(addr, address)) continue;
    // "<addr> (expanded from <alias>): text"
    if (!rest.empty() && rest[0] == '(') {
      size_t close = rest.find(')');
      if (close != std::string_view::npos) rest = trim_left(rest.substr(close + 1));
      while (!rest.empty() && rest[0] == ':') rest = trim_left(rest.substr(1));
    }
    join(&diag, rest);
    in_block = true;
    block_indent = indent_of(line);
  }
  if (diag.empty()) {
    // No block of its own: the sentence that names the address ("Your message
    // wasn't delivered to x because the address couldn't be found").
    for (size_t pos = 0, next = 0; (pos = next_line_naming(next)) != std::string_view::npos;) {
      const std::string_view line = line_at(pos, &next);
      // Header and report fields name the address but say nothing of the error.
      std::string_view field = trim(line);
      if (looks_like_header_line(field)) {
        std::string_view name = field.substr(0, field.find(':'));
        if (iequals(name, "To") || iequals(name, "Cc") || iequals(name, "From") || icontains(name, "Recipient") ||
            iequals(name, "Received") || iequals(name, "Delivered-To") || icontains(name, "-To"))
          continue;
      }
      std::string_view t = trim(line);
      if (t.size() <= address.size() + 4) {
        // The address alone, in a list; Domino puts the reason two
        // paragraphs below it: "was not delivered to:" / addr / "because:" / text.
        size_t at = next;
        auto next_filled = [&]() {
          std::string_view l;
          while (at < text.size() && trim(l = line_at(at, &at)).empty()) {}
          return trim(l);
        };
        if (iequals(next_filled(), "because:")) {
          // Its lines up to the next blank one.
          for (std::string_view reason = next_filled(); !reason.empty();
               reason = at < text.size() ? trim(line_at(at, &at)) : std::string_view())
            join(&diag, reason.substr(0, 400));
          if (!diag.empty()) break;
        }
        continue;
      }
      join(&diag, t.substr(0, 400));
      break;
    }
  }
  return arena.store(diag);
}

}  // namespace mailtriage::bounce
