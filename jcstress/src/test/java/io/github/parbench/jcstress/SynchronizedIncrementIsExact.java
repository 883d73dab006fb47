package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/** Slide: the {@code synchronized} decorator; only one thread at a time runs the increment. */
@JCStressTest
@Description("Lock prevents the lost update: x += 1 inside synchronized")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments landed")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: synchronized failed to exclude")
@Outcome(expect = FORBIDDEN, desc = "two increments cannot make anything else")
@State
public class SynchronizedIncrementIsExact {

    private final Object lock = new Object();
    int x;

    @Actor
    public void thread1() {
        synchronized (lock) {
            x++;
        }
    }

    @Actor
    public void thread2() {
        synchronized (lock) {
            x++;
        }
    }

    @Arbiter
    public void total(I_Result r) {
        r.r1 = x;
    }
}
