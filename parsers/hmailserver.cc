#include "parsers/hmailserver.h"

#include "parsers/bounce_text.h"

#include <array>
#include <charconv>
#include <string>

#include "parsers/registry.h"
#include "parsers/smtp_codes.h"
#include "parsers/syslog.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "hmailserver.log";
constexpr sv kProgram = "hmailserver";

constexpr sv kNoMailServers = "No mail servers could be found for the address ";
constexpr sv kNotDeliveredTo = "The message was not delivered to ";

// Within these a line restates a failure another line just reported (a
// handshake after its certificate check, the deliverer's note after the
// resolver's), or a summary claims an attempt's failure no message named.
constexpr int64_t kSameMomentUs = 10'000'000;
constexpr int64_t kSameLookupUs = 120'000'000;
constexpr int64_t kSameAttemptUs = 30 * 60'000'000LL;  // hMailServer's SMTP timeouts are up to 10 minutes

enum class Kind : uint8_t { smtpd, smtpc, pop3d, pop3c, imapd, tcpip, application, debug, error };

struct KindName {
  sv name;
  Kind kind;
};
constexpr KindName kKinds[] = {{"SMTPD", Kind::smtpd},
                               {"SMTPC", Kind::smtpc},
                               {"POP3D", Kind::pop3d},
                               {"POP3C", Kind::pop3c},
                               {"IMAPD", Kind::imapd},
                               {"TCPIP", Kind::tcpip},
                               {"APPLICATION", Kind::application},
                               {"DEBUG", Kind::debug},
                               {"ERROR", Kind::error}};

bool is_conversation(Kind k) { return k <= Kind::imapd; }

// One record: Logger::LogSMTPConversation writes
// "\"SMTPD\"\t%d\t%d\t\"%s\"\t\"%s\"\t\"%s\"" (thread, session, time, remote
// address, text), LogApplication and the others "\"KIND\"\t%d\t\"%s\"\t\"%s\"".
struct Record {
  Kind kind = Kind::debug;
  uint32_t thread = 0;
  uint64_t session = 0;
  Timestamp time;
  sv remote;  // conversations: the peer's address ("TCP" on the deliverer's notes of old versions)
  sv text;
};

// A number and the tab after it ("3412\t"); `at` moves past both. (A thread id
// is printed with %d: a large one comes out negative.)
bool read_number(sv line, size_t& at, uint64_t* out) {
  size_t i = at;
  if (i < line.size() && line[i] == '-') ++i;
  const size_t digits = i;
  uint64_t n = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9' && i - digits < 19) n = n * 10 + uint64_t(line[i++] - '0');
  if (i == digits || i >= line.size() || line[i] != '\t') return false;
  *out = n;
  at = i + 1;
  return true;
}

// A quoted field and the tab after it; `at` moves past both.
bool read_quoted(sv line, size_t& at, sv* out) {
  if (at >= line.size() || line[at] != '"') return false;
  const size_t close = line.find('"', at + 1);
  if (close == npos || close + 1 >= line.size() || line[close + 1] != '\t') return false;
  *out = line.substr(at + 1, close - at - 1);
  at = close + 2;
  return true;
}

bool read_record(sv line, Record* r) {
  if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
  if (line.size() < 8 || line[0] != '"') return false;
  const size_t close = line.find('"', 1);
  if (close == npos || close > 12 || close + 1 >= line.size() || line[close + 1] != '\t') return false;
  const sv name = line.substr(1, close - 1);
  bool known = false;
  for (const KindName& k : kKinds)
    if (k.name == name) r->kind = k.kind, known = true;
  if (!known) return false;
  size_t at = close + 2;
  uint64_t n = 0;
  if (!read_number(line, at, &n)) return false;
  r->thread = uint32_t(n);
  if (is_conversation(r->kind) && !read_number(line, at, &r->session)) return false;
  sv time;
  // "2025-03-11 07:05:32.118": local time without a zone, read as written.
  if (!read_quoted(line, at, &time) || time.size() < 19 || scan_rfc3339(time, &r->time) != time.size()) return false;
  r->remote = {};
  if (is_conversation(r->kind) && !read_quoted(line, at, &r->remote)) return false;
  sv text = line.substr(at);
  if (!text.starts_with('"')) return false;
  text.remove_prefix(1);
  if (text.ends_with('"')) text.remove_suffix(1);
  r->text = text;
  return true;
}

// The text after `key` up to `end` (or the text's end): "Query: x, Type: 15" -> "x".
sv value_after(sv text, sv key, sv end) {
  const size_t at = text.find(key);
  if (at == npos) return {};
  sv v = text.substr(at + key.size());
  return v.substr(0, v.find(end));
}

uint64_t leading_number(sv s) {
  uint64_t n = 0;
  for (size_t i = 0; i < s.size() && i < 19 && s[i] >= '0' && s[i] <= '9'; ++i) n = n * 10 + uint64_t(s[i] - '0');
  return n;
}

// The reply code opening a reply line ("550 ...", "550-...", "550"), else 0.
uint16_t leading_code(sv s) {
  if (s.size() < 3 || s[0] < '2' || s[0] > '5' || s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9') return 0;
  if (s.size() > 3 && s[3] != ' ' && s[3] != '-') return 0;
  return uint16_t((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'));
}

// The last line of a reply logged with its lines joined by "[nl]".
sv last_reply_line(sv reply) {
  const size_t at = reply.rfind("[nl]");
  return at == npos ? reply : reply.substr(at + 4);
}

// Appends a reply's lines to `out` as one text: the code and enhanced status
// once, the words of each line after them ("550-5.1.1 The account[nl]550 5.1.1
// does not exist" -> "550 5.1.1 The account does not exist").
void append_reply(std::string& out, sv reply) {
  for (size_t at = 0; at <= reply.size();) {
    size_t end = reply.find("[nl]", at);
    if (end == npos) end = reply.size();
    sv line = reply.substr(at, end - at);
    at = end + 4;
    if (out.empty()) {
      out.append(line);
      if (out.size() > 3 && out[3] == '-' && leading_code(out)) out[3] = ' ';
      continue;
    }
    if (leading_code(line)) line.remove_prefix(line.size() > 3 ? 4 : 3);
    if (const sv status = leading_enhanced_status(line); !status.empty()) {
      line.remove_prefix(status.size());
      while (line.starts_with(' ')) line.remove_prefix(1);
    }
    if (line.empty()) continue;
    out.push_back(' ');
    out.append(line);
  }
}

// SMTP commands, as a client sends them and as hMailServer sends them.
constexpr sv kVerbs[] = {"HELO", "EHLO", "MAIL", "RCPT", "DATA", "BDAT",     "RSET", "NOOP",
                         "QUIT", "VRFY", "EXPN", "HELP", "AUTH", "STARTTLS", "ETRN", "TURN"};

// The command a line opens with ("MAIL FROM:<a@x>" -> "MAIL"), one of kVerbs; empty for another word.
sv verb_of(sv command) {
  const sv word = command.substr(0, command.find_first_of(" :"));
  for (sv v : kVerbs)
    if (bounce::iequals(word, v)) return v;
  return {};
}

// The address of "MAIL FROM:<a@x> SIZE=1" or "RCPT TO: b@y"; empty for "<>".
sv command_address(sv command) {
  if (command.find('<') != npos) return address_in_angle_brackets(command);
  const size_t colon = command.find(':');
  if (colon == npos) return {};
  sv a = command.substr(colon + 1);
  while (a.starts_with(' ')) a.remove_prefix(1);
  return a.substr(0, a.find(' '));
}

// What a login that failed is answered with: POP3's "-ERR Invalid user name or
// password.", IMAP's "NO Invalid user name or password.", and others' wordings.
bool refuses_login(sv reply) {
  return bounce::icontains(reply, "user name or password") ||
         bounce::icontains(reply, "authentication failed") || bounce::icontains(reply, "invalid password") ||
         bounce::icontains(reply, "login failed") || bounce::icontains(reply, "logon failure") ||
         bounce::icontains(reply, "invalid credentials");
}

bool within(const Timestamp& earlier, const Timestamp& later, int64_t span_us) {
  if (!earlier.valid || !later.valid) return false;
  const int64_t d = later.epoch_us - earlier.epoch_us;
  return d >= -kSameMomentUs && d <= span_us;
}

class HMailServerParser final : public PathLineParser {
 public:
  explicit HMailServerParser(const FileContext& file) : PathLineParser(file) {}

  Outcome parse_line(sv line, uint64_t line_no, EventSink& sink) override {
    line = without_trailing_space(line);
    if (line.empty()) return Outcome::recognized;
    Record r;
    if (!read_record(line, &r)) return Outcome::unrecognized;
    if (!is_conversation(r.kind)) return note(r, r.text, line_no, sink);
    sv said;
    const bool sent = r.text.starts_with("SENT: ");
    if (sent)
      said = r.text.substr(6);
    else if (r.text.starts_with("RECEIVED: "))
      said = r.text.substr(10);
    else
      return note(r, r.text, line_no, sink);  // the deliverer's and resolver's notes in old versions' SMTP lines
    Session& s = session(r.session);
    if (!s.seen) s.remote.assign(r.remote);
    s.kind = r.kind;
    s.seen = true;
    switch (r.kind) {
      case Kind::smtpd:
        return sent ? our_reply(r, s, said, line_no, sink) : client_command(s, said);
      case Kind::smtpc:
        return sent ? our_command(s, said) : remote_reply(r, s, said, line_no, sink);
      case Kind::pop3d:
      case Kind::imapd:
        return sent ? mailbox_reply(r, said, line_no, sink) : Outcome::recognized;
      case Kind::pop3c:
        return sent ? Outcome::recognized : fetch_reply(r, said, line_no, sink);
      default:
        return Outcome::recognized;
    }
  }

 private:
  // A conversation's state, by session id (ids only grow: a slot is reused
  // by a session that many sessions later).
  struct Session {
    uint64_t id = ~uint64_t(0);
    Kind kind = Kind::smtpd;
    bool seen = false;       // a conversation line of it was read (not only the deliverer's note creating it)
    bool commanded = false;  // inbound: the client sent a command
    bool quit = false;       // outbound: we said QUIT; the replies after it decide nothing
    bool has_from = false;
    sv verb;                           // the command the next reply answers (a kVerbs entry)
    std::string remote;                // the peer's address
    std::string from, rcpt, accepted;  // MAIL's address, the last RCPT's, the last accepted RCPT's
    uint32_t accepted_count = 0;
    std::string pending;   // a reply's lines so far, when each line is a record of its own (old versions)
    uint64_t message = 0;  // outbound: the deliverer's message it carries, 0 when not known
  };
  Session& session(uint64_t id) {
    Session& s = sessions_[id % sessions_.size()];
    if (s.id != id) {
      s.id = id;
      s.seen = s.commanded = s.quit = s.has_from = false;
      s.verb = {};
      s.remote.clear();
      s.from.clear();
      s.rcpt.clear();
      s.accepted.clear();
      s.accepted_count = 0;
      s.pending.clear();
      s.message = 0;
    }
    return s;
  }
  Session* known_session(uint64_t id) {
    Session& s = sessions_[id % sessions_.size()];
    return s.id == id ? &s : nullptr;
  }
  static void new_transaction(Session& s) {
    s.has_from = false;
    s.from.clear();
    s.rcpt.clear();
    s.accepted.clear();
    s.accepted_count = 0;
  }

  // A queued message as the deliverer names it ("SMTPDeliverer - Message 4411: ...").
  struct Message {
    uint64_t id = 0;  // 0: a free slot
    uint32_t thread = 0;
    uint64_t started = 0;           // order of its "Delivering message" lines
    bool active = false;            // between "Delivering message" and the attempt's end
    bool failure_reported = false;  // a line of this attempt said why it failed
    std::string from, recipients;
  };
  Message* find_message(uint64_t id) {
    for (Message& m : messages_)
      if (m.id == id) return &m;
    return nullptr;
  }
  Message& message(uint64_t id) {
    if (Message* m = find_message(id)) return *m;
    Message& m = messages_[next_message_];
    next_message_ = (next_message_ + 1) % messages_.size();
    m.id = id;
    m.thread = 0;
    m.started = 0;
    m.active = m.failure_reported = false;
    m.from.clear();
    m.recipients.clear();
    return m;
  }
  // The message the deliverer on `thread` is delivering (the resolver and the
  // connection's set-up log on the deliverer's thread).
  Message* active_on_thread(uint32_t thread) {
    Message* best = nullptr;
    for (Message& m : messages_)
      if (m.id && m.active && m.thread == thread && (!best || m.started > best->started)) best = &m;
    return best;
  }
  Message* latest_active() {
    Message* best = nullptr;
    for (Message& m : messages_)
      if (m.id && m.active && (!best || m.started > best->started)) best = &m;
    return best;
  }
  // The message an outbound session carries: the one the deliverer's thread
  // created it for, else the delivering message of its sender (and
  // recipient), else the latest one being delivered.
  Message* message_of(Session& s) {
    if (s.message)
      if (Message* m = find_message(s.message)) return m;
    Message* best = nullptr;
    int best_score = -1;
    for (Message& m : messages_) {
      if (!m.id || !m.active) continue;
      int score = 0;
      if (s.has_from) {
        const bool same = bounce::iequals(m.from, s.from) || (s.from.empty() && m.from == "<Empty>");
        if (!same) continue;
        score += 2;
      }
      if (!s.rcpt.empty() && bounce::icontains(m.recipients, s.rcpt)) score += 1;
      if (score > best_score || (score == best_score && m.started > best->started)) best = &m, best_score = score;
    }
    if (best) s.message = best->id;
    return best;
  }

  sv id_text(uint64_t id) {
    const auto res = std::to_chars(id_buf_.data(), id_buf_.data() + id_buf_.size(), id);
    return sv(id_buf_.data(), size_t(res.ptr - id_buf_.data()));
  }

  // A message's sender and (its only) recipient and its id, where the event has none.
  void with_message(Event& ev, const Message* m) {
    if (!m) return;
    ev.local_id = id_text(m->id);
    if (ev.from_address.empty() && m->from != "<Empty>") ev.from_address = m->from;
    if (ev.to_address.empty() && m->recipients.find(',') == npos) ev.to_address = m->recipients;
  }

  // An attempt of a message failed and a line said why: its summary restates it.
  void note_outbound_failure(Message* m, const Timestamp& time) {
    if (m) {
      m->failure_reported = true;
    } else {
      ++unclaimed_failures_;
      unclaimed_time_ = time;
    }
  }

  // The recipient the refused command named (RCPT's, or DATA's when one
  // recipient was accepted) and the session's sender.
  static void set_envelope(Event& ev, const Session& s) {
    if (s.verb == "RCPT")
      ev.to_address = s.rcpt;
    else if (s.verb == "DATA" && s.accepted_count == 1)
      ev.to_address = s.accepted;
    if (s.has_from) ev.from_address = s.from;
  }

  // One of our deliveries failed and this line says why: the event takes the
  // message's id and addresses, and the message's summary line will restate it.
  Outcome report_outbound(Event& ev, Message* m, const Record& r, EventSink& sink) {
    with_message(ev, m);
    note_outbound_failure(m, r.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  Event base_event(const Record& r, Action action, uint64_t line_no) const {
    SyslogRecord rec;
    rec.time = r.time;
    rec.program = kProgram;
    return record_event(rec, action, kDataset, path_, line_no);
  }

  static void set_peer_ip(sv address, sv* field) {
    if (looks_like_ip_address(address)) *field = address;
  }

  // ---- SMTPD: a client's command, our reply ---------------------------------

  Outcome client_command(Session& s, sv command) {
    s.commanded = true;
    const sv verb = verb_of(command);
    if (verb.empty()) {
      // The AUTH exchange's user name and password ("***") are no commands.
      if (s.verb != "AUTH") s.verb = {};
      return Outcome::recognized;
    }
    s.verb = verb;
    if (verb == "MAIL") {
      new_transaction(s);
      s.from.assign(command_address(command));
      s.has_from = true;
    } else if (verb == "RCPT") {
      s.rcpt.assign(command_address(command));
    } else if (verb == "RSET" || verb == "HELO" || verb == "EHLO") {
      new_transaction(s);
    }
    return Outcome::recognized;
  }

  Outcome our_reply(const Record& r, Session& s, sv reply, uint64_t line_no, EventSink& sink) {
    const uint16_t code = leading_code(reply);
    if (code == 0) return Outcome::recognized;  // "Too many invalid commands. Bye!" after the refusals
    if (code == 354) {
      s.verb = "DATA";
      return Outcome::recognized;
    }
    if (code < 400) {
      if (s.verb == "RCPT") {
        s.accepted.assign(s.rcpt);
        ++s.accepted_count;
      } else if (s.verb == "DATA" && code == 250) {
        sink.on_tally(Tally::received, r.time);
        new_transaction(s);
      }
      return Outcome::recognized;
    }
    // A client that went quiet is told so on its way out: no command was refused.
    if (code == 421 && bounce::icontains(reply, "timeout")) return Outcome::recognized;
    const bool login = code == 535 || (s.verb == "AUTH" && refuses_login(reply));
    Event ev = base_event(r, login ? Action::failed : Action::rejected, line_no);
    set_peer_ip(r.remote, &ev.source_ip);
    ev.smtp_command = login ? sv("AUTH") : !s.verb.empty() ? s.verb : !s.commanded ? sv("CONN") : sv();
    reply_.clear();
    append_reply(reply_, reply);
    ev.diagnostic = reply_;
    find_smtp_codes(reply_, &ev.reply_code, &ev.enhanced_status);
    set_envelope(ev, s);
    if (code < 500) ev.hard = Tristate::no;
    if (login) sink.on_tally(Tally::sasl_failure, r.time);
    last_refused_ip_.assign(r.remote);
    last_refused_time_ = r.time;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // ---- SMTPC: our command, the remote server's reply --------------------------

  Outcome our_command(Session& s, sv command) {
    if (command == "[nl]." || command == ".") {  // the message's end: the reply answers DATA
      s.verb = "DATA";
      return Outcome::recognized;
    }
    const sv verb = verb_of(command);
    if (verb.empty()) return Outcome::recognized;  // AUTH LOGIN's user name and password ("***")
    s.verb = verb;
    if (verb == "QUIT") {
      s.quit = true;
    } else if (verb == "MAIL") {
      new_transaction(s);
      s.from.assign(command_address(command));
      s.has_from = true;
    } else if (verb == "RCPT") {
      s.rcpt.assign(command_address(command));
    }
    return Outcome::recognized;
  }

  Outcome remote_reply(const Record& r, Session& s, sv reply, uint64_t line_no, EventSink& sink) {
    const uint16_t code = leading_code(reply);
    if (code == 0) return Outcome::recognized;
    const sv last = last_reply_line(reply);
    if (last.size() > 3 && last[3] == '-') {  // one line of several, each its own record
      if (code >= 400) append_reply(s.pending, reply);
      return Outcome::recognized;
    }
    if (code < 400) {
      s.pending.clear();
      if (s.verb == "RCPT") {
        s.accepted.assign(s.rcpt);
        ++s.accepted_count;
      }
      return Outcome::recognized;
    }
    reply_.assign(s.pending);
    s.pending.clear();
    // hMailServer ignores what follows its QUIT, and says HELO to a server
    // that does not know EHLO.
    if (s.quit || (s.verb == "EHLO" && code >= 500 && code <= 504)) return Outcome::recognized;
    append_reply(reply_, reply);
    Event ev = base_event(r, code < 500 ? Action::deferred : Action::bounced, line_no);
    set_peer_ip(r.remote, &ev.destination_ip);
    ev.smtp_command = s.verb.empty() ? sv("CONN") : s.verb;
    ev.diagnostic = reply_;
    find_smtp_codes(reply_, &ev.reply_code, &ev.enhanced_status);
    set_envelope(ev, s);
    if (code < 500) ev.hard = Tristate::no;
    return report_outbound(ev, message_of(s), r, sink);
  }

  // ---- POP3 and IMAP --------------------------------------------------------

  // Our "-ERR"/"NO" to a login is a failed login; other refusals are the
  // protocol's routine.
  Outcome mailbox_reply(const Record& r, sv reply, uint64_t line_no, EventSink& sink) {
    sv words;
    if (const size_t at = reply.find("Too many invalid logon attempts"); at != npos && reply.starts_with("* ")) {
      words = reply.substr(2, reply.find("[nl]") - 2);  // IMAP's "* Too many ...[nl]A01 BAD Goodbye": the auto-ban's
    } else if (reply.starts_with("-ERR")) {
      words = reply.substr(4);
    } else if (const size_t sp = reply.find(' '); sp != npos && reply.substr(sp + 1).starts_with("NO ")) {
      words = reply.substr(sp + 4);  // "A01 NO Invalid user name or password."
    } else {
      return Outcome::recognized;
    }
    while (words.starts_with(' ')) words.remove_prefix(1);
    if (!refuses_login(words) && words.find("Too many invalid logon attempts") == npos) return Outcome::recognized;
    Event ev = base_event(r, Action::failed, line_no);
    set_peer_ip(r.remote, &ev.source_ip);
    ev.smtp_command = "AUTH";
    ev.diagnostic = words;
    sink.on_tally(Tally::sasl_failure, r.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // An external account's server refusing our fetch ("-ERR [AUTH] Authentication failed."):
  // that account's mail does not come in.
  Outcome fetch_reply(const Record& r, sv reply, uint64_t line_no, EventSink& sink) {
    if (!reply.starts_with("-ERR")) return Outcome::recognized;
    Event ev = base_event(r, Action::failed, line_no);
    set_peer_ip(r.remote, &ev.destination_ip);
    ev.diagnostic = reply;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // ---- Notes: the deliverer, the resolver, TCP/IP, debug and error lines ----

  Outcome note(const Record& r, sv text, uint64_t line_no, EventSink& sink) {
    if (text.starts_with("SMTPDeliverer - Message ")) return deliverer(r, text.substr(24), line_no, sink);
    if (text.starts_with("DNS - Query failure") || text.starts_with("DNS - Query timed out"))
      return dns_failure(r, text, line_no, sink);
    if (text.starts_with("TCPConnection - ")) {
      const sv what = text.substr(16);
      if (what.find("handshake") != npos && what.find("failed") != npos)
        return handshake_failed(r, what, line_no, sink);
      if (what.starts_with("Could not connect to ") && what.find("connecting to myself") != npos)
        return connect_to_self(r, what, line_no, sink);
      return Outcome::recognized;
    }
    if (text.starts_with("Certificate verification failed")) return certificate_failed(r, text, line_no, sink);
    if (text.starts_with("Client connection from ") && text.find(" was not accepted") != npos)
      return client_blocked(r, value_after(text, "Client connection from ", " "), text, line_no, sink);
    if (text.starts_with("TCP - Connection dropped")) return client_blocked(r, last_connected_ip_, text, line_no, sink);
    if (text.starts_with("TCP - ") && text.find(" connected to ") != npos) {
      last_connected_ip_.assign(value_after(text, "TCP - ", " "));
      return Outcome::recognized;
    }
    if (text.starts_with("Connecting to ")) {
      remember_outbound(r, text.substr(14));
      return Outcome::recognized;
    }
    if (text.starts_with("Creating session ") || text.starts_with("Pre-creating session ")) {
      // Made on the deliverer's thread: the session carries the message it delivers.
      if (Message* m = active_on_thread(r.thread))
        session(leading_number(text.substr(text.find("session ") + 8))).message = m->id;
      return Outcome::recognized;
    }
    if (text.starts_with("hMailServer SpamProtection rejected RCPT")) return spam_rejection(r, text, line_no, sink);
    if (text.starts_with("The client has timed out. Session: ") || text.starts_with("The read operation failed") ||
        text.starts_with("The write operation failed"))
      return session_broken(r, text, line_no, sink);
    // "Severity: 2 (High), Code: HM5019, Source: ..., Description: ...": the description is one of the above or none.
    if (r.kind == Kind::error && text.starts_with("Severity: ")) {
      const size_t at = text.find("Description: ");
      if (at != npos && !text.substr(at + 13).starts_with("Severity: "))
        return note(r, text.substr(at + 13), line_no, sink);
    }
    return Outcome::recognized;
  }

  // "4411: Delivering message from a@x to b@y. File: ...", "4411 - Connection failed: ...", ...
  Outcome deliverer(const Record& r, sv rest, uint64_t line_no, EventSink& sink) {
    const uint64_t id = leading_number(rest);
    size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits == 0 || id == 0) return Outcome::recognized;
    rest.remove_prefix(digits);
    if (rest.starts_with(" - Connection failed: ")) return connection_failed(r, id, rest.substr(22), line_no, sink);
    if (!rest.starts_with(": ")) return Outcome::recognized;
    const sv what = rest.substr(2);
    if (what.starts_with("Delivering message from ")) {
      const sv parties = what.substr(24);
      const size_t to = parties.find(" to ");
      if (to == npos) return Outcome::recognized;
      Message& m = message(id);
      m.from.assign(parties.substr(0, to));
      sv recipients = parties.substr(to + 4);
      recipients = recipients.substr(0, recipients.find(". File: "));
      while (recipients.ends_with('.') || recipients.ends_with(' ')) recipients.remove_suffix(1);
      m.recipients.assign(recipients);
      m.thread = r.thread;
      m.started = ++deliveries_;
      m.active = true;
      m.failure_reported = false;
      return Outcome::recognized;
    }
    if (what.starts_with(kNoMailServers)) return no_mail_servers(r, id, what, line_no, sink);
    if (what.starts_with("Message could not be delivered. Returning error log to sender"))
      return gave_up(r, id, what, line_no, sink);
    if (what.starts_with("Message could not be delivered.")) return rescheduled(r, id, what, line_no, sink);
    if (what.starts_with(kNotDeliveredTo) && what.find("inbox is full") != npos) {
      // Local delivery to a full mailbox: the sender gets the error at once.
      Event ev = base_event(r, Action::bounced, line_no);
      sv address = what.substr(kNotDeliveredTo.size());
      ev.to_address = address.substr(0, address.find(". "));
      ev.diagnostic = what;
      Message* m = find_message(id);
      with_message(ev, m);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (what.starts_with("Message delivery thread completed")) {
      if (Message* m = find_message(id)) m->active = false;
    }
    return Outcome::recognized;
  }

  // "Host name: 192.0.2.7, message: A connection attempt failed ...", or
  // "Could not connect to 192.0.2.7 on port 25 since this would mean connecting to myself."
  Outcome connection_failed(const Record& r, uint64_t id, sv why, uint64_t line_no, EventSink& sink) {
    Message& m = message(id);
    sv host = why.starts_with("Host name: ") ? value_after(why, "Host name: ", ", message: ")
                                             : value_after(why, "Could not connect to ", " ");
    if (why.starts_with("Could not connect to ") && host == self_connect_ip_ &&
        within(self_connect_time_, r.time, kSameMomentUs)) {
      m.failure_reported = true;  // the TCP/IP line said so
      return Outcome::recognized;
    }
    Event ev = base_event(r, Action::deferred, line_no);
    if (looks_like_ip_address(host))
      ev.destination_ip = host;
    else
      ev.destination_domain = host;
    ev.smtp_command = "CONN";
    ev.diagnostic = why;
    ev.hard = Tristate::no;
    return report_outbound(ev, &m, r, sink);
  }

  Outcome connect_to_self(const Record& r, sv what, uint64_t line_no, EventSink& sink) {
    const sv host = value_after(what, "Could not connect to ", " ");
    Event ev = base_event(r, Action::deferred, line_no);
    set_peer_ip(host, &ev.destination_ip);
    ev.smtp_command = "CONN";
    ev.diagnostic = what;
    ev.hard = Tristate::no;
    Message* m = active_on_thread(r.thread);
    self_connect_ip_.assign(host);
    self_connect_time_ = r.time;
    return report_outbound(ev, m, r, sink);
  }

  // "DNS - Query failure. Query: example.net, Type: 15, DnsQuery return value: 9002."
  // Only the MX lookup (type 15) is the deliverer's; A, TXT and PTR lookups
  // are the spam tests' (DNSBL, SPF, reverse DNS), whose failure passes.
  Outcome dns_failure(const Record& r, sv text, uint64_t line_no, EventSink& sink) {
    const sv query = value_after(text, "Query: ", ",");
    if (query.empty() || leading_number(value_after(text, "Type: ", ",")) != 15) return Outcome::recognized;
    Event ev = base_event(r, Action::deferred, line_no);
    ev.destination_domain = query;
    ev.diagnostic = text;
    ev.hard = Tristate::no;
    Message* m = active_on_thread(r.thread);
    failed_lookup_.assign(query);
    failed_lookup_time_ = r.time;
    return report_outbound(ev, m, r, sink);
  }

  // "No mail servers could be found for the address b@example.net.": after a
  // failed MX lookup of that domain it restates it; alone the domain has no
  // mail server.
  Outcome no_mail_servers(const Record& r, uint64_t id, sv what, uint64_t line_no, EventSink& sink) {
    Message& m = message(id);
    sv address = what.substr(kNoMailServers.size());
    while (address.ends_with('.')) address.remove_suffix(1);
    const sv domain = domain_of_address(address);
    if (!domain.empty() && bounce::iequals(domain, failed_lookup_) &&
        within(failed_lookup_time_, r.time, kSameLookupUs)) {
      m.failure_reported = true;
      return Outcome::recognized;
    }
    Event ev = base_event(r, Action::deferred, line_no);
    ev.to_address = address;
    ev.destination_domain = domain;
    ev.diagnostic = what;
    ev.hard = Tristate::no;
    return report_outbound(ev, &m, r, sink);
  }

  // "Message could not be delivered. Scheduling it for later delivery in 60 minutes."
  // (or "Greylisting? Scheduling it for quick retry 1 of 3 in 6 minutes."): the
  // attempt's failure again, unless no line of the attempt gave it.
  Outcome rescheduled(const Record& r, uint64_t id, sv what, uint64_t line_no, EventSink& sink) {
    Message& m = message(id);
    m.active = false;
    if (m.failure_reported) return Outcome::recognized;
    if (unclaimed_failures_ > 0 && within(unclaimed_time_, r.time, kSameAttemptUs)) {
      --unclaimed_failures_;
      return Outcome::recognized;
    }
    Event ev = base_event(r, Action::deferred, line_no);
    ev.diagnostic = what;
    ev.hard = Tristate::no;
    with_message(ev, &m);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "Message could not be delivered. Returning error log to sender.": the last
  // retry failed, the message is returned.
  Outcome gave_up(const Record& r, uint64_t id, sv what, uint64_t line_no, EventSink& sink) {
    Message& m = message(id);
    m.active = false;
    if (!m.failure_reported && unclaimed_failures_ > 0 && within(unclaimed_time_, r.time, kSameAttemptUs))
      --unclaimed_failures_;
    // (Its own words only: the attempt's error was reported on its line, and
    // would outweigh the expiry in the rule table.)
    Event ev = base_event(r, Action::expired, line_no);
    ev.diagnostic = what;
    with_message(ev, &m);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "TLS/SSL handshake failed. Session Id: 93, Remote IP: 192.0.2.7, Error code: 1, Message: ..."
  // (older: "SSL handshake with client failed. Error code: 2, Message: End of file, Remote IP: ...").
  Outcome handshake_failed(const Record& r, sv what, uint64_t line_no, EventSink& sink) {
    const sv ip = value_after(what, "Remote IP: ", ",");
    Session* s = nullptr;
    if (const sv id = value_after(what, "Session Id: ", ","); !id.empty()) s = known_session(leading_number(id));
    // Only our deliveries verify the peer's certificate.
    const bool verified = what.find("certificate verify failed") != npos;
    bool outbound = false;
    if (what.find("with client") != npos)
      outbound = false;
    else if (s && s->seen)
      outbound = s->kind == Kind::smtpc;
    else
      outbound = verified || connected_to_recently(ip, r.time);
    if (verified && within(certificate_failure_time_, r.time, kSameMomentUs))
      return Outcome::recognized;  // the certificate check's line said why
    Event ev = base_event(r, outbound ? Action::deferred : Action::failed, line_no);
    set_peer_ip(ip, outbound ? &ev.destination_ip : &ev.source_ip);
    if (s && s->verb == "STARTTLS") ev.smtp_command = "STARTTLS";
    ev.diagnostic = what;
    if (outbound) {
      ev.hard = Tristate::no;
      Message* m = s ? message_of(*s) : latest_active();
      with_message(ev, m);
      note_outbound_failure(m, r.time);
    }
    sink.on_tally(Tally::tls_failure, r.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "Certificate verification failed. Expected host: mx.example.net, Windows error code: ..., ...":
  // only our deliveries check the peer's certificate.
  Outcome certificate_failed(const Record& r, sv text, uint64_t line_no, EventSink& sink) {
    Event ev = base_event(r, Action::deferred, line_no);
    ev.destination_domain = value_after(text, "Expected host: ", ",");
    ev.smtp_command = "STARTTLS";
    ev.diagnostic = text;
    ev.hard = Tristate::no;
    Message* m = latest_active();
    with_message(ev, m);
    note_outbound_failure(m, r.time);
    certificate_failure_time_ = r.time;
    sink.on_tally(Tally::tls_failure, r.time);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "The client has timed out. Session: 57", "The read operation failed. Bytes transferred: 0 Remote IP: ...,
  // Session: 57, Code: 10054, Message: An existing connection was forcibly closed by the remote host":
  // of our delivery before its QUIT, the remote server that stopped answering; of a client, its business.
  Outcome session_broken(const Record& r, sv text, uint64_t line_no, EventSink& sink) {
    const size_t at = text.find("Session: ");
    if (at == npos) return Outcome::recognized;
    Session* s = known_session(leading_number(text.substr(at + 9)));
    if (!s || !s->seen || s->kind != Kind::smtpc || s->quit) return Outcome::recognized;
    s->quit = true;  // the session is over: what follows it decides nothing
    Event ev = base_event(r, Action::deferred, line_no);
    set_peer_ip(s->remote, &ev.destination_ip);
    ev.smtp_command = s->verb.empty() ? sv("CONN") : s->verb;
    ev.diagnostic = text;
    ev.hard = Tristate::no;
    set_envelope(ev, *s);
    return report_outbound(ev, message_of(*s), r, sink);
  }

  // An IP range (or the connection limit, or an auto-ban's range) turned the client away.
  Outcome client_blocked(const Record& r, sv ip, sv text, uint64_t line_no, EventSink& sink) {
    Event ev = base_event(r, Action::rejected, line_no);
    set_peer_ip(ip, &ev.source_ip);
    ev.smtp_command = "CONN";
    ev.diagnostic = text;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "hMailServer SpamProtection rejected RCPT (Sender: a@x, IP:192.0.2.7, Reason: ...)"
  // after our "SENT: 550 <reason>" restates it; alone (SMTP not logged) it is the refusal.
  Outcome spam_rejection(const Record& r, sv text, uint64_t line_no, EventSink& sink) {
    const sv ip = value_after(text, "IP:", ",");
    if (ip == last_refused_ip_ && within(last_refused_time_, r.time, kSameMomentUs)) return Outcome::recognized;
    Event ev = base_event(r, Action::rejected, line_no);
    set_peer_ip(ip, &ev.source_ip);
    ev.from_address = value_after(text, "Sender: ", ",");
    ev.smtp_command = "RCPT";
    sv reason = value_after(text, "Reason: ", "\n");
    if (reason.ends_with(')')) reason.remove_suffix(1);
    ev.diagnostic = reason.empty() ? text : reason;
    find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "Connecting to 192.0.2.7:465..." (older: "Connecting to mx.example.net..."):
  // a handshake failing with that address next is our delivery's.
  void remember_outbound(const Record& r, sv target) {
    while (target.ends_with('.')) target.remove_suffix(1);
    if (const size_t colon = target.rfind(':'); colon != npos && leading_number(target.substr(colon + 1)) > 0)
      target = target.substr(0, colon);
    Outbound& o = outbound_[next_outbound_];
    next_outbound_ = (next_outbound_ + 1) % outbound_.size();
    o.ip.assign(target);
    o.time = r.time;
  }
  bool connected_to_recently(sv ip, const Timestamp& now) const {
    if (ip.empty()) return false;
    for (const Outbound& o : outbound_)
      if (o.ip == ip && within(o.time, now, kSameLookupUs)) return true;
    return false;
  }

  std::array<Session, 512> sessions_;
  std::array<Message, 64> messages_;
  size_t next_message_ = 0;
  uint64_t deliveries_ = 0;
  struct Outbound {
    std::string ip;
    Timestamp time;
  };
  std::array<Outbound, 8> outbound_;
  size_t next_outbound_ = 0;
  std::string last_connected_ip_;  // the last "TCP - x connected to ..."
  std::string last_refused_ip_;    // the client of our last refusal
  Timestamp last_refused_time_;
  std::string failed_lookup_;  // the domain of the last failed MX lookup
  Timestamp failed_lookup_time_;
  std::string self_connect_ip_;
  Timestamp self_connect_time_;
  Timestamp certificate_failure_time_;
  uint32_t unclaimed_failures_ = 0;  // outbound failures no known message took
  Timestamp unclaimed_time_;
  std::string reply_;
  std::array<char, 24> id_buf_{};
};

}  // namespace

int hmailserver_sniff(sv head) {
  return percent_of_head_lines(head, [](sv line) {
    Record r;
    return read_record(line, &r);
  });
}

std::unique_ptr<LineParser> make_hmailserver_parser(const FileContext& file) {
  return std::make_unique<HMailServerParser>(file);
}

}  // namespace mailtriage
