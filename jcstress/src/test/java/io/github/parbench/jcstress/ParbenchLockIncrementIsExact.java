package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.github.parbench.sync.Lock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Slide: {@code with lock: total += amount} using the project's Python-style Lock.
 * r1, r2: whether each thread got the lock (an interrupt is recorded, not thrown); r3: x.
 */
@JCStressTest
@Description("Lock prevents the lost update: x += 1 under parbench's threading.Lock")
@Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "both took the Lock in turn; both increments landed")
@Outcome(id = "1, 1, 1", expect = FORBIDDEN, desc = "lost update: the Lock failed to exclude")
@Outcome(expect = FORBIDDEN, desc = "a thread was interrupted acquiring the Lock, or x is impossible")
@State
public class ParbenchLockIncrementIsExact {

    private final Lock lock = new Lock();
    int x;

    @Actor
    public void thread1(III_Result r) {
        r.r1 = increment();
    }

    @Actor
    public void thread2(III_Result r) {
        r.r2 = increment();
    }

    private int increment() {
        try {
            lock.acquire();
        } catch (InterruptedException e) {
            return 0;
        }
        try {
            x++;
        } finally {
            lock.release();
        }
        return 1;
    }

    @Arbiter
    public void total(III_Result r) {
        r.r3 = x;
    }
}
