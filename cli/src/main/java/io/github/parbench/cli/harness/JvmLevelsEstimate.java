package io.github.parbench.cli.harness;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The speedup of a contender over the baseline measured in several harness JVMs, each with its own
 * blocks: Kalibera and Jones's two-level design ("Rigorous Benchmarking in Reasonable Time", 2013),
 * harness JVM invocations above, blocks within each below.
 *
 * <p>Blocks inside one JVM share its JIT decisions, its workers and where the OS put them, so their
 * spread says nothing about how far the next JVM's figure lands: that is the between-JVM variance,
 * and only more JVMs measure it. Each JVM's mean log-ratio is therefore one sample; the grand mean is
 * their mean, and its interval is a Student t interval with (JVMs - 1) degrees of freedom over them,
 * formed on the log scale and mapped back as {@link SpeedupEstimate} does. With one JVM there is no
 * between-JVM sample and the interval is the blocks' ({@link SpeedupEstimate}), which covers only
 * block-to-block noise; {@link #method()} says which it is.
 *
 * <p>The variance components (log scale) say where more measuring pays: {@code within} is the pooled
 * block-to-block variance inside a JVM; {@code between} is what the JVM means vary by beyond what
 * their blocks explain ({@code var(JVM means) - within * mean(1 / blocks)}, floored at 0, Kalibera
 * and Jones's S&sup2; from T&sup2;). {@link #optimalBlocksPerJvm} turns them and the relative cost of
 * a JVM and a block into the blocks per JVM that minimise the variance for a given time.
 *
 * @param score      the geometric mean speedup (over the JVMs' geometric means)
 * @param low        the interval's lower end
 * @param high       the interval's upper end
 * @param confidence the interval's level
 * @param ratios     each JVM's per-block ratios T(baseline, b) / T(contender, b), in block order
 * @param within     the within-JVM (block-to-block) variance component of the log-ratio; NaN when no
 *                   JVM had 2 blocks
 * @param between    the between-JVM variance component of the log-ratio; NaN with one JVM
 */
public record JvmLevelsEstimate(double score, double low, double high, double confidence, List<double[]> ratios,
                                double within, double between) {

    public JvmLevelsEstimate {
        ratios = List.copyOf(ratios);
    }

    /**
     * @param baseline  per harness JVM, the baseline's time in each of its blocks
     * @param contender per harness JVM, the contender's time in the same blocks
     */
    public static JvmLevelsEstimate of(List<double[]> baseline, List<double[]> contender, double confidence) {
        if (baseline.isEmpty() || baseline.size() != contender.size()) {
            throw new IllegalArgumentException("harness JVMs differ: " + baseline.size() + " with baseline times, "
                    + contender.size() + " with contender times");
        }
        int jvms = baseline.size();
        SpeedupEstimate[] perJvm = new SpeedupEstimate[jvms];
        SummaryStatistics means = new SummaryStatistics();
        double pooledSquares = 0;
        int pooledDf = 0;
        double meanInverseBlocks = 0;
        for (int j = 0; j < jvms; j++) {
            try {
                perJvm[j] = SpeedupEstimate.of(baseline.get(j), contender.get(j), confidence);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(jvms == 1 ? e.getMessage() : "harness JVM " + (j + 1) + ": " + e.getMessage(), e);
            }
            SummaryStatistics logs = new SummaryStatistics();
            for (double r : perJvm[j].ratios()) {
                logs.addValue(Math.log(r));
            }
            means.addValue(logs.getMean());
            pooledSquares += logs.getVariance() * (logs.getN() - 1);
            pooledDf += (int) logs.getN() - 1;
            meanInverseBlocks += 1.0 / logs.getN() / jvms;
        }
        List<double[]> ratios = java.util.Arrays.stream(perJvm).map(SpeedupEstimate::ratios).toList();
        double within = pooledDf == 0 ? Double.NaN : pooledSquares / pooledDf;
        if (jvms == 1) {
            SpeedupEstimate one = perJvm[0];
            return new JvmLevelsEstimate(one.score(), one.low(), one.high(), confidence, ratios, within, Double.NaN);
        }
        double between = Math.max(0, means.getVariance() - within * meanInverseBlocks);
        double t = new TDistribution(jvms - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double halfWidth = t * means.getStandardDeviation() / Math.sqrt(jvms);
        double mean = means.getMean();
        return new JvmLevelsEstimate(Math.exp(mean), Math.exp(mean - halfWidth), Math.exp(mean + halfWidth), confidence,
                ratios, within, between);
    }

    /**
     * As {@link #of}, for a run that stopped on its own precision: with one harness JVM its interval
     * is the anytime-valid one the stop rule judged ({@link SpeedupEstimate#anytime}); over several,
     * each JVM's mean is one sample as always, and the interval is over the JVMs.
     */
    public static JvmLevelsEstimate stopped(List<double[]> baseline, List<double[]> contender, double confidence,
                                            int tunedForBlocks) {
        JvmLevelsEstimate levels = of(baseline, contender, confidence);
        if (levels.jvms() > 1) {
            return levels;
        }
        SpeedupEstimate anytime = SpeedupEstimate.anytime(baseline.get(0), contender.get(0), confidence, tunedForBlocks);
        return new JvmLevelsEstimate(anytime.score(), anytime.low(), anytime.high(), confidence, levels.ratios(),
                levels.within(), levels.between());
    }

    /** How many harness JVMs the estimate rests on. */
    public int jvms() {
        return ratios.size();
    }

    /** How the interval was formed, as results record it. */
    public String method() {
        return jvms() == 1 ? "t" : "t over " + jvms() + " harness JVMs";
    }

    /** True when the interval holds the value. */
    public boolean covers(double value) {
        return low <= value && value <= high;
    }

    /** Half the interval's width relative to the score: 0.05 is "about ±5%". */
    public double relativeHalfWidth() {
        return (high - low) / 2 / score;
    }

    /**
     * The blocks per JVM that give the narrowest interval for a given time (Kalibera and Jones):
     * {@code sqrt(jvmCost / blockCost * within / between)}, at least 1. Infinite when no between-JVM
     * variance was seen (one JVM with more blocks is then the better buy); NaN when a component is
     * unknown.
     *
     * @param jvmCost   what starting and warming one harness JVM costs, in any unit
     * @param blockCost what one block costs, in the same unit
     */
    public double optimalBlocksPerJvm(double jvmCost, double blockCost) {
        return optimalBlocksPerJvm(within, between, jvmCost, blockCost);
    }

    /** {@link #optimalBlocksPerJvm(double, double)} from recorded components (a result's {@code levels}). */
    public static double optimalBlocksPerJvm(double within, double between, double jvmCost, double blockCost) {
        if (Double.isNaN(within) || Double.isNaN(between) || !(jvmCost > 0 && blockCost > 0)) {
            return Double.NaN;
        }
        if (between == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(1, Math.ceil(Math.sqrt(jvmCost / blockCost * within / between)));
    }
}
