package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.ExecutionModel;
import io.github.parbench.workload.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs one workload of size n on every contender in blocks and keeps each operation's time.
 *
 * <p><b>Warm-up, until every side is warm in every JVM it runs in.</b> Warm-up rounds come first,
 * interleaved like the measured blocks. With the steady-state rule (the harness's default) they go
 * on until every contender is warm: its own time per operation has stopped falling (the median of
 * its last {@value #WINDOW} warm-up entries is no more than {@value #SETTLE_PERCENT}% below the median
 * of the {@value #WINDOW} before) and no JIT compilation finished in any JVM it uses (the harness's,
 * and a process pool's workers, see {@link JvmCompilations}) during the later half of its warm-up
 * entries, so it has been quiet for as long as it took to get there; or until the warm-up's time
 * cap, which the result then reports for each contender still settling. A fixed
 * count of blocks would not do: it gives SERIAL hundreds of kernel calls in the harness's JVM and a
 * pool's worker JVM a few dozen, and measures the workers while their JIT is still at work.
 *
 * <p>Each warm-up entry is already batched to the shortest entry, by the contender's own recent
 * times, so every contender warms for about the same time rather than the same count of calls. A
 * model that boots fresh JVMs every run (PROCESS_SPAWN, {@code ExecutionModel.coldByDesign}) takes
 * part in the fewest rounds only: nothing makes it warmer, and at a third of a second an entry it
 * would otherwise spend the warm-up's cap that the others need.
 *
 * <p><b>Measuring.</b> The measured blocks run in the order the {@link Schedule} draws from the
 * seeded RNG: a fixed number of them, or, with a precision target, blocks until every contender's
 * speedup interval is that narrow ({@link PrecisionRule}) or the measuring budget is spent. Every
 * operation's checksum is compared with serial's, computed once on the calling thread before
 * anything is timed: a model that drops or repeats a part fails the experiment instead of looking
 * fast. The compilations that still finished during each contender's measured entries are counted,
 * summed over its JVMs, and reported beside its times.
 *
 * <p>An operation of a fraction of a millisecond is timed mostly by the scheduler's and the timer's
 * jitter, so a contender's entry in a block can be a batch: as many operations back to back as make
 * up {@code minEntryMillis} by its settled warm-up time (one, for anything slower). Its time is the
 * batch's mean per operation, and both sides of every ratio are still taken in the same block.
 *
 * <p>The clock is handed in, so a test can run the experiment against a simulated machine whose
 * speed drifts, with nothing real being timed.
 */
public final class BlockExperiment {

    /** Warm-up entries compared at a time by the steady-state rule. */
    static final int WINDOW = 5;
    static final int SETTLE_PERCENT = 2;
    private static final double SETTLE = SETTLE_PERCENT / 100.0;
    private static final int MAX_BATCH = 1_000_000;
    /** Past C2's invocation threshold (Tier4InvocationThreshold 5000, Tier4CompileThreshold 15000). */
    private static final int INSTRUMENT_WARMUP_CALLS = 20_000;

    /**
     * How the warm-up ends.
     *
     * @param minRounds    warm-up rounds at least (with {@code steadyState} false: exactly)
     * @param capNanos     the steady-state warm-up stops here, warm or not
     * @param steadyState  whether to go on until every contender is warm
     */
    public record Warmup(int minRounds, long capNanos, boolean steadyState) {
        public Warmup {
            if (minRounds < 0 || capNanos <= 0) {
                throw new IllegalArgumentException("needs warm-up rounds >= 0 and a positive cap, was " + minRounds
                        + " and " + capNanos + " ns");
            }
        }

        /** Exactly this many rounds (the rule before steady state; the tests' simulated machines). */
        public static Warmup rounds(int rounds) {
            return new Warmup(rounds, Long.MAX_VALUE, false);
        }

        public static Warmup steadyState(int minRounds, long capNanos) {
            return new Warmup(minRounds, capNanos, true);
        }

        public String rule() {
            return steadyState ? "steady state" : "blocks";
        }
    }

    /**
     * When measuring ends.
     *
     * @param minBlocks   measured blocks at least (without a precision target: exactly)
     * @param precision   stop once every speedup interval's relative half-width is at most this
     *                    (NaN: no target, {@code minBlocks} blocks)
     * @param budgetNanos stop measuring after this long even if the target is not met
     * @param confidence  the level of the intervals the target applies to
     */
    public record Stop(int minBlocks, double precision, long budgetNanos, double confidence) {
        public Stop {
            if (minBlocks < 2) {
                throw new IllegalArgumentException("needs at least 2 measured blocks, was " + minBlocks);
            }
            if (!Double.isNaN(precision)) {
                new PrecisionRule(precision, confidence); // checks both
                if (budgetNanos <= 0) {
                    throw new IllegalArgumentException("a precision target needs a positive budget, was " + budgetNanos + " ns");
                }
            }
        }

        public static Stop fixed(int blocks) {
            return new Stop(blocks, Double.NaN, Long.MAX_VALUE, 0.95);
        }

        public boolean adaptive() {
            return !Double.isNaN(precision);
        }
    }

    /**
     * @param warmup         how the warm-up ends
     * @param stop           how measuring ends
     * @param seed           seeds the order of every block, warm-up included
     * @param schedule       interleaved (the real design) or sequential (the biased one, for contrast)
     * @param minEntryMillis a contender's entry in a block lasts at least this long (a batch of
     *                       operations), judged by the warm-up; 0 for one operation per entry
     */
    public record Settings(Warmup warmup, Stop stop, long seed, Schedule schedule, double minEntryMillis) {
        public Settings {
            if (!(minEntryMillis >= 0) || minEntryMillis > 60_000) {
                throw new IllegalArgumentException("the shortest entry must be 0 to 60000 ms, was " + minEntryMillis);
            }
            if (minEntryMillis > 0 && warmup.minRounds() == 0 && !warmup.steadyState()) {
                throw new IllegalArgumentException("batching to a shortest entry needs at least one warm-up block to time");
            }
            if (stop.adaptive() && schedule != Schedule.INTERLEAVED) {
                throw new IllegalArgumentException("a precision target needs the interleaved schedule: a sequential"
                        + " run cannot stop early without leaving contenders unmeasured");
            }
        }

        /** A fixed number of warm-up and measured blocks, one operation per entry. */
        public Settings(int warmupBlocks, int blocks, long seed, Schedule schedule) {
            this(warmupBlocks, blocks, seed, schedule, 0);
        }

        /** A fixed number of warm-up and measured blocks. */
        public Settings(int warmupBlocks, int blocks, long seed, Schedule schedule, double minEntryMillis) {
            this(Warmup.rounds(warmupBlocks), Stop.fixed(blocks), seed, schedule, minEntryMillis);
        }
    }

    private final Workload workload;
    private final long n;
    private final LongSupplier nanoClock;
    private final Consumer<String> progress;

    public BlockExperiment(Workload workload, long n, LongSupplier nanoClock, Consumer<String> progress) {
        this.workload = workload;
        this.n = n;
        this.nanoClock = nanoClock;
        this.progress = progress;
    }

    /** Runs the experiment; the contenders stay open (their owner closes them). */
    public BlockTimes run(List<Contender> contenders, Settings settings) {
        int serial = BlockTimes.serialIndex(contenders);
        int[] against = new int[contenders.size()];
        Arrays.fill(against, serial);
        against[serial] = -1;
        return run(contenders, settings, against, false);
    }

    /**
     * Runs an A/B experiment: {@code baselineOf[c]} is the contender whose time c's is divided by in
     * each block (-1 for a baseline contender). The precision target applies to those ratios, and
     * both contenders of a pair run batches of the same size (the larger of the two the warm-up
     * asks for), so every ratio divides the same work; a batch sized by one side's warm-up alone
     * would let a noisy end of warm-up give one build entries a tenth as long, and timed with ten
     * times the per-entry overhead.
     */
    public BlockTimes runPaired(List<Contender> contenders, Settings settings, int[] baselineOf) {
        return run(contenders, settings, baselineOf, true);
    }

    private BlockTimes run(List<Contender> contenders, Settings settings, int[] against, boolean sameBatch) {
        int serial = BlockTimes.serialIndex(contenders);
        if (against.length != contenders.size()) {
            throw new IllegalArgumentException("needs one reference per contender, had " + against.length + " for "
                    + contenders.size());
        }
        EntryTimer[] timers = timers(contenders);
        Random rng = new Random(settings.seed());
        int count = contenders.size();
        double minEntryNanos = settings.minEntryMillis() * 1e6;
        WarmupTrack[] tracks = new WarmupTrack[count];
        for (int c = 0; c < count; c++) {
            ExecutionModel exec = contenders.get(c).exec();
            // A model that boots fresh JVMs every run cannot get warmer: its fewest rounds will do.
            tracks[c] = new WarmupTrack(exec != null && exec.coldByDesign() ? settings.warmup().minRounds() : -1);
        }
        int rounds = warmUp(contenders, timers, settings.warmup(), minEntryNanos, tracks, rng);
        int[] batch = new int[count];
        BlockTimes.Warmed[] warmed = new BlockTimes.Warmed[count];
        for (int c = 0; c < count; c++) {
            batch[c] = minEntryNanos == 0 ? 1 : tracks[c].batchFor(minEntryNanos);
            warmed[c] = tracks[c].summary(contenders.get(c).compilations().jvms());
        }
        for (int c = 0; sameBatch && c < count; c++) {
            if (against[c] >= 0) {
                batch[c] = batch[against[c]] = Math.max(batch[c], batch[against[c]]);
            }
        }
        Measured measured = settings.schedule() == Schedule.INTERLEAVED
                ? measureInterleaved(contenders, timers, settings.stop(), batch, serial, against, rng)
                : measureInOrder(contenders, timers, settings, batch, rng);
        return new BlockTimes(contenders.stream().map(Contender::model).toList(),
                contenders.stream().map(Contender::workers).toList(), measured.millis, measured.positions, batch,
                settings, n, rounds, warmed, measured.compilations, measured.budgetExhausted);
    }

    /**
     * Each contender's timer: its own when another JVM runs it, else one that runs it here with this
     * experiment's clock. Serial's checksum, which every local operation is checked against, is
     * computed once on the calling thread before anything is timed, and only when something runs here.
     */
    private EntryTimer[] timers(List<Contender> contenders) {
        EntryTimer[] timers = new EntryTimer[contenders.size()];
        Long expected = null;
        for (int c = 0; c < timers.length; c++) {
            Contender contender = contenders.get(c);
            if (contender.timer() != null) {
                timers[c] = contender.timer();
                continue;
            }
            if (expected == null) {
                expected = workload.run(0, n);
            }
            timers[c] = new LocalEntryTimer(contender, workload, n, expected, nanoClock);
        }
        return timers;
    }

    /** Warm-up rounds until the rule is satisfied; returns how many ran. */
    private int warmUp(List<Contender> contenders, EntryTimer[] timers, Warmup rule, double minEntryNanos,
                       WarmupTrack[] tracks, Random rng) {
        long start = nanoClock.getAsLong();
        int rounds = 0;
        List<Integer> order = indices(contenders.size());
        while (true) {
            if (rounds >= rule.minRounds() && (!rule.steadyState() || allSteady(tracks))) {
                break;
            }
            if (rule.steadyState() && nanoClock.getAsLong() - start >= rule.capNanos()) {
                List<String> settling = new ArrayList<>();
                for (int c = 0; c < tracks.length; c++) {
                    if (!tracks[c].steady()) {
                        tracks[c].capHit = true;
                        settling.add(contenders.get(c).label());
                    }
                }
                progress.accept(String.format("warm-up cap of %.0f s reached after %d rounds; still settling: %s",
                        rule.capNanos() / 1e9, rounds, String.join(", ", settling)));
                break;
            }
            Collections.shuffle(order, rng);
            for (int c : order) {
                if (tracks[c].done()) {
                    continue;
                }
                Contender contender = contenders.get(c);
                int times = minEntryNanos == 0 ? 1 : tracks[c].batchFor(minEntryNanos);
                long before = contender.compilations().finished();
                long elapsed = timers[c].time(times);
                tracks[c].add(elapsed, times, delta(before, contender.compilations().finished()));
            }
            rounds++;
            if (rounds == 1 && rule.steadyState()) {
                long instrumentsStart = nanoClock.getAsLong();
                warmInstruments(contenders);
                long took = nanoClock.getAsLong() - instrumentsStart;
                start += took; // the cap is the contenders' time, not the instruments'
                progress.accept(String.format("instruments warmed in %.0f ms", took / 1e6));
            }
        }
        if (rule.steadyState()) {
            progress.accept(String.format("warm-up: %d rounds, %.1f s", rounds, (nanoClock.getAsLong() - start) / 1e9));
        }
        return rounds;
    }

    /**
     * Runs the harness's own instruments (the counter readings, the rule's arithmetic, the shuffle)
     * past the JIT's thresholds before the contenders' warm-up counts anything: otherwise their C2
     * compiles land hundreds of rounds in, are counted against the harness's JVM, and keep every
     * contender that runs there from looking quiet. Done after the first round, when a pool's
     * workers are up and their counters can be read.
     */
    private static void warmInstruments(List<Contender> contenders) {
        WarmupTrack rehearsal = new WarmupTrack(-1);
        for (int i = 0; i < 4 * WINDOW; i++) {
            rehearsal.add(1_000 + i, 1, 0);
        }
        List<Integer> order = indices(contenders.size());
        Random shuffles = new Random(0);
        long sink = 0;
        for (int i = 0; i < INSTRUMENT_WARMUP_CALLS; i++) {
            sink += rehearsal.steady() ? 1 : 0;
            sink += rehearsal.batchFor(5e6);
            Collections.shuffle(order, shuffles);
            for (Contender c : contenders) {
                sink += c.compilations().finished();
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

    /** The measured blocks, each in a fresh random order, until the stop rule says enough. */
    private Measured measureInterleaved(List<Contender> contenders, EntryTimer[] timers, Stop stop, int[] batch,
                                        int serial, int[] against, Random rng) {
        int count = contenders.size();
        Measured m = new Measured(count, stop.minBlocks());
        PrecisionRule precision = stop.adaptive() ? new PrecisionRule(stop.precision(), stop.confidence()) : null;
        List<Integer> order = indices(count);
        long start = nanoClock.getAsLong();
        long lastReport = start;
        int reportEvery = Math.max(1, stop.minBlocks() / 10);
        for (int b = 0; ; b++) {
            if (b >= stop.minBlocks()) {
                if (precision == null) {
                    break;
                }
                // Judged on the intervals' widths only; checked less often as blocks pile up.
                if (b % Math.max(1, b / 50) == 0 && precision.met(m.millis, against, b)) {
                    break;
                }
                if (nanoClock.getAsLong() - start >= stop.budgetNanos()) {
                    m.budgetExhausted = true;
                    progress.accept(String.format("budget of %.0f s spent after %d blocks: widest interval ±%.1f%%,"
                            + " target ±%.1f%%", stop.budgetNanos() / 1e9, b, 100 * precision.widest(m.millis, against, b),
                            100 * precision.target()));
                    break;
                }
            }
            m.ensure(b + 1);
            Collections.shuffle(order, rng);
            int position = 0;
            for (int c : order) {
                m.record(c, b, position++, contenders.get(c), timers[c], batch[c]);
            }
            m.blocks = b + 1;
            long now = nanoClock.getAsLong();
            if (precision == null ? (b + 1) % reportEvery == 0 : now - lastReport >= 5_000_000_000L) {
                lastReport = now;
                progress.accept(precision == null
                        ? String.format("block %d/%d: %s %.3f ms", b + 1, stop.minBlocks(), contenders.get(serial).label(),
                                m.millis[serial][b])
                        : String.format("block %d: widest interval ±%.1f%%, target ±%.1f%%", b + 1,
                                100 * precision.widest(m.millis, against, b + 1), 100 * precision.target()));
            }
        }
        return m.trimmed();
    }

    /** Every operation of one contender, then the next: the biased design, kept for contrast. */
    private Measured measureInOrder(List<Contender> contenders, EntryTimer[] timers, Settings settings, int[] batch,
                                    Random rng) {
        int blocks = settings.stop().minBlocks();
        Measured m = new Measured(contenders.size(), blocks);
        m.blocks = blocks;
        int[] nextPosition = new int[blocks];
        for (Schedule.Slot slot : settings.schedule().slots(contenders.size(), blocks, rng)) {
            int c = slot.contender();
            int b = slot.block();
            m.record(c, b, nextPosition[b]++, contenders.get(c), timers[c], batch[c]);
        }
        return m;
    }

    /** Compilations between two readings, -1 when either is not known. */
    private static long delta(long before, long after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }

    private static List<Integer> indices(int count) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            order.add(c);
        }
        return order;
    }

    /** The measured blocks so far: times, positions and compilations, grown as blocks are added. */
    private static final class Measured {
        double[][] millis;
        int[][] positions;
        final long[] compilations;
        int blocks;
        boolean budgetExhausted;

        Measured(int count, int capacity) {
            millis = new double[count][capacity];
            positions = new int[count][capacity];
            compilations = new long[count];
        }

        void ensure(int blocksNeeded) {
            if (blocksNeeded > millis[0].length) {
                int capacity = Math.max(blocksNeeded, 2 * millis[0].length);
                for (int c = 0; c < millis.length; c++) {
                    millis[c] = Arrays.copyOf(millis[c], capacity);
                    positions[c] = Arrays.copyOf(positions[c], capacity);
                }
            }
        }

        void record(int c, int b, int position, Contender contender, EntryTimer timer, int batch) {
            long before = contender.compilations().finished();
            millis[c][b] = timer.time(batch) / 1e6 / batch;
            long compiled = delta(before, contender.compilations().finished());
            compilations[c] = compiled < 0 || compilations[c] < 0 ? -1 : compilations[c] + compiled;
            positions[c][b] = position;
        }

        Measured trimmed() {
            for (int c = 0; c < millis.length; c++) {
                millis[c] = Arrays.copyOf(millis[c], blocks);
                positions[c] = Arrays.copyOf(positions[c], blocks);
            }
            return this;
        }
    }

    /**
     * One contender's warm-up entries: time per operation and compilations seen in each. Plain
     * arrays and a hand-sorted window on purpose: this runs between the entries, and code of its
     * own that the JIT keeps compiling (streams, sorts) would be counted against the harness's JVM
     * and keep the contenders that run there from ever looking quiet.
     */
    private static final class WarmupTrack {
        private double[] perOpNanos = new double[64];
        private long[] compiled = new long[64];
        private int size;
        private long nanos;
        private boolean capHit;
        /** For a model that is cold by design: warm-up entries it takes, then it is done; -1 otherwise. */
        private final int fixedEntries;

        WarmupTrack(int fixedEntries) {
            this.fixedEntries = fixedEntries;
        }

        /** A cold-by-design model that has had its entries: it takes no more warm-up rounds. */
        boolean done() {
            return fixedEntries >= 0 && size >= fixedEntries;
        }

        void add(long elapsedNanos, int times, long compilations) {
            if (size == perOpNanos.length) {
                perOpNanos = Arrays.copyOf(perOpNanos, 2 * size);
                compiled = Arrays.copyOf(compiled, 2 * size);
            }
            perOpNanos[size] = (double) elapsedNanos / times;
            compiled[size] = compilations;
            size++;
            nanos += elapsedNanos;
        }

        /** Warm: time per operation no longer falling, and no compilation in its later entries. */
        boolean steady() {
            if (fixedEntries >= 0) {
                return done();
            }
            if (size < 2 * WINDOW) {
                return false;
            }
            // Quiet for as long as it has warmed so far: a lull of a few entries is often only the
            // gap between C1's compile of a method and C2's, which comes thousands of calls later.
            for (int i = Math.min(size - WINDOW, size / 2); i < size; i++) {
                if (compiled[i] > 0) {
                    return false;
                }
            }
            return medianOfWindow(size - WINDOW) >= (1 - SETTLE) * medianOfWindow(size - 2 * WINDOW);
        }

        /** Operations per entry that make up the shortest entry by its recent time per operation. */
        int batchFor(double minEntryNanos) {
            if (size == 0) {
                return 1;
            }
            double perOp = Math.max(1, size < WINDOW ? perOpNanos[size - 1] : medianOfWindow(size - WINDOW));
            return (int) Math.max(1, Math.min(MAX_BATCH, Math.ceil(minEntryNanos / perOp)));
        }

        /** Its warm-up; compilations summed over the entries where they could be read (a pool's first
         * entries wait for workers whose counters cannot be read until they have booted). */
        BlockTimes.Warmed summary(int jvms) {
            long sum = -1;
            for (int i = 0; i < size; i++) {
                if (compiled[i] >= 0) {
                    sum = Math.max(sum, 0) + compiled[i];
                }
            }
            return new BlockTimes.Warmed(size, nanos / 1e6, capHit, sum, jvms);
        }

        /** The median of the {@value #WINDOW} entries from {@code from}. */
        private double medianOfWindow(int from) {
            double[] window = new double[WINDOW];
            for (int i = 0; i < WINDOW; i++) {
                double v = perOpNanos[from + i];
                int j = i;
                for (; j > 0 && window[j - 1] > v; j--) {
                    window[j] = window[j - 1];
                }
                window[j] = v;
            }
            return window[WINDOW / 2];
        }
    }
}
