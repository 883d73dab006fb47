package io.github.parbench.lessons.threads;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.hazard.BusyWork;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Starvation: a greedy thread that takes the lock again the moment it lets go keeps an unfair
 * lock from a polite thread that is already waiting for it, turn after turn. A fair lock hands
 * the lock to the longest waiter, so the greedy thread can never take two turns in a row while
 * the polite thread waits.
 *
 * <p>The measure is the greedy thread's longest run of turns taken while the polite thread was
 * queued for the lock, counted in turns rather than time, so that it does not depend on how busy
 * the machine is. Fair: at most one, always (the one turn that began just before the polite
 * thread joined the queue). Unfair: long runs, as long as the polite thread sleeps in the queue;
 * how long depends on wake-up times and on who else runs (on a single free core the scheduler
 * often hands the core to the woken thread, which shortens them), so the unfair run must show a
 * run of at least {@value #STARVED_RUN} turns in one of a bounded number of tries. Shares and
 * longest waits are printed; the JMH suite {@code LockFairness} records them properly.
 */
class UnfairLockStarvesThePoliteThreadTest {

    private static final long RUN_MS = 200;
    private static final int TRIES = 5;
    private static final int STARVED_RUN = 10;
    /** The lock is held most of the time, as in a busy critical section. */
    private static final long HOLD_NS = 50_000;
    /**
     * Longer than a wake-up: a thread that comes back sooner than a woken waiter can run is itself
     * greedy, and the two would simply take turns barging.
     */
    private static final long PAUSE_NS = 100_000;

    /** What one run saw. */
    record Run(long greedy, long polite, long greedyMaxWaitNs, long politeMaxWaitNs, long longestBargeRun) {
        @Override
        public String toString() {
            return String.format("greedy %d turns (max wait %d us), polite %d (max wait %d us), "
                            + "longest greedy run past a waiting polite thread %d",
                    greedy, greedyMaxWaitNs / 1000, polite, politeMaxWaitNs / 1000, longestBargeRun);
        }
    }

    @Test
    @Timeout(30)
    void aFairLockNeverLetsTheGreedyThreadTakeTwoTurnsWhileThePoliteOneWaits() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Run fair = run(new ReentrantLock(true));
            assertTrue(fair.longestBargeRun() <= 1, "fair lock: " + fair);
        }
    }

    @Test
    @Timeout(30)
    void anUnfairLockLetsTheGreedyThreadTakeTurnAfterTurnWhileThePoliteOneWaits() throws Exception {
        StringBuilder seen = new StringBuilder();
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Run unfair = run(new ReentrantLock(false));
            seen.append("\n  try ").append(attempt).append(": ").append(unfair);
            if (unfair.longestBargeRun() >= STARVED_RUN) {
                System.out.println("unfair lock" + seen + "\nfair lock, for comparison:\n  "
                        + run(new ReentrantLock(true)));
                return;
            }
        }
        throw new AssertionError("the unfair lock never starved the polite thread for "
                + STARVED_RUN + " turns:" + seen);
    }

    private static Run run(ReentrantLock lock) throws Exception {
        Contention c = new Contention(lock);
        try (StartedThreads threads = new StartedThreads()) {
            threads.start("greedy", () -> c.contend(false));
            threads.start("polite", () -> c.contend(true));
            c.start.await(10, TimeUnit.SECONDS);
            Thread.sleep(RUN_MS); // the measuring window: how long, not whether, the result holds
            c.running = false;
            assertTrue(threads.joinAll(10_000));
        }
        // The threads' plain fields are visible here: join happens-before.
        return new Run(c.turns[0], c.turns[1], c.maxWait[0], c.maxWait[1], c.longestBargeRun);
    }

    /** Two threads on one lock; index 0 is the greedy one, 1 the polite one. */
    private static final class Contention {
        final ReentrantLock lock;
        final CyclicBarrier start = new CyclicBarrier(3);
        volatile boolean running = true;
        final long[] turns = new long[2];
        final long[] maxWait = new long[2];
        /** Written only under the lock. */
        private long politeTurnsSeenByGreedy = -1;
        private long bargeRun;
        long longestBargeRun;

        Contention(ReentrantLock lock) {
            this.lock = lock;
        }

        void contend(boolean polite) {
            int me = polite ? 1 : 0;
            try {
                start.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                return;
            }
            while (running) {
                long asked = System.nanoTime();
                lock.lock();
                try {
                    maxWait[me] = Math.max(maxWait[me], System.nanoTime() - asked);
                    turns[me]++;
                    if (!polite) {
                        countBarge();
                    }
                    BusyWork.forNanos(HOLD_NS);
                } finally {
                    lock.unlock();
                }
                if (polite) {
                    BusyWork.forNanos(PAUSE_NS); // steps aside; the greedy thread comes straight back
                }
            }
        }

        /** At a greedy turn, holding the lock: the only thread that can be queued is the polite one. */
        private void countBarge() {
            boolean politeWaits = lock.hasQueuedThreads();
            long politeTurns = turns[1];
            bargeRun = politeWaits ? (politeTurns == politeTurnsSeenByGreedy ? bargeRun + 1 : 1) : 0;
            politeTurnsSeenByGreedy = politeTurns;
            longestBargeRun = Math.max(longestBargeRun, bargeRun);
        }
    }
}
