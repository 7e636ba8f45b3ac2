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
    "exitcode=ex_",  // msmtp's log file (--logfile): one record per mail, sysexits.h's name last
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
    "does not advertise", "no mta installed", "message not sent", "weird server reply",
    // The same failures as German, French, Spanish, Portuguese and Italian systems word them (glibc's
    // and Windows' localized messages, localized mail programs); the bytes of
    // accented letters are matched as they are (UTF-8).
    "fehlgeschlagen", "abgelehnt", "verweigert", "nicht hergestellt", "nicht bekannt", "abgelaufen",
    "berschreitung", "impossible de", "inconnu", "refus\xc3\xa9", "\xc3\xa9" "chou", "expir\xc3\xa9",
    "no se puede", "rehusad", "deneg\xc3\xb3", "agotado", "desconocido", "fall\xc3\xb3",
    "recusad", "esgotado", "falhou", "falha ", "imposs\xc3\xadvel", "rifiutat", "non riuscit", "impossibile",
    "fallit", "sconosciut", "scadut",
    // Windows' "Failure sending mail." (.NET SmtpException) as German, French and Spanish systems print it.
    "fehler beim senden", "chec d", "error al enviar",
    // Dutch and Polish (glibc, GnuTLS and the mail programs' own translations).
    "mislukt", "geweigerd", "niet achterhalen", "nie powiod", "odrzucon", "odmowa",
    // glibc's network error texts in 18 more languages (corpora/gen/glibc_localized.py).
    "a h\xc3\xa1l\xc3\xb3zat el\xc3\xa9rhetetlen",
    "a kapcsolatot bontotta a t\xc3\xa1voli f\xc3\xa9l",
    "a n\xc3\xa9v vagy a szolg\xc3\xa1ltat\xc3\xa1s nem ismert",
    "a\xc4\x9f eri\xc5\x9filebilir durumda de\xc4\x9fil",
    "ba\xc4\x9flant\xc4\xb1 kar\xc5\x9f\xc4\xb1" "dan kesildi",
    "ba\xc4\x9flant\xc4\xb1 reddedildi",
    "ba\xc4\x9flant\xc4\xb1" "da zaman a\xc5\x9f\xc4\xb1m\xc4\xb1",
    "brak trasy do hosta",
    "do\xc4\x8d" "asn\xc3\xa1 chyba p\xc5\x99i vyhodnocov\xc3\xa1n\xc3\xad jm\xc3\xa9na",
    "forbindelsen brudt i den anden ende",
    "forbindelsen brutt i den andre enden",
    "f\xc3\xb6rbindelse borttagen av partnern",
    "f\xc3\xb6rbindelsen f\xc3\xb6rv\xc3\xa4grad",
    "f\xc3\xb6rbindelsens tidsgr\xc3\xa4ns l\xc3\xb6pte ut",
    "geen route naar host",
    "id\xc5\x91t\xc3\xball\xc3\xa9p\xc3\xa9s a kapcsolatban",
    "ingen rute til vertsmaskinen",
    "ingen rute til v\xc3\xa6rtsmaskinen",
    "ingen v\xc3\xa4g till v\xc3\xa4rd",
    "jaringan tidak dapat dicapai",
    "k po\xc4\x8d\xc3\xadta\xc4\x8di neexistuje cesta",
    "kapcsolat elutas\xc3\xadtva",
    "kegagalan sementara dalam resolusi nama",
    "kh\xc3\xb4ng c\xc3\xb3 \xc4\x91\xc6\xb0\xe1\xbb\x9dng d\xe1\xba\xabn \xc4\x91\xe1\xba\xbfn m\xc3\xa1y",
    "kh\xc3\xb4ng r\xc3\xb5 t\xc3\xaan ho\xe1\xba\xb7" "c d\xe1\xbb\x8b" "ch v\xe1\xbb\xa5",
    "kh\xc3\xb4ng th\xe1\xbb\x83 k\xe1\xba\xbft n\xe1\xbb\x91i m\xe1\xba\xa1ng",
    "koneksi direset oleh peer",
    "koneksi ditolak",
    "koneksi kehabisan waktu",
    "k\xe1\xba\xbft n\xe1\xbb\x91i b\xe1\xbb\x8b t\xe1\xbb\xab ch\xe1\xbb\x91i",
    "k\xe1\xba\xbft n\xe1\xbb\x91i b\xe1\xbb\x8b \xc4\x91\xe1\xba\xb7t l\xe1\xba\xa1i b\xe1\xbb\x9fi ngang h\xc3\xa0ng",
    "k\xe1\xba\xbft n\xe1\xbb\x91i \xc4\x91\xc3\xa3 qu\xc3\xa1 h\xe1\xba\xa1n",
    "makinaya a\xc4\x9f \xc3\xbczerinden yol yok",
    "midlertidig feil i navneoppslag",
    "midlertidig fejl i navneopslag",
    "naam of dienst is niet bekend",
    "nama atau layanan tidak diketahui",
    "name resolution\xec\x97\x90\xec\x84\x9c \xec\x9d\xbc\xec\x8b\x9c\xec\xa0\x81\xec\x9d\xb8 \xec\x8b\xa4\xed\x8c\xa8",
    "namn eller tj\xc3\xa4nst ok\xc3\xa4nd",
    "namnuppslagning misslyckades tempor\xc3\xa4rt",
    "navn eller tjeneste ukendt",
    "navn eller tjeneste ukjent",
    "nettverket er ikke tilgjengelig",
    "netv\xc3\xa6rket er ikke tilg\xc3\xa6ngeligt",
    "netwerk is onbereikbaar",
    "nezn\xc3\xa1m\xc3\xa9 jm\xc3\xa9no nebo slu\xc5\xbe" "ba",
    "nime\xc3\xa4 tai palvelua ei tunneta",
    "nincs \xc3\xbatvonal a g\xc3\xa9p fel\xc3\xa9",
    "n\xc3\xa4tverket kan inte n\xc3\xa5s",
    "odwzorowanie nazwy jest chwilowo niemo\xc5\xbcliwe",
    "opkobling n\xc3\xa6gtet",
    "opkoblingen overskred tidsgr\xc3\xa6nsen",
    "oppkobling nektes",
    "oppkoblingen overskred tidsgrensen",
    "po\xc5\x82\xc4\x85" "czenie odrzucone",
    "po\xc5\x82\xc4\x85" "czenie zerwane przez drug\xc4\x85 stron\xc4\x99",
    "przekroczony czas oczekiwania na po\xc5\x82\xc4\x85" "czenie",
    "reitityst\xc3\xa4 koneeseen ei ole",
    "sie\xc4\x87 jest niedost\xc4\x99pna",
    "spojen\xc3\xad bylo p\xc5\x99\xc3\xadli\xc5\xa1 dlouho neaktivn\xc3\xad",
    "spojen\xc3\xad odm\xc3\xadtnuto",
    "spojen\xc3\xad zru\xc5\xa1" "eno druhou stranou",
    "s\xc3\xad\xc5\xa5 nen\xc3\xad dostupn\xc3\xa1",
    "ta nazwa lub us\xc5\x82uga jest nieznana",
    "tidak ada rute ke host",
    "tijdelijk probleem in naamsherleiding",
    "tilap\xc3\xa4inen virhe nimenselvityksess\xc3\xa4",
    "t\xe1\xba\xa1m th\xe1\xbb\x9di kh\xc3\xb4ng th\xe1\xbb\x83 ph\xc3\xa2n gi\xe1\xba\xa3i t\xc3\xaan",
    "vastap\xc3\xa4\xc3\xa4 sulki yhteyden",
    "verbinding is geweigerd",
    "verbinding is verlopen",
    "verbinding is weggevallen",
    "verkkoa ei tavoiteta",
    "yhteys aikakatkaistu",
    "yhteys torjuttu",
    "\xc3\x81tmeneti n\xc3\xa9vfelold\xc3\xa1si hiba",
    "\xc4\xb0sim ya da servis bilinmiyor",
    "\xc4\xb0sim \xc3\xa7\xc3\xb6z\xc3\xbcn\xc3\xbcrl\xc3\xbc\xc4\x9f\xc3\xbcnde ge\xc3\xa7ici ba\xc5\x9f" "ar\xc4\xb1s\xc4\xb1zl\xc4\xb1k",
    "\xce\x91\xcf\x80\xcf\x8c\xcf\x81\xcf\x81\xce\xb9\xcf\x88\xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82",
    "\xce\x94\xce\xb5\xce\xbd \xcf\x85\xcf\x80\xce\xac\xcf\x81\xcf\x87\xce\xb5\xce\xb9 \xce\xb4\xce\xb9\xce\xb1\xce\xb4\xcf\x81\xce\xbf\xce\xbc\xce\xae \xcf\x83\xcf\x84\xce\xbf \xcf\x83\xcf\x8d\xcf\x83\xcf\x84\xce\xb7\xce\xbc\xce\xb1",
    "\xce\x97 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xad\xce\xba\xce\xbb\xce\xb5\xce\xb9\xcf\x83\xce\xb5 \xce\xb1\xcf\x80\xcf\x8c \xcf\x84\xce\xbf \xcf\x84\xce\xb1\xce\xaf\xcf\x81\xce\xb9",
    "\xce\x9b\xce\xae\xce\xbe\xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82",
    "\xce\xa0\xcf\x81\xce\xbf\xcf\x83\xcf\x89\xcf\x81\xce\xb9\xce\xbd\xce\xae \xce\xb1\xcf\x80\xce\xbf\xcf\x84\xcf\x85\xcf\x87\xce\xaf\xce\xb1 \xce\xba\xce\xb1\xcf\x84\xce\xac \xcf\x84\xce\xb7\xce\xbd \xce\xb1\xce\xbd\xce\xac\xce\xbb\xcf\x85\xcf\x83\xce\xb7 \xce\xbf\xce\xbd\xcf\x8c\xce\xbc\xce\xb1\xcf\x84\xce\xbf\xcf\x82",
    "\xce\xa4\xce\xbf \xce\xb4\xce\xaf\xce\xba\xcf\x84\xcf\x85\xce\xbf \xce\xb4\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xcf\x80\xcf\x81\xce\xbf\xcf\x83\xcf\x80\xce\xb5\xce\xbb\xce\xac\xcf\x83\xce\xb9\xce\xbc\xce\xbf",
    "\xce\xa4\xce\xbf \xcf\x8c\xce\xbd\xce\xbf\xce\xbc\xce\xb1 \xce\xae \xce\xb7 \xcf\x85\xcf\x80\xce\xb7\xcf\x81\xce\xb5\xcf\x83\xce\xaf\xce\xb1 \xce\xb4\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xce\xb3\xce\xbd\xcf\x89\xcf\x83\xcf\x84\xce\xac",
    "\xd0\x92 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8 \xd0\xbe\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe",
    "\xd0\x92\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 \xd1\x81\xd0\xb1\xd0\xbe\xd0\xb9 \xd0\xb2 \xd1\x80\xd0\xb0\xd0\xb7\xd1\x80\xd0\xb5\xd1\x88\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8 \xd0\xb8\xd0\xbc\xd0\xb5\xd0\xbd",
    "\xd0\x92\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f \xd0\xbe\xd0\xb6\xd0\xb8\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe",
    "\xd0\x92\xd1\x83\xd0\xb7\xd0\xbe\xd0\xbb \xd1\x80\xd0\xbe\xd0\xb7\xd1\x96\xd1\x80\xd0\xb2\xd0\xb0\xd0\xb2 \xd0\xb7\xe2\x80\x99\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f",
    "\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xbe\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf \xd0\xb4\xd0\xbe \xd0\xbc\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb6\xd1\x96",
    "\xd0\x9d\xd0\xb5\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0 \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb2\xd0\xb0 \xd1\x87\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd1\x96\xd1\x81",
    "\xd0\x9d\xd0\xb5\xd0\xb8\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd0\xbe\xd0\xb5 \xd0\xb8\xd0\xbc\xd1\x8f \xd0\xb8\xd0\xbb\xd0\xb8 \xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb1\xd0\xb0",
    "\xd0\x9d\xd0\xb5\xd0\xbc\xd0\xb0\xd1\x94 \xd0\xbc\xd0\xb0\xd1\x80\xd1\x88\xd1\x80\xd1\x83\xd1\x82\xd1\x83 \xd0\xb4\xd0\xbe \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0",
    "\xd0\x9d\xd0\xb5\xd1\x82 \xd0\xbc\xd0\xb0\xd1\x80\xd1\x88\xd1\x80\xd1\x83\xd1\x82\xd0\xb0 \xd0\xb4\xd0\xbe \xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0",
    "\xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd0\xb8\xd1\x89\xd0\xb5\xd0\xbd\xd0\xbe \xd1\x96\xd0\xbd\xd1\x82\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbb \xd0\xbe\xd1\x87\xd1\x96\xd0\xba\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f",
    "\xd0\xa1\xd0\xb5\xd1\x82\xd1\x8c \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb0",
    "\xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x80\xd0\xb0\xd0\xb7\xd0\xbe\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb4\xd1\x80\xd1\x83\xd0\xb3\xd0\xbe\xd0\xb9 \xd1\x81\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd0\xbe\xd0\xb9",
    "\xd0\xa2\xd0\xb8\xd0\xbc\xd1\x87\xd0\xb0\xd1\x81\xd0\xbe\xd0\xb2\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xb2'\xd1\x8f\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb2",
    "\xd0\xa3 \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x96 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbc\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe",
    "\xe3\x83\x8d\xe3\x83\x83\xe3\x83\x88\xe3\x83\xaf\xe3\x83\xbc\xe3\x82\xaf\xe3\x81\xab\xe5\xb1\x8a\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93",
    "\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xb8\xe3\x81\xae\xe7\xb5\x8c\xe8\xb7\xaf\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93",
    "\xe5\x90\x8d\xe5\x89\x8d\xe3\x81\xbe\xe3\x81\x9f\xe3\x81\xaf\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x93\xe3\x82\xb9\xe3\x81\x8c\xe4\xb8\x8d\xe6\x98\x8e\xe3\x81\xa7\xe3\x81\x99",
    "\xe5\x90\x8d\xe5\x89\x8d\xe8\xa7\xa3\xe6\xb1\xba\xe3\x81\xab\xe4\xb8\x80\xe6\x99\x82\xe7\x9a\x84\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f",
    "\xe5\x90\x8d\xe7\xa8\xb1\xe6\x88\x96\xe6\x9c\x8d\xe5\x8b\x99\xe6\x9c\xaa\xe7\x9f\xa5",
    "\xe5\x9f\x9f\xe5\x90\x8d\xe8\xa7\xa3\xe6\x9e\x90\xe6\x9a\x82\xe6\x97\xb6\xe5\xa4\xb1\xe8\xb4\xa5",
    "\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0\xe9\x80\x9a\xe5\xbe\x80\xe8\xa9\xb2\xe4\xb8\xbb\xe6\xa9\x9f\xe7\x9a\x84\xe8\xb7\xaf\xe7\x94\xb1\xe8\xb7\xaf\xe5\xbe\x91",
    "\xe6\x8b\x92\xe7\xbb\x9d\xe8\xbf\x9e\xe6\x8e\xa5",
    "\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xa0\xe3\x82\xa2\xe3\x82\xa6\xe3\x83\x88\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f",
    "\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe7\x9b\xb8\xe6\x89\x8b\xe3\x81\x8b\xe3\x82\x89\xe3\x83\xaa\xe3\x82\xbb\xe3\x83\x83\xe3\x83\x88\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f",
    "\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x82\x92\xe6\x8b\x92\xe5\x90\xa6\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f",
    "\xe6\x9c\xaa\xe7\x9f\xa5\xe7\x9a\x84\xe5\x90\x8d\xe7\xa7\xb0\xe6\x88\x96\xe6\x9c\x8d\xe5\x8a\xa1",
    "\xe6\xb2\xa1\xe6\x9c\x89\xe5\x88\xb0\xe4\xb8\xbb\xe6\x9c\xba\xe7\x9a\x84\xe8\xb7\xaf\xe7\x94\xb1",
    "\xe7\x84\xa1\xe6\xb3\x95\xe6\x8e\xa5\xe8\xa7\xb8\xe7\xb6\xb2\xe8\xb7\xaf",
    "\xe7\xbd\x91\xe7\xbb\x9c\xe4\xb8\x8d\xe5\x8f\xaf\xe8\xbe\xbe",
    "\xe8\xa7\xa3\xe6\x9e\x90\xe5\x90\x8d\xe7\xa8\xb1\xe6\x99\x82\xe7\x99\xbc\xe7\x94\x9f\xe6\x9a\xab\xe6\x99\x82\xe6\x80\xa7\xe9\x8c\xaf\xe8\xaa\xa4",
    "\xe8\xbf\x9e\xe6\x8e\xa5\xe8\xa2\xab\xe5\xaf\xb9\xe6\x96\xb9\xe9\x87\x8d\xe8\xae\xbe",
    "\xe8\xbf\x9e\xe6\x8e\xa5\xe8\xb6\x85\xe6\x97\xb6",
    "\xe9\x80\xa3\xe7\xb7\x9a\xe8\xa2\xab\xe5\xb0\x8d\xe6\x96\xb9\xe9\x87\x8d\xe8\xa8\xad",
    "\xe9\x80\xa3\xe7\xb7\x9a\xe8\xa2\xab\xe6\x8b\x92\xe7\xb5\x95",
    "\xe9\x80\xa3\xe7\xb7\x9a\xe8\xb6\x85\xe9\x81\x8e\xe6\x99\x82\xe9\x96\x93",
    "\xeb\x84\xa4\xed\x8a\xb8\xec\x9b\x8c\xed\x81\xac\xea\xb0\x80 \xec\xa0\x91\xea\xb7\xbc \xeb\xb6\x88\xea\xb0\x80\xeb\x8a\xa5\xed\x95\xa9\xeb\x8b\x88\xeb\x8b\xa4",
    "\xec\x83\x81\xeb\x8c\x80\xed\x8e\xb8\xec\x9d\xb4 \xec\x97\xb0\xea\xb2\xb0\xec\x9d\x84 \xeb\x81\x8a\xec\x9d\x8c",
    "\xec\x97\xb0\xea\xb2\xb0 \xec\x8b\x9c\xea\xb0\x84 \xec\xb4\x88\xea\xb3\xbc",
    "\xec\x97\xb0\xea\xb2\xb0\xec\x9d\xb4 \xea\xb1\xb0\xeb\xb6\x80\xeb\x90\xa8",
    "\xec\x9d\xb4\xeb\xa6\x84 \xed\x98\xb9\xec\x9d\x80 \xec\x84\x9c\xeb\xb9\x84\xec\x8a\xa4\xeb\xa5\xbc \xec\x95\x8c \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",
    "\xed\x98\xb8\xec\x8a\xa4\xed\x8a\xb8\xeb\xa1\x9c \xea\xb0\x88 \xeb\xa3\xa8\xed\x8a\xb8\xea\xb0\x80 \xec\x97\x86\xec\x9d\x8c",
    // "failed", "could not", "an error occurred" in Russian, Ukrainian, Czech, Swedish, Turkish, Polish,
    // Japanese and Korean mail programs' own messages (msmtp, neomutt, Thunderbird translations).
    // ("е удалось", "е вдалося": without the first letter, which may be a capital)
    "\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c", "\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f",
    "nezda", "nelze", "misslyckad", "ba\xc5\x9f" "ar\xc4\xb1s\xc4\xb1z", "desteklemiyor", "wyst\xc4\x85pi\xc5\x82 b\xc5\x82\xc4\x85" "d",
    "\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f",
    "\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x89\xe3\x81\xaa", "\xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",
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
