package io.github.parbench.jmh.interleaved;

import io.github.parbench.workload.Workload;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs one workload of size n on every contender in blocks and keeps each operation's time.
 *
 * <p>Warm-up blocks come first and are always interleaved, so every contender's code (and every
 * worker JVM) is compiled before anything counts; then the measured blocks run in the order the
 * {@link Schedule} draws from the seeded RNG. Every operation's checksum is compared with serial's,
 * computed once on the calling thread before anything is timed: a model that drops or repeats a
 * part fails the experiment instead of looking fast.
 *
 * <p>An operation of a fraction of a millisecond is timed mostly by the scheduler's and the timer's
 * jitter, so a contender's entry in a block can be a batch: as many operations back to back as make
 * up {@code minEntryMillis} by the warm-up's timing (one, for anything slower). Its time is the
 * batch's mean per operation, and both sides of every ratio are still taken in the same block.
 *
 * <p>The clock is handed in, so a test can run the experiment against a simulated machine whose
 * speed drifts, with nothing real being timed.
 */
public final class BlockExperiment {

    /**
     * @param warmupBlocks untimed blocks first
     * @param blocks       measured blocks
     * @param seed           seeds the order of every block, warm-up included
     * @param schedule       interleaved (the real design) or sequential (the biased one, for contrast)
     * @param minEntryMillis a contender's entry in a block lasts at least this long (a batch of
     *                       operations), judged by the warm-up; 0 for one operation per entry
     */
    public record Settings(int warmupBlocks, int blocks, long seed, Schedule schedule, double minEntryMillis) {
        public Settings {
            if (warmupBlocks < 0 || blocks < 2) {
                throw new IllegalArgumentException("needs warm-up blocks >= 0 and blocks >= 2, was "
                        + warmupBlocks + " and " + blocks);
            }
            if (!(minEntryMillis >= 0) || minEntryMillis > 60_000) {
                throw new IllegalArgumentException("the shortest entry must be 0 to 60000 ms, was " + minEntryMillis);
            }
            if (minEntryMillis > 0 && warmupBlocks == 0) {
                throw new IllegalArgumentException("batching to a shortest entry needs at least one warm-up block to time");
            }
        }

        /** One operation per entry. */
        public Settings(int warmupBlocks, int blocks, long seed, Schedule schedule) {
            this(warmupBlocks, blocks, seed, schedule, 0);
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
        long expected = workload.run(0, n);
        Random rng = new Random(settings.seed());
        int count = contenders.size();
        long[] fastest = new long[count];
        java.util.Arrays.fill(fastest, Long.MAX_VALUE);
        for (Schedule.Slot slot : Schedule.INTERLEAVED.slots(count, settings.warmupBlocks(), rng)) {
            int c = slot.contender();
            fastest[c] = Math.min(fastest[c], timed(contenders.get(c), expected, 1));
        }
        int[] batch = new int[count];
        for (int c = 0; c < count; c++) {
            batch[c] = settings.minEntryMillis() == 0 ? 1
                    : (int) Math.max(1, Math.min(1_000_000, Math.ceil(settings.minEntryMillis() * 1e6 / Math.max(1, fastest[c]))));
        }
        double[][] millis = new double[count][settings.blocks()];
        int[][] positions = new int[count][settings.blocks()];
        int[] nextPosition = new int[settings.blocks()];
        int reportEvery = Math.max(1, settings.blocks() / 10);
        for (Schedule.Slot slot : settings.schedule().slots(count, settings.blocks(), rng)) {
            int c = slot.contender();
            int b = slot.block();
            millis[c][b] = timed(contenders.get(c), expected, batch[c]) / 1e6 / batch[c];
            positions[c][b] = nextPosition[b]++;
            boolean blockComplete = nextPosition[b] == count;
            if (blockComplete && (b + 1) % reportEvery == 0) {
                progress.accept(String.format("block %d/%d: %s %.3f ms", b + 1, settings.blocks(),
                        contenders.get(serial).label(), millis[serial][b]));
            }
        }
        return new BlockTimes(contenders.stream().map(Contender::model).toList(),
                contenders.stream().map(Contender::workers).toList(), millis, positions, batch, settings, n);
    }

    /** {@code times} operations back to back: their time in nanoseconds, every checksum checked. */
    private long timed(Contender contender, long expected, int times) {
        long[] checksums = new long[times];
        long start = nanoClock.getAsLong();
        for (int i = 0; i < times; i++) {
            checksums[i] = contender.exec().run(workload, n);
        }
        long elapsed = nanoClock.getAsLong() - start;
        for (long checksum : checksums) {
            if (checksum != expected) {
                throw new IllegalStateException(contender.label() + " on " + workload.name() + " (n = " + n
                        + ") returned checksum " + checksum + ", serial's is " + expected);
            }
        }
        return elapsed;
    }
}
