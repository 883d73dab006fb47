package io.github.parbench.hazard;

import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * The cure for the two-lock deadlock: every thread takes the two locks in one global order, so
 * no thread can hold the second while waiting for the first. The order is given by each lock's
 * rank, chosen by the caller (a fixed rank per lock, e.g. an account number); two locks of equal
 * rank are refused, because their order would be ambiguous.
 */
public final class LockOrdering {

    /** A lock with its place in the global order. */
    public record RankedLock(int rank, Lock lock) {
    }

    private LockOrdering() {
    }

    /** Runs {@code action} holding both locks, taken lowest rank first whatever the argument order. */
    public static <T> T withBoth(RankedLock a, RankedLock b, Supplier<T> action) throws InterruptedException {
        if (a.rank() == b.rank()) {
            throw new IllegalArgumentException("two locks of the same rank " + a.rank() + " have no order");
        }
        RankedLock first = a.rank() < b.rank() ? a : b;
        RankedLock second = first == a ? b : a;
        first.lock().lockInterruptibly();
        try {
            second.lock().lockInterruptibly();
            try {
                return action.get();
            } finally {
                second.lock().unlock();
            }
        } finally {
            first.lock().unlock();
        }
    }
}
