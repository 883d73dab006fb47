package io.github.parbench.jmh.interleaved;

import io.github.parbench.process.JitCompilations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link JvmCompilations} read from HotSpot's counters: the harness's JVM plus the worker JVMs a
 * model names ({@code ExecutionModel.workerPids()}).
 *
 * <p>A pool starts its workers in the background, so the list is asked for until all of them are
 * up, and then kept: a worker of the scaling models is replaced only when one dies, which fails
 * the experiment anyway. Asking on every reading would run the pool's own bookkeeping (a stream
 * over its workers) between every two entries, and its compilations would be counted as the
 * harness JVM's.
 */
public final class CountedJvms implements JvmCompilations, AutoCloseable {

    private final JitCompilations harness;
    private final Supplier<List<Long>> workerPids;
    private final int expectedWorkers;
    private final List<JitCompilations> workers = new ArrayList<>();

    /**
     * @param harness         the harness JVM's counter, shared by every contender (not closed here)
     * @param workerPids      the contender's worker JVMs now
     * @param expectedWorkers how many there are once all are up (0 for a model without worker JVMs)
     */
    public CountedJvms(JitCompilations harness, Supplier<List<Long>> workerPids, int expectedWorkers) {
        this.harness = harness;
        this.workerPids = workerPids;
        this.expectedWorkers = expectedWorkers;
    }

    @Override
    public long finished() {
        long sum = harness.finished();
        if (sum < 0) {
            return -1;
        }
        if (workers.size() < expectedWorkers && !attachAll()) {
            return -1; // still booting: not known yet rather than short
        }
        for (JitCompilations worker : workers) {
            long count = worker.finished();
            if (count < 0) {
                return -1;
            }
            sum += count;
        }
        return sum;
    }

    /** Attaches to every worker once all are up; false until then. */
    private boolean attachAll() {
        List<Long> pids = workerPids.get();
        if (pids.size() < expectedWorkers) {
            return false;
        }
        List<JitCompilations> attached = new ArrayList<>();
        for (long pid : pids) {
            JitCompilations worker = JitCompilations.of(pid);
            attached.add(worker);
            if (!worker.readable()) {
                attached.forEach(JitCompilations::close);
                return false;
            }
        }
        workers.addAll(attached);
        return true;
    }

    @Override
    public int jvms() {
        return 1 + expectedWorkers;
    }

    @Override
    public void close() {
        workers.forEach(JitCompilations::close);
        workers.clear();
    }
}
