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
import glob
import os
import re
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_text import TRIM, lowered, print_failure_words, print_rule, specific_first  # noqa: E402

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


def read_mo(path):
    """msgid -> msgstr of a GNU .mo file, decoded from the charset its header
    names (some of mutt's catalogs are in ISO-8859 or EUC charsets; gettext
    converts them to the locale's, UTF-8 today). Plural forms keep the first."""
    with open(path, "rb") as f:
        data = f.read()
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    _, count, ids_at, strs_at = struct.unpack(order + "4I", data[4:20])
    def entry(table, i):
        length, offset = struct.unpack(order + "2I", data[table + 8 * i: table + 8 * i + 8])
        return data[offset:offset + length]
    raw = [(entry(ids_at, i), entry(strs_at, i)) for i in range(count)]
    charset = "utf-8"
    for k, v in raw:
        if k == b"":
            m = re.search(rb"charset=([A-Za-z0-9_.:-]+)", v)
            if m:
                charset = m.group(1).decode()
    out = {}
    for k, v in raw:
        if not k:
            continue
        out[k.split(b"\0")[0].decode(charset, "replace")] = v.split(b"\0")[0].decode(charset, "replace")
    return out


def catalogs(folder):
    """language -> [{msgid: msgstr}, ...]: mutt's and neomutt's catalogs under folder."""
    out = {}
    for name in ("mutt.mo", "neomutt.mo"):
        for path in sorted(glob.glob(os.path.join(folder, "*", "LC_MESSAGES", name))):
            lang = path.split(os.sep)[-3]
            catalog = read_mo(path)
            out.setdefault(lang, []).append({k: v for k, v in catalog.items() if k and v and v != k})
    if not out:
        raise SystemExit("no mutt.mo or neomutt.mo under %s" % folder)
    return out


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/locale"
    langs = catalogs(folder)
    rules, order, meta = {}, [], {}
    for msgid, rule_id, reason, cause in MESSAGES:
        if rule_id not in rules:
            rules[rule_id], meta[rule_id] = [], (reason, cause)
            order.append(rule_id)
        for lang, cats in langs.items():
            for catalog in cats:
                if msgid not in catalog:
                    continue
                p = [part.strip(TRIM) for part in PLACEHOLDER.split(catalog[msgid])]
                p = [part for part in p if len(part) >= 2]
                if p and all(p != q for _, q, _ in rules[rule_id]):
                    rules[rule_id].append((lang, p, catalog[msgid]))
    order = specific_first(order, rules, PLACEHOLDER)
    words = set()
    for rule_id in order:
        items = rules[rule_id]
        if not items:
            continue
        reason, cause = meta[rule_id]
        sample = next((whole for lang, _, whole in items if lang == SAMPLE_LANGUAGE), items[0][2])
        sample = PLACEHOLDER.sub("smtp.example.org", sample)
        print_rule(rule_id, items, reason, cause, sample, WEIGHT.get(rule_id, DEFAULT_WEIGHT))
        for _, p, _ in items:
            # The predicate ("... wird vom Server nicht akzeptiert") more than the
            # subject ("Empfängeradresse"): the last stretch unless it is short; none
            # when every stretch is ("stöds inte" would make any line a failure).
            word = p[-1] if len(p[-1].encode()) >= 16 else max(p, key=lambda part: len(part.encode()))
            if len(word.encode()) >= 16:
                words.add(lowered(word))
    print_failure_words(words)

if __name__ == "__main__":
    main()
