#include "classifiers/host_typos.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

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

}  // namespace

bool names_misspelt_submission_host(std::string_view text, std::string_view* host) {
  // A host name has a dot: the text is searched for dots (memchr), and each
  // dotted run of host bytes read once, rather than every byte classified.
  size_t from = 0;
  while (from < text.size()) {
    const void* hit = std::memchr(text.data() + from, '.', text.size() - from);
    if (!hit) break;
    const size_t dot = size_t(static_cast<const char*>(hit) - text.data());
    size_t start = dot, end = dot + 1;
    while (start > 0 && host_byte(text[start - 1])) --start;
    while (end < text.size() && host_byte(text[end])) ++end;
    from = end + 1;
    std::string_view name = text.substr(start, end - start);
    while (!name.empty() && (name.front() == '.' || name.front() == '-')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == '.' || name.back() == '-')) name.remove_suffix(1);
    // An address's domain ("user@smtp.gmial.com") is someone's mailbox, not a setting.
    // (Nor is an address or a number's run: "192.0.2.1", "4.4.1".)
    if (name.size() < 10 || name.find('.') == std::string_view::npos || (start > 0 && text[start - 1] == '@') ||
        (name[0] >= '0' && name[0] <= '9'))
      continue;
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
    if (name.size() > kMaxLength + 1) continue;
    bool known = false, near = false;
    for (size_t length = name.size() - 1; length <= name.size() + 1 && length < by_length.size(); ++length)
      for (std::string_view candidate : by_length[length]) {
        const int edits = edits_up_to_one(name, candidate);
        known |= edits == 0;
        near |= edits == 1;
      }
    if (near && !known) {
      if (host) *host = name;
      return true;
    }
  }
  return false;
}

}  // namespace mailtriage
