#!/usr/bin/env python3
"""Prints the rules for Roundcube's sending errors in other languages
(classifiers/rules_client.cc, "--- Roundcube's sending errors in other
languages"), from its own localization files.

Roundcube shows the user its SMTP errors in the interface language ("SMTP
Fehler (535): Die Authentisierung ist fehlgeschlagen.", "Erreur SMTP (421) :
la connexion au serveur a échoué."), and that is the text users paste into
tickets and forums; its own log (logs/errors.log) stays in English, which the
general rules read. This reads program/localization/<lang>/messages.inc and
writes, for each message below, its translations whole, the placeholders
($code, $msg, $limit, ...) as wildcards: one rule per group with every
language's text as an alternative, the non-ASCII bytes escaped, plus the last
stretch of each lowercased for the client scanner's failure words
(parsers/client_scan.cc). The messages that only introduce the server's reply
("SMTP Error ($code): Failed to add recipient "$to" ($msg).") give failure
words and no rule: the reply they quote decides.

The files come from Debian 12's roundcube-core package (not needed to build
or test mailtriage: the output is checked in):
    mkdir /tmp/rcdeb && cd /tmp/rcdeb && apt-get download roundcube-core
    dpkg-deb -x roundcube-core_*.deb x
    python3 corpora/gen/roundcube_localized.py x/usr/share/roundcube/program/localization
"""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_text import TRIM, cpp_string, lowered, print_catalog_rules  # noqa: E402

# A message's key -> rule id, reason, cause: the reading the English rules
# give the same message.
MESSAGES = [
    ("smtpconnerror", "roundcube.connect_failed.localized", "connection_failed", "server_unavailable"),
    ("smtpautherror", "roundcube.auth_failed.localized", "auth_failed", "authentication"),
    ("smtpsizeerror", "roundcube.message_too_large.localized", "mesgtoobig", "message_too_large"),
]
# Messages that introduce the server's reply: failure words only.
PREFIXES = ["smtpfromerror", "smtptoerror", "smtperror"]
SAMPLE_LANGUAGE = "de_DE"
PLACEHOLDER = re.compile(r"\$[a-z]+")
# PHP's single- and double-quoted strings as messages.inc writes them.
ENTRY = re.compile(r"""\$messages\['([a-z0-9_]+)'\]\s*=\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*;""")


def read_messages(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = {}
    for key, single, double in ENTRY.findall(text):
        value = single if single or not double else double
        out[key] = re.sub(r"\\(.)", r"\1", value)
    return out


def catalogs(folder):
    """language -> [{English text: translation}], as the shared printer
    takes gettext catalogs; translations equal to the English left out."""
    english = read_messages(os.path.join(folder, "en_US", "messages.inc"))
    langs = {}
    for path in sorted(glob.glob(os.path.join(folder, "*", "messages.inc"))):
        lang = path.split(os.sep)[-2]
        if lang.startswith("en_"):
            continue
        own = read_messages(path)
        catalog = {english[k]: v for k, v in own.items() if k in english and v and v != english[k]}
        if catalog:
            langs[lang] = [catalog]
    if not langs:
        raise SystemExit("no messages.inc under %s" % folder)
    return english, langs


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/roundcube/program/localization"
    english, langs = catalogs(folder)
    messages = [(english[key], rule_id, reason, cause) for key, rule_id, reason, cause in MESSAGES]
    print_catalog_rules(messages, langs, PLACEHOLDER, lambda rule_id: ".priority = 2", SAMPLE_LANGUAGE,
                        lambda text: PLACEHOLDER.sub("-1", text))
    words = set()
    for cats in langs.values():
        for catalog in cats:
            for key in PREFIXES:
                text = catalog.get(english[key], "")
                first = PLACEHOLDER.split(text)[0].strip(TRIM)
                if len(first.encode()) >= 8:
                    words.add(lowered(first))
    print()
    print("// prefix failure words (client_scan.cc):")
    print(",\n".join("    " + cpp_string(w) for w in sorted(words)) + ",")


if __name__ == "__main__":
    main()
