#!/usr/bin/env python3
"""Issue 18's between-runs check over the six runs' consoles (OUT_DIR/seed<N>.log): does each run's
THREAD_POOL x2 interval cover the median of the six estimates, and does each run's two-core A/A
control (THREAD_POOL / THREAD_POOL_TWIN per block) cover 1.0? Prints a Markdown table."""
import glob
import os
import re
import statistics
import sys

ROW = re.compile(r"^THREAD_POOL x2\s+[\d.]+\s+([\d.]+)x\s+\[\s*([\d.]+),\s*([\d.]+)\]")
CONTROL = re.compile(r"^two-core A/A control: .* = ([\d.]+) \[([\d.]+), ([\d.]+)\]")


def parse(path):
    pool = control = None
    for line in open(path):
        if (m := ROW.match(line)):
            pool = tuple(float(g) for g in m.groups())
        if (m := CONTROL.match(line)):
            control = tuple(float(g) for g in m.groups())
    if pool is None or control is None:
        sys.exit(f"{path}: no THREAD_POOL x2 row or no two-core A/A control line")
    return pool, control


def main(out):
    logs = sorted(glob.glob(os.path.join(out, "seed*.log")), key=lambda p: int(re.sub(r"\D", "", os.path.basename(p))))
    runs = [(os.path.basename(p)[:-4], *parse(p)) for p in logs]
    median = statistics.median(pool[0] for _, pool, _ in runs)
    print(f"THREAD_POOL x2 speedup, median of the {len(runs)} estimates: {median:.3f}\n")
    print("| run | THREAD_POOL x2 [95% interval] | covers the median | two-core A/A control [95% interval] | covers 1.0 |")
    print("|---|---:|:---:|---:|:---:|")
    pool_hits = control_hits = 0
    for name, (est, lo, hi), (c, clo, chi) in runs:
        covers = lo <= median <= hi
        control_covers = clo <= 1.0 <= chi
        pool_hits += covers
        control_hits += control_covers
        print(f"| {name} | {est:.3f} [{lo:.3f}, {hi:.3f}] | {'yes' if covers else 'no'} "
              f"| {c:.3f} [{clo:.3f}, {chi:.3f}] | {'yes' if control_covers else 'no'} |")
    print(f"\nTHREAD_POOL x2 covers the median in {pool_hits} of {len(runs)} runs; "
          f"the two-core A/A control covers 1.0 in {control_hits} of {len(runs)}.")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
