package io.github.parbench.exec;

import io.github.parbench.workload.Workload;
import java.util.List;

/** k new platform threads per run, each given one part, then joined: {@code threading.Thread}. */
final class ThreadsModel implements ExecutionModel {

    private final int workers;

    ThreadsModel(int workers) {
        this.workers = workers;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long run(Workload workload, long n) {
        List<Part> parts = Partition.split(n, workers);
        long[] results = new long[workers];
        Throwable[] failures = new Throwable[workers];
        Thread[] threads = new Thread[workers];
        for (int i = 0; i < workers; i++) {
            int index = i;
            Part part = parts.get(i);
            threads[i] = new Thread(() -> {
                try {
                    results[index] = workload.run(part.from(), part.to());
                } catch (Throwable t) {
                    failures[index] = t;
                }
            }, "parbench-thread-" + i);
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
