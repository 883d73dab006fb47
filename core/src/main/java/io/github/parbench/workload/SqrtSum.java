package io.github.parbench.workload;

/**
 * The lecture's {@code Pool.map(math.sqrt, range(n))}: the square roots of a range, summed.
 *
 * <p>Each root is summed in fixed point (units of 2^-20) so the sum is an integer: floating-point
 * addition is not associative, and every partition must give serial's checksum to the bit.
 */
public final class SqrtSum implements Workload {

    public static final String NAME = "sqrt";

    private static final double SCALE = 1 << 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long run(long from, long to) {
        return sqrtSum(from, to);
    }

    /** The kernel; kept out of line for every caller (see {@link Kernels}). */
    static long sqrtSum(long from, long to) {
        long sum = 0;
        for (long i = from; i < to; i++) {
            sum += (long) (Math.sqrt(i) * SCALE);
        }
        return sum;
    }
}
