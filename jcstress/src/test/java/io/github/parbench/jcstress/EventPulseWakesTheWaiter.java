package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.github.parbench.sync.Event;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Slide: {@code event.set(); event.clear()} in a row. Python's wait() returns True for every
 * thread that was waiting when set() ran, even though the flag is clear again by the time it
 * wakes. The signal waits until the actor is parked inside wait, then pulses.
 */
@JCStressTest(Mode.Termination)
@Description("Event: a set immediately followed by clear still wakes the thread that was waiting")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the pulse woke the waiter")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "missed wake-up: clear() undid a set() the waiter was owed")
@State
public class EventPulseWakesTheWaiter {

    private final Event event = new Event();
    private volatile Thread waiter;

    @Actor
    public void waiter() {
        waiter = Thread.currentThread();
        // Inline, not a helper: the only place this thread may park after publishing itself is
        // inside Event.await, or the signal's "it is parked" check would be fooled (e.g. by a
        // wait for a helper class the signal thread is initializing).
        while (true) {
            try {
                event.await();
                return;
            } catch (InterruptedException ignored) {
                // only set() may end this wait
            }
        }
    }

    @Signal
    public void pulse() {
        Thread parked;
        while ((parked = waiter) == null) {
            Thread.onSpinWait();
        }
        Waiting.untilParked(parked);
        event.set();
        event.clear();
    }
}
