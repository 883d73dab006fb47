package io.github.parbench.jmh;

import io.github.parbench.workload.ScalingWorkload;

/**
 * The lecture's headline experiment: {@code countdown(n)} on serial, threads and processes.
 *
 * <p>Measured: the time to count n down to zero, split over k workers (strong scaling) or n for
 * each of k workers (weak scaling), in every execution model. See {@link ScalingSuite}.
 *
 * <p>Why: under CPython's GIL two threads are no faster than one; only processes help. CPython
 * 3.11 on a 2-core machine: countdown(50M) serial 1.43 s, two threads 1.22 s, two processes
 * 0.71 s. The JVM has no GIL, so here threads should scale like processes do in Python.
 *
 * <p>Expect, on an otherwise idle machine with at least k cores: for {@code size=large}
 * (n = 50M, the lecture's; 15-25 ms serial on the 2-vCPU development VM), THREADS, THREAD_POOL and FORK_JOIN near k times faster than SERIAL;
 * PROCESS_POOL close behind (one pipe round trip per part); PROCESS_SPAWN slower than SERIAL at
 * every k, since each operation starts k JVMs. For {@code size=small} (n = 200k, ~70 us serial)
 * every process model loses to SERIAL by an order of magnitude or more, and even new threads
 * barely pay for themselves. Time is linear in n: 10x n costs 10x time.
 */
public class CountdownScaling extends ScalingSuite {

    @Override
    protected ScalingWorkload scalingWorkload() {
        return ScalingWorkload.COUNTDOWN;
    }
}
