package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.ExecutionModel;
import io.github.parbench.workload.Workload;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * A simulated machine for the harness: a clock that only moves when a model "works", and models
 * whose operations take {@code baseNanos / speedup}, times the machine's slowdown at that moment,
 * times a little seeded jitter. The slowdown ramps up by 40% over the first half of the run, jumps
 * down by 40% and ramps again, the way a shared VM's speed was seen to drift: what a design that
 * divides means taken at different times gets wrong, and an interleaved one must not.
 */
public final class DriftingMachine implements LongSupplier {

    private final double runNanos;
    private final double jitter;
    private final SplittableRandom random;
    private double slowCoreShare;
    private double slowCoreSpeed = 1;
    private long now;

    /**
     * @param runNanos roughly how long the simulated run lasts, so the drift spans all of it;
     *                 infinite for a machine that does not drift
     * @param jitter   each operation's random spread, e.g. 0.05 for ±5%
     */
    public DriftingMachine(double runNanos, double jitter) {
        this(runNanos, jitter, 42);
    }

    /** As above, with the jitter drawn from this seed. */
    public DriftingMachine(double runNanos, double jitter, long seed) {
        this.runNanos = runNanos;
        this.jitter = jitter;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Makes the machine bimodal, as the 2-vCPU development VM is: an operation of a model with two
     * or more workers runs, with probability {@code share}, at {@code speed} of its speed (its second
     * worker landed on the time-shared vCPU, which runs at about 58% of the other when both are busy).
     */
    public DriftingMachine withSlowSecondCore(double share, double speed) {
        this.slowCoreShare = share;
        this.slowCoreSpeed = speed;
        return this;
    }

    @Override
    public long getAsLong() {
        return now;
    }

    /** 1.0 at the start, up to 1.4 at mid-run, back to 1.0 and up to 1.4 again. */
    public double slowdown() {
        double phase = (now / runNanos) % 1.0;
        return phase < 0.5 ? 1.0 + 0.8 * phase : 1.0 + 0.8 * (phase - 0.5);
    }

    /** A model that is {@code speedup} times faster than serial on this machine. */
    public ExecutionModel model(int workers, double speedup, double baseNanos) {
        return new ExecutionModel() {
            @Override
            public int workers() {
                return workers;
            }

            @Override
            public long run(Workload workload, long n) {
                double noise = 1 + jitter * (2 * random.nextDouble() - 1);
                double core = workers >= 2 && slowCoreShare > 0 && random.nextDouble() < slowCoreShare ? slowCoreSpeed : 1;
                now += Math.round(baseNanos / (speedup * core) * slowdown() * noise);
                return workload.run(0, n);
            }

            @Override
            public void close() {
            }
        };
    }

    /** A workload whose checksum is instant to compute: the simulated clock carries the cost. */
    public static Workload instantWorkload() {
        return new Workload() {
            @Override
            public String name() {
                return "simulated";
            }

            @Override
            public long run(long from, long to) {
                return to - from;
            }
        };
    }
}
