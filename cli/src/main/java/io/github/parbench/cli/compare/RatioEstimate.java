package io.github.parbench.cli.compare;

/**
 * How the candidate's score relates to the baseline's: {@code ratio} = candidate / baseline (of the
 * geometric means of the samples), with its confidence interval and the test's two-sided p-value.
 */
public record RatioEstimate(double ratio, double low, double high, double pValue, int baselineSamples,
                            int candidateSamples) {

    /** The smaller of the two sides' sample counts: what limits how much the test can say. */
    public int fewestSamples() {
        return Math.min(baselineSamples, candidateSamples);
    }
}
