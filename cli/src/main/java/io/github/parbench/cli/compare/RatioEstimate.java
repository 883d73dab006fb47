package io.github.parbench.cli.compare;

/**
 * How the candidate's score relates to the baseline's: {@code ratio} = candidate / baseline (of the
 * geometric means of the samples, or their median ratio under the sign test), with its confidence
 * interval and the test's two-sided p-value.
 *
 * @param test what the test knows beyond the interval, for Holm's steps and the resolution; null when untested
 */
public record RatioEstimate(double ratio, double low, double high, double pValue, int baselineSamples,
                            int candidateSamples, LogChangeTest test) {

    /** A point estimate without a test (too few samples). */
    static RatioEstimate untested(double ratio, int baselineSamples, int candidateSamples) {
        return new RatioEstimate(ratio, Double.NaN, Double.NaN, Double.NaN, baselineSamples, candidateSamples, null);
    }

    /** The smaller of the two sides' sample counts: what limits how much the test can say. */
    public int fewestSamples() {
        return Math.min(baselineSamples, candidateSamples);
    }

    /** Whether a test stands behind the ratio (so the run's family-wise step can test it). */
    boolean tested() {
        return test != null;
    }
}
