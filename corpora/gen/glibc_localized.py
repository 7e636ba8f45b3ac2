#!/usr/bin/env python3
"""Prints the localized-network-error rules of classifiers/rules_client.cc
("--- Network errors in other languages"), from the C library itself.

Mail programs on Linux (msmtp, mutt/neomutt, s-nail, curl, Python, Ruby, ...)
print glibc's strerror() and gai_strerror() texts, which glibc translates:
a Russian system says "В соединении отказано" where an English one says
"Connection refused". This asks the running C library for each text in each
locale and writes the rule rows, with the non-ASCII bytes escaped (the rule
patterns are ASCII; classifier.cc compiles them as bytes) and the readable
texts in a comment above each row, plus the lowercased texts for the client
scanner's failure words (parsers/client_scan.cc), their ASCII letters lowercased
as the scanner lowers a line.

Needs the Debian packages libc-l10n and locales-all (not needed to build or
test mailtriage: the output is checked in). Run:
    python3 corpora/gen/glibc_localized.py
German, French, Spanish, Portuguese and Italian are in the hand-written rules
already, with Windows' wording beside glibc's; English is the rules themselves.
"""
import ctypes
import ctypes.util
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_text import cpp_string, escaped, pattern_lines  # noqa: E402

LOCALES = ["ru_RU", "uk_UA", "cs_CZ", "pl_PL", "sv_SE", "tr_TR", "nl_NL", "da_DK", "fi_FI", "nb_NO", "hu_HU",
           "el_GR", "vi_VN", "id_ID", "ja_JP", "ko_KR", "zh_CN", "zh_TW"]

# rule id, reason, cause, and the C library calls whose texts it matches
GROUPS = [
    ("net.connection_refused.localized", "connection_refused", "server_unavailable", [("strerror", 111)]),
    ("net.connection_timeout.localized", "connection_timeout", "server_unavailable", [("strerror", 110)]),
    ("net.no_route_to_host.localized", "no_route_to_host", "server_unavailable", [("strerror", 113)]),
    ("net.network_unreachable.localized", "network_unreachable", "server_unavailable", [("strerror", 101)]),
    ("net.connection_closed.localized", "connection_lost", "server_unavailable", [("strerror", 104)]),
    ("dns.name_not_found.localized", "host_not_found", "dns", [("gai_strerror", -2)]),
    ("dns.temporary_failure.localized", "resolver_failure", "dns", [("gai_strerror", -3)]),
]
SAMPLE_LOCALE = "ru_RU"


def texts():
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.strerror.restype = ctypes.c_char_p
    libc.gai_strerror.restype = ctypes.c_char_p
    libc.setlocale.restype = ctypes.c_char_p
    lc_all = 6
    english = {}
    libc.setlocale(lc_all, b"C")
    for _, _, _, calls in GROUPS:
        for fn, code in calls:
            english[(fn, code)] = getattr(libc, fn)(code)
    out = {}  # (fn, code) -> [(locale, bytes)]
    for loc in LOCALES:
        os.environ["LANGUAGE"] = loc
        if libc.setlocale(lc_all, (loc + ".UTF-8").encode()) is None:
            raise SystemExit("locale %s.UTF-8 is missing: install locales-all" % loc)
        for _, _, _, calls in GROUPS:
            for fn, code in calls:
                text = getattr(libc, fn)(code)
                if text == english[(fn, code)]:
                    continue  # not translated in this glibc
                out.setdefault((fn, code), []).append((loc, text))
    return out


def main():
    found = texts()
    for rule_id, reason, cause, calls in GROUPS:
        items = [t for call in calls for t in found.get(call, [])]
        print("    // %s" % ", ".join("%s %s" % (loc[:2], t.decode()) for loc, t in items))
        chunks = pattern_lines([escaped(t) for _, t in items])
        print('    {.id = "%s",' % rule_id)
        print("     .pattern = " + "\n                ".join('R"(%s)"' % c for c in chunks) + ",")
        sample = next(t for loc, t in items if loc == SAMPLE_LOCALE)
        print('     .reason = "%s", .cause = C::%s, .scopes = kClient,' % (reason, cause))
        print("     .sample = %s}," % cpp_string(b"msmtp: " + sample))
    print()
    print("// failure words (client_scan.cc), ASCII letters lowercased as the scanner lowers its text:")
    words = sorted({bytes(b + 32 if 65 <= b <= 90 else b for b in t) for items in found.values() for _, t in items})
    print(",\n".join("    " + cpp_string(w) for w in words) + ",")


if __name__ == "__main__":
    main()
