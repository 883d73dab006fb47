package io.github.parbench.workload;

/**
 * The lecture's {@code countdown(n)}: decrement a counter to zero, one real step per iteration.
 *
 * <p>A plain {@code while (n > 0) n--;} is folded by C2 into constant time for any n. Stepping by
 * {@link #step}, a non-final static the JIT cannot treat as a constant, keeps the loop a loop:
 * about a third of a nanosecond per step, linear in n. The checksum is the number of steps taken,
 * so a part that was skipped or run twice changes it.
 */
public final class Countdown implements Workload {

    public static final String NAME = "countdown";

    /** Deliberately mutable: a constant step would let the JIT compute the loop in closed form. */
    @SuppressWarnings("FieldMayBeFinal")
    private static long step = 1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long run(long from, long to) {
        return countdown(to - from);
    }

    /** The kernel; kept out of line for every caller (see {@link Kernels}). */
    static long countdown(long n) {
        long s = step;
        long steps = 0;
        while (n > 0) {
            n -= s;
            steps++;
        }
        return steps;
    }
}
