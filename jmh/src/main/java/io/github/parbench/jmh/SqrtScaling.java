package io.github.parbench.jmh;

import io.github.parbench.workload.ScalingWorkload;

/**
 * The lecture's {@code Pool.map(math.sqrt, range(n))}: the sum of square roots on serial, threads
 * and processes. See {@link ScalingSuite}.
 *
 * <p>Why: in CPython, {@code Pool(2).map(sqrt, range(10M))} took 1.99 s against 0.41 s serially on
 * a 2-core machine, because each element crossed a process boundary: for fine-grained tasks the
 * traffic costs more than the work. Here each worker gets one contiguous range and returns one
 * number, so the comparison shows what is left when the traffic is taken out of the picture.
 *
 * <p>Expect: for {@code size=large} (n = 10M, the lecture's size, 25-35 ms serial on the 2-vCPU development VM), the thread
 * models near k times faster than SERIAL and PROCESS_POOL close behind; for {@code size=small}
 * (n = 100k, well under a millisecond) process models lose to SERIAL, which is the lecture's
 * lesson about task granularity.
 */
public class SqrtScaling extends ScalingSuite {

    @Override
    protected ScalingWorkload scalingWorkload() {
        return ScalingWorkload.SQRT;
    }
}
