"""Writing rule text for the generators in corpora/gen: literal bytes as RE2
pattern text and as C++ string literals, and long alternations cut into
raw-string pieces. Shared by glibc_localized.py and thunderbird_localized.py."""


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
