package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.github.parbench.sync.RLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Slide: an RLock may be acquired again by the thread that holds it, and counts its holds.
 * Each thread acquires twice, increments x, releases twice and records its hold count after
 * each step as digits (1, 2, 1, 0 reads 1210); r3 is x.
 */
@JCStressTest
@Description("RLock: the owner re-enters, the hold count goes 1, 2, 1, 0, and no other thread gets in meanwhile")
@Outcome(id = "1210, 1210, 2", expect = ACCEPTABLE, desc = "both re-entered with correct hold counts, one after the other")
@Outcome(id = "1210, 1210, 1", expect = FORBIDDEN, desc = "lost update: the RLock let the other thread in while held")
@Outcome(expect = FORBIDDEN, desc = "a wrong hold count, or a thread interrupted (-1) acquiring the RLock")
@State
public class RLockReentersAndCountsHolds {

    private final RLock lock = new RLock();
    int x;

    @Actor
    public void thread1(III_Result r) {
        r.r1 = reenterAndIncrement();
    }

    @Actor
    public void thread2(III_Result r) {
        r.r2 = reenterAndIncrement();
    }

    private int reenterAndIncrement() {
        try {
            lock.acquire();
        } catch (InterruptedException e) {
            return -1;
        }
        int holds = lock.holdCount();
        try {
            lock.acquire();
            holds = holds * 10 + lock.holdCount();
            x = x + 1;
            lock.release();
            holds = holds * 10 + lock.holdCount();
        } catch (InterruptedException e) {
            holds = -1;
        } finally {
            lock.release();
        }
        return holds < 0 ? holds : holds * 10 + lock.holdCount();
    }

    @Arbiter
    public void total(III_Result r) {
        r.r3 = x;
    }
}
