#!/usr/bin/env python3
"""The lecture's countdown and sqrt programs, measured and written as JMH-shaped JSON.

The same experiment the JMH suites run, on CPython: countdown(n) and the sum of math.sqrt over
range(n), serially, on k threading.Thread workers (THREADS), on k multiprocessing.Process workers
started per operation (PROCESS_SPAWN) and on a multiprocessing.Pool created once and reused
(PROCESS_POOL, which for sqrt is the lecture's fine-grained Pool.map(math.sqrt, range(n))).

Each fork is a fresh interpreter that measures every configuration (warm-up operations, then
timed operations), like a JMH fork, so the per-fork means are independent samples for compare.
The output is a JSON array of JMH result objects named cpython.<Suite>.strong with params model,
workers, size and n; score and scoreError (99.9% Student-t half-width, as JMH) in ms/op.

Usage (scripts/bench runs it): lecture_bench.py --workload countdown --out FILE
"""
import argparse
import json
import math
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import threading
import time

# The lecture's sizes (countdown 50M: 1.43 s serial on 2 cores; Pool.map(sqrt, range(10M))) for
# "large"; "small" is where starting processes costs more than the work.
SIZES = {
    "countdown": {"large": 50_000_000, "small": 200_000},
    "sqrt": {"large": 10_000_000, "small": 100_000},
}
SUITES = {"countdown": "CountdownScaling", "sqrt": "SqrtScaling"}
MODELS = ("SERIAL", "THREADS", "PROCESS_SPAWN", "PROCESS_POOL")
WARMUP_OPS = 1
MEASURED_OPS = 3


def countdown(n):
    while n > 0:
        n -= 1
    return 0


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
    """One (model, workers, size) of one workload: set up once, run op() repeatedly."""

    def __init__(self, workload, model, workers, size, n):
        self.workload, self.model, self.workers, self.size, self.n = workload, model, workers, size, n
        self.pool = None

    def __enter__(self):
        if self.model == "PROCESS_POOL":
            self.pool = multiprocessing.Pool(self.workers)
        return self

    def __exit__(self, *exc):
        if self.pool is not None:
            self.pool.close()
            self.pool.join()

    def op(self):
        parts = split(self.n, self.workers)
        if self.workload == "countdown":
            fn, args = countdown, [hi - lo for lo, hi in parts]
        else:
            fn, args = sqrt_sum, parts
        if self.model == "SERIAL":
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


def configs(args):
    for size in args.sizes:
        n = SIZES[args.workload][size]
        if size == "large":
            n = max(1, int(n * args.scale))
        for model in args.models:
            for workers in ([1] if model == "SERIAL" else args.workers):
                yield model, workers, size, n


def run_fork(args):
    """Measures every configuration in this interpreter; prints {key: [ms per op]} as JSON."""
    samples = {}
    for model, workers, size, n in configs(args):
        with Config(args.workload, model, workers, size, n) as config:
            expected = None if args.workload == "countdown" else sqrt_sum((0, n))
            times = []
            for i in range(WARMUP_OPS + MEASURED_OPS):
                start = time.perf_counter()
                result = config.op()
                elapsed_ms = (time.perf_counter() - start) * 1000.0
                if expected is not None and not math.isclose(result, expected, rel_tol=1e-9):
                    raise RuntimeError(f"{model} x {workers} on sqrt returned {result}, serial's is {expected}")
                if i >= WARMUP_OPS:
                    times.append(elapsed_ms)
        samples[f"{model}/{workers}/{size}/{n}"] = times
    json.dump(samples, sys.stdout)


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


def result_object(args, key, raw):
    model, workers, size, n = key.split("/")
    values = [v for fork in raw for v in fork]
    score = statistics.fmean(values)
    if len(values) > 1:
        error = t_quantile(0.9995, len(values) - 1) * statistics.stdev(values) / math.sqrt(len(values))
        confidence = [score - error, score + error]
    else:
        error, confidence = "NaN", ["NaN", "NaN"]
    ordered = sorted(values)
    return {
        "benchmark": f"cpython.{SUITES[args.workload]}.strong",
        "mode": "avgt",
        "threads": 1,
        "forks": len(raw),
        "jvm": sys.executable,
        "jvmArgs": [f"multiprocessing start method: {multiprocessing.get_start_method()}"],
        "jdkVersion": platform.python_version(),
        "vmName": platform.python_implementation(),
        "vmVersion": platform.python_version(),
        "warmupIterations": WARMUP_OPS,
        "warmupTime": "single operation",
        "warmupBatchSize": 1,
        "measurementIterations": MEASURED_OPS,
        "measurementTime": "single operation",
        "measurementBatchSize": 1,
        "params": {"model": model, "workers": workers, "size": size, "n": n},
        "primaryMetric": {
            "score": score,
            "scoreError": error,
            "scoreConfidence": confidence,
            "scorePercentiles": {f"{q:.1f}": percentile(ordered, q) for q in (0, 50, 90, 95, 99, 100)},
            "scoreUnit": "ms/op",
            "rawData": raw,
        },
        "secondaryMetrics": {},
    }


def run_all(args):
    """Runs each fork in a fresh interpreter and writes the JMH-shaped array to --out atomically."""
    per_fork = []
    for _ in range(args.forks):
        command = [sys.executable, os.path.abspath(__file__), "--fork-run", "--workload", args.workload,
                   "--models", ",".join(args.models), "--workers", ",".join(map(str, args.workers)),
                   "--sizes", ",".join(args.sizes), "--scale", str(args.scale)]
        done = subprocess.run(command, stdout=subprocess.PIPE, check=True)
        per_fork.append(json.loads(done.stdout))
    results = [result_object(args, key, [fork[key] for fork in per_fork]) for key in per_fork[0]]
    tmp = args.out + ".part"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
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
    parser.add_argument("--forks", type=int, default=5)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the lecture's large sizes")
    parser.add_argument("--out", help="where the JSON goes")
    parser.add_argument("--fork-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not 0 < args.scale <= 10 or args.forks < 1:
        parser.error("--scale must be in (0, 10] and --forks >= 1")
    if args.fork_run:
        run_fork(args)
    elif not args.out:
        parser.error("--out FILE is required")
    else:
        run_all(args)


if __name__ == "__main__":
    main()
