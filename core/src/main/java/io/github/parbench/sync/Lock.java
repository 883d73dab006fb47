package io.github.parbench.sync;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * Python's {@code threading.Lock}: a plain mutex with no owner.
 *
 * <p>Unlike {@link java.util.concurrent.locks.ReentrantLock} it is not reentrant (the holder's own
 * second acquire blocks, and its {@code tryAcquire} fails) and any thread may release it, which is
 * what lets one thread hand a locked Lock to another. Releasing an unlocked Lock is an error.
 */
public final class Lock {

    private final Sync sync = new Sync();

    /** Blocks until the lock is free, then takes it. */
    public void acquire() throws InterruptedException {
        sync.acquireInterruptibly(1);
    }

    /** Takes the lock if it is free right now. */
    public boolean tryAcquire() {
        return sync.tryAcquire(1);
    }

    /** Takes the lock if it becomes free within the timeout. */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireNanos(1, unit.toNanos(timeout));
    }

    /** Frees the lock, whoever took it; {@link IllegalStateException} if it is not locked. */
    public void release() {
        sync.release(1);
    }

    public boolean isLocked() {
        return sync.locked();
    }

    @Override
    public String toString() {
        return "Lock[" + (isLocked() ? "locked" : "unlocked") + "]";
    }

    private static final class Sync extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            if (!compareAndSetState(1, 0)) {
                throw new IllegalStateException("release of an unlocked Lock");
            }
            return true;
        }

        boolean locked() {
            return getState() == 1;
        }
    }
}
