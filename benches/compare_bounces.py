#!/usr/bin/env python3
"""mailtriage vs Debian's Sisimai on the same bounce messages: the shared corpus copied until
there are about --messages files, both run over all of them in one run. Prints messages/s for
each, the ratio, and peak RSS at two corpus sizes (to show that memory stays flat).

  benches/compare_bounces.py [--messages 10000] [--repeat 5] [--bin build/mailtriage]

The copies are synced first, and read again before every run of either
contender (no write-back or cold page cache in any timing). Each contender
runs --repeat times on each set, the two alternating (the machines are shared
and noisy: a neighbour's burst then falls on both); the table gives the
fastest run's seconds (noise only adds time; benches/compare.py counts the
fastest too), the median's, and the largest peak RSS.

Needs libsisimai-perl (apt-get install libsisimai-perl) for the Sisimai side.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd):
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    return time.monotonic() - start, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def make_copies(corpus, dest, target):
    files = []
    for d, _, names in os.walk(os.path.join(corpus, "maildir")):
        files += [os.path.join(d, n) for n in sorted(names) if n.endswith(".eml")]
    out = []
    i = 0
    while len(out) < target:
        for f in files:
            if len(out) >= target:
                break
            sub = os.path.join(dest, f"copy{i:03d}")
            os.makedirs(sub, exist_ok=True)
            p = os.path.join(sub, os.path.relpath(f, corpus).replace(os.sep, "_"))
            shutil.copyfile(f, p)
            out.append(p)
        i += 1
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=10000)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "mailtriage"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "bounces", "sisimai"))
    ap.add_argument("--skip-sisimai", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="mailtriage-bounces-")
    try:
        small_dir, big_dir = os.path.join(tmp, "small"), os.path.join(tmp, "big")
        small = make_copies(a.corpus, small_dir, max(1, a.messages // 4))
        big = make_copies(a.corpus, big_dir, a.messages)
        # The copies are written out before anything is timed, and read again
        # before each run: neither contender pays for write-back or for files
        # the page cache let go of (on the project's machines it drops a few
        # percent of 10,000 files within 20 s, and the shorter run felt it most).
        os.sync()

        def warm(files):
            for f in files:
                with open(f, "rb") as fh:
                    fh.read()
        rows = []
        for label, d, files in (("1/4", small_dir, small), ("all", big_dir, big)):
            contenders = [("mailtriage", [a.bin, "--format", "ndjson", d])]
            if not a.skip_sisimai:
                contenders.append(("Sisimai (Debian)", ["perl", os.path.join(HERE, "sisimai_driver.pl")] + files))
            runs = {name: [] for name, _ in contenders}
            for _ in range(max(1, a.repeat)):
                for name, cmd in contenders:
                    warm(files)
                    runs[name].append(run(cmd))
            for name, _ in contenders:
                times = sorted(r[0] for r in runs[name])
                rss = max(r[1] for r in runs[name])
                st = next((r[2] for r in runs[name] if r[2] not in (0, 3)), runs[name][0][2])
                rows.append((name, label, len(files), times[0], times[len(times) // 2], rss, st))
        print(f"Machine: {os.cpu_count()} cores, {os.uname().machine}; {max(1, a.repeat)} alternating runs each")
        print()
        print("| contender | messages | fastest s | messages/s | median s | messages/s | peak RSS MiB |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, label, n, best, median, rss, st in rows:
            print(f"| {name} | {n:,} | {best:.2f} | {n / best:,.0f} | {median:.2f} | {n / median:,.0f} | {rss:.0f} |"
                  + (f" exit {st}" if st not in (0, 3) else ""))
        mt = [r for r in rows if r[0] == "mailtriage" and r[1] == "all"][0]
        ss = [r for r in rows if r[0] != "mailtriage" and r[1] == "all"]
        if ss:
            print()
            print(f"mailtriage / Sisimai messages/s on {mt[2]:,} messages: {ss[0][3] / mt[3]:.1f}x fastest run against "
                  f"fastest run (as benches/compare.py counts), {ss[0][4] / mt[4]:.1f}x median against median")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
