package io.github.parbench.lessons.threads;

import java.util.ArrayList;
import java.util.List;

/**
 * The threads a test started, so that none outlives it: {@link #close()} interrupts and joins
 * whatever is still running and fails the test if a thread will not stop.
 */
final class StartedThreads implements AutoCloseable {

    private static final long JOIN_MS = 5_000;

    private final List<Thread> threads = new ArrayList<>();

    Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        threads.add(t);
        t.start();
        return t;
    }

    /** Joins every thread, each within the timeout; returns whether all ended. */
    boolean joinAll(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        for (Thread t : threads) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            t.join(left);
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    @Override
    public void close() throws InterruptedException {
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            t.join(JOIN_MS);
        }
        List<String> stuck = threads.stream().filter(Thread::isAlive).map(Thread::getName).toList();
        if (!stuck.isEmpty()) {
            throw new AssertionError("threads left running: " + stuck);
        }
    }
}
