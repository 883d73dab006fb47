package io.github.parbench.sync;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * Python's {@code threading.BoundedSemaphore}: a semaphore that refuses to grow.
 *
 * <p>{@link java.util.concurrent.Semaphore#release()} past the initial permits silently adds a
 * permit, so a bug that releases twice lets one thread too many into the guarded region. Here the
 * release that would exceed the initial count fails with {@link IllegalStateException} and leaves
 * the count unchanged, even when several threads race to release.
 */
public final class BoundedSemaphore {

    private final int bound;
    private final Sync sync;

    public BoundedSemaphore(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("permits must be >= 0, was " + permits);
        }
        this.bound = permits;
        this.sync = new Sync(permits);
    }

    public void acquire() throws InterruptedException {
        sync.acquireSharedInterruptibly(1);
    }

    public boolean tryAcquire() {
        return sync.tryAcquireShared(1) >= 0;
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireSharedNanos(1, unit.toNanos(timeout));
    }

    /** Returns a permit; {@link IllegalStateException} if that would exceed the initial permits. */
    public void release() {
        sync.releaseShared(1);
    }

    public int availablePermits() {
        return sync.permits();
    }

    /** The initial permits, which the count never exceeds. */
    public int bound() {
        return bound;
    }

    @Override
    public String toString() {
        return "BoundedSemaphore[" + availablePermits() + "/" + bound + "]";
    }

    private final class Sync extends AbstractQueuedSynchronizer {
        Sync(int permits) {
            setState(permits);
        }

        int permits() {
            return getState();
        }

        @Override
        protected int tryAcquireShared(int ignored) {
            while (true) {
                int available = getState();
                int remaining = available - 1;
                if (remaining < 0 || compareAndSetState(available, remaining)) {
                    return remaining;
                }
            }
        }

        @Override
        protected boolean tryReleaseShared(int ignored) {
            while (true) {
                int current = getState();
                if (current >= bound) {
                    throw new IllegalStateException("BoundedSemaphore released too many times (bound " + bound + ")");
                }
                if (compareAndSetState(current, current + 1)) {
                    return true;
                }
            }
        }
    }
}
