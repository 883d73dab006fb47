package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Slide: consumers {@code with cond: while not ready: cond.wait()}; the producer sets ready and
 * calls {@code cond.notify_all()}. The actor and a second waiter it starts both wait; waiting in
 * a loop on the predicate means a notify that comes first is not missed either.
 */
@JCStressTest(Mode.Termination)
@Description("Condition: notifyAll (signalAll) wakes every waiter")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "notifyAll woke both waiters")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "a waiter slept through notifyAll")
@State
public class ConditionNotifyAllWakesAll {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean ready;

    @Actor
    public void twoWaiters() {
        Thread second = new Thread(this::awaitReady, "second-waiter");
        second.start();
        awaitReady();
        Waiting.joinUninterruptibly(second);
    }

    @Signal
    public void notifyAllWaiters() {
        lock.lock();
        try {
            ready = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitReady() {
        lock.lock();
        try {
            while (!ready) {
                changed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }
}
