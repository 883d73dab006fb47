package io.github.parbench.hazard;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of threads each waiting for a lock another of them holds, as {@link DeadlockDetector}
 * found it; {@link #toString()} is the report a person reads.
 */
public final class Deadlock {

    /** One thread of the cycle: who waits, for which lock, held by whom. */
    public record Waiter(long threadId, String threadName, String lockName, long ownerId, String ownerName) {
        @Override
        public String toString() {
            return "\"" + threadName + "\" (id " + threadId + ") waits for " + lockName
                    + " held by \"" + ownerName + "\" (id " + ownerId + ")";
        }
    }

    private final List<Waiter> waiters;

    Deadlock(List<Waiter> waiters) {
        this.waiters = List.copyOf(waiters);
    }

    public List<Waiter> waiters() {
        return waiters;
    }

    public Set<Long> threadIds() {
        return waiters.stream().map(Waiter::threadId).collect(Collectors.toSet());
    }

    /**
     * Recovers by interrupting every thread of the cycle. It only helps threads that wait
     * interruptibly ({@code lockInterruptibly}, parbench's {@code Lock.acquire}); a thread stuck
     * entering a {@code synchronized} block cannot be freed by anything short of ending the JVM.
     *
     * @return how many of the threads were found alive and interrupted
     */
    public int interruptAll() {
        Set<Long> ids = threadIds();
        int interrupted = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (ids.contains(t.getId())) {
                t.interrupt();
                interrupted++;
            }
        }
        return interrupted;
    }

    @Override
    public String toString() {
        return "deadlock among " + waiters.size() + " threads:" + waiters.stream()
                .map(w -> "\n  " + w)
                .collect(Collectors.joining());
    }
}
