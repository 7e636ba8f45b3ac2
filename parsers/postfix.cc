// Postfix log lines.
//
// Postfix logs one line per step of a message's life, each tagged with the
// queue id, from different processes:
//   smtpd    4104E3D: client=mail.example.org[192.0.2.1]
//   cleanup  4104E3D: message-id=<...>
//   qmgr     4104E3D: from=<a@example.org>, size=5360, nrcpt=1 (queue active)
//   smtp     4104E3D: to=<b@example.net>, relay=..., dsn=5.1.1, status=bounced (...)
//   qmgr     4104E3D: removed
// A delivery event carries what earlier lines said about its queue id (sender,
// Message-ID, submitting client); see parsers/postfix_queue.h for the bounds.
//
// Lines without a queue id are session-level: smtpd connects, SASL and TLS
// failures, postscreen verdicts, smtp connection failures. TLS failures are
// logged as two or more lines by the same process ("SSL_accept error ..."
// then "warning: TLS library problem: ..."); they are joined into one event
// per handshake, keyed by pid, so the count is one per failure and the event
// carries OpenSSL's reason.
//
// Everything is parsed with string_view scans dispatched on the first bytes of
// the message: no regex, no allocation once the state tables are warm.
#include "parsers/postfix.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "parsers/postfix_queue.h"
#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "postfix.log";

bool starts(sv s, sv prefix) {
  return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Character classes for the queue-id scan, which runs on every line.
enum : uint8_t { kAlnum = 1, kUpperHex = 2 };
constexpr std::array<uint8_t, 256> kCharClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[size_t(c)] = kAlnum | kUpperHex;
  for (int c = 'A'; c <= 'Z'; ++c) t[size_t(c)] = uint8_t(kAlnum | (c <= 'F' ? kUpperHex : 0));
  for (int c = 'a'; c <= 'z'; ++c) t[size_t(c)] = kAlnum;
  return t;
}();
uint8_t char_class(char c) { return kCharClass[uint8_t(c)]; }

// "ID: rest" at the start of a message: the id ("NOQUEUE" included), else empty.
// Postfix queue ids: short form, upper-case hex ("4104E3D"); long form
// (enable_long_queue_ids), ten base-52 characters of time, a 'z', then the
// inode ("48rT2v1hQrz1J0N").
// Every Postfix line asks, so with 32 bytes to look at the run of letters and
// digits and the upper-case hex test are found sixteen bytes at a time (a
// class-table step per byte was 3% of a log's instructions).
// Returns the id alone (what follows it starts at id.size() + 2): a second
// view handed back through memory was written as two 8-byte stores and read
// back as one 16-byte load, which the store buffer cannot forward; that stall
// was a fifth of parse_record's time on a Postfix log (perf annotate).
sv leading_queue_id(sv msg) {
  size_t i = 0;
  bool short_form = false;
#if defined(__SSE2__)
  if (msg.size() >= 32) {
    auto in_range = [](__m128i x, char lo, char hi) {  // lo <= x <= hi, as unsigned bytes
      const __m128i t = _mm_sub_epi8(x, _mm_set1_epi8(lo));
      return _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(char(hi - lo))), t);
    };
    uint32_t alnum = 0, upper_hex = 0;
    for (int half = 0; half < 2; ++half) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(msg.data() + 16 * half));
      const __m128i digit = in_range(x, '0', '9');
      const __m128i letter = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z');
      alnum |= uint32_t(_mm_movemask_epi8(_mm_or_si128(digit, letter))) << (16 * half);
      upper_hex |= uint32_t(_mm_movemask_epi8(_mm_or_si128(digit, in_range(x, 'A', 'F')))) << (16 * half);
    }
    if (alnum == 0xFFFFFFFFu) return {};  // 32 letters and digits: longer than any id
    i = size_t(__builtin_ctz(~alnum));
    const uint32_t id_bytes = (1u << i) - 1;
    short_form = (upper_hex & id_bytes) == id_bytes;
  } else
#endif
  {
    const size_t n = std::min(msg.size(), QueueTable::kMaxIdLength + 1);
    uint8_t all = kAlnum | kUpperHex;
    for (; i < n; ++i) {
      uint8_t c = char_class(msg[i]);
      if (!(c & kAlnum)) break;
      all &= c;
    }
    short_form = all & kUpperHex;
  }
  if (i < 6 || i > QueueTable::kMaxIdLength || i + 1 >= msg.size() || msg[i] != ':' || msg[i + 1] != ' ') return {};
  sv id = msg.substr(0, i);
  // The long form's alphabet has no vowels and its 'z' is at 10, but ids copied
  // by hand or made up for examples often break both; the length and digits
  // in it still tell an id from a word.
  bool long_form = false;
  if (!short_form && i >= 12) {
    long_form = msg[10] == 'z';
    for (size_t k = 0, digits = 0; !long_form && k < i; ++k) long_form = (digits += is_digit(msg[k])) >= 2;
  }
  // Neither form, but what follows is a queue record's own field ("to=<",
  // "from=<", "client=", "message-id="): an id made up or shortened by hand
  // in a pasted log ("6SrZSzVjhz: to=<...>"), still an id.
  if (!short_form && !long_form && id != "NOQUEUE") {
    const sv after = msg.substr(i + 2);
    if (!(after.starts_with("to=<") || after.starts_with("from=<") || after.starts_with("client=") ||
          after.starts_with("message-id=")))
      return {};
  }
  return id;
}

sv leading_queue_id(sv msg, sv* rest) {
  const sv id = leading_queue_id(msg);
  if (!id.empty()) *rest = msg.substr(id.size() + 2);
  return id;
}

// "name[addr]" with an optional ":port", as Postfix prints peers. The name may
// be empty (postscreen prints "[addr]:port").
struct Peer {
  sv name, addr;
  uint16_t port = 0;
};

size_t parse_peer(sv s, Peer* out) {
  // The name ends at '['; a space, ';' or ',' first means this is no peer.
  const size_t lb = find_first_of_bytes(s, 0, '[', ' ', ';', ',');
  if (lb >= s.size() || s[lb] != '[') return 0;
  size_t rb = s.find(']', lb + 1);
  if (rb == npos) return 0;
  out->name = s.substr(0, lb);
  out->addr = s.substr(lb + 1, rb - lb - 1);
  out->port = 0;
  size_t i = rb + 1;
  if (i + 1 < s.size() && s[i] == ':' && is_digit(s[i + 1])) {
    uint32_t port = 0;
    size_t j = i + 1;
    while (j < s.size() && is_digit(s[j]) && j - i <= 5) port = port * 10 + uint32_t(s[j++] - '0');
    if (port <= 65535) out->port = uint16_t(port);
    i = j;
  }
  return i;
}

// The peer after the first occurrence of `marker` ("from ", "host ").
bool peer_after(sv s, sv marker, Peer* out) {
  size_t p = s.find(marker);
  return p != npos && parse_peer(s.substr(p + marker.size()), out) > 0;
}

void set_source(Event& ev, const Peer& p) {
  if (p.name != "unknown") ev.source_domain = p.name;
  if (looks_like_ip_address(p.addr)) ev.source_ip = p.addr;
}

void set_destination(Event& ev, const Peer& p) {
  ev.destination_domain = p.name;
  if (looks_like_ip_address(p.addr)) ev.destination_ip = p.addr;
  ev.destination_port = p.port;
}

// An SMTP verb from the phrases Postfix uses: "in reply to RCPT TO command",
// "while sending MAIL FROM", "END-OF-MESSAGE", "end of DATA".
sv normalize_command(sv phrase) {
  if (starts(phrase, "end of ") || starts(phrase, "message body") || starts(phrase, "END-OF-MESSAGE"))
    return "DATA";
  if (starts(phrase, "CONNECT")) return "CONN";  // the connection stage, as the classifier names it
  size_t n = 0;
  while (n < phrase.size() && ((phrase[n] >= 'A' && phrase[n] <= 'Z') || phrase[n] == '-')) ++n;
  if (n < 3 || (n < phrase.size() && phrase[n] != ' ' && phrase[n] != ':' && phrase[n] != ')')) return {};
  return phrase.substr(0, n);
}

sv command_from_text(sv text) {
  // Both phrases end the text; long remote replies need not be searched.
  sv tail = text.size() > 64 ? text.substr(text.size() - 64) : text;
  // (find_substring: std::string_view::find stops at every '(' or ' ' of the
  // text to compare, a library call each.)
  size_t p = find_substring(tail, "(in reply to ", 0);
  if (p != npos) return normalize_command(tail.substr(p + 13));
  p = find_substring(tail, " while sending ", 0);
  if (p != npos) return normalize_command(tail.substr(p + 15));
  return {};
}

// Reply code and enhanced status at the start of a reject text ("550 5.1.1 <x>: ...",
// "5.7.1 Blocked by SpamAssassin").
void leading_codes(sv text, uint16_t* code, sv* status) {
  if (text.size() >= 4 && text[0] >= '2' && text[0] <= '5' && is_digit(text[1]) && is_digit(text[2]) &&
      (text[3] == ' ' || text[3] == '-')) {
    *code = uint16_t((text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0'));
    text.remove_prefix(4);
  }
  size_t sp = text.find(' ');
  sv first = text.substr(0, sp);
  if (is_enhanced_status(first)) *status = first;
}

// Codes inside a delivery or site text: after "said: " when the remote spoke.
void text_codes(sv text, uint16_t* code, sv* status) {
  size_t said = find_substring(text, " said: ", 0);
  find_smtp_codes(said == npos ? text : text.substr(said + 7), code, status);
}

// delay=63495 or delay=0.05 (seconds) in milliseconds.
int64_t parse_delay_ms(sv s) {
  if (s.empty() || !is_digit(s[0])) return -1;
  int64_t secs = 0;
  size_t i = 0;
  while (i < s.size() && is_digit(s[i]) && i < 12) secs = secs * 10 + (s[i++] - '0');
  int64_t ms = secs * 1000;
  if (i < s.size() && s[i] == '.') {
    int64_t scale = 100;
    for (++i; i < s.size() && is_digit(s[i]); ++i)
      if (scale) ms += (s[i] - '0') * scale, scale /= 10;
  }
  return ms;
}

// Lines that are understood and carry nothing to report. Checked only after
// the kinds that matter were ruled out, so order and length do not cost much.
// ("warning: ", "fatal: " and "panic: " lines are read by unqueued() itself.)
constexpr sv kHarmless[] = {
    "disconnect from ", "timeout after ", "too many errors after ", "improper command pipelining after ",
    "lost connection after ", "statistics: ", "daemon started", "terminating on signal", "reload ",
    "refreshing the Postfix mail system", "starting the Postfix mail system", "stopping the Postfix mail system",
    "Anonymous TLS connection established", "Trusted TLS connection established",
    "Untrusted TLS connection established", "Verified TLS connection established", "setting up TLS connection",
    "CONNECT from [", "DISCONNECT [", "PASS NEW ", "PASS OLD ", "PREGREET ", "DNSBL rank ", "HANGUP after ",
    "COMMAND TIME LIMIT", "COMMAND COUNT LIMIT", "COMMAND LENGTH LIMIT", "COMMAND PIPELINING", "NON-SMTP COMMAND",
    "BARE NEWLINE", "WHITELISTED ", "ALLOWLISTED ", "BLACKLISTED ", "DENYLISTED ", "WHITELIST VETO ",
    "ALLOWLIST VETO ", "BLACKLIST VETO ", "DENYLIST VETO ", "cache ", "addr ", "Deleted: ", "Requeued: ",
    "Placed on hold: ", "Released from hold: ", "error: ", "bare <LF> received",
    "discarding EHLO keywords", "proxy-accept: ", "SMTPS wrappermode", "using backwards-compatible default setting",
    "info: ", "Compatibility", "dnsblog_query"};

// The same after "QUEUEID: ".
constexpr sv kHarmlessQueued[] = {
    "uid=", "skipped, still being delivered", "requeued", "placed on hold", "released from hold", "warning: ",
    "info: ", "hold: ", "discard: ", "redirect: ", "replace: ", "prepend: ", "filter: ", "milter-",
    "reject_warning: ", "resent-message-id=", "enabling PIX workarounds", "breaking line", "expired, ",
    "sender_", "postmaster_"};

template <size_t N>
bool any_prefix(sv s, const sv (&table)[N]) {
  if (s.empty()) return false;
  for (sv p : table)
    if (p[0] == s[0] && starts(s, p)) return true;
  return false;
}

// One smtpd/smtp process handles one session at a time, so per-pid state is
// per-session state. The table is 4-way set-associative by pid: long-lived
// processes (qmgr, postscreen) must not push out a live smtpd session whose
// pid happens to share their slot. When a set is full the least recently
// active pid gives way (its pending TLS failure is reported first). The tags
// are 16 bytes so that a set is one cache line; the TLS text lives apart and
// is touched only when a handshake fails.
struct Session {
  uint32_t pid = 0;
  bool used = false;
  bool sasl_failed = false;  // this session already logged a SASL failure
  bool tls_pending = false;  // a TLS handshake failure waits for the rest of its lines
  bool site_pending = false; // smtp/lmtp failures with one server wait for the attempt's status
  uint64_t last_active = 0;
};
static_assert(sizeof(Session) == 16);

// An smtp/lmtp line about one server of an attempt ("connect to mx1[...]:25:
// Connection timed out", "QID: host mx1[...] said: 421 ..."), logged before
// the next MX host is tried. Held until the attempt's status line: a deferral
// or bounce ("QID: to=<...>, status=deferred (...)") repeats the last
// server's error, and the held line it repeats is not counted again; every
// other held line is reported then (another server's failure, or the
// attempt delivered through a later MX or ended without a status).
struct HeldSite {
  Timestamp time;
  uint64_t line = 0;
  uint32_t file = 0;  // which file of a rotation set the line is in (PostfixParser::file_generation_)
  std::string host, program, qid, text;
  std::string attempt;  // the message the attempt was for: qid, or the first status line's
};

struct PendingTls {
  bool client = false;  // SSL_connect: we were the client
  bool hello = false;   // a TLS hello where SMTP was awaited (PostfixParser::early_tls_hello)
  bool has_error_line = false;
  Timestamp time;
  uint64_t line = 0;
  uint32_t file = 0;  // as HeldSite's
  uint16_t peer_port = 0;
  std::string host, program, peer_name, peer_ip, text, detail, diagnostic;
};
constexpr size_t kSessionWays = 4;
constexpr size_t kSessionSets = 512;
struct alignas(64) SessionSet {
  Session way[kSessionWays];
};
static_assert(sizeof(SessionSet) == 64);

struct Line {
  const SyslogRecord& rec;
  uint64_t line_no;
  EventSink& sink;
};

class PostfixParser final : public ProgramParser {
 public:
  PostfixParser(const FileContext& file, size_t max_entries)
      : path_(file.path), queue_(max_entries), sessions_(kSessionSets),
        tls_(kSessionSets * kSessionWays), held_(kSessionSets * kSessionWays) {}

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    Line L{rec, line_no, sink};
    const sv msg = view_by_words(rec.message);  // (written by the dispatcher's parse just before)
    if (msg.empty()) return Outcome::unrecognized;

    Session& s = session_for(rec.pid, sink);
    // (Words carried for a status line are its own line's: none outlives it.)
    if (!handshake_words_.empty()) [[unlikely]] handshake_words_.clear();
    if (s.site_pending) settle_sites(s, msg, sink);
    if (s.tls_pending) [[unlikely]] {
      if (tls_of(s).hello) {
        // The warning that restates a held TLS hello is the failure's own line: the hello is dropped.
        if (starts(msg, "warning: non-SMTP command from ") && names_tls_hello(msg)) s.tls_pending = false;
        else flush_tls(s, sink);
      } else {
        if (starts(msg, "warning: TLS library problem: ")) return tls_library_line(L, s, msg.substr(9));
        if (!tls_of(s).has_error_line && (starts(msg, "SSL_accept error from ") || starts(msg, "SSL_connect error to ")))
          return tls_error_line(L, s, msg);
        if (restates_client_handshake(s, msg)) carry_tls_into_status(s, sink);
        else flush_tls(s, sink);
      }
    }

    const sv qid = leading_queue_id(msg);
    if (qid.empty()) return unqueued(L, s, msg, {});
    const sv rest = msg.substr(qid.size() + 2);
    if (qid == "NOQUEUE") return noqueue(L, s, rest);
    return queued(L, s, qid, rest);
  }

  void finish(EventSink& sink) override {
    for (SessionSet& set : sessions_)
      for (Session& s : set.way) {
        flush_tls(s, sink);
        release_sites(s, sink);
      }
  }

  // A line held across the switch (an attempt's step, a handshake's first
  // line) is still reported with the file it was read in.
  void continue_with(const FileContext& next) override {
    previous_path_.swap(path_);
    path_.assign(next.path);
    ++file_generation_;
  }

 private:
  PendingTls& tls_of(const Session& s) { return tls_[size_t(&s - sessions_.data()->way)]; }

  Session& session_for(uint32_t pid, EventSink& sink) {
    ++activity_;
    Session* set = sessions_[pid & (kSessionSets - 1)].way;
    Session* victim = set;
    for (size_t i = 0; i < kSessionWays; ++i) {
      Session& s = set[i];
      if (s.used && s.pid == pid) {
        s.last_active = activity_;
        return s;
      }
      if (!s.used) {
        if (victim->used) victim = &s;
      } else if (victim->used && s.last_active < victim->last_active) {
        victim = &s;
      }
    }
    flush_tls(*victim, sink);
    release_sites(*victim, sink);
    victim->used = true;
    victim->pid = pid;
    victim->sasl_failed = false;
    victim->last_active = activity_;
    return *victim;
  }

  Event base(const Line& L) const { return record_event(L.rec, Action::none, kDataset, path_, L.line_no); }

  static void fill_from_entry(Event& ev, const QueueEntry* e, bool sender_known) {
    if (!e) return;
    if (!sender_known) ev.from_address = e->from;
    if (ev.message_id.empty()) ev.message_id = e->message_id;
    if (ev.source_ip.empty() && ev.source_domain.empty()) {
      if (e->client_name != "unknown") ev.source_domain = e->client_name;
      ev.source_ip = e->client_ip;
    }
  }

  QueueEntry* entry(const Line& L, sv qid, bool create) {
    QueueEntry* e = create ? queue_.find_or_insert(qid) : queue_.find(qid);
    while (evictions_reported_ < queue_.evictions()) {
      ++evictions_reported_;
      L.sink.on_tally(Tally::state_evicted, L.rec.time);
    }
    return e;
  }

  // --- Lines with a queue id ----------------------------------------------
  Outcome queued(const Line& L, Session& s, sv qid, sv rest) {
    if (rest.empty()) return Outcome::unrecognized;
    switch (rest[0]) {
      case 't':
        if (starts(rest, "to=")) return delivery(L, qid, rest);
        break;
      case 'f':
        if (starts(rest, "from=")) return queue_manager_from(L, qid, rest);
        break;
      case 'c':
        if (starts(rest, "client=")) return client(L, qid, rest.substr(7));
        if (starts(rest, "connect to ") || starts(rest, "conversation with "))
          return site_failure(L, s, qid, rest);
        break;
      case 'm':
        if (starts(rest, "message-id=")) {
          if (QueueEntry* e = entry(L, qid, true)) e->message_id.assign(strip_angle_brackets(rest.substr(11)));
          return Outcome::recognized;
        }
        if (starts(rest, "milter-reject: ")) return reject(L, qid, rest.substr(15));
        // A milter's DISCARD: the message accepted, then dropped unseen.
        if (starts(rest, "milter-discard: ")) return reject(L, qid, rest.substr(16));
        if (starts(rest, "mail for ")) return site_failure(L, s, qid, rest);
        break;
      case 'r':
        if (rest == "removed") {
          queue_.erase(qid);  // one lookup: erasing an id the table lacks does nothing
          L.sink.on_tally(Tally::removed, L.rec.time);
          return Outcome::recognized;
        }
        if (starts(rest, "reject: ")) return reject(L, qid, rest.substr(8));
        break;
      case 'h':
        if (starts(rest, "host ") && (find_substring(rest, " said: ", 0) != npos ||
                                       find_substring(rest, " refused to talk to me", 0) != npos))
          return site_failure(L, s, qid, rest);
        break;
      case 'l':
        if (starts(rest, "lost connection with ")) return site_failure(L, s, qid, rest);
        break;
      case 'H':
        if (starts(rest, "Host or domain name not found")) return site_failure(L, s, qid, rest);
        break;
      case 'T':
        if (starts(rest, "TLS is required, but")) return site_failure(L, s, qid, rest);
        break;
      case 'S':
        if (starts(rest, "SASL authentication failed")) return unqueued(L, s, rest, qid);
        if (starts(rest, "Server certificate not ")) return site_failure(L, s, qid, rest);
        break;
      case 'p':
        if (starts(rest, "proxy-reject: ")) return reject(L, qid, rest.substr(14));
        if (starts(rest, "postmaster ") && rest.find(" notification: ") != npos) return Outcome::recognized;
        break;
      case 's':
        if (starts(rest, "sender ") && rest.find(" notification: ") != npos) return Outcome::recognized;
        break;
      default:
        break;
    }
    return any_prefix(rest, kHarmlessQueued) ? Outcome::recognized : Outcome::unrecognized;
  }

  // smtpd: "client=name[addr]" (possibly followed by ", sasl_method=...").
  Outcome client(const Line& L, sv qid, sv s) {
    Peer p;
    if (!parse_peer(s, &p)) return Outcome::unrecognized;
    if (QueueEntry* e = entry(L, qid, true)) {
      e->client_name.assign(p.name);
      e->client_ip.assign(looks_like_ip_address(p.addr) ? p.addr : sv());
    }
    return Outcome::recognized;
  }

  // qmgr: "from=<x>, size=N, nrcpt=N (queue active)" or
  //       "from=<x>, status=expired, returned to sender".
  Outcome queue_manager_from(const Line& L, sv qid, sv rest) {
    sv from, tail;
    if (rest.size() > 5 && rest[5] == '<') {
      size_t gt = rest.find('>', 6);
      if (gt == npos) return Outcome::unrecognized;
      from = rest.substr(6, gt - 6);
      tail = rest.substr(gt + 1);
    } else {
      size_t comma = rest.find(',', 5);
      from = rest.substr(5, comma == npos ? npos : comma - 5);
      tail = comma == npos ? sv() : rest.substr(comma);
    }
    if (starts(tail, ", ")) tail.remove_prefix(2);
    QueueEntry* e = entry(L, qid, true);
    if (e) e->from.assign(from);
    if (starts(tail, "status=expired")) return expired(L, qid, e, from, tail);
    if (starts(tail, "size=") || find_substring(tail, "nrcpt=", 0) != npos) {
      if (e && !e->received_counted) {
        e->received_counted = true;
        L.sink.on_tally(Tally::received, L.rec.time);
      } else if (!e) {
        L.sink.on_tally(Tally::received, L.rec.time);
      }
      return Outcome::recognized;
    }
    return Outcome::unrecognized;
  }

  // One expiry event per recipient still deferred; one without a recipient
  // when none is known (the log began after the deferrals, or the recipients
  // were never deferred in it).
  Outcome expired(const Line& L, sv qid, QueueEntry* e, sv from, sv status_text) {
    int emitted = 0;
    auto emit = [&](sv rcpt, sv last_error) {
      Event ev = base(L);
      ev.action = Action::expired;
      ev.local_id = qid;
      ev.to_address = rcpt;
      ev.from_address = from;
      fill_from_entry(ev, e, true);
      scratch_.assign(status_text);
      if (!last_error.empty()) scratch_.append("; last error: ").append(last_error);
      ev.diagnostic = scratch_;
      L.sink.on_event(ev);
      ++emitted;
    };
    if (e && e->pending_count) {
      QueueTable::for_each_pending(*e, [&](const QueueTable::Pending& p) { emit(p.rcpt, p.text); });
    } else if (!e || !e->expiry_reported) {
      emit({}, {});
    }
    if (e) {
      e->pending.clear();
      e->pending_count = 0;
      e->expiry_reported = true;
    }
    return emitted ? Outcome::reported : Outcome::recognized;
  }

  // "to=<b>, orig_to=<c>, relay=host[addr]:port, delay=1.2, delays=a/b/c/d,
  //  dsn=5.1.1, status=bounced (TEXT)", logged by every delivery agent.
  Outcome delivery(const Line& L, sv qid, sv s) {
    sv to, relay, delay, dsn, status, status_part, text;
    size_t i = 0;
    while (i < s.size()) {
      // Inline searches (find_byte): a delivery line has half a dozen
      // fields, and two memchr calls a field cost more than the bytes.
      size_t eq = find_byte(s, i, '=');
      if (eq == s.size()) break;
      sv key = s.substr(i, eq - i);
      size_t v = eq + 1;
      if (key == "status") {
        status_part = s.substr(i);
        size_t sp = s.find(' ', v);
        status = s.substr(v, sp == npos ? npos : sp - v);
        if (!status.empty() && status.back() == ',') status.remove_suffix(1);
        if (sp != npos) {
          sv t = s.substr(sp + 1);
          if (t.size() >= 2 && t.front() == '(' && t.back() == ')') t = t.substr(1, t.size() - 2);
          text = t;
        }
        break;
      }
      sv value;
      size_t next;
      if (v < s.size() && s[v] == '<') {
        size_t gt = s.find(">, ", v);
        if (gt == npos) gt = s.find('>', v);
        if (gt == npos) return Outcome::unrecognized;
        value = s.substr(v + 1, gt - v - 1);
        next = gt + 1;
      } else {
        next = v;  // the first ", " after the value's start
        while ((next = find_byte(s, next, ',')) < s.size() && (next + 1 == s.size() || s[next + 1] != ' ')) ++next;
        if (next == s.size()) next = npos;
        value = s.substr(v, next == npos ? npos : next - v);
      }
      if (key == "to") to = value;
      else if (key == "relay") relay = value;
      else if (key == "delay") delay = value;
      else if (key == "dsn") dsn = value;
      if (next == npos || !starts(s.substr(next), ", ")) break;
      i = next + 2;
    }
    Action action;
    if (status == "sent") action = Action::delivered;
    else if (status == "deferred" || status == "SOFTBOUNCE") action = Action::deferred;
    else if (status == "bounced") action = Action::bounced;
    else if (status == "expired") action = Action::expired;
    else if (status == "deliverable" || starts(status, "undeliverable")) return Outcome::recognized;  // address probes
    else return Outcome::unrecognized;

    QueueEntry* e = entry(L, qid, true);
    Peer p;
    if (action == Action::delivered && L.sink.counts_deliveries_only()) {
      // Counted by time and destination port (DiagnosisEngine::observe_delivery):
      // the relay's port, or one the text names.
      L.sink.on_counted_delivery(L.rec.time, !relay.empty() && parse_peer(relay, &p) ? p.port : 0, text);
      if (e) QueueTable::drop_pending(*e, to);
      return Outcome::reported;
    }
    Event ev = base(L);
    ev.action = action;
    ev.local_id = qid;
    ev.to_address = to;
    fill_from_entry(ev, e, false);
    if (!relay.empty() && parse_peer(relay, &p)) {
      set_destination(ev, p);
    } else if (action != Action::delivered) {
      // "relay=none": no server answered; the text names the last one tried.
      postfix_reason_destination(text, &ev);
    }
    if (is_enhanced_status(dsn)) ev.enhanced_status = dsn;
    ev.delay_ms = parse_delay_ms(delay);
    ev.diagnostic = action == Action::expired ? status_part : text;
    if (!handshake_words_.empty()) [[unlikely]] {  // this status restates a handshake (restates_client_handshake)
      handshake_words_.insert(0, "; ").insert(0, text);
      ev.diagnostic = handshake_words_;
    }
    text_codes(text, &ev.reply_code, &ev.enhanced_status);
    ev.smtp_command = command_from_text(text);
    if (ev.destination_port == 465 && action != Action::delivered &&
        text.find("while receiving the initial server greeting") != npos)
      ev.reason_hint = kNoGreetingOnPort465Hint;
    L.sink.on_event(ev);

    // Recipient bookkeeping after the event: its views into the entry stay
    // untouched while the sink runs.
    if (e) {
      if (action == Action::deferred) QueueTable::set_pending(*e, to, dsn, text);
      else QueueTable::drop_pending(*e, to);
      if (action == Action::expired) e->expiry_reported = true;
    }
    return Outcome::reported;
  }

  // smtp/lmtp lines about one server attempt that did not work, logged before
  // the next MX host is tried ("host X said: ...", "lost connection with X
  // while ...", "connect to X: ..."). With a queue id they defer that message.
  Outcome site_failure(const Line& L, Session& s, sv qid, sv text) {
    const sv program = L.rec.program;
    if (program.ends_with("/smtp") || program.ends_with("/lmtp")) {
      std::vector<HeldSite>& held = held_of(s);
      if (held.size() < kMaxHeldSites) {
        HeldSite& h = held.emplace_back();
        h.time = L.rec.time;
        h.line = L.line_no;
        h.file = file_generation_;
        h.host.assign(L.rec.host);
        h.program.assign(program);
        h.qid.assign(qid);
        h.attempt.assign(qid);
        h.text.assign(text);
        s.site_pending = true;
        return Outcome::recognized;
      }
    }
    return report_site_failure(L, qid, text, path_);
  }

  Outcome report_site_failure(const Line& L, sv qid, sv text, sv path) {
    Event ev = record_event(L.rec, Action::none, kDataset, path, L.line_no);
    ev.action = qid.empty() ? Action::failed : Action::deferred;
    ev.local_id = qid;
    if (!qid.empty()) fill_from_entry(ev, entry(L, qid, false), false);
    Peer p;
    if (postfix_reason_destination(text, &ev)) {
      // the peer the reason names
    } else if (peer_after(text, "to server ", &p)) {
      set_destination(ev, p);
    } else if (size_t n = text.find("name="); n != npos) {
      sv name = text.substr(n + 5);
      ev.destination_domain = name.substr(0, name.find(' '));
    } else if (starts(text, "mail for ")) {
      sv name = text.substr(9);
      ev.destination_domain = name.substr(0, name.find(' '));
    }
    ev.diagnostic = text;
    text_codes(text, &ev.reply_code, &ev.enhanced_status);
    ev.smtp_command = command_from_text(text);
    L.sink.on_event(ev);
    return Outcome::reported;
  }

  // --- Rejects ---------------------------------------------------------------
  // smtpd/postscreen: "RCPT from name[addr]: 550 5.1.1 <x>: text; from=<a> to=<b> proto=ESMTP helo=<h>"
  // cleanup:          "header Subject: x from name[addr]; from=<a> to=<b> proto=ESMTP helo=<h>: 5.7.1 text"
  // proxy filter:     "END-OF-MESSAGE: 554 5.7.0 text; from=<a> to=<b> proto=SMTP helo=<h>"
  // postscreen separates the key-values with ", ".
  Outcome reject(const Line& L, sv qid, sv s) {
    size_t kv = npos;
    for (size_t p = s.rfind("; "); p != npos; p = p == 0 ? npos : s.rfind("; ", p - 1)) {
      sv t = s.substr(p + 2);
      if (starts(t, "from=") || starts(t, "to=<") || starts(t, "proto=") || starts(t, "helo=")) {
        kv = p;
        break;
      }
    }
    sv body = s.substr(0, kv);
    sv from, to, tail;
    bool sender_known = false;
    if (kv != npos) {
      sv k = s.substr(kv + 2);
      size_t i = 0;
      while (i < k.size()) {
        while (i < k.size() && (k[i] == ' ' || k[i] == ',')) ++i;
        sv t = k.substr(i);
        if (t.empty()) break;
        if (t[0] == ':') {
          tail = t.substr(1);
          while (!tail.empty() && tail[0] == ' ') tail.remove_prefix(1);
          break;
        }
        size_t eq = t.find('=');
        if (eq == npos) break;
        sv key = t.substr(0, eq);
        size_t end;
        sv value;
        if (eq + 1 < t.size() && t[eq + 1] == '<') {
          size_t gt = t.find('>', eq + 2);
          if (gt == npos) break;
          value = t.substr(eq + 2, gt - eq - 2);
          end = gt + 1;
        } else {
          end = t.find_first_of(" ,:", eq + 1);
          if (end == npos) end = t.size();
          value = t.substr(eq + 1, end - eq - 1);
        }
        if (key == "from") from = value, sender_known = true;
        else if (key == "to") to = value;
        i += end;
      }
    }

    size_t sp = body.find_first_of(" :");
    sv word = body.substr(0, sp);
    sv text;
    Peer peer;
    bool have_peer = false;
    if (word == "header" || word == "body" || word == "mime-header" || word == "nested-header") {
      size_t f = body.rfind(" from ");
      have_peer = f != npos && parse_peer(body.substr(f + 6), &peer) > 0;
      text = tail.empty() ? body : tail;
      word = {};
    } else if (sp != npos && starts(body.substr(sp), " from ")) {
      sv after = body.substr(sp + 6);
      size_t n = parse_peer(after, &peer);
      have_peer = n > 0;
      if (have_peer && starts(after.substr(n), ": ")) text = after.substr(n + 2);
      else if (have_peer) text = after.substr(n);
    } else if (sp != npos && starts(body.substr(sp), ": ")) {
      text = body.substr(sp + 2);
    } else {
      text = body;
    }
    if (text.empty()) text = tail;

    QueueEntry* e = qid.empty() ? nullptr : entry(L, qid, false);
    Event ev = base(L);
    ev.action = Action::rejected;
    ev.local_id = qid;
    ev.from_address = from;
    ev.to_address = to;
    if (have_peer) set_source(ev, peer);
    fill_from_entry(ev, e, sender_known);
    ev.smtp_command = normalize_command(word);
    ev.diagnostic = text;
    leading_codes(text, &ev.reply_code, &ev.enhanced_status);
    // postscreen's stock refusal ("450 4.3.2 Service currently unavailable")
    // is its verdict on the client, not an outage: the rules read it so.
    if (L.rec.program.ends_with("/postscreen")) ev.reason_hint = kPostscreenHint;
    if (policy_down_pid_ != 0 && policy_down_pid_ == L.rec.pid && ev.enhanced_status == "4.3.5") [[unlikely]] {
      if (!L.rec.time.valid || !policy_down_time_.valid ||
          L.rec.time.epoch_us - policy_down_time_.epoch_us <= kPolicyReplyWithinUs)
        ev.reason_hint = kPolicyServiceDownHint;
      policy_down_pid_ = 0;
    }
    L.sink.on_event(ev);
    // A content reject ends the whole message; a RCPT reject does not.
    if (e && (word.empty() || ev.smtp_command == "DATA")) queue_.erase(qid);
    return Outcome::reported;
  }

  Outcome noqueue(const Line& L, Session& s, sv rest) {
    if (starts(rest, "reject: ")) return reject(L, {}, rest.substr(8));
    if (starts(rest, "milter-reject: ")) return reject(L, {}, rest.substr(15));
    if (starts(rest, "proxy-reject: ")) return reject(L, {}, rest.substr(14));
    static constexpr sv kActions[] = {"reject_warning: ", "discard: ", "filter: ", "hold: ", "redirect: ",
                                      "warn: ", "milter-", "proxy-accept: ", "prepend: ", "info: ", "warning: "};
    if (any_prefix(rest, kActions)) return Outcome::recognized;
    return unqueued(L, s, rest, {});
  }

  // --- Lines without a queue id (or client-side SASL lines with one) -------
  Outcome unqueued(const Line& L, Session& s, sv msg, sv qid) {
    // "NOQUEUE: " with nothing after it leaves nothing to read.
    if (msg.empty()) return Outcome::unrecognized;
    switch (msg[0]) {
      case 'c':
        if (starts(msg, "connect from ")) {
          s.sasl_failed = false;
          L.sink.on_tally(Tally::connection, L.rec.time);
          return Outcome::recognized;
        }
        if (starts(msg, "connect to ")) return site_failure(L, s, {}, msg);
        // A note of the TLS layer, not a failure of its own: where the policy
        // needs the certificate verified, the delivery's status line defers
        // it and says why ("Server certificate not trusted"); where it does
        // not, the message goes out over the untrusted session. Counted as a
        // TLS problem, reported by that status line when it fails.
        if (starts(msg, "certificate verification failed for ")) {
          L.sink.on_tally(Tally::tls_failure, L.rec.time);
          return Outcome::recognized;
        }
        break;
      case 'd':
        if (starts(msg, "disconnect from ")) {
          s.sasl_failed = false;
          return Outcome::recognized;
        }
        break;
      case 'l':
        if (starts(msg, "lost connection after AUTH ")) return lost_after_auth(L, s, msg);
        if (starts(msg, "lost connection with ")) return site_failure(L, s, {}, msg);
        break;
      case 'w':
        if (starts(msg, "warning: ")) return warning(L, s, msg);
        break;
      case '>':
        // debug_peer_list's transcript of a client's session: smtpd's own
        // replies ("> client[ip]: 530 5.7.0 Must issue a STARTTLS command
        // first"). A refusal of AUTH or MAIL is logged nowhere else; a
        // refused RCPT is, in its NOQUEUE reject line, which counts it.
        if (starts(msg, "> ")) return debug_reply(L, msg.substr(2));
        break;
      case '<':
        if (starts(msg, "< ")) return Outcome::recognized;  // the client's commands in the same transcript
        break;
      case 'f':
        if (starts(msg, "fatal: ")) return local_failure(L, msg);
        break;
      case 'S':
        if (starts(msg, "SSL_accept error from ") || starts(msg, "SSL_connect error to "))
          return tls_error_line(L, s, msg);
        if (starts(msg, "SASL authentication failed")) {
          Event ev = base(L);
          ev.action = Action::failed;
          ev.local_id = qid;
          if (!qid.empty()) fill_from_entry(ev, entry(L, qid, false), false);
          Peer p;
          if (peer_after(msg, "server ", &p)) set_destination(ev, p);
          ev.smtp_command = "AUTH";
          ev.diagnostic = msg;
          text_codes(msg, &ev.reply_code, &ev.enhanced_status);
          L.sink.on_event(ev);
          return Outcome::reported;
        }
        if (starts(msg, "Server certificate not ")) return tls_failure(L, msg, "host ");
        break;
      case 'H':
        if (starts(msg, "Host or domain name not found")) return site_failure(L, s, {}, msg);
        break;
      case 'T':
        if (starts(msg, "TLS is required, but")) return tls_failure(L, msg, "host ");
        break;
      case 'm':
        if (starts(msg, "mail for ") && msg.find("loops back to myself") != npos) return site_failure(L, s, {}, msg);
        break;
      case 'p':
        if (starts(msg, "proxy-reject: ")) return reject(L, {}, msg.substr(14));
        if (starts(msg, "panic: ")) return local_failure(L, msg);
        break;
      case 'h':
        if (starts(msg, "host ") && find_substring(msg, " said: ", 0) != npos) return site_failure(L, s, {}, msg);
        break;
      case 'i':
        if (starts(msg, "improper command pipelining after CONNECT ")) return early_tls_hello(L, s, msg);
        break;
      default:
        break;
    }
    return any_prefix(msg, kHarmless) ? Outcome::recognized : Outcome::unrecognized;
  }

  // A TLS handshake's first bytes sent where SMTP's greeting was awaited: a
  // client set up for implicit TLS (port 465's way) talking to a plain or
  // STARTTLS port. smtpd logs it as "warning: non-SMTP command from
  // name[addr]: \026\003\001..." or, when the bytes came before its greeting,
  // "improper command pipelining after CONNECT from name[addr]: \026\003..."
  // (a record of type 0x16, a handshake, version 3.x, written as octal
  // escapes). Other bytes there are a spam bot's hurry: recognized, no more.
  // A TLS ClientHello's first bytes, as Postfix escapes them ("\026\003\001"; some copies
  // shorten the octal: "\26\3\1").
  static bool names_tls_hello(sv msg) {
    return msg.find("]: \\026\\003") != npos || msg.find("]: \\26\\3\\") != npos;
  }
  Outcome tls_hello_on_plain_port(const Line& L, sv msg) {
    Peer p;
    if (!names_tls_hello(msg) || !peer_after(msg, " from ", &p)) return Outcome::recognized;
    Event ev = base(L);
    ev.action = Action::failed;
    set_source(ev, p);
    ev.diagnostic = msg;
    L.sink.on_event(ev);
    L.sink.on_tally(Tally::tls_failure, L.rec.time);
    return Outcome::reported;
  }

  // A client that gave up in the middle of AUTH without a failure being logged
  // is a failed (abandoned) login attempt; after a logged SASL failure it is
  // the same attempt and is not counted twice.
  Outcome lost_after_auth(const Line& L, Session& s, sv msg) {
    if (s.sasl_failed) return Outcome::recognized;
    Event ev = base(L);
    ev.action = Action::failed;
    Peer p;
    if (peer_after(msg, " from ", &p)) set_source(ev, p);
    ev.smtp_command = "AUTH";
    ev.diagnostic = msg;
    L.sink.on_event(ev);
    return Outcome::reported;
  }

  Outcome warning(const Line& L, Session& s, sv msg) {
    const sv w = msg.substr(9);  // after "warning: "
    // Mail handed to Postfix's sendmail command that the queue cannot take,
    // or that waits in maildrop because no pickup service (no master) runs.
    if (starts(w, "unable to look up public/pickup") || starts(w, "mail_queue_enter: "))
      return local_failure(L, msg);
    // cleanup could not write a message it was taking in into the queue
    // ("QID: write queue file: No space left on device"): the client was
    // answered with a temporary error and its session logs nothing more.
    if (sv rest; !leading_queue_id(w, &rest).empty() && starts(rest, "write queue file: ")) return local_failure(L, msg);
    // A service the configuration names that does not answer: a milter (mail
    // then passes unsigned or unfiltered, or waits, as milter_default_action
    // says), a policy service or a lookup table (mail is deferred).
    if (starts(w, "problem talking to server ")) {
      // smtpd answers the request it could not check with "451 4.3.5 Server
      // configuration problem", its next line: that reject is this outage's.
      policy_down_pid_ = L.rec.pid;
      policy_down_time_ = L.rec.time;
      return local_failure(L, msg);
    }
    if (starts(w, "connect to Milter service ") || (starts(w, "milter ") && w.find(": can't ") != npos) ||
        find_substring(w, ": table lookup problem", 0) != npos)
      return local_failure(L, msg);
    // The database behind a lookup table refusing the connection (dict_mysql's
    // and dict_pgsql's "connect to mysql server HOST: ...", dict_ldap's "Unable
    // to bind"): the lookups that fail meanwhile defer or refuse mail in their
    // own lines ("lookup error for", "451 4.3.0 Temporary lookup failure").
    if (starts(w, "connect to mysql server ") || starts(w, "connect to pgsql server ") ||
        starts(w, "dict_ldap_connect: Unable to bind"))
      return local_failure(L, msg);
    // master: every process of a service busy ('service "smtpd" (private/smtpd)
    // has reached its process limit "100": new clients may experience
    // noticeable delays'): new sessions wait or time out until one frees up.
    if (starts(w, "service ") && find_substring(w, " has reached its process limit ", 0) != npos)
      return local_failure(L, msg);
    // The SASL backend smtpd asks to check passwords is not there (saslauthd's
    // socket, Dovecot's auth socket): every login fails meanwhile, its own
    // lines saying only "generic failure". (master's "bad command startup --
    // throttling" after a daemon's fatal error restates that error: recognized.)
    if (starts(w, "SASL authentication failure: cannot connect to saslauthd") ||
        (starts(w, "SASL: Connect to ") && find_substring(w, " failed", 0) != npos))
      return local_failure(L, msg);
    // qmgr cannot hand mail to a delivery transport (a content_filter or
    // transport map names one that master.cf lacks or that does not run):
    // the mail waits in the queue.
    if (starts(w, "connect to transport ")) return local_failure(L, msg);
    // "name[addr]: SASL LOGIN authentication failed: ..."
    Peer p;
    if (size_t n = parse_peer(w, &p); n && starts(w.substr(n), ": SASL ")) {
      sv what = w.substr(n + 7);
      size_t sp = what.find(' ');
      if (sp != npos && starts(what.substr(sp), " authentication failed")) {
        Event ev = base(L);
        ev.action = Action::failed;
        set_source(ev, p);
        ev.smtp_command = "AUTH";
        ev.diagnostic = w;
        L.sink.on_event(ev);
        L.sink.on_tally(Tally::sasl_failure, L.rec.time);
        s.sasl_failed = true;
        return Outcome::reported;
      }
      return Outcome::recognized;  // "authentication aborted" and the like
    }
    if (starts(w, "TLS library problem: ")) {
      // OpenSSL 3's word for a peer that closed without TLS's closing alert:
      // mostly a client that simply hung up, no failure of its own.
      if (w.find("unexpected eof while reading") != npos) return Outcome::recognized;
      return tls_library_line(L, s, w);
    }
    if (starts(w, "TLS is required, but")) return tls_failure(L, w, "host ");
    // Our own key or certificate that cannot be loaded ("cannot get RSA private
    // key from file ...: disabling TLS support", after a renewal that left key
    // and certificate apart): no STARTTLS until it is fixed. OpenSSL's reason
    // follows as a "TLS library problem" line, joined to it as a handshake's is.
    if ((starts(w, "cannot get ") && (find_substring(w, " private key from file ", 0) != npos ||
                                      find_substring(w, " certificate from file ", 0) != npos)) ||
        (starts(w, "cannot load ") && find_substring(w, "certificate", 0) != npos)) {
      start_tls(L, s);  // (parse_record settled any handshake held before this line)
      tls_of(s).text.assign(w);
      return Outcome::reported;
    }
    if (starts(w, "non-SMTP command from ")) {
      if (const Outcome o = tls_hello_on_plain_port(L, w); o == Outcome::reported) return o;
    }
    // master: a daemon of ours crashed ("process /usr/lib/postfix/sbin/smtpd pid
    // 28813 killed by signal 11"), its sessions dropped.
    if (starts(w, "process ") && w.find(" killed by signal ") != npos) return local_failure(L, msg);
    // anvil limits enforced by smtpd: "Connection rate limit exceeded: 31 from
    // name[addr] for service smtp", "Connection concurrency limit exceeded: ..."
    if (size_t x = find_substring(w, " limit exceeded: ", 0); x != npos && x < 40 && peer_after(w, " from ", &p)) {
      Event ev = base(L);
      ev.action = Action::failed;
      set_source(ev, p);
      ev.diagnostic = w;
      L.sink.on_event(ev);
      return Outcome::reported;
    }
    return Outcome::recognized;
  }

  // "client[ip]: 530 5.7.0 ..." from debug_peer_list: a refusal in reply to
  // anything but RCPT (whose refusal has its own reject line) is an event;
  // the rest of the transcript is recognized.
  Outcome debug_reply(const Line& L, sv rest) {
    Peer p;
    const size_t n = parse_peer(rest, &p);
    if (!n || rest.size() < n + 6 || rest[n] != ':' || rest[n + 1] != ' ') return Outcome::recognized;
    const sv reply = rest.substr(n + 2);
    if ((reply[0] != '4' && reply[0] != '5') || !is_digit(reply[1]) || !is_digit(reply[2]) ||
        (reply.size() > 3 && reply[3] != ' ' && reply[3] != '-'))
      return Outcome::recognized;
    // RCPT's refusals ("<x>: Recipient address rejected", "Relay access denied") have their reject line.
    for (sv restriction : {sv("Recipient address rejected"), sv("Relay access denied"), sv("Client host rejected"),
                           sv("Sender address rejected"), sv("Helo command rejected")})
      if (find_substring(reply, restriction, 0) != npos) return Outcome::recognized;
    Event ev = base(L);
    ev.action = Action::failed;
    set_source(ev, p);
    ev.diagnostic = reply;
    text_codes(reply, &ev.reply_code, &ev.enhanced_status);
    L.sink.on_event(ev);
    return Outcome::reported;
  }

  // A Postfix program that could not do its work: a fatal error or panic (the
  // process exits: a session is dropped, a service or the sendmail command
  // fails) or a submission the queue cannot take. One event, for the
  // classifier to name the cause from the text. Starting Postfix while it runs
  // already is the one fatal that stops nothing.
  Outcome local_failure(const Line& L, sv msg) {
    if (msg.find("already running") != npos || msg.find("unable to set exclusive lock") != npos)
      return Outcome::recognized;
    Event ev = base(L);
    ev.action = Action::failed;
    ev.diagnostic = msg;
    L.sink.on_event(ev);
    return Outcome::reported;
  }

  // A client-side TLS failure that is complete in one line; the server follows `marker`.
  Outcome tls_failure(const Line& L, sv msg, sv marker) {
    Event ev = base(L);
    ev.action = Action::failed;
    Peer p;
    if (peer_after(msg, marker, &p)) set_destination(ev, p);
    ev.diagnostic = msg;
    L.sink.on_event(ev);
    L.sink.on_tally(Tally::tls_failure, L.rec.time);
    return Outcome::reported;
  }

  // The pipelining line comes first, and the non-SMTP warning, when smtpd
  // goes on to read the bytes as a command, after it: the one failure is the
  // warning's, and the pipelining line's only when no warning follows
  // (smtpd_forbid_unauth_pipelining ends the session at once). So it is
  // held as a handshake's first line is (flush_tls reports it).
  Outcome early_tls_hello(const Line& L, Session& s, sv msg) {
    Peer p;
    if (!names_tls_hello(msg) || !peer_after(msg, " from ", &p)) return Outcome::recognized;
    start_tls(L, s);  // (parse_record settled any handshake held before this line)
    PendingTls& t = tls_of(s);
    t.hello = true;
    t.peer_name.assign(p.name == "unknown" ? sv() : p.name);
    t.peer_ip.assign(looks_like_ip_address(p.addr) ? p.addr : sv());
    t.text.assign(msg);
    return Outcome::recognized;
  }

  void start_tls(const Line& L, Session& s) {
    s.tls_pending = true;
    PendingTls& t = tls_of(s);
    t.hello = false;
    t.has_error_line = false;
    t.client = false;
    t.time = L.rec.time;
    t.line = L.line_no;
    t.file = file_generation_;
    t.host.assign(L.rec.host);
    t.program.assign(L.rec.program);
    t.peer_name.clear();
    t.peer_ip.clear();
    t.peer_port = 0;
    t.text.clear();
    t.detail.clear();
  }

  // Our client's failed handshake ("SSL_connect error to mx[...]:25: -1", the
  // library's "certificate verify failed") ends in the message's deferral or
  // bounce "(Cannot start TLS: handshake failure)": one failure. The status
  // line is its event (it names the message and recipient), and the
  // handshake's own words, the more telling, go into its text.
  bool restates_client_handshake(const Session& s, sv msg) {
    const PendingTls& t = tls_of(s);
    if (!t.client || !t.has_error_line) return false;
    sv rest;
    if (leading_queue_id(msg, &rest).empty() || !starts(rest, "to=")) return false;
    return rest.find("Cannot start TLS: handshake failure") != npos &&
           (rest.find("status=deferred") != npos || rest.find("status=bounced") != npos);
  }
  void carry_tls_into_status(Session& s, EventSink& sink) {
    s.tls_pending = false;
    const PendingTls& t = tls_of(s);
    sink.on_tally(Tally::tls_failure, t.time);
    handshake_words_.assign(t.text);
    if (!t.detail.empty()) handshake_words_.append("; ").append(t.detail);
  }

  // "SSL_accept error from name[addr]: -1" (we were the server) or
  // "SSL_connect error to name[addr]:25: lost connection" (the client).
  Outcome tls_error_line(const Line& L, Session& s, sv msg) {
    if (!s.tls_pending) start_tls(L, s);
    PendingTls& t = tls_of(s);
    t.has_error_line = true;
    t.client = starts(msg, "SSL_connect");
    Peer p;
    if (parse_peer(msg.substr(t.client ? 21 : 22), &p)) {
      t.peer_name.assign(p.name == "unknown" && !t.client ? sv() : p.name);
      t.peer_ip.assign(looks_like_ip_address(p.addr) ? p.addr : sv());
      t.peer_port = p.port;
    }
    t.text.assign(msg);
    // A client's handshake is held as a server attempt is (see settle_sites):
    // its status line usually restates it.
    return t.detail.empty() && !t.client ? Outcome::reported : Outcome::recognized;
  }

  // "TLS library problem: error:0A00010B:SSL routines::wrong version number:..."
  // OpenSSL may log several; they belong to the same handshake.
  Outcome tls_library_line(const Line& L, Session& s, sv w) {
    bool first = !s.tls_pending;
    if (first) start_tls(L, s);
    PendingTls& t = tls_of(s);
    if (t.detail.size() < 1024) {
      if (!t.detail.empty()) t.detail.append("; ");
      t.detail.append(w.substr(0, 1024));
    }
    // (A client's handshake may yet be restated by its status line: reported then.)
    return first && !t.client ? Outcome::reported : Outcome::recognized;
  }

  std::vector<HeldSite>& held_of(const Session& s) { return held_[size_t(&s - sessions_.data()->way)]; }

  // A line of a process with held server failures. A status line binds the
  // failures logged before the queue id to its message; a deferral or bounce
  // repeats the last server's error ("connect to mx2[...]: Connection timed
  // out" once on its own line, once in the status), and the held line it
  // repeats is a step of that failure, not counted again. The rest stay held
  // while the process works on that message (more recipients), and are
  // reported once it turns to another one (or at the end): the other servers'
  // failures, and all of them when the message went out through a later MX.
  void settle_sites(Session& s, sv msg, EventSink& sink) {
    sv rest;
    const sv qid = leading_queue_id(msg, &rest);
    if (qid.empty()) return;
    std::vector<HeldSite>& held = held_of(s);
    if (starts(rest, "to=")) {
      for (HeldSite& h : held)
        if (h.attempt.empty()) h.attempt.assign(qid);
      if (rest.find("status=sent") == npos) {
        // Repeated by this failure's status, or the same error from another MX host of the
        // same attempt ("connect to mx1[...]:25: Connection timed out" before the deferral
        // names mx2's timeout): a step of it.
        std::erase_if(held, [&](const HeldSite& h) {
          return h.attempt == qid && (rest.find(h.text) != npos || same_error_from_another_host(h.text, rest));
        });
      }
    }
    auto ended = [&](const HeldSite& h) { return !h.attempt.empty() && h.attempt != qid; };
    for (const HeldSite& h : held)
      if (ended(h)) report_held(s, h, sink);
    std::erase_if(held, ended);
    s.site_pending = !held.empty();
  }

  void report_held(const Session& s, const HeldSite& h, EventSink& sink) {
    SyslogRecord rec;
    rec.time = h.time;
    rec.host = h.host;
    rec.program = h.program;
    rec.pid = s.pid;
    rec.message = h.text;
    report_site_failure(Line{rec, h.line, sink}, h.qid, h.text, path_of(h.file));
  }

  void release_sites(Session& s, EventSink& sink) {
    if (!s.site_pending) return;
    s.site_pending = false;
    for (const HeldSite& h : held_of(s)) report_held(s, h, sink);
    held_of(s).clear();
  }

  void flush_tls(Session& s, EventSink& sink) {
    if (!s.tls_pending) return;
    s.tls_pending = false;
    PendingTls& t = tls_of(s);
    SyslogRecord rec;
    rec.time = t.time;
    rec.host = t.host;
    rec.program = t.program;
    rec.pid = s.pid;
    Event ev = record_event(rec, Action::failed, kDataset, path_of(t.file), t.line);
    if (t.client) {
      ev.destination_domain = t.peer_name;
      ev.destination_ip = t.peer_ip;
      ev.destination_port = t.peer_port;
    } else {
      ev.source_domain = t.peer_name;
      ev.source_ip = t.peer_ip;
    }
    t.diagnostic.assign(t.text);
    if (!t.detail.empty()) {
      if (!t.diagnostic.empty()) t.diagnostic.append("; ");
      t.diagnostic.append(t.detail);
    }
    ev.diagnostic = t.diagnostic;
    sink.on_event(ev);
    sink.on_tally(Tally::tls_failure, t.time);
  }

  std::string path_;
  std::string previous_path_;    // the rotation set's file before this one
  uint32_t file_generation_ = 0;  // files of the rotation set read before this one
  const std::string& path_of(uint32_t file) const { return file == file_generation_ ? path_ : previous_path_; }
  QueueTable queue_;
  uint64_t evictions_reported_ = 0;
  std::vector<SessionSet> sessions_;
  std::vector<PendingTls> tls_;  // parallel to sessions_
  std::vector<std::vector<HeldSite>> held_;  // parallel to sessions_
  std::string handshake_words_;  // a client handshake's lines, for the status line that restates it
  static constexpr size_t kMaxHeldSites = 16;  // MX hosts of one attempt (Postfix tries 5 by default)
  uint64_t activity_ = 0;
  std::string scratch_;
  // The smtpd process whose policy service last failed to answer, and when:
  // its next 4.3.5 reject is that outage's (smtpd logs the two together).
  uint32_t policy_down_pid_ = 0;
  Timestamp policy_down_time_;
  static constexpr int64_t kPolicyReplyWithinUs = 120'000'000;  // the policy client's time limit and one retry
};

}  // namespace

int postfix_bare_sniff(std::string_view head) {
  // Openings of Postfix messages without a queue id that no other log starts
  // its lines with.
  static constexpr sv kOpenings[] = {
      "NOQUEUE: ", "connect from ", "disconnect from ", "lost connection after ", "timeout after ",
      "Anonymous TLS connection established from ", "Trusted TLS connection established to ",
      "Untrusted TLS connection established to ", "Verified TLS connection established to ", "statistics: max ",
      "SSL_accept error from ", "improper command pipelining after ", "CONNECT from [", "PASS NEW [", "PASS OLD ["};
  int lines = 0, bare = 0;
  for_each_head_line(head, [&](sv line) {
    if (line.empty()) return true;
    ++lines;
    sv rest;
    bool postfix = !leading_queue_id(line, &rest).empty();
    for (sv opening : kOpenings) postfix = postfix || starts(line, opening);
    bare += postfix;
    return lines < 20;
  });
  // Fewer lines or a mixed file are left to the other readers.
  if (lines < 3 || bare * 10 < lines * 6) return 0;
  return bare * 100 / lines;
}

bool postfix_reason_destination(std::string_view reason, Event* ev) {
  if (starts(reason, "delivery temporarily suspended: ")) reason.remove_prefix(32);
  Peer p;
  if ((starts(reason, "connect to ") && parse_peer(reason.substr(11), &p)) || peer_after(reason, "host ", &p) ||
      peer_after(reason, " with ", &p)) {
    set_destination(*ev, p);
    return true;
  }
  return false;
}

bool postfix_claims_program(std::string_view program) {
  // "postfix/smtp", "postfix-out/smtpd", "postfix/submission/smtpd"; not "postfixadmin".
  if (starts(program, "postfix")) return program.size() == 7 || program[7] == '/' || program[7] == '-';
  // A master.cf service given a syslog_name of its own (mailcow's
  // "watchdog/smtpd" and "enforced-tls-smtp/smtp", "-o syslog_name=relay-out"
  // in general): a name, a slash, and one of Postfix's daemons.
  const size_t slash = program.rfind('/');
  if (slash == std::string_view::npos || slash == 0) return false;
  return is_postfix_daemon(program.substr(slash + 1)) && !starts(program, "dovecot");
}

bool is_postfix_daemon(std::string_view name) {
  for (std::string_view d : {"smtpd", "smtp", "lmtp", "qmgr", "cleanup", "pickup", "bounce", "error", "discard",
                             "local", "virtual", "pipe", "postscreen", "dnsblog", "tlsproxy", "anvil", "scache"})
    if (name == d) return true;
  return false;
}

std::unique_ptr<ProgramParser> make_postfix_parser(const FileContext& file) {
  return make_postfix_parser(file, QueueTable::kDefaultMaxEntries);
}

std::unique_ptr<ProgramParser> make_postfix_parser(const FileContext& file, size_t max_queue_entries) {
  return std::make_unique<PostfixParser>(file, max_queue_entries);
}

}  // namespace mailtriage
