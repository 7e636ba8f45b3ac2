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
sv without_level(sv m) { return m.substr(dovecot_level_length(m)); }

// The master process's words after "master: " and its level ("Fatal:
// master: service(x): ..." in the log file's other order too); empty for
// another process's line.
sv master_words(sv m) {
  m = without_level(m);
  if (!m.starts_with("master: ")) return {};
  return without_level(m.substr(8));
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
    const sv m = rec.message;
    // (A login service names itself first: "imap-login: ", "submission-login: ".)
    if (m.substr(0, 24).find("-login: ") != npos) [[unlikely]]
      return login_line(rec, line_no, sink);
    if (const sv words = master_words(m); !words.empty()) [[unlikely]]
      return master_line(rec, line_no, words, sink);
    // (Dovecot's own failures all say "Error" ("Error: ...", "Fatal: Error
    // ..."): one search rules most lines out before the checks of each kind.)
    if (m.find("Error") != npos) [[unlikely]]
      if (const Outcome o = error_line(rec, line_no, sink); o != Outcome::unrecognized) return o;
    sv service, user, rest;
    // (Most lines say what was saved, or are another service's: one search for
    // the word the refusals use and one for the failures' words, cheaper than
    // reading the prefix of each.)
    if ((m.find("rejected") == npos && m.find("failed to ") == npos) || !split_prefix(m, &service, &user, &rest))
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
      Event ev = message_event(rec, line_no, Action::failed, msgid, after.substr(close + 3));
      ev.from_address = user;
      ev.to_address = after.substr(1, close - 1);
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      return Outcome::reported;
    }
    // In Dovecot's own log file (no host: no MTA's lines beside it) a delivery
    // it could not save is the failure's only record here: LDA's "save failed
    // to INBOX: ...", a Sieve script's "failed to store into mailbox 'INBOX': ...".
    if (rec.host.empty() && ((!sieve && rest.starts_with("save failed to ")) ||
                             (sieve && rest.starts_with("failed to store into mailbox ")))) {
      const size_t colon = rest.find(": ");
      if (colon == npos) return Outcome::recognized;
      Event ev = message_event(rec, line_no, Action::failed, msgid, rest.substr(colon + 2));
      ev.to_address = user;
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
      sink.on_event(ev);
      return Outcome::reported;
    }
    constexpr sv kSieveReject = "rejected message from ";
    const bool lda_refusal = !sieve && service != "lmtp" && rest.starts_with("rejected: ");
    const bool sieve_refusal = sieve && rest.starts_with(kSieveReject);
    if (!lda_refusal && !sieve_refusal) return Outcome::recognized;
    Event ev = message_event(rec, line_no, Action::bounced, msgid, lda_refusal ? rest.substr(10) : rest);
    ev.to_address = user;
    if (lda_refusal) {
      find_smtp_codes(ev.diagnostic, &ev.reply_code, &ev.enhanced_status);
    } else {
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
    return report_daemon_failure(rec, words, kDataset, path_, line_no, sink);
  }

  // A line at Dovecot's error level that is a failure of its own: a
  // configuration it will not start with; a full disk met by a user's IMAP or
  // POP3 session (their saves, flags and expunges fail; LMTP's and the LDA's
  // own are the MTA's deferral told twice); a service that lost what it
  // depends on: submission its relay to the MTA ("Failed to establish relay
  // connection: connect(127.0.0.1:10025) failed: Connection refused": nothing
  // users send goes out), the auth workers their database ("mysql(127.0.0.1):
  // Connect failed to database", "Password query failed: Not connected to
  // database": every login fails). Unrecognized: none of these.
  Outcome error_line(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    const sv m = rec.message;
    sv service, user, rest;
    const bool configuration = m.find("Fatal: Error in configuration file ") != npos ||
                               m.find("Fatal: Error reading configuration: ") != npos;
    const bool disk_full = m.find("No space left on device") != npos && !split_prefix(m, &service, &user, &rest);
    const bool relay = m.starts_with("submission(") && m.find("Failed to establish relay connection") != npos;
    const bool database = m.starts_with("auth-worker(") &&
                          (m.find("Connect failed to database") != npos || m.find("query failed: Not connected") != npos);
    if (!configuration && !disk_full && !relay && !database) return Outcome::unrecognized;
    return report_daemon_failure(rec, m, kDataset, path_, line_no, sink);
  }

  // An event about one of a user's messages, with the words Dovecot gives.
  Event message_event(const SyslogRecord& rec, uint64_t line_no, Action action, sv msgid, sv diagnostic) const {
    Event ev = record_event(rec, action, kDataset, path_, line_no);
    ev.message_id = msgid;
    ev.diagnostic = diagnostic;
    return ev;
  }

  // "imap-login: Disconnected (auth failed, 1 attempts in 4 secs): user=<a@x>, method=PLAIN, rip=192.0.2.7, ..."
  // (also "Aborted login", "Login aborted: Connection closed (auth failed, ...)").
  Outcome login_line(const SyslogRecord& rec, uint64_t line_no, EventSink& sink) {
    const sv m = rec.message;
    // (A login, the commonest line, is none of what follows.)
    if (const size_t at = m.find("-login: "); at != npos && without_level(m.substr(at + 8)).starts_with("Login: "))
      return Outcome::recognized;
    const bool refused = m.find("(auth failed, ") != npos;
    // "(tried to use disallowed plaintext auth)" (Dovecot 2.4: "cleartext"), "(tried
    // to use unsupported auth mechanism)": a mechanism the server does not offer.
    const size_t tried = m.find("(tried to use ");
    const sv tried_what = tried == npos ? sv() : m.substr(tried + 14);
    const bool plaintext = tried_what.starts_with("disallowed plaintext auth)") ||
                           tried_what.starts_with("disabled plaintext auth)") ||
                           tried_what.starts_with("disallowed cleartext auth)");
    const bool mechanism = tried_what.starts_with("unsupported auth mechanism)");
    // A client that refused our certificate in the handshake ("SSL_accept()
    // failed: ...:sslv3 alert certificate expired"): the server's certificate
    // is at fault, not the client. Other handshake failures are clients' own.
    // (Dovecot 2.3.21 and later name the read that failed: "Login aborted: Connection closed:
    // SSL_read() failed: error:0A000412:SSL routines::sslv3 alert bad certificate ...".)
    const bool handshake_failed = m.find("SSL_accept() failed: ") != npos || m.find("SSL_read() failed: ") != npos;
    const bool certificate_refused = handshake_failed && refused_our_certificate(m);
    const bool client_outdated = handshake_failed && offers_only_outdated_tls(m);
    // One user's devices holding more IMAP or POP3 connections than the server allows a user at one address.
    const bool too_many = m.find("Maximum number of connections from user+IP exceeded") != npos;
    // The service itself broken for everyone: its TLS certificate will not load,
    // or the auth process does not answer.
    const bool tls_context = m.find("Failed to initialize SSL server context") != npos;
    const bool auth_not_ready = m.find("(disconnected before auth was ready") != npos ||
                                m.find("(auth process communication failure") != npos;
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
