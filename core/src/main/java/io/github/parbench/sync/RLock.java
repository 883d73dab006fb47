package io.github.parbench.sync;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Python's {@code threading.RLock}: the owner may acquire it again and must release it as many
 * times; only the owner may release it.
 */
public final class RLock {

    private final ReentrantLock lock;

    public RLock() {
        this(false);
    }

    /** A fair RLock hands the lock to the longest waiter instead of to whoever asks first. */
    public RLock(boolean fair) {
        this.lock = new ReentrantLock(fair);
    }

    /** Blocks until this thread holds the lock; the hold count goes up by one. */
    public void acquire() throws InterruptedException {
        lock.lockInterruptibly();
    }

    public boolean tryAcquire() {
        return lock.tryLock();
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return lock.tryLock(timeout, unit);
    }

    /**
     * Drops one hold; the lock is free when the count reaches zero.
     *
     * @throws IllegalMonitorStateException when the caller does not hold it
     */
    public void release() {
        lock.unlock();
    }

    /** How many times the calling thread holds it (0 when it does not). */
    public int holdCount() {
        return lock.getHoldCount();
    }

    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Whether any thread holds it. */
    public boolean isLocked() {
        return lock.isLocked();
    }

    @Override
    public String toString() {
        return "RLock" + lock.toString().substring(lock.toString().indexOf('['));
    }
}
