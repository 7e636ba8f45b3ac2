#include "parsers/bounce_forwarded.h"

#include <vector>

#include "parsers/bounce_text.h"
#include "parsers/dsn.h"

namespace mailtriage::bounce {

namespace {

// What a field of a forward's header block names. Mail clients write the
// block in the reader's language ("Von:", "De :", "Betreff:", "Gesendet:"),
// and Outlook says "Sent:" where others say "Date:".
enum class ForwardField { none, from, to, cc, subject, date };

struct ForwardFieldName {
  std::string_view name;  // lowercase, as written before the colon
  ForwardField field;
};

constexpr ForwardFieldName kForwardFieldNames[] = {
    {"from", ForwardField::from},        {"von", ForwardField::from},          {"de", ForwardField::from},
    {"van", ForwardField::from},         {"da", ForwardField::from},           {"od", ForwardField::from},
    {"fra", ForwardField::from},         {"fr\xc3\xa5n", ForwardField::from},  {"exp\xc3\xa9" "diteur", ForwardField::from},
    {"to", ForwardField::to},            {"an", ForwardField::to},             {"para", ForwardField::to},
    {"pour", ForwardField::to},          {"aan", ForwardField::to},            {"a", ForwardField::to},
    {"\xc3\xa0", ForwardField::to},      {"till", ForwardField::to},           {"til", ForwardField::to},
    {"do", ForwardField::to},            {"destinataire", ForwardField::to},   {"cc", ForwardField::cc},
    {"kopie", ForwardField::cc},         {"copia", ForwardField::cc},          {"reply-to", ForwardField::cc},
    {"subject", ForwardField::subject},  {"betreff", ForwardField::subject},   {"asunto", ForwardField::subject},
    {"sujet", ForwardField::subject},    {"objet", ForwardField::subject},     {"onderwerp", ForwardField::subject},
    {"oggetto", ForwardField::subject},  {"assunto", ForwardField::subject},   {"\xc3\xa4mne", ForwardField::subject},
    {"\xc3\x84mne", ForwardField::subject}, {"\xc3\x80", ForwardField::to},  // capitalized: ASCII folding misses them
    {"emne", ForwardField::subject},     {"temat", ForwardField::subject},     {"date", ForwardField::date},
    {"sent", ForwardField::date},        {"datum", ForwardField::date},        {"gesendet", ForwardField::date},
    {"fecha", ForwardField::date},       {"enviado", ForwardField::date},      {"envoy\xc3\xa9", ForwardField::date},
    {"envoye", ForwardField::date},      {"verzonden", ForwardField::date},    {"data", ForwardField::date},
    {"inviato", ForwardField::date},     {"skickat", ForwardField::date},      {"sendt", ForwardField::date},
    {"wys\xc5\x82" "ano", ForwardField::date},
};

// The verbs of a reply's attribution line ("On <date>, <who> wrote:", "Am
// <date> schrieb <who>:"), which ends in a colon.
constexpr std::string_view kAttributionVerbs[] = {
    "wrote",    "schrieb", "a \xc3\xa9" "crit", "escribi\xc3\xb3", "scrisse",   "schreef",
    "skrev",    "napisa\xc5\x82", "escreveu", "kirjoitti", "ha scritto",
};

// Reply and forward prefixes of subjects, in the languages clients use.
constexpr std::string_view kSubjectPrefixes[] = {"re", "fwd", "fw", "aw", "wg", "tr", "rv", "enc", "doorst",
                                                 "antw", "sv", "vs", "vl", "r", "i"};

// A line split into its quote marks ("> > ") and the rest.
struct QuotedLine {
  int depth = 0;
  std::string_view text;
};

QuotedLine unquote(std::string_view line) {
  QuotedLine q;
  size_t i = 0;
  for (;;) {
    size_t j = i;
    while (j < line.size() && line[j] == ' ' && j - i < 2) ++j;
    if (j >= line.size() || line[j] != '>') break;
    ++q.depth;
    i = j + 1;
  }
  if (q.depth > 0 && i < line.size() && line[i] == ' ') ++i;
  q.text = line.substr(i);
  return q;
}

// The field a forward-header line names, with its value; none when the line
// is not "Name: value" with a name of the table.
ForwardField forward_field(std::string_view line, std::string_view* value) {
  line = trim_left(line);
  // Clients that forward HTML mark the names bold: "*From:*".
  if (!line.empty() && line.front() == '*') line.remove_prefix(1);
  // The name as written, UTF-8 letters and a blank before the colon ("De :",
  // "Från:", "Ämne:") included: header_field_name_length() takes RFC 5322's.
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 20) return ForwardField::none;
  std::string_view name = trim(line.substr(0, colon));
  if (!name.empty() && name.back() == '*') name.remove_suffix(1);
  for (const ForwardFieldName& f : kForwardFieldNames)
    if (iequals(name, f.name)) {
      std::string_view rest = line.substr(colon + 1);
      if (!rest.empty() && rest.front() == '*') rest.remove_prefix(1);
      *value = trim(rest);
      return f.field;
    }
  return ForwardField::none;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  Lines walker(text);
  for (std::string_view line; walker.next(&line);) lines.push_back(line);
  return lines;
}

// The block of forward-header lines starting at line `first`, all at one
// quote depth; its fields, and the line after it.
struct ForwardHeader {
  std::string_view from, to, subject, date;
  int depth = 0;
  size_t end = 0;  // the first line after the block
};

bool read_forward_header(const std::vector<std::string_view>& lines, size_t first, ForwardHeader* out) {
  ForwardHeader& h = *out;
  h = ForwardHeader{};
  h.depth = unquote(lines[first]).depth;
  int fields = 0;
  size_t i = first;
  for (; i < lines.size(); ++i) {
    QuotedLine q = unquote(lines[i]);
    if (q.depth != h.depth) break;
    std::string_view value;
    const ForwardField f = forward_field(q.text, &value);
    if (f == ForwardField::none) break;
    ++fields;
    std::string_view* slot = f == ForwardField::from      ? &h.from
                             : f == ForwardField::to      ? &h.to
                             : f == ForwardField::subject ? &h.subject
                             : f == ForwardField::date    ? &h.date
                                                          : nullptr;
    if (slot && slot->empty()) *slot = value;
  }
  h.end = i;
  return fields >= 2 && !h.from.empty() && (!h.subject.empty() || !h.date.empty());
}

// The attribution before the quoted run that starts at line `first`: "On
// Mon, 2 Sep 2024 at 10:00, Mail Delivery System <MAILER-DAEMON@mx.example.com>
// wrote:", which clients wrap over two lines when it is long, often with a
// blank line before the quote. Who wrote (an address, else the line), or
// empty when no attribution stands there.
std::string_view attribution_before(const std::vector<std::string_view>& lines, size_t first, std::string* joined) {
  const int depth = unquote(lines[first]).depth;
  size_t i = first;
  while (i > 0 && trim(unquote(lines[i - 1]).text).empty()) --i;
  if (i == 0) return {};
  const QuotedLine last = unquote(lines[i - 1]);
  if (last.depth >= depth || trim(last.text).empty() || trim(last.text).back() != ':') return {};
  joined->assign(trim(last.text));
  if (i >= 2 && unquote(lines[i - 2]).depth == last.depth && !trim(unquote(lines[i - 2]).text).empty())
    joined->insert(0, std::string(trim(unquote(lines[i - 2]).text)) + " ");
  bool said = false;
  for (std::string_view verb : kAttributionVerbs)
    if (icontains(*joined, verb)) said = true;
  if (!said) return {};
  std::string_view who = extract_address(*joined);
  return who.empty() ? std::string_view(*joined) : who;
}

void append_field(std::string* out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out->append(name).append(": ");
  // A value is one line: what a line break would add is not the field's.
  for (char c : value) out->push_back(c == '\n' || c == '\r' ? ' ' : c);
  out->push_back('\n');
}

// The body of the embedded message: the lines from `first` on at `depth` or
// deeper, one level of quoting less than the outer text gave them.
void append_body(const std::vector<std::string_view>& lines, size_t first, int depth, std::string* out) {
  out->push_back('\n');
  for (size_t i = first; i < lines.size(); ++i) {
    QuotedLine q = unquote(lines[i]);
    // An empty line inside a quote is often written without its marks.
    if (q.depth < depth && !trim(q.text).empty()) break;
    std::string_view line = lines[i];
    for (int level = 0; level < depth; ++level) {
      size_t gt = line.find('>');
      if (gt == std::string_view::npos) break;
      line.remove_prefix(gt + 1);
      if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    }
    out->append(line).push_back('\n');
  }
}

std::string_view strip_subject_prefixes(std::string_view subject) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    std::string_view s = trim_left(subject);
    size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon > 8) break;
    std::string_view word = trim(s.substr(0, colon));
    // "Re[2]:" and "AW (2):" count their rounds.
    if (size_t bracket = word.find_first_of("[("); bracket != std::string_view::npos) word = trim(word.substr(0, bracket));
    for (std::string_view p : kSubjectPrefixes)
      if (iequals(word, p)) {
        subject = s.substr(colon + 1);
        stripped = true;
        break;
      }
  }
  return trim(subject);
}

void build_message(const ForwardHeader& h, const OuterMessage& outer, std::string* out) {
  out->clear();
  append_field(out, "From", h.from);
  // The bounce went back to whoever forwarded it, when the block omits it.
  append_field(out, "To", h.to.empty() ? outer.from : h.to);
  append_field(out, "Subject", h.subject.empty() ? strip_subject_prefixes(outer.subject) : h.subject);
  // Clients write the forwarded date for people ("Tue, 3 Sep 2024 at 09:58",
  // "Monday, March 3, 2025 11:20 AM"); the forward's own date stands in.
  Timestamp when;
  append_field(out, "Date", parse_rfc5322_date(h.date, &when) ? h.date : outer.date);
}

}  // namespace

bool has_reply_or_forward_prefix(std::string_view subject) {
  return strip_subject_prefixes(subject).size() != trim(subject).size();
}

bool find_forwarded_bounce(std::string_view text, const OuterMessage& outer, std::string* out) {
  // Cheap test first: every form has a "Name:" field line or a quote mark.
  if (text.find(':') == std::string_view::npos) return false;
  const std::vector<std::string_view> lines = split_lines(text);
  // A header block of a bounce, wherever it starts (at any quote depth).
  for (size_t i = 0; i < lines.size(); ++i) {
    ForwardHeader h;
    const bool block = read_forward_header(lines, i, &h);
    if (!block || !names_a_bounce(h.from, h.subject)) {
      // The run of field lines read is no bounce's block from any of its
      // lines on: each line is looked at once, however long the run.
      if (h.end > i + 1) i = h.end - 1;
      continue;
    }
    build_message(h, outer, out);
    append_body(lines, h.end, h.depth, out);
    return true;
  }
  // A reply quoting the bounce, after its attribution line.
  const bool bounce_subject = is_bounce_subject(outer.subject);
  std::string joined;
  for (size_t i = 1; i < lines.size(); ++i) {
    const QuotedLine q = unquote(lines[i]);
    if (q.depth == 0 || trim(q.text).empty() || unquote(lines[i - 1]).depth >= q.depth) continue;
    std::string_view who = attribution_before(lines, i, &joined);
    if (who.empty() || (!is_daemon_address(who) && !bounce_subject)) continue;
    ForwardHeader h;
    h.from = who;
    build_message(h, outer, out);
    append_body(lines, i, q.depth, out);
    return true;
  }
  return false;
}

}  // namespace mailtriage::bounce
