package io.github.parbench.jmh;

import io.github.parbench.hazard.BusyWork;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Starvation: how an unfair and a fair lock share themselves between a greedy and a polite thread.
 *
 * <p>Measured: one group of two threads on one {@link ReentrantLock} ({@code fair} = false or
 * true). The greedy thread takes the lock, works {@code holdUs} holding it, lets go and takes it
 * again at once. The polite thread does the same but, after each turn, works {@code pauseUs}
 * outside the lock before asking again. Reported, per thread:
 * <ul>
 *   <li>acquisitions: the {@code greedyAcquisitions} and {@code politeAcquisitions} counters
 *       ({@code @AuxCounters} of type EVENTS: the total over the measurement iterations), and
 *       {@code greedyTurnsPastWaitingPolite}, the greedy turns that began while the polite thread
 *       was already queued: the barging itself, counted in turns so that a busy machine does not
 *       blur it;
 *   <li>time per turn: the sample-time distribution of each method ({@code :greedy} and
 *       {@code :polite}), whose p0.50 to p1.00 show the waits; a turn is the wait for the lock
 *       plus {@code holdUs} (plus {@code pauseUs} for the polite thread), so the longest wait is
 *       about p1.00 minus those.
 * </ul>
 *
 * <p>Why: the lecture's starvation slide (a greedy or high-priority thread keeps another from
 * running). An unfair lock lets whoever asks at the moment of release barge in; the greedy thread
 * is always asking at that moment, while the parked polite thread first has to wake and then
 * finds the lock taken again. A fair lock gives the lock to the longest waiter, so the
 * greedy thread has to queue behind the polite one. The JUnit test
 * {@code UnfairLockStarvesThePoliteThreadTest} asserts only the direction; this suite records the
 * distributions.
 *
 * <p>Expect, with hold 50 us and pause 100 us: unfair, the polite thread gets a small share of the
 * acquisitions, its worst wait is many holds long, and the greedy thread takes several turns
 * past it for each turn it gets; fair, the polite thread gets about a third (the greedy thread
 * takes about two turns during each 100 us pause), hardly any greedy turn passes it, and its turn
 * stays near one pause, one hold and a wake-up.
 *
 * <p>Measured on the 2-vCPU development VM (results/vm-20261202-062419, JDK 17, and
 * results/vm-20261202-060915-jdk25): unfair, the polite thread got 13% and 16% of the acquisitions,
 * its longest turn took 50 and 44 ms, and 4.4 and 2.6 greedy turns passed it per turn it got; fair,
 * it got 29% and 31%, 12 and 52 greedy turns passed it in all (against 1630 and 1570 turns of its
 * own), and its median turn took 175 and 181 us. On a loaded machine the shares and waits of the
 * two locks draw closer (with a single free core the scheduler tends to run a woken waiter at
 * once), while the turns-past count keeps them apart.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Group)
public class LockFairness {

    @Param({"false", "true"})
    public boolean fair;

    /** Work done holding the lock, in microseconds. */
    @Param("50")
    public long holdUs;

    /** Work the polite thread does outside the lock after each turn, in microseconds. */
    @Param("100")
    public long pauseUs;

    private ReentrantLock lock;

    @Setup(Level.Trial)
    public void createLock() {
        lock = new ReentrantLock(fair);
    }

    /** The greedy thread's acquisitions (EVENTS: summed over the measurement iterations). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class GreedyCounts {
        public long greedyAcquisitions;
        /** Greedy turns that began while the polite thread was queued for the lock. */
        public long greedyTurnsPastWaitingPolite;

        @Setup(Level.Iteration)
        public void reset() {
            greedyAcquisitions = 0;
            greedyTurnsPastWaitingPolite = 0;
        }
    }

    /** The polite thread's acquisitions. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PoliteCounts {
        public long politeAcquisitions;

        @Setup(Level.Iteration)
        public void reset() {
            politeAcquisitions = 0;
        }
    }

    @Benchmark
    @Group("contended")
    @GroupThreads(1)
    public void greedy(GreedyCounts counts) {
        lock.lock();
        try {
            counts.greedyAcquisitions++;
            if (lock.hasQueuedThreads()) { // holding it, the only thread that can be queued is the polite one
                counts.greedyTurnsPastWaitingPolite++;
            }
            BusyWork.forNanos(holdUs * 1_000);
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    @Group("contended")
    @GroupThreads(1)
    public void polite(PoliteCounts counts) {
        lock.lock();
        try {
            counts.politeAcquisitions++;
            BusyWork.forNanos(holdUs * 1_000);
        } finally {
            lock.unlock();
        }
        BusyWork.forNanos(pauseUs * 1_000);
    }
}
