package io.github.parbench.jmh;

import io.github.parbench.workload.ScalingWorkload;

/**
 * The lecture's {@code Pool.map(math.sqrt, range(n))}: the sum of square roots on serial, threads
 * and processes. See {@link ScalingSuite}.
 *
 * <p>Why: in CPython 3.11.7, {@code Pool(2).map(sqrt, range(10M))} took 4.82 s against 0.385 s
 * serially on the 2-vCPU development VM (results/vm-20261202-063321), because each element crossed
 * a process boundary: for fine-grained tasks the traffic costs more than the work. Here each worker
 * gets one contiguous range and returns one number, so the comparison shows what is left when the
 * traffic is taken out of the picture.
 *
 * <p>Expect: for {@code size=large} (n = 10M, the lecture's size), the thread models near k times
 * faster than SERIAL and PROCESS_POOL close behind; for {@code size=small} (n = 100k) process
 * models lose to SERIAL, which is the lecture's lesson about task granularity.
 *
 * <p>Measured on that VM, JDK 17, interleaved (results/vm-20261202-063321): large, SERIAL 26.4 ms,
 * two workers 1.46x (THREADS) to 1.65x (FORK_JOIN) faster, PROCESS_POOL 1.44x; small, SERIAL
 * 0.25 ms, PROCESS_POOL 0.19-0.25x, PROCESS_SPAWN 0.0010x or less.
 */
public class SqrtScaling extends ScalingSuite {

    @Override
    protected ScalingWorkload scalingWorkload() {
        return ScalingWorkload.SQRT;
    }
}
