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

/**
 * Slide: shared {@code x = 0}; one thread runs {@code x += 1}, another {@code x -= 1}; x should
 * end at 0. Each thread checks (reads) x, then acts on what it read: the other may act between.
 */
@JCStressTest
@Description("Check-then-act: x += 1 in one thread and x -= 1 in another, unlocked, do not cancel out")
@Outcome(id = "0", expect = ACCEPTABLE, desc = "the two updates cancelled out")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "check-then-act race: the decrement was overwritten")
@Outcome(id = "-1", expect = ACCEPTABLE_INTERESTING, desc = "check-then-act race: the increment was overwritten")
@Outcome(expect = FORBIDDEN, desc = "one increment and one decrement cannot make anything else")
@MustObserve(min = 100)
@State
public class UpDownCounterRacy {

    int x;

    @Actor
    public void countsUp() {
        x = x + 1;
    }

    @Actor
    public void countsDown() {
        x = x - 1;
    }

    @Arbiter
    public void result(I_Result r) {
        r.r1 = x;
    }
}
