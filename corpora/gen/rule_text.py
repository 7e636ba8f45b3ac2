"""Writing rule text for the generators in corpora/gen: literal bytes as RE2
pattern text and as C++ string literals, and long alternations cut into
raw-string pieces; finding the piece of a translation that tells it from the
others (Thunderbird), reading gettext catalogs (msmtp, mutt), and printing the
rules and failure words of translated messages. Shared by the *_localized.py
generators."""

import glob
import os
import re
import struct


def escaped(b):
    """RE2 pattern text for the literal bytes b: ASCII as is (metacharacters
    escaped), other bytes as \\xHH; ASCII letters are matched without case."""
    s = []
    for byte in b:
        c = chr(byte)
        if byte >= 0x80:
            s.append("\\x%02x" % byte)
        elif c.isalnum() or c in " ,:'-":
            s.append(c)
        else:
            s.append("\\" + c)
    return "".join(s)



def cpp_string(b):
    """A C++ string literal for the bytes b: \\xHH for the others, and the
    literal split where an escape is followed by a hex digit (C++ would read
    it into the escape)."""
    out, escaped_last = [], False
    for byte in b:
        c = chr(byte)
        if byte >= 0x80:
            out.append("\\x%02x" % byte)
            escaped_last = True
            continue
        if escaped_last and c in "0123456789abcdefABCDEF":
            out.append('" "')
        out.append("\\" + c if c in '"\\' else c)
        escaped_last = False
    return '"' + "".join(out) + '"'



def pattern_lines(alternatives):
    """The alternatives joined by '|' in raw-string pieces of about 100
    characters, cut only between two alternatives."""
    lines, line = [], ""
    for a in alternatives:
        piece = a if not line else "|" + a
        if line and len(line) + len(piece) > 100:
            lines.append(line + "|")
            line = a
        else:
            line += piece
    lines.append(line)
    return lines


# Characters a translation puts around a placeholder or at a sentence's end.
TRIM = " \t\u00a0\u202f\"'“”„«»‘’‚:：,，.。()（）「」"


def shortest_unique(words, others, min_bytes, from_end=False):
    """The fewest words of `words` (from its start, or its end) that make at
    least min_bytes and appear in no other alert; None when none do."""
    joiner = " " if len(words) > 1 else ""
    units = words if len(words) > 1 else list(words[0])
    for n in range(1, len(units) + 1):
        part = joiner.join(units[-n:] if from_end else units[:n]).strip(TRIM)
        if len(part.encode()) >= min_bytes and not any(part in o for o in others):
            return part
    return None


def piece(text, others, placeholder):
    """What identifies this alert among the other texts of its language: a
    stretch of its text between placeholders that no other text contains, cut
    to its shortest unique start or end of at least 40 bytes; when the only
    such stretch is short (a translation that puts the server's name late:
    "... (SMTP) « %S » a expiré."), the end of the stretch before the
    placeholder joins it, the placeholder matched by a wildcard. Returns the
    literal parts, or None."""
    parts = [s.strip(TRIM) for s in placeholder.split(text)]
    order = sorted(range(len(parts)), key=lambda i: -len(parts[i].encode()))
    for i in order:
        s = parts[i]
        if len(s) < 4 or any(s in o for o in others):
            continue
        words = s.split(" ")
        if len(s.encode()) >= 30:
            cuts = [c for c in (shortest_unique(words, others, 40), shortest_unique(words, others, 40, True)) if c]
            best = min(cuts, key=lambda c: len(c.encode())) if cuts else s
            if len(best.encode()) <= 200:
                return [best]
            continue
        if i > 0 and len(parts[i - 1].encode()) >= 12:
            tail = shortest_unique(parts[i - 1].split(" "), [], 16, from_end=True) or parts[i - 1]
            return [tail, s]
        return [s]
    return None


def matches_another(parts, others, placeholder):
    """Whether the piece, as its pattern reads (parts joined by a wildcard),
    is found in another alert with its placeholders filled."""
    pattern = re.compile(".{1,160}".join(re.escape(x) for x in parts), re.IGNORECASE)
    return any(pattern.search(placeholder.sub("smtp.example.org", o)) for o in others)


def print_rule(rule_id, items, reason, cause, sample, weight=".priority = 2"):
    """Prints one client rule of alternatives, items being (language, parts,
    whole text): the parts of each joined by a wildcard for its placeholders,
    a comment naming the first three, the sample a real text of them."""
    print("    // %s" % ", ".join("%s %s" % (lang, " ... ".join(p)) for lang, p, _ in items[:3]) + ", ...")
    chunks = pattern_lines([".{1,160}".join(escaped(x.encode()) for x in p) for _, p, _ in items])
    print('    {.id = "%s",' % rule_id)
    print("     .pattern = " + "\n                ".join('R"(%s)"' % c for c in chunks) + ",")
    print('     .reason = "%s", .cause = C::%s, .scopes = kClient, %s,' % (reason, cause, weight))
    print("     .sample = %s}," % cpp_string(sample.encode()))


def print_failure_words(words):
    """Prints the failure words for parsers/client_scan.cc (bytes, their ASCII
    letters already lowercased as the scanner lowers its text)."""
    print()
    print("// failure words (client_scan.cc), ASCII letters lowercased as the scanner lowers its text:")
    print(",\n".join("    " + cpp_string(w) for w in sorted(words)) + ",")


def lowered(text):
    """The UTF-8 bytes of text with their ASCII letters lowercased."""
    return bytes(b + 32 if 65 <= b <= 90 else b for b in text.encode())


def specific_first(order, rules, placeholder):
    """The rules in an order where one whose text another's pattern also
    matches comes first: "servern stöder inte autentisering" (no AUTH) is the
    start of "servern stöder inte autentiseringsmetod %s" (no such method), and
    of two rules that match the same text the classifier takes the earlier."""
    def pattern(parts):
        return re.compile(".{1,160}".join(re.escape(x) for x in parts), re.IGNORECASE)
    def text(whole):
        return placeholder.sub("smtp.example.org", whole)
    before = {r: set() for r in order}  # rule -> the rules that must come before it
    for a in order:
        for b in order:
            if a != b and any(pattern(p).search(text(w)) for _, p, _ in rules[a] for _, _, w in rules[b]):
                before[a].add(b)
    out = []
    while len(out) < len(order):
        ready = [r for r in order if r not in out and before[r] <= set(out)]
        if not ready:
            raise SystemExit("rules match each other's texts both ways: %s" %
                             [r for r in order if r not in out])
        out.append(ready[0])
    return out


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


def gettext_catalogs(folder, names):
    """language -> [{msgid: msgstr}, ...]: the catalogs called `names` under
    folder/<language>/LC_MESSAGES, translated messages only."""
    out = {}
    for name in names:
        for path in sorted(glob.glob(os.path.join(folder, "*", "LC_MESSAGES", name))):
            lang = path.split(os.sep)[-3]
            catalog = read_mo(path)
            out.setdefault(lang, []).append({k: v for k, v in catalog.items() if k and v and v != k})
    if not out:
        raise SystemExit("no %s under %s" % (" or ".join(names), folder))
    return out


def print_catalog_rules(messages, langs, placeholder, weight, sample_language, sample_of):
    """Prints the rules and failure words for catalog messages: messages are
    (msgid, rule id, reason, cause); each language's translation, whole, is
    an alternative of its rule, the placeholders wildcards; rules whose text
    another's pattern also matches come first; weight maps a rule id to its
    weight (None: the default); sample_of makes a line of a translation."""
    rules, order, meta = {}, [], {}
    for msgid, rule_id, reason, cause in messages:
        if rule_id not in rules:
            rules[rule_id], meta[rule_id] = [], (reason, cause)
            order.append(rule_id)
        for lang, cats in langs.items():
            for catalog in cats:
                if msgid not in catalog:
                    continue
                p = [part.strip(TRIM) for part in placeholder.split(catalog[msgid])]
                p = [part for part in p if len(part) >= 2]
                if p and all(p != q for _, q, _ in rules[rule_id]):
                    rules[rule_id].append((lang, p, catalog[msgid]))
    words = set()
    for rule_id in specific_first(order, rules, placeholder):
        items = rules[rule_id]
        if not items:
            continue
        reason, cause = meta[rule_id]
        sample = next((whole for lang, _, whole in items if lang == sample_language), items[0][2])
        print_rule(rule_id, items, reason, cause, sample_of(sample), weight(rule_id))
        for _, p, _ in items:
            # The predicate ("... wird vom Server nicht akzeptiert") more than the
            # subject ("Empfängeradresse"): the last stretch unless it is short; none
            # when every stretch is ("stöds inte" would make any line a failure).
            word = p[-1] if len(p[-1].encode()) >= 16 else max(p, key=lambda part: len(part.encode()))
            if len(word.encode()) >= 16:
                words.add(lowered(word))
    print_failure_words(words)

