package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
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
 * Slide: threading.Lock has no owner. The owner takes it and tries again (r1: 1 when the second
 * try succeeded); another thread releases it (r2: 1 when that worked, 0 when it was not locked
 * yet and release raised); r3: 1 when it is locked at the end.
 */
@JCStressTest
@Description("Lock: not reentrant (the owner's second try fails), and another thread may release it")
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "not reentrant, and another thread released the owner's Lock")
@Outcome(id = "0, 0, 1", expect = ACCEPTABLE, desc = "not reentrant; the other thread came first and found nothing to release")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "released by the other thread between the owner's tries, then taken afresh")
@Outcome(id = {"1, 0, 1", "1, 0, 0"}, expect = FORBIDDEN, desc = "reentered: the owner took a Lock it already held")
@Outcome(expect = FORBIDDEN, desc = "the release and the final state disagree")
@State
public class LockIsNotReentrantAnyThreadMayRelease {

    private final Lock lock = new Lock();

    @Actor
    public void owner(III_Result r) {
        boolean first = lock.tryAcquire();
        r.r1 = first && lock.tryAcquire() ? 1 : 0;
    }

    @Actor
    public void other(III_Result r) {
        try {
            lock.release();
            r.r2 = 1;
        } catch (IllegalStateException notLocked) {
            r.r2 = 0;
        }
    }

    @Arbiter
    public void end(III_Result r) {
        r.r3 = lock.isLocked() ? 1 : 0;
    }
}
