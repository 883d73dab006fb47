#!/usr/bin/env bash
# Issue 18's between-runs check: the documented command (docs/findings.md, "The same experiment
# three times in a row, twice") six times at the standard profile's interleaved settings (3 harness
# JVMs, fresh workers each, warm until steady within 60 s, then blocks until every interval is within
# ±2% or 60 s of measuring, per JVM; Kalibera and Jones's two levels), seeds 1..6 one after another.
# Then summary.py checks each run's THREAD_POOL x2 interval against the median of the six estimates,
# and its two-core A/A control (THREAD_POOL / THREAD_POOL_TWIN per block) against 1.0.
# Rerun from the repository root: results/vm-20261205-between-runs/run.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
out="${1:-results/vm-20261205-between-runs}"
mkdir -p "$out"
standard=(--jvms 3 --warmup 10 --warmup-cap 60s --blocks 20 --precision 0.02 --budget 60s)
for seed in 1 2 3 4 5 6; do
    started=$(date +%s)
    scripts/parbench interleaved --workload countdown --size large --workers 2 \
        --models SERIAL,THREADS,THREAD_POOL,FORK_JOIN,PROCESS_POOL "${standard[@]}" --seed "$seed" \
        --out "$out/seed$seed.json" > "$out/seed$seed.log" 2>&1
    echo "seed $seed: $(( $(date +%s) - started )) s" | tee -a "$out/timings.txt"
done
python3 "$(dirname "$(readlink -f "$0")")/summary.py" "$out" | tee "$out/summary.md"
