#!/usr/bin/env python3
"""Prints the rules for the sending errors of Evolution, Claws Mail, Sylpheed,
Geary and KMail (its SMTP library, KSMTP) in other languages
(classifiers/rules_client.cc, "--- Desktop mail programs' errors in other
languages"), from their own message catalogs.

These programs show their errors in the user's language ("Impossible de
s'authentifier au serveur ...", "无法连接SMTP服务器：...", "Kunde inte skicka
brevet eftersom det överskrider ..."), and that is what users paste into
tickets. The English messages have rules of their own (the general rules of
rules_client.cc read them; tests/classifiers check a sample of each). This
reads the catalogs and writes, for each message below, its translations
whole, the placeholders as wildcards: one rule per group with every
language's text as an alternative, the non-ASCII bytes escaped, plus the last
stretch of each lowercased for the client scanner's failure words
(parsers/client_scan.cc). Messages that only introduce the server's reply
("AUTH command failed: %s") give failure words and no rule: the reply that
follows decides.

The catalogs come from Debian 12's packages (not needed to build or test
mailtriage: the output is checked in):
    mkdir /tmp/muadeb && cd /tmp/muadeb && apt-get download evolution-data-server-common \\
        claws-mail-i18n sylpheed-i18n geary libkpimsmtp-data
    for f in *.deb; do dpkg-deb -x "$f" x; done
    python3 corpora/gen/mua_localized.py /tmp/muadeb/x/usr/share/locale
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_text import TRIM, cpp_string, gettext_catalogs, lowered, print_catalog_rules  # noqa: E402

CATALOGS = ["evolution-data-server.mo", "claws-mail.mo", "sylpheed.mo", "geary.mo", "libksmtp5.mo"]

CONNECT = ("mua.connect_failed.localized", "connection_failed", "server_unavailable")
TIMEOUT = ("mua.connection_timeout.localized", "connection_timeout", "server_unavailable")
LOST = ("mua.connection_lost.localized", "connection_lost", "server_unavailable")
HOST = ("mua.host_not_found.localized", "host_not_found", "dns")
MECHANISM = ("mua.auth_mechanism_unsupported.localized", "auth_mechanism_unsupported", "outdated_client")
AUTH = ("mua.auth_failed.localized", "auth_failed", "authentication")
STARTTLS_REQUIRED = ("mua.starttls_required.localized", "starttls_required", "tls_mismatch")
NO_STARTTLS = ("mua.starttls_not_offered.localized", "starttls_not_offered", "tls_mismatch")
HANDSHAKE = ("mua.tls_failed.localized", "tls_handshake_failure", "tls_mismatch")
CERT = ("mua.certificate_failed.localized", "cert_untrusted", "tls_mismatch")
CERT_NAME = ("mua.certificate_name.localized", "cert_name_mismatch", "tls_mismatch")

# A message (its msgid) -> rule id, reason, cause: the reading the English
# rules give the same message.
MESSAGES = [
    # Evolution (evolution-data-server's SMTP transport)
    ("STARTTLS not supported", *NO_STARTTLS),
    # Vague: without its mechanism (the placeholder at its end) it reads as mutt's "SMTP server does not
    # support authentication" in some languages (Italian, Basque), which is another failure.
    ("SMTP server %s does not support %s authentication", "mua.server_lacks_mechanism.localized",
     "auth_mechanism_unsupported", "outdated_client"),
    ("Host lookup “%s” failed. Check your host name for spelling errors.", *HOST),
    ("Host lookup “%s” failed: %s", *HOST),
    ("Cannot send message: one or more invalid recipients", "mua.invalid_recipients.localized", "userunknown",
     "recipient_unknown"),
    ("Plaintext authentication disallowed on insecure connections. Change encryption to STARTTLS or TLS for "
     "account “%s”.", "mua.auth_requires_tls.localized", "auth_requires_tls", "tls_mismatch"),
    ("Encryption required for requested authentication mechanism", *STARTTLS_REQUIRED),
    # Claws Mail
    ("%s:%d: connection failed (%s).\n", *CONNECT),
    ("%s:%d: unknown host.\n", *HOST),
    ("%s:%s: host lookup failed (%s).\n", *HOST),
    ("Connection to %s:%d failed.", *CONNECT),
    ("Connection to %s:%d timed out.", *TIMEOUT),
    ("Timeout (%d seconds) connecting to %s\n", *TIMEOUT),
    ("Message is too big (Maximum size is %s)\n", "mua.message_too_large.localized", "mesgtoobig",
     "message_too_large"),
    ("No SMTP AUTH method available\n", *MECHANISM),
    ("Selected SMTP AUTH method not available\n", *MECHANISM),
    ("Server requires STARTTLS to log in.\n", *STARTTLS_REQUIRED),
    ("Can't start STARTTLS session.\n", *HANDSHAKE),
    ("couldn't start STARTTLS session\n", *HANDSHAKE),
    ("Certificate for %s is expired.\n%sDo you want to continue?", *CERT),
    ("Certificate is for %s, but connection is to %s.\nYou may be connecting to a rogue server.\n\n", *CERT_NAME),
    ("Connection to %s failed: login refused.%s", *AUTH),
    ("Socket error on connection to %s:%d.", *CONNECT),
    ("Connection closed by the remote host.", *LOST),
    ("Authentication failed:\n%s", *AUTH),
    # Sylpheed
    ("Can't connect to SMTP server: %s:%d", *CONNECT),
    ("Can't connect to SMTP server.", *CONNECT),
    ("SMTP server not found: %s:%d", *HOST),
    ("Can't start TLS session.\n", *HANDSHAKE),
    ("can't start TLS session\n", *HANDSHAKE),
    ("SSL certificate verify failed", *CERT),
    ("Could not establish a connection to the server.", *CONNECT),
    # Geary
    ("Could not connect, check your network", *CONNECT),
    ("Could not look up server name", *HOST),
    ("The server’s identity does not match the identity in the certificate", *CERT_NAME),
    ("The server’s certificate has expired", *CERT),
    ("The server’s certificate is not signed by a known authority", *CERT),
    ("The server’s certificate has been revoked and is now invalid", *CERT),
    ("The server’s certificate has not been activated", *CERT),
    ("The server’s certificate is considered insecure", *CERT),
    ("The identity of the %s mail server at %s:%u could not be verified.", *CERT),
    # KMail (KSMTP)
    ("Connection to server lost.", *LOST),
    ("Could not authenticate to the SMTP server because no matching authentication method has been found",
     *MECHANISM),
    ("Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 "
     "bytes.)", "mua.message_too_large.localized", "mesgtoobig", "message_too_large"),
    ("Service not available", "mua.service_not_available.localized", "systemerror", "server_unavailable"),
    ("Login failed, cannot initialize the SASL library", "mua.no_sasl.localized", "auth_mechanism_unsupported",
     "outdated_client"),
    # Evolution's, last: its French is mutt's too, and the rule's sample is its first French text
    ("Unable to connect to “%s”: ", *CONNECT),
]

# Evolution's prefixes of the server's reply: failure words only.
PREFIXES = ["AUTH command failed: ", "MAIL FROM command failed: ", "RCPT TO command failed: ",
            "DATA command failed: ", "HELO command failed: ", "STARTTLS command failed: "]

# Messages that wrap another error ("... in secure mode: %s", "connection
# failed (%s)") yield to the rule of the error they quote, as in English.
VAGUE = {"mua.connect_failed.localized", "mua.server_lacks_mechanism.localized"}
SAMPLE_LANGUAGE = "fr"
PLACEHOLDER = re.compile(r"%(?:\d\$)?(?:l|z)?[dus]|%\d")
# Where the rules' texts are cut as at a placeholder: the placeholders, and the
# typography around a quoted word (French "au serveur «\u00a0SMTP\u00a0» car"):
# no-break spaces and guillemets become plain spaces and quotes when a message
# is pasted or retyped, so the pattern spans them.
CUT = re.compile(PLACEHOLDER.pattern + "|[\u00a0\u202f]*[«»“”„][\u00a0\u202f]*|[\u00a0\u202f]+")


def weight(rule_id):
    # As the other generated rules (priority 2), which come first in the table
    # and so win a tie; the TLS rule above them: its sentence contains a short
    # phrase of PHPMailer's ("無法執行", "could not run", in Claws Mail's
    # Traditional Chinese "無法執行STARTTLS").
    if rule_id in VAGUE:
        return ".weight = Weight::vague"
    return ".priority = 3" if rule_id == HANDSHAKE[0] else ".priority = 2"


def prefix_words(langs):
    """The translations of PREFIXES, lowercased, for the failure words; and
    the short messages in scripts of three-byte characters ("服务不可用",
    service not available: 15 bytes), which the 16-byte floor of the other
    failure words leaves out."""
    words = set()
    short = [msgid for msgid, _, _, _ in MESSAGES if not PLACEHOLDER.search(msgid)]
    for cats in langs.values():
        for catalog in cats:
            for msgid in PREFIXES:
                text = catalog.get(msgid, "").strip(TRIM)
                if len(text.encode()) >= 8:
                    words.add(lowered(text))
            for msgid in short:
                text = catalog.get(msgid, "").strip(TRIM)
                if 9 <= len(text.encode()) < 16 and any(ord(ch) >= 0x800 for ch in text):
                    words.add(lowered(text))
    return words


def without_shared_translations(langs):
    """Drops a translation that a catalog also gives an earlier message of
    another rule: some translators wrote "timed out" as "failed" (Claws Mail's
    French, Russian and Slovak "Connection to %s:%d ..."), and such a text says
    only what the earlier (vaguer) message says."""
    for cats in langs.values():
        for catalog in cats:
            first_rule = {}
            for msgid, rule_id, _, _ in MESSAGES:
                text = catalog.get(msgid)
                if text is None:
                    continue
                if first_rule.setdefault(text, rule_id) != rule_id:
                    del catalog[msgid]
    return langs


def first_lines(langs):
    """Each translation cut at its first line break: a log has the message on
    one line per line ("Certificate for %s is expired." and then the question
    the dialog asks), and the first states the failure."""
    for cats in langs.values():
        for catalog in cats:
            for msgid, text in catalog.items():
                catalog[msgid] = next((line for line in text.split("\n") if line.strip()), text)
    return langs


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/locale"
    langs = without_shared_translations(first_lines(gettext_catalogs(folder, CATALOGS)))
    print_catalog_rules(MESSAGES, langs, CUT, weight, SAMPLE_LANGUAGE,
                        lambda text: PLACEHOLDER.sub("smtp.example.org", text))
    print()
    print("// prefix failure words (client_scan.cc):")
    print(",\n".join("    " + cpp_string(w) for w in sorted(prefix_words(langs))) + ",")


if __name__ == "__main__":
    main()
