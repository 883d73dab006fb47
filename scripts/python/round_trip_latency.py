#!/usr/bin/env python3
"""CPython's round trip of one tiny task, timed trip by trip for parbench's latency harness.

The lecture's two hand-offs, each echoing an int back to the caller:
  apply   multiprocessing.Pool(1).apply(echo, (x,)). The caller's thread puts the task on the
          pool's task queue; the pool's task-handler thread pickles it into the pipe to the worker
          process; the worker answers over the result pipe, where the pool's result-handler thread
          reads it and wakes the caller. Every trip crosses four threads and two processes.
  queue   queue.Queue: the caller puts x on a request queue, an echo thread takes it and puts it on
          a reply queue, the caller takes it: two hand-offs between two threads of one interpreter.

Why a server and not a script that measures on its own: the JVM harness (RoundTripLatency) starts
this as one more case and asks for its trips in slices, interleaved in a seeded random order with
its own cases and under the same machine load, so both sides' percentiles come from the same
stretch of time. The Pool (or the echo thread) is made once and lives as long as the process, as
the JVM side's pool does.

Protocol, one line each way over stdin/stdout: first this script writes
"ready <implementation> <version> <start method>"; then the harness writes a count N and the script
times N round trips and answers with the N trip times in nanoseconds (time.perf_counter_ns),
separated by spaces. An empty line, or the end of stdin, ends it: the pool is closed and joined.
Every echo is checked; a wrong one ends the script with a message on stderr and status 1.

Usage (the latency harness runs it): round_trip_latency.py --case apply|queue
"""
import argparse
import multiprocessing
import platform
import queue
import sys
import threading
import time


def echo(x):
    return x


class PoolApply:
    def __init__(self):
        self.pool = multiprocessing.Pool(1)

    def trip(self, x):
        return self.pool.apply(echo, (x,))

    def close(self):
        self.pool.close()
        self.pool.join()


class QueueHandOff:
    _STOP = object()

    def __init__(self):
        self.requests = queue.Queue()
        self.replies = queue.Queue()
        self.thread = threading.Thread(target=self._echo, name="latency-queue-echo", daemon=True)
        self.thread.start()

    def _echo(self):
        while True:
            x = self.requests.get()
            if x is self._STOP:
                return
            self.replies.put(x)

    def trip(self, x):
        self.requests.put(x)
        return self.replies.get()

    def close(self):
        self.requests.put(self._STOP)
        self.thread.join(10)


def time_trips(trip, count, first):
    times = []
    clock = time.perf_counter_ns
    for x in range(first, first + count):
        start = clock()
        echoed = trip(x)
        times.append(clock() - start)
        if echoed != x:
            raise RuntimeError(f"echoed {echoed} for {x}")
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", required=True, choices=("apply", "queue"))
    args = parser.parse_args()
    case = PoolApply() if args.case == "apply" else QueueHandOff()
    try:
        print("ready", platform.python_implementation(), platform.python_version(),
              multiprocessing.get_start_method(), flush=True)
        sent = 0
        for line in sys.stdin:
            line = line.strip()
            if not line:
                break
            count = int(line)
            if count < 1:
                raise ValueError(f"asked for {count} round trips")
            times = time_trips(case.trip, count, sent)
            sent += count
            sys.stdout.write(" ".join(map(str, times)) + "\n")
            sys.stdout.flush()
    except (RuntimeError, ValueError) as e:
        print(f"round_trip_latency.py: {e}", file=sys.stderr)
        sys.exit(1)
    finally:
        case.close()


if __name__ == "__main__":
    main()
