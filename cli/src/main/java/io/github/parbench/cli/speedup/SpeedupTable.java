package io.github.parbench.cli.speedup;

import io.github.parbench.cli.harness.JvmLevelsEstimate;
import io.github.parbench.format.InterleavedDesign;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One interleaved experiment: a workload at one size, on the JVM or on CPython, every contender's
 * speedup, and SERIAL's and its twin's time in every block (the drift the design had to survive).
 *
 * @param cpython     true for the CPython reference
 * @param workload    countdown, sqrt
 * @param size        large, small or an explicit n
 * @param design      seed, blocks, n, the JMH suite of the same workload
 * @param rows        every contender, SERIAL first, the twin second
 * @param serialBlocks SERIAL's time per block, in run order (forks one after another)
 * @param twinBlocks  the twin's, likewise
 * @param blockTimes  each contender's time in each block, one array per harness JVM (or fork), keyed
 *                    by {@link #label(String, int)}; the blocks of one array are the same blocks for
 *                    every contender, which is what lets two of them be compared block by block
 */
public record SpeedupTable(boolean cpython, String workload, String size, InterleavedDesign design,
                           List<SpeedupRow> rows, double[] serialBlocks, double[] twinBlocks,
                           Map<String, List<double[]>> blockTimes) {

    public static final String TWIN = "SERIAL_TWIN";
    /** THREAD_POOL's identical twin: the A/A control that uses both cores. */
    public static final String TWO_CORE_TWIN = "THREAD_POOL_TWIN";
    /** The model {@link #TWO_CORE_TWIN} is a twin of. */
    public static final String TWO_CORE_ORIGINAL = "THREAD_POOL";

    public SpeedupTable {
        blockTimes = Map.copyOf(blockTimes);
    }

    /** A table whose contenders' per-block times are not at hand. */
    public SpeedupTable(boolean cpython, String workload, String size, InterleavedDesign design, List<SpeedupRow> rows,
                        double[] serialBlocks, double[] twinBlocks) {
        this(cpython, workload, size, design, rows, serialBlocks, twinBlocks, Map.of());
    }

    /** "THREADS x2": how {@link #blockTimes} names a contender. */
    public static String label(String model, int workers) {
        return model + " x" + workers;
    }

    /** Whether a model is an A/A control rather than a model of the lecture: SERIAL's or THREAD_POOL's twin. */
    public static boolean isControl(String model) {
        return TWIN.equals(model) || TWO_CORE_TWIN.equals(model);
    }

    /** THREAD_POOL's twin, the two-core A/A control, when the run measured it. */
    public Optional<SpeedupRow> twoCoreTwin() {
        return rows.stream().filter(r -> TWO_CORE_TWIN.equals(r.model())).findFirst();
    }

    /**
     * The two-core A/A control: T(THREAD_POOL, b) / T(THREAD_POOL_TWIN, b) in the same blocks, as
     * SERIAL_TWIN's is T(SERIAL, b) / T(SERIAL_TWIN, b). Its interval should cover 1.0.
     */
    public Optional<JvmLevelsEstimate> twoCoreControl() {
        return twoCoreTwin().flatMap(twin -> speedupOf(TWO_CORE_TWIN, twin.workers(), TWO_CORE_ORIGINAL, twin.workers()));
    }

    /**
     * How much faster {@code model} x{@code workers} ran than {@code other} x{@code otherWorkers} in
     * the same blocks: the geometric mean of T(other, b) / T(model, b) with its interval (over the
     * harness JVMs when there are several). Empty when either's block times are not at hand.
     */
    public Optional<JvmLevelsEstimate> speedupOf(String model, int workers, String other, int otherWorkers) {
        List<double[]> mine = blockTimes.get(label(model, workers));
        List<double[]> theirs = blockTimes.get(label(other, otherWorkers));
        if (mine == null || theirs == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JvmLevelsEstimate.of(theirs, mine, design.confidence()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // blocks that do not pair up (too few, or a time that is not positive)
        }
    }

    public String title() {
        return workload + ", " + size + " (n = " + NumberFormat.getIntegerInstance(Locale.ROOT).format(design.n()) + ")"
                + (cpython ? ", CPython" : "");
    }

    public Optional<SpeedupRow> twin() {
        return rows.stream().filter(r -> TWIN.equals(r.model())).findFirst();
    }

    /**
     * The smallest difference this experiment can see: the A/A control's interval half-width,
     * relative to its estimate. Empty without a control.
     */
    public OptionalDouble resolution() {
        return twin().map(t -> OptionalDouble.of(t.relativeHalfWidth())).orElse(OptionalDouble.empty());
    }

    /** The row of a model at k workers, when the run measured it. */
    public Optional<SpeedupRow> row(String model, int workers) {
        return rows.stream().filter(r -> r.model().equals(model) && r.workers() == workers).findFirst();
    }
}
