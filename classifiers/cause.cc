#include <array>

#include "classifiers/rule.h"

namespace mailtriage {
namespace {

struct CauseInfo {
  std::string_view name;
  std::string_view remediation;
};

// Remediation is written as something the reader can check or do next.
constexpr std::array<CauseInfo, size_t(Cause::kCount)> kCauses = {{
    {"none", ""},
    {"server_settings",
     "A setting is wrong on the sending side or on our own server. A program or relay sending mail: check "
     "host, port and encryption against the provider's submission settings (587 with STARTTLS or 465 with "
     "implicit TLS); the host must resolve (`dig +short HOST`), be a submission server rather than an MX host, "
     "and carry no stray quotes, spaces or commas. Our own MTA: the deciding rule names what its configuration "
     "lacks (`postfix check`, `exim -bV`)."},
    {"authentication",
     "Log in to the account's webmail with the same user name (usually the full address) and password. "
     "With two-factor sign-in, create an app password or use OAuth2; if the provider disabled SMTP AUTH "
     "for the mailbox or tenant, have it enabled. After repeated failures stop retrying until the lock clears."},
    {"firewall_antivirus",
     "From the same machine, test the port (`nc -vz HOST 587`, `openssl s_client -starttls smtp -connect HOST:587`). "
     "If the certificate is issued by an antivirus product, turn off its mail/SSL scanning or exclude the program; "
     "allow the program and port in the local firewall (and SELinux booleans for web apps)."},
    {"isp_port_block",
     "Outbound port 25 is filtered by the network provider: `nc -vz <MX host> 25` fails while "
     "`nc -vz <submission host> 587` works. Submit through a relay or your provider on 587/465, "
     "or ask the hosting provider to lift the port-25 block."},
    {"server_unavailable",
     "The remote server was down, overloaded or unreachable. Temporary failures are retried from the queue; "
     "if one destination keeps failing, test each of its MX hosts (`dig MX DOMAIN`, `nc -vz HOST 25`) "
     "and check the provider's status page; for your own server check that the service listens and has disk space."},
    {"dns",
     "Query the records from the sending host (`dig MX DOMAIN`, `dig A HOST`). NXDOMAIN or a null MX means the "
     "address or domain is wrong; SERVFAIL or timeouts mean the local resolver is broken (check /etc/resolv.conf). "
     "For your own domains publish MX and A/AAAA records and make sure the sender domain resolves."},
    {"spam_policy",
     "The receiver refused the mail on policy: look the sending IP up on the blocklist the text names and request "
     "removal after fixing the cause; publish SPF, sign with DKIM and publish DMARC with alignment; give the IP a "
     "PTR record that resolves back; review the content the filter objected to. Greylisting clears on retry."},
    {"rate_limit",
     "Too much mail, too fast, for the receiver or the account: lower concurrency and per-domain rate, spread "
     "batches over time, warm up new IPs, and for per-account daily quotas wait for the window to reset or send "
     "bulk mail through a service built for it; split messages with many recipients."},
    {"tls_mismatch",
     "Match the encryption to the port: 587 and 25 start in plain text and upgrade with STARTTLS; 465 expects TLS "
     "from the first byte. \"wrong version number\" on 587 means implicit TLS was used there; a greeting timeout "
     "on 465 means plain text was. For certificate errors install a complete chain whose name matches the host."},
    {"outdated_client",
     "Upgrade the mail program or library and its TLS stack (TLS 1.2 or later), choose an authentication "
     "mechanism the server advertises, and turn off protocol extensions the server rejects."},
    {"recipient_unknown",
     "The recipient address does not exist or is disabled: check its spelling, remove it from lists after "
     "a hard bounce, and reach the person another way if the account has moved."},
    {"mailbox_full",
     "The recipient's mailbox is over quota: retry later or tell the recipient; for your own users raise "
     "the quota or clean up the mailbox."},
    {"message_too_large",
     "The message exceeds the receiver's size limit (see SIZE in its EHLO reply; attachments grow by a third "
     "when encoded): send a link instead of the attachment, or raise message_size_limit on your own server."},
    {"relay_denied",
     "The server will not relay for you: authenticate to your submission server (enable SMTP AUTH), add the "
     "sending host to the relay's trusted networks, or check that the domain's MX records point at the right hosts."},
    {"expired",
     "The message stayed in the queue until its lifetime ran out: find the last deferral reason for the "
     "recipient (it names the real cause), fix that, then resend."},
    {"other",
     "No documented cause matched: read the diagnostic text and the rule id; report the line so a rule can be added."},
}};

}  // namespace

std::string_view cause_name(Cause c) { return kCauses[size_t(c)].name; }
std::string_view cause_remediation(Cause c) { return kCauses[size_t(c)].remediation; }

bool cause_from_name(std::string_view name, Cause* out) {
  for (size_t i = 0; i < kCauses.size(); ++i)
    if (kCauses[i].name == name) {
      *out = Cause(i);
      return true;
    }
  return false;
}

}  // namespace mailtriage
