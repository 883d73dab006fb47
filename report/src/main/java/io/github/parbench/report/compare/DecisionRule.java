package io.github.parbench.report.compare;

import io.github.parbench.report.document.Numbers;

/**
 * Turns an estimate into a verdict. A change counts only when the test finds it (p &lt; alpha) AND it
 * is at least the minimum effect: with many benchmarks a tiny but real change would otherwise fail CI
 * for nothing, and a large change the data cannot confirm would be a guess.
 *
 * <ul>
 *   <li>fewer than {@link #MIN_SAMPLES} independent samples a side: unsure, never a guess;</li>
 *   <li>significant and worse by at least the threshold: slower (faster: the mirror image);</li>
 *   <li>the whole confidence interval inside +-threshold: same (an equivalence test: the data show
 *       that any change is smaller than the threshold);</li>
 *   <li>otherwise the data cannot tell: unsure.</li>
 * </ul>
 * "Worse" follows JMH's direction: throughput is better higher, time per operation lower.
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
        double logWorse = higherIsBetter ? -Math.log(estimate.ratio()) : Math.log(estimate.ratio());
        double limit = Math.log1p(threshold);
        boolean significant = estimate.pValue() < alpha;
        if (significant && logWorse >= limit) {
            return Verdict.SLOWER;
        }
        if (significant && logWorse <= -limit) {
            return Verdict.FASTER;
        }
        if (Math.abs(Math.log(estimate.low())) < limit && Math.abs(Math.log(estimate.high())) < limit) {
            return Verdict.SAME;
        }
        return Verdict.UNSURE;
    }

    /** {@code 95%}: the CI level this rule's alpha gives. */
    public String confidenceText() {
        return Numbers.percent(1 - alpha, 0);
    }
}
