#!/usr/bin/env bash
# Is the regression runs' excess of slow blocks the patched kernel's or the candidate's role's?
# The gate's A/B with the roles swapped: the patched build (countdown-5pct-longer.patch) as the
# baseline, this checkout as the candidate, countdown and sqrt at the large size, seeds 2 and 4
# (the regression runs with the most slow blocks). If the patched build's entries still take the
# slow mode more often, its ratios' tails lean the other way (below 1).
# Rerun from the repository root: results/vm-20261205-gate/swapped/run.sh [SEEDS...]
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "$0")")/../../.." && pwd)"
here="$repo/results/vm-20261205-gate/swapped"
seeds=("${@:-2 4}")
read -r -a seeds <<< "${seeds[*]}"
cd "$repo"
source "$repo/results/vm-20261205-gate/patched-worktree.sh"
for seed in "${seeds[@]}"; do
    rm -rf "${here:?}/swapped-seed$seed"
    scripts/bench --baseline "$slower/jmh/target/benchmarks.jar" --profile ci --suites InterleavedScaling --sizes large \
        --models SERIAL,THREADS,THREAD_POOL,FORK_JOIN,PROCESS_POOL --no-python --seed "$seed" \
        --results "$here/swapped-seed$seed" > "$here/swapped-seed$seed.log" 2>&1
    status=0
    scripts/compare "$here"/swapped-seed$seed/paired-* --threshold 2 --alpha 0.02 --out "$here/swapped-seed$seed.md" > /dev/null || status=$?
    echo "swapped-seed$seed: compare exited $status"
done
python3 - "$here" <<'PY'
import glob, json, math, sys
for run in sorted(glob.glob(sys.argv[1] + "/swapped-seed*/paired-*")):
    out = []
    for r in json.load(open(run + "/interleaved-ab/InterleavedScaling-countdown-large.json")):
        ratios = r.get("secondaryMetrics", {}).get("candidate/baseline")
        if not ratios:
            continue
        logs = [math.log(x) for row in ratios["rawData"] for x in row]
        hi = sum(x >= math.log(1.25) for x in logs) / len(logs)
        lo = sum(x <= -math.log(1.25) for x in logs) / len(logs)
        out.append(f"{r['params']['model']} x{r['params']['workers']}: above x1.25 {hi:.2f}, below /1.25 {lo:.2f}")
    print(run.split("/")[-2] + ": " + "; ".join(out))
PY
