#!/usr/bin/env python3
"""The lecture's countdown and sqrt programs, measured interleaved and written as JMH-shaped JSON.

The same experiment the JVM's interleaved harness runs, on CPython: countdown(n) and the sum of
math.sqrt over range(n), serially, on k threading.Thread workers (THREADS), on k
multiprocessing.Process workers started per operation (PROCESS_SPAWN) and on a multiprocessing.Pool
created once and reused (PROCESS_POOL, which for sqrt is the lecture's fine-grained
Pool.map(math.sqrt, range(n))).

Why interleaved: a shared machine's speed drifts by tens of percent within seconds, and whatever a
script measures first looks slow (here the same countdown went from 0.82 s to 0.33 s within one
process). Timing SERIAL first and THREADS after made two threads look 1.3-1.5x faster than one
under the GIL, the opposite of the lecture's point. So every configuration is opened once and the
blocks run one operation of each in a fresh order drawn from --seed; a configuration's speedup is
the geometric mean of T(SERIAL) / T(config) over the blocks, with a 95% Student-t interval on the
log scale. SERIAL_TWIN, a second SERIAL, is the A/A control: its ratio shows the noise floor.

Each fork is a fresh interpreter that runs --blocks blocks (after one warm-up block) per size; the
blocks of all forks are pooled. Every operation's result is checked: countdown returns the number of
steps it took (n in all), sqrt the sum serial gets. The output is a JSON array shaped like the JVM
harness's: cpython.InterleavedScaling.<workload>, params model, workers, size; ms/op per block as raw
data per fork; secondaryMetrics.speedup with its interval; an "interleaved" object with the seed and
the position of every operation in its block.

Usage (scripts/bench runs it): lecture_bench.py --workload countdown --out FILE
"""
import argparse
import json
import math
import multiprocessing
import os
import platform
import random
import statistics
import subprocess
import sys
import threading
import time

# The lecture's sizes (countdown 50M, 1.42 s serial on CPython 3.11.7 on the 2-vCPU development VM
# in results/vm-20261202-063321; Pool.map(sqrt, range(10M))) for "large"; "small" is where
# starting processes costs more than the work.
SIZES = {
    "countdown": {"large": 50_000_000, "small": 200_000},
    "sqrt": {"large": 10_000_000, "small": 100_000},
}
SUITES = {"countdown": "CountdownScaling", "sqrt": "SqrtScaling"}
MODELS = ("SERIAL", "THREADS", "PROCESS_SPAWN", "PROCESS_POOL")
TWIN = "SERIAL_TWIN"
WARMUP_BLOCKS = 1
CONFIDENCE = 0.95


def countdown(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps


def sqrt_sum(bounds):
    lo, hi = bounds
    return sum(map(math.sqrt, range(lo, hi)))


def split(n, k):
    """k contiguous ranges covering range(n), sizes differing by at most one."""
    base, extra = divmod(n, k)
    bounds, lo = [], 0
    for i in range(k):
        hi = lo + base + (1 if i < extra else 0)
        bounds.append((lo, hi))
        lo = hi
    return bounds


def _process_worker(fn, arg, results):
    results.put(fn(arg))


class Config:
    """One (model, workers) of one workload and size: opened once, op() run once per block."""

    def __init__(self, workload, model, workers, n):
        self.workload, self.model, self.workers, self.n = workload, model, workers, n
        self.pool = None

    def open(self):
        if self.model == "PROCESS_POOL":
            self.pool = multiprocessing.Pool(self.workers)
        return self

    def close(self):
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None

    def op(self):
        parts = split(self.n, self.workers)
        if self.workload == "countdown":
            fn, args = countdown, [hi - lo for lo, hi in parts]
        else:
            fn, args = sqrt_sum, parts
        if self.model in ("SERIAL", TWIN):
            return fn(self.n if self.workload == "countdown" else (0, self.n))
        if self.model == "THREADS":
            results = [None] * len(args)

            def work(i):
                results[i] = fn(args[i])

            threads = [threading.Thread(target=work, args=(i,)) for i in range(len(args))]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return sum(results)
        if self.model == "PROCESS_SPAWN":
            queue = multiprocessing.Queue()
            procs = [multiprocessing.Process(target=_process_worker, args=(fn, a, queue)) for a in args]
            for p in procs:
                p.start()
            total = sum(queue.get() for _ in procs)
            for p in procs:
                p.join()
                if p.exitcode != 0:
                    raise RuntimeError(f"worker process exited with status {p.exitcode}")
            return total
        if self.workload == "sqrt":
            # The lecture's Pool.map over every element: the traffic is the lesson.
            return sum(self.pool.map(math.sqrt, range(self.n)))
        return sum(self.pool.map(countdown, args))


def sizes_of(args):
    for size in args.sizes:
        n = SIZES[args.workload][size]
        if size == "large":
            n = max(1, int(n * args.scale))
        yield size, n


def contenders(args):
    """SERIAL and its twin, then every other model at every worker count: (model, workers)."""
    found = [("SERIAL", 1), (TWIN, 1)]
    for model in args.models:
        if model != "SERIAL":
            found += [(model, k) for k in args.workers]
    return found


def expected_result(workload, n):
    return n if workload == "countdown" else sqrt_sum((0, n))


def check(workload, model, workers, n, result, expected):
    if workload == "countdown" and result != expected:
        raise RuntimeError(f"{model} x {workers} on countdown({n}) took {result} steps, not {expected}")
    if workload == "sqrt" and not math.isclose(result, expected, rel_tol=1e-9):
        raise RuntimeError(f"{model} x {workers} on sqrt returned {result}, serial's is {expected}")


def run_fork(args):
    """Runs the blocks of every size in this interpreter; prints {size: {n, times, positions}} as JSON."""
    rng = random.Random(args.seed * 1000 + args.fork_index)
    out = {}
    for size, n in sizes_of(args):
        keys = contenders(args)
        configs = [Config(args.workload, model, workers, n) for model, workers in keys]
        expected = expected_result(args.workload, n)
        times = [[] for _ in keys]
        positions = [[] for _ in keys]
        try:
            for c in configs:
                c.open()
            for block in range(WARMUP_BLOCKS + args.blocks):
                order = list(range(len(configs)))
                rng.shuffle(order)
                for position, i in enumerate(order):
                    c = configs[i]
                    start = time.perf_counter()
                    result = c.op()
                    elapsed_ms = (time.perf_counter() - start) * 1000.0
                    check(args.workload, c.model, c.workers, n, result, expected)
                    if block >= WARMUP_BLOCKS:
                        times[i].append(elapsed_ms)
                        positions[i].append(position)
        finally:
            for c in configs:
                c.close()
        out[size] = {"n": n, "keys": keys, "times": times, "positions": positions}
    json.dump(out, sys.stdout)


def t_quantile(p, dof):
    """Student t quantile, by bisection on the CDF integrated with Simpson's rule."""

    def pdf(t):
        log_c = math.lgamma((dof + 1) / 2) - math.lgamma(dof / 2) - 0.5 * math.log(dof * math.pi)
        return math.exp(log_c - (dof + 1) / 2 * math.log1p(t * t / dof))

    def cdf(x, steps=2000):
        h = x / steps
        s = pdf(0) + pdf(x) + sum((4 if i % 2 else 2) * pdf(i * h) for i in range(1, steps))
        return 0.5 + s * h / 3

    lo, hi = 0.0, 1000.0
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if cdf(mid) < p else (lo, mid)
    return (lo + hi) / 2


def percentile(sorted_values, q):
    if len(sorted_values) == 1:
        return sorted_values[0]
    pos = (len(sorted_values) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def speedup(serial_forks, forks):
    """Geometric mean of the per-block ratios serial / config, pooled over forks, and its t-interval."""
    ratios = [[s / t for s, t in zip(sf, f)] for sf, f in zip(serial_forks, forks)]
    logs = [math.log(r) for fork in ratios for r in fork]
    mean = statistics.fmean(logs)
    half = t_quantile(1 - (1 - CONFIDENCE) / 2, len(logs) - 1) * statistics.stdev(logs) / math.sqrt(len(logs))
    return math.exp(mean), [math.exp(mean - half), math.exp(mean + half)], ratios


def result_object(args, size, n, model, workers, raw, serial_raw, positions):
    values = [v for fork in raw for v in fork]
    score = statistics.fmean(values)
    error = t_quantile(0.9995, len(values) - 1) * statistics.stdev(values) / math.sqrt(len(values))
    ordered = sorted(values)
    ratio, interval, ratios = speedup(serial_raw, raw)
    return {
        "jmhVersion": "parbench CPython reference",
        "benchmark": f"cpython.InterleavedScaling.{args.workload}",
        "mode": "avgt",
        "threads": 1,
        "forks": len(raw),
        "jvm": sys.executable,
        "jvmArgs": [f"multiprocessing start method: {multiprocessing.get_start_method()}"],
        "jdkVersion": platform.python_version(),
        "vmName": platform.python_implementation(),
        "vmVersion": platform.python_version(),
        "warmupIterations": WARMUP_BLOCKS,
        "warmupTime": "single operation",
        "measurementIterations": args.blocks,
        "measurementTime": "single operation",
        "params": {"model": model, "workers": str(workers), "size": size},
        "primaryMetric": {
            "score": score,
            "scoreError": error,
            "scoreConfidence": [score - error, score + error],
            "scorePercentiles": {f"{q:.1f}": percentile(ordered, q) for q in (0, 50, 90, 95, 99, 100)},
            "scoreUnit": "ms/op",
            "rawData": raw,
        },
        "secondaryMetrics": {
            "speedup": {
                "score": ratio,
                "scoreError": "NaN",
                "scoreConfidence": interval,
                "scorePercentiles": {},
                "scoreUnit": "x",
                "rawData": ratios,
            },
        },
        "interleaved": {
            "schedule": "interleaved",
            "seed": args.seed,
            "warmupBlocks": WARMUP_BLOCKS,
            "blocks": args.blocks,
            "n": n,
            "suite": SUITES[args.workload],
            "confidence": CONFIDENCE,
            "positions": positions,
        },
    }


def run_all(args):
    """Runs each fork in a fresh interpreter and writes the JMH-shaped array to --out atomically."""
    per_fork = []
    for index in range(args.forks):
        command = [sys.executable, os.path.abspath(__file__), "--fork-run", "--fork-index", str(index),
                   "--workload", args.workload, "--models", ",".join(args.models),
                   "--workers", ",".join(map(str, args.workers)), "--sizes", ",".join(args.sizes),
                   "--scale", str(args.scale), "--blocks", str(args.blocks), "--seed", str(args.seed)]
        done = subprocess.run(command, stdout=subprocess.PIPE, check=True)
        per_fork.append(json.loads(done.stdout))
    results = []
    for size, _ in sizes_of(args):
        first = per_fork[0][size]
        serial_raw = [fork[size]["times"][0] for fork in per_fork]
        for i, (model, workers) in enumerate(first["keys"]):
            raw = [fork[size]["times"][i] for fork in per_fork]
            positions = [fork[size]["positions"][i] for fork in per_fork]
            results.append(result_object(args, size, first["n"], model, workers, raw, serial_raw, positions))
    tmp = args.out + ".part"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, args.out)


def csv_of(kind, allowed=None):
    def parse(text):
        items = [kind(x) for x in text.split(",") if x]
        if not items or (allowed and any(i not in allowed for i in items)):
            raise argparse.ArgumentTypeError(f"'{text}' is not a list of {allowed or kind.__name__}")
        if kind is int and any(i < 1 for i in items):
            raise argparse.ArgumentTypeError(f"'{text}': worker counts must be >= 1")
        return items
    return parse


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workload", required=True, choices=sorted(SIZES))
    parser.add_argument("--models", type=csv_of(str, MODELS), default=list(MODELS))
    parser.add_argument("--workers", type=csv_of(int), default=[1, 2])
    parser.add_argument("--sizes", type=csv_of(str, ("large", "small")), default=["large", "small"])
    parser.add_argument("--forks", type=int, default=2, help="fresh interpreters, each running every block")
    parser.add_argument("--blocks", type=int, default=8, help="measured blocks per fork and size (>= 2)")
    parser.add_argument("--seed", type=int, default=1, help="seeds the order of every block")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the lecture's large sizes")
    parser.add_argument("--out", help="where the JSON goes")
    parser.add_argument("--fork-run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--fork-index", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not 0 < args.scale <= 10 or args.forks < 1 or args.blocks < 2:
        parser.error("--scale must be in (0, 10], --forks >= 1 and --blocks >= 2")
    if args.fork_run:
        run_fork(args)
    elif not args.out:
        parser.error("--out FILE is required")
    else:
        run_all(args)


if __name__ == "__main__":
    main()
