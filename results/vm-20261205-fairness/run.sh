#!/usr/bin/env bash
# Issue 17's experiments: is every side of the threads-against-processes comparison equally warm,
# and where do the process pool's small-task cost and its single-worker gap at the large size come
# from? Rerun from the repository root (after ./mvnw -DskipTests package, or let scripts/parbench
# build): results/vm-20261205-fairness/run.sh [OUT_DIR]. Each step prints to OUT_DIR/<step>.log and,
# for the harness, writes OUT_DIR/<step>.json. PRE_FASTPATH_JAR names a benchmarks.jar built at
# commit 6c93582 (steady warm-up, before ProcessPool.map sent chunks from the caller's thread);
# without it, step B's "before" half is skipped.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
out="${1:-results/vm-20261205-fairness}"
mkdir -p "$out"
jar=jmh/target/benchmarks.jar
kernels=(-XX:CompileCommand=quiet -XX:CompileCommand=dontinline,io.github.parbench.workload.Countdown::countdown
         -XX:CompileCommand=dontinline,io.github.parbench.workload.SqrtSum::sqrtSum)
step() { local name=$1; shift; echo "== $name: $*" | tee "$out/$name.log"; "$@" 2>&1 | tee -a "$out/$name.log"; }
harness() { local name=$1; shift; step "$name" scripts/parbench interleaved "$@" --out "$out/$name.json"; }
pinned() { local name=$1; shift; step "$name" taskset -c 0 scripts/parbench interleaved "$@" --out "$out/$name.json"; }
plain() { step "$1" java "${kernels[@]}" -cp "$jar" io.github.parbench.jmh.interleaved.PlainPoolLoop "${@:2}"; }
split() { step "$1" java "${kernels[@]}" -cp "$jar" io.github.parbench.jmh.interleaved.PoolTimeSplit "${@:2}"; }

# A. The small-task cost against a plain warmed loop, with the steady-state warm-up and with the old
#    fixed count of 5 warm-up blocks, alternately.
small=(--workload countdown --size small --workers 1 --models THREAD_POOL,PROCESS_POOL --blocks 40 --seed 1)
harness a1-steady "${small[@]}" --warmup-cap 30s
plain a2-plain countdown small 1 5000 2000
harness a3-blocks "${small[@]}" --warmup-rule blocks --warmup 5
plain a4-plain countdown small 1 5000 2000

# B. Cost per task above SERIAL at 1 and 2 workers: the pool as it is, and before map sent its chunks
#    from the caller's thread (two thread hand-offs more per chunk).
costs=(--workload countdown --size small --workers 1,2 --models THREADS,THREAD_POOL,FORK_JOIN,PROCESS_POOL
       --blocks 60 --seed 2 --warmup-cap 30s)
harness b1-now "${costs[@]}"
if [[ -n "${PRE_FASTPATH_JAR:-}" ]]; then
    harness b2-before-fastpath "${costs[@]}" --jar "$PRE_FASTPATH_JAR"
fi
#    ...and one worker with both processes pinned to CPU 0: no wake-up of an idle second vCPU.
pinned b3-now-pinned-cpu0 --workload countdown --size small --workers 1 --models THREAD_POOL,PROCESS_POOL \
    --blocks 60 --seed 2 --warmup-cap 30s

# C. The single-worker gaps at the large size: unpinned, then every process pinned to CPU 0, and the
#    pool's time split into the work in the worker and the round trip around it.
large=(--size large --workers 1 --models THREADS,THREAD_POOL,FORK_JOIN,PROCESS_POOL --blocks 40 --seed 3 --warmup-cap 30s)
harness c1-countdown "${large[@]}" --workload countdown
pinned c2-countdown-pinned-cpu0 "${large[@]}" --workload countdown
split c3-split-countdown countdown large 60
step c4-split-countdown-pinned-cpu0 taskset -c 0 java "${kernels[@]}" -cp "$jar" \
    io.github.parbench.jmh.interleaved.PoolTimeSplit countdown large 60
#    The parent spinning for its reply instead of blocking: what waking it after 15 ms costs.
split c5-split-countdown-spin countdown large 60 1 20000
harness c6-sqrt "${large[@]}" --workload sqrt
split c7-split-sqrt sqrt large 60
split c8-split-sqrt-spin sqrt large 60 1 40000
#    The parent on the worker's collector too (-XX:+UseSerialGC): do the flags explain sqrt's gap?
step c9-split-sqrt-parent-serialgc java "${kernels[@]}" -XX:+UseSerialGC -cp "$jar" \
    io.github.parbench.jmh.interleaved.PoolTimeSplit sqrt large 60
#    The machine code C2 made of each kernel in the parent and in the worker (hex; compare the
#    'main code' sizes, or the bytes, of the last standard compile of each).
JAVA_TOOL_OPTIONS="-XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=print,io.github.parbench.workload.SqrtSum::sqrtSum" \
    java "${kernels[@]}" -cp "$jar" io.github.parbench.jmh.interleaved.PoolTimeSplit sqrt large 5 > "$out/c10-sqrt-code.txt" 2>&1
grep -E "Compiled method \(c2\)|main code" "$out/c10-sqrt-code.txt" | tee "$out/c10-sqrt-code-sizes.log"
rm "$out/c10-sqrt-code.txt"
#    sqrt's single-worker gaps with every process pinned to CPU 0.
pinned c11-sqrt-pinned-cpu0 "${large[@]}" --workload sqrt
step c12-split-sqrt-pinned-cpu0 taskset -c 0 java "${kernels[@]}" -cp "$jar" \
    io.github.parbench.jmh.interleaved.PoolTimeSplit sqrt large 60
