package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.Semaphore;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Slide: a Semaphore(2) with one permit out; two threads each release "their" permit (a bug:
 * only one was taken). Nothing stops the second release, so the count grows past its start.
 * Not a race: it happens in every sample, which is why the gate can require it.
 */
@JCStressTest
@Description("Semaphore over-release: a plain Semaphore(2) released once too often silently grows to 3")
@Outcome(id = "3", expect = ACCEPTABLE_INTERESTING, desc = "over-release inflated the Semaphore past its initial 2 permits")
@Outcome(expect = FORBIDDEN, desc = "a release was lost")
@MustObserve(min = 1000)
@State
public class SemaphoreOverReleaseInflates {

    private final Semaphore semaphore = new Semaphore(2);

    public SemaphoreOverReleaseInflates() {
        semaphore.acquireUninterruptibly();
    }

    @Actor
    public void thread1() {
        semaphore.release();
    }

    @Actor
    public void thread2() {
        semaphore.release();
    }

    @Arbiter
    public void permits(I_Result r) {
        r.r1 = semaphore.availablePermits();
    }
}
