package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/** Slide: {@code lock.acquire(); try: total += amount; finally: lock.release()}. */
@JCStressTest
@Description("Lock prevents the lost update: x += 1 between ReentrantLock lock and unlock")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments landed")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: ReentrantLock failed to exclude")
@Outcome(expect = FORBIDDEN, desc = "two increments cannot make anything else")
@State
public class ReentrantLockIncrementIsExact {

    private final ReentrantLock lock = new ReentrantLock();
    int x;

    @Actor
    public void thread1() {
        increment();
    }

    @Actor
    public void thread2() {
        increment();
    }

    private void increment() {
        lock.lock();
        try {
            x++;
        } finally {
            lock.unlock();
        }
    }

    @Arbiter
    public void total(I_Result r) {
        r.r1 = x;
    }
}
