#!/usr/bin/env python3
"""Prints the rules for mutt's and neomutt's error messages in other languages
(classifiers/rules_client.cc, "--- mutt's and neomutt's errors in other
languages"), from their own message catalogs.

mutt and neomutt show their errors in the user's language ("SMTP-Sitzung
fehlgeschlagen: Lesefehler", "接続 ... はタイムアウトしました"), on the screen,
in their debug files and in what users paste into tickets. The English
messages have rules of their own. This reads the catalogs (mutt.mo,
neomutt.mo) and writes for each message below its whole translation, the
placeholders as wildcards, one rule per group with every language's text as
an alternative (both programs' translations where they differ), the non-ASCII
bytes escaped, plus the last stretch of each lowercased for the client
scanner's failure words (parsers/client_scan.cc).

The catalogs come from Debian's mutt and neomutt packages (not needed to build
or test mailtriage: the output is checked in):
    mkdir /tmp/muttdeb && cd /tmp/muttdeb && apt-get download mutt neomutt
    for f in *.deb; do dpkg-deb -x "$f" x; done
    python3 corpora/gen/mutt_localized.py /tmp/muttdeb/x/usr/share/locale
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_text import gettext_catalogs, print_catalog_rules  # noqa: E402

# mutt's message (its msgid) -> rule id, reason, cause: the reading the English
# rules give the same message.
MESSAGES = [
    ("Could not connect to %s (%s)", "mutt.connect_failed.localized", "connection_failed", "server_unavailable"),
    ("Could not find the host \"%s\"", "mutt.host_not_found.localized", "host_not_found", "dns"),
    ("Connection to %s timed out", "mutt.connection_timeout.localized", "connection_timeout", "server_unavailable"),
    ("SMTP session failed: read error", "mutt.connection_lost.localized", "connection_lost", "server_unavailable"),
    ("SMTP session failed: write error", "mutt.connection_lost.localized", "connection_lost", "server_unavailable"),
    ("SMTP authentication requires SASL", "mutt.no_sasl.localized", "auth_mechanism_unsupported",
     "outdated_client"),
    ("No authenticators available", "mutt.no_sasl.localized", "auth_mechanism_unsupported", "outdated_client"),
    ("No authenticators available or wrong credentials", "mutt.auth_failed.localized", "auth_failed",
     "authentication"),
    ("SASL authentication failed", "mutt.auth_failed.localized", "auth_failed", "authentication"),
    ("%s authentication failed", "mutt.auth_failed.localized", "auth_failed", "authentication"),
    ("SMTP server does not support authentication", "mutt.auth_not_offered.localized", "auth_requires_tls",
     "tls_mismatch"),
    ("Could not negotiate TLS connection", "mutt.tls_failed.localized", "tls_handshake_failure", "tls_mismatch"),
    ("SSL failed: %s", "mutt.tls_failed.localized", "tls_handshake_failure", "tls_mismatch"),
    ("Encrypted connection unavailable", "mutt.starttls_not_offered.localized", "starttls_not_offered",
     "tls_mismatch"),
    ("Certificate verification error (%s)", "mutt.certificate_failed.localized", "cert_untrusted", "tls_mismatch"),
    ("Server certificate has expired", "mutt.certificate_failed.localized", "cert_untrusted", "tls_mismatch"),
    ("WARNING: Server hostname does not match certificate", "mutt.certificate_failed.localized", "cert_untrusted",
     "tls_mismatch"),
    ("Certificate host check failed: %s", "mutt.certificate_failed.localized", "cert_untrusted", "tls_mismatch"),
    ("certificate owner does not match hostname %s", "mutt.certificate_failed.localized", "cert_untrusted",
     "tls_mismatch"),
    ("$sendmail must be set in order to send mail", "mutt.not_configured.localized", "client_not_configured",
     "server_settings"),
    ("Invalid SMTP URL: %s", "mutt.malformed_url.localized", "malformed_url", "server_settings"),
]
# How a rule weighs against others: mutt's "Could not connect to %s (%s)"
# wraps the system's error, which decides (as in English); the others yield
# to the C library's own texts where a translation says the same
# ("Yhteys %s aikakatkaistu", "Yhteys aikakatkaistu").
WEIGHT = {
    "mutt.connect_failed.localized": ".weight = Weight::vague",
}
DEFAULT_WEIGHT = ".priority = -1"
SAMPLE_LANGUAGE = "de"
PLACEHOLDER = re.compile(r"%(?:\d\$)?(?:l|z)?[dus]")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/locale"
    langs = gettext_catalogs(folder, ["mutt.mo", "neomutt.mo"])
    print_catalog_rules(MESSAGES, langs, PLACEHOLDER, lambda rule_id: WEIGHT.get(rule_id, DEFAULT_WEIGHT), SAMPLE_LANGUAGE,
                        lambda text: PLACEHOLDER.sub("smtp.example.org", text))


if __name__ == "__main__":
    main()
