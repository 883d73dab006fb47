package io.github.parbench.lessons.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.hazard.Deadlock;
import io.github.parbench.hazard.DeadlockDetector;
import io.github.parbench.hazard.LockOrdering;
import io.github.parbench.hazard.LockOrdering.RankedLock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deadlock: two threads that take two locks in opposite order wait on each other forever. The
 * test makes it certain rather than likely (a barrier lets each take its first lock before either
 * asks for its second), detects it, reads the report, and recovers because the threads wait
 * interruptibly. Taking the locks in one global order never deadlocks.
 */
class OppositeLockOrderDeadlocksTest {

    private final DeadlockDetector detector = new DeadlockDetector();

    @Test
    @Timeout(20)
    void twoThreadsTakingTwoLocksInOppositeOrderDeadlockAndAreDetectedAndRecovered() throws Exception {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CyclicBarrier bothHoldTheirFirst = new CyclicBarrier(2);
        AtomicInteger interrupted = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        try (StartedThreads threads = new StartedThreads()) {
            Thread left = threads.start("deadlock-left", () -> takeBoth(a, b, bothHoldTheirFirst, interrupted, completed));
            Thread right = threads.start("deadlock-right", () -> takeBoth(b, a, bothHoldTheirFirst, interrupted, completed));
            Optional<Deadlock> found = detector.awaitDeadlock(10, TimeUnit.SECONDS);
            assertTrue(found.isPresent(), "the opposite lock order must deadlock");
            Deadlock deadlock = found.get();
            String report = deadlock.toString();
            assertTrue(report.contains("\"deadlock-left\"") && report.contains("\"deadlock-right\""), report);

            Map<String, Deadlock.Waiter> byThread = deadlock.waiters().stream()
                    .collect(Collectors.toMap(Deadlock.Waiter::threadName, w -> w));
            assertEquals(2, byThread.size(), report);
            Deadlock.Waiter l = byThread.get("deadlock-left");
            Deadlock.Waiter r = byThread.get("deadlock-right");
            assertEquals("deadlock-right", l.ownerName(), report);
            assertEquals("deadlock-left", r.ownerName(), report);
            assertNotEquals(l.lockName(), r.lockName(), "each waits for a different lock: " + report);

            // Nothing but an outside hand ends a deadlock: both are still stuck when we step in.
            assertTrue(left.isAlive() && right.isAlive());
            assertEquals(2, deadlock.interruptAll());
            left.join(10_000);
            right.join(10_000);
            assertFalse(left.isAlive() || right.isAlive(), "interrupted threads must give up their wait");
            // The first to give up frees its lock, so the other may take it and finish normally.
            assertTrue(interrupted.get() >= 1 && interrupted.get() + completed.get() == 2,
                    interrupted + " gave up, " + completed + " completed");
            assertTrue(detector.find().isEmpty(), "no deadlock remains after recovery");
            assertFalse(a.isLocked() || b.isLocked(), "recovery released both locks");
        }
    }

    @Test
    @Timeout(30)
    void takingTheLocksInOneGlobalOrderNeverDeadlocks() throws Exception {
        RankedLock a = new RankedLock(1, new ReentrantLock());
        RankedLock b = new RankedLock(2, new ReentrantLock());
        int rounds = 2_000;
        for (int round = 0; round < rounds; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            AtomicInteger inside = new AtomicInteger();
            // The same opposite argument order as above; the ordering makes it harmless.
            try (StartedThreads threads = new StartedThreads()) {
                threads.start("ordered-left", () -> orderedBoth(a, b, together, inside));
                threads.start("ordered-right", () -> orderedBoth(b, a, together, inside));
                if (!threads.joinAll(5_000)) {
                    throw new AssertionError("round " + round + " did not finish: "
                            + detector.find().map(Deadlock::toString).orElse("no deadlock reported"));
                }
            }
            assertEquals(2, inside.get(), "both threads held both locks in round " + round);
        }
    }

    private static void takeBoth(ReentrantLock first, ReentrantLock second, CyclicBarrier barrier,
                                 AtomicInteger interrupted, AtomicInteger completed) {
        try {
            first.lockInterruptibly();
            try {
                barrier.await(10, TimeUnit.SECONDS);
                second.lockInterruptibly();
                second.unlock();
                completed.incrementAndGet();
            } finally {
                first.unlock();
            }
        } catch (InterruptedException e) {
            interrupted.incrementAndGet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void orderedBoth(RankedLock x, RankedLock y, CyclicBarrier together, AtomicInteger inside) {
        try {
            together.await(5, TimeUnit.SECONDS);
            LockOrdering.withBoth(x, y, inside::incrementAndGet);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
