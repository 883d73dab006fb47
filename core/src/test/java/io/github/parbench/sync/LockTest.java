package io.github.parbench.sync;

import static io.github.parbench.sync.Elapsed.assertGivesUpAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class LockTest {

    @Test
    void acquireLocksAndReleaseUnlocks() throws InterruptedException {
        Lock lock = new Lock();
        assertFalse(lock.isLocked());
        lock.acquire();
        assertTrue(lock.isLocked());
        lock.release();
        assertFalse(lock.isLocked());
    }

    @Test
    void isNotReentrantSoTheOwnersSecondTryFails() throws InterruptedException {
        Lock lock = new Lock();
        assertTrue(lock.tryAcquire());
        assertFalse(lock.tryAcquire(), "a Lock is not reentrant: the holder must not get it twice");
        lock.release();
        assertFalse(lock.isLocked(), "one release frees it: no hold count");
    }

    @Test
    void releasingAnUnlockedLockIsAnError() {
        Lock lock = new Lock();
        IllegalStateException e = assertThrows(IllegalStateException.class, lock::release);
        assertTrue(e.getMessage().contains("unlocked"), e.getMessage());
        assertFalse(lock.isLocked());
    }

    @Test
    void anotherThreadMayReleaseIt() throws Exception {
        Lock lock = new Lock();
        lock.acquire();
        InAnotherThread.call(() -> {
            lock.release();
            return null;
        });
        assertFalse(lock.isLocked());
        assertTrue(lock.tryAcquire(), "released by the other thread, it is free for anyone");
    }

    @Test
    void timedAcquireOfAHeldLockGivesUpAfterTheTimeout() throws InterruptedException {
        Lock lock = new Lock();
        lock.acquire();
        assertGivesUpAfter(100, lock::tryAcquire);
        assertTrue(lock.isLocked());
    }

    @Test
    void timedAcquireSucceedsWhenTheHolderReleasesInTime() throws Exception {
        Lock lock = new Lock();
        lock.acquire();
        try (InAnotherThread<Boolean> waiter = InAnotherThread.start(() -> lock.tryAcquire(10, TimeUnit.SECONDS))) {
            waiter.awaitParked();
            lock.release();
            assertTrue(waiter.result());
        }
        assertTrue(lock.isLocked(), "now the waiter holds it");
    }

    @Test
    void aWaitingAcquireIsInterruptible() throws Exception {
        Lock lock = new Lock();
        lock.acquire();
        InAnotherThread<Boolean> waiter = InAnotherThread.start(() -> {
            lock.acquire();
            return true;
        });
        waiter.awaitParked();
        waiter.close();
        assertThrows(InterruptedException.class, waiter::result);
        assertEquals(true, lock.isLocked());
    }
}
