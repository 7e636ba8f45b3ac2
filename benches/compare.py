#!/usr/bin/env python3
"""End-to-end comparison: each contender runs the same task on the same file, in one run, so the
ratios hold on a shared, noisy machine. Prints a Markdown table (wall time, MB/s, lines/s, peak RSS,
and each contender's ratio to mailtriage --jobs 1), then the issue's targets, each reached or not.

  benches/compare.py --log big.log [--skip pflogsumm] [--skip gz] [--bin build/mailtriage]
  benches/compare.py --generate-mb 1024 [--keep] [--repeat 3]   # generates with corpora/gen/postfix_logs.py
  benches/compare.py --generate-mb 1024 --mailboxes 50000       # ... naming as many mailboxes as a busy relay
  benches/compare.py --log big.log --repeat 5 --bounces 10000     # and then benches/compare_bounces.py's table

Measuring notes:
  * Output that is counted or reported (grep -c, wc -l, mailtriage's report) goes to a file, not
    to /dev/null: GNU grep notices /dev/null and stops at the first match, which would time nothing.
    zcat's target is literally `zcat > /dev/null`.
  * Peak RSS is taken by /usr/bin/time (%M) when it is installed. ru_maxrss from wait4() on a child
    of this script is not the contender's own: Linux carries the parent's high-water mark across
    the fork and exec, so every row would show at least this script's size.
  * --repeat N runs N rounds, each contender once per round in turn, its input read into the page
    cache just before; the table shows each contender's fastest and median run, and the targets
    are judged on the fastest. Contenders slower than 20 s run once.
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
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run(cmd, stdout_path, tmp):
    """Runs cmd (a list, or a string for the shell); returns (seconds, peak RSS in MiB, exit status)."""
    argv = ["/bin/sh", "-c", cmd] if isinstance(cmd, str) else cmd
    rss_file = os.path.join(tmp, "rss")
    if GNU_TIME:
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + argv
    with open(stdout_path, "wb") as out:
        start = time.monotonic()
        p = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.monotonic() - start
    rss = usage.ru_maxrss / 1024.0
    if GNU_TIME:
        try:
            with open(rss_file) as fh:
                rss = int(fh.read().split()[-1]) / 1024.0
        except (OSError, ValueError, IndexError):
            pass
    code = os.waitstatus_to_exitcode(status)
    return elapsed, rss, code


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    u = os.uname()
    return f"{os.cpu_count()} cores{' (' + model + ')' if model else ''}, {u.machine}, Linux {u.release}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", help="Postfix log to use")
    ap.add_argument("--generate-mb", type=int, default=0, help="generate a log of about this many MB")
    ap.add_argument("--mailboxes", type=int, default=0,
                    help="with --generate-mb: distinct mailboxes, as a busy relay's log names (postfix_logs.py --mailboxes)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "mailtriage"))
    ap.add_argument("--skip", action="append", default=[], help="contender to skip (pflogsumm, gz, ...)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per contender; the fastest counts")
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    ap.add_argument("--bounces", type=int, default=0,
                    help="also compare with Sisimai on about this many bounce messages (benches/compare_bounces.py)")
    a = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="mailtriage-compare-")
    try:
        log = a.log
        if not log:
            if not a.generate_mb:
                sys.exit("give --log FILE or --generate-mb N")
            log = os.path.join(tmp, "mail.log")
            gen = os.path.join(ROOT, "corpora", "gen", "postfix_logs.py")
            subprocess.run([sys.executable, gen, "--seed", "1", "--size", str(a.generate_mb * 1000000), "--output", log]
                           + (["--mailboxes", str(a.mailboxes)] if a.mailboxes else []), check=True)
        size = os.path.getsize(log)
        lines = 0
        with open(log, "rb") as fh:
            for buf in iter(lambda: fh.read(1 << 20), b""):
                lines += buf.count(b"\n")
        gz = os.path.join(tmp, "mail.log.gz")
        if "gz" not in a.skip:
            with open(gz, "wb") as out:
                subprocess.run(["gzip", "-c", "-6", log], stdout=out, check=True)

        mt = [a.bin, "--year", "2024", "--no-progress"]
        # (name, command, where stdout goes)
        contenders = [
            ("mailtriage --jobs 1", mt + ["--jobs", "1", log], "file"),
            ("mailtriage --jobs 2", mt + ["--jobs", "2", log], "file"),
            ("pflogsumm", ["pflogsumm", log], "file"),
            ("LC_ALL=C grep -c status=", "LC_ALL=C grep -c status= '" + log + "'", "file"),
            ("wc -l", ["wc", "-l", log], "file"),
        ]
        if "gz" not in a.skip:
            contenders += [
                ("mailtriage --jobs 1 (.gz)", mt + ["--jobs", "1", gz], "file"),
                ("mailtriage --jobs 2 (.gz)", mt + ["--jobs", "2", gz], "file"),
                ("zcat > /dev/null", ["zcat", gz], "null"),
            ]
        contenders = [c for c in contenders if not any(s in c[0] for s in a.skip)]
        # Rounds: every contender once per round, in turn, so that a slow or busy minute of the
        # shared machine falls on all of them; and the file a contender reads is read into the page
        # cache just before it runs (this machine's cache lets go of a file within seconds, so a
        # single warm-up at the start left the later contenders reading part of it from disk).
        def warm(path):
            run(["cat", path], os.devnull, tmp)

        times = {name: [] for name, _, _ in contenders}
        rss_of, status_of = {}, {}
        for i in range(max(1, a.repeat)):
            for name, cmd, where in contenders:
                if times[name] and times[name][0] > 20:
                    continue  # slow contenders (pflogsumm) run once
                warm(gz if "(.gz)" in name or name.startswith("zcat") else log)
                r = run(cmd, os.devnull if where == "null" else os.path.join(tmp, "out"), tmp)
                times[name].append(r[0])
                rss_of[name] = max(rss_of.get(name, 0), r[1])
                status_of[name] = r[2]
        results = {}
        medians = {}
        for name, _, _ in contenders:
            ts = sorted(times[name])
            results[name] = (ts[0], rss_of[name], status_of[name])
            medians[name] = ts[len(ts) // 2]
            print(f"  {name}: fastest {ts[0]:.2f} s, median {medians[name]:.2f} s of {len(ts)}, "
                  f"{rss_of[name]:.0f} MiB, exit {status_of[name]}", file=sys.stderr)

        base = results[contenders[0][0]][0]
        print(f"Input: {size / 1e6:.0f} MB, {lines:,} lines" +
              (f"; gzipped {os.path.getsize(gz) / 1e6:.0f} MB" if "gz" not in a.skip else ""))
        print(f"Machine: {machine()}")
        print()
        print("| contender | seconds (fastest) | median | MB/s | lines/s | peak RSS MiB | time vs mailtriage --jobs 1 |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, _, _ in contenders:
            secs, rss, status = results[name]
            mbps = size / 1e6 / secs if secs else 0
            print(f"| {name} | {secs:.2f} | {medians[name]:.2f} | {mbps:.0f} | {lines / secs:,.0f} | {rss:.0f} | {secs / base:.2f}x |"
                  + (f" (exit {status})" if status not in (0, 1) else ""))

        # The targets, against the faster mailtriage run of each kind.
        def best_of(names):
            runs = [(results[n][0], n) for n in names if n in results]
            return min(runs) if runs else None

        plain = best_of(["mailtriage --jobs 1", "mailtriage --jobs 2"])
        packed = best_of(["mailtriage --jobs 1 (.gz)", "mailtriage --jobs 2 (.gz)"])
        rows = []
        if plain and "pflogsumm" in results:
            ratio = results["pflogsumm"][0] / plain[0]
            rows.append(("throughput >= 100x pflogsumm", f"{ratio:.1f}x ({plain[1]})", ratio >= 100))
        grep = "LC_ALL=C grep -c status="
        if plain and grep in results:
            ratio = results[grep][0] / plain[0]
            median_ratio = medians[grep] / medians[plain[1]]
            rows.append(("speed >= 0.5x `LC_ALL=C grep -c status=`",
                         f"{ratio:.2f}x fastest, {median_ratio:.2f}x median ({plain[1]})", ratio >= 0.5))
        if packed and "zcat > /dev/null" in results:
            ratio = packed[0] / results["zcat > /dev/null"][0]
            rows.append((".gz time <= 1.2x `zcat > /dev/null`", f"{ratio:.2f}x ({packed[1]})", ratio <= 1.2))
        rss = [(results[n][1], n) for n in results if n.startswith("mailtriage") and "(.gz)" not in n]
        if rss and GNU_TIME:
            peak = max(rss)
            rows.append(("peak RSS <= 128 MiB", f"{peak[0]:.0f} MiB ({peak[1]})", peak[0] <= 128))
        if rows:
            print()
            print("| target | measured | reached |")
            print("|---|---:|---|")
            for what, measured, ok in rows:
                print(f"| {what} | {measured} | {'yes' if ok else 'no'} |")
        if a.bounces:
            # The bounce side has its own corpus copies and timing rules; its table follows.
            print()
            sys.stdout.flush()
            subprocess.run([sys.executable, os.path.join(HERE, "compare_bounces.py"), "--messages", str(a.bounces),
                            "--repeat", str(max(1, a.repeat)), "--bin", a.bin], check=True)
    finally:
        if a.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
