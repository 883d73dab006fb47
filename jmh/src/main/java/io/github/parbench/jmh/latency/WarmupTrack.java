package io.github.parbench.jmh.latency;

import java.util.Arrays;

/**
 * One (case, load)'s warm-up entries: the median trip of each and the JIT compilations seen in it,
 * judged by the interleaved harness's steady-state rule ({@code BlockExperiment}): warm when the
 * median of its last {@value #WINDOW} entries is no more than {@value #SETTLE_PERCENT}% below the
 * median of the {@value #WINDOW} before, and no compilation finished in any of its JVMs during the
 * later half of its entries (quiet for as long as it took to get there: a lull of a few entries is
 * often only the gap between C1's compile of a method and C2's). A case that runs on the JVM also
 * needs a minimum of entries ({@link LatencyExperiment.Settings#minJitWarmupTrips()}): on a loaded
 * machine C2's compile of a trip's path came after a quiet stretch long enough to pass the rule.
 *
 * <p>Once its time has settled it stays settled until a compilation is seen again: a trip's
 * median is noisy, and the warm-up ends only when every (case, load) is warm at the same moment,
 * which ten noisy judgements at once almost never are (on the shared development VM ten of them
 * ran into a 40 s cap that way).
 *
 * <p>Plain arrays and a hand-sorted window on purpose: this runs between the slices, and code of
 * its own that the JIT keeps compiling would be counted against the harness's JVM.
 */
final class WarmupTrack {

    static final int WINDOW = 5;
    static final int SETTLE_PERCENT = 2;
    private static final double SETTLE = SETTLE_PERCENT / 100.0;

    private final int minEntries;
    private double[] medianNanos = new double[64];
    private long[] compiled = new long[64];
    private int size;
    private long nanos;
    private boolean capHit;
    private boolean settled;

    /** @param minEntries entries it needs at least, besides the rule's two windows */
    WarmupTrack(int minEntries) {
        this.minEntries = Math.max(2 * WINDOW, minEntries);
    }

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
        if (compilations > 0) {
            settled = false; // compiled code can change its time: judge it again
        }
        nanos += elapsedNanos;
    }

    boolean steady() {
        if (size < minEntries) {
            return false;
        }
        for (int i = Math.min(size - WINDOW, size / 2); i < size; i++) {
            if (compiled[i] > 0) {
                return false;
            }
        }
        if (!settled) {
            settled = medianOfWindow(size - WINDOW) >= (1 - SETTLE) * medianOfWindow(size - 2 * WINDOW);
        }
        return settled;
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
