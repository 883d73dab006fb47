package io.github.parbench.exec;

import io.github.parbench.workload.Workload;
import java.util.List;

/**
 * k new threads per run, each given one part, then joined: {@code threading.Thread}. THREADS starts
 * platform threads, VIRTUAL_THREADS virtual ones; the rest of a run is the same, so the two differ
 * only in what a thread costs to create, start and join.
 */
final class ThreadsModel implements ExecutionModel {

    /** Makes the unstarted thread that runs part {@code index}. */
    @FunctionalInterface
    interface ThreadMaker {
        Thread make(Runnable body, int index);
    }

    private final int workers;
    private final ThreadMaker maker;

    private ThreadsModel(int workers, ThreadMaker maker) {
        this.workers = workers;
        this.maker = maker;
    }

    static ThreadsModel platform(int workers) {
        return new ThreadsModel(workers, (body, index) -> new Thread(body, "parbench-thread-" + index));
    }

    static ThreadsModel virtual(int workers) {
        return new ThreadsModel(workers, VirtualThreads::newThread);
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long run(Workload workload, long n) {
        List<Range> parts = Partition.split(n, workers);
        long[] results = new long[workers];
        Throwable[] failures = new Throwable[workers];
        Thread[] threads = new Thread[workers];
        for (int i = 0; i < workers; i++) {
            int index = i;
            Range part = parts.get(i);
            threads[i] = maker.make(() -> {
                try {
                    results[index] = workload.run(part.from(), part.to());
                } catch (Throwable t) {
                    failures[index] = t;
                }
            }, i);
            threads[i].start();
        }
        long checksum = 0;
        for (int i = 0; i < workers; i++) {
            joinUninterruptibly(threads[i]);
            if (failures[i] != null) {
                throw new IllegalStateException("thread " + i + " failed", failures[i]);
            }
            checksum = Workload.combine(checksum, results[i]);
        }
        return checksum;
    }

    /** A run's threads always finish their part; an interrupt is kept for the caller to see. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
    }
}
