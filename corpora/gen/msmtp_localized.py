#!/usr/bin/env python3
"""Prints the rules for msmtp's error messages in other languages
(classifiers/rules_client.cc, "--- msmtp's errors in other languages"), from
msmtp's own translations.

msmtp prints its errors in the user's language ("msmtp: le serveur ne
supporte pas TLS via la commande STARTTLS"), on stderr, in its log file's
errormsg= field and in the mail of the cron job or PHP page that called it.
The English messages have rules of their own. This reads msmtp's message
catalogs (msmtp.mo) and writes for each message below its whole translation,
the placeholders as wildcards (msmtp's messages are short, and a piece of one
would often be a common phrase: "Empfängeradresse"), one rule per group with
every language's text as an alternative, the non-ASCII bytes escaped, plus
the last stretch of each lowercased for the client scanner's failure words
(parsers/client_scan.cc).

The catalogs come from Debian's msmtp package (not needed to build or test
mailtriage: the output is checked in):
    mkdir /tmp/msmtpdeb && cd /tmp/msmtpdeb && apt-get download msmtp && dpkg-deb -x msmtp_*.deb x
    python3 corpora/gen/msmtp_localized.py /tmp/msmtpdeb/x/usr/share/locale
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_text import gettext_catalogs, print_catalog_rules  # noqa: E402

# msmtp's message (its msgid) -> rule id, reason, cause: the reading the English
# rules give the same message.
MESSAGES = [
    ("cannot get initial OK message from server", "msmtp.no_greeting.localized", "greeting_timeout",
     "server_unavailable"),
    ("the server sent an empty reply", "msmtp.bad_reply.localized", "unexpected_greeting", "server_settings"),
    ("the server sent an invalid reply", "msmtp.bad_reply.localized", "unexpected_greeting", "server_settings"),
    ("the server does not support TLS via the STARTTLS command", "msmtp.starttls_not_offered.localized",
     "starttls_not_offered", "tls_mismatch"),
    ("the server does not support authentication", "msmtp.auth_not_offered.localized", "auth_requires_tls",
     "tls_mismatch"),
    ("cannot use a secure authentication method", "msmtp.auth_not_offered.localized", "auth_requires_tls",
     "tls_mismatch"),
    ("the server does not support authentication method %s", "msmtp.auth_mechanism_unsupported.localized",
     "auth_mechanism_unsupported", "outdated_client"),
    ("authentication method %s not supported", "msmtp.auth_mechanism_unsupported.localized",
     "auth_mechanism_unsupported", "outdated_client"),
    ("cannot find a usable authentication method", "msmtp.auth_mechanism_unsupported.localized",
     "auth_mechanism_unsupported", "outdated_client"),
    ("authentication method %s needs a password", "msmtp.credentials_missing.localized", "credentials_missing",
     "authentication"),
    ("authentication method %s needs a user name", "msmtp.credentials_missing.localized", "credentials_missing",
     "authentication"),
    ("cannot locate host %s: %s", "msmtp.host_not_found.localized", "host_not_found", "dns"),
    ("host not found (authoritative)", "msmtp.host_not_found.localized", "host_not_found", "dns"),
    ("host not found (nonauthoritative) or server failure", "msmtp.host_not_found.localized", "host_not_found",
     "dns"),
    ("cannot connect to %s, port %d: %s", "msmtp.connect_failed.localized", "connection_failed",
     "server_unavailable"),
    ("cannot connect to %s: %s", "msmtp.connect_failed.localized", "connection_failed", "server_unavailable"),
    ("the operation timed out", "msmtp.connection_timeout.localized", "connection_timeout", "server_unavailable"),
    ("the connection was closed unexpectedly", "msmtp.connection_lost.localized", "connection_lost",
     "server_unavailable"),
    ("network unreachable", "msmtp.network_unreachable.localized", "network_unreachable", "server_unavailable"),
    ("host unreachable", "msmtp.network_unreachable.localized", "no_route_to_host", "server_unavailable"),
    ("envelope from address %s not accepted by the server", "msmtp.sender_refused.localized", "rejected",
     "spam_policy"),
    ("recipient address %s not accepted by the server", "msmtp.recipient_refused.localized", "userunknown",
     "recipient_unknown"),
    ("TLS certificate verification failed", "msmtp.certificate_failed.localized", "cert_untrusted", "tls_mismatch"),
    ("TLS certificate check failed", "msmtp.certificate_failed.localized", "cert_untrusted", "tls_mismatch"),
    ("%s: the certificate fingerprint does not match", "msmtp.certificate_failed.localized", "cert_untrusted",
     "tls_mismatch"),
    ("%s: the certificate owner does not match hostname %s", "msmtp.certificate_failed.localized",
     "cert_untrusted", "tls_mismatch"),
    ("TLS handshake failed: %s", "msmtp.tls_handshake_failed.localized", "tls_handshake_failure", "tls_mismatch"),
    ("host not set", "msmtp.not_configured.localized", "client_not_configured", "server_settings"),
    ("port not set", "msmtp.not_configured.localized", "client_not_configured", "server_settings"),
    ("envelope-from address is missing", "msmtp.not_configured.localized", "client_not_configured",
     "server_settings"),
    ("account %s not found: no configuration file available", "msmtp.not_configured.localized",
     "client_not_configured", "server_settings"),
]
# How a rule weighs against others, as its English counterpart does: msmtp's
# "recipient address %s not accepted by the server" and its sender twin only
# wrap the server's reply, which, where the log has it, says why.
WEIGHT = {
    "msmtp.recipient_refused.localized": ".weight = Weight::vague",
    "msmtp.sender_refused.localized": ".priority = -1",
}
SAMPLE_LANGUAGE = "fr"
PLACEHOLDER = re.compile(r"%(?:\d\$)?l?[dus]")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/locale"
    langs = gettext_catalogs(folder, ["msmtp.mo"])
    print_catalog_rules(MESSAGES, langs, PLACEHOLDER, lambda rule_id: WEIGHT.get(rule_id, ".priority = 2"), SAMPLE_LANGUAGE,
                        lambda text: PLACEHOLDER.sub("587", "msmtp: " + PLACEHOLDER.sub("smtp.example.org", text, count=1)))


if __name__ == "__main__":
    main()
