package io.github.parbench.report.compare;

import io.github.parbench.report.input.BenchmarkKey;
import java.util.Arrays;
import org.apache.commons.math3.stat.StatUtils;
import java.util.Optional;

/**
 * Decides one benchmark from its two sets of independent samples, whichever test produced them: checks
 * that the samples can be tested at all and says why when they cannot.
 */
final class RowJudge {

    /** Either of the two tests in {@link LogRatioTests}. */
    interface Test {
        RatioEstimate estimate(double[] baseline, double[] candidate, double alpha);
    }

    private final DecisionRule rule;
    private final Test test;
    private final String sampleName;

    RowJudge(DecisionRule rule, Test test, String sampleName) {
        this.rule = rule;
        this.test = test;
        this.sampleName = sampleName;
    }

    ComparisonRow judge(BenchmarkKey key, boolean higherIsBetter, String baselineUnit, String candidateUnit,
                        double[] baseline, double[] candidate, String baselineText, String candidateText) {
        if (!baselineUnit.equals(candidateUnit)) {
            return unsure(key, baselineText, candidateText, Optional.empty(),
                    "units differ: " + baselineUnit + " vs " + candidateUnit);
        }
        if (!allPositive(baseline) || !allPositive(candidate)) {
            return unsure(key, baselineText, candidateText, Optional.empty(), "a sample is zero, negative or NaN");
        }
        int fewest = Math.min(baseline.length, candidate.length);
        if (fewest == 0) {
            return unsure(key, baselineText, candidateText, Optional.empty(), "no raw data");
        }
        if (fewest < 2) {
            double ratio = StatUtils.geometricMean(candidate) / StatUtils.geometricMean(baseline);
            return unsure(key, baselineText, candidateText,
                    Optional.of(new RatioEstimate(ratio, Double.NaN, Double.NaN, Double.NaN, baseline.length, candidate.length)),
                    "1 " + sampleName.replaceAll("s$", "") + " a side, need " + DecisionRule.MIN_SAMPLES);
        }
        RatioEstimate estimate = test.estimate(baseline, candidate, rule.alpha());
        Verdict verdict = rule.decide(estimate, higherIsBetter);
        String note = estimate.fewestSamples() < DecisionRule.MIN_SAMPLES
                ? fewest + " " + sampleName + ", need " + DecisionRule.MIN_SAMPLES : "";
        return new ComparisonRow(key, baselineText, candidateText, Optional.of(estimate), verdict, note);
    }

    private static ComparisonRow unsure(BenchmarkKey key, String baselineText, String candidateText,
                                        Optional<RatioEstimate> estimate, String note) {
        return new ComparisonRow(key, baselineText, candidateText, estimate, Verdict.UNSURE, note);
    }

    private static boolean allPositive(double[] samples) {
        return Arrays.stream(samples).allMatch(v -> v > 0 && Double.isFinite(v));
    }
}
