#!/usr/bin/env python3
"""Tables of run.sh's gate runs from their compare output: summary.md beside them.

Reads summary.txt (bench seconds and compare's exit status per run) and each <name>.md (compare's
table), and writes what issue 18 asks of them: per run the exit status, the verdict counts and the
resolution, and for the regression runs the countdown large 1-worker rows and any sqrt row slower.
"""
import pathlib
import re
import sys

here = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent)
ROW = re.compile(r"^\| io\.github\.parbench\.jmh\.interleaved\.InterleavedScaling\.(\w+) \| ([^|]*) \|.*\| ([^|]*) \| interleaved \| ([^|]*) \| ([^|]*) \|$")
runs = []
for line in (here / "summary.txt").read_text().splitlines():
    m = re.match(r"(\S+): bench took (\d+) s; scripts/compare (.*) exited (\d+)", line)
    if m:
        runs.append((m.group(1), int(m.group(2)), m.group(3), int(m.group(4))))

out = ["# Issue 18's gate on the 2-vCPU VM: A/A and a real 5% regression", "",
       "Made by `summary.py` from `run.sh`'s runs (compare `" + (runs[0][2] if runs else "") + "`).", "",
       "| run | bench | compare exit | verdicts | not visible (median row; least precise) | countdown large x1: change (98% CI), verdict | sqrt rows slower |",
       "| --- | ---: | ---: | --- | --- | --- | ---: |"]
tally = {"aa": [0, 0], "reg": [0, 0]}
for name, took, args, status in runs:
    text = (here / f"{name}.md").read_text()
    counts = re.search(r"\d+ benchmarks compared: ([^.]*)\.", text).group(1)
    visible = re.search(r"Differences under (±[0-9.]+%) are not visible here \(the median row; (±[0-9.]+%)", text)
    x1, sqrt_slower, x1_slower = [], 0, 0
    for line in text.splitlines():
        m = ROW.match(line)
        if not m:
            continue
        workload, params, change, _, verdict = (g.strip() for g in m.groups())
        if workload == "countdown" and "size=large, workers=1" in params:
            model = re.search(r"model=(\w+)", params).group(1)
            x1.append(f"{model} {change} {verdict}")
            x1_slower += verdict == "slower"
        if workload == "sqrt" and verdict == "slower":
            sqrt_slower += 1
    kind = name.split("-")[0]
    if kind == "aa":
        tally["aa"][0] += status == 0
    else:
        tally["reg"][0] += x1_slower == len(x1) == 5 and sqrt_slower == 0
    tally[kind][1] += 1
    out.append(f"| {name} | {took} s | {status} | {counts} | {visible.group(1)}; {visible.group(2)} | {'<br>'.join(x1)} | {sqrt_slower} |")
out += ["", f"A/A: compare exited 0 in {tally['aa'][0]} of {tally['aa'][1]} runs.",
        f"Regression: all 5 countdown large 1-worker rows slower and no sqrt row slower in {tally['reg'][0]} of {tally['reg'][1]} runs."]
(here / "summary.md").write_text("\n".join(out) + "\n")
print("\n".join(out))
