package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.Partition;
import io.github.parbench.exec.Range;
import io.github.parbench.pool.BuiltinTasks;
import io.github.parbench.pool.ProcessPool;
import io.github.parbench.pool.WorkloadPart;
import io.github.parbench.workload.ScalingWorkload;
import io.github.parbench.workload.Workload;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The process pool's time per operation with nothing around it: {@code ProcessPool.map} of one
 * operation's parts, called back to back in a plain loop after thousands of warm-up calls. It is
 * the floor that the interleaved harness's {@code PROCESS_POOL} figure is checked against (issue
 * 17: the harness must come within 1.5x of it), and it shows what the harness's context adds: run
 * it alternately with the harness, as {@code results/vm-*-pool-context/run.sh} does, since two
 * figures taken at different times are only comparable next to their own spread.
 *
 * <p>{@code java -cp benchmarks.jar io.github.parbench.jmh.interleaved.PlainPoolLoop WORKLOAD SIZE
 * WORKERS [WARMUP_CALLS [CALLS [PAUSE_MS]]]}: prints the median and the mean time per call, in ms.
 * With {@code PAUSE_MS}, the loop sleeps that long after every 10 calls, as the harness's
 * PROCESS_POOL sits idle while the other contenders run.
 */
public final class PlainPoolLoop {

    private PlainPoolLoop() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: PlainPoolLoop WORKLOAD SIZE WORKERS [WARMUP_CALLS [CALLS [PAUSE_MS]]]");
            System.exit(2);
        }
        ScalingWorkload scaling = ScalingWorkload.byName(args[0]);
        long n = scaling.n(args[1]);
        int workers = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        int calls = args.length > 4 ? Integer.parseInt(args[4]) : 2_000;
        long pauseMs = args.length > 5 ? Long.parseLong(args[5]) : 0;
        Workload workload = scaling.workload();
        List<WorkloadPart> parts = Partition.split(n, workers).stream()
                .map((Range p) -> new WorkloadPart(workload.name(), p.from(), p.to())).toList();
        long expected = workload.run(0, n);
        try (ProcessPool pool = ProcessPool.of(workers)) {
            for (int i = 0; i < warmup; i++) {
                check(pool.map(BuiltinTasks.WORKLOAD, parts, 1), expected);
            }
            double[] millis = new double[calls];
            for (int i = 0; i < calls; i++) {
                if (pauseMs > 0 && i % 10 == 0) {
                    Thread.sleep(pauseMs);
                }
                long start = System.nanoTime();
                List<Long> checksums = pool.map(BuiltinTasks.WORKLOAD, parts, 1);
                millis[i] = (System.nanoTime() - start) / 1e6;
                check(checksums, expected);
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "plain loop: %s %s x%d, %d calls after %d warm-up%s: median %.4f ms, mean %.4f ms%n",
                    scaling.workloadName(), args[1], workers, calls, warmup,
                    pauseMs > 0 ? ", " + pauseMs + " ms pause every 10" : "", sorted[calls / 2],
                    Arrays.stream(millis).average().orElse(Double.NaN));
        }
    }

    private static void check(List<Long> checksums, long expected) {
        long checksum = 0;
        for (long part : checksums) {
            checksum = Workload.combine(checksum, part);
        }
        if (checksum != expected) {
            throw new IllegalStateException("checksum " + checksum + ", serial's is " + expected);
        }
    }
}
