// Exim mainlog and rejectlog lines.
//
// Exim logs one line per step, most of them tagged with the message id and a
// two-character flag:
//   1abcDE-000123-AB <= sender@example.com H=client [192.0.2.1] P=esmtp S=1234 id=<msgid>
//   1abcDE-000123-AB => rcpt@example.net R=dnslookup T=remote_smtp H=mx [ip] C="250 OK"
//   1abcDE-000123-AB == rcpt@example.net R=... T=... defer (-44) H=mx [ip]: SMTP error ...
//   1abcDE-000123-AB ** rcpt@example.net R=... T=... H=mx [ip]: SMTP error ...: 550 ...
//   1abcDE-000123-AB Completed
// Session-level lines (ACL rejections, authenticator and TLS failures) carry
// the client's host as "H=name (helo) [ip]:port" and usually no message id.
//
// The field order follows Exim's deliver.c (delivery_log, deferral_log,
// failure_log) and receive.c; parsing is string_view scanning, no regex, no
// allocation per line (the per-message table recycles its entries).
#include "parsers/exim.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "parsers/message_table.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "exim.log";
constexpr size_t kMaxMessages = 200'000;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_base62(char c) { return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

sv after(sv s, size_t n) { return n >= s.size() ? sv() : s.substr(n); }

sv trim_left(sv s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

// "name (helo) [ip]:port", "(helo) [ip]", "[ip]", "name [ip]" or a bare name,
// as Exim prints hosts after H= and in "from"/"for" phrases.
struct HostSpec {
  sv name, helo, ip;
  uint16_t port = 0;
};

size_t parse_host_spec(sv s, HostSpec* out) {
  *out = HostSpec();
  size_t i = 0, end = 0;
  if (i < s.size() && s[i] != '(' && s[i] != '[') {
    while (i < s.size() && s[i] != ' ' && s[i] != ':' && s[i] != ',') ++i;
    out->name = s.substr(0, i);
    end = i;
    if (i < s.size() && s[i] == ' ') ++i;
  }
  if (i < s.size() && s[i] == '(') {
    size_t close = s.find(')', i);
    if (close == npos) return end;
    out->helo = s.substr(i + 1, close - i - 1);
    end = close + 1;
    i = end;
    if (i < s.size() && s[i] == ' ') ++i;
  }
  if (i < s.size() && s[i] == '[') {
    size_t close = s.find(']', i);
    if (close == npos) return end;
    out->ip = s.substr(i + 1, close - i - 1);
    end = close + 1;
    if (end + 1 < s.size() && s[end] == ':' && is_digit(s[end + 1])) {
      uint32_t port = 0;
      size_t j = end + 1;
      while (j < s.size() && is_digit(s[j]) && j - end <= 5) port = port * 10 + uint32_t(s[j++] - '0');
      if (port <= 65535) out->port = uint16_t(port);
      end = j;
    }
  }
  return end;
}

// The host after " H=" (or "H=" at the start) in `s`.
bool host_field(sv s, HostSpec* out) {
  size_t p = 0;
  for (;;) {
    p = s.find("H=", p);
    if (p == npos) return false;
    if (p == 0 || s[p - 1] == ' ') break;
    p += 2;
  }
  return parse_host_spec(s.substr(p + 2), out) > 0;
}

// The SMTP verb a remote error belongs to, from Exim's phrases
// ("... mail server after RCPT TO:<x>: 550 ...", "SMTP timeout after MAIL FROM",
// "closed connection in response to end of data").
sv command_in(sv text, sv* reply) {
  *reply = {};
  size_t p = npos;
  size_t skip = 0;
  for (sv marker : {sv("server after "), sv("timeout after "), sv("in response to ")}) {
    size_t q = text.find(marker);
    if (q != npos && q < p) p = q, skip = marker.size();
  }
  if (p == npos) return {};
  sv s = text.substr(p + skip);
  if (s.starts_with("pipelined ")) s.remove_prefix(10);
  sv cmd;
  if (s.starts_with("end of data") || s.starts_with("DATA")) cmd = "DATA";
  else if (s.starts_with("initial connection")) cmd = {};
  else {
    size_t n = 0;
    while (n < s.size() && s[n] >= 'A' && s[n] <= 'Z') ++n;
    cmd = s.substr(0, n);
    if (cmd != "RCPT" && cmd != "MAIL" && cmd != "EHLO" && cmd != "HELO" && cmd != "AUTH" && cmd != "STARTTLS" &&
        cmd != "BDAT" && cmd != "RSET" && cmd != "QUIT" && cmd != "LHLO")
      cmd = {};
  }
  // The remote's reply follows the command phrase after ": " (an address in
  // angle brackets may come first).
  size_t colon = s.find(": ");
  if (colon != npos) *reply = s.substr(colon + 2);
  return cmd;
}

struct MessageState {
  std::string from;        // envelope sender ("" for bounces, "<>" in the log)
  std::string message_id;  // id= on the arrival line
  std::string source_name; // the submitting client, H=
  std::string source_ip;
  bool deferral_seen = false;  // a deferral of it was reported (retry-time lines then add nothing)
  // The last remote host that failed it ("<id> H=mx [ip] Connection timed out",
  // before the deferral that names no host): where the deferral went.
  std::string failed_host_name, failed_host_ip;
  uint16_t failed_host_port = 0;
  void clear() {
    from.clear();
    message_id.clear();
    source_name.clear();
    source_ip.clear();
    deferral_seen = false;
    failed_host_name.clear();
    failed_host_ip.clear();
    failed_host_port = 0;
  }
};

// Where a line came from: Exim's own file or a syslog/journald envelope.
struct LineInfo {
  Timestamp time;
  sv host;
  sv program;
  uint32_t pid = 0;
  uint64_t line_no = 0;
};

// "SMTP protocol error in "auth login" H=... AUTH command used when not advertised":
// the command as the client typed it, in any case.
bool is_unadvertised_auth(sv body) {
  constexpr sv kPrefix = "SMTP protocol error in \"";
  if (!body.starts_with(kPrefix) || !body.ends_with(" AUTH command used when not advertised")) return false;
  const sv command = body.substr(kPrefix.size(), 4);
  return command.size() == 4 && (command[0] | 0x20) == 'a' && (command[1] | 0x20) == 'u' &&
         (command[2] | 0x20) == 't' && (command[3] | 0x20) == 'h';
}

// Lines that are understood and carry nothing to report: Exim's notes about
// queue runs, connections, verification steps and its own life. Checked only
// after the kinds that matter were ruled out.
constexpr sv kHarmlessPrefixes[] = {
    "Start queue run", "End queue run", "Start '", "End '", "exim ", "SMTP connection ", "SMTP call from",
    "SMTP command timeout", "SMTP data timeout", "SMTP syntax error", "SMTP protocol error", "no MAIL in SMTP",
    "no host name found for", "no IP address found for", "unexpected disconnection", "incomplete transaction",
    "H=", "U=", "F=", "ETRN ", "EXPN ", "VRFY ", "ATRN ", "Start ODMR", "Warning: ", "cwd=", "Spool file",
    "daemon ", "pid written", "SIGHUP", "Message is frozen", "Frozen", "Unfrozen", "removed by", "cancelled by",
    "DKIM: ", "SA: ", "ignoring AUTH=", "using queue", "overlong message header", "ridiculously long",
    "Our cert", "Peer did not", "TLS session", "Connection refused by ", "host name alias list truncated",
    "too many unrecognized commands", "Authentication-Results:", "delivering ", "Delivery ", "Completed",
};

bool harmless(sv body) {
  for (sv p : kHarmlessPrefixes)
    if (body.starts_with(p)) return true;
  return false;
}

class EximCore {
 public:
  explicit EximCore(const FileContext& file) : path_(file.path), table_(kMaxMessages) {}
  // mainlog.1 then mainlog: message ids in flight carry on, events name the new file.
  void continue_with(const FileContext& next) { path_.assign(next.path); }
  // The end of the input: a TLS note still held is reported.
  void finish(EventSink& sink) {
    if (held_note_.held) settle_note({}, sink);
  }

  Outcome parse_body(sv body, const LineInfo& li, EventSink& sink) {
    if (held_note_.held) settle_note(body, sink);
    size_t sp = body.find(' ');
    sv first = body.substr(0, sp);
    if (is_exim_message_id(first)) {
      sv rest = after(body, sp + 1);
      if (rest.size() >= 3 && rest[2] == ' ') {
        sv flag = rest.substr(0, 2);
        sv args = rest.substr(3);
        if (flag == "<=") return arrival(first, args, li, sink);
        if (flag == "=>" || flag == "->" || flag == ">>") return delivery(first, args, li, sink);
        if (flag == "==") return deferral(first, args, li, sink);
        if (flag == "**") return failure(first, args, li, sink);
        if (flag == "*>" || flag == "(=") return Outcome::recognized;  // suppressed by -N; fake reject
      }
      if (rest.starts_with("Completed")) {
        table_.erase(first);
        sink.on_tally(Tally::removed, li.time);
        return Outcome::recognized;
      }
      // One host of the message's route failing ("H=mx [ip] Connection timed
      // out"): recognized, and kept for the deferral that follows.
      if (rest.starts_with("H=")) remember_failed_host(first, rest);
      Outcome o = session_line(rest, first, li, sink);
      // Any other note about a known message (frozen, DKIM, spam score, ...).
      return o == Outcome::unrecognized ? Outcome::recognized : o;
    }
    return session_line(body, {}, li, sink);
  }

 private:
  Event base_event(const LineInfo& li, Action action) const {
    SyslogRecord rec;
    rec.time = li.time;
    rec.host = li.host;
    rec.program = li.program.empty() ? sv("exim") : li.program;
    rec.pid = li.pid;
    return record_event(rec, action, kDataset, path_, li.line_no);
  }

  // The message's state, made if new (an eviction it causes is tallied); null
  // when the table cannot hold it.
  MessageState* tracked(sv id, const LineInfo& li, EventSink& sink) {
    const uint64_t evicted = table_.evictions();
    MessageState* m = table_.find_or_insert(id);
    if (table_.evictions() != evicted) sink.on_tally(Tally::state_evicted, li.time);
    return m;
  }

  void with_message(Event& ev, sv id) {
    ev.local_id = id;
    if (MessageState* m = table_.find(id)) {
      ev.from_address = m->from;
      ev.message_id = m->message_id;
      ev.source_domain = m->source_name;
      ev.source_ip = m->source_ip;
    }
  }

  // The host name Exim verified by reverse DNS, never the HELO name the client claimed.
  static void set_source(Event& ev, const HostSpec& h) {
    ev.source_domain = h.name;
    if (looks_like_ip_address(h.ip)) ev.source_ip = h.ip;
  }

  static void set_destination(Event& ev, const HostSpec& h) {
    ev.destination_domain = h.name;
    if (looks_like_ip_address(h.ip)) ev.destination_ip = h.ip;
    ev.destination_port = h.port;
  }

  // "<= sender H=... P=... S=... id=..."
  Outcome arrival(sv id, sv args, const LineInfo& li, EventSink& sink) {
    size_t sp = args.find(' ');
    sv sender = args.substr(0, sp);
    sv fields = after(args, sp + 1);
    // A subject (T="...", +subject) may quote anything; fields before it only.
    if (size_t t = fields.find(" T=\""); t != npos) fields = fields.substr(0, t);
    MessageState* m = tracked(id, li, sink);
    sink.on_tally(Tally::received, li.time);
    if (!m) return Outcome::recognized;
    m->from.assign(sender == "<>" ? sv() : strip_angle_brackets(sender));
    m->deferral_seen = false;  // a new message (ids come back in test suites and after years)
    m->message_id.assign(strip_angle_brackets(field_value(fields, "id=")));
    HostSpec h;
    if (host_field(fields, &h)) {
      m->source_name.assign(h.name);
      if (looks_like_ip_address(h.ip)) m->source_ip.assign(h.ip);
    }
    return Outcome::recognized;
  }

  // The address part of a delivery line: "addr", "addr <top>", "addr (parent) <top>";
  // returns the recipient to report and leaves `rest` after it.
  static sv address_part(sv args, sv* rest) {
    size_t i = 0;
    while (i < args.size() && args[i] != ' ' && !(args[i] == ':' && (i + 1 == args.size() || args[i + 1] == ' ')))
      ++i;
    sv addr = args.substr(0, i);
    sv s = args.substr(i);
    if (s.starts_with(" (")) {
      size_t close = s.find(')');
      s = close == npos ? sv() : s.substr(close + 1);
    }
    sv top;
    if (s.starts_with(" <")) {
      size_t close = s.find('>');
      if (close != npos) {
        top = s.substr(2, close - 2);
        s = s.substr(close + 1);
      }
    }
    *rest = s;
    // Pipes, files and local parts delivered for an address: report the address.
    if (addr.find('@') == npos && !top.empty()) return top;
    return addr;
  }

  // Fields up to the diagnostic (": text"); *diag gets the text.
  static sv split_fields(sv s, sv* diag) {
    *diag = {};
    size_t i = 0;
    while (i < s.size()) {
      if (s[i] == ' ') {
        ++i;
        continue;
      }
      if (s[i] == ':') {
        *diag = trim_left(s.substr(i + 1));
        return s.substr(0, i);
      }
      // KEY="quoted value"
      size_t eq = i;
      while (eq < s.size() && s[eq] >= 'A' && s[eq] <= 'Z') ++eq;
      if (eq > i && eq + 1 < s.size() && s[eq] == '=' && s[eq + 1] == '"') {
        size_t j = eq + 2;
        while (j < s.size() && s[j] != '"') j += s[j] == '\\' ? 2 : 1;
        i = j + 1;
        continue;
      }
      if (eq > i && eq < s.size() && s[eq] == '=' && s.substr(i, eq - i) == "H") {
        HostSpec h;
        size_t n = parse_host_spec(s.substr(eq + 1), &h);
        i = eq + 1 + (n ? n : 0);
        if (!n) ++i;
        continue;
      }
      while (i < s.size() && s[i] != ' ' && !(s[i] == ':' && (i + 1 == s.size() || s[i + 1] == ' '))) ++i;
    }
    return s;
  }

  static void remote_codes(Event& ev, sv text) {
    sv reply;
    ev.smtp_command = command_in(text, &reply);
    if (!reply.empty()) find_smtp_codes(reply, &ev.reply_code, &ev.enhanced_status);
  }

  // "=> addr <top> R=router T=transport H=host [ip]:port X=... C="250 OK""
  Outcome delivery(sv id, sv args, const LineInfo& li, EventSink& sink) {
    sv rest;
    sv rcpt = address_part(args, &rest);
    Event ev = base_event(li, Action::delivered);
    with_message(ev, id);
    ev.to_address = rcpt;
    HostSpec h;
    if (host_field(rest, &h)) set_destination(ev, h);
    ev.diagnostic = field_value(rest, "C=");
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "== addr R=r T=t defer (errno)[: strerror][ H=host [ip]:port][: message]"
  // The diagnostic is Exim's text from "defer (" on, as written: the errno's
  // wording and the remote's reply both matter, and the rules read them there.
  Outcome deferral(sv id, sv args, const LineInfo& li, EventSink& sink) {
    sv rest;
    sv rcpt = address_part(args, &rest);
    size_t d = rest.find("defer (");
    if (d == npos || rest.find(')', d) == npos) return Outcome::unrecognized;
    sv text = rest.substr(d);
    // A queue run skipping an address before its retry time is not a new
    // attempt: counting each would multiply one failure by the number of runs.
    // It is the message's one deferral only when the log holds no other
    // (the attempts that failed are in an earlier, rotated log).
    if (MessageState* m = tracked(id, li, sink)) {
      if (m->deferral_seen && text.find("retry time not reached") != npos) return Outcome::recognized;
      m->deferral_seen = true;
    }
    // The deferral that follows our failed login to the smarthost restates it.
    if (id == client_auth_failed_ && text.find("authentication attempt(s) failed") != npos) {
      client_auth_failed_.clear();
      return Outcome::recognized;
    }
    Event ev = base_event(li, Action::deferred);
    with_message(ev, id);
    ev.to_address = rcpt;
    HostSpec h;
    MessageState* remembered = nullptr;  // the message whose remembered host the event names
    if (host_field(text, &h)) {
      set_destination(ev, h);
    } else if (MessageState* m = table_.find(id); m && !m->failed_host_name.empty()) {
      // The deferral names no host; the lines before it named the last one
      // tried, and a remote transport's port is 25 unless the line said another.
      remembered = m;
      ev.destination_domain = m->failed_host_name;
      ev.destination_ip = m->failed_host_ip;
      if (rest.find("T=remote_smtp ") != npos || rest.find("T=remote_smtp\t") != npos)
        ev.destination_port = m->failed_host_port ? m->failed_host_port : 25;
    }
    ev.diagnostic = text;
    ev.hard = Tristate::no;
    remote_codes(ev, text);
    sink.on_event(ev);
    // (After the event, whose fields view the host: the next deferral's hosts are its own.)
    if (remembered) remembered->failed_host_name.clear();
    return Outcome::reported;
  }

  void remember_failed_host(sv id, sv rest) {
    HostSpec h;
    if (!host_field(rest, &h) || h.name.empty()) return;
    MessageState* m = table_.find(id);
    if (!m) return;
    m->failed_host_name.assign(h.name);
    m->failed_host_ip.assign(looks_like_ip_address(h.ip) ? h.ip : sv());
    m->failed_host_port = h.port;
  }

  // "** addr R=r T=t H=host [ip]: SMTP error from remote mail server after RCPT TO:<addr>: 550 ..."
  // "** addr: retry timeout exceeded"
  Outcome failure(sv id, sv args, const LineInfo& li, EventSink& sink) {
    sv rest;
    sv rcpt = address_part(args, &rest);
    sv text;
    sv fields = split_fields(rest, &text);
    bool expired = text.find("retry timeout exceeded") != npos ||
                   text.find("have been failing for a long time") != npos;
    Event ev = base_event(li, expired ? Action::expired : Action::bounced);
    with_message(ev, id);
    ev.to_address = rcpt;
    HostSpec h;
    if (host_field(fields, &h)) set_destination(ev, h);
    ev.diagnostic = text;
    remote_codes(ev, text);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // Lines about an SMTP session (and id-tagged lines that are not deliveries).
  Outcome session_line(sv body, sv id, const LineInfo& li, EventSink& sink) {
    if (size_t p = body.find(" authenticator failed for "); p != npos) return auth_failure(body, p, id, li, sink);
    // Our own login to a smarthost refused: "<id> plain authenticator failed
    // H=smtp.example.net [192.0.2.25] 535 5.7.8 Error: authentication failed".
    if (size_t p = body.find(" authenticator failed H="); p != npos && !id.empty()) {
      Event ev = base_event(li, Action::failed);
      with_message(ev, id);
      HostSpec h;
      const size_t n = parse_host_spec(body.substr(p + 23), &h);
      if (n) set_destination(ev, h);
      ev.diagnostic = body;
      sv after_host = body.substr(p + 23 + n);
      while (!after_host.empty() && after_host.front() == ' ') after_host.remove_prefix(1);
      find_smtp_codes(after_host.substr(0, 16), &ev.reply_code, &ev.enhanced_status);
      ev.smtp_command = "AUTH";
      client_auth_failed_.assign(id);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (body.starts_with("TLS error on connection from ")) {
      Event ev = base_event(li, Action::failed);
      ev.local_id = id;
      HostSpec h;
      if (parse_host_spec(body.substr(29), &h)) set_source(ev, h);
      ev.diagnostic = body;
      ev.smtp_command = "STARTTLS";
      sink.on_tally(Tally::tls_failure, li.time);
      sink.on_event(ev);
      return Outcome::reported;
    }
    // Outbound: "H=mx [ip] TLS error on connection (recv): ..." while delivering, and
    // "TLS error on connection to mx [ip] (SSL_connect): ..." (the handshake).
    const size_t while_delivering = body.find("TLS error on connection (");
    const bool handshake = while_delivering == npos && body.starts_with("TLS error on connection to ");
    if (while_delivering != npos || handshake) {
      // GnuTLS's word for a peer that closed the connection without TLS's
      // closing alert, typically after the message was taken (big providers
      // do it after QUIT): the delivery line says how the message fared.
      if (while_delivering != npos &&
          body.substr(while_delivering).ends_with("(recv): The TLS connection was non-properly terminated."))
        return Outcome::recognized;
      // A failed handshake is followed by the message's deferral saying so
      // ("defer (-37) H=...: TLS session failure: ..."): held, as the notes below.
      if (handshake && !id.empty()) {
        hold_note(body, id, li, HeldNote::Kind::handshake);
        return Outcome::recognized;
      }
      return report_tls_error(body, while_delivering, id, li, sink);
    }
    // "H=(helo) [ip] sender verify fail for <x>: all relevant MX records point
    // to non-existent hosts": the reason the rejection on the next line gives
    // only as "Sender verify failed". Kept for it, not counted on its own.
    if (size_t v = body.find(" verify fail for <"); v != npos && body.find(" rejected ") == npos) {
      const size_t colon = body.find(">: ", v);
      HostSpec h;
      if (colon != npos && host_field(body.substr(0, v), &h)) {
        verify_ip_.assign(h.ip);
        const size_t word = v == 0 ? npos : body.rfind(' ', v - 1);  // "sender" / "recipient"
        verify_reason_.assign(body.substr(word == npos ? 0 : word + 1));
      }
      return Outcome::recognized;
    }
    // exiscan's scanner failing: "malware acl condition: clamd /run/clamav/clamd.ctl : unable to
    // connect to UNIX socket ...", "spam acl condition: error reading from spamd [127.0.0.1]:783,
    // ...". The ACL then defers the message ("temporarily rejected after DATA", which restates
    // this and is not counted again) or, with /defer_ok, takes it unscanned: this line is the
    // failure either way. (Exim logs what a scanner found as the rejection itself.)
    if (body.starts_with("malware acl condition: ") || body.starts_with("spam acl condition: ")) {
      Event ev = base_event(li, Action::failed);
      ev.local_id = id;
      ev.diagnostic = body;
      scanner_failed_id_.assign(id);
      scanner_failed_ = true;
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (scanner_failed_) {
      // (Before the message is accepted neither line has an id: then only the
      // very next line can restate it.)
      const bool restates = id == scanner_failed_id_ && body.find("temporarily rejected after DATA") != npos;
      if (id != scanner_failed_id_ || restates || scanner_failed_id_.empty())
        scanner_failed_ = false, scanner_failed_id_.clear();
      if (restates) return Outcome::recognized;
    }
    if (Outcome o = rejection(body, id, li, sink); o != Outcome::unrecognized) return o;
    // "SMTP call from (helo) [ip]:port I=... dropped: too many nonmail commands
    // (last was "RSET")": Exim ends a session that broke one of its limits.
    if (body.starts_with("SMTP call from ")) {
      if (size_t d = body.find(" dropped: "); d != npos) {
        Event ev = base_event(li, Action::rejected);
        HostSpec h;
        if (parse_host_spec(body.substr(15, d - 15), &h)) set_source(ev, h);
        ev.diagnostic = body.substr(d + 10);
        sink.on_event(ev);
        return Outcome::reported;
      }
    }
    // Our signing failed and dkim_strict holds the message back; or the
    // router found this host as the domain's best MX without the domain
    // being one of ours (logged on its own line too): the message waits.
    if (body.starts_with("DKIM: message could not be signed") ||
        (!id.empty() && body.starts_with("lowest numbered MX record points to local host"))) {
      Event ev = base_event(li, Action::deferred);
      with_message(ev, id);
      ev.diagnostic = body;
      ev.hard = Tristate::no;
      sink.on_event(ev);
      return Outcome::reported;
    }
    // Outbound TLS that did not verify: "TLS session: (certificate verification
    // failed): ... delivering unencrypted to H=...", "DANE attempt failed; TLS
    // connection to H [ip]: (SSL_connect): ...".
    if ((body.starts_with("TLS session: (") && body.find("verification failed") != npos) ||
        body.starts_with("DANE attempt failed")) {
      if (!id.empty()) {  // held: see settle_note
        hold_note(body, id, li, HeldNote::Kind::note);
        return Outcome::recognized;
      }
      return report_tls_note(body, id, li, sink);
    }
    if (body.starts_with("Connection from ") || body.starts_with("refused connection from ")) {
      // The daemon refusing a client: smtp_accept_max(_per_host), load average,
      // host_reject_connection.
      size_t r = body.find(" refused");
      if (r != npos || body.starts_with("refused")) {
        Event ev = base_event(li, Action::rejected);
        HostSpec h;
        size_t from = body.find("from ");
        if (parse_host_spec(body.substr(from + 5), &h)) set_source(ev, h);
        size_t colon = body.find("refused: ");
        ev.diagnostic = colon == npos ? body : body.substr(colon + 9);
        sink.on_event(ev);
        return Outcome::reported;
      }
    }
    // Exim unable to work: its configuration refused at start, the daemon's
    // port taken, a file name it built from message data refused (4.94 and
    // later: "Tainted filename for search: '...'", held: see HeldNote), a DKIM
    // signature it could not make (the message leaves unsigned). One failed
    // event for the classifier to name.
    // And what it writes to its panic log too: a daemon that cannot fork its
    // queue runner or a process for a connection, a spool file it cannot
    // create (a full disk: the incoming message is refused), a log file it
    // cannot open, a local sender without a passwd entry, a pipe that would
    // run as a user on never_users (root: the delivery is not made). A frozen message
    // (mostly a bounce that could not be delivered) dropped unsent once
    // timeout_frozen_after passed expired.
    const bool frozen_expired = !id.empty() && body == "cancelled by timeout_frozen_after";
    if (body.starts_with("Tainted ")) {
      hold_note(body, id, li, HeldNote::Kind::tainted);
      return Outcome::recognized;  // (its event, when it is one, comes with the next line)
    }
    if (frozen_expired || body.starts_with("Exim configuration error") ||
        body.starts_with("DKIM: signing failed") ||
        (body.starts_with("socket bind() to port ") && body.find(" failed: ") != npos) ||
        (body.starts_with("daemon: ") && body.find(" failed") != npos) || body.starts_with("Failed to create spool file ") ||
        (body.starts_with("Cannot open ") && body.find(" log file ") != npos) ||
        body.starts_with("Failed to get user name for uid ") || body.find(" is on the never_users list") != npos) {
      Event ev = base_event(li, frozen_expired ? Action::expired : Action::failed);
      if (!id.empty()) with_message(ev, id);
      ev.diagnostic = body;
      sink.on_event(ev);
      return Outcome::reported;
    }
    // log_selector +smtp_connection: one line per accepted connection.
    if (body.starts_with("SMTP connection from ") && body.find("(TCP/IP connection count") != npos) {
      sink.on_tally(Tally::connection, li.time);
      return Outcome::recognized;
    }
    // A client's AUTH where none was offered ("SMTP protocol error in "AUTH LOGIN"
    // H=... [503 ]AUTH command used when not advertised"): its login failed, most
    // often for want of STARTTLS. Other protocol errors are notes.
    if (is_unadvertised_auth(body)) {
      Event ev = base_event(li, Action::failed);
      HostSpec h;
      // The command is quoted as the client sent it, and may hold a forged " H=...":
      // the host is the last H= field.
      if (size_t at = body.rfind(" H="); at != npos && host_field(body.substr(at + 1), &h)) set_source(ev, h);
      ev.smtp_command = "AUTH";
      ev.diagnostic = body;
      if (size_t code = body.rfind(" 503 "); code != npos)
        find_smtp_codes(body.substr(code + 1, 4), &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (harmless(body)) return Outcome::recognized;
    return Outcome::unrecognized;
  }

  // Outbound TLS that did not verify, and Exim went on without it ("TLS session:
  // (certificate verification failed): ... delivering unencrypted to H=...",
  // "DANE attempt failed; ..."), or a handshake that failed ("TLS error on
  // connection to mx [ip] (certificate verification failed): ..."): held until
  // the next line. When that line is the message's failure and names TLS
  // ("530 5.7.0 Must issue a STARTTLS command first", "TLS session failure"),
  // the failure is the event and says it; otherwise (delivered in clear,
  // another message, another reason) the TLS failure is reported then.
  // Exim's taint check is held the same way ("Tainted filename for search:
  // '...'"): the ACL's refusal that follows it ("temporarily rejected RCPT
  // <r>: failed to expand ...") is that failure, with its client and
  // recipient; alone, the taint line is reported.
  struct HeldNote {
    enum class Kind : uint8_t { note, handshake, tainted };
    bool held = false;
    Kind kind = Kind::note;
    std::string id, body, host, program;
    LineInfo li;
  };
  void hold_note(sv body, sv id, const LineInfo& li, HeldNote::Kind kind) {
    held_note_.held = true;
    held_note_.kind = kind;
    held_note_.id.assign(id);
    held_note_.body.assign(body);
    held_note_.host.assign(li.host);
    held_note_.program.assign(li.program);
    held_note_.li = li;
  }
  void settle_note(sv next, EventSink& sink) {
    held_note_.held = false;
    if (held_note_.kind == HeldNote::Kind::tainted) {
      if (next.find("rejected ") != npos && next.find("failed to expand") != npos) return;
      LineInfo li = held_note_.li;
      li.host = held_note_.host;
      li.program = held_note_.program;
      Event ev = base_event(li, Action::failed);
      if (!held_note_.id.empty()) with_message(ev, held_note_.id);
      ev.diagnostic = held_note_.body;
      sink.on_event(ev);
      return;
    }
    if (next.starts_with(held_note_.id) && next.size() > held_note_.id.size() + 4) {
      const sv rest = next.substr(held_note_.id.size() + 1);
      if ((rest.starts_with("** ") || rest.starts_with("== ")) &&
          (rest.find("TLS") != npos || rest.find("tls") != npos))
        return;
    }
    LineInfo li = held_note_.li;
    li.host = held_note_.host;
    li.program = held_note_.program;
    if (held_note_.kind == HeldNote::Kind::handshake) report_tls_error(held_note_.body, npos, held_note_.id, li, sink);
    else report_tls_note(held_note_.body, held_note_.id, li, sink);
  }

  // "TLS error on connection to mx [ip] (...): ..." (while_delivering == npos), or
  // "H=mx [ip] TLS error on connection (recv): ..." (its offset).
  Outcome report_tls_error(sv body, size_t while_delivering, sv id, const LineInfo& li, EventSink& sink) {
    const bool handshake = while_delivering == npos;
    HostSpec h;
    const bool named = handshake ? parse_host_spec(body.substr(27), &h) : host_field(body.substr(0, while_delivering), &h);
    return report_outbound_tls(handshake ? body : body.substr(while_delivering), named ? &h : nullptr, id, li, sink);
  }

  Outcome report_tls_note(sv body, sv id, const LineInfo& li, EventSink& sink) {
    HostSpec h;
    return report_outbound_tls(body, host_field(body, &h) ? &h : nullptr, id, li, sink);
  }

  // An outbound TLS failure of message `id` at `host` (when the line names it).
  Outcome report_outbound_tls(sv diagnostic, const HostSpec* host, sv id, const LineInfo& li, EventSink& sink) {
    Event ev = base_event(li, Action::failed);
    with_message(ev, id);
    if (host) set_destination(ev, *host);
    ev.diagnostic = diagnostic;
    ev.smtp_command = "STARTTLS";
    sink.on_tally(Tally::tls_failure, li.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "login authenticator failed for (helo) [ip]:port I=[ip]:587: 535 Incorrect authentication data (set_id=u)"
  Outcome auth_failure(sv body, size_t p, sv id, const LineInfo& li, EventSink& sink) {
    sv s = body.substr(p + 26);
    if (s.starts_with("H=")) s.remove_prefix(2);
    Event ev = base_event(li, Action::failed);
    ev.local_id = id;
    HostSpec h;
    size_t n = parse_host_spec(s, &h);
    if (n) set_source(ev, h);
    sv tail = s.substr(n);
    // The whole line is the evidence: the authenticator's name and the reply sent.
    ev.diagnostic = body;
    if (size_t colon = tail.find(": "); colon != npos)
      find_smtp_codes(tail.substr(colon + 2, 4), &ev.reply_code, &ev.enhanced_status);
    ev.smtp_command = "AUTH";
    sink.on_tally(Tally::sasl_failure, li.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // ACL rejections: "H=... F=<s> rejected RCPT <r>: text", "rejected after DATA",
  // "rejected EHLO from ...", "rejected connection in "connect" ACL",
  // "rejected by local_scan(): ...", protocol synchronization errors, DROP verbs.
  Outcome rejection(sv body, sv id, const LineInfo& li, EventSink& sink) {
    // A client talking before the greeting or out of turn, which Exim refuses
    // on this line (as Postfix's postscreen refuses a PREGREET with "550 5.5.1
    // Protocol error"): a rejection, almost always of a bot.
    // Our message_size_limit at DATA ("H=... F=<s> message too big:
    // read=52634112 max=52428800"): the message refused, without the word.
    if (size_t big = body.find("message too big: "); big != npos && body.find("H=") < big) {
      Event ev = base_event(li, Action::rejected);
      ev.local_id = id;
      HostSpec h;
      if (host_field(body.substr(body.find("H=")), &h)) set_source(ev, h);
      if (size_t f = body.find(" F=<"); f != npos && f < big) {
        const size_t close = body.find('>', f + 4);
        if (close != npos && close < big) ev.from_address = body.substr(f + 4, close - f - 4);
      }
      ev.smtp_command = "DATA";
      ev.diagnostic = body.substr(big);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (body.starts_with("SMTP protocol synchronization error")) {
      Event ev = base_event(li, Action::rejected);
      ev.local_id = id;
      HostSpec h;
      if (size_t at = body.find("H="); at != npos && host_field(body.substr(at), &h)) set_source(ev, h);
      ev.diagnostic = body.substr(0, body.find(" H="));
      sink.on_event(ev);
      return Outcome::reported;
    }
    size_t p = 0;
    for (;;) {
      p = body.find("rejected", p);
      if (p == npos) break;
      if ((p == 0 || body[p - 1] == ' ') && (p + 8 == body.size() || body[p + 8] == ' ' || body[p + 8] == ':')) break;
      p += 8;
    }
    bool dropped = false;
    size_t drop = npos;
    if (p == npos) {
      drop = body.find(" dropped by '");
      if (drop == npos) drop = body.find(" closed by DROP in ACL");
      if (drop == npos) return Outcome::unrecognized;
      dropped = true;
    }
    // Verification results ("sender verify fail for <x>: ...") precede the
    // rejection line that reports them; they are not a second failure.
    Event ev = base_event(li, Action::rejected);
    ev.local_id = id;
    if (!id.empty()) with_message(ev, id);
    sv prefix = body.substr(0, dropped ? drop : p);
    HostSpec h;
    if (host_field(prefix, &h)) set_source(ev, h);
    sv sender = field_value(prefix, "F=");
    if (!sender.empty()) ev.from_address = strip_angle_brackets(sender);

    if (dropped) {
      if (prefix.starts_with("SMTP connection from ")) {
        if (parse_host_spec(prefix.substr(21), &h)) set_source(ev, h);
      }
      // "dropped by 'connect' ACL: Country is banned": the verb says who refused.
      ev.diagnostic = body.substr(drop + 1);
      sink.on_event(ev);
      return Outcome::reported;
    }

    if (prefix.ends_with("temporarily ")) ev.hard = Tristate::no;
    sv verb = body.substr(p + 8);
    if (verb.starts_with(" ")) verb.remove_prefix(1);
    sv text;
    if (verb.starts_with("RCPT ") || verb.starts_with("MAIL ")) {
      ev.smtp_command = verb.substr(0, 4);
      sv addr_and_text = verb.substr(5);
      size_t end = addr_and_text.starts_with("<") ? addr_and_text.find('>') : npos;
      sv addr;
      sv tail;
      if (end != npos) {
        addr = addr_and_text.substr(1, end - 1);
        tail = addr_and_text.substr(end + 1);
      } else {
        size_t stop = 0;
        while (stop < addr_and_text.size() && addr_and_text[stop] != ' ' &&
               !(addr_and_text[stop] == ':' && (stop + 1 == addr_and_text.size() || addr_and_text[stop + 1] == ' ')))
          ++stop;
        addr = addr_and_text.substr(0, stop);
        tail = addr_and_text.substr(stop);
      }
      if (ev.smtp_command == "RCPT") ev.to_address = addr;
      else ev.from_address = addr;
      text = tail.starts_with(":") ? trim_left(tail.substr(1)) : sv();
    } else if (verb.starts_with("after DATA") || verb.starts_with("by local_scan()") ||
               verb.starts_with("by non-SMTP ACL")) {
      ev.smtp_command = "DATA";
      size_t colon = verb.find(": ");
      text = colon == npos ? sv() : verb.substr(colon + 2);
    } else if (verb.starts_with("EHLO") || verb.starts_with("HELO")) {
      ev.smtp_command = verb.substr(0, 4);
      if (verb.substr(4).starts_with(" from ")) {
        HostSpec from;
        if (parse_host_spec(verb.substr(10), &from)) set_source(ev, from);
      }
      size_t colon = verb.find(": ");
      text = colon == npos ? sv() : verb.substr(colon + 2);
    } else if (verb.starts_with("connection")) {
      size_t colon = verb.find(": ");
      text = colon == npos ? sv() : verb.substr(colon + 2);
    } else {
      size_t colon = verb.find(": ");
      text = colon == npos ? sv() : verb.substr(colon + 2);
    }
    // Without a reason of its own the rejection phrase is the evidence.
    // ("temporarily rejected after DATA" keeps its first word: a deferral.)
    ev.diagnostic = !text.empty() ? text : prefix.ends_with("temporarily ") ? body.substr(p - 12) : body.substr(p);
    // "Sender verify failed" from the host whose verification was just
    // logged: that line says why.
    if (!verify_reason_.empty() && ev.source_ip == verify_ip_ &&
        ev.diagnostic.find("verify failed") != npos) {
      combined_.assign(ev.diagnostic).append(" (").append(verify_reason_).append(")");
      ev.diagnostic = combined_;
    }
    verify_reason_.clear();
    sink.on_event(ev);
    return Outcome::reported;
  }

  std::string verify_ip_, verify_reason_;  // the last verification failure logged, and its host
  std::string scanner_failed_id_;          // the message whose content scan just failed (empty before DATA's end)
  bool scanner_failed_ = false;            // a content scan just failed
  std::string combined_;                   // a rejection's text with that reason
  std::string path_;
  MessageTable<MessageState> table_;
  std::string client_auth_failed_;  // the message whose smarthost login just failed
  HeldNote held_note_;
};

// "[pid] " that Exim writes with log_selector +pid.
sv strip_pid(sv s, uint32_t* pid) {
  if (s.size() < 4 || s[0] != '[') return s;
  uint32_t v = 0;
  size_t i = 1;
  while (i < s.size() && is_digit(s[i]) && i < 12) v = v * 10 + uint32_t(s[i++] - '0');
  if (i == 1 || i + 1 >= s.size() || s[i] != ']' || s[i + 1] != ' ') return s;
  *pid = v;
  return s.substr(i + 2);
}

// "host exim[pid]: " as syslog-ng and journalctl print it after their own
// timestamp (or without one). Returns the message, or `s` unchanged.
sv strip_syslog_tag(sv s, LineInfo* li) {
  size_t sp = s.find(' ');
  if (sp == npos || sp == 0) return s;
  sv tag = s.substr(sp + 1);
  size_t end = 0;
  while (end < tag.size() && tag[end] != '[' && tag[end] != ':' && tag[end] != ' ') ++end;
  if (end == tag.size() || tag[end] == ' ' || !exim_claims_program(tag.substr(0, end))) return s;
  sv program = tag.substr(0, end);
  uint32_t pid = 0;
  if (tag[end] == '[') {
    size_t j = end + 1;
    while (j < tag.size() && is_digit(tag[j])) pid = pid * 10 + uint32_t(tag[j++] - '0');
    if (j >= tag.size() || tag[j] != ']') return s;
    end = j + 1;
  }
  if (end + 1 >= tag.size() || tag[end] != ':' || tag[end + 1] != ' ') return s;
  li->host = s.substr(0, sp);
  li->program = program;
  li->pid = pid;
  return tag.substr(end + 2);
}

// The message of an Exim syslog record may itself start with Exim's
// timestamp (journald entries of a mainlog forwarded as text) and "[pid]".
sv strip_inner_prefix(sv msg, LineInfo* li) {
  Timestamp t;
  if (size_t n = scan_exim_timestamp(msg, &t); n && n < msg.size() && msg[n] == ' ') {
    if (!li->time.valid) li->time = t;
    msg.remove_prefix(n + 1);
  }
  uint32_t pid = 0;
  sv rest = strip_pid(msg, &pid);
  if (rest.size() != msg.size() && !li->pid) li->pid = pid;
  return rest;
}

// Exim logging to syslog cuts an entry longer than 870 bytes into pieces, and
// a multi-line one (a rejection with the header dump the rejectlog keeps) at
// its newlines, and numbers each piece: "[1/3] ...", "[2/3] ...". After the
// numbers, '/' says the next piece goes on in the same line and '\' that it
// starts the next line (log.c, write_syslog). The pieces of an entry's first
// line are joined before it is read; its other lines are its continuation,
// as in the rejectlog file. Pieces are matched by pid: another process's
// records may come between them.
struct SyslogPiece {
  unsigned index = 0, count = 0;
  bool line_ends = false;  // '\': the next piece starts a new line
  sv text;
};

bool read_syslog_piece(sv msg, SyslogPiece* out) {
  if (msg.size() < 6 || msg[0] != '[' || !is_digit(msg[1])) return false;
  size_t i = 1;
  unsigned index = 0, count = 0;
  for (; i < msg.size() && is_digit(msg[i]) && index < 100000; ++i) index = index * 10 + unsigned(msg[i] - '0');
  if (i >= msg.size() || (msg[i] != '/' && msg[i] != '\\')) return false;
  const bool line_ends = msg[i++] == '\\';
  const size_t count_at = i;
  for (; i < msg.size() && is_digit(msg[i]) && count < 100000; ++i) count = count * 10 + unsigned(msg[i] - '0');
  if (i == count_at || i + 1 >= msg.size() || msg[i] != ']' || msg[i + 1] != ' ') return false;
  if (index == 0 || count < 2 || index > count) return false;
  *out = {index, count, line_ends, msg.substr(i + 2)};
  return true;
}

class SyslogPieceJoiner {
 public:
  // What a record's message gives the reader.
  enum class Step : uint8_t {
    whole,         // not a piece: read the message as it is
    held,          // a piece kept until its line is whole
    joined,        // the pieces of a line, joined: read *joined
    continuation,  // a later line of a multi-line entry
  };
  struct Joined {
    sv text;
    uint64_t first_line = 0;  // the line of the entry's first piece
    Timestamp time;           // that piece's time
  };

  // `flush` is called with an entry left incomplete (a piece lost or never
  // written) before the record that shows it, with what was kept of it.
  template <class Flush>
  Step take(uint32_t pid, sv msg, uint64_t line_no, const Timestamp& time, Joined* joined, Flush&& flush) {
    SyslogPiece piece;
    Partial* p = find(pid);
    if (!read_syslog_piece(msg, &piece)) {
      if (p) drop(*p, flush);
      return Step::whole;
    }
    if (p && piece.index != p->next) {
      drop(*p, flush);
      p = nullptr;
    }
    if (!p) {
      if (piece.index != 1) {  // the entry's start was not seen: its piece read alone
        joined->text = piece.text, joined->first_line = line_no, joined->time = time;
        return Step::joined;
      }
      p = claim(pid, flush);
      p->text.clear();
      p->first_line = line_no;
      p->time = time;
      p->count = piece.count;
      p->in_continuation = false;
    }
    p->next = piece.index + 1;
    const bool last = piece.index == p->count;
    if (p->in_continuation) {
      if (last) p->used = false;
      return Step::continuation;
    }
    p->text.append(piece.text);
    if (!piece.line_ends && !last) return Step::held;
    // The first line is whole: read now; what follows is its continuation.
    p->in_continuation = true;
    if (last) p->used = false;
    joined->text = p->text, joined->first_line = p->first_line, joined->time = p->time;
    return Step::joined;
  }

  // The end of the input: entries still incomplete, in the order they began.
  template <class Flush>
  void finish(Flush&& flush) {
    std::sort(partials_.begin(), partials_.end(),
              [](const Partial& a, const Partial& b) { return a.first_line < b.first_line; });
    for (Partial& p : partials_)
      if (p.used) drop(p, flush);
  }

 private:
  struct Partial {
    bool used = false, in_continuation = false;
    uint32_t pid = 0;
    unsigned next = 0, count = 0;
    uint64_t first_line = 0;
    Timestamp time;
    std::string text;
  };
  // A few processes write long entries at once; a ninth takes the oldest's place.
  static constexpr size_t kPartials = 8;

  Partial* find(uint32_t pid) {
    if (!any_used_) return nullptr;
    for (Partial& p : partials_)
      if (p.used && p.pid == pid) return &p;
    return nullptr;
  }
  template <class Flush>
  void drop(Partial& p, Flush&& flush) {
    p.used = false;
    if (!p.in_continuation && !p.text.empty()) flush(Joined{p.text, p.first_line, p.time});
  }
  template <class Flush>
  Partial* claim(uint32_t pid, Flush&& flush) {
    any_used_ = true;
    Partial* oldest = &partials_[0];
    for (Partial& p : partials_) {
      if (!p.used) {
        oldest = &p;
        break;
      }
      if (p.first_line < oldest->first_line) oldest = &p;
    }
    if (oldest->used) drop(*oldest, flush);  // read as far as it came
    oldest->used = true;
    oldest->pid = pid;
    return oldest;
  }

  std::array<Partial, kPartials> partials_;
  bool any_used_ = false;  // once a piece was seen: most logs have none
};

// Lines that continue the previous entry: wrapped text and the header dump
// that the rejectlog writes under each rejection ("Envelope-from: <x>",
// "P Received: ...", "  Date: ...").
bool is_continuation(sv line) {
  if (line.empty()) return true;
  if (line[0] == ' ' || line[0] == '\t') return true;
  if (line.starts_with("Envelope-from:") || line.starts_with("Envelope-to:")) return true;
  if (line.size() > 3 && line[1] == ' ' && (line[0] == '*' || (line[0] >= 'A' && line[0] <= 'Z'))) {
    size_t colon = line.find(':', 2);
    if (colon == npos || colon == 2) return false;
    for (size_t i = 2; i < colon; ++i)
      if (!(is_base62(line[i]) || line[i] == '-' || line[i] == '_')) return false;
    return true;
  }
  return false;
}

// One Exim record under a syslog envelope: its pieces joined (above), then
// read. With `last_pid` and `last_message`, a record that repeats the same
// process's previous one word for word is recognized, not read again: logging
// to syslog, Exim writes a line that belongs to two of its logs (a
// rejection: mainlog and rejectlog) once for each, at two priorities, unless
// syslog_duplication is off.
Outcome read_record(EximCore& core, SyslogPieceJoiner& pieces, sv message, LineInfo li, EventSink& sink,
                    uint32_t* last_pid = nullptr, std::string* last_message = nullptr) {
  SyslogPieceJoiner::Joined joined;
  auto flush = [&](const SyslogPieceJoiner::Joined& left) {
    LineInfo at = li;
    at.time = left.time, at.line_no = left.first_line;
    core.parse_body(strip_inner_prefix(left.text, &at), at, sink);
  };
  switch (pieces.take(li.pid, message, li.line_no, li.time, &joined, flush)) {
    case SyslogPieceJoiner::Step::whole:
      break;
    case SyslogPieceJoiner::Step::held:
    case SyslogPieceJoiner::Step::continuation:
      return Outcome::recognized;
    case SyslogPieceJoiner::Step::joined:
      message = joined.text, li.time = joined.time, li.line_no = joined.first_line;
      break;
  }
  if (last_pid) {
    if (li.pid == *last_pid && li.pid != 0 && message == *last_message) return Outcome::recognized;
    *last_pid = li.pid;
    last_message->assign(message);
  }
  return core.parse_body(strip_inner_prefix(message, &li), li, sink);
}

// The end of the input: entries whose last pieces never came are read as far as they came.
void finish_pieces(EximCore& core, SyslogPieceJoiner& pieces, EventSink& sink) {
  pieces.finish([&](const SyslogPieceJoiner::Joined& left) {
    LineInfo li;
    li.time = left.time, li.line_no = left.first_line;
    core.parse_body(strip_inner_prefix(left.text, &li), li, sink);
  });
}

class EximLogParser final : public LineParser {
 public:
  explicit EximLogParser(const FileContext& file) : core_(file), years_(file.mtime ? file.mtime : file.now) {}

  void finish(EventSink& sink) override {
    finish_pieces(core_, pieces_, sink);
    core_.finish(sink);
  }

  bool continue_with(const FileContext& next) override {
    core_.continue_with(next);
    years_ = YearInference(next.mtime ? next.mtime : next.now);
    in_entry_ = false;
    return true;
  }

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    LineInfo li;
    li.line_no = line_no;
    if (size_t n = scan_exim_timestamp(line, &li.time); n && n < line.size() && line[n] == ' ') {
      sv body = strip_pid(line.substr(n + 1), &li.pid);
      body = strip_syslog_tag(body, &li);
      if (!li.program.empty()) body = strip_inner_prefix(body, &li);
      in_entry_ = true;
      return core_.parse_body(body, li, sink);
    }
    if (in_entry_ && is_continuation(line)) return Outcome::recognized;
    if (line.empty()) return Outcome::recognized;
    // Exim's lines inside a syslog envelope, in a file read as Exim.
    SyslogRecord rec;
    if (parse_syslog_line(line, years_, &rec) && exim_claims_program(rec.program)) {
      li.time = rec.time, li.host = rec.host, li.program = rec.program, li.pid = rec.pid;
      in_entry_ = true;
      return read_record(core_, pieces_, rec.message, li, sink, &last_pid_, &last_message_);
    }
    // "host exim[pid]: 2021-07-17 23:20:49 ..." (journalctl without its own date)
    sv body = strip_syslog_tag(line, &li);
    if (!li.program.empty()) {
      in_entry_ = true;
      return core_.parse_body(strip_inner_prefix(body, &li), li, sink);
    }
    in_entry_ = false;
    return Outcome::unrecognized;
  }

 private:
  EximCore core_;
  SyslogPieceJoiner pieces_;
  uint32_t last_pid_ = 0;
  std::string last_message_;  // the last syslog record's message, for its syslog_duplication copy
  YearInference years_;
  bool in_entry_ = false;
};

class EximProgramParser final : public ProgramParser {
 public:
  explicit EximProgramParser(const FileContext& file) : core_(file) {}

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    // A long entry's pieces are joined, and its syslog_duplication copy
    // recognized, by read_record.
    LineInfo li;
    li.time = rec.time, li.host = rec.host, li.program = rec.program, li.pid = rec.pid, li.line_no = line_no;
    return read_record(core_, pieces_, rec.message, li, sink, &last_pid_, &last_message_);
  }
  void continue_with(const FileContext& next) override { core_.continue_with(next); }
  void finish(EventSink& sink) override {
    finish_pieces(core_, pieces_, sink);
    core_.finish(sink);
  }

 private:
  EximCore core_;
  SyslogPieceJoiner pieces_;
  uint32_t last_pid_ = 0;
  std::string last_message_;  // the last record's message (its buffer reused)
};

}  // namespace

size_t scan_exim_timestamp(sv s, Timestamp* out) {
  // Exim writes a space between date and time; RFC 3339's 'T' is not Exim's.
  if (s.size() < 19 || s[10] != ' ') return 0;
  size_t n = scan_rfc3339(s.substr(0, std::min<size_t>(s.size(), 23)), out);
  if (!n) return 0;
  if (n < s.size() && s[n] != ' ') return 0;
  // log_timezone: " +hhmm" / " -hhmm"
  if (n + 6 <= s.size() && s[n] == ' ' && (s[n + 1] == '+' || s[n + 1] == '-') && is_digit(s[n + 2]) &&
      is_digit(s[n + 3]) && is_digit(s[n + 4]) && is_digit(s[n + 5]) && (n + 6 == s.size() || s[n + 6] == ' ')) {
    int64_t mins = ((s[n + 2] - '0') * 10 + (s[n + 3] - '0')) * 60 + (s[n + 4] - '0') * 10 + (s[n + 5] - '0');
    out->epoch_us -= (s[n + 1] == '-' ? -mins : mins) * 60 * 1000000;
    n += 6;
  }
  return n;
}

bool is_exim_message_id(sv s) {
  auto part = [&](size_t from, size_t len) {
    for (size_t i = from; i < from + len; ++i)
      if (!is_base62(s[i])) return false;
    return true;
  };
  if (s.size() == 16) return s[6] == '-' && s[13] == '-' && part(0, 6) && part(7, 6) && part(14, 2);
  if (s.size() == 23) return s[6] == '-' && s[18] == '-' && part(0, 6) && part(7, 11) && part(19, 4);
  return false;
}

bool exim_claims_program(sv program) {
  return program == "exim" || program.starts_with("exim4") || program.starts_with("exim-") ||
         program.starts_with("exim/");
}

int exim_sniff(sv head) {
  int lines = 0, exim = 0;
  bool in_entry = false;
  for_each_head_line(head, [&](sv line) {
    Timestamp t;
    size_t n = scan_exim_timestamp(line, &t);
    if (!n) {
      if (line.empty() || (in_entry && is_continuation(line))) return true;
      ++lines;
      in_entry = false;
      return lines < 40;
    }
    ++lines;
    in_entry = true;
    uint32_t pid = 0;
    sv body = strip_pid(after(line, n + 1), &pid);
    sv first = body.substr(0, body.find(' '));
    // A message id, or wording only Exim uses, after Exim's timestamp.
    if (is_exim_message_id(first) || body.starts_with("H=") || body.starts_with("U=") ||
        body.find(" authenticator failed for ") != npos || body.starts_with("Start queue run") ||
        body.starts_with("End queue run") || body.starts_with("TLS error on connection") ||
        body.starts_with("SMTP connection from") || body.starts_with("SMTP call from") ||
        body.starts_with("no MAIL in SMTP connection") || body.starts_with("exim ") ||
        body.starts_with("SMTP protocol") || body.starts_with("SMTP syntax error") ||
        body.starts_with("rejected ") || body.starts_with("no host name found for IP address") ||
        body.starts_with("no IP address found for host"))
      ++exim;
    return lines < 40;
  });
  if (lines == 0 || exim == 0) return 0;
  return exim * 100 / lines;
}

std::unique_ptr<LineParser> make_exim_parser(const FileContext& file) {
  return std::make_unique<EximLogParser>(file);
}

std::unique_ptr<ProgramParser> make_exim_program_parser(const FileContext& file) {
  return std::make_unique<EximProgramParser>(file);
}

}  // namespace mailtriage
