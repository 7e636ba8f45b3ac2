#include "parsers/client_scan.h"

#include <array>
#include <vector>

#include "parsers/short_text.h"
#include "parsers/smtp_codes.h"

namespace mailtriage::client_scan {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_host_char(char c) { return is_alpha(c) || is_digit(c) || c == '.' || c == '-'; }

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view trim(std::string_view s) {
  s = trim_left(s);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Many short needles searched in one pass: candidates are bucketed by their
// first two bytes, so each text position costs one table lookup. Built once
// per needle table; string_view::find per needle was the parser's hot spot.
class NeedleSet {
 public:
  template <typename Range, typename Key>
  NeedleSet(const Range& items, Key key) : offsets_(65537, 0) {
    for (const auto& item : items) needles_.push_back(key(item));
    for (std::string_view n : needles_) ++offsets_[bucket(n) + 1];
    for (size_t b = 1; b < offsets_.size(); ++b) offsets_[b] += offsets_[b - 1];
    index_.resize(needles_.size());
    std::vector<uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
    for (size_t i = 0; i < needles_.size(); ++i) index_[fill[bucket(needles_[i])]++] = uint32_t(i);
  }

  // The lowest index of a needle that occurs in `text`, or -1. With `any`,
  // the first one found (not necessarily the lowest).
  int find(std::string_view text, bool any) const {
    int best = -1;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      size_t b = bucket(text.substr(i, 2));
      for (uint32_t k = offsets_[b]; k < offsets_[b + 1]; ++k) {
        uint32_t n = index_[k];
        if (best >= 0 && int(n) >= best) continue;
        if (text.compare(i, needles_[n].size(), needles_[n]) != 0) continue;
        best = int(n);
        if (any) return best;
      }
    }
    return best;
  }

 private:
  static size_t bucket(std::string_view s) { return size_t(uint8_t(s[0])) << 8 | uint8_t(s[1]); }
  std::vector<std::string_view> needles_;
  std::vector<uint32_t> offsets_;
  std::vector<uint32_t> index_;
};

struct Marker {
  std::string_view needle;   // lowercase
  std::string_view program;
};

// Ordered: a program's own wording first, then wrappers that several programs
// share (Node errno names, PHP stream errors), then MTA wording.
constexpr Marker kPrograms[] = {
    {"phpmailer", "phpmailer"},
    {"server -> client:", "phpmailer"},
    {"client -> server:", "phpmailer"},
    {"smtp -> from server:", "phpmailer"},
    {"smtp -> error:", "phpmailer"},
    {"client -> smtp:", "phpmailer"},
    {"smtp connect() failed", "phpmailer"},
    {"smtp error: could not", "phpmailer"},
    {"smtp error: data not accepted", "phpmailer"},
    {"smtp error: the following", "phpmailer"},
    {"smtp error: failed to connect", "phpmailer"},
    {"smtp error: password command", "phpmailer"},
    {"connection failed. error #", "phpmailer"},
    {"swift_transportexception", "swiftmailer"},
    {"expected response code", "swiftmailer"},
    {"mail(): ", "php"},
    {"stream_socket_client", "php"},
    {"fsockopen", "php"},
    {"msmtp", "msmtp"},
    {"smtpstatus=", "msmtp"},
    {"exitcode=ex_", "msmtp"},
    {"ssmtp", "ssmtp"},
    {"neomutt", "neomutt"},
    {"mutt:", "mutt"},
    {"dma: ", "dma"},
    {"sendemail", "sendemail"},
    {"swaks", "swaks"},
    // Ruby's Net::SMTP exceptions share smtplib's class names.
    {"net::smtp", "net-smtp"},
    {"net::readtimeout", "net-smtp"},
    {"net::opentimeout", "net-smtp"},
    {"smtplib", "smtplib"},
    {"smtpauthenticationerror", "smtplib"},
    {"smtpserverdisconnected", "smtplib"},
    {"smtpdataerror", "smtplib"},
    {"smtprecipientsrefused", "smtplib"},
    {"smtpsenderrefused", "smtplib"},
    {"smtpnotsupportederror", "smtplib"},
    {"smtpconnecterror", "smtplib"},
    {"smtpheloerror", "smtplib"},
    {"smtpresponseexception", "smtplib"},
    {"mailkit", "mailkit"},
    {"system.net.mail", "dotnet"},
    {"smtpexception", "dotnet"},
    {"smtpfailedrecipient", "dotnet"},
    {"system.security.authentication.", "dotnet"},
    {"system.io.ioexception", "dotnet"},
    {"system.net.sockets.", "dotnet"},
    {"system.componentmodel.win32exception", "dotnet"},
    {"javax.mail", "javamail"},
    {"jakarta.mail", "javamail"},
    {"com.sun.mail", "javamail"},
    {"angus.mail", "javamail"},
    {"org.springframework.mail", "javamail"},
    {"mailconnectexception", "javamail"},
    {"authenticationfailedexception", "javamail"},
    {"debug smtp:", "javamail"},
    {"nodemailer", "nodemailer"},
    {"'eauth'", "nodemailer"},
    {"\"eauth\"", "nodemailer"},
    {"'esocket'", "nodemailer"},
    {"\"esocket\"", "nodemailer"},
    {"'edns'", "nodemailer"},
    {"\"edns\"", "nodemailer"},
    {"'econnection'", "nodemailer"},
    {"'eenvelope'", "nodemailer"},
    {"'emessage'", "nodemailer"},
    {"\"emessage\"", "nodemailer"},
    {"'eprotocol'", "nodemailer"},
    {"greeting never received", "nodemailer"},
    {"invalid login:", "nodemailer"},
    {"responsecode", "nodemailer"},
    {"missing credentials for", "nodemailer"},
    {"all recipients were rejected", "nodemailer"},
    {"\"eenvelope\"", "nodemailer"},
    {"\"econnection\"", "nodemailer"},
    {"\"eprotocol\"", "nodemailer"},
    {" command failed: ", "phpmailer"},
    {"sslcertverificationerror", "python"},
    {"ssl.sslerror", "python"},
    {"socket.gaierror", "python"},
    {"gaierror", "python"},
    {"[ssl: ", "python"},
    {"[errno ", "python"},
    {"[winerror ", "python"},
    {"connectionrefusederror", "python"},
    {"tlslite", "python"},
    {"dial tcp", "go"},
    {"smtp: server doesn't support", "go"},
    {"getaddrinfo", "node"},
    {"econnrefused", "node"},
    {"etimedout", "node"},
    {"enotfound", "node"},
    {"econnreset", "node"},
    {"eai_again", "node"},
    {"eaddrnotavail", "node"},
    {"enetunreach", "node"},
    {"self_signed_cert_in_chain", "node"},
    {"depth_zero_self_signed_cert", "node"},
    {"err_tls_cert_altname_invalid", "node"},
    {"curl: (", "curl"},
    {"outgoing server (smtp)", "thunderbird"},
    {"the mail server responded:", "thunderbird"},
    {"an error occurred while sending mail", "thunderbird"},
    {"global size limit", "thunderbird"},
    {"0x800ccc", "outlook"},
    {"0x8004210", "outlook"},
    {"0x8004010f", "outlook"},
    {"windows live mail", "outlook"},
    {"postfix/", "postfix"},
    {"status=deferred", "postfix"},
    {"status=bounced", "postfix"},
    {"delivery temporarily suspended", "postfix"},
    {"loops back to myself", "postfix"},
    {"all network protocols are disabled", "postfix"},
    {"tls is required, but", "postfix"},
    {"lost connection with", "postfix"},
    {"sasl authentication failed", "postfix"},
    {"name service error for", "postfix"},
    {"host or domain name not found", "postfix"},
    {"exim", "exim"},
    {"defer (-", "exim"},
    {"smtp error from remote mail server", "exim"},
    {"retry time not reached", "exim"},
    {"retry timeout exceeded", "exim"},
    {"unrouteable address", "exim"},
    {"all relevant mx records", "exim"},
    {"smtp timeout after", "exim"},
    {"a tls session is required", "exim"},
    {"sendmail", "sendmail"},
    {"stat=", "sendmail"},
    {"ssl_connect returned", "ruby"},
    {"net::smtp", "ruby"},
    {"ssl routines", "openssl"},
    {":error:", "openssl"},
    {"smtp error (", "roundcube"},
    {"[outbound]", "haraka"},
    {"connfail", "zone-mta"},
    {"smtperror ", "emailjs"},
};

constexpr std::string_view kClientMarkers[] = {
    "server -> client:", "client -> server:", "smtp -> from server:", "smtp -> error:",
    "smtp error: ", "smtp connect() failed", "phpmailer", "msmtp", "ssmtp", "smtplib",
    "traceback (most recent call last)", "nodemailer", "greeting never received", "invalid login:",
    "javax.mail", "jakarta.mail", "com.sun.mail", "system.net.mail", "mailkit", "curl: (",
    "=== trying ", "outgoing server (smtp)", "0x800ccc", "0x8004210", "mail(): ", "swaks",
};

// Words a client, library or server uses when something did not work. A line
// with none of them and no failing reply code is not a failure report.
constexpr std::string_view kFailureWords[] = {
    "refused", "denied", "reject", "timed out", "timedout", "connection timeout", "smtp timeout",
    "timeout exceeded", "timeout waiting", "unreachable", "not known", "not found", "no such",
    "does not exist", "doesn't exist", "not exist", "user unknown", "unknown user", "is unknown",
    "host unknown", "unknown host", "unknown recipient", "recipient unknown", "unknown mailbox", "invalid",
    "cannot", "can't", "could not", "couldn't", "unable", "not accepted", "not supported", "does not support",
    "doesn't support", "not allowed", "not permitted", "not authenticated", "unauthenticated", "exceeded",
    "expired", "too many", "too big", "too large", "too long", "exceeds", "quota", "mailbox full",
    "mailbox is full", "blocked", "greylist", "graylist", "loops back", "routing loop", "hop count",
    "too many hops", "disabled", "unexpectedly", "lost connection", "connection reset", "no route",
    "econnrefused", "econnreset", "econnaborted", "etimedout", "enotfound", "eai_again", "eaddrnotavail",
    "enetunreach", "ehostunreach", "certificate", "handshake", "wrong version", "unsupported", "no supported",
    "no local interface", "empty reply", "disconnected", "unexpected socket",
    "bad greeting", "unrout", "not offered", "required", "suspended", "frozen", "spam", "blacklist",
    "0x800ccc", "0x80042", "0x8004010f", "deferred", "bounced", "defer (", "retry time", "not available",
    "problem", "violation", "suspicious", "reputation", "limit exceeded", "rate limit", "ratelimit",
    "sending limit", "rate limited", "login denied", "must issue", "try again", "temporarily", "unavailable",
    "inactive", "no longer", "greeting never", "not accepting", "relay access", "relaying",
    "frequency limited", "throttl", "non-existent", "nonexistent", "forcibly closed", "did not advertise",
    "no suitable", "typically reserved for plain-text", "i/o timeout", "readtimeout", "opentimeout",
    "read timeout", "dns error", "nxdomain", "no form of authorization", "unencrypted connection",
    // The same failures as German, French, Spanish, Portuguese and Italian systems word them (glibc's
    // and Windows' localized messages, localized mail programs); the bytes of
    // accented letters are matched as they are (UTF-8).
    "fehlgeschlagen", "abgelehnt", "verweigert", "nicht hergestellt", "nicht bekannt", "abgelaufen",
    "berschreitung", "impossible de", "inconnu", "refus\xc3\xa9", "\xc3\xa9chou", "expir\xc3\xa9",
    "no se puede", "rehusad", "deneg\xc3\xb3", "agotado", "desconocido", "fall\xc3\xb3",
    "recusad", "esgotado", "falhou", "falha ", "imposs\xc3\xadvel", "rifiutat", "non riuscit", "impossibile",
    "fallit", "sconosciut", "scadut",
    // Windows' "Failure sending mail." (.NET SmtpException) as German, French and Spanish systems print it.
    "fehler beim senden", "chec d", "error al enviar",
    // Dutch and Polish (glibc, GnuTLS and the mail programs' own translations).
    "mislukt", "geweigerd", "niet achterhalen", "nie powiod", "odrzucon", "odmowa",
};

// Words that say something went wrong without saying what: they make a line a
// failure report only when a mail program's wording identifies the line.
constexpr std::string_view kVagueFailureWords[] = {"error", "fail", "exception"};

// Source files whose "name.ext:line" must not be read as "host:port".
constexpr std::string_view kSourceExtensions[] = {
    "c", "cc", "cpp", "h", "hpp", "py", "js", "mjs", "cjs", "ts", "java", "kt", "scala", "cs", "php",
    "rb", "go", "pl", "pm", "rs", "swift", "m", "lua", "ex", "exs", "erl", "dart", "vb", "inc",
};

bool valid_host(std::string_view host) {
  if (host.empty() || host.front() == '.' || host.front() == '-' || host.back() == '-') return false;
  if (host == "localhost") return true;
  size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= host.size()) return false;
  std::string_view tld = host.substr(dot + 1);
  bool numeric = true, alpha = true;
  for (char c : tld) numeric &= is_digit(c), alpha &= is_alpha(c);
  if (numeric) {  // must be a whole dotted quad
    int dots = 0;
    for (char c : host) {
      if (c == '.') ++dots;
      else if (!is_digit(c)) return false;
    }
    return dots == 3;
  }
  if (!alpha || tld.size() < 2) return false;
  for (std::string_view ext : kSourceExtensions) {
    if (ext.size() != tld.size()) continue;
    bool same = true;
    for (size_t i = 0; i < ext.size() && same; ++i) same = char(tld[i] | 0x20) == ext[i];
    if (same) return false;
  }
  return true;
}

bool is_ipv4(std::string_view s) {
  if (s.empty()) return false;
  int dots = 0;
  for (char c : s) {
    if (c == '.') ++dots;
    else if (!is_digit(c)) return false;
  }
  return dots == 3;
}

// Digits at s[i..]: their value as a port (1-65535) and how many there were.
size_t port_at(std::string_view s, size_t i, uint16_t* port) {
  size_t j = i;
  uint32_t v = 0;
  while (j < s.size() && is_digit(s[j]) && j - i < 6) v = v * 10 + uint32_t(s[j++] - '0');
  if (j == i || j - i > 5 || v == 0 || v > 65535) return 0;
  if (j < s.size() && (is_digit(s[j]) || (s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1])))) return 0;
  *port = uint16_t(v);
  return j - i;
}

// The host token that ends just before s[end].
std::string_view host_before(std::string_view s, size_t end) {
  size_t b = end;
  while (b > 0 && is_host_char(s[b - 1])) --b;
  std::string_view h = s.substr(b, end - b);
  while (!h.empty() && h.back() == '.') h.remove_suffix(1);
  return h;
}

std::string_view host_after(std::string_view s, size_t begin) {
  size_t e = begin;
  while (e < s.size() && is_host_char(s[e])) ++e;
  std::string_view h = s.substr(begin, e - begin);
  while (!h.empty() && h.back() == '.') h.remove_suffix(1);
  return h;
}

void set_host(Destination* d, std::string_view host) {
  if (is_ipv4(host)) {
    d->ip = host;
    if (d->host.empty()) d->host = host;
  } else {
    d->host = host;
  }
}

// Postfix: "name[ip]:port" or "[ip]:port".
bool postfix_peer(std::string_view text, Destination* d) {
  for (size_t at = text.find("]:"); at != std::string_view::npos; at = text.find("]:", at + 2)) {
    uint16_t port = 0;
    if (!port_at(text, at + 2, &port)) continue;
    size_t open = text.rfind('[', at);
    if (open == std::string_view::npos) continue;
    std::string_view ip = text.substr(open + 1, at - open - 1);
    if (ip.empty() || ip.find_first_not_of("0123456789abcdefABCDEF.:") != std::string_view::npos) continue;
    d->ip = ip;
    d->host = host_before(text, open);
    if (d->host.empty()) d->host = ip;
    d->port = port;
    return true;
  }
  return false;
}

// "... <label>H<sep>N": JavaMail "host, port: H, N" and "SMTP host: H, port: N".
bool labelled(std::string_view text, std::string_view lower, std::string_view label, std::string_view sep,
              Destination* d) {
  size_t at = lower.find(label);
  if (at == std::string_view::npos) return false;
  size_t b = at + label.size();
  std::string_view host = host_after(text, b);
  if (!valid_host(host)) return false;
  size_t after = b + host.size();
  if (lower.substr(after, sep.size()) != sep) return false;
  uint16_t port = 0;
  if (!port_at(text, after + sep.size(), &port)) return false;
  set_host(d, host);
  d->port = port;
  return true;
}

// msmtp: "cannot connect to H, port N"; PHP mail(): "at \"H\" port N".
bool host_then_port_word(std::string_view text, std::string_view lower, Destination* d) {
  for (size_t at = lower.find(" port "); at != std::string_view::npos; at = lower.find(" port ", at + 6)) {
    uint16_t port = 0;
    if (!port_at(text, at + 6, &port)) continue;
    size_t end = at;
    if (end > 0 && text[end - 1] == ',') --end;
    for (std::string_view q : {std::string_view("&quot;"), std::string_view("\""), std::string_view("'")})
      if (end >= q.size() && lower.substr(end - q.size(), q.size()) == q) {
        end -= q.size();
        break;
      }
    std::string_view host = host_before(text, end);
    if (!valid_host(host)) continue;
    set_host(d, host);
    d->port = port;
    return true;
  }
  return false;
}

// Node error objects: "host: 'H'", "hostname: 'H'", "address: 'ip'", "port: N".
bool node_fields(std::string_view text, std::string_view lower, Destination* d) {
  // key: 'value' (util.inspect) or "key":"value" (JSON); the key must stand alone.
  auto quoted_after = [&](std::string_view key) -> std::string_view {
    for (size_t at = lower.find(key); at != std::string_view::npos; at = lower.find(key, at + 1)) {
      if (at > 0 && (is_alpha(lower[at - 1]) || is_digit(lower[at - 1]))) continue;
      size_t v = at + key.size();
      if (v < text.size() && (is_alpha(text[v]) || is_digit(text[v]) || text[v] == '_')) continue;
      if (v < text.size() && text[v] == '"') ++v;
      while (v < text.size() && is_space(text[v])) ++v;
      if (v >= text.size() || text[v] != ':') continue;
      ++v;
      while (v < text.size() && is_space(text[v])) ++v;
      if (v >= text.size() || (text[v] != '\'' && text[v] != '"')) continue;
      char q = text[v];
      size_t close = text.find(q, v + 1);
      if (close == std::string_view::npos) continue;
      return text.substr(v + 1, close - v - 1);
    }
    return {};
  };
  std::string_view address = quoted_after("address");
  std::string_view host = quoted_after("host");
  if (!valid_host(host)) host = quoted_after("hostname");
  if (!valid_host(host)) host = {};
  if (!is_ipv4(address)) address = {};
  uint16_t port = 0;
  for (size_t at = lower.find("port"); at != std::string_view::npos; at = lower.find("port", at + 4)) {
    if (at > 0 && is_alpha(lower[at - 1])) continue;
    size_t v = at + 4;
    if (v < text.size() && text[v] == '"') ++v;
    if (v >= text.size() || text[v] != ':') continue;
    ++v;
    while (v < text.size() && is_space(text[v])) ++v;
    if (port_at(text, v, &port)) break;
  }
  if (address.empty() && host.empty()) return false;
  if (is_ipv4(address)) d->ip = address;
  d->host = !host.empty() ? host : address;
  d->port = port;
  return true;
}

// Generic "host:port" (also "peeraddr=ip:port", "remote=ip:port").
bool host_colon_port(std::string_view text, Destination* d) {
  for (size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    uint16_t port = 0;
    size_t n = port_at(text, colon + 1, &port);
    if (!n) continue;
    // "name.c:12:7" (file, line, column) is a source location.
    if (colon + 1 + n < text.size() && text[colon + 1 + n] == ':' && colon + 2 + n < text.size() &&
        is_digit(text[colon + 2 + n]))
      continue;
    std::string_view host = host_before(text, colon);
    if (!valid_host(host)) continue;
    set_host(d, host);
    d->port = port;
    return true;
  }
  return false;
}

// msmtp's log file: "host=smtp.example.com tls=on auth=on ...".
bool key_host(std::string_view text, std::string_view lower, Destination* d) {
  for (size_t at = lower.find("host="); at != std::string_view::npos; at = lower.find("host=", at + 5)) {
    if (at > 0 && lower[at - 1] != ' ') continue;
    std::string_view host = host_after(text, at + 5);
    if (!valid_host(host)) continue;
    set_host(d, host);
    return true;
  }
  return false;
}

bool thunderbird_server(std::string_view text, std::string_view lower, Destination* d) {
  constexpr std::string_view kLabel = "outgoing server (smtp) ";
  size_t at = lower.find(kLabel);
  if (at == std::string_view::npos) return false;
  std::string_view host = host_after(text, at + kLabel.size());
  if (!valid_host(host)) return false;
  set_host(d, host);
  return true;
}

// Postfix without a port: "host name[ip] said:", "connect to name[ip]:".
bool bracketed_peer(std::string_view text, Destination* d) {
  for (size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1)) {
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) return false;
    std::string_view ip = text.substr(open + 1, close - open - 1);
    std::string_view host = host_before(text, open);
    if (!is_ipv4(ip) || !valid_host(host)) continue;
    d->host = host;
    d->ip = ip;
    return true;
  }
  return false;
}

// Length of an enhanced status at s[i], or 0 (boundaries as in smtp_codes.cc).
size_t status_at(std::string_view s, size_t i) {
  if (i > 0 && (is_digit(s[i - 1]) || is_alpha(s[i - 1]) || s[i - 1] == '.')) return 0;
  size_t j = i;
  while (j < s.size() && (is_digit(s[j]) || s[j] == '.') && j - i < 12) ++j;
  std::string_view cand = s.substr(i, j - i);
  while (!cand.empty() && cand.back() == '.') cand.remove_suffix(1);
  if (j < s.size() && is_alpha(s[j]) && cand.size() == j - i) return 0;
  return is_enhanced_status(cand) ? cand.size() : 0;
}

// Is s[i..i+2] a reply code where a server reply is quoted?
bool code_position(std::string_view s, size_t i) {
  if (i + 3 > s.size()) return false;
  char c = s[i];
  if (c < '2' || c > '5' || !is_digit(s[i + 1]) || s[i + 1] > '5' || !is_digit(s[i + 2])) return false;
  char next = i + 3 < s.size() ? s[i + 3] : ' ';
  if (!(next == ' ' || next == '-' || next == ',' || next == ')' || next == ']' || next == '\'' || next == '"' ||
        next == ';' || next == ':' || next == '\t' || next == '=' || next == '\\' || next == '\r' || next == '}'))
    return false;
  if (i == 0) return true;
  char prev = s[i - 1];
  // Followed by an enhanced status ("421 4.2.1 ..."), the code stands wherever it is.
  size_t after = i + 3;
  while (after < s.size() && (s[after] == ' ' || s[after] == '-' || s[after] == '=')) ++after;
  bool status_follows = after > i + 3 && after < s.size() && status_at(s, after) > 0;
  if (prev == '(' || prev == '\'' || prev == '"' || prev == '[' || prev == '>' || prev == '<' || prev == '\t' ||
      prev == '{')
    return true;
  if (prev == ':') {
    // "said:550" would be odd; ":252:" and ":587" are source lines and ports.
    if (i >= 2 && (is_alpha(s[i - 2]) || is_digit(s[i - 2]))) return false;
    return next != ':';
  }
  if (prev == ' ') {
    if (status_follows) return true;
    size_t k = i - 1;
    while (k > 0 && s[k - 1] == ' ') --k;
    if (k == 0) return true;
    char before = s[k - 1];
    return before == ':' || before == '>' || before == '<' || before == '|' || before == '-' || before == '(' ||
           before == '*';
  }
  return false;
}

}  // namespace

void lower_into(std::string_view text, std::string* out) {
  out->resize(text.size());
  lower_ascii(text.data(), text.size(), out->data());
}

std::string_view detect_program(std::string_view lower) {
  static const NeedleSet set(kPrograms, [](const Marker& m) { return m.needle; });
  int i = set.find(lower, false);
  return i < 0 ? std::string_view() : kPrograms[i].program;
}

bool has_client_marker(std::string_view lower) {
  static const NeedleSet set(kClientMarkers, [](std::string_view m) { return m; });
  return set.find(lower, true) >= 0;
}

Transcript classify_transcript(std::string_view text, std::string_view lower) {
  Transcript t;
  auto set = [&](Direction d, std::string_view program, size_t skip) {
    t.direction = d;
    t.program = program;
    t.payload = trim(text.substr(skip));
    return t;
  };
  struct Prefix {
    std::string_view prefix;  // lowercase
    Direction direction;
    std::string_view program;
  };
  static constexpr Prefix kPrefixes[] = {
      {"server -> client:", Direction::from_server, "phpmailer"},
      {"client -> server:", Direction::to_server, "phpmailer"},
      {"smtp -> from server:", Direction::from_server, "phpmailer"},
      {"client -> smtp:", Direction::to_server, "phpmailer"},
      {"smtp inbound:", Direction::info, "phpmailer"},
      {"smtp -> get_lines():", Direction::info, "phpmailer"},
      {"connection: ", Direction::info, "phpmailer"},
      {"auth method", Direction::info, "phpmailer"},
      {"requested auth method not available", Direction::info, "phpmailer"},
      {"smtp notice:", Direction::info, "phpmailer"},
      {"<** ", Direction::from_server, "swaks"},
      {"<~* ", Direction::from_server, "swaks"},
      {"<-  ", Direction::from_server, "swaks"},
      {"<~  ", Direction::from_server, "swaks"},
      {" -> ", Direction::to_server, "swaks"},
      {" ~> ", Direction::to_server, "swaks"},
      {"=== ", Direction::info, "swaks"},
      {"msmtp: server message: ", Direction::from_server, "msmtp"},
      {"<-- ", Direction::from_server, "msmtp"},
      {"--> ", Direction::to_server, "msmtp"},
      {"reply: ", Direction::from_server, "smtplib"},
      {"send: ", Direction::to_server, "smtplib"},
      {"connect: ", Direction::info, "smtplib"},
      {"data: ", Direction::info, "smtplib"},
      {"debug smtp:", Direction::info, "javamail"},
      {"debug: ", Direction::info, "javamail"},
  };
  for (const Prefix& p : kPrefixes)
    if (lower.starts_with(p.prefix)) return set(p.direction, p.program, p.prefix.size());

  // curl -v and Postfix debug_peer_list: "< reply", "> command"; Postfix adds "host[ip]:port: ".
  if (lower.size() > 2 && (lower[0] == '<' || lower[0] == '>') && lower[1] == ' ') {
    size_t skip = 2;
    std::string_view rest = lower.substr(2);
    size_t sp = rest.find(' ');
    std::string_view first = rest.substr(0, sp);
    bool postfix = first.find('[') != std::string_view::npos && !first.empty() && first.back() == ':';
    if (postfix) skip += first.size();
    return set(lower[0] == '<' ? Direction::from_server : Direction::to_server, postfix ? "postfix" : "curl", skip);
  }
  if (lower.starts_with("* ")) return set(Direction::info, "curl", 2);

  // nodemailer's logger: "DEBUG [id] S: 250 ...", "DEBUG [id] C: EHLO".
  for (std::string_view level : {"debug ", "info ", "trace "}) {
    if (!lower.starts_with(level)) continue;
    size_t i = level.size();
    while (i < lower.size() && lower[i] == ' ') ++i;
    if (i < lower.size() && lower[i] == '[') {
      size_t close = lower.find(']', i);
      if (close == std::string_view::npos) break;
      i = close + 1;
      while (i < lower.size() && lower[i] == ' ') ++i;
    }
    if (lower.substr(i, 3) == "s: ") return set(Direction::from_server, "nodemailer", i + 3);
    if (lower.substr(i, 3) == "c: ") return set(Direction::to_server, "nodemailer", i + 3);
    // The logger's own notes; its failures are logged at ERROR level.
    return set(Direction::info, "nodemailer", i);
  }

  // JavaMail's mail.debug prints bare replies and commands.
  if (lower.size() >= 3 && is_digit(lower[0]) && is_digit(lower[1]) && is_digit(lower[2]) &&
      (lower.size() == 3 || lower[3] == ' ' || lower[3] == '-') && lower[0] >= '2' && lower[0] <= '5')
    return set(Direction::from_server, {}, 0);
  // Commands alone on their line ("DATA", "EHLO host", "AUTH LOGIN"): a word
  // such as "data" starting a sentence is not one.
  std::string_view whole = trim(lower);
  for (std::string_view cmd : {"data", "quit", "rset", "noop", "starttls"})
    if (whole == cmd) return set(Direction::to_server, {}, 0);
  for (std::string_view cmd : {"ehlo ", "helo "})
    if (whole.starts_with(cmd) && whole.find(' ', cmd.size()) == std::string_view::npos)
      return set(Direction::to_server, {}, 0);
  for (std::string_view cmd : {"mail from:<", "rcpt to:<"})
    if (whole.starts_with(cmd)) return set(Direction::to_server, {}, 0);
  // "AUTH PLAIN <base64>" has at most one argument; "AUTH LOGIN failed: ..." is prose.
  for (std::string_view mech : {"auth login", "auth plain", "auth xoauth2", "auth cram-md5", "auth ntlm",
                                "auth oauthbearer", "auth gssapi"})
    if (whole.starts_with(mech) && (whole.size() == mech.size() ||
                                    (whole[mech.size()] == ' ' &&
                                     whole.find(' ', mech.size() + 1) == std::string_view::npos)))
      return set(Direction::to_server, {}, 0);
  return t;
}

Reply find_reply(std::string_view text) {
  Reply r;
  size_t code_at = std::string_view::npos;
  for (size_t i = 0; i + 3 <= text.size(); ++i) {
    if ((text[i] != '4' && text[i] != '5') || !code_position(text, i)) continue;
    r.code = uint16_t((text[i] - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0'));
    code_at = i;
    break;
  }
  if (code_at != std::string_view::npos) {
    // The status that belongs to the code: "550 5.1.1", "550-5.7.1", "(535, b'5.7.8", "550= 5.3.5".
    size_t j = code_at + 3;
    while (j < text.size() && (text[j] == ' ' || text[j] == '-' || text[j] == ',' || text[j] == '=' ||
                               text[j] == '#' || text[j] == '\''))
      ++j;
    if (j + 1 < text.size() && text[j] == 'b' && text[j + 1] == '\'') j += 2;
    if (size_t n = status_at(text, j)) r.status = text.substr(j, n);
    // "NNN-" with no final "NNN " line in this text: the reply goes on below.
    if (code_at + 3 < text.size() && text[code_at + 3] == '-') {
      std::string_view code = text.substr(code_at, 3);
      bool final_seen = false;
      for (size_t k = text.find(code, code_at + 4); k != std::string_view::npos; k = text.find(code, k + 3)) {
        if (k + 3 < text.size() && text[k + 3] == ' ' && (k == 0 || !is_digit(text[k - 1]))) {
          final_seen = true;
          break;
        }
      }
      r.continues = !final_seen;
    }
  }
  if (r.status.empty()) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '4' && text[i] != '5') continue;
      if (size_t n = status_at(text, i)) {
        r.status = text.substr(i, n);
        break;
      }
    }
  }
  return r;
}

Destination find_destination(std::string_view text, std::string_view lower) {
  Destination d;
  if (postfix_peer(text, &d)) return d;
  d = {};
  if (labelled(text, lower, "host, port: ", ", ", &d)) return d;
  d = {};
  if (labelled(text, lower, "smtp host: ", ", port: ", &d)) return d;
  d = {};
  if (host_then_port_word(text, lower, &d)) return d;
  d = {};
  if (node_fields(text, lower, &d)) return d;
  d = {};
  if (host_colon_port(text, &d)) return d;
  d = {};
  if (thunderbird_server(text, lower, &d)) return d;
  d = {};
  if (key_host(text, lower, &d)) return d;
  d = {};
  if (bracketed_peer(text, &d)) return d;
  return {};
}

bool reports_failure(std::string_view lower, const Reply& reply, bool vague_counts) {
  if (reply.code >= 400) return true;
  if (lower.starts_with("*** ")) return true;  // swaks prints its errors so
  if (!reply.status.empty() && (reply.status[0] == '4' || reply.status[0] == '5')) return true;
  static const NeedleSet words(kFailureWords, [](std::string_view w) { return w; });
  static const NeedleSet vague(kVagueFailureWords, [](std::string_view w) { return w; });
  return words.find(lower, true) >= 0 || (vague_counts && vague.find(lower, true) >= 0);
}

Action action_of(std::string_view lower) {
  if (contains(lower, "status=deferred") || contains(lower, "stat=deferred") || contains(lower, "defer (") ||
      contains(lower, " deferred"))
    return Action::deferred;
  if (contains(lower, "status=bounced") || contains(lower, " bounced")) return Action::bounced;
  if (contains(lower, "status=expired")) return Action::expired;
  return Action::failed;
}

bool is_structural(std::string_view text) {
  bool indented = !text.empty() && is_space(text.front());
  std::string_view t = trim(text);
  if (t.empty()) return true;
  if (t.find_first_not_of("{}[](),; ") == std::string_view::npos) return true;
  if (t.starts_with("at ") && (indented || (contains(t, "(") && contains(t, ")"))) &&
      (contains(t, "(") || contains(t, ".") || contains(t, ":")))
    return true;
  if (t.starts_with("File \"") && contains(t, "\", line ")) return true;
  if (t.starts_with("... ") && (t.ends_with(" more") || t.ends_with("frames omitted"))) return true;
  if (t.starts_with("--- End of ") || t.starts_with("--- end of ")) return true;
  if (t.starts_with("Traceback (most recent call last)")) return true;
  if (t.starts_with("During handling of the above exception") ||
      t.starts_with("The above exception was the direct cause"))
    return true;
  if (t.find_first_not_of("^~ ") == std::string_view::npos) return true;
  return false;
}

}  // namespace mailtriage::client_scan
