package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/** Slide: volatile makes each read and write visible, not the read-modify-write atomic. */
@JCStressTest
@Description("Lost update: two threads doing x += 1 on a volatile field still lose increments")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments landed")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update despite volatile: both threads read 0 and wrote 1")
@Outcome(expect = FORBIDDEN, desc = "two increments cannot make anything else")
@MustObserve(min = 10)
@State
public class VolatileIncrementLosesUpdates {

    volatile int x;

    @Actor
    public void thread1() {
        x++;
    }

    @Actor
    public void thread2() {
        x++;
    }

    @Arbiter
    public void total(I_Result r) {
        r.r1 = x;
    }
}
