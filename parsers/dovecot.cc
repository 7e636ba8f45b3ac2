// Dovecot's delivery lines.
//
// When an MTA hands a message to Dovecot's LDA as a command (Postfix's
// mailbox_command or a pipe transport, Exim's dovecot_lda transport), a full
// mailbox is refused by the LDA itself: it logs
//   lda(priya)<7833><8M+oEtBR0mcZHwAAnB4l3w>: msgid=<o-9@example.com>: rejected: Quota exceeded (mailbox for user is full)
// mails the rejection to the sender and exits 0, so the MTA logs the delivery
// as sent ("delivered to command: /usr/lib/dovecot/dovecot-lda ..."): that
// line is the only record of the bounce. (Without the permanent refusal, the
// LDA exits with EX_TEMPFAIL and the MTA logs the deferral; its "save failed
// to INBOX: ..." before it is the MTA's failure told twice, and so are the
// LMTP service's lines, whose replies the MTA logs.)
// A user's own Sieve "reject" refuses a message in LDA and LMTP alike, and
// Pigeonhole mails the refusal itself while the MTA logs a delivery:
//   lmtp(bruno@example.org)<48342><gGY7A3pG0WfMvAAAZL3Kbg>: sieve: msgid=<x@y>: rejected message from <news@example.net> (reject)
// Both are one event each.
// A login refused by a login service (imap-login, pop3-login,
// submission-login, managesieve-login) is a failed login, as Postfix's SASL
// failures are: the service's "Disconnected (auth failed, 3 attempts in 9
// secs): user=<x>, ..." closing the connection, one event for it (the auth
// process's own "Password mismatch" and "User found from deny passdb" before
// it are the same attempt), and "(tried to use disallowed plaintext auth)",
// a login sent in the clear where Dovecot wants TLS first.
// Dovecot's own failures are its master process's words: a service process
// that died ("master: Error: service(lmtp): child 8537 killed with signal 9
// (out of memory)"; a Panic before it is the same death), a service that
// dropped connections at its limit ("service(lmtp): client_limit (1)
// reached, client connections are being dropped"), one that could not be
// started ("command startup failed, throttling"), and a configuration that
// stops Dovecot from starting at all ("doveconf: Fatal: Error in
// configuration file ..."): one event each.
// A user's Sieve redirect that the receiving server refused ("sieve:
// msgid=<x>: redirect action: failed to redirect message to <a@b>: 550 ...")
// is reported with that server's reply: no other log has it.
// A login service that refused a client's TLS because the client offers only
// protocol versions or ciphers it no longer takes is an outdated client.
// Dovecot's other lines are recognized.
// Its own log file (log_path) writes "Info: " too, and the level may come
// before the prefix ("Fatal: master: ..."); the syslog envelope reads such a
// line as Dovecot's with the prefix as the message start (parsers/syslog.cc).
// Older releases wrote "deliver(user): " and "lda(user): " without the ids,
// and LMTP as "lmtp(4242, user): ".
#include "parsers/dovecot.h"

#include <string>

#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;
constexpr sv kDataset = "dovecot.log";

// "lda(user)<pid><session>: rest" -> service "lda", user "user", rest; false
// for a line of another service ("imap-login: ...", "auth: ...").
// `m` without a leading level word ("Error: ", and "Info: " in Dovecot's own log file).
sv without_level(sv m) {
  for (sv level : {"Info: ", "Warning: ", "Error: ", "Fatal: ", "Panic: ", "Debug: "})
    if (m.starts_with(level)) return m.substr(level.size());
  return m;
}

// The master process's words after "master: " and its level ("Fatal:
// master: service(x): ..." in the log file's other order too); empty for
// another process's line.
sv master_words(sv m) {
  m = without_level(m);
  if (!m.starts_with("master: ")) return {};
  return without_level(m.substr(8));
}

// Whether the line is LMTP's or the LDA's ("lmtp(user)...", "lda(user)...", "deliver(user)").
bool starts_with_delivery_service(sv msg) {
  msg = without_level(msg);
  return msg.starts_with("lmtp(") || msg.starts_with("lda(") || msg.starts_with("deliver(");
}

bool split_prefix(sv msg, sv* service, sv* user, sv* rest) {
  const size_t open = msg.substr(0, 9).find('(');
  if (open == npos) return false;
  *service = msg.substr(0, open);
  if (*service != "lda" && *service != "deliver" && *service != "lmtp") return false;
  const size_t close = msg.find(')', open);
  if (close == npos) return false;
  *user = msg.substr(open + 1, close - open - 1);
  if (const size_t comma = user->find(", "); comma != npos) user->remove_prefix(comma + 2);  // "lmtp(4242, user)"
  const size_t colon = msg.find(": ", close);
  if (colon == npos) return false;
  *rest = without_level(msg.substr(colon + 2));
  return true;
}

class DovecotParser final : public ProgramParser {
 public:
  explicit DovecotParser(const FileContext& file) : path_(file.path) {}
  void continue_with(const FileContext& next) override { path_.assign(next.path); }

  Outcome parse_record(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) override {
    // (A login service names itself first: "imap-login: ", "submission-login: ".)
    if (rec.message.substr(0, 24).find("-login: ") != npos) [[unlikely]]
      return login_line(rec, line_no, sink);
    if (const sv words = master_words(rec.message); !words.empty()) [[unlikely]]
      return master_line(rec, line_no, words, sink);
    if (rec.message.find("Fatal: Error in configuration file ") != npos ||
        rec.message.find("Fatal: Error reading configuration: ") != npos) [[unlikely]]
      return report(rec, line_no, rec.message, sink);
    // A full disk under a mailbox, met by a user's IMAP or POP3 session (their
    // saves, flags and expunges fail; LMTP's and the LDA's own refusals are the
    // MTA's deferral told twice).
    if (rec.message.find("No space left on device") != npos && !starts_with_delivery_service(rec.message)) [[unlikely]]
      return report(rec, line_no, rec.message, sink);
    sv service, user, rest;
    // (Most lines say what was saved, or are another service's: one search for
    // the word both refusals use, cheaper than reading the prefix of each.)
    if (const Outcome o = service_failure(rec, line_no, sink); o != Outcome::unrecognized) [[unlikely]]
      return o;
    if ((rec.message.find("rejected") == npos && rec.message.find("failed to redirect") == npos &&
         (!rec.host.empty() || rec.message.find("save failed to ") == npos)) ||
        !split_prefix(rec.message, &service, &user, &rest))
      return Outcome::recognized;
    const bool sieve = rest.starts_with("sieve: ");
    if (sieve) rest.remove_prefix(7);
    sv msgid;
    if (rest.starts_with("msgid=")) {
      const size_t end = rest.find(": ");
      if (end == npos) return Outcome::recognized;
      msgid = strip_angle_brackets(rest.substr(6, end - 6));
      rest.remove_prefix(end + 2);
    }
    // A user's Sieve redirect (a forward) refused by the server it goes to: the
    // copy is not delivered, and only Dovecot saw the refusal (the original is
    // kept, so the MTA logs a delivery).
    constexpr sv kRedirectFailed = "failed to redirect message to ";
    if (sieve && rest.starts_with("redirect action: ")) rest.remove_prefix(17);
    if (sieve && rest.starts_with(kRedirectFailed)) {
      const sv after = rest.substr(kRedirectFailed.size());
      const size_t close = after.find(">: ");
      if (!after.starts_with('<') || close == npos) return Outcome::recognized;
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.from_address = user;
      ev.to_address = after.substr(1, close - 1);
      ev.message_id = msgid;
      ev.diagnostic = after.substr(close + 3);
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      return Outcome::reported;
    }
    constexpr sv kSieveReject = "rejected message from ";
    const bool lda_refusal = !sieve && service != "lmtp" && rest.starts_with("rejected: ");
    const bool sieve_refusal = sieve && rest.starts_with(kSieveReject);
    // In Dovecot's own log file (no host: no MTA's lines beside it) a delivery
    // it could not save is the failure's only record here.
    if (!sieve && rec.host.empty() && rest.starts_with("save failed to ")) {
      const size_t colon = rest.find(": ");
      if (colon == npos) return Outcome::recognized;
      Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
      ev.to_address = user;
      ev.message_id = msgid;
      ev.diagnostic = rest.substr(colon + 2);
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      return Outcome::reported;
    }
    if (!lda_refusal && !sieve_refusal) return Outcome::recognized;
    Event ev = record_event(rec, Action::bounced, kDataset, path_, line_no);
    ev.to_address = user;
    ev.message_id = msgid;
    if (lda_refusal) {
      ev.diagnostic = rest.substr(10);
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    } else {
      ev.diagnostic = rest;
      const sv sender = rest.substr(kSieveReject.size());
      if (sender.starts_with('<')) ev.from_address = strip_angle_brackets(sender.substr(0, sender.find('>') + 1));
    }
    sink.on_event(ev);
    return Outcome::reported;
  }

 private:
  Outcome master_line(const SyslogRecord& rec, uint64_t line_no, sv words, EventSink& sink) {
    const bool died = words.starts_with("service(") && words.find("): child ") != npos &&
                      (words.find(" killed with signal ") != npos || words.find(" returned error ") != npos);
    const bool at_limit = words.starts_with("service(") && words.find("_limit (") != npos &&
                          words.find(") reached") != npos;
    const bool not_started = words.find("command startup failed, throttling") != npos;
    if (!died && !at_limit && !not_started) return Outcome::recognized;
    return report(rec, line_no, words, sink);
  }

  // Services that depend on another and lost it: submission's relay to the
  // MTA ("Failed to establish relay connection: connect(127.0.0.1:10025)
  // failed: Connection refused": nothing users send goes out), the auth
  // workers' database ("mysql(127.0.0.1): Connect failed to database",
  // "Password query failed: Not connected to database": every login fails).
  // Unrecognized: neither.
  Outcome service_failure(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    const sv m = rec.message;
    const bool relay = m.starts_with("submission(") && m.find("Failed to establish relay connection") != npos;
    const bool database = m.starts_with("auth-worker(") &&
                          (m.find("Connect failed to database") != npos || m.find("query failed: Not connected") != npos);
    if (!relay && !database) return Outcome::unrecognized;
    return report(rec, line_no, m, sink);
  }

  Outcome report(const SyslogRecord& rec, uint64_t line_no, sv diagnostic, EventSink& sink) {
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.diagnostic = diagnostic;
    sink.on_event(ev);
    return Outcome::reported;
  }

  // "imap-login: Disconnected (auth failed, 1 attempts in 4 secs): user=<a@x>, method=PLAIN, rip=192.0.2.7, ..."
  // (also "Aborted login", "Login aborted: Connection closed (auth failed, ...)").
  Outcome login_line(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    const sv m = rec.message;
    const bool refused = m.find("(auth failed, ") != npos;
    // (Dovecot 2.4 says "cleartext".)
    const bool plaintext = m.find("(tried to use disallowed plaintext auth)") != npos ||
                           m.find("(tried to use disabled plaintext auth)") != npos ||
                           m.find("(tried to use disallowed cleartext auth)") != npos;
    // A client that refused our certificate in the handshake ("SSL_accept()
    // failed: ...:sslv3 alert certificate expired"): the server's certificate
    // is at fault, not the client. Other handshake failures are clients' own.
    const bool handshake_failed = m.find("SSL_accept() failed: ") != npos;
    const bool certificate_refused = handshake_failed && refused_our_certificate(m);
    const bool client_outdated = handshake_failed && offers_only_outdated_tls(m);
    // A mechanism the server does not offer ("(tried to use unsupported auth mechanism)").
    const bool mechanism = m.find("(tried to use unsupported auth mechanism)") != npos;
    // One user's devices holding more IMAP or POP3 connections than the server allows a user at one address.
    const bool too_many = m.find("Maximum number of connections from user+IP exceeded") != npos;
    // The service itself broken for everyone: its TLS certificate will not load,
    // or the auth process does not answer.
    const bool tls_context = m.find("Failed to initialize SSL server context") != npos;
    const bool auth_not_ready = m.find("(disconnected before auth was ready") != npos;
    if (!refused && !plaintext && !certificate_refused && !client_outdated && !mechanism && !too_many && !tls_context &&
        !auth_not_ready)
      return Outcome::recognized;
    Event ev = record_event(rec, Action::failed, kDataset, path_, line_no);
    ev.smtp_command = certificate_refused || client_outdated || tls_context ? "STARTTLS" : "AUTH";
    ev.diagnostic = m;
    const sv user = field(m, "user=<", '>');
    if (user.find('@') != npos) ev.to_address = user;
    if (const sv ip = field(m, "rip=", ','); looks_like_ip_address(ip)) ev.source_ip = ip;
    sink.on_event(ev);
    if (refused) sink.on_tally(Tally::sasl_failure, rec.time);
    return Outcome::reported;
  }

  // OpenSSL's words for a client whose protocol versions or ciphers are all
  // below what the server allows.
  static bool offers_only_outdated_tls(sv m) {
    for (sv words : {"unsupported protocol", "version too low", "no shared cipher", "alert protocol version"})
      if (m.find(words) != npos) return true;
    return false;
  }

  static bool refused_our_certificate(sv m) {
    for (sv alert : {"alert certificate expired", "alert certificate unknown", "alert bad certificate", "alert unknown ca",
                     "alert certificate revoked"})
      if (m.find(alert) != npos) return true;
    return false;
  }

  // The text after `key` up to `end` (or the end of the line).
  static sv field(sv m, sv key, char end) {
    const size_t at = m.find(key);
    if (at == npos) return {};
    const sv value = m.substr(at + key.size());
    return value.substr(0, value.find(end));
  }

  std::string path_;
};

}  // namespace

bool dovecot_claims_program(std::string_view program) {
  return program == "dovecot" || program == "dovecot-lda" || program == "deliver";
}

std::unique_ptr<ProgramParser> make_dovecot_parser(const FileContext& file) {
  return std::make_unique<DovecotParser>(file);
}

}  // namespace mailtriage
