package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.github.parbench.sync.BoundedSemaphore;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Slide: the same bug on a BoundedSemaphore(2) with one permit out. Both threads release at
 * once; r1, r2: 1 when that thread's release succeeded, 0 when it raised; r3: permits after.
 */
@JCStressTest
@Description("BoundedSemaphore: over-release raises and never inflates, even when two threads release at once")
@Outcome(id = {"1, 0, 2", "0, 1, 2"}, expect = ACCEPTABLE, desc = "exactly one release succeeded, the other raised; back at the bound 2")
@Outcome(id = "1, 1, 3", expect = FORBIDDEN, desc = "both releases succeeded: the BoundedSemaphore inflated past its bound")
@Outcome(expect = FORBIDDEN, desc = "both releases raised, or the count is wrong")
@State
public class BoundedSemaphoreRefusesOverRelease {

    private final BoundedSemaphore semaphore = new BoundedSemaphore(2);

    public BoundedSemaphoreRefusesOverRelease() {
        semaphore.tryAcquire();
    }

    @Actor
    public void thread1(III_Result r) {
        r.r1 = release();
    }

    @Actor
    public void thread2(III_Result r) {
        r.r2 = release();
    }

    private int release() {
        try {
            semaphore.release();
            return 1;
        } catch (IllegalStateException overReleased) {
            return 0;
        }
    }

    @Arbiter
    public void permits(III_Result r) {
        r.r3 = semaphore.availablePermits();
    }
}
