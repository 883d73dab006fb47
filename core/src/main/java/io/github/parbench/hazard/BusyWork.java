package io.github.parbench.hazard;

/**
 * Keeps a thread working, not sleeping, for a while: a thread that sleeps gives its core away,
 * and the starvation lessons depend on a lock holder that stays on its core.
 */
public final class BusyWork {

    private BusyWork() {
    }

    public static void forNanos(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() - until < 0) {
            Thread.onSpinWait();
        }
    }
}
