package io.github.parbench.sync;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one call on a fresh platform thread and hands back its result. Ownership is the point of
 * these tests (who holds a lock, who may release it), so the call must not run on the test thread.
 */
final class InAnotherThread<T> implements AutoCloseable {

    private final FutureTask<T> task;
    private final Thread thread;

    private InAnotherThread(Callable<T> call) {
        this.task = new FutureTask<>(call);
        this.thread = new Thread(task, "sync-test-other");
        thread.setDaemon(true);
        thread.start();
    }

    static <T> InAnotherThread<T> start(Callable<T> call) {
        return new InAnotherThread<>(call);
    }

    /** Runs the call in another thread and waits (bounded) for its result. */
    static <T> T call(Callable<T> call) throws Exception {
        try (InAnotherThread<T> other = start(call)) {
            return other.result();
        }
    }

    T result() throws Exception {
        try {
            return task.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } catch (TimeoutException e) {
            throw new AssertionError("the other thread did not finish within 10 s", e);
        }
    }

    /** Blocks until the other thread is parked (waiting), so a test knows it really waits. */
    void awaitParked() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            if (!thread.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the other thread never started waiting (state " + thread.getState() + ")");
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}
