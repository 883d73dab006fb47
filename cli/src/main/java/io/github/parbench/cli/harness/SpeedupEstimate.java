package io.github.parbench.cli.harness;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The speedup of a contender over the baseline from paired per-block times: the geometric mean of
 * the per-block ratios {@code T(baseline, b) / T(contender, b)}, with a Student-t interval over the
 * blocks computed on the log scale and mapped back, so it is a ratio's interval (asymmetric, never
 * below zero) rather than a mean's.
 *
 * @param score      the geometric mean of the ratios
 * @param low        the interval's lower end
 * @param high       the interval's upper end
 * @param confidence the interval's level, e.g. 0.95
 * @param ratios     the per-block ratios, in block order
 */
public record SpeedupEstimate(double score, double low, double high, double confidence, double[] ratios) {

    /**
     * @param baseline  the baseline's time in each block
     * @param contender the contender's time in the same blocks
     */
    public static SpeedupEstimate of(double[] baseline, double[] contender, double confidence) {
        if (baseline.length != contender.length) {
            throw new IllegalArgumentException("blocks differ: " + baseline.length + " baseline times, "
                    + contender.length + " contender times");
        }
        if (baseline.length < 2) {
            throw new IllegalArgumentException("an interval needs at least 2 blocks, had " + baseline.length);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        double[] ratios = new double[baseline.length];
        SummaryStatistics logs = new SummaryStatistics();
        for (int b = 0; b < ratios.length; b++) {
            if (!(baseline[b] > 0 && contender[b] > 0)) {
                throw new IllegalArgumentException("block " + b + " has a time that is not positive: baseline "
                        + baseline[b] + ", contender " + contender[b]);
            }
            ratios[b] = baseline[b] / contender[b];
            logs.addValue(Math.log(ratios[b]));
        }
        int n = ratios.length;
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double halfWidth = t * logs.getStandardDeviation() / Math.sqrt(n);
        double mean = logs.getMean();
        return new SpeedupEstimate(Math.exp(mean), Math.exp(mean - halfWidth), Math.exp(mean + halfWidth), confidence,
                ratios);
    }

    /**
     * As {@link #of}, with the anytime-valid interval that a run which stopped on its own precision
     * reports: an asymptotic confidence sequence (Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas,
     * 2021, Theorem 2.2), which holds the truth at every block count at once, so a stop chosen by
     * looking at it costs no coverage. It is the interval the harness's precision rule judged
     * ({@code PrecisionRule} in benchmarks.jar says why a t interval would not do there;
     * {@code AnytimeIntervalContractTest} checks that the two compute the same width).
     *
     * @param tunedForBlocks the block count the sequence is narrowest at (the harness log says which)
     */
    public static SpeedupEstimate anytime(double[] baseline, double[] contender, double confidence, int tunedForBlocks) {
        SpeedupEstimate t = of(baseline, contender, confidence);
        SummaryStatistics logs = new SummaryStatistics();
        for (double ratio : t.ratios) {
            logs.addValue(Math.log(ratio));
        }
        double halfWidth = anytimeLogHalfWidth(logs.getStandardDeviation(), t.ratios.length, 1 - confidence,
                tunedForBlocks);
        double mean = logs.getMean();
        return new SpeedupEstimate(Math.exp(mean), Math.exp(mean - halfWidth), Math.exp(mean + halfWidth), confidence,
                t.ratios);
    }

    /** The confidence sequence's half-width on the log scale, for a spread {@code sd} over {@code n} blocks. */
    static double anytimeLogHalfWidth(double sd, long n, double alpha, int tunedForBlocks) {
        double rho2 = (-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / tunedForBlocks;
        double nr = n * rho2;
        return sd * Math.sqrt(2 * (nr + 1) / ((double) n * n * rho2) * Math.log(Math.sqrt(nr + 1) / alpha));
    }

    /** True when the interval holds the value (for the A/A control: holds 1.0). */
    public boolean covers(double value) {
        return low <= value && value <= high;
    }

    /** Half the interval's width relative to the score: 0.05 is "about ±5%". */
    public double relativeHalfWidth() {
        return (high - low) / 2 / score;
    }
}
