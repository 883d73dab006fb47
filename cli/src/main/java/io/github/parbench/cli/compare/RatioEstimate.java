package io.github.parbench.cli.compare;

/**
 * How the candidate's score relates to the baseline's: {@code ratio} = candidate / baseline (of the
 * geometric means of the samples), with its confidence interval and the test's two-sided p-value.
 *
 * @param logSe standard error of log(ratio); 0 when the samples had no spread, NaN when untested
 * @param df    the t-distribution's degrees of freedom behind the interval; NaN when untested
 */
public record RatioEstimate(double ratio, double low, double high, double pValue, int baselineSamples,
                            int candidateSamples, double logSe, double df) {

    /** A point estimate without a test (too few samples). */
    static RatioEstimate untested(double ratio, int baselineSamples, int candidateSamples) {
        return new RatioEstimate(ratio, Double.NaN, Double.NaN, Double.NaN, baselineSamples, candidateSamples,
                Double.NaN, Double.NaN);
    }

    /** The smaller of the two sides' sample counts: what limits how much the test can say. */
    public int fewestSamples() {
        return Math.min(baselineSamples, candidateSamples);
    }

    /** Whether a t interval stands behind the ratio (so the run's family-wise step can test it). */
    boolean tested() {
        return !Double.isNaN(logSe) && !Double.isNaN(df);
    }
}
