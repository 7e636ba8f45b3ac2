#!/usr/bin/env python3
"""End-to-end comparison: each contender runs the same task on the same file, in one run, so the
ratios hold on a shared, noisy machine. Prints a Markdown table (wall time, MB/s, lines/s, peak RSS,
and each contender's ratio to mailtriage --jobs 1).

  benches/compare.py --log big.log [--gz] [--skip pflogsumm] [--bin build/mailtriage]
  benches/compare.py --generate-mb 1024 [--keep]      # generates with corpora/gen/postfix_logs.py

Peak RSS comes from wait4() on each child (ru_maxrss), so it is the contender's own.
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


def run(cmd, stdout=subprocess.DEVNULL, shell=False):
    """Runs cmd; returns (seconds, peak RSS in MiB, exit status)."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, shell=shell)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.monotonic() - start
    return elapsed, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", help="Postfix log to use")
    ap.add_argument("--generate-mb", type=int, default=0, help="generate a log of about this many MB")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "mailtriage"))
    ap.add_argument("--skip", action="append", default=[], help="contender to skip (pflogsumm, gz, ...)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per contender; the fastest counts")
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    a = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="mailtriage-compare-")
    try:
        log = a.log
        if not log:
            if not a.generate_mb:
                sys.exit("give --log FILE or --generate-mb N")
            log = os.path.join(tmp, "mail.log")
            gen = os.path.join(ROOT, "corpora", "gen", "postfix_logs.py")
            subprocess.run([sys.executable, gen, "--seed", "1", "--size", str(a.generate_mb * 1000000), "--output", log], check=True)
        size = os.path.getsize(log)
        with open(log, "rb") as fh:
            lines = sum(buf.count(b"\n") for buf in iter(lambda: fh.read(1 << 24), b""))
        gz = os.path.join(tmp, "mail.log.gz")
        if "gz" not in a.skip:
            with open(gz, "wb") as out:
                subprocess.run(["gzip", "-c", "-6", log], stdout=out, check=True)

        contenders = [
            ("mailtriage --jobs 1", [a.bin, "--jobs", "1", "--year", "2024", log]),
            ("mailtriage --jobs 2", [a.bin, "--jobs", "2", "--year", "2024", log]),
            ("pflogsumm", ["pflogsumm", log]),
            ("LC_ALL=C grep -c status=", "LC_ALL=C grep -c status= " + log),
            ("wc -l", ["wc", "-l", log]),
        ]
        if "gz" not in a.skip:
            contenders += [
                ("mailtriage --jobs 1 (.gz)", [a.bin, "--jobs", "1", "--year", "2024", gz]),
                ("mailtriage --jobs 2 (.gz)", [a.bin, "--jobs", "2", "--year", "2024", gz]),
                ("zcat > /dev/null", ["zcat", gz]),
            ]
        contenders = [c for c in contenders if not any(s in c[0] for s in a.skip)]
        # Warm the page cache so that the first contender does not pay for the disk.
        run(["cat", log])

        results = []
        for name, cmd in contenders:
            best = None
            for _ in range(a.repeat):
                r = run(cmd, shell=isinstance(cmd, str))
                if best is None or r[0] < best[0]:
                    best = r
            results.append((name, *best))
            print(f"  {name}: {best[0]:.2f} s, {best[1]:.0f} MiB, exit {best[2]}", file=sys.stderr)

        base = results[0][1]
        print(f"Input: {size / 1e6:.0f} MB, {lines:,} lines" + (f"; gzipped {os.path.getsize(gz) / 1e6:.0f} MB" if "gz" not in a.skip else ""))
        print(f"Machine: {os.cpu_count()} cores, {os.uname().machine}, {os.uname().release}")
        print()
        print("| contender | seconds | MB/s | lines/s | peak RSS MiB | time vs mailtriage --jobs 1 |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, secs, rss, status in results:
            mbps = size / 1e6 / secs if secs else 0
            print(f"| {name} | {secs:.2f} | {mbps:.0f} | {lines / secs:,.0f} | {rss:.0f} | {secs / base:.2f}x |"
                  + (f" (exit {status})" if status not in (0, 1) else ""))
    finally:
        if a.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
