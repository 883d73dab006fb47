package io.github.parbench.jmh.interleaved;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * When an adaptive run has measured enough: every contender's speedup interval is at most
 * {@code target} wide on either side, relative to its estimate.
 *
 * <p><b>Why not the t interval.</b> A run that stops once its intervals are narrow enough picks its
 * own sample size from the data. On a bimodal machine (a second vCPU at 58% speed in some blocks)
 * the spread of the log-ratios falls when fewer slow blocks were drawn, which is exactly when the
 * estimate is high: stopping on a narrow t interval then stops on a high estimate, and the stopped
 * 95% t intervals held the true speedup in only 91.5% of 400 simulated runs (the CLI's
 * {@code StoppedIntervalsCoverTest}). So the rule, and the intervals an adaptive run reports, use an
 * asymptotic confidence sequence (Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas, "Time-uniform
 * central limit theory and asymptotic confidence sequences", 2021, Theorem 2.2): an interval that
 * holds the truth at every block count at once, with the stated probability, so stopping whenever it
 * is narrow enough costs no coverage. On the log scale of the per-block ratios
 * {@code ln(T(SERIAL, b) / T(contender, b))} its half-width after n blocks is
 * <pre>  sd * sqrt( 2 (n rho^2 + 1) / (n^2 rho^2) * ln( sqrt(n rho^2 + 1) / alpha ) )</pre>
 * with {@code rho} tuned to be narrowest near {@value #TUNED_FOR_BLOCKS} blocks; at that count it is
 * about 1.55 times a fixed-n 95% interval, the price of stopping when one likes. The CLI computes
 * the same interval from the block log ({@code SpeedupEstimate.anytime}); their agreement is tested.
 */
public final class PrecisionRule {

    /** The block count the confidence sequence is tuned to be narrowest at. */
    public static final int TUNED_FOR_BLOCKS = 100;

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
        return Math.sinh(logHalfWidth(logs.getStandardDeviation(), blocks, 1 - confidence));
    }

    /** The confidence sequence's half-width on the log scale, for a spread {@code sd} over {@code n} blocks. */
    public static double logHalfWidth(double sd, long n, double alpha) {
        double rho2 = (-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / TUNED_FOR_BLOCKS;
        double nr = n * rho2;
        return sd * Math.sqrt(2 * (nr + 1) / ((double) n * n * rho2) * Math.log(Math.sqrt(nr + 1) / alpha));
    }
}
