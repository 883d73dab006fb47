#!/usr/bin/env bash
# Why reg-seed2 read a 5% slower kernel as +40%: is the patched kernel's speed a per-JVM state?
# Starts fresh harness JVMs of the two builds alternately (baseline = this checkout, candidate =
# this checkout with ../countdown-5pct-longer.patch), each timing SERIAL countdown(50M) alone in
# 30 blocks after its warm-up, with -XX:+PrintCompilation, and prints each JVM's mean time per
# operation beside the compilations of Countdown::countdown (level 4 = C2, % = on-stack
# replacement, the size in bytes). No ratio is taken between JVMs: the question is whether one
# build's JVMs fall into two speeds that the other's do not.
# Rerun from the repository root: results/vm-20261205-gate/candidate-kernel-modes/run.sh [PAIRS]
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "$0")")/../../.." && pwd)"
here="$repo/results/vm-20261205-gate/candidate-kernel-modes"
pairs="${1:-8}"
cd "$repo"
source "$repo/results/vm-20261205-gate/patched-worktree.sh"
opts=(-XX:CompileCommand=quiet -XX:CompileCommand=dontinline,io.github.parbench.workload.Countdown::countdown
      -XX:CompileCommand=dontinline,io.github.parbench.workload.SqrtSum::sqrtSum -XX:+PrintCompilation
      --add-modules=jdk.internal.jvmstat --add-exports=jdk.internal.jvmstat/sun.jvmstat.monitor=ALL-UNNAMED)
echo "| JVM | build | SERIAL x1 mean | compilations of Countdown::countdown (id, level, size) |" | tee "$here/summary.md"
echo "| ---: | --- | ---: | --- |" | tee -a "$here/summary.md"
for i in $(seq 1 "$pairs"); do
    for build in baseline candidate; do
        jar="$repo/jmh/target/benchmarks.jar"
        [[ $build == candidate ]] && jar="$slower/jmh/target/benchmarks.jar"
        log="$here/$build-$i.log"
        java -cp "$jar" "${opts[@]}" io.github.parbench.jmh.interleaved.InterleavedScaling --workload countdown \
            --size large --workers 1 --models SERIAL --blocks 30 --warmup 10 --warmup-cap 10s --seed "$i" \
            --out "$here/$build-$i.log.tsv" > "$log" 2>&1
        # The block log: "entry <contender> <block> <batch> <ms per operation>"; contender 0 is SERIAL.
        mean="$(awk -F'\t' '$1 == "entry" && $2 == 0 { sum += $5; n++ } END { printf "%.3f ms", sum / n }' "$here/$build-$i.log.tsv")"
        compiles="$(grep -E 'Countdown::countdown' "$log" | sed -E 's/^ *[0-9]+ +//; s/ +/ /g; s/io.github.parbench.workload.//' | paste -sd ';' - || true)"
        echo "| $i | $build | $mean | $compiles |" | tee -a "$here/summary.md"
        rm -f "$log" # PrintCompilation's 60 KB a JVM; the kernel's lines are in summary.md
    done
done
