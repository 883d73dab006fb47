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
 * Slide: the same counter with {@code with lock:} around each check-then-act.
 * r1, r2: whether each thread got the lock (an interrupt is recorded, not thrown); r3: x.
 */
@JCStressTest
@Description("Check-then-act under a Lock: x += 1 and x -= 1 always cancel out")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "the two updates cancelled out")
@Outcome(id = {"1, 1, 1", "1, 1, -1"}, expect = FORBIDDEN, desc = "check-then-act race: the Lock failed to exclude")
@Outcome(expect = FORBIDDEN, desc = "a thread was interrupted acquiring the Lock, or x is impossible")
@State
public class UpDownCounterLocked {

    private final Lock lock = new Lock();
    int x;

    @Actor
    public void countsUp(III_Result r) {
        r.r1 = add(+1);
    }

    @Actor
    public void countsDown(III_Result r) {
        r.r2 = add(-1);
    }

    private int add(int delta) {
        try {
            lock.acquire();
        } catch (InterruptedException e) {
            return 0;
        }
        try {
            x = x + delta;
        } finally {
            lock.release();
        }
        return 1;
    }

    @Arbiter
    public void result(III_Result r) {
        r.r3 = x;
    }
}
