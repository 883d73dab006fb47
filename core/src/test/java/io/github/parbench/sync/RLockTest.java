package io.github.parbench.sync;

import static io.github.parbench.sync.Elapsed.assertGivesUpAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class RLockTest {

    @Test
    void theOwnerReentersAndTheHoldCountGoesUpAndDown() throws InterruptedException {
        RLock lock = new RLock();
        assertEquals(0, lock.holdCount());
        lock.acquire();
        assertTrue(lock.tryAcquire());
        lock.acquire();
        assertEquals(3, lock.holdCount());
        assertTrue(lock.isHeldByCurrentThread());
        lock.release();
        lock.release();
        assertEquals(1, lock.holdCount());
        assertTrue(lock.isLocked(), "still held once");
        lock.release();
        assertEquals(0, lock.holdCount());
        assertFalse(lock.isHeldByCurrentThread());
        assertFalse(lock.isLocked());
    }

    @Test
    void releasingAnUnheldRLockIsAnError() {
        RLock lock = new RLock();
        assertThrows(IllegalMonitorStateException.class, lock::release);
    }

    @Test
    void aNonOwnerCannotReleaseItAndTheOwnersHoldsAreUntouched() throws Exception {
        RLock lock = new RLock();
        lock.acquire();
        lock.acquire();
        Throwable refused = InAnotherThread.call(() -> {
            try {
                lock.release();
                return null;
            } catch (IllegalMonitorStateException e) {
                return e;
            }
        });
        assertTrue(refused instanceof IllegalMonitorStateException, "non-owner release must fail");
        assertEquals(2, lock.holdCount());
    }

    @Test
    void whileHeldAnotherThreadsTimedAcquireGivesUp() throws Exception {
        RLock lock = new RLock();
        lock.acquire();
        InAnotherThread.call(() -> {
            assertGivesUpAfter(100, lock::tryAcquire);
            return null;
        });
        assertEquals(1, lock.holdCount());
    }

    @Test
    void fullyReleasedAnotherThreadGetsIt() throws Exception {
        RLock lock = new RLock(true);
        lock.acquire();
        lock.acquire();
        lock.release();
        boolean gotItWhileHeldOnce = InAnotherThread.call(lock::tryAcquire);
        assertFalse(gotItWhileHeldOnce, "held once more: not free yet");
        lock.release();
        boolean gotItWhenFree = InAnotherThread.call(() -> {
            boolean got = lock.tryAcquire();
            if (got) {
                lock.release();
            }
            return got;
        });
        assertTrue(gotItWhenFree);
    }
}
