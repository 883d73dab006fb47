package io.github.parbench.sync;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * Python's {@code threading.Event}: a flag threads wait on. {@link #set()} wakes every waiter and
 * lets later waiters straight through until {@link #clear()}; a set that happened before a thread
 * waits is never missed.
 */
public final class Event {

    private final Sync sync = new Sync();

    public void set() {
        sync.releaseShared(1);
    }

    public void clear() {
        sync.reset();
    }

    public boolean isSet() {
        return sync.isSet();
    }

    /** Blocks until the flag is set. */
    public void await() throws InterruptedException {
        sync.acquireSharedInterruptibly(1);
    }

    /** Waits up to the timeout; returns whether the flag was set. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireSharedNanos(1, unit.toNanos(timeout));
    }

    @Override
    public String toString() {
        return "Event[" + (isSet() ? "set" : "clear") + "]";
    }

    private static final class Sync extends AbstractQueuedSynchronizer {
        boolean isSet() {
            return getState() != 0;
        }

        void reset() {
            setState(0);
        }

        @Override
        protected int tryAcquireShared(int ignored) {
            return isSet() ? 1 : -1;
        }

        @Override
        protected boolean tryReleaseShared(int ignored) {
            setState(1);
            return true;
        }
    }
}
