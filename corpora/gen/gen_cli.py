"""What the log generators share: their command line, the scenario loop of
the generators that write as they go, and the truth file."""
import json
import sys


def add_common_arguments(ap, mix_example, mix_keys):
    """The options every generator takes; a generator adds its own after."""
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--lines", type=int, default=0, help="stop after about this many lines (a scenario is never cut)")
    ap.add_argument("--size", type=int, default=0, help="stop after about this many bytes")
    ap.add_argument("--start", default="2024-03-10T06:00:00", help="time of the first line (UTC, default %(default)s)")
    ap.add_argument("--interval", type=float, default=20.0, help="mean seconds between scenarios (default 20)")
    ap.add_argument("--mix", default="", help="weights, e.g. %s (keys: %s)" % (mix_example, ", ".join(mix_keys)))
    ap.add_argument("--output", default="-", help="log file (default stdout)")
    ap.add_argument("--truth", default="", help="write the JSON summary of known outcomes here")


def parse_arguments(ap):
    args = ap.parse_args()
    if not args.lines and not args.size:
        args.lines = 1000
    return args


def open_output(path, encoding):
    return sys.stdout if path == "-" else open(path, "w", encoding=encoding, newline="\n")


def close_output(out):
    if out is not sys.stdout:
        out.close()


def run_scenarios(log, args, mix, start, out):
    """Picks scenarios by weight until the size or line target: `log` has
    rng, outbound(t, mix), one method per other scenario, later(), flush()
    and the written_lines/written_bytes counters."""
    names = list(mix["scenarios"])
    weights = list(mix["scenarios"].values())
    t = start
    while True:
        kind = log.rng.choices(names, weights=weights)[0]
        if kind == "outbound":
            log.outbound(t, mix)
        else:
            getattr(log, kind)(t)
        t = log.later(t, 0, 2 * args.interval)
        log.flush(out, before=t)
        if (args.lines and log.written_lines >= args.lines) or (args.size and log.written_bytes >= args.size):
            break
    log.flush(out)


def write_truth(path, truth, encoding="utf-8"):
    with open(path, "w", encoding=encoding) as f:
        json.dump(truth, f, indent=2)
        f.write("\n")
