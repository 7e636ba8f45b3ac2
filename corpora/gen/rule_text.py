"""Writing rule text for the generators in corpora/gen: literal bytes as RE2
pattern text and as C++ string literals, and long alternations cut into
raw-string pieces. Shared by glibc_localized.py, thunderbird_localized.py and msmtp_localized.py;
the piece-finding is for translations with placeholders."""

import re


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
