package io.github.parbench.jmh.latency;

import java.util.Arrays;

/**
 * One (case, load)'s warm-up entries: the median trip of each and the JIT compilations seen in it,
 * judged by the interleaved harness's steady-state rule ({@code BlockExperiment}): warm when the
 * median of its last {@value #WINDOW} entries is no more than {@value #SETTLE_PERCENT}% below the
 * median of the {@value #WINDOW} before, and no compilation finished in any of its JVMs during the
 * later half of its entries (quiet for as long as it took to get there: a lull of a few entries is
 * often only the gap between C1's compile of a method and C2's).
 *
 * <p>Plain arrays and a hand-sorted window on purpose: this runs between the slices, and code of
 * its own that the JIT keeps compiling would be counted against the harness's JVM.
 */
final class WarmupTrack {

    static final int WINDOW = 5;
    static final int SETTLE_PERCENT = 2;
    private static final double SETTLE = SETTLE_PERCENT / 100.0;

    private double[] medianNanos = new double[64];
    private long[] compiled = new long[64];
    private int size;
    private long nanos;
    private boolean capHit;

    /**
     * @param medianNanos   the entry's median round trip
     * @param compilations  compilations that finished during it (-1: not known, or no JIT)
     * @param elapsedNanos  how long the entry took
     */
    void add(double medianNanos, long compilations, long elapsedNanos) {
        if (size == this.medianNanos.length) {
            this.medianNanos = Arrays.copyOf(this.medianNanos, 2 * size);
            compiled = Arrays.copyOf(compiled, 2 * size);
        }
        this.medianNanos[size] = medianNanos;
        compiled[size] = compilations;
        size++;
        nanos += elapsedNanos;
    }

    boolean steady() {
        if (size < 2 * WINDOW) {
            return false;
        }
        for (int i = Math.min(size - WINDOW, size / 2); i < size; i++) {
            if (compiled[i] > 0) {
                return false;
            }
        }
        return medianOfWindow(size - WINDOW) >= (1 - SETTLE) * medianOfWindow(size - 2 * WINDOW);
    }

    void capHit() {
        capHit = true;
    }

    int entries() {
        return size;
    }

    double millis() {
        return nanos / 1e6;
    }

    boolean wasCapHit() {
        return capHit;
    }

    /** Compilations summed over the entries where they could be read; -1 when none could. */
    long compilations() {
        long sum = -1;
        for (int i = 0; i < size; i++) {
            if (compiled[i] >= 0) {
                sum = Math.max(sum, 0) + compiled[i];
            }
        }
        return sum;
    }

    private double medianOfWindow(int from) {
        double[] window = new double[WINDOW];
        for (int i = 0; i < WINDOW; i++) {
            double v = medianNanos[from + i];
            int j = i;
            for (; j > 0 && window[j - 1] > v; j--) {
                window[j] = window[j - 1];
            }
            window[j] = v;
        }
        return window[WINDOW / 2];
    }
}
