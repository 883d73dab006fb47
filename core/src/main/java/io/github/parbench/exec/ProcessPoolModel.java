package io.github.parbench.exec;

import io.github.parbench.pool.BuiltinTasks;
import io.github.parbench.pool.ProcessPool;
import io.github.parbench.pool.WorkloadPart;
import io.github.parbench.workload.Workload;
import java.util.List;

/**
 * k worker JVMs started once and reused; each run maps the k parts over them, one part per
 * request ({@code chunkSize} 1), through the pipes: {@code multiprocessing.Pool.map}.
 *
 * <p>A worker that dies mid-run fails the run with the pool's {@code BrokenPoolException}
 * (worker, pid, exit status) and is replaced for the next run.
 */
final class ProcessPoolModel implements ExecutionModel {

    private final ProcessPool pool;

    ProcessPoolModel(int workers) {
        this.pool = ProcessPool.of(workers);
    }

    @Override
    public int workers() {
        return pool.workers();
    }

    @Override
    public long run(Workload workload, long n) {
        List<WorkloadPart> parts = Partition.split(n, pool.workers()).stream()
                .map(p -> new WorkloadPart(workload.name(), p.from(), p.to()))
                .toList();
        long checksum = 0;
        for (long partChecksum : pool.map(BuiltinTasks.WORKLOAD, parts, 1)) {
            checksum = Workload.combine(checksum, partChecksum);
        }
        return checksum;
    }

    @Override
    public List<Long> workerPids() {
        return pool.workerPids();
    }

    @Override
    public int workerJvms() {
        return pool.workers();
    }

    /**
     * Kills the workers rather than waiting for them: a finished run leaves nothing to wait for,
     * and after a failed one a surviving worker may still be busy with its part.
     */
    @Override
    public void close() {
        pool.terminate();
    }
}
