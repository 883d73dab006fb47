package io.github.parbench.pool;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Spin-before-block: poll for a short while before parking a thread or blocking in a read. A
 * parked thread has to be woken, which is slow on a virtual machine whose CPU went idle; a spinning
 * one sees the answer at once. The spin is bounded, so a long task costs at most one spin's worth
 * of CPU per wait.
 */
final class Spin {

    /** System property that carries the pool's spin to its workers. */
    static final String WORKER_PROPERTY = "parbench.pool.spinMicros";

    private Spin() {
    }

    static void until(BooleanSupplier ready, long nanos) {
        if (nanos <= 0) {
            return;
        }
        long end = System.nanoTime() + nanos;
        while (!ready.getAsBoolean() && System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
    }

    /** Spins until the stream has bytes to read (or the spin is over); the read itself still blocks. */
    static void untilReadable(InputStream in, long nanos) {
        until(() -> {
            try {
                return in.available() > 0;
            } catch (IOException e) {
                return true; // let the read report it
            }
        }, nanos);
    }

    static void untilDone(CompletableFuture<?> future, long nanos) {
        until(future::isDone, nanos);
    }

    /** The worker's spin, from the property its pool set. */
    static long workerSpinNanos() {
        return Long.getLong(WORKER_PROPERTY, 0L) * 1_000;
    }
}
