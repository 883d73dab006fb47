package io.github.parbench.jmh;

import io.github.parbench.exec.ExecutionModel;
import io.github.parbench.process.JitCompilations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Warms a model's worker JVMs (a process pool's) before JMH's own warm-up, until JIT compilation
 * has gone quiet in them and in the fork, or a time cap.
 *
 * <p>Why: JMH warms a fork by time, which warms everything that runs in the fork alike for every
 * model, but a pool's workers warm only by the calls the fork makes, and their first call waits
 * for them to boot (0.3-1 s on a 2-vCPU VM). At the smoke and ci profiles' one 200 ms warm-up
 * iteration that is the whole warm-up, and {@link WorkerCompilationsProfiler} showed the workers
 * (and the fork's side of the pool) compiling through every measured iteration: countdown small,
 * one worker, 90, 63, 49, 11 and 0 compilations in the workers in five 200 ms iterations while
 * the time per operation fell from 1.06 to 0.24 ms.
 *
 * <p>The rule is the interleaved harness's: warm until no compilation finished, in the workers or
 * the fork, during the later half of the warm-up so far, so it has been quiet for as long as it
 * took to get there (a lull of a few hundred calls is often only the gap between C1's compile of
 * a method and C2's), and for at least {@link #MIN_QUIET_NANOS}. Models without worker JVMs are
 * left to JMH's warm-up: it already gives them the fork's time.
 *
 * <p>The cap ({@link #CAP_NANOS}) is paid by every PROCESS_POOL benchmark in every fork, so it is
 * short. At the small sizes the workers go quiet near it (about 5,000-30,000 calls: C2's thresholds);
 * at the large ones (an operation of 20 ms) the pool's per-call code reaches those thresholds only
 * after minutes, so the cap ends the warm-up with a compilation every few hundred milliseconds
 * still to come, which the fork's log says and the profiler counts.
 */
final class WorkerJvmWarmup {

    /** The system property that turns the warm-up off ({@code off}). */
    static final String SWITCH = "parbench.workerWarmup";
    static final long MIN_QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    static final long CAP_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long BOOT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** What the warm-up did, for the fork's log. */
    record Outcome(long operations, long millis, long forkCompilations, long workerCompilations, boolean capHit,
                   String why) {

        static Outcome skipped(String why) {
            return new Outcome(0, 0, 0, 0, false, why);
        }

        @Override
        public String toString() {
            if (why != null) {
                return "worker JVMs not warmed to quiet: " + why;
            }
            return String.format("worker JVMs warmed %s: %d operations, %d ms; compilations meanwhile: %d in the fork,"
                            + " %d in the workers",
                    capHit ? "until the " + TimeUnit.NANOSECONDS.toSeconds(CAP_NANOS) + " s cap, STILL COMPILING"
                            : "until JIT-quiet", operations, millis, forkCompilations, workerCompilations);
        }
    }

    private WorkerJvmWarmup() {
    }

    /**
     * Runs {@code operation} on {@code model} until the fork and its workers are JIT-quiet, or the cap;
     * nothing for a model without worker JVMs, or when the system property {@value #SWITCH} is
     * {@code off} (to see what JMH's own warm-up leaves).
     */
    static Outcome warm(ExecutionModel model, Runnable operation) {
        if (model.workerJvms() == 0) {
            return Outcome.skipped("the model has none");
        }
        if ("off".equals(System.getProperty(SWITCH))) {
            return Outcome.skipped("-D" + SWITCH + "=off");
        }
        long start = System.nanoTime();
        operation.run(); // the first call waits for the workers to boot
        List<JitCompilations> jvms = attach(model, start);
        if (jvms == null) {
            return Outcome.skipped(JitCompilations.whyUnavailable()
                    .orElse("the workers' compilation counters cannot be read"));
        }
        try {
            JitCompilations fork = jvms.get(0);
            List<JitCompilations> workers = jvms.subList(1, jvms.size());
            long forkFirst = fork.finished();
            long workersFirst = total(workers);
            long last = forkFirst + workersFirst;
            long lastChange = System.nanoTime();
            long operations = 1;
            while (true) {
                operation.run();
                operations++;
                long now = System.nanoTime();
                long forkNow = fork.finished();
                long workersNow = total(workers);
                if (forkNow < 0 || workersNow < 0) {
                    return Outcome.skipped("a counter could no longer be read after " + operations + " operations");
                }
                if (forkNow + workersNow != last) {
                    last = forkNow + workersNow;
                    lastChange = now;
                }
                long quiet = now - lastChange;
                boolean steady = quiet >= MIN_QUIET_NANOS && quiet >= (now - start) / 2;
                if (steady || now - start >= CAP_NANOS) {
                    return new Outcome(operations, millis(now - start), forkNow - forkFirst, workersNow - workersFirst,
                            !steady, null);
                }
            }
        } finally {
            jvms.forEach(JitCompilations::close);
        }
    }

    /** The fork's and every worker's counter once all workers are up; null when any cannot be read. */
    private static List<JitCompilations> attach(ExecutionModel model, long start) {
        List<JitCompilations> jvms = new ArrayList<>();
        jvms.add(JitCompilations.ofThisJvm());
        List<Long> pids = model.workerPids();
        while (pids.size() < model.workerJvms() && System.nanoTime() - start < BOOT_TIMEOUT_NANOS) {
            sleep(); // a worker that took no part of the first call may still be booting
            pids = model.workerPids();
        }
        for (long pid : pids) {
            jvms.add(JitCompilations.of(pid));
        }
        if (pids.size() < model.workerJvms() || !jvms.stream().allMatch(JitCompilations::readable)) {
            jvms.forEach(JitCompilations::close);
            return null;
        }
        return jvms;
    }

    private static long total(List<JitCompilations> jvms) {
        long sum = 0;
        for (JitCompilations jvm : jvms) {
            long count = jvm.finished();
            if (count < 0) {
                return -1;
            }
            sum += count;
        }
        return sum;
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers to boot", e);
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
