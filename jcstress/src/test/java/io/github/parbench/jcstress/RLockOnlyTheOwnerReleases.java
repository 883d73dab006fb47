package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.github.parbench.sync.RLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Slide: only the owner releases an RLock, and only its last release frees it.
 * The owner takes the lock twice and lets go step by step, publishing (under the lock) how many
 * holds it has left. The other thread first tries to release it (r2: 1 when refused), then tries
 * to take it: r3 is the owner's holds it saw once inside, or -1 when the owner held it.
 * r1: the owner's holds after its first and its last release as digits (10), -1 if interrupted.
 */
@JCStressTest
@Description("RLock: release by a non-owner fails; while held nobody else gets it; fully released, another thread does")
@Outcome(id = "10, 1, 0", expect = ACCEPTABLE, desc = "the other thread got the RLock only when the owner held none")
@Outcome(id = "10, 1, -1", expect = ACCEPTABLE, desc = "the owner held it, so the other thread's try failed")
@Outcome(id = {"10, 1, 1", "10, 1, 2"}, expect = FORBIDDEN, desc = "the other thread got in while the owner still held it")
@Outcome(id = {"10, 0, 0", "10, 0, -1", "10, 0, 1", "10, 0, 2"}, expect = FORBIDDEN, desc = "a non-owner released the RLock")
@Outcome(expect = FORBIDDEN, desc = "the owner was interrupted or kept a hold")
@State
public class RLockOnlyTheOwnerReleases {

    private final RLock lock = new RLock();
    int ownerHolds;

    @Actor
    public void owner(III_Result r) {
        try {
            lock.acquire();
        } catch (InterruptedException e) {
            r.r1 = -1;
            return;
        }
        try {
            lock.acquire();
        } catch (InterruptedException e) {
            lock.release();
            r.r1 = -1;
            return;
        }
        ownerHolds = lock.holdCount();
        lock.release();
        ownerHolds = lock.holdCount();
        int afterFirstRelease = lock.holdCount();
        ownerHolds = 0;
        lock.release();
        r.r1 = afterFirstRelease * 10 + lock.holdCount();
    }

    @Actor
    public void other(III_Result r) {
        try {
            lock.release();
            r.r2 = 0;
        } catch (IllegalMonitorStateException refused) {
            r.r2 = 1;
        }
        if (lock.tryAcquire()) {
            r.r3 = ownerHolds;
            lock.release();
        } else {
            r.r3 = -1;
        }
    }
}
