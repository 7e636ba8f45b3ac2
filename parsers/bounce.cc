// Bounce messages: RFC 3464 DSNs, ARF reports (RFC 5965), auto-replies
// (RFC 3834) and the non-standard bounces of many MTAs and providers.
//
// One message goes through: line ends normalised to LF (CRLF and old Mac CR
// alike), a sanity check (empty, binary, no header block), MIME through the
// adapter (multipart messages only), transfer and charset decoding of the
// parts that matter, then the first reading that finds recipients: the
// delivery-status part, a feedback report, a non-standard format
// (parsers/bounce_families.cc), an auto-reply. Everything an event points to
// lives in buffers the parser owns and reuses, valid until the next message.
#include "parsers/bounce.h"

#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "parsers/bounce_forwarded.h"
#include "parsers/bounce_message.h"
#include "parsers/bounce_readers.h"
#include "parsers/bounce_text.h"
#include "parsers/charset.h"
#include "parsers/dsn.h"
#include "parsers/mime_adapter.h"
#include "parsers/rfc2047.h"
#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

using namespace bounce;

// RFC 8098's "Disposition:" field of a message thrown away unread: "deleted"
// (a Sieve reject, a mailbox over quota), or RFC 3798's "denied" and "failed".
bool disposes_unread(std::string_view part) {
  for (size_t at = ifind(part, "Disposition:"); at != std::string_view::npos;
       at = ifind(part, "Disposition:", at + 1)) {
    if (at > 0 && part[at - 1] != '\n') continue;  // "Content-Disposition:", "Original-Disposition..."
    std::string_view value = part.substr(at + 12);
    value = value.substr(0, value.find('\n'));
    for (std::string_view kind : {"deleted", "denied", "failed"})
      if (icontains(value, kind)) return true;
  }
  return false;
}

// Everything a bounce needs is near its start; a returned 25 MB attachment is
// cut here rather than copied.
constexpr size_t kMaxRead = MimeAdapter::kMaxInput;

// Copies `in` to `out` with CRLF and lone CR turned into LF, up to about `cap`
// bytes (cut at a line end). Returns true when it was cut.
bool normalise_line_ends(std::string_view in, size_t cap, std::string* out) {
  out->clear();
  bool cut = false;
  if (in.size() > cap) {
    size_t end = cap;
    while (end > 0 && in[end - 1] != '\n' && in[end - 1] != '\r') --end;
    in = in.substr(0, end ? end : cap);
    cut = true;
  }
  out->reserve(in.size());
  size_t start = 0;
  for (size_t cr; (cr = in.find('\r', start)) != std::string_view::npos;) {
    out->append(in.substr(start, cr - start));
    out->push_back('\n');
    start = cr + 1;
    if (start < in.size() && in[start] == '\n') ++start;
  }
  out->append(in.substr(start));
  return cut;
}

// Some mailers break "Content-Type: multipart/...;" before its parameters
// without indenting the next line, so the boundary reads as a header field of
// its own (or as body). Indents such parameter lines. Returns true when
// something was repaired, into *out (else *out is untouched).
bool repair_unfolded_parameters(std::string_view text, std::string* out) {
  static constexpr std::string_view kParameters[] = {"boundary=", "charset=", "report-type=", "name=", "type="};
  // A line that needs it follows a line ending in ';'. One walk over the line
  // ends finds the first; most messages have none and are not copied.
  auto unfolded_parameter = [](std::string_view prev, std::string_view line) {
    std::string_view prev_trimmed = trim(prev);
    if (prev_trimmed.empty() || prev_trimmed.back() != ';') return false;
    for (std::string_view p : kParameters)
      if (istarts_with(line, p)) return true;
    return false;
  };
  // Only a ';' that ends its line (blanks aside) can precede one: a search for
  // ';' passes over most lines without looking at them.
  const std::string_view all = text;
  bool needed = false;
  for (size_t semi = find_byte(all, 0, ';'); !needed && semi < all.size();
       semi = find_byte(all, semi + 1, ';')) {
    size_t end = semi + 1;
    while (end < all.size() && all[end] != '\n' && is_space(all[end])) ++end;
    if (end < all.size() && all[end] == '\n')
      needed = unfolded_parameter(all.substr(0, end), all.substr(end + 1));
  }
  if (!needed) return false;
  out->clear();
  out->reserve(text.size() + 16);
  Lines lines(text);
  std::string_view prev, line;
  while (lines.next(&line)) {
    if (unfolded_parameter(prev, line)) out->push_back('\t');
    out->append(line);
    out->push_back('\n');
    prev = line;
  }
  if (text.back() != '\n') out->pop_back();
  return true;
}

// A mail message is text: more than a stray NUL or control byte (other
// than blanks, line ends and the ESC of ISO-2022-JP) means a binary file.
bool looks_binary(std::string_view s) {
  std::string_view head = s.substr(0, 8192);
  return count_control_bytes(head) * 50 > head.size();
}

// Header fields every mail message has at least one of.
bool has_mail_fields(const HeaderList& h) {
  for (std::string_view name : {"From", "Date", "Subject", "Received", "Message-ID", "Return-Path", "To",
                                "MIME-Version", "Content-Type", "Delivered-To"})
    if (h.has(name)) return true;
  return false;
}

// A recipient's error text as the event carries it: at most the first 4 KiB,
// cut before a UTF-8 sequence that would not fit. Every real error says what
// it is within that; a report that hands thousands of recipients one
// enormous section (a crafted or broken bounce) must not make each of them
// cost the whole section to classify and print.
constexpr size_t kMaxDiagnosticBytes = 4096;
std::string_view bounded_diagnostic(std::string_view text) {
  if (text.size() <= kMaxDiagnosticBytes) return text;
  size_t end = kMaxDiagnosticBytes;
  while (end > 0 && (uint8_t(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// "mx.example.org." and "[192.0.2.1]" as written in Remote-MTA and texts.
std::string_view clean_host(std::string_view h) {
  h = trim(h);
  size_t sp = h.find_first_of(" \t(");
  if (sp != std::string_view::npos) h = h.substr(0, sp);
  if (h.size() > 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  while (!h.empty() && h.back() == '.') h.remove_suffix(1);
  return h;
}

// The leading enhanced status of a Status: value ("5.1.1 (user unknown)").
std::string_view leading_status(std::string_view v) {
  v = trim(v);
  size_t end = 0;
  while (end < v.size() && (is_digit(v[end]) || v[end] == '.')) ++end;
  std::string_view s = v.substr(0, end);
  return is_enhanced_status(s) ? s : std::string_view();
}

class BounceParser final : public MessageParser {
 public:
  explicit BounceParser(const FileContext& file) : path_(file.path) {}
  // Only the path is per file: every other member is reset per message.
  bool reuse_for(const FileContext& file) override {
    path_.assign(file.path);
    return true;
  }

  Outcome parse_message(std::string_view bytes, uint64_t index, EventSink& sink, std::string* diagnostic) override;

 private:
  Outcome fail(std::string* diagnostic, std::string_view why) {
    if (diagnostic) diagnostic->assign(why);
    return Outcome::unrecognized;
  }
  void note(std::string* diagnostic, std::string_view what) {
    if (!diagnostic || what.empty()) return;
    if (!diagnostic->empty()) diagnostic->append("; ");
    diagnostic->append(what);
  }

  void collect_parts(std::string_view body, std::string* diagnostic);
  bool opens_with_dsn_fields(const MimeNode& n);
  void append_decoded(std::string_view charset, std::string_view encoding, std::string_view raw, std::string* out,
                      std::string* diagnostic);
  void read_original_block(std::string_view text);
  void keep_attached_bounce(const MimeNode& inner, std::string* diagnostic);
  std::string_view decode_header(std::string_view value);

  Event base_event(std::string_view dataset);
  void fill_original(Event& ev);
  void set_time(Event& ev, std::string_view primary, std::string_view secondary);

  size_t emit_dsn(EventSink& sink);
  std::string_view dsn_diagnostic(const DsnRecipient& r, std::string_view address, std::string_view transcript,
                                  std::string_view* text_block);
  size_t emit_feedback(EventSink& sink);
  size_t emit_plain(EventSink& sink);
  size_t emit_autoreply(EventSink& sink);
  bool is_autoreply() const;

  std::string path_;
  std::string norm_;      // the message with LF line ends, when it had others (or was cut)
  std::string repaired_;  // ... with unfolded parameters indented, when it had some
  std::string_view whole_;  // the message being read: the bytes given, norm_ or repaired_
  std::string text_, dsn_, inner_dsn_, feedback_, attachment_, html_, scratch_;
  std::string attached_;            // a bounce a person attached to their message
  std::string forwarded_;           // a forwarded or quoted bounce, rebuilt as a message
  bool reading_forwarded_ = false;  // ... being read (or the outer message again): not looked for twice
  // A disposition notification's part says the message was thrown away
  // unread ("Disposition: automatic-action/MDN-sent-automatically; deleted").
  bool discarded_unread_ = false;
  TextArena arena_;
  MimeAdapter mime_;
  MimeTree tree_;
  CharsetConverter charsets_;
  DsnReport report_;
  HeaderList fields_;  // feedback-report fields
  Message msg_;
  std::vector<Recipient> plain_;
  uint32_t recipient_index_ = 0;
};

std::string_view BounceParser::decode_header(std::string_view value) {
  if (!has_encoded_word(value)) return value;
  scratch_.clear();
  decode_encoded_words(value, charsets_, &scratch_);
  return arena_.store(scratch_);
}

// Appends a leaf part's text, decoded (transfer encoding, then charset), to `out`.
void BounceParser::append_decoded(std::string_view charset, std::string_view encoding, std::string_view raw,
                                  std::string* out, std::string* diagnostic) {
  // A part sent as it is (7bit, 8bit) goes straight to the charset step.
  std::string_view decoded = raw;
  if (!is_identity_transfer_encoding(encoding)) {
    scratch_.clear();
    if (!decode_transfer_encoding(encoding, raw, &scratch_)) note(diagnostic, "broken base64 in a MIME part");
    decoded = scratch_;
  }
  if (!out->empty() && out->back() != '\n') out->push_back('\n');
  // Decoded text may carry CRLF of its own (base64 of a Windows text).
  size_t before = out->size();
  if (charsets_.to_utf8(charset, decoded, out) == CharsetConverter::Result::unknown)
    note(diagnostic, "unknown charset \"" + std::string(charset) + "\" (bytes kept)");
  char* text = out->data();
  const size_t size = out->size();
  for (size_t i = before; i < size; ++i) {
    const void* cr = std::memchr(text + i, '\r', size - i);
    if (!cr) break;
    i = size_t(static_cast<const char*>(cr) - text);
    text[i] = (i + 1 < size && text[i + 1] == '\n') ? ' ' : '\n';
  }
}

void BounceParser::read_original_block(std::string_view text) {
  if (msg_.has_original) return;
  size_t start = 0;
  while (start < text.size() && (text[start] == '\n' || text[start] == ' ')) ++start;
  parse_header_block(text.substr(start), arena_, &msg_.original);
  msg_.has_original = !msg_.original.empty();
}

// Strips tags and decodes the few entities that matter for error texts.
void html_to_text(std::string_view html, std::string* out) {
  // Text runs are copied up to the next tag or entity, each line end in them
  // (with the ones next to it) one space, as a browser shows them: the
  // source's line ends are not the text's ("addr:<br>\n554 ..." is two lines,
  // not three). A tag is skipped to its '>'. Inside <pre> the text is kept as
  // written.
  bool pre = false;
  auto append_run = [&](std::string_view run) {
    if (pre) return void(out->append(run));
    for (size_t k = 0; k < run.size();) {
      const size_t end = find_first_of_bytes(run, k, '\n', '\r', '\n');
      out->append(run.data() + k, end - k);
      if (end == run.size()) break;
      k = end;
      while (k < run.size() && (run[k] == '\n' || run[k] == '\r')) ++k;
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
    }
  };
  for (size_t i = 0; i < html.size();) {
    const size_t special = find_first_of_bytes(html, i, '<', '&', '<');
    append_run(html.substr(i, special - i));
    i = special;
    if (i >= html.size()) break;
    if (html[i] == '<') {
      // Block elements end a line so addresses and texts stay apart.
      auto name_byte = [](char c) { return is_digit(c) || (ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z'); };
      const size_t name = i + 1 + (i + 1 < html.size() && html[i + 1] == '/');
      size_t name_end = name;
      while (name_end < html.size() && name_end - name < 12 && name_byte(html[name_end])) ++name_end;
      const std::string_view tag = html.substr(name, name_end - name);
      if (iequals(tag, "pre")) pre = html[i + 1] != '/';
      static constexpr std::string_view kLineTags[] = {"br", "p",  "div",   "tr",         "li",
                                                       "hr", "pre", "table", "blockquote"};
      for (std::string_view line_tag : kLineTags)
        if (iequals(tag, line_tag)) {
          if (!out->empty() && out->back() == ' ') out->pop_back();
          out->push_back('\n');
          break;
        }
      // Table cells stay apart too: a report's "Recipient:" cell and the
      // address in the next one, a label and the reply after it.
      if ((iequals(tag, "td") || iequals(tag, "th")) && !out->empty() && out->back() != ' ' && out->back() != '\n')
        out->push_back(' ');
      const size_t close = html.find('>', i + 1);
      i = close == std::string_view::npos ? html.size() : close + 1;
      continue;
    }
    static constexpr struct { std::string_view name; char ch; } kEntities[] = {
        {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&nbsp;", ' '}, {"&#39;", '\''}};
    size_t taken = 1;
    char ch = '&';
    for (const auto& e : kEntities)
      if (istarts_with(html.substr(i), e.name)) {
        ch = e.ch;
        taken = e.name.size();
        break;
      }
    out->push_back(ch);
    i += taken;
  }
}

// A MIME part whose own header fields, or whose text, are those of a mail
// message: the returned original rather than a report.
bool returns_a_message(const MimeNode& n) {
  const HeaderList& h = n.headers;
  int mail_fields = 0;
  for (std::string_view name : {"Received", "Return-Path", "Message-ID", "From", "Date", "Subject"})
    mail_fields += h.has(name);
  if (mail_fields >= 3) return true;
  std::string_view first = n.body.substr(0, n.body.find('\n'));
  return looks_like_header_line(first) && (istarts_with(first, "Return-path:") || istarts_with(first, "Received:"));
}

bool has_eml_suffix(std::string_view filename) {
  filename = trim(filename);
  return filename.size() > 4 && iequals(filename.substr(filename.size() - 4), ".eml");
}

// A message attached as message/rfc822 whose entity is a single part (a
// plain-text bounce: Exim's, qmail's): rebuilt with its text decoded, to be
// read as a message of its own when the outer one is a person's. (A bounce
// with parts of its own is read through its delivery-status part.)
void BounceParser::keep_attached_bounce(const MimeNode& inner, std::string* diagnostic) {
  if (reading_forwarded_ || !attached_.empty() || inner.multipart() || inner.children > 0) return;
  if (!names_a_bounce(inner.headers.get("From"), decode_header(inner.headers.get("Subject")))) return;
  for (const HeaderField& f : inner.headers.fields()) {
    if (iequals(f.name, "Content-Type") || iequals(f.name, "Content-Transfer-Encoding")) continue;
    attached_.append(f.name).append(": ").append(f.value).push_back('\n');
  }
  attached_.append(istarts_with(inner.type, "text/html") ? "Content-Type: text/html; charset=utf-8\n\n"
                                                         : "Content-Type: text/plain; charset=utf-8\n\n");
  append_decoded(inner.charset, inner.encoding, inner.body, &attached_, diagnostic);
}

// The first line of a part, decoded, is a field a DSN's per-message block
// starts with (RFC 3464 2.2).
bool BounceParser::opens_with_dsn_fields(const MimeNode& n) {
  scratch_.clear();
  decode_transfer_encoding(n.encoding, n.body.substr(0, std::min<size_t>(n.body.size(), 512)), &scratch_);
  std::string_view head = trim_left(scratch_);
  for (std::string_view field : {"Reporting-MTA:", "Original-Envelope-Id:", "Received-From-MTA:", "Arrival-Date:",
                                 "Final-Recipient:", "Original-Recipient:"})
    if (istarts_with(head, field)) return true;
  return false;
}

void BounceParser::collect_parts(std::string_view body, std::string* diagnostic) {
  std::string_view top_type = media_type(msg_.headers.get("Content-Type"));
  bool multipart = istarts_with(top_type, "multipart/");
  if (!multipart) {
    std::string_view ct = msg_.headers.get("Content-Type");
    std::string_view cte = trim(msg_.headers.get("Content-Transfer-Encoding"));
    if (istarts_with(top_type, "text/html")) {
      html_.clear();
      append_decoded(header_param(ct, "charset"), cte, body, &html_, diagnostic);
      html_to_text(html_, &text_);
    } else if (iequals(top_type, "message/delivery-status")) {
      append_decoded(header_param(ct, "charset"), cte, body, &dsn_, diagnostic);
    } else {
      append_decoded(header_param(ct, "charset"), cte, body, &text_, diagnostic);
    }
    return;
  }

  msg_.report = iequals(top_type, "multipart/report");
  bool parsed = mime_.parse(whole_, arena_, &tree_);
  note(diagnostic, tree_.problems);
  if (!parsed || tree_.node_count == 0 || tree_.nodes[0].children == 0) {
    // No usable structure (no boundary, or mimetic gave up): the raw body is
    // still worth reading as text.
    append_decoded({}, {}, body, &text_, diagnostic);
    return;
  }
  html_.clear();
  bool have_plain = false;
  // Walk in document order; the subtree of a returned message is skipped
  // (its text is the original mail, not the report).
  int skip_below = -1;
  for (size_t i = 0; i < tree_.node_count; ++i) {
    const MimeNode& n = tree_.nodes[i];
    if (skip_below >= 0) {
      // Still inside the skipped subtree while an ancestor is skip_below.
      int p = n.parent;
      bool inside = false;
      while (p >= 0) {
        if (p == skip_below) { inside = true; break; }
        p = tree_.nodes[size_t(p)].parent;
      }
      if (inside) {
        // A bounce that returns another bounce: its report is kept aside in
        // case the outer message says nothing readable itself.
        if (n.type == "message/delivery-status" || n.type == "message/global-delivery-status")
          append_decoded(n.charset, n.encoding, n.body, &inner_dsn_, diagnostic);
        continue;
      }
      skip_below = -1;
    }
    if (n.multipart()) continue;
    std::string_view type = n.type;
    if (type.empty() && n.parent >= 0 && tree_.nodes[size_t(n.parent)].type == "multipart/digest")
      type = "message/rfc822";
    if (type == "message/rfc822" || type == "message/global" || type == "message/rfc822-headers" ||
        type == "text/rfc822-headers" || type == "text/rfc822-header" || type == "message/global-headers") {
      if (n.children > 0 && i + 1 < tree_.node_count) {
        keep_attached_bounce(tree_.nodes[i + 1], diagnostic);
        if (!msg_.has_original) {
          msg_.original = tree_.nodes[i + 1].headers;
          msg_.has_original = !msg_.original.empty();
        }
        skip_below = int(i);
      } else if (!n.body.empty()) {
        scratch_.clear();
        decode_transfer_encoding(n.encoding, n.body, &scratch_);
        std::string_view stored = arena_.store(scratch_);
        read_original_block(stored);
      }
      continue;
    }
    if (type == "message/delivery-status" || type == "message/global-delivery-status" ||
        type == "text/delivery-status") {
      append_decoded(n.charset, n.encoding, n.body, &dsn_, diagnostic);
      continue;
    }
    if (type == "message/disposition-notification") {
      discarded_unread_ = discarded_unread_ || disposes_unread(n.body);
      continue;
    }
    if (type == "message/feedback-report") {
      append_decoded(n.charset, n.encoding, n.body, &feedback_, diagnostic);
      continue;
    }
    bool attachment = icontains(n.headers.get("Content-Disposition"), "attachment") ||
                      !header_param(n.headers.get("Content-Type"), "name").empty();
    // A report whose delivery-status part is mislabelled (application/
    // octet-stream, a text attachment) still carries it: the part that opens
    // with the DSN's own fields is read as one. So does a report Outlook
    // forwarded: its delivery-status part becomes a text attachment
    // ("details.txt") of a multipart/mixed message.
    if ((msg_.report || attachment) && dsn_.empty() && type != "text/html" && opens_with_dsn_fields(n)) {
      append_decoded(n.charset, n.encoding, n.body, &dsn_, diagnostic);
      continue;
    }
    // A message saved to a file and attached ("Undeliverable.eml", often as
    // application/octet-stream): its bytes, when it is a bounce.
    if (attachment && !reading_forwarded_ && attached_.empty() && type != "text/plain" && type != "text/html" &&
        (has_eml_suffix(header_param(n.headers.get("Content-Disposition"), "filename")) ||
         has_eml_suffix(header_param(n.headers.get("Content-Type"), "name")))) {
      decode_transfer_encoding(n.encoding, n.body, &attached_);
      HeaderList fields;
      parse_header_block(attached_, arena_, &fields);
      if (!names_a_bounce(fields.get("From"), decode_header(fields.get("Subject")))) attached_.clear();
      continue;
    }
    if (type.empty() || type == "text/plain") {
      if (attachment) {
        append_decoded(n.charset, n.encoding, n.body, &attachment_, diagnostic);
      } else if ((have_plain || !dsn_.empty()) && returns_a_message(n)) {
        // A later plain part that is a header block is the returned message
        // (some MTAs send it as text/plain, or with no Content-Type at all).
        if (!msg_.has_original) {
          msg_.original = n.headers;
          msg_.has_original = true;
        }
      } else {
        append_decoded(n.charset, n.encoding, n.body, &text_, diagnostic);
        have_plain = true;
      }
      continue;
    }
    // Italy's certified mail (PEC): every receipt carries its facts as
    // daticert.xml, which the PEC reader reads when the notice's text is
    // worded in a way it does not know.
    if (attachment && type == "application/xml" &&
        (iequals(header_param(n.headers.get("Content-Disposition"), "filename"), "daticert.xml") ||
         iequals(header_param(n.headers.get("Content-Type"), "name"), "daticert.xml"))) {
      append_decoded(n.charset, n.encoding, n.body, &attachment_, diagnostic);
      continue;
    }
    if (type == "text/html" && !attachment) {
      append_decoded(n.charset, n.encoding, n.body, &html_, diagnostic);
      continue;
    }
  }
  if (!have_plain && !html_.empty()) html_to_text(html_, &text_);
}

Event BounceParser::base_event(std::string_view dataset) {
  Event ev;
  ev.scope = kScopeMessage;
  ev.dataset = dataset;
  ev.file_path = path_;
  ev.recipient_index = ++recipient_index_;
  fill_original(ev);
  return ev;
}

void BounceParser::fill_original(Event& ev) {
  const HeaderList& o = msg_.original;
  ev.from_address = extract_address(o.get("From"));
  if (ev.from_address.empty()) ev.from_address = report_.envelope_sender;
  if (ev.from_address.empty()) ev.from_address = msg_.to;  // a bounce goes back to the original sender
  ev.message_id = strip_angles(o.get("Message-ID"));
  ev.subject = decode_header(o.get("Subject"));
}

void BounceParser::set_time(Event& ev, std::string_view primary, std::string_view secondary) {
  if (parse_rfc5322_date(primary, &ev.time)) return;
  if (parse_rfc5322_date(secondary, &ev.time)) return;
  parse_rfc5322_date(msg_.headers.get("Date"), &ev.time);
}

namespace {

Action dsn_action(std::string_view action) {
  action = trim(action);
  if (istarts_with(action, "failed")) return Action::bounced;
  if (istarts_with(action, "delayed")) return Action::deferred;
  if (istarts_with(action, "deliver") || istarts_with(action, "relayed") || istarts_with(action, "expanded"))
    return Action::delivered;
  if (istarts_with(action, "expired")) return Action::expired;
  return Action::bounced;
}

// "a" and "b" as one text, in the arena.
std::string_view joined(TextArena& arena, std::string_view a, std::string_view b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  char* p = arena.reserve(a.size() + 1 + b.size());
  std::memcpy(p, a.data(), a.size());
  p[a.size()] = ' ';
  std::memcpy(p + a.size() + 1, b.data(), b.size());
  return arena.commit(p, a.size() + 1 + b.size());
}

// The codes of a recipient: the remote server's own code (in the text) wins
// over the reporting MTA's Status: field, which is often a generic or a
// queue-level code (4.4.7 for a message that expired after a 4.7.1
// refusal); a generic "X.0.0" in the text says less than any Status: field.
// "554 4.4.7 Message expired: ... <421 4.4.2 Connection timed out>": a
// bracketed reply is the remote server's last answer, the cause.
void codes_of(std::string_view diag, std::string_view declared, std::string_view* status, uint16_t* code) {
  *status = declared;
  *code = 0;
  // Exim's refusal after its callout to the sender's own server quotes that
  // server's answer ("550-Verification failed for <sender> ... 550-Response:
  // 550 5.1.1 <sender>: ... User unknown ... 550 Sender verify failed"): the
  // codes after it are the sender's, not this recipient's.
  if (const size_t callout = ifind(diag, "verification failed for <"); callout != std::string_view::npos)
    diag = diag.substr(0, callout);
  std::string_view in_text;
  find_smtp_codes(diag, code, &in_text);
  // "5.1.0 - Unknown address error 550-'5.1.1 <a@example.net>: ... User
  // unknown'": a gateway's X.Y.0 wraps the remote server's own X.Y.Z of the
  // same class and subject further on, which says more.
  if (in_text.size() >= 5 && in_text.substr(1, 1) == "." && in_text.ends_with(".0") && in_text[2] != '0') {
    const std::string_view prefix = in_text.substr(0, in_text.size() - 1);  // "5.1."
    for (size_t at = size_t(in_text.data() - diag.data()) + in_text.size(); at < diag.size();) {
      std::string_view later;
      find_smtp_codes(diag.substr(at), nullptr, &later);
      if (later.empty()) break;
      if (later.starts_with(prefix) && later.size() > prefix.size() && later.substr(prefix.size()) != "0") {
        in_text = later;
        break;
      }
      at = size_t(later.data() - diag.data()) + later.size();
    }
  }
  if (!in_text.empty() && (status->empty() || in_text.substr(1) != ".0.0")) *status = in_text;
  size_t lt = diag.rfind('<');
  if (lt == std::string_view::npos || lt + 10 >= diag.size() || !is_digit(diag[lt + 1])) return;
  std::string_view inner = diag.substr(lt + 1);
  inner = inner.substr(0, inner.find('>'));
  uint16_t inner_code = 0;
  std::string_view inner_status;
  find_smtp_codes(inner, &inner_code, &inner_status);
  if (inner_code && !inner_status.empty() && inner.size() > 3 && is_digit(inner[1]) && is_digit(inner[2]) &&
      uint16_t((inner[0] - '0') * 100 + (inner[1] - '0') * 10 + (inner[2] - '0')) == inner_code) {
    *status = inner_status;
    *code = inner_code;
  }
}

}  // namespace

// Sendmail's transcript names a local recipient that failed by its local
// part: "550 5.1.1 olaf... User unknown". That line, for `address`'s local
// part; empty when the transcript has none.
static std::string_view sendmail_local_failure_line(std::string_view text, std::string_view address) {
  const size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0) return {};
  const std::string_view local = address.substr(0, at);
  for (size_t pos = text.find("... "); pos != std::string_view::npos; pos = text.find("... ", pos + 4)) {
    if (pos < local.size() || text.compare(pos - local.size(), local.size(), local) != 0) continue;
    const size_t local_at = pos - local.size();
    const size_t line_start = local_at == 0 ? 0 : text.rfind('\n', local_at - 1) + 1;  // npos + 1 == 0
    if (local_at < line_start + 4) continue;
    std::string_view line = text.substr(line_start);
    line = line.substr(0, line.find('\n'));
    // "NNN ", then at most an enhanced status, then the local part.
    if (!is_digit(line[0]) || !is_digit(line[1]) || !is_digit(line[2]) || line[3] != ' ') continue;
    const std::string_view between = trim(text.substr(line_start + 4, local_at - line_start - 4));
    if (!between.empty() && !(between.size() >= 5 && is_digit(between[0]) && between[1] == '.' &&
                              between.find(' ') == std::string_view::npos))
      continue;
    return trim(line);
  }
  return {};
}

std::string_view BounceParser::dsn_diagnostic(const DsnRecipient& r, std::string_view address,
                                              std::string_view transcript, std::string_view* text_block) {
  std::string_view diag = r.diagnostic;
  // Sendmail's transcript holds the remote server's whole reply, of which
  // Diagnostic-Code often keeps only the first line.
  if (!transcript.empty() &&
      (diag.empty() || (transcript.size() > diag.size() && icontains(transcript, diag.substr(0, 40)))))
    diag = transcript;
  *text_block = address.empty() ? std::string_view() : diagnostic_for(msg_.text, address, arena_);
  if (diag.empty()) {
    diag = *text_block;
  } else if (!text_block->empty()) {
    // The human-readable part often says more: the host that answered and
    // the command (Postfix), or why in plain words (Google). Keep the richer
    // text, or both when they differ.
    if (icontains(*text_block, diag.substr(0, 30))) {
      if (diag != transcript) diag = *text_block;
    } else if (!icontains(diag, *text_block)) {
      diag = joined(arena_, diag, *text_block);
    }
  }
  // "Status: 5.2.1 (mailbox disabled, not accepting messages)": the
  // comment is the reporting MTA's own reading of the code.
  if (size_t open = r.status.find('('); open != std::string_view::npos) {
    std::string_view comment = trim(r.status.substr(open));
    if (comment.size() > 2 && !icontains(diag, comment.substr(1, comment.size() - 2)))
      diag = joined(arena_, diag, comment);
  }
  // "X-Unix; ..." (a local program) and "X-Postfix; ..." say who failed,
  // which matters when the status says nothing more.
  std::string_view declared = leading_status(r.status);
  if (!r.diagnostic_type.empty() && !iequals(r.diagnostic_type, "smtp") &&
      (declared.empty() || declared.substr(1) == ".0.0")) {
    char* p = arena_.reserve(r.diagnostic_type.size() + 2 + diag.size());
    std::memcpy(p, r.diagnostic_type.data(), r.diagnostic_type.size());
    std::memcpy(p + r.diagnostic_type.size(), "; ", 2);
    std::memcpy(p + r.diagnostic_type.size() + 2, diag.data(), diag.size());
    diag = arena_.commit(p, r.diagnostic_type.size() + 2 + diag.size());
  }
  return diag;
}

// Exim's report of a delivery to a command or a file that an alias or a
// .forward made: its DSN names the command ("Final-Recipient: rfc822;|/usr/bin/x"),
// its text the address that led there ("pipe to |/usr/bin/x" then "generated
// by a@example.org"). Returns that address, or empty.
static std::string_view generating_address(std::string_view text, std::string_view raw_recipient) {
  std::string_view target = raw_recipient.substr(raw_recipient.find(';') + 1);  // npos + 1 == 0
  target = trim(target);
  if (target.empty() || (target.front() != '|' && target.front() != '/')) return {};
  for (size_t at = text.find(target); at != std::string_view::npos; at = text.find(target, at + target.size())) {
    const std::string_view before = text.substr(0, at);
    if (!before.ends_with("pipe to ") && !before.ends_with("save to ")) continue;
    std::string_view rest = text.substr(at + target.size());
    rest = rest.substr(0, rest.find('\n', rest.find_first_not_of(" \r\n")));  // the next line
    if (!trim(rest).starts_with("generated by ")) continue;
    return generated_by_address(rest);
  }
  return {};
}

size_t BounceParser::emit_dsn(EventSink& sink) {
  size_t n = 0;
  std::string_view reporting = clean_host(report_.reporting_mta);
  if (reporting.empty()) reporting = clean_host(report_.received_from_mta);
  std::string_view transcript_command, transcript;
  transcript_reply(msg_.text, {}, arena_, &transcript_command, &transcript);
  auto address_of = [](const DsnRecipient& r) {
    return !r.final_recipient.empty() ? r.final_recipient : r.original_recipient;
  };
  // Sendmail's transcript is the session of one delivery attempt: when it
  // names another recipient of the report and not this one, its replies are
  // about that other recipient (each had its own failure).
  auto transcript_about_other = [&](std::string_view address) {
    if (transcript.empty() || report_.recipients.size() < 2 || address.empty() || icontains(transcript, address))
      return false;
    for (const DsnRecipient& o : report_.recipients) {
      std::string_view other = o.actual_recipient.empty() ? address_of(o) : o.actual_recipient;
      if (!other.empty() && !iequals(other, address) && icontains(transcript, other)) return true;
    }
    return false;
  };
  for (const DsnRecipient& r : report_.recipients) {
    std::string_view address = address_of(r);
    // A delivery to a command or a file: the address that led there, and the
    // delivery named in the text ("pipe to |cmd", which the rules read).
    std::string_view local_delivery;
    if (address.empty() && !r.recipient_raw.empty()) {
      address = generating_address(msg_.text, r.recipient_raw);
      if (!address.empty()) local_delivery = trim(r.recipient_raw.substr(r.recipient_raw.find(';') + 1));
    }
    // The report's text and transcript speak of the member an alias was
    // expanded to (X-Actual-Recipient), not of the alias that all its
    // members share as their Final-Recipient.
    const std::string_view named = r.actual_recipient.empty() ? address : r.actual_recipient;
    // A local recipient's own failure in Sendmail's transcript ("550 5.1.1
    // olaf... User unknown"): the remote session after it is another's.
    const std::string_view local_failure = sendmail_local_failure_line(msg_.text, named);
    const bool other_session = !local_failure.empty() || transcript_about_other(named);
    Event ev = base_event("dsn.message");
    ev.to_address = address;
    ev.host_name = reporting;
    ev.local_id = report_.queue_id;
    ev.destination_domain = clean_host(r.remote_mta);
    ev.action = dsn_action(r.action);
    std::string_view text_block;
    // A recipient delivered, relayed or expanded has no failure to read:
    // the report's text about its siblings' failures is not its own.
    if (ev.action == Action::delivered && r.diagnostic.empty())
      ev.diagnostic = {};
    else
      ev.diagnostic = bounded_diagnostic(dsn_diagnostic(r, named, other_session ? local_failure : transcript, &text_block));
    if (!local_delivery.empty() && !icontains(ev.diagnostic, local_delivery)) {
      const std::string_view lead = local_delivery.front() == '|' ? "pipe to " : "save to ";
      char* p = arena_.reserve(lead.size() + local_delivery.size());
      std::memcpy(p, lead.data(), lead.size());
      std::memcpy(p + lead.size(), local_delivery.data(), local_delivery.size());
      ev.diagnostic = bounded_diagnostic(joined(arena_, arena_.commit(p, lead.size() + local_delivery.size()), ev.diagnostic));
    }
    codes_of(ev.diagnostic, leading_status(r.status), &ev.enhanced_status, &ev.reply_code);
    ev.smtp_command = find_smtp_command(ev.diagnostic);
    if (ev.smtp_command.empty()) ev.smtp_command = find_smtp_command(text_block);
    if (ev.smtp_command.empty() && !other_session) ev.smtp_command = transcript_command;
    if (ev.action == Action::delivered) ev.reason_hint = "delivered";
    set_time(ev, r.last_attempt_date, report_.arrival_date);
    sink.on_event(ev);
    ++n;
  }
  return n;
}

size_t BounceParser::emit_feedback(EventSink& sink) {
  fields_.clear();
  parse_header_block(msg_.feedback, arena_, &fields_);
  std::string_view type = trim(fields_.get("Feedback-Type"));
  std::string_view text_line;
  {
    Lines lines(msg_.text);
    std::string_view line;
    while (lines.next(&line))
      if (!trim(line).empty()) { text_line = trim(line); break; }
  }
  auto one = [&](std::string_view address) {
    Event ev = base_event("arf.message");
    ev.action = Action::feedback;
    ev.to_address = address;
    ev.feedback_type = type.empty() ? std::string_view("abuse") : type;
    ev.reason_hint = "feedback";
    ev.diagnostic = text_line;
    ev.source_ip = trim(fields_.get("Source-IP"));
    std::string_view mail_from = extract_address(fields_.get("Original-Mail-From"));
    if (!mail_from.empty()) ev.from_address = mail_from;
    set_time(ev, fields_.get("Arrival-Date"), fields_.get("Received-Date"));
    sink.on_event(ev);
  };
  size_t n = 0;
  for (const HeaderField& f : fields_.fields())
    if (iequals(f.name, "Original-Rcpt-To") || iequals(f.name, "Removal-Recipient")) {
      one(extract_address(f.value).empty() ? trim(f.value) : extract_address(f.value));
      ++n;
    }
  if (n == 0) {
    one(extract_address(msg_.original.get("To")));
    n = 1;
  }
  return n;
}

size_t BounceParser::emit_plain(EventSink& sink) {
  size_t n = 0;
  std::string_view reporting = extract_address(msg_.headers.get("From"));
  size_t at = reporting.find('@');
  reporting = at == std::string_view::npos ? std::string_view() : reporting.substr(at + 1);
  for (const Recipient& r : plain_) {
    Event ev = base_event(r.action == Action::feedback ? "arf.message" : "dsn.message");
    ev.action = r.action;
    ev.to_address = r.address;
    ev.host_name = reporting;
    ev.diagnostic = bounded_diagnostic(r.diagnostic);
    ev.destination_domain = clean_host(r.remote_host);
    ev.enhanced_status = r.status;
    ev.reply_code = r.reply_code;
    ev.smtp_command = r.command.empty() ? find_smtp_command(ev.diagnostic) : r.command;
    ev.reason_hint = r.hint;
    ev.feedback_type = r.feedback_type;
    if (ev.enhanced_status.empty() || ev.reply_code == 0) {
      uint16_t code = 0;
      std::string_view status;
      find_smtp_codes(ev.diagnostic, &code, &status);
      if (ev.enhanced_status.empty()) ev.enhanced_status = status;
      if (ev.reply_code == 0) ev.reply_code = code;
    }
    set_time(ev, {}, {});
    sink.on_event(ev);
    ++n;
  }
  return n;
}

// Subjects an auto-reply starts with (compared without ASCII case): the
// usual English words, and Outlook's "Automatic reply:" in its other languages.
constexpr std::string_view kAutoReplySubjectPrefixes[] = {
    "auto:", "auto reply", "auto-reply", "autoreply", "automatic reply",
    "auto response", "autoresponse", "out of office", "out of the office",
    "away from", "vacation", "abwesenheit", "absence",
    // Outlook's "Automatic reply:" in its other languages
    "respuesta autom\xc3\xa1tica", "r\xc3\xa9ponse automatique", "automatische antwort",
    "risposta automatica", "resposta autom\xc3\xa1tica", "automatisch antwoord",
    "odpowied\xc5\xba automatyczna", "automatiskt svar", "automatisk svar",
    "automaattinen vastaus", "automatick\xc3\xa1 odpov\xc4\x9b\xc4\x8f",
    "\xe8\x87\xaa\xe5\x8b\x95\xe5\xbf\x9c\xe7\xad\x94",  // 自動応答
    "\xe8\x87\xaa\xe5\x8a\xa8\xe5\x9b\x9e\xe5\xa4\x8d",  // 自动回复
    "\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8\xd1\x87\xd0\xb5\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9 \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82",  // Автоматический ответ (ru)
    "\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8\xd1\x87\xd0\xbd\xd0\xb0 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd1\x8c",  // Автоматична відповідь (uk)
    "\xce\x91\xcf\x85\xcf\x84\xcf\x8c\xce\xbc\xce\xb1\xcf\x84\xce\xb7 \xce\xb1\xcf\x80\xce\xac\xce\xbd\xcf\x84\xce\xb7\xcf\x83\xce\xb7",  // Αυτόματη απάντηση (el)
    "\xce\x91\xce\xa5\xce\xa4\xce\x9f\xce\x9c\xce\x91\xce\xa4\xce\x97 \xce\x91\xce\xa0\xce\x91\xce\x9d\xce\xa4\xce\x97\xce\xa3\xce\x97",  // ΑΥΤΟΜΑΤΗ ΑΠΑΝΤΗΣΗ (el, as Outlook capitalizes it)
    "Otomatik yan\xc4\xb1t",  // Otomatik yanıt (tr)
    "OTOMAT\xc4\xb0K YANIT",  // OTOMATİK YANIT (tr, capitalized)
    "R\xc4\x83spuns automat",  // Răspuns automat (ro)
    "Automatikus v\xc3\xa1lasz",  // Automatikus válasz (hu)
    "\xe8\x87\xaa\xe5\x8b\x95\xe5\x9b\x9e\xe8\xa6\x86",  // 自動回覆 (zh-TW)
    "\xec\x9e\x90\xeb\x8f\x99 \xed\x9a\x8c\xec\x8b\xa0",  // 자동 회신 (ko)
    "Balasan otomatis",  // Balasan otomatis (id)
    "Tr\xe1\xba\xa3 l\xe1\xbb\x9di t\xe1\xbb\xb1 \xc4\x91\xe1\xbb\x99ng",  // Trả lời tự động (vi)
    "\xe0\xb8\x95\xe0\xb8\xad\xe0\xb8\x9a\xe0\xb8\x81\xe0\xb8\xa5\xe0\xb8\xb1\xe0\xb8\x9a\xe0\xb8\xad\xe0\xb8\xb1\xe0\xb8\x95\xe0\xb9\x82\xe0\xb8\x99\xe0\xb8\xa1\xe0\xb8\xb1\xe0\xb8\x95\xe0\xb8\xb4",  // ตอบกลับอัตโนมัติ (th)
    "\xd8\xb1\xd8\xaf \xd8\xaa\xd9\x84\xd9\x82\xd8\xa7\xd8\xa6\xd9\x8a",  // رد تلقائي (ar)
    "\xd7\xaa\xd7\xa9\xd7\x95\xd7\x91\xd7\x94 \xd7\x90\xd7\x95\xd7\x98\xd7\x95\xd7\x9e\xd7\x98\xd7\x99\xd7\xaa",  // תשובה אוטומטית (he)
    "\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa4\x9a\xe0\xa4\xbe\xe0\xa4\xb2\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\x89\xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\xb0",  // स्वचालित उत्तर (hi)
};

static bool opens_with_autoreply_prefix(std::string_view subject) {
  const std::string_view s = trim(subject);
  for (std::string_view prefix : kAutoReplySubjectPrefixes)
    if (istarts_with(s, prefix)) return true;
  return false;
}

// True when a line of the text is a server's refusal as bounces quote it: a reply code with
// the enhanced status of its class opening the line ("550 5.1.1 The email account ...",
// "554 5.7.1 Service unavailable; ..."), or Exim's and Postfix's lead-ins to one ("SMTP error
// from remote mail server after RCPT TO:<...>:", "host mx[...] said: 550 ..."). People do not
// start their own sentences that way.
static bool quotes_a_server_refusal(std::string_view text) {
  Lines lines(text);
  for (std::string_view line; lines.next(&line);) {
    std::string_view t = trim(line);
    while (!t.empty() && t.front() == '>') t = trim(t.substr(1));  // quoted by a reply
    if (t.size() >= 9 && (t[0] == '4' || t[0] == '5') && is_digit(t[1]) && is_digit(t[2]) &&
        (t[3] == ' ' || t[3] == '-') && leading_enhanced_status(t.substr(4)).starts_with(t[0]))
      return true;
    if (istarts_with(t, "SMTP error from remote mail server after")) return true;
    const size_t said = t.find("] said: ");
    if (said != std::string_view::npos && istarts_with(t, "host ") && said + 8 < t.size() &&
        (t[said + 8] == '4' || t[said + 8] == '5'))
      return true;
  }
  return false;
}

// Exim's lead-in to a refusal, pasted without the report around it ("SMTP error from remote
// mail server after RCPT TO:<bob@example.org>:" and the reply on the lines under it): the
// address refused and the reply, one recipient each.
static bool read_rcpt_refusals(std::string_view text, TextArena& arena, std::vector<Recipient>* out) {
  static constexpr std::string_view kLeadIn = "after RCPT TO:<";
  const size_t before = out->size();
  Lines lines(text);
  std::string_view line;
  bool pending_next = lines.next(&line);
  while (pending_next) {
    const size_t at = ifind(line, kLeadIn);
    if (at == std::string_view::npos || ifind(line, "SMTP error from") == std::string_view::npos) {
      pending_next = lines.next(&line);
      continue;
    }
    const std::string_view rest = line.substr(at + kLeadIn.size());
    const size_t close = rest.find('>');
    const std::string_view address = close == std::string_view::npos ? std::string_view() : rest.substr(0, close);
    // The reply: what follows the lead-in on its line, and the indented lines under it.
    std::string diagnostic(trim(close == std::string_view::npos ? std::string_view() : rest.substr(close + 1)));
    if (!diagnostic.empty() && diagnostic.front() == ':') diagnostic.erase(0, 1);
    while ((pending_next = lines.next(&line))) {
      std::string_view t = line;
      while (!t.empty() && t.front() == '>') t.remove_prefix(1);
      if (trim(t).empty() || !(t.front() == ' ' || t.front() == '\t')) break;
      if (!diagnostic.empty()) diagnostic.push_back(' ');
      diagnostic.append(trim(t));
    }
    if (!is_address(address) || trim(diagnostic).empty()) continue;
    Recipient r;
    r.address = arena.store(address);
    r.diagnostic = arena.store(trim(diagnostic));
    r.command = "RCPT";
    out->push_back(r);
  }
  return out->size() > before;
}

bool BounceParser::is_autoreply() const {
  const HeaderList& h = msg_.headers;
  // A mail system's own notice is no person's auto-reply, whatever its
  // Auto-Submitted says (Exim and others set "auto-replied" on bounces).
  if (is_daemon_address(msg_.from)) return false;
  std::string_view auto_submitted = h.get("Auto-Submitted");
  if (istarts_with(trim(auto_submitted), "auto-replied")) return true;
  if (icontains(h.get("X-Apple-Action"), "vacation")) return true;
  if (h.has("X-Autoreply") || h.has("X-Autorespond") || h.has("X-Vacation")) return true;
  if (iequals(trim(h.get("Precedence")), "auto_reply")) return true;
  if (opens_with_autoreply_prefix(msg_.subject)) return true;
  return h.has("X-Auto-Response-Suppress") && icontains(msg_.subject, "reply");
}

namespace {
// The first paragraph of `text` (its lines joined by spaces) that holds one
// of `markers`; empty when none does.
std::string paragraph_holding(std::string_view text, std::span<const std::string_view> markers) {
  std::string paragraph;
  Lines lines(text);
  std::string_view line;
  auto holds = [&] {
    for (std::string_view m : markers)
      if (icontains(paragraph, m)) return true;
    return false;
  };
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    if (t.empty()) {
      if (holds()) return paragraph;
      paragraph.clear();
      continue;
    }
    if (!paragraph.empty()) paragraph.push_back(' ');
    paragraph.append(t);
  }
  return holds() ? paragraph : std::string();
}

// An automatic reply that says the mailbox is gone and names its successor
// ("info@x is closed ... has been replaced by office@y"): the message was not
// delivered, the address has moved.
constexpr std::string_view kMovedMarkers[] = {" has been replaced by ", " has moved to ", "new e-mail address is",
                                              "new email address is", "new address is"};
constexpr std::string_view kNotDeliveredMarkers[] = {"not been delivered", "not delivered", "no longer",
                                                     "is closed", "will not be forwarded"};
// A challenge-response filter's request (cPanel's BoxTrapper: "requires that
// you verify that you are a real live human being"): the message is held
// until the sender answers.
constexpr std::string_view kChallengeMarkers[] = {"verify that you are a real", "verify that you are human",
                                                  "confirm that you are a real", "confirm that you are a person",
                                                  "prove that you are a human", "not a spam source"};
}  // namespace

size_t BounceParser::emit_autoreply(EventSink& sink) {
  Event ev = base_event("autoreply.message");
  ev.action = Action::autoreply;
  ev.to_address = msg_.from;
  ev.reason_hint = "vacation";
  // The original message is the one this replies to: its sender got the reply.
  ev.from_address = msg_.to;
  ev.message_id = strip_angles(msg_.headers.get("In-Reply-To"));
  ev.subject = msg_.subject;
  Lines lines(msg_.text);
  std::string_view line;
  while (lines.next(&line))
    if (!trim(line).empty()) { ev.diagnostic = trim(line); break; }
  if (std::string moved = paragraph_holding(msg_.text, kMovedMarkers); !moved.empty()) {
    bool undelivered = false;
    for (std::string_view m : kNotDeliveredMarkers) undelivered |= icontains(msg_.text, m);
    if (undelivered) {
      ev.action = Action::bounced;
      ev.reason_hint = "hasmoved";
      ev.diagnostic = arena_.store(moved);
    }
  } else if (std::string challenge = paragraph_holding(msg_.text, kChallengeMarkers); !challenge.empty()) {
    ev.action = Action::deferred;
    ev.reason_hint = "challenge";
    ev.diagnostic = arena_.store(challenge);
  }
  set_time(ev, {}, {});
  sink.on_event(ev);
  return 1;
}

Outcome BounceParser::parse_message(std::string_view bytes, uint64_t index, EventSink& sink, std::string* diagnostic) {
  arena_.reset();
  text_.clear(), dsn_.clear(), inner_dsn_.clear(), feedback_.clear(), attachment_.clear(), html_.clear();
  attached_.clear();
  discarded_unread_ = false;
  msg_.clear();
  report_.clear();
  plain_.clear();
  recipient_index_ = 0;
  if (diagnostic) diagnostic->clear();

  if (trim(bytes).empty()) return fail(diagnostic, "empty message");
  // The message is read where it lies when its lines end in LF, it fits
  // and it needs no repair, as most do: a copy of each message cost as much
  // as reading its header.
  std::string_view whole = bytes;
  bool cut = false;
  if (bytes.size() > kMaxRead || std::memchr(bytes.data(), '\r', bytes.size())) {
    cut = normalise_line_ends(bytes, kMaxRead, &norm_);
    whole = norm_;
  }
  if (looks_binary(whole)) return fail(diagnostic, "binary data, not a mail message");
  if (repair_unfolded_parameters(whole, &repaired_)) whole = repaired_;
  if (whole.starts_with("From ")) {
    size_t nl = whole.find('\n');
    whole.remove_prefix(nl == std::string_view::npos ? whole.size() : nl + 1);
  }
  whole_ = whole;
  std::string_view first_line = whole.substr(0, whole.find('\n'));
  if (!looks_like_header_line(first_line)) return fail(diagnostic, "does not start with a mail header field");
  size_t body_offset = parse_header_block(whole, arena_, &msg_.headers);
  if (!has_mail_fields(msg_.headers)) return fail(diagnostic, "no mail header fields (From, Date, Subject, ...)");
  if (cut) note(diagnostic, "message larger than 2 MiB: only its start was read");

  msg_.subject = decode_header(msg_.headers.get("Subject"));
  msg_.from = extract_address(msg_.headers.get("From"));
  msg_.to = extract_address(msg_.headers.get("To"));
  collect_parts(whole.substr(body_offset), diagnostic);
  msg_.text = text_;
  msg_.dsn = dsn_;
  msg_.feedback = feedback_;
  msg_.attachment = attachment_;
  // A bounce a person forwarded or quoted (bounce_forwarded.h), in a message
  // that is no report or automatic reply itself: read as its daemon sent it,
  // or, when that finds no recipient, the message is read again as it came.
  const std::string_view auto_submitted = trim(msg_.headers.get("Auto-Submitted"));
  if (!reading_forwarded_ && msg_.dsn.empty() && msg_.feedback.empty() && !is_daemon_address(msg_.from) &&
      (auto_submitted.empty() || iequals(auto_submitted, "no")) && !is_autoreply() &&
      (has_reply_or_forward_prefix(msg_.subject) || !is_bounce_subject(msg_.subject)) &&
      (!attached_.empty() ||
       find_forwarded_bounce(msg_.text, {msg_.from, msg_.subject, msg_.headers.get("Date")}, &forwarded_))) {
    if (!attached_.empty()) forwarded_.swap(attached_);
    reading_forwarded_ = true;
    Outcome inner = parse_message(forwarded_, index, sink, diagnostic);
    if (inner != Outcome::reported) inner = parse_message(bytes, index, sink, diagnostic);
    reading_forwarded_ = false;
    return inner;
  }
  // Where the text returns the original message: looked for once, when first needed.
  bool returned_known = false;
  auto returned_at = [&] {
    if (!returned_known) msg_.returned_at = find_returned_message(msg_.text), returned_known = true;
    return msg_.returned_at;
  };

  size_t emitted = 0;
  // Microsoft's JMRP (and other early ARF senders) send the report's opening
  // sentence and the message, without the machine-readable part.
  bool feedback_report = !msg_.feedback.empty() ||
                         iequals(header_param(msg_.headers.get("Content-Type"), "report-type"), "feedback-report") ||
                         (msg_.has_original &&
                          (istarts_with(trim_left(msg_.text), "This is an email abuse report for an email message") ||
                           // Hotmail's older JMRP: "complaint about message from <ip>", from staff@hotmail.com
                           (istarts_with(msg_.subject, "complaint about message from ") &&
                            icontains(msg_.from, "@hotmail.com"))));
  // "Auto-Submitted: auto-replied (vacation)" (RFC 3834's comment names the
  // kind): a vacation reply, even when it quotes a bounce it was sent in
  // answer to.
  // So is a person's auto-reply whose Subject opens with its own prefix
  // ("Automatic reply: Undelivered Mail Returned to Sender"): the bounce it
  // quotes is what it answered, not a failure of its own.
  const bool vacation_reply = icontains(msg_.headers.get("Auto-Submitted"), "vacation") ||
                              (msg_.dsn.empty() && is_autoreply() && opens_with_autoreply_prefix(msg_.subject));
  // A read receipt (RFC 8098's multipart/report of a message disposition, its Final-Recipient
  // the reader) says the message arrived and was opened: no failure, and nothing to look at.
  // Not so a disposition of "deleted" (or RFC 3798's "denied", "failed"): the
  // receiving side threw the message away unread, a Sieve reject or Dovecot's
  // refusal over quota ("Your message to <a@x> was automatically rejected:
  // Quota exceeded"); its text is read as a plain bounce.
  if (msg_.report && !icontains(msg_.dsn, "Status:") &&
      iequals(header_param(msg_.headers.get("Content-Type"), "report-type"), "disposition-notification") &&
      !discarded_unread_)
    return Outcome::recognized;
  if (feedback_report) {
    emitted = emit_feedback(sink);
  } else if (!vacation_reply) {
    if (!msg_.dsn.empty()) parse_dsn(msg_.dsn, arena_, &report_);
    if (report_.recipients.empty() && icontains(msg_.text, "Final-Recipient:"))
      parse_dsn(msg_.text, arena_, &report_, /*in_text=*/true);
    if (!report_.recipients.empty()) {
      if (!msg_.has_original) {
        size_t start = returned_at();
        if (start != std::string_view::npos) read_original_block(msg_.text.substr(start));
      }
      emitted = emit_dsn(sink);
    }
  }
  if (emitted == 0 && !feedback_report && !vacation_reply) {
    size_t original_start = returned_at();
    if (!msg_.has_original && original_start != std::string_view::npos)
      read_original_block(msg_.text.substr(original_start));
    std::string_view family = read_plain_bounce(msg_, arena_, &plain_, &original_start);
    if (!family.empty() && !plain_.empty()) {
      emitted = emit_plain(sink);
    } else if (!inner_dsn_.empty() && parse_dsn(inner_dsn_, arena_, &report_)) {
      emitted = emit_dsn(sink);
    } else if ((is_bounce_subject(msg_.subject) || is_daemon_address(msg_.from)) &&
               (read_labelled_address_blocks(msg_, arena_, &plain_) || read_returned_recipients(msg_, arena_, &plain_) ||
                read_address_reply_lines(msg_, arena_, &plain_) ||
                (is_daemon_address(msg_.from) && read_lone_address_reply(msg_, arena_, &plain_)))) {
      // A report in no known format: its text, for the returned message's recipients.
      emitted = emit_plain(sink);
    } else if (!reading_forwarded_ && !is_autoreply() && quotes_a_server_refusal(msg_.text) &&
               (read_rcpt_refusals(msg_.text, arena_, &plain_) || read_labelled_address_blocks(msg_, arena_, &plain_) ||
                read_address_reply_lines(msg_, arena_, &plain_) || read_lone_address_reply(msg_, arena_, &plain_))) {
      // A person's message (a helpdesk ticket, "I keep getting this when I email bob@...")
      // with the bounce's words pasted into it, without a forward's header block: the
      // refusal it quotes, for the address it names.
      emitted = emit_plain(sink);
    }
  }
  if (emitted == 0 && iequals(trim(msg_.headers.get("X-Apple-Unsubscribe")), "true")) {
    // Apple Mail's one-click unsubscribe: a recipient opting out, as a report.
    Event ev = base_event("arf.message");
    ev.action = Action::feedback;
    ev.feedback_type = "opt-out";
    ev.reason_hint = "feedback";
    ev.to_address = msg_.from;
    ev.diagnostic = trim(msg_.text.substr(0, msg_.text.find('\n')));
    set_time(ev, {}, {});
    sink.on_event(ev);
    emitted = 1;
  }
  if (emitted == 0 && !feedback_report && is_autoreply() && (vacation_reply || !is_bounce_subject(msg_.subject)))
    emitted = emit_autoreply(sink);
  if (emitted > 0) return Outcome::reported;

  // (A bounce's subject on a reply, a person's or a ticket system's "RE:
  // Undelivered Mail Returned to Sender" naming no recipient we could read,
  // is mail about a bounce, not one.)
  if (is_daemon_address(msg_.from) || msg_.report ||
      (is_bounce_subject(msg_.subject) && !is_reply_subject(msg_.subject))) {
    note(diagnostic, "looks like a bounce, but no recipient could be read from it");
    return Outcome::unrecognized;
  }
  return Outcome::recognized;  // ordinary mail
}

}  // namespace

namespace {
// Next line of `h` ending in LF, CRLF or CR; false when no complete line is left.
bool next_line(std::string_view* h, std::string_view* line) {
  size_t end = find_line_end(*h);
  if (end == h->size()) return false;
  *line = h->substr(0, end);
  size_t skip = (h->at(end) == '\r' && end + 1 < h->size() && (*h)[end + 1] == '\n') ? 2 : 1;
  h->remove_prefix(end + skip);
  return true;
}
}  // namespace

int bounce_sniff(std::string_view head) {
  // Content decides: an mbox starts with "From "; a message with header
  // fields, some of them ones that every message has.
  std::string_view h = head, line;
  int score = 0;
  if (h.starts_with("From ")) {
    if (!next_line(&h, &line)) return 0;
    score = 20;
  }
  int fields = 0, known = 0, lines = 0;
  while (lines < 40 && next_line(&h, &line)) {
    if (line.empty()) break;  // end of the header block
    ++lines;
    if (line[0] == ' ' || line[0] == '\t') continue;  // folded
    if (!looks_like_header_line(line)) return lines == 1 ? 0 : score;
    ++fields;
    if (known >= 2) continue;  // certain, if the rest of the block is header lines too
    const char first = ascii_lower(line[0]);  // a cheap test before each name's
    for (std::string_view name : {"From:", "Date:", "Subject:", "Received:", "Message-ID:", "Return-Path:",
                                  "To:", "MIME-Version:", "Content-Type:", "Delivered-To:", "X-Original-To:"})
      if (ascii_lower(name[0]) == first && istarts_with(line, name)) { ++known; break; }
  }
  if (fields == 0) return score;
  if (known >= 2) return kBounceSniffCertain;
  if (known == 1) return 70;
  return score;
}

std::unique_ptr<MessageParser> make_bounce_parser(const FileContext& file) {
  return std::make_unique<BounceParser>(file);
}

}  // namespace mailtriage
