package io.github.parbench.jmh.latency;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** {@code submit(() -> x).get()} on a one-thread {@link ExecutorService}: the in-process equivalent of apply. */
final class ThreadPoolSubmit implements RoundTrip {

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "latency-thread-pool");
        t.setDaemon(true);
        return t;
    });

    @Override
    public String name() {
        return "threadPoolSubmit";
    }

    @Override
    public String path() {
        return "ExecutorService.submit(task).get() on a one-thread executor: the caller hands the task to the executor's thread"
                + " through its queue and parks on the future until that thread completes it";
    }

    @Override
    public long roundTrip(long x) throws Exception {
        return pool.submit(() -> x).get();
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
