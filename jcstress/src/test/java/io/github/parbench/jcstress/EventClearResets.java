package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.github.parbench.sync.Event;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Slide: {@code event.clear()} puts the flag back down, so later waiters wait again.
 * One thread sets then clears; the other looks (r1: 1 when it saw the flag up). Afterwards
 * r2 is the flag and r3 whether a new zero-timeout wait got through (1) or not (0).
 */
@JCStressTest
@Description("Event: clear resets the flag, and later waiters wait again")
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "cleared: the flag is down and a new wait times out")
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE_INTERESTING, desc = "the other thread saw the flag up between set and clear; cleared after")
@Outcome(expect = FORBIDDEN, desc = "clear did not reset the Event, or a wait was interrupted (-1)")
@State
public class EventClearResets {

    private final Event event = new Event();

    @Actor
    public void setThenClear() {
        event.set();
        event.clear();
    }

    @Actor
    public void looks(III_Result r) {
        r.r1 = event.isSet() ? 1 : 0;
    }

    @Arbiter
    public void after(III_Result r) {
        r.r2 = event.isSet() ? 1 : 0;
        try {
            r.r3 = event.await(0, TimeUnit.NANOSECONDS) ? 1 : 0;
        } catch (InterruptedException e) {
            r.r3 = -1;
        }
    }
}
