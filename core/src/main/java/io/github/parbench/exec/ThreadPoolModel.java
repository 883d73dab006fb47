package io.github.parbench.exec;

import io.github.parbench.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed pool of k threads created once and reused for every run. */
final class ThreadPoolModel implements ExecutionModel {

    private final int workers;
    private final ExecutorService pool;

    ThreadPoolModel(int workers) {
        this.workers = workers;
        AtomicInteger ids = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "parbench-pool-" + ids.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long run(Workload workload, long n) {
        List<Future<Long>> futures = new ArrayList<>(workers);
        for (Range part : Partition.split(n, workers)) {
            futures.add(pool.submit(() -> workload.run(part.from(), part.to())));
        }
        long checksum = 0;
        try {
            for (Future<Long> f : futures) {
                checksum = Workload.combine(checksum, f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pool", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a pool task failed", e.getCause());
        }
        return checksum;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("thread pool did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
