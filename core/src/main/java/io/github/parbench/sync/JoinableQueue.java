package io.github.parbench.sync;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Python's {@code queue.Queue} with its task accounting: every {@link #put} adds an unfinished
 * task, every {@link #taskDone()} finishes one, and {@link #join()} waits until none is left, that
 * is, until consumers have finished (not merely taken) every item.
 */
public final class JoinableQueue<E> {

    private final BlockingQueue<E> items;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allDone = lock.newCondition();
    private long unfinished;

    /** An unbounded queue. */
    public JoinableQueue() {
        this.items = new LinkedBlockingQueue<>();
    }

    /** A queue whose {@link #put} blocks while it holds {@code capacity} items. */
    public JoinableQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.items = new LinkedBlockingQueue<>(capacity);
    }

    /** Adds an item (never null: null is no task) and counts it as unfinished. */
    public void put(E item) throws InterruptedException {
        // Refused before it is counted: a counted item that never reached the queue would keep
        // join() waiting forever.
        Objects.requireNonNull(item, "a JoinableQueue holds no null items");
        // Count the task before the item is visible, so a fast consumer's taskDone never
        // finds the count at zero and join never returns while an item is in flight.
        changeUnfinished(+1);
        try {
            items.put(item);
        } catch (InterruptedException e) {
            changeUnfinished(-1);
            throw e;
        }
    }

    public E take() throws InterruptedException {
        return items.take();
    }

    /** The next item, or null if none arrives within the timeout. */
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return items.poll(timeout, unit);
    }

    /** Marks one taken item as finished; {@link IllegalStateException} if none is unfinished. */
    public void taskDone() {
        changeUnfinished(-1);
    }

    /** Blocks until every item put so far has been marked done. */
    public void join() throws InterruptedException {
        lock.lock();
        try {
            while (unfinished > 0) {
                allDone.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to the timeout; returns whether every item was marked done. */
    public boolean join(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (unfinished > 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = allDone.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Items waiting to be taken. */
    public int size() {
        return items.size();
    }

    /** Items put and not yet marked done. */
    public long unfinishedTasks() {
        lock.lock();
        try {
            return unfinished;
        } finally {
            lock.unlock();
        }
    }

    private void changeUnfinished(int delta) {
        lock.lock();
        try {
            if (unfinished + delta < 0) {
                throw new IllegalStateException("taskDone() called more times than items were put");
            }
            unfinished += delta;
            if (unfinished == 0) {
                allDone.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
