#!/usr/bin/env python3
"""End-to-end comparison on an Exim mainlog: mailtriage and eximstats (Debian's
exim4-base; a Perl script that needs no running MTA) run the same log, one
after the other in one run, so the ratio holds on a shared, noisy machine.
Prints both times, the ratio, and MB/s, lines/s and peak RSS for each.

  benches/compare_exim.py --generate-mb 200 [--keep] [--repeat 3]
  benches/compare_exim.py --log /var/log/exim4/mainlog
  benches/compare_exim.py --generate-mb 50 --eximstats /tmp/exim4/usr/sbin/eximstats

eximstats comes from `apt-get install exim4-base` (/usr/sbin/eximstats). To
avoid installing an MTA: `apt-get download exim4-base && dpkg -x exim4-base_*.deb DIR`
and pass --eximstats DIR/usr/sbin/eximstats (it runs with the system perl).
Peak RSS comes from GNU time (/usr/bin/time) around each contender, so it is the contender's own.
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


def run(cmd, tmp):
    """Runs cmd with its output discarded; returns (seconds, peak RSS in MiB, exit status).

    A child of this Python process inherits its high-water RSS across exec, so
    the peak RSS comes from GNU time (a small parent) when it is installed;
    otherwise from wait4() and it is an upper bound.
    """
    gnu_time = "/usr/bin/time"
    rss_file = os.path.join(tmp, "rss")
    if os.access(gnu_time, os.X_OK):
        cmd = [gnu_time, "-o", rss_file, "-f", "%M"] + cmd
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.monotonic() - start
    rss = usage.ru_maxrss / 1024.0
    if cmd[0] == gnu_time:
        with open(rss_file) as f:
            rss = int(f.read().split()[-1]) / 1024.0
    return elapsed, rss, os.waitstatus_to_exitcode(status)


def find_eximstats(given):
    for path in filter(None, [given, shutil.which("eximstats"), "/usr/sbin/eximstats"]):
        if os.path.isfile(path):
            return path
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", help="Exim mainlog to use")
    ap.add_argument("--generate-mb", type=int, default=0, help="generate a mainlog of about this many MB")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "mailtriage"))
    ap.add_argument("--eximstats", default="", help="path of eximstats (default: PATH, then /usr/sbin/eximstats)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per contender; the fastest counts")
    ap.add_argument("--keep", action="store_true", help="keep the generated file")
    a = ap.parse_args()

    eximstats = find_eximstats(a.eximstats)
    if not eximstats:
        sys.exit("eximstats not found: apt-get install exim4-base, or give --eximstats PATH (see --help)")
    if not os.path.isfile(a.bin):
        sys.exit("mailtriage not found at %s (build it, or give --bin)" % a.bin)

    tmp = tempfile.mkdtemp(prefix="mailtriage-compare-exim-")
    try:
        log = a.log
        if not log:
            if not a.generate_mb:
                sys.exit("give --log FILE or --generate-mb N")
            log = os.path.join(tmp, "mainlog")
            gen = os.path.join(ROOT, "corpora", "gen", "exim_logs.py")
            print(f"generating {a.generate_mb} MB with {os.path.relpath(gen, ROOT)} --seed {a.seed} ...", file=sys.stderr)
            subprocess.run([sys.executable, gen, "--seed", str(a.seed), "--size", str(a.generate_mb * 1000000),
                            "--interval", "1", "--output", log], check=True)
        size = os.path.getsize(log)
        with open(log, "rb") as fh:
            lines = sum(buf.count(b"\n") for buf in iter(lambda: fh.read(1 << 24), b""))

        contenders = [
            ("mailtriage --jobs 1", [a.bin, "--jobs", "1", "--input-format", "exim", log]),
            ("mailtriage --jobs 2", [a.bin, "--jobs", "2", "--input-format", "exim", log]),
            # eximstats's default: the full text report (all its tables and the error list).
            ("eximstats", ["perl", eximstats, log]),
        ]
        # Warm the page cache so that the first contender does not pay for the disk.
        subprocess.run(["cat", log], stdout=subprocess.DEVNULL, check=True)

        results = []
        for name, cmd in contenders:
            best = None
            for _ in range(a.repeat):
                r = run(cmd, tmp)
                if best is None or r[0] < best[0]:
                    best = r
            results.append((name, *best))
            print(f"  {name}: {best[0]:.2f} s, {best[1]:.0f} MiB, exit {best[2]}", file=sys.stderr)

        base = results[0][1]
        print(f"Input: {size / 1e6:.0f} MB Exim mainlog, {lines:,} lines")
        print(f"Machine: {os.cpu_count()} cores, {os.uname().machine}, {os.uname().release}")
        print()
        print("| contender | seconds | MB/s | lines/s | peak RSS MiB | time vs mailtriage --jobs 1 |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, secs, rss, status in results:
            mbps = size / 1e6 / secs if secs else 0
            print(f"| {name} | {secs:.2f} | {mbps:.0f} | {lines / secs:,.0f} | {rss:.0f} | {secs / base:.2f}x |"
                  + (f" (exit {status})" if status not in (0, 1) else ""))
        stats = next(r for r in results if r[0] == "eximstats")
        print()
        print(f"eximstats / mailtriage --jobs 1: {stats[1] / base:.1f}x")
    finally:
        if a.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
