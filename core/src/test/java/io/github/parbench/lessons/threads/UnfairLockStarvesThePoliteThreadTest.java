package io.github.parbench.lessons.threads;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.hazard.BusyWork;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Starvation: a greedy thread that takes the lock again the moment it lets go keeps an unfair
 * lock almost to itself; a polite thread, which steps aside briefly after each turn, gets a small
 * share. A fair lock hands the lock to the longest waiter, so the polite thread's share goes up.
 *
 * <p>Only the direction is asserted, with a wide margin: the polite thread's share with the fair
 * lock is more than 1.5 times its share with the unfair one (typically 2 to 15 times). The exact
 * shares depend on the cores and on who else runs (the JMH suite {@code LockFairness} records
 * them); a descheduled thread can skew one run, so the pair of runs is tried a bounded number of
 * times to show the direction.
 */
class UnfairLockStarvesThePoliteThreadTest {

    private static final long RUN_MS = 200;
    private static final int TRIES = 3;
    /**
     * Long enough that a woken waiter is awake, finds the lock taken again, spins briefly and parks
     * well before the holder's next release (waking a parked thread takes tens of microseconds).
     */
    private static final long HOLD_NS = 50_000;
    /**
     * Longer than a wake-up: a thread that comes back sooner than a woken waiter can run is itself
     * greedy, and the two would simply take turns barging.
     */
    private static final long PAUSE_NS = 100_000;

    /** Acquisitions and longest wait of the two threads in one run. */
    record Shares(long greedy, long polite, long greedyMaxWaitNs, long politeMaxWaitNs) {
        double politeShare() {
            return (double) polite / Math.max(1, greedy + polite);
        }

        @Override
        public String toString() {
            return String.format("greedy %d (max wait %d us), polite %d (max wait %d us), polite share %.3f",
                    greedy, greedyMaxWaitNs / 1000, polite, politeMaxWaitNs / 1000, politeShare());
        }
    }

    @Test
    @Timeout(30)
    void aGreedyThreadTakesFarMoreOfAnUnfairLockThanOfAFairOne() throws Exception {
        StringBuilder seen = new StringBuilder();
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Shares unfair = run(new ReentrantLock(false));
            Shares fair = run(new ReentrantLock(true));
            seen.append("\n  try ").append(attempt).append(": unfair ").append(unfair).append("; fair ").append(fair);
            if (fair.politeShare() > 1.5 * unfair.politeShare()) {
                System.out.println("lock fairness" + seen);
                return;
            }
        }
        throw new AssertionError("the fair lock never gave the polite thread 1.5 times its unfair share:" + seen);
    }

    private static Shares run(ReentrantLock lock) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        CyclicBarrier start = new CyclicBarrier(3);
        long[][] stats = new long[2][2]; // [thread][acquisitions, max wait ns]
        try (StartedThreads threads = new StartedThreads()) {
            threads.start("greedy", () -> contend(lock, running, start, false, stats[0]));
            threads.start("polite", () -> contend(lock, running, start, true, stats[1]));
            start.await(10, TimeUnit.SECONDS);
            Thread.sleep(RUN_MS); // the measuring window: how long, not whether, the result holds
            running.set(false);
            assertTrue(threads.joinAll(10_000));
        }
        return new Shares(stats[0][0], stats[1][0], stats[0][1], stats[1][1]);
    }

    private static void contend(ReentrantLock lock, AtomicBoolean running, CyclicBarrier start,
                                boolean polite, long[] stats) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return;
        }
        long count = 0;
        long maxWait = 0;
        while (running.get()) {
            long asked = System.nanoTime();
            lock.lock();
            try {
                maxWait = Math.max(maxWait, System.nanoTime() - asked);
                count++;
                BusyWork.forNanos(HOLD_NS); // the lock is held most of the time, as in a busy critical section
            } finally {
                lock.unlock();
            }
            if (polite) {
                BusyWork.forNanos(PAUSE_NS); // steps aside after each turn; the greedy thread comes straight back
            }
        }
        stats[0] = count;
        stats[1] = maxWait;
    }
}
