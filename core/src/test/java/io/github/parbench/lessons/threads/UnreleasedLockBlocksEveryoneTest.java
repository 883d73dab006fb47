package io.github.parbench.lessons.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.sync.Lock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Lock that is never released blocks every other thread that wants it: their timed acquires
 * all fail while it is held; released, they all get through.
 */
class UnreleasedLockBlocksEveryoneTest {

    private static final int OTHERS = 4;

    @Test
    @Timeout(30)
    void othersTimedAcquireFailsWhileTheLockIsHeldAndSucceedsOnceReleased() throws Exception {
        Lock lock = new Lock();
        lock.acquire(); // taken and, for now, not given back
        AtomicInteger timedOut = new AtomicInteger();
        AtomicInteger gotIt = new AtomicInteger();
        CountDownLatch allTimedOut = new CountDownLatch(OTHERS);
        CountDownLatch released = new CountDownLatch(1);
        try (StartedThreads threads = new StartedThreads()) {
            for (int i = 0; i < OTHERS; i++) {
                threads.start("blocked-" + i, () -> {
                    try {
                        // While held, waiting gets nothing: the short timeout only bounds the wait.
                        if (!lock.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                            timedOut.incrementAndGet();
                        }
                        allTimedOut.countDown();
                        released.await();
                        if (lock.tryAcquire(10, TimeUnit.SECONDS)) {
                            gotIt.incrementAndGet();
                            lock.release();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertTrue(allTimedOut.await(10, TimeUnit.SECONDS));
            assertEquals(OTHERS, timedOut.get(), "no thread gets a lock that is held");

            lock.release();
            released.countDown();
            assertTrue(threads.joinAll(15_000));
        }
        assertEquals(OTHERS, gotIt.get(), "once released, every waiting thread gets it in turn");
    }
}
