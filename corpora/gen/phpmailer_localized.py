#!/usr/bin/env python3
"""Prints the rules for PHPMailer's error messages in other languages
(classifiers/rules_client.cc, "--- PHPMailer's errors in other languages"),
from PHPMailer's own language files.

A PHP site that calls $mail->setLanguage('pl') logs PHPMailer's errors in
that language: "Mailer Error: Błąd SMTP: Nie można przeprowadzić
uwierzytelnienia." where an English one says "SMTP Error: Could not
authenticate." The English messages have rules of their own. This reads
PHPMailer's language/phpmailer.lang-*.php files and writes, for each message
below, its whole translation as one alternative of a rule (the messages have
no placeholders: PHPMailer appends the address or host after them), the
non-ASCII bytes escaped, plus each text lowercased for the client scanner's
failure words (parsers/client_scan.cc).

The language files come from Debian's libphp-phpmailer package (not needed to
build or test mailtriage: the output is checked in):
    apt-get install libphp-phpmailer
    python3 corpora/gen/phpmailer_localized.py /usr/share/php/libphp-phpmailer/language
"""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_text import TRIM, lowered, print_failure_words, print_rule, specific_first  # noqa: E402

# PHPMailer's message key -> rule id, reason, cause: the reading the English
# rules give the same message.
MESSAGES = [
    ("authenticate", "phpmailer.could_not_authenticate.localized", "auth_failed", "authentication"),
    ("connect_host", "phpmailer.connect_failed.localized", "connection_failed", "server_unavailable"),
    ("smtp_connect_failed", "phpmailer.connect_failed.localized", "connection_failed", "server_unavailable"),
    ("instantiate", "phpmailer.no_mail_function.localized", "sendmail_missing", "server_settings"),
    ("execute", "phpmailer.no_mail_function.localized", "sendmail_missing", "server_settings"),
    ("recipients_failed", "phpmailer.recipients_failed.localized", "userunknown", "recipient_unknown"),
    ("data_not_accepted", "phpmailer.data_not_accepted.localized", "data_rejected", "spam_policy"),
    ("from_failed", "phpmailer.from_failed.localized", "rejected", "spam_policy"),
]
# As in English: these only wrap the server's reply, which, where the line
# quotes it, says why.
WEIGHT = {
    "phpmailer.recipients_failed.localized": ".weight = Weight::vague",
    "phpmailer.data_not_accepted.localized": ".weight = Weight::vague",
    "phpmailer.from_failed.localized": ".priority = -1",
    # As the English rule: a reply quoted beside it ("504 5.7.4 Unrecognized
    # authentication type") names why the login failed.
    "phpmailer.could_not_authenticate.localized": ".priority = -1",
    # As client.connect_failed: what the lines before it say of the connection
    # (an OpenSSL "unsupported protocol", a refusal) names the cause.
    "phpmailer.connect_failed.localized": ".priority = -2",
}
SAMPLE_LANGUAGE = "de"
# The messages have no placeholders; a text is cut, as at one, where its typography
# changes when it is pasted or retyped: a typographic apostrophe (French "d’instancier"
# becomes "d'instancier"), no-break spaces and guillemets.
CUT = re.compile("[\u00a0\u202f]*[’«»“”„][\u00a0\u202f]*|[\u00a0\u202f]+")
ENTRY = re.compile(r"\$PHPMAILER_LANG\['([a-z_]+)'\]\s*=\s*((?:'(?:[^'\\]|\\.)*'\s*\.?\s*)+);", re.S)
PART = re.compile(r"'((?:[^'\\]|\\.)*)'")


def catalogs(folder):
    """language -> {key: text} for every phpmailer.lang-*.php under folder."""
    out = {}
    for path in sorted(glob.glob(os.path.join(folder, "phpmailer.lang-*.php"))):
        lang = os.path.basename(path)[len("phpmailer.lang-"):-len(".php")]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        out[lang] = {m.group(1): "".join(p.replace("\\'", "'") for p in PART.findall(m.group(2)))
                     for m in ENTRY.finditer(text)}
    if not out:
        raise SystemExit("no phpmailer.lang-*.php under %s" % folder)
    return out


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/php/libphp-phpmailer/language"
    langs = catalogs(folder)
    rules, order, meta = {}, [], {}
    for key, rule_id, reason, cause in MESSAGES:
        if rule_id not in rules:
            rules[rule_id], meta[rule_id] = [], (reason, cause)
            order.append(rule_id)
        for lang, catalog in langs.items():
            text = catalog.get(key, "").strip(TRIM)
            # A language file may leave a message in English: the English rules read it.
            untranslated = text.isascii() and re.search(r"\b(?:SMTP Error|Could not|failed|following)\b", text)
            if len(text.encode()) < 8 or untranslated:
                continue
            parts = [p.strip(TRIM) for p in CUT.split(text)]
            parts = [p for p in parts if len(p) >= 2]
            if all(parts != q for _, q, _ in rules[rule_id]):
                rules[rule_id].append((lang, parts, catalog[key]))
    order = specific_first(order, rules, CUT)
    words = set()
    for rule_id in order:
        items = rules[rule_id]
        if not items:
            continue
        reason, cause = meta[rule_id]
        sample = next((whole for lang, _, whole in items if lang == SAMPLE_LANGUAGE), items[0][2])
        print_rule(rule_id, items, reason, cause, "Mailer Error: " + sample.strip(),
                   WEIGHT.get(rule_id, ".priority = 2"))
        for _, p, _ in items:
            # The longest stretch, a phrase rather than one word where there is one: French
            # "Erreur SMTP : échec de l’authentification." cut at its no-break space and apostrophe
            # leaves "authentification" alone, which would make any line naming it a failure.
            phrases = [part for part in p if " " in part] or p
            word = max(phrases, key=lambda part: len(part.encode()))
            if len(word.encode()) >= 16:
                words.add(lowered(word))
    print_failure_words(words)


if __name__ == "__main__":
    main()
