package io.github.parbench.sync;

import static io.github.parbench.sync.Elapsed.assertGivesUpAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class BoundedSemaphoreTest {

    @Test
    void aNegativeInitialValueIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BoundedSemaphore(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void acquireAndReleaseMoveThePermitCount() throws InterruptedException {
        BoundedSemaphore s = new BoundedSemaphore(2);
        assertEquals(2, s.availablePermits());
        s.acquire();
        assertTrue(s.tryAcquire());
        assertEquals(0, s.availablePermits());
        assertFalse(s.tryAcquire());
        s.release();
        s.release();
        assertEquals(2, s.availablePermits());
    }

    @Test
    void overReleaseFailsAndLeavesTheCountUnchanged() throws InterruptedException {
        BoundedSemaphore s = new BoundedSemaphore(2);
        assertThrows(IllegalStateException.class, s::release);
        assertEquals(2, s.availablePermits());
        s.acquire();
        s.release();
        assertThrows(IllegalStateException.class, s::release);
        assertEquals(2, s.availablePermits());
    }

    @Test
    void aPlainSemaphoreInflatesWhereTheBoundedOneRefuses() {
        Semaphore plain = new Semaphore(1);
        plain.release();
        assertEquals(2, plain.availablePermits(), "java.util.concurrent.Semaphore grows past its initial value");
        BoundedSemaphore bounded = new BoundedSemaphore(1);
        assertThrows(IllegalStateException.class, bounded::release);
        assertEquals(1, bounded.availablePermits());
    }

    @Test
    void zeroPermitsIsAllowedAndNeverReleasable() {
        BoundedSemaphore s = new BoundedSemaphore(0);
        assertFalse(s.tryAcquire());
        assertThrows(IllegalStateException.class, s::release);
        assertEquals(0, s.availablePermits());
    }

    @Test
    void timedAcquireWithNoPermitGivesUpAfterTheTimeout() throws InterruptedException {
        BoundedSemaphore s = new BoundedSemaphore(1);
        s.acquire();
        assertGivesUpAfter(100, s::tryAcquire);
        assertEquals(0, s.availablePermits());
    }

    @Test
    void aReleaseFromAnotherThreadLetsAWaiterIn() throws Exception {
        BoundedSemaphore s = new BoundedSemaphore(1);
        s.acquire();
        try (InAnotherThread<Boolean> waiter = InAnotherThread.start(() -> s.tryAcquire(10, TimeUnit.SECONDS))) {
            waiter.awaitParked();
            s.release();
            assertTrue(waiter.result());
        }
        assertEquals(0, s.availablePermits());
    }
}
