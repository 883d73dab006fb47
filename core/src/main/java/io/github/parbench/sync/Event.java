package io.github.parbench.sync;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Python's {@code threading.Event}: a flag threads wait on. {@link #set()} wakes every waiter and
 * lets later waiters straight through until {@link #clear()}; a set that happened before a thread
 * waits is never missed.
 *
 * <p>Every thread waiting when {@code set()} runs returns true, even if {@code clear()} follows
 * before it is scheduled again (as in Python). A waiter therefore watches for a new set
 * (a generation count), not for the flag itself, which may already be cleared when it wakes.
 */
public final class Event {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wasSet = lock.newCondition();
    private volatile boolean flag;
    private long setCount;

    public void set() {
        lock.lock();
        try {
            flag = true;
            setCount++;
            wasSet.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            flag = false;
        } finally {
            lock.unlock();
        }
    }

    public boolean isSet() {
        return flag;
    }

    /** Blocks until the flag is set. */
    public void await() throws InterruptedException {
        if (flag) {
            return;
        }
        lock.lockInterruptibly();
        try {
            long seen = setCount;
            while (!flag && setCount == seen) {
                wasSet.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to the timeout; returns whether the flag was set. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (flag) {
            return true;
        }
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            long seen = setCount;
            while (!flag && setCount == seen) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = wasSet.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Event[" + (isSet() ? "set" : "clear") + "]";
    }
}
