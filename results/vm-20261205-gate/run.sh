#!/usr/bin/env bash
# Issue 18's gate, for real: the ci profile's interleaved A/B (scripts/bench --baseline ... --profile
# ci --suites InterleavedScaling --models SERIAL,THREADS,THREAD_POOL,FORK_JOIN,PROCESS_POOL
# --no-python: both workloads, both sizes, those models at 1 and 2 workers, 36 rows, 200 blocks)
# judged by scripts/compare --threshold 2 --alpha 0.02 (a 2% change counts; an unchanged build
# fails at most 1% of runs, family-wise, Holm). PROCESS_SPAWN is left out: a JVM start per worker
# per block is ~90% of a block's time, and it is not the code the gate guards.
#   aa-seedN:  this checkout against itself (A/A).
#   reg-seedN: a candidate whose countdown kernel runs 5% more iterations with the same checksum
#              (countdown-5pct-longer.patch on this commit, built in a worktree) against this
#              checkout's benchmarks.jar as the baseline.
# The two kinds alternate, seeds 1..5, so both meet the same machine states.
# Rerun from the repository root: results/vm-20261205-gate/run.sh [OUT_DIR] [SEEDS...]
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
cd "$repo"
out="$(readlink -f "${1:-results/vm-20261205-gate}")"
shift || true
seeds=("${@:-1 2 3 4 5}")
read -r -a seeds <<< "${seeds[*]}"
mkdir -p "$out"
bench_args=(--profile ci --suites InterleavedScaling --models SERIAL,THREADS,THREAD_POOL,FORK_JOIN,PROCESS_POOL --no-python)
compare_args=(--threshold 2 --alpha 0.02)

source "$repo/results/vm-20261205-gate/patched-worktree.sh"

run() {
    local name=$1 dir=$2; shift 2
    rm -rf "${out:?}/$name"
    local started; started=$(date +%s)
    (cd "$dir" && scripts/bench "$@" "${bench_args[@]}" --results "$out/$name") > "$out/$name.log" 2>&1
    local took=$(( $(date +%s) - started ))
    local run_dir; run_dir="$(ls -d "$out/$name"/paired-*)"
    local status=0
    scripts/compare "$run_dir" "${compare_args[@]}" --out "$out/$name.md" > "$out/$name.compare.log" 2>&1 || status=$?
    echo "$name: bench took ${took} s; scripts/compare ${compare_args[*]} exited $status" | tee -a "$out/summary.txt"
}
for seed in "${seeds[@]}"; do
    run "aa-seed$seed" "$repo" --baseline "$repo" --seed "$seed"
    run "reg-seed$seed" "$slower" --baseline "$repo/jmh/target/benchmarks.jar" --seed "$seed"
done
python3 "$repo/results/vm-20261205-gate/summary.py" "$out" > /dev/null
