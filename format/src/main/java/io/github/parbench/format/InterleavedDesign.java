package io.github.parbench.format;

import java.util.List;

/**
 * The {@code interleaved} object of an interleaved harness's result: what reproduces the run, how
 * warm every side was, how precise the answer is, and what the report needs to set it beside JMH's
 * figures. Fields that older files lack read as "not recorded": -1, NaN or false.
 *
 * @param schedule       "interleaved", or "sequential" for the deliberately biased design
 * @param seed           the seed of the block order
 * @param warmupBlocks   untimed blocks before the measured ones (rounds of the steady-state warm-up)
 * @param blocks         measured blocks (per fork, for the CPython reference)
 * @param n              the problem size
 * @param suite          the simple name of the JMH suite of the same workload, e.g. CountdownScaling
 * @param confidence     the level of the speedup intervals, e.g. 0.95
 * @param contenders     how many configurations shared each block (0 when the file does not say)
 * @param batch          operations timed together in each entry (1: single operations)
 * @param minEntryMillis the entry length below which operations were batched (0 when the file does not say)
 * @param positions      where in each block this configuration ran (empty when the file does not say)
 * @param warmup         how this configuration was warmed (null when the file does not say)
 * @param compilationsDuringMeasurement JIT compilations that finished during this configuration's
 *                       measured entries, summed over every JVM it ran in (-1: not recorded)
 * @param precision      the precision asked for and reached (null when the file does not say)
 * @param levels         the harness JVMs the result combines and its variance components (null: one
 *                       harness JVM, or a file that does not say)
 */
public record InterleavedDesign(String schedule, long seed, int warmupBlocks, int blocks, long n, String suite,
                                double confidence, int contenders, int batch, double minEntryMillis,
                                List<Integer> positions, Warmup warmup, long compilationsDuringMeasurement,
                                Precision precision, Levels levels) {

    public InterleavedDesign {
        positions = List.copyOf(positions);
    }

    /** A design of one harness JVM. */
    public InterleavedDesign(String schedule, long seed, int warmupBlocks, int blocks, long n, String suite,
                             double confidence, int contenders, int batch, double minEntryMillis,
                             List<Integer> positions, Warmup warmup, long compilationsDuringMeasurement,
                             Precision precision) {
        this(schedule, seed, warmupBlocks, blocks, n, suite, confidence, contenders, batch, minEntryMillis, positions,
                warmup, compilationsDuringMeasurement, precision, null);
    }

    /** How many harness JVMs the result combines: 1 unless {@link #levels} says more. */
    public int jvms() {
        return levels == null ? 1 : levels.seeds().size();
    }

    /** A design as files before warm-up and precision were recorded describe it. */
    public InterleavedDesign(String schedule, long seed, int warmupBlocks, int blocks, long n, String suite,
                             double confidence, int contenders, int batch, double minEntryMillis,
                             List<Integer> positions) {
        this(schedule, seed, warmupBlocks, blocks, n, suite, confidence, contenders, batch, minEntryMillis, positions,
                null, -1, null, null);
    }

    /** A design that records only what the report needs (as the CPython reference writes it). */
    public InterleavedDesign(String schedule, long seed, int warmupBlocks, int blocks, long n, String suite,
                             double confidence) {
        this(schedule, seed, warmupBlocks, blocks, n, suite, confidence, 0, 1, 0, List.of());
    }

    /** Whether JIT compilations were seen finishing while this configuration was measured. */
    public boolean compiledDuringMeasurement() {
        return compilationsDuringMeasurement > 0;
    }

    /**
     * How a configuration was warmed before its measured blocks.
     *
     * @param rule         "steady state" (until its time settled and JIT compilation went quiet in
     *                     every JVM it runs in), or "blocks" (a fixed count)
     * @param entries      warm-up entries it ran
     * @param millis       time it spent in them
     * @param capHit       true when the warm-up's time cap ended the warm-up before this
     *                     configuration reached steady state
     * @param compilations JIT compilations that finished during its warm-up entries, summed over its
     *                     JVMs (-1: not recorded)
     * @param jvms         JVMs its compilations were counted in (the harness's, plus its workers)
     */
    public record Warmup(String rule, int entries, double millis, boolean capHit, long compilations, int jvms) {
    }

    /**
     * The precision asked for and reached.
     *
     * @param target          the half-width of the speedup interval relative to its estimate that
     *                        the run was to reach (NaN: none asked for, a fixed number of blocks)
     * @param reached         the half-width this configuration's interval reached
     * @param budgetExhausted true when the measuring budget, not the target, ended the run
     * @param interval        how the interval was formed, e.g. "t" or "confidence sequence"
     */
    public record Precision(double target, double reached, boolean budgetExhausted, String interval) {
    }

    /**
     * The two levels of a result measured in several harness JVMs (Kalibera and Jones): JVMs, each
     * with its own blocks. The variance components are of the speedup's log-ratio; with the costs
     * they give the blocks per JVM that buy the narrowest interval for the time.
     *
     * @param seeds            each harness JVM's block-order seed, in run order
     * @param blocks           each harness JVM's measured blocks
     * @param withinVariance   the block-to-block variance inside a JVM (NaN: not known)
     * @param betweenVariance  what the JVM means vary by beyond their blocks (NaN: not known)
     * @param jvmCostSeconds   what starting and warming one harness JVM took, on average
     * @param blockCostSeconds what one block took, on average
     */
    public record Levels(List<Long> seeds, List<Integer> blocks, double withinVariance, double betweenVariance,
                         double jvmCostSeconds, double blockCostSeconds) {

        public Levels {
            seeds = List.copyOf(seeds);
            blocks = List.copyOf(blocks);
        }
    }
}
