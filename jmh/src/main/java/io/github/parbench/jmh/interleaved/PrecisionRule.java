package io.github.parbench.jmh.interleaved;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * When an adaptive run has measured enough: every contender's speedup interval is at most
 * {@code target} wide on either side, relative to its estimate.
 *
 * <p>The interval is the one the parbench CLI reports (its {@code SpeedupEstimate}): a Student-t
 * interval over the blocks of {@code ln(T(SERIAL, b) / T(contender, b))}, mapped back, whose
 * relative half-width is {@code sinh(t * sd / sqrt(n))}. The rule looks at that width only, never at
 * the estimate, so it cannot stop on a lucky value; that the stopped intervals still cover as often
 * as they claim is shown by simulation (the CLI's {@code StoppedIntervalsCoverTest}).
 */
final class PrecisionRule {

    private final double target;
    private final double confidence;

    /**
     * @param target     e.g. 0.02 for ±2%
     * @param confidence the intervals' level, e.g. 0.95
     */
    PrecisionRule(double target, double confidence) {
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("the precision must be between 0 and 1 (0.02 is ±2%), was " + target);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("the confidence must be between 0 and 1, was " + confidence);
        }
        this.target = target;
        this.confidence = confidence;
    }

    double target() {
        return target;
    }

    double confidence() {
        return confidence;
    }

    /** The widest relative half-width over the contenders after {@code blocks} blocks (0 for serial itself). */
    double widest(double[][] millis, int serial, int blocks) {
        int[] against = new int[millis.length];
        java.util.Arrays.fill(against, serial);
        against[serial] = -1;
        return widest(millis, against, blocks);
    }

    /**
     * The widest relative half-width of the ratios of each contender c to contender
     * {@code against[c]} (skipping c where that is -1) after {@code blocks} blocks.
     */
    double widest(double[][] millis, int[] against, int blocks) {
        double widest = 0;
        for (int c = 0; c < millis.length; c++) {
            if (against[c] >= 0) {
                widest = Math.max(widest, halfWidth(millis[against[c]], millis[c], blocks));
            }
        }
        return widest;
    }

    boolean met(double[][] millis, int serial, int blocks) {
        return widest(millis, serial, blocks) <= target;
    }

    boolean met(double[][] millis, int[] against, int blocks) {
        return widest(millis, against, blocks) <= target;
    }

    /** The relative half-width of one contender's interval over its first {@code blocks} blocks. */
    double halfWidth(double[] serial, double[] contender, int blocks) {
        if (blocks < 2) {
            return Double.POSITIVE_INFINITY;
        }
        SummaryStatistics logs = new SummaryStatistics();
        for (int b = 0; b < blocks; b++) {
            logs.addValue(Math.log(serial[b] / contender[b]));
        }
        double t = new TDistribution(blocks - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return Math.sinh(t * logs.getStandardDeviation() / Math.sqrt(blocks));
    }
}
