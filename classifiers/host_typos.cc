#include "classifiers/host_typos.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "parsers/bounce_text.h"

namespace mailtriage {
namespace {

// The outgoing servers large providers tell their users to configure, as their
// settings pages name them. Two entries one edit apart (smtp.mail.com and
// smtp.gmail.com) are both real, which is why a name equal to any entry is
// never a typo.
constexpr std::string_view kSubmissionHosts[] = {
    "smtp.gmail.com",         "smtp-relay.gmail.com",    "smtp.googlemail.com",   "smtp.office365.com",
    "smtp-mail.outlook.com",  "smtp.live.com",           "smtp.mail.yahoo.com",   "smtp.aol.com",
    "smtp.mail.me.com",       "smtp.zoho.com",           "smtp.zoho.eu",          "smtppro.zoho.com",
    "smtp.fastmail.com",      "mail.gmx.net",            "smtp.gmx.com",          "smtp.web.de",
    "smtp.mail.com",          "smtp.ionos.com",          "smtp.ionos.de",         "smtp.strato.de",
    "securesmtp.t-online.de", "smtp.orange.fr",          "smtp.free.fr",          "smtp.laposte.net",
    "smtp.libero.it",         "smtp.yandex.ru",          "smtp.yandex.com",       "smtp.mail.ru",
    "smtp.qq.com",            "smtp.exmail.qq.com",      "smtp.163.com",          "smtp.126.com",
    "smtp.naver.com",         "smtp.comcast.net",        "smtp.protonmail.ch",    "smtp.sendgrid.net",
    "smtp.mailgun.org",       "smtp.eu.mailgun.org",     "smtp.postmarkapp.com",  "smtp-relay.brevo.com",
    "smtp-relay.sendinblue.com", "in-v3.mailjet.com",    "smtp.sparkpostmail.com", "smtp.mandrillapp.com",
    "smtp.resend.com",        "smtp.mailersend.net",     "smtp.elasticemail.com", "smtp.zeptomail.com",
};

// Amazon SES's endpoints, its API's ("email.<region>.amazonaws.com") and its
// SMTP interface's ("email-smtp.<region>.amazonaws.com"), in every region: a
// region one letter off ("eu-centrall-1") is a setting's typo.
constexpr std::string_view kSesRegions[] = {
    "us-east-1", "us-east-2", "us-west-1", "us-west-2", "us-gov-east-1", "us-gov-west-1",
    "af-south-1", "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2", "ap-southeast-1",
    "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
    "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1",
    "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2",
    "eu-north-1", "il-central-1", "me-south-1", "me-central-1", "mx-central-1", "sa-east-1",
};
constexpr std::string_view kSesPrefixes[] = {"email.", "email-smtp."};
constexpr std::string_view kSesSuffix = ".amazonaws.com";

constexpr size_t kMaxLength = [] {
  size_t n = 0;
  for (std::string_view h : kSubmissionHosts) n = std::max(n, h.size());
  for (std::string_view prefix : kSesPrefixes)
    for (std::string_view r : kSesRegions) n = std::max(n, prefix.size() + r.size() + kSesSuffix.size());
  return n;
}();

// The ports each provider documents for its submission hosts (its own
// settings pages: Google and Microsoft 365's client-submission pages, the
// ESPs' SMTP-relay pages, Amazon SES's "Connecting to an SMTP endpoint").
// Microsoft's hosts do not take implicit TLS on 465.
struct ProviderPorts {
  std::string_view host;
  std::array<uint16_t, 5> ports;  // besides 25; unused places are 0
};
constexpr ProviderPorts kProviderPorts[] = {
    {"smtp.gmail.com", {465, 587}},        {"smtp-relay.gmail.com", {465, 587}},
    {"smtp.googlemail.com", {465, 587}},   {"smtp.office365.com", {587}},
    {"smtp-mail.outlook.com", {587}},      {"smtp.live.com", {587}},
    {"smtp.mail.yahoo.com", {465, 587}},   {"smtp.aol.com", {465, 587}},
    {"smtp.zoho.com", {465, 587}},         {"smtp.zoho.eu", {465, 587}},
    {"smtppro.zoho.com", {465, 587}},      {"smtp.fastmail.com", {465, 587}},
    {"smtp.sendgrid.net", {465, 587, 2525}}, {"smtp.mailgun.org", {465, 587, 2525}},
    {"smtp.eu.mailgun.org", {465, 587, 2525}},
};
constexpr uint16_t kSesPorts[] = {465, 587, 2465, 2587};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool same(char a, char b) { return lower(a) == lower(b); }

bool host_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// Optimal string alignment distance == 0 or == 1, compared without case:
// returns 0, 1, or 2 for "more than one".
int edits_up_to_one(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return 2;
  size_t i = 0;
  while (i < a.size() && same(a[i], b[i])) ++i;
  if (i == a.size()) return a.size() == b.size() ? 0 : 1;
  if (a.size() == b.size()) {
    // One letter changed, or two neighbours swapped.
    if (std::equal(a.begin() + i + 1, a.end(), b.begin() + i + 1, same)) return 1;
    if (i + 1 < a.size() && same(a[i], b[i + 1]) && same(a[i + 1], b[i]) &&
        std::equal(a.begin() + i + 2, a.end(), b.begin() + i + 2, same))
      return 1;
    return 2;
  }
  // b has one letter more: skip it.
  return std::equal(a.begin() + i, a.end(), b.begin() + i + 1, same) ? 1 : 2;
}

// Calls visit(name, start, end) for each dotted name in `text` that could be a
// configured host: not an address's domain ("user@smtp.gmial.com" is
// someone's mailbox), not an address or a number's run ("192.0.2.1",
// "4.4.1"); [start, end) is where the name lies in the text. A host name has a dot:
// the text is searched for dots (memchr), and each dotted run of host bytes
// read once, rather than every byte classified. Stops when visit returns true.
template <typename Visit>
bool any_host_name(std::string_view text, Visit visit) {
  size_t from = 0;
  while (from < text.size()) {
    const void* hit = std::memchr(text.data() + from, '.', text.size() - from);
    if (!hit) break;
    const size_t dot = size_t(static_cast<const char*>(hit) - text.data());
    size_t start = dot, end = dot + 1;
    while (start > 0 && host_byte(text[start - 1])) --start;
    while (end < text.size() && host_byte(text[end])) ++end;
    from = end + 1;
    while (start < end && (text[start] == '.' || text[start] == '-')) ++start;
    while (end > start && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string_view name = text.substr(start, end - start);
    if (name.size() < 10 || name.find('.') == std::string_view::npos || (start > 0 && text[start - 1] == '@') ||
        (name[0] >= '0' && name[0] <= '9'))
      continue;
    if (visit(name, start, end)) return true;
  }
  return false;
}

// The port written right after a host name that ends at text[end], or 0:
// "host:587", "host[192.0.2.1]:587", "host port 587", "host on port 587",
// "host (port 587)", "host port=587"; and JavaMail's "host, port: HOST, 587",
// recognized by the words before the host (a reply after "host: 535 5.7.8"
// is not a port). A number that goes on as a status code ("587.1") is none.
unsigned port_after(std::string_view text, size_t start, size_t end) {
  size_t i = end;
  if (i < text.size() && text[i] == '[') {
    const size_t close = text.find(']', i);
    if (close == std::string_view::npos || close - i > 48) return 0;
    i = close + 1;
  }
  const auto read_number = [&](size_t at) -> unsigned {
    size_t j = at;
    unsigned n = 0;
    while (j < text.size() && j - at < 6 && text[j] >= '0' && text[j] <= '9') n = n * 10 + unsigned(text[j++] - '0');
    if (j == at || j - at > 5 || n == 0 || n > 65535) return 0;
    if (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == '-' ||
                            (text[j] == '.' && j + 1 < text.size() && text[j + 1] >= '0' && text[j + 1] <= '9')))
      return 0;
    return n;
  };
  if (i < text.size() && text[i] == ':') return read_number(i + 1);
  constexpr std::string_view kJavaMail = "host, port: ";
  if (start >= kJavaMail.size() && text.substr(start - kJavaMail.size(), kJavaMail.size()) == kJavaMail &&
      text.substr(i, 2) == ", ")
    return read_number(i + 2);
  // " port 587", " on port 587", " (port 587)", " port=587", ", port 587"
  size_t j = i;
  while (j < text.size() && j - i < 6 && (text[j] == ' ' || text[j] == ',' || text[j] == '(')) ++j;
  if (text.substr(j, 3) == "on ") j += 3;
  const std::string_view word = text.substr(j, 4);
  if (!bounce::iequals(word, "port")) return 0;
  j += 4;
  while (j < text.size() && j - i < 16 && (text[j] == ' ' || text[j] == '=' || text[j] == ':')) ++j;
  return read_number(j);
}

// Whether a known provider's host serves `port`; true for hosts whose ports
// are not known, and for 25.
bool serves_port(std::string_view host, unsigned port) {
  if (port == 25) return true;
  for (const ProviderPorts& p : kProviderPorts)
    if (bounce::iequals(host, p.host))
      return std::find(p.ports.begin(), p.ports.end(), port) != p.ports.end();
  if (bounce::istarts_with(host, "email-smtp.") && host.size() > kSesSuffix.size() &&
      bounce::iequals(host.substr(host.size() - kSesSuffix.size()), kSesSuffix))
    return std::find(std::begin(kSesPorts), std::end(kSesPorts), port) != std::end(kSesPorts);
  return true;
}

// One edit from a provider's submission host and not one of them.
bool one_edit_from_a_submission_host(std::string_view name) {
  // Only names of about the same length can be one edit apart.
  static const auto by_length = [] {
    std::array<std::vector<std::string_view>, kMaxLength + 2> table;
    for (std::string_view h : kSubmissionHosts) table[h.size()].push_back(h);
    static const std::vector<std::string> ses = [] {
      std::vector<std::string> names;
      for (std::string_view prefix : kSesPrefixes)
        for (std::string_view region : kSesRegions)
          names.push_back(std::string(prefix).append(region).append(kSesSuffix));
      return names;
    }();
    for (const std::string& h : ses) table[h.size()].push_back(h);
    return table;
  }();
  if (name.size() > kMaxLength + 1) return false;
  bool known = false, near = false;
  for (size_t length = name.size() - 1; length <= name.size() + 1 && length < by_length.size(); ++length)
    for (std::string_view candidate : by_length[length]) {
      const int edits = edits_up_to_one(name, candidate);
      known |= edits == 0;
      near |= edits == 1;
    }
  return near && !known;
}

}  // namespace

SubmissionHostProblem find_submission_host_problem(std::string_view text, std::string_view* host, unsigned* port) {
  // One pass over the text's names for both (the classifier asks this of
  // every text it has not decided before); a misspelt name anywhere wins.
  SubmissionHostProblem found = SubmissionHostProblem::none;
  any_host_name(text, [&](std::string_view name, size_t start, size_t end) {
    if (one_edit_from_a_submission_host(name)) {
      found = SubmissionHostProblem::misspelt_host;
      if (host) *host = name;
      return true;
    }
    if (found == SubmissionHostProblem::none)
      if (const unsigned p = port_after(text, start, end); p != 0 && !serves_port(name, p)) {
        found = SubmissionHostProblem::unserved_port;
        if (host) *host = name;
        if (port) *port = p;
      }
    return false;
  });
  return found;
}

bool names_misspelt_submission_host(std::string_view text, std::string_view* host) {
  return find_submission_host_problem(text, host) == SubmissionHostProblem::misspelt_host;
}

bool names_unserved_submission_port(std::string_view text, std::string_view* host, unsigned* port) {
  return find_submission_host_problem(text, host, port) == SubmissionHostProblem::unserved_port;
}

}  // namespace mailtriage
