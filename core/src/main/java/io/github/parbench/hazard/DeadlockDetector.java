package io.github.parbench.hazard;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Finds threads of this JVM that wait on each other forever, through the JVM's own bookkeeping
 * ({@link ThreadMXBean#findDeadlockedThreads()}): it sees both {@code synchronized} monitors and
 * {@link java.util.concurrent.locks} locks, which is what lets a program (not only a person
 * reading a thread dump) notice a deadlock and act on it.
 */
public final class DeadlockDetector {

    private static final long POLL_MS = 10;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** The deadlock present right now, if any. */
    public Optional<Deadlock> find() {
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            return Optional.empty();
        }
        // Lock details need a full ThreadInfo; an id that ended meanwhile gives null and is skipped.
        List<Deadlock.Waiter> waiters = Arrays.stream(threads.getThreadInfo(ids, true, true))
                .filter(info -> info != null && info.getLockName() != null)
                .map(DeadlockDetector::waiter)
                .collect(Collectors.toList());
        return waiters.isEmpty() ? Optional.empty() : Optional.of(new Deadlock(waiters));
    }

    /**
     * Polls until a deadlock shows or the timeout passes. Threads heading into a deadlock need a
     * moment to get there, so a caller that expects one waits for it rather than guessing a sleep.
     */
    public Optional<Deadlock> awaitDeadlock(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (true) {
            Optional<Deadlock> found = find();
            if (found.isPresent() || System.nanoTime() - deadline >= 0) {
                return found;
            }
            Thread.sleep(POLL_MS);
        }
    }

    private static Deadlock.Waiter waiter(ThreadInfo info) {
        return new Deadlock.Waiter(info.getThreadId(), info.getThreadName(), info.getLockName(),
                info.getLockOwnerId(), info.getLockOwnerName());
    }
}
