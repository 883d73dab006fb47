package io.github.parbench.exec;

import io.github.parbench.workload.Workload;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The everyday Java way: a parallel stream over the parts. It runs inside a {@link ForkJoinPool}
 * of parallelism k, since the common pool's parallelism is fixed at cores - 1 and would ignore k.
 */
final class ForkJoinModel implements ExecutionModel {

    private final int workers;
    private final ForkJoinPool pool;

    ForkJoinModel(int workers) {
        this.workers = workers;
        this.pool = new ForkJoinPool(workers);
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long run(Workload workload, long n) {
        List<Range> parts = Partition.split(n, workers);
        try {
            return pool.submit(() -> parts.parallelStream()
                            .mapToLong(p -> workload.run(p.from(), p.to()))
                            .reduce(0L, Workload::combine))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the fork-join pool", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fork-join task failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fork-join pool did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
