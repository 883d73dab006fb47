package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/** Slide: under contention each thread counts in its own cell; the sum still misses nothing. */
@JCStressTest
@Description("A striped counter cannot lose updates: LongAdder.increment, then sum")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments landed")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: LongAdder dropped an increment")
@Outcome(expect = FORBIDDEN, desc = "two increments cannot make anything else")
@State
public class LongAdderIncrementIsExact {

    private final LongAdder x = new LongAdder();

    @Actor
    public void thread1() {
        x.increment();
    }

    @Actor
    public void thread2() {
        x.increment();
    }

    @Arbiter
    public void total(J_Result r) {
        r.r1 = x.sum();
    }
}
