package io.github.parbench.jmh.latency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Runs every (case, load) in slices of round trips, interleaved: warm-up rounds until each is warm
 * ({@link WarmupTrack}) or the cap, then {@code slices} measured rounds. Every round runs one slice
 * of each (case, load) in a fresh order drawn from the seeded RNG, so no case always runs first, or
 * always on an idle machine after a busy one, and the JVM's and CPython's percentiles come from the
 * same stretch of time. A (case, load)'s slices are merged into one histogram.
 *
 * <p>Why slices and not one long stretch per case: a shared machine's speed drifts within minutes,
 * and the harness used to measure the pool first and idle before busy, so every comparison between
 * two cases was also a comparison between two stretches of time.
 */
final class LatencyExperiment {

    /** Round trips per warm-up entry at most: enough for a median, short enough to judge often. */
    static final int WARMUP_ENTRY_TRIPS = 500;
    /** Past C2's thresholds (Tier4InvocationThreshold 5000, Tier4CompileThreshold 15000). */
    private static final int INSTRUMENT_WARMUP_CALLS = 20_000;
    /**
     * Per (case, load), so a case runs 80,000 trips over both loads before it is judged: past C2's
     * invocation thresholds, and past the back-edge threshold (Tier3BackEdgeThreshold 60,000) of
     * the loops that never return (an echo thread's, an executor's worker's, a pool worker's read
     * loop), which only on-stack replacement compiles, one back edge per trip.
     */
    static final int MIN_JIT_WARMUP_TRIPS = 40_000;

    /** One case in one machine state. */
    record Contender(LatencyCase trips, RoundTripLatency.Load load) {
        String label() {
            return trips.name() + "/" + load;
        }
    }

    /**
     * @param slices         measured slices per (case, load)
     * @param tripsPerSlice  round trips timed in each slice
     * @param warmupCapNanos the warm-up stops here, warm or not
     * @param seed           seeds the order of every round, warm-up included
     * @param minJitWarmupTrips round trips a (case, load) on the JVM warms for at least, whatever
     *                       the rule says: past C2's thresholds (the harness: {@value #MIN_JIT_WARMUP_TRIPS})
     */
    record Settings(int slices, int tripsPerSlice, long warmupCapNanos, long seed, int minJitWarmupTrips) {
        Settings {
            if (slices < 1 || tripsPerSlice < 1 || warmupCapNanos <= 0 || minJitWarmupTrips < 0) {
                throw new IllegalArgumentException("needs slices >= 1, trips per slice >= 1 and a positive warm-up cap, was "
                        + slices + ", " + tripsPerSlice + " and " + warmupCapNanos + " ns");
            }
        }

        int warmupEntryTrips() {
            return Math.min(tripsPerSlice, WARMUP_ENTRY_TRIPS);
        }
    }

    /** Starts a machine state for one slice (the busy load's spinning thread); null for none. */
    interface Loads {
        AutoCloseable start(RoundTripLatency.Load load) throws Exception;
    }

    /**
     * What one (case, load) measured.
     *
     * @param histogram    every measured trip, in nanoseconds (its slices merged)
     * @param sliceMedians each measured slice's median trip, in slice order (for drift)
     * @param positions    where in each round its slice ran
     * @param warmup       its warm-up entries
     * @param compilations compilations that finished during its measured slices (-1: not known, or no JIT)
     */
    record Measured(Histogram histogram, long[] sliceMedians, int[] positions, WarmupTrack warmup, long compilations) {
    }

    private final LongSupplier nanoClock;
    private final Loads loads;
    private final Consumer<String> progress;

    LatencyExperiment(LongSupplier nanoClock, Loads loads, Consumer<String> progress) {
        this.nanoClock = nanoClock;
        this.loads = loads;
        this.progress = progress;
    }

    List<Measured> run(List<Contender> contenders, Settings settings) throws Exception {
        int count = contenders.size();
        Random rng = new Random(settings.seed());
        WarmupTrack[] tracks = new WarmupTrack[count];
        for (int c = 0; c < count; c++) {
            boolean jit = contenders.get(c).trips().jvms() > 0;
            int entryTrips = settings.warmupEntryTrips();
            tracks[c] = new WarmupTrack(jit ? (settings.minJitWarmupTrips() + entryTrips - 1) / entryTrips : 0);
        }
        Histogram scratch = newHistogram();
        long warmupStart = nanoClock.getAsLong();
        int rounds = warmUp(contenders, settings, tracks, scratch, rng);
        long warmupNanos = nanoClock.getAsLong() - warmupStart;

        Histogram[] merged = new Histogram[count];
        long[][] medians = new long[count][settings.slices()];
        int[][] positions = new int[count][settings.slices()];
        long[] compilations = new long[count];
        for (int c = 0; c < count; c++) {
            merged[c] = newHistogram();
        }
        List<Integer> order = indices(count);
        for (int s = 0; s < settings.slices(); s++) {
            Collections.shuffle(order, rng);
            int position = 0;
            for (int c : order) {
                scratch.reset();
                long compiled = slice(contenders.get(c), settings.tripsPerSlice(), scratch);
                merged[c].add(scratch);
                medians[c][s] = scratch.getValueAtPercentile(50);
                positions[c][s] = position++;
                compilations[c] = compiled < 0 || compilations[c] < 0 ? -1 : compilations[c] + compiled;
            }
        }
        // Said only now: formatting text compiles code, which would finish while the first slices are measured.
        List<String> settling = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            if (tracks[c].wasCapHit()) {
                settling.add(contenders.get(c).label());
            }
        }
        if (!settling.isEmpty()) {
            progress.accept(String.format("warm-up cap of %.0f s reached after %d rounds; still settling: %s",
                    settings.warmupCapNanos() / 1e9, rounds, String.join(", ", settling)));
        }
        progress.accept(String.format("warm-up: %d rounds, %.1f s (instruments included)", rounds, warmupNanos / 1e9));
        List<Measured> measured = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            measured.add(new Measured(merged[c], medians[c], positions[c], tracks[c], compilations[c]));
        }
        return measured;
    }

    /**
     * Warm-up rounds, interleaved like the measured ones, until every (case, load) is warm or the
     * cap; returns how many ran. It says nothing until the measured slices are done.
     */
    private int warmUp(List<Contender> contenders, Settings settings, WarmupTrack[] tracks, Histogram scratch,
                       Random rng) throws Exception {
        long start = nanoClock.getAsLong();
        List<Integer> order = indices(contenders.size());
        int rounds = 0;
        while (!allSteady(tracks)) {
            if (nanoClock.getAsLong() - start >= settings.warmupCapNanos()) {
                for (WarmupTrack track : tracks) {
                    if (!track.steady()) {
                        track.capHit();
                    }
                }
                break;
            }
            Collections.shuffle(order, rng);
            for (int c : order) {
                scratch.reset();
                long entryStart = nanoClock.getAsLong();
                long compiled = slice(contenders.get(c), settings.warmupEntryTrips(), scratch);
                tracks[c].add(scratch.getValueAtPercentile(50), compiled, nanoClock.getAsLong() - entryStart);
            }
            rounds++;
            if (rounds == 1) {
                long instrumentsStart = nanoClock.getAsLong();
                warmInstruments(contenders);
                start += nanoClock.getAsLong() - instrumentsStart; // the cap is the cases' time, not the instruments'
            }
        }
        return rounds;
    }

    /** One slice in its machine state; returns the compilations that finished during it (-1: not known). */
    private long slice(Contender contender, int trips, Histogram into) throws Exception {
        try (AutoCloseable ignored = loads.start(contender.load())) {
            long before = contender.trips().compilations();
            contender.trips().trips(trips, into);
            long after = contender.trips().compilations();
            return before < 0 || after < 0 ? -1 : Math.max(0, after - before);
        }
    }

    /**
     * Runs the harness's own instruments (the rule, the histogram's percentile, the shuffle, the
     * counters) past the JIT's thresholds before the warm-up judges anything, as the interleaved
     * harness does: otherwise their C2 compiles land late in the warm-up and keep every JVM case
     * from looking quiet. Done after the first round, when a pool's worker is up and readable.
     * Code that runs once per slice counts slowly (ten a round): left alone, its compilations come
     * hundreds of rounds in.
     */
    private void warmInstruments(List<Contender> contenders) throws Exception {
        WarmupTrack rehearsal = new WarmupTrack(0);
        for (int i = 0; i < 4 * WarmupTrack.WINDOW; i++) {
            rehearsal.add(1_000 + i, 0, 1);
        }
        Histogram h = newHistogram();
        Histogram merged = newHistogram();
        List<Integer> order = indices(contenders.size());
        Random shuffles = new Random(0);
        long sink = 0;
        for (int i = 0; i < INSTRUMENT_WARMUP_CALLS; i++) {
            h.reset();
            h.recordValue(20_000 + (i & 1023));
            sink += h.getValueAtPercentile(50);
            merged.add(h); // the measured slices' merge, which nothing in the warm-up runs
            sink += rehearsal.steady() ? 1 : 0;
            Collections.shuffle(order, shuffles);
            for (Contender c : contenders) {
                sink += c.trips().compilations();
            }
            contenders.get(i % contenders.size()).trips().rehearse();
            // The load switch, on and off at once: its code runs once per slice, as slowly as it counts.
            try (AutoCloseable load = loads.start(contenders.get(i % contenders.size()).load())) {
                sink += load == null ? 0 : 1;
            }
        }
        if (sink == 42) {
            throw new AssertionError(); // keeps the rehearsal from being optimized away
        }
    }

    private static boolean allSteady(WarmupTrack[] tracks) {
        for (WarmupTrack track : tracks) {
            if (!track.steady()) {
                return false;
            }
        }
        return true;
    }

    /** Nanoseconds up to 10 s, 3 significant digits. */
    static Histogram newHistogram() {
        return new Histogram(10_000_000_000L, 3);
    }

    private static List<Integer> indices(int count) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        return order;
    }
}
