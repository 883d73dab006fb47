package io.github.parbench.cli.compare;

import io.github.parbench.cli.document.Numbers;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.Metric;
import java.util.Arrays;
import java.util.List;
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

    private static final String BAD_VALUE = "NaN, infinite, zero or negative";

    private final DecisionRule rule;
    private final Test test;
    private final String sampleName;

    RowJudge(DecisionRule rule, Test test, String sampleName) {
        this.rule = rule;
        this.test = test;
        this.sampleName = sampleName;
    }

    /**
     * @param candidateMetrics the candidate's metrics the samples came from (one, or one per round): a
     *                         NaN, zero or negative score or iteration in any of them means it is broken,
     *                         even where averaging would hide it
     */
    ComparisonRow judge(BenchmarkKey key, boolean higherIsBetter, String baselineUnit, String candidateUnit,
                        double[] baseline, double[] candidate, List<Metric> candidateMetrics, String baselineText,
                        String candidateText) {
        Optional<String> broken = brokenCandidate(candidateMetrics, candidate);
        if (broken.isPresent()) {
            return new ComparisonRow(key, baselineText, candidateText, Optional.empty(), Verdict.BROKEN, broken.get());
        }
        if (!baselineUnit.equals(candidateUnit)) {
            return unsure(key, baselineText, candidateText, Optional.empty(),
                    "units differ: " + baselineUnit + " vs " + candidateUnit);
        }
        if (!allPositive(baseline)) {
            return unsure(key, baselineText, candidateText, Optional.empty(), "a baseline sample is zero, negative or NaN");
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

    private static Optional<String> brokenCandidate(List<Metric> metrics, double[] samples) {
        if (!metrics.stream().allMatch(m -> isPositive(m.score()))) {
            return Optional.of("the candidate's score is " + BAD_VALUE);
        }
        boolean iterations = metrics.stream().flatMap(m -> m.forks().stream()).allMatch(RowJudge::allPositive);
        if (!iterations || !allPositive(samples)) {
            return Optional.of("the candidate's iterations include " + BAD_VALUE);
        }
        return Optional.empty();
    }

    /** The row of a benchmark the candidate does not have at all. */
    static ComparisonRow missing(BenchmarkKey key, String baselineText, String note) {
        return new ComparisonRow(key, baselineText, Numbers.NONE, Optional.empty(), Verdict.MISSING, note);
    }

    private static boolean allPositive(double[] samples) {
        return Arrays.stream(samples).allMatch(RowJudge::isPositive);
    }

    private static boolean isPositive(double value) {
        return value > 0 && Double.isFinite(value);
    }
}
