package io.github.parbench.jmh;

import io.github.parbench.workload.ScalingWorkload;

/**
 * The lecture's headline experiment: {@code countdown(n)} on serial, threads and processes.
 *
 * <p>Measured: the time to count n down to zero, split over k workers (strong scaling) or n for
 * each of k workers (weak scaling), in every execution model. See {@link ScalingSuite}.
 *
 * <p>Why: under CPython's GIL two threads are no faster than one; only processes help. CPython
 * 3.11.7 on the 2-vCPU development VM (results/vm-20261202-063321): countdown(50M) serial 1.42 s,
 * two threads 1.47 s, two processes 0.94 s. The JVM has no GIL, so here threads should scale like
 * processes do in Python.
 *
 * <p>Expect, on an otherwise idle machine with at least k cores: for {@code size=large}
 * (n = 50M, the lecture's), THREADS, THREAD_POOL and FORK_JOIN near k times faster than SERIAL;
 * PROCESS_POOL close behind (one pipe round trip per part); PROCESS_SPAWN slower than SERIAL at
 * every k, since each operation starts k JVMs. For {@code size=small} (n = 200k) every process
 * model loses to SERIAL many times over, and new threads cost more than the work. Time is linear
 * in n.
 *
 * <p>Measured on that VM, JDK 17, interleaved (results/vm-20261202-063321): large, SERIAL 19.0 ms,
 * two workers 1.40x (THREADS) to 1.45x (FORK_JOIN) faster, PROCESS_POOL 1.39x, PROCESS_SPAWN
 * 0.042x; small, SERIAL 71 us, PROCESS_POOL 0.065-0.110x, PROCESS_SPAWN under 0.0003x, THREADS
 * 0.085-0.144x.
 */
public class CountdownScaling extends ScalingSuite {

    @Override
    protected ScalingWorkload scalingWorkload() {
        return ScalingWorkload.COUNTDOWN;
    }
}
