package io.github.parbench.sync;

import static io.github.parbench.sync.Elapsed.assertGivesUpAfter;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class EventTest {

    @Test
    void startsClearSetLetsWaitersThroughClearResets() throws InterruptedException {
        Event event = new Event();
        assertFalse(event.isSet());
        event.set();
        assertTrue(event.isSet());
        assertTrue(event.await(0, TimeUnit.MILLISECONDS), "a set Event lets a waiter straight through");
        event.await();
        assertTrue(event.isSet(), "waiting does not consume the flag");
        event.clear();
        assertFalse(event.isSet());
    }

    @Test
    void aTimedWaitOnAClearEventGivesUpAfterTheTimeout() throws InterruptedException {
        Event event = new Event();
        assertGivesUpAfter(100, event::await);
        event.set();
        event.clear();
        assertGivesUpAfter(100, event::await);
    }

    @Test
    void setWakesAThreadThatIsWaiting() throws Exception {
        Event event = new Event();
        try (InAnotherThread<Boolean> waiter = InAnotherThread.start(() -> event.await(10, TimeUnit.SECONDS))) {
            waiter.awaitParked();
            event.set();
            assertTrue(waiter.result());
        }
    }

    @Test
    void setWakesEveryWaiter() throws Exception {
        Event event = new Event();
        try (InAnotherThread<Boolean> first = InAnotherThread.start(() -> event.await(10, TimeUnit.SECONDS));
             InAnotherThread<Boolean> second = InAnotherThread.start(() -> event.await(10, TimeUnit.SECONDS))) {
            first.awaitParked();
            second.awaitParked();
            event.set();
            assertTrue(first.result());
            assertTrue(second.result());
        }
    }

    @Test
    void aSetFollowedAtOnceByClearStillWakesTheThreadsThatWereWaiting() throws Exception {
        // Python's Event.wait returns True for every thread waiting when set() ran, even if
        // clear() follows before the waiter gets to run again.
        Event event = new Event();
        try (InAnotherThread<Boolean> waiter = InAnotherThread.start(() -> event.await(5, TimeUnit.SECONDS))) {
            waiter.awaitParked();
            event.set();
            event.clear();
            assertTrue(waiter.result(), "the waiter missed a set() that happened while it waited");
        }
        assertFalse(event.isSet());
    }
}
