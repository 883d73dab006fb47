package io.github.parbench.cli.compare;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The tests compare uses, all on the log scale so that a change is a ratio (a 10% slowdown is
 * the same distance from 1 whether the benchmark takes 1 ms or 1 s) and run-time noise, which is
 * multiplicative, becomes additive.
 */
public final class LogRatioTests {

    public static final String WELCH = "Welch t-test on log per-fork means";
    public static final String PAIRED = "paired t-test on log(candidate/baseline) of each round";
    public static final String BLOCKS = "sign test on log(candidate/baseline) of each interleaved block (the median ratio,"
            + " with its distribution-free interval; with several harness JVMs, a t-test on their geometric means)";

    private LogRatioTests() {
    }

    /**
     * Two independent samples (per-fork means of two separate runs): Welch's t-test, which does not
     * assume both runs are equally noisy, with a CI on the ratio of geometric means.
     */
    public static RatioEstimate welch(double[] baseline, double[] candidate, double alpha) {
        double[] logBase = logs(baseline);
        double[] logCand = logs(candidate);
        double diff = StatUtils.mean(logCand) - StatUtils.mean(logBase);
        double varBase = StatUtils.variance(logBase);
        double varCand = StatUtils.variance(logCand);
        double se = Math.sqrt(varBase / logBase.length + varCand / logCand.length);
        if (se == 0) {
            return exact(diff, baseline.length, candidate.length, baseline.length + candidate.length - 2);
        }
        double df = new WelchTTest().degreesOfFreedom(varBase, varCand, logBase.length, logCand.length);
        double p = new TTest().tTest(logCand, logBase);
        return interval(diff, se, df, p, alpha, baseline.length, candidate.length);
    }

    /**
     * Paired samples (baseline and candidate fork of the same round): a one-sample t-test on the
     * within-round log ratios, so whatever slowed the machine down for the whole round cancels out.
     */
    public static RatioEstimate paired(double[] baseline, double[] candidate, double alpha) {
        if (baseline.length != candidate.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + baseline.length + " vs " + candidate.length);
        }
        double[] logRatios = new double[baseline.length];
        for (int i = 0; i < logRatios.length; i++) {
            logRatios[i] = Math.log(candidate[i]) - Math.log(baseline[i]);
        }
        return oneSample(logRatios, alpha);
    }

    /**
     * Ratios measured as such, each a sample of the run's level that varies most (the geometric means
     * of several harness JVMs' blocks): the same one-sample t-test on their logs.
     */
    public static RatioEstimate ratios(double[] ratios, double alpha) {
        return oneSample(logs(ratios), alpha);
    }

    /**
     * The blocks of one interleaved A/B experiment, candidate/baseline of each block's two entries of
     * a contender: the sign test ({@link LogChangeTest.Sign}), whose estimate is the median ratio and
     * whose interval lies between two order statistics. A t-test here would judge the mean, which the
     * blocks near x1.43 or /1.43 (an entry on the host's slower vCPU) move, and its sd, which they
     * inflate until a 5% change hides (docs/statistics.md, "How often it fails by chance").
     */
    public static RatioEstimate blocks(double[] ratios, double alpha) {
        LogChangeTest.Sign sign = new LogChangeTest.Sign(logs(ratios));
        int n = sign.n();
        double[] ends = sign.interval(alpha / 2);
        double median = sign.median();
        double p = Math.min(1.0, 2 * Math.min(sign.pBeyond(1, 0), sign.pBeyond(-1, 0)));
        return new RatioEstimate(Math.exp(median), Math.exp(ends[0]), Math.exp(ends[1]), p, n, n, sign);
    }

    private static RatioEstimate oneSample(double[] logRatios, double alpha) {
        int n = logRatios.length;
        double mean = StatUtils.mean(logRatios);
        double se = Math.sqrt(StatUtils.variance(logRatios) / n);
        if (se == 0) {
            return exact(mean, n, n, n - 1);
        }
        double p = new TTest().tTest(0.0, logRatios);
        return interval(mean, se, n - 1, p, alpha, n, n);
    }

    private static RatioEstimate interval(double logDiff, double se, double df, double p, double alpha,
                                          int nBase, int nCand) {
        // No random generator: only the quantile is needed, and seeding one per call is costly.
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - alpha / 2);
        return new RatioEstimate(Math.exp(logDiff), Math.exp(logDiff - t * se), Math.exp(logDiff + t * se), p, nBase, nCand,
                new LogChangeTest.T(logDiff, se, df));
    }

    /** No spread at all (identical samples): the difference is what it is, with certainty. */
    private static RatioEstimate exact(double logDiff, int nBase, int nCand, double df) {
        double ratio = Math.exp(logDiff);
        return new RatioEstimate(ratio, ratio, ratio, logDiff == 0 ? 1.0 : 0.0, nBase, nCand, new LogChangeTest.T(logDiff, 0.0, df));
    }

    static double[] logs(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }

    /** commons-math3 computes the Welch-Satterthwaite degrees of freedom but keeps the method protected. */
    private static final class WelchTTest extends TTest {
        double degreesOfFreedom(double v1, double v2, double n1, double n2) {
            return df(v1, v2, n1, n2);
        }
    }
}
