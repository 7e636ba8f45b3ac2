#!/usr/bin/env python3
"""Prints the rules for Thunderbird's sending alerts in other languages
(classifiers/rules_client.cc, "--- Thunderbird's alerts in other languages"),
from Thunderbird's own translations.

Thunderbird shows a failed send as an alert in the user's language; users
paste it into tickets and forums as it stands: "Die Nachricht konnte nicht
gesendet werden, weil die Verbindung mit dem SMTP-Server ... ihre Ablaufzeit
(Timeout) überschritten hat." The English alerts have rules of their own.
This reads each language pack's composeMsgs.properties, takes for each alert
a piece of its text that no other alert of that language contains (the
longest stretch between the placeholders, cut to about 60 bytes at a word
end), and writes one rule per alert with every language's piece as an
alternative, the non-ASCII bytes escaped (the classifier compiles patterns as
bytes), plus the pieces lowercased for the client scanner's failure words
(parsers/client_scan.cc).

The language packs come from Debian's thunderbird-l10n-* packages (not
needed to build or test mailtriage: the output is checked in):
    mkdir /tmp/tb && cd /tmp/tb
    apt-get download thunderbird-l10n-de thunderbird-l10n-fr ...   # the LANGUAGES below
    for f in *.deb; do dpkg-deb -x "$f" x; done
    python3 corpora/gen/thunderbird_localized.py /tmp/tb/x/usr/lib/thunderbird/extensions
"""
import glob
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_text import lowered, matches_another, piece, print_failure_words, print_rule  # noqa: E402

LANGUAGES = ["de", "fr", "es-ES", "it", "pt-BR", "pt-PT", "nl", "pl", "ru", "uk", "cs", "sk", "sv-SE", "da",
             "nb-NO", "fi", "hu", "tr", "el", "ja", "ko", "zh-CN", "zh-TW", "ro", "bg", "hr", "sl", "ca", "vi",
             "id"]

# alert key in composeMsgs.properties -> rule id, reason, cause
ALERTS = [
    ("smtpSendFailedUnknownServer", "thunderbird.smtp_server_unknown.localized", "unknown_server",
     "server_settings"),
    ("smtpSendRequestRefused", "thunderbird.connect_failed.localized", "connection_failed", "server_unavailable"),
    ("smtpSendInterrupted", "thunderbird.connection_lost.localized", "connection_lost", "server_unavailable"),
    ("smtpSendTimeout", "thunderbird.connection_timeout.localized", "connection_timeout", "server_unavailable"),
    ("smtpAuthFailure", "thunderbird.auth_failure.localized", "auth_failed", "authentication"),
    ("smtpAuthMechNotSupported", "thunderbird.auth_mechanism_unsupported.localized", "auth_mechanism_unsupported",
     "outdated_client"),
    ("smtpHintAuthEncryptToPlainNoSsl", "thunderbird.encrypted_password_unsupported.localized",
     "auth_mechanism_unsupported", "outdated_client"),
    ("smtpHintAuthEncryptToPlainSsl", "thunderbird.encrypted_password_unsupported.localized",
     "auth_mechanism_unsupported", "outdated_client"),
    ("smtpHintAuthPlainToEncrypt", "thunderbird.plain_password_refused.localized", "auth_requires_tls",
     "tls_mismatch"),
    ("smtpPermSizeExceeded2", "thunderbird.message_too_large.localized", "mesgtoobig", "message_too_large"),
    ("smtpTooManyRecipients", "thunderbird.too_many_recipients.localized", "toomanyconn", "rate_limit"),
    ("startTlsFailed", "thunderbird.starttls_not_advertised.localized", "starttls_not_offered", "tls_mismatch"),
]
SAMPLE_LANGUAGE = "de"
PLACEHOLDER = re.compile(r"%(?:\d\$)?[sS]|\\n")


def strings(xpi):
    """The alerts of composeMsgs.properties by key, and every other text of
    the language pack (all .properties and .ftl values): a piece must be in
    no other text Thunderbird may show."""
    alerts, rest = {}, []
    with zipfile.ZipFile(xpi) as z:
        for name in z.namelist():
            if not (name.endswith(".properties") or name.endswith(".ftl")):
                continue
            text = z.read(name).decode("utf-8", "replace")
            is_compose = name.endswith("messengercompose/composeMsgs.properties")
            for line in text.splitlines():
                if "=" not in line or line.lstrip().startswith("#"):
                    continue
                key, value = line.split("=", 1)
                if is_compose:
                    alerts[key.strip()] = value.strip()
                else:
                    rest.append(value.strip())
    return alerts, rest


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/thunderbird/extensions"
    packs = {}
    for lang in LANGUAGES:
        found = glob.glob(os.path.join(folder, "langpack-%s@thunderbird.mozilla.org.xpi" % lang))
        if not found:
            raise SystemExit("no language pack for %s in %s" % (lang, folder))
        packs[lang] = strings(found[0])
    # rule id -> [(lang, piece, whole alert text)]
    rules, order, meta = {}, [], {}
    for key, rule_id, reason, cause in ALERTS:
        if rule_id not in rules:
            rules[rule_id], meta[rule_id] = [], (reason, cause)
            order.append(rule_id)
        for lang in LANGUAGES:
            alerts, rest = packs[lang]
            if key not in alerts:
                continue
            others = [v for k, v in alerts.items() if k != key] + rest
            p = piece(alerts[key], others, PLACEHOLDER)
            if p and matches_another(p, [v for k, v in alerts.items() if k != key], PLACEHOLDER):
                p = None  # no piece tells this alert from the others: the language is left out
            if p and all(p != q for _, q, _ in rules[rule_id]):
                # The placeholder between two parts: a server name, with the
                # quotes and spaces the translation puts around it.
                rules[rule_id].append((lang, p, alerts[key]))
    words = set()
    for rule_id in order:
        items = rules[rule_id]
        reason, cause = meta[rule_id]
        sample = next((whole for lang, _, whole in items if lang == SAMPLE_LANGUAGE), items[0][2])
        print_rule(rule_id, items, reason, cause, PLACEHOLDER.sub("smtp.example.org", sample))
        for _, p, _ in items:
            words.add(lowered(p[-1]))
    print_failure_words(words)

if __name__ == "__main__":
    main()
