package io.github.parbench.exec;

import io.github.parbench.workload.Workload;
import java.util.List;

/**
 * One way to run a workload on k workers: serially, on threads, on a pool, in child processes.
 *
 * <p>An instance owns its workers (pool threads, child JVMs) from creation until {@link #close()};
 * a run splits {@code [0, n)} with {@link Partition#split} and returns the combined checksum, which
 * equals serial's for every model.
 */
public interface ExecutionModel extends AutoCloseable {

    /** How many workers a run uses. */
    int workers();

    /** Runs the workload over {@code [0, n)} split across the workers; returns the combined checksum. */
    long run(Workload workload, long n);

    /**
     * The other JVMs that run this model's work between runs (a process pool's workers), so a
     * harness can tell whether they are warm; empty when all of it runs in this JVM, or in JVMs that
     * live for one run only (PROCESS_SPAWN's, which are cold by design).
     */
    default List<Long> workerPids() {
        return List.of();
    }

    /**
     * True when every run starts fresh JVMs (PROCESS_SPAWN): no warm-up makes such a model warmer,
     * since its work always runs in a JVM that has just booted, which is what it measures. A
     * harness warms it only for its fewest rounds, and spends the rest of its warm-up on the others.
     */
    default boolean coldByDesign() {
        return false;
    }

    /** How many such JVMs it has once all are up (0 when it has none). */
    default int workerJvms() {
        return 0;
    }

    /** Releases the workers; no thread or process of this model outlives it. */
    @Override
    void close();
}
