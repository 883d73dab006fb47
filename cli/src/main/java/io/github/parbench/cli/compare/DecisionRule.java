package io.github.parbench.cli.compare;

import io.github.parbench.cli.document.Numbers;

/**
 * Turns an estimate into a verdict. The threshold is the smallest change worth failing CI for, so a
 * change counts only when the data show it is large, not merely that it is real:
 *
 * <ul>
 *   <li>fewer than {@link #MIN_SAMPLES} independent samples a side: unsure, never a guess;</li>
 *   <li>slower: the estimate is worse by at least the threshold AND the confidence interval's near end
 *       is worse by more than half the threshold (a one-sided test against a change of threshold/2 at
 *       level alpha/2, so it also implies p &lt; alpha). Without the second condition, a 2% change
 *       measured with 5% noise would often be called a 5% regression. Faster: the mirror image;</li>
 *   <li>same: the whole confidence interval lies within +-threshold (an equivalence test);</li>
 *   <li>otherwise the data cannot tell: unsure.</li>
 * </ul>
 * That is the rule for one row. A run of many rows applies it through {@link HolmStepDown}, so that
 * the chance that an unchanged build has any row called slower stays at most alpha/2.
 * All of it on the log scale, so +5% and its mirror 1/1.05 are equally far from "no change". "Worse"
 * follows JMH's direction: throughput is better higher, time per operation lower.
 *
 * @param threshold minimum effect as a fraction (0.05 = 5%), applied symmetrically on the log scale
 * @param alpha     significance level of the two-sided test (the CI is 1 - alpha)
 */
public record DecisionRule(double threshold, double alpha) {

    public static final int MIN_SAMPLES = 3;
    public static final double DEFAULT_THRESHOLD = 0.05;
    public static final double DEFAULT_ALPHA = 0.05;

    public DecisionRule {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a non-negative percentage, was " + threshold * 100 + "%");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, was " + alpha);
        }
    }

    public static DecisionRule defaults() {
        return new DecisionRule(DEFAULT_THRESHOLD, DEFAULT_ALPHA);
    }

    public Verdict decide(RatioEstimate estimate, boolean higherIsBetter) {
        if (estimate.fewestSamples() < MIN_SAMPLES || !Double.isFinite(estimate.ratio()) || estimate.ratio() <= 0) {
            return Verdict.UNSURE;
        }
        double sign = higherIsBetter ? -1 : 1;
        double logWorse = sign * Math.log(estimate.ratio());
        // The interval's end nearest to "no change", in the worse direction and in the better one.
        double nearWorse = Math.min(sign * Math.log(estimate.low()), sign * Math.log(estimate.high()));
        double nearBetter = Math.max(sign * Math.log(estimate.low()), sign * Math.log(estimate.high()));
        double limit = Math.log1p(threshold);
        if (logWorse >= limit && nearWorse > limit / 2) {
            return Verdict.SLOWER;
        }
        if (logWorse <= -limit && nearBetter < -limit / 2) {
            return Verdict.FASTER;
        }
        if (Math.abs(Math.log(estimate.low())) < limit && Math.abs(Math.log(estimate.high())) < limit) {
            return Verdict.SAME;
        }
        return Verdict.UNSURE;
    }

    /**
     * The one-sided p-value of "the change is at most half the threshold in the bad direction": the
     * test that the slower verdict's interval condition is, so that p &lt; alpha/2 exactly when the
     * interval's near end lies beyond threshold/2.
     */
    double pWorse(RatioEstimate estimate, boolean higherIsBetter) {
        return pBeyondHalf(estimate, higherIsBetter ? -1 : 1);
    }

    /** The mirror of {@link #pWorse}: the test behind the faster verdict. */
    double pBetter(RatioEstimate estimate, boolean higherIsBetter) {
        return pBeyondHalf(estimate, higherIsBetter ? 1 : -1);
    }

    private double pBeyondHalf(RatioEstimate estimate, double sign) {
        return estimate.test().pBeyond(sign, Math.log1p(threshold) / 2);
    }

    /**
     * The smallest change this row could call slower or faster when its one-sided test runs at
     * {@code oneSidedLevel} (alpha/2 for one row alone; Holm's first step divides it by the rows):
     * the threshold, or half of it plus the interval's half-width at that level, whichever is larger.
     */
    double resolution(RatioEstimate estimate, double oneSidedLevel) {
        double limit = Math.log1p(threshold);
        return Math.expm1(Math.max(limit, limit / 2 + estimate.test().halfWidth(oneSidedLevel)));
    }

    /** {@code 95%}, {@code 99.9%}: the CI level this rule's alpha gives, never rounded up to 100%. */
    public String confidenceText() {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(alpha) - 1e-9) - 2);
        return Numbers.percent(1 - alpha, decimals);
    }
}
