package io.github.parbench.jmh.interleaved;

import io.github.parbench.pool.BuiltinTasks;
import io.github.parbench.pool.ProcessPool;
import io.github.parbench.pool.WorkloadPart;
import io.github.parbench.workload.ScalingWorkload;
import io.github.parbench.workload.Workload;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Where a one-worker process pool's time goes, against SERIAL: the same operation timed in this
 * JVM (SERIAL) and through {@code ProcessPool.map} on one worker, in pairs whose order is drawn at
 * random, with the worker timing the work itself ({@link BuiltinTasks#TIMED_WORKLOAD}). Two
 * ratios per pair, each with a 95% interval over the pairs:
 * <ul>
 * <li>{@code serial / pool}: the speedup the interleaved harness reports for PROCESS_POOL x1;</li>
 * <li>{@code serial / work in the worker}: whether the work itself runs slower in the worker JVM
 *     (its flags, its compiled code, the CPU it lands on).</li>
 * </ul>
 * What separates the two is the pool's round trip: the request, the worker's wake-up, the reply
 * and the parent's wake-up. Both sides are warmed first with thousands of operations' worth of
 * time. Run it with the kernels' flags, as the harness is:
 * {@code java -XX:CompileCommand=quiet -XX:CompileCommand=dontinline,io.github.parbench.workload.Countdown::countdown
 * -cp jmh/target/benchmarks.jar io.github.parbench.jmh.interleaved.PoolTimeSplit countdown large 60 [SEED]};
 * under {@code taskset -c 0} to see what pinning both processes to one CPU changes; with SPIN_US,
 * the parent and the worker poll that long before they block ({@code ProcessPool.Builder.spinMicros}),
 * to see what the wake-up of a waiting process costs.
 */
public final class PoolTimeSplit {

    private PoolTimeSplit() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: PoolTimeSplit WORKLOAD SIZE PAIRS [SEED [SPIN_US]]");
            System.exit(2);
        }
        ScalingWorkload scaling = ScalingWorkload.byName(args[0]);
        long n = scaling.n(args[1]);
        int pairs = Integer.parseInt(args[2]);
        Random order = new Random(args.length > 3 ? Long.parseLong(args[3]) : 1);
        long spinMicros = args.length > 4 ? Long.parseLong(args[4]) : 0;
        Workload workload = scaling.workload();
        List<WorkloadPart> part = List.of(new WorkloadPart(workload.name(), 0, n));
        long expected = workload.run(0, n);
        SummaryStatistics overPool = new SummaryStatistics();
        SummaryStatistics overWork = new SummaryStatistics();
        DescriptiveStatistics roundTripMicros = new DescriptiveStatistics();
        try (ProcessPool pool = ProcessPool.builder().workers(1).spinMicros(spinMicros).start()) {
            long warmUntil = System.nanoTime() + 10_000_000_000L; // 10 s of both, far past C2's thresholds
            while (System.nanoTime() < warmUntil) {
                check(workload.run(0, n), expected);
                check(pool.map(BuiltinTasks.TIMED_WORKLOAD, part, 1).get(0)[0], expected);
            }
            for (int i = 0; i < pairs; i++) {
                long serialNanos = 0;
                long poolNanos = 0;
                long workNanos = 0;
                boolean serialFirst = order.nextBoolean();
                for (int side = 0; side < 2; side++) {
                    if ((side == 0) == serialFirst) {
                        long start = System.nanoTime();
                        long checksum = workload.run(0, n);
                        serialNanos = System.nanoTime() - start;
                        check(checksum, expected);
                    } else {
                        long start = System.nanoTime();
                        long[] reply = pool.map(BuiltinTasks.TIMED_WORKLOAD, part, 1).get(0);
                        poolNanos = System.nanoTime() - start;
                        check(reply[0], expected);
                        workNanos = reply[1];
                    }
                }
                overPool.addValue(Math.log((double) serialNanos / poolNanos));
                overWork.addValue(Math.log((double) serialNanos / workNanos));
                roundTripMicros.addValue((poolNanos - workNanos) / 1e3);
            }
        }
        System.out.printf(Locale.ROOT, "%s %s, %d pairs%s: serial/pool %s; serial/work-in-worker %s;"
                + " round trip beyond the work: median %.1f us, mean %.1f us%n", scaling.workloadName(), args[1], pairs,
                spinMicros > 0 ? ", spin " + spinMicros + " us" : "", ratio(overPool), ratio(overWork),
                roundTripMicros.getPercentile(50), roundTripMicros.getMean());
    }

    /** The geometric mean of the ratios and its 95% interval, from their logs. */
    private static String ratio(SummaryStatistics logs) {
        double t = new TDistribution(logs.getN() - 1).inverseCumulativeProbability(0.975);
        double half = t * logs.getStandardDeviation() / Math.sqrt(logs.getN());
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", Math.exp(logs.getMean()),
                Math.exp(logs.getMean() - half), Math.exp(logs.getMean() + half));
    }

    private static void check(long checksum, long expected) {
        if (checksum != expected) {
            throw new IllegalStateException("checksum " + checksum + ", serial's is " + expected);
        }
    }
}
