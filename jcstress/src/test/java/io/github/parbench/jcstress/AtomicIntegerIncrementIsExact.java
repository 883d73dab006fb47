package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/** Slide: no lock at all, but an increment the hardware performs as one step. */
@JCStressTest
@Description("An atomic increment cannot lose updates: AtomicInteger.incrementAndGet")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments landed")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: AtomicInteger is not atomic")
@Outcome(expect = FORBIDDEN, desc = "two increments cannot make anything else")
@State
public class AtomicIntegerIncrementIsExact {

    private final AtomicInteger x = new AtomicInteger();

    @Actor
    public void thread1() {
        x.incrementAndGet();
    }

    @Actor
    public void thread2() {
        x.incrementAndGet();
    }

    @Arbiter
    public void total(I_Result r) {
        r.r1 = x.get();
    }
}
