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
 * Slide: several threads {@code event.wait()}, one {@code event.set()} releases them all. The
 * actor and a second waiter it starts both wait; the signal sets the Event at any moment, so
 * a waiter may also arrive after the set, and must then pass straight through.
 */
@JCStressTest(Mode.Termination)
@Description("Event: set wakes every waiter, and a waiter never misses a set that happened before it waited")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "set released both waiters")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "a waiter slept through set, or missed an earlier set")
@State
public class EventSetWakesEveryWaiter {

    private final Event event = new Event();

    @Actor
    public void twoWaiters() {
        Thread second = new Thread(this::awaitSet, "second-waiter");
        second.start();
        awaitSet();
        Waiting.joinUninterruptibly(second);
    }

    @Signal
    public void set() {
        event.set();
    }

    private void awaitSet() {
        Waiting.untilSet(event);
    }
}
