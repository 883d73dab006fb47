package io.github.parbench.exec;

import io.github.parbench.pool.BrokenPoolException;
import io.github.parbench.pool.BuiltinTasks;
import io.github.parbench.pool.WorkerProcess;
import io.github.parbench.pool.WorkloadPart;
import io.github.parbench.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * k fresh child JVMs per run, each given one part, then waited for: {@code multiprocessing.Process}
 * with {@code start()} and {@code join()}. JVM start-up is part of what a run costs, which is
 * the lesson.
 *
 * <p>All k are started before any is waited on, so they boot and compute at the same time. A
 * child that dies fails the run with a {@code BrokenPoolException} naming it and its exit status;
 * the run's other children are killed.
 */
final class ProcessSpawnModel implements ExecutionModel {

    /** A child has answered and had its stdin closed; it should be gone almost at once. */
    private static final long EXIT_WAIT_MS = 5_000;

    private final int workers;

    ProcessSpawnModel(int workers) {
        this.workers = workers;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long run(Workload workload, long n) {
        List<Range> parts = Partition.split(n, workers);
        List<WorkerProcess> children = new ArrayList<>(workers);
        AtomicBoolean answered = new AtomicBoolean();
        AtomicReference<WorkerProcess> firstDeath = new AtomicReference<>();
        try {
            for (int i = 0; i < workers; i++) {
                WorkerProcess child = WorkerProcess.start("process " + (i + 1), List.of(), List.of());
                children.add(child);
                // Replies are read in order, so a later child's death would otherwise wait for the
                // earlier ones to finish their parts: end the run as soon as any child dies.
                child.onExit().thenRun(() -> {
                    if (!answered.get() && firstDeath.compareAndSet(null, child)) {
                        children.forEach(WorkerProcess::destroy);
                    }
                });
            }
            for (int i = 0; i < workers; i++) {
                Range p = parts.get(i);
                children.get(i).send(BuiltinTasks.WORKLOAD, new WorkloadPart(workload.name(), p.from(), p.to()));
            }
            long checksum = 0;
            for (WorkerProcess child : children) {
                checksum = Workload.combine(checksum, child.receive(BuiltinTasks.WORKLOAD));
            }
            answered.set(true);
            for (WorkerProcess child : children) {
                child.retire(EXIT_WAIT_MS); // join(): the child exits once its stdin closes
            }
            return checksum;
        } catch (BrokenPoolException e) {
            WorkerProcess culprit = firstDeath.get();
            // The children this run killed itself are not the news: the one that died first is.
            throw culprit == null ? e : culprit.broken("while running its part of " + workload.name(), e);
        } finally {
            answered.set(true);
            for (WorkerProcess child : children) {
                child.kill(); // a dead one too: its reply pipe is still open here
            }
        }
    }

    /** Each run boots its own JVMs: there is nothing to warm but the parent's side. */
    @Override
    public boolean coldByDesign() {
        return true;
    }

    @Override
    public void close() {
    }
}
