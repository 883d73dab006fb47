package io.github.parbench.cli.compare;

import io.github.parbench.cli.document.Numbers;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.Metric;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import java.util.Optional;

/**
 * Decides one benchmark on its own from its samples, whichever design and test produced them: checks
 * that the samples can be tested at all and says why when they cannot. The run's family-wise step
 * ({@link HolmStepDown}) comes after, over all rows.
 */
final class RowJudge {

    /** Either of the two-sample tests in {@link LogRatioTests}. */
    interface Test {
        RatioEstimate estimate(double[] baseline, double[] candidate, double alpha);
    }

    /** Either of the tests of ratios measured as such in {@link LogRatioTests}. */
    interface RatioTest {
        RatioEstimate estimate(double[] ratios, double alpha);
    }

    private static final String BAD_VALUE = "NaN, infinite, zero or negative";

    private final DecisionRule rule;
    private final Test test;
    private final Design design;

    RowJudge(DecisionRule rule, Test test, Design design) {
        this.rule = rule;
        this.test = test;
        this.design = design;
    }

    /** A judge of ratios measured as such ({@link #judgeRatios}), which needs no two-sample test. */
    static RowJudge ofRatios(DecisionRule rule, Design design) {
        return new RowJudge(rule, (baseline, candidate, alpha) -> {
            throw new IllegalStateException("a judge of ratios has no two-sample test");
        }, design);
    }

    /**
     * @param candidateMetrics the candidate's metrics the samples came from (one, or one per round): a
     *                         NaN, zero or negative score or iteration in any of them means it is broken,
     *                         even where averaging would hide it
     */
    ComparisonRow judge(BenchmarkKey key, boolean higherIsBetter, String baselineUnit, String candidateUnit,
                        double[] baseline, double[] candidate, List<Metric> candidateMetrics, String baselineText,
                        String candidateText) {
        Row row = new Row(key, higherIsBetter, baselineText, candidateText);
        Optional<String> broken = brokenCandidate(candidateMetrics, candidate);
        if (broken.isPresent()) {
            return row.of(Optional.empty(), Verdict.BROKEN, broken.get());
        }
        if (!baselineUnit.equals(candidateUnit)) {
            return row.unsure("units differ: " + baselineUnit + " vs " + candidateUnit);
        }
        if (!allPositive(baseline)) {
            return row.unsure("a baseline sample is zero, negative or NaN");
        }
        int fewest = Math.min(baseline.length, candidate.length);
        if (fewest == 0) {
            return row.unsure("no raw data");
        }
        if (fewest < 2) {
            double ratio = StatUtils.geometricMean(candidate) / StatUtils.geometricMean(baseline);
            return row.of(Optional.of(RatioEstimate.untested(ratio, baseline.length, candidate.length)), Verdict.UNSURE,
                    "1 " + singular(design.samples()) + " a side, need " + DecisionRule.MIN_SAMPLES);
        }
        return decided(row, test.estimate(baseline, candidate, rule.alpha()), fewest, design.samples());
    }

    /**
     * A row whose samples are ratios measured as such: an interleaved A/B contender's per-block
     * T(candidate) / T(baseline), or, over several harness JVMs, each JVM's geometric mean of them.
     * A ratio is a time ratio, so above 1 is slower whatever the mode.
     *
     * @param test       the test for these samples ({@link LogRatioTests#blocks}, {@link LogRatioTests#ratios})
     * @param sampleName what one sample is, in the plural ("blocks", "harness JVMs")
     */
    ComparisonRow judgeRatios(BenchmarkKey key, Metric baseline, Metric candidate, double[] ratios, RatioTest test,
                              String sampleName, String baselineText, String candidateText) {
        Row row = new Row(key, false, baselineText, candidateText);
        Optional<String> broken = brokenCandidate(List.of(candidate), new double[0]);
        if (broken.isPresent()) {
            return row.of(Optional.empty(), Verdict.BROKEN, broken.get());
        }
        if (!baseline.unit().equals(candidate.unit())) {
            return row.unsure("units differ: " + baseline.unit() + " vs " + candidate.unit());
        }
        if (!isPositive(baseline.score()) || !baseline.forks().stream().allMatch(RowJudge::allPositive)) {
            return row.unsure("a baseline time is zero, negative or NaN");
        }
        if (!allPositive(ratios)) {
            return row.of(Optional.empty(), Verdict.BROKEN, "a candidate/baseline ratio is " + BAD_VALUE);
        }
        if (ratios.length == 0) {
            return row.unsure("no candidate/baseline ratios");
        }
        if (ratios.length < 2) {
            return row.of(Optional.of(RatioEstimate.untested(ratios[0], 1, 1)), Verdict.UNSURE,
                    "1 " + singular(sampleName) + ", need " + DecisionRule.MIN_SAMPLES);
        }
        return decided(row, test.estimate(ratios, rule.alpha()), ratios.length, sampleName);
    }

    private ComparisonRow decided(Row row, RatioEstimate estimate, int fewest, String sampleName) {
        Verdict verdict = rule.decide(estimate, row.higherIsBetter());
        String note = estimate.fewestSamples() < DecisionRule.MIN_SAMPLES
                ? fewest + " " + sampleName + ", need " + DecisionRule.MIN_SAMPLES : "";
        return row.of(Optional.of(estimate), verdict, note);
    }

    /** What every row of one benchmark shares, whatever its verdict. */
    private final class Row {
        private final BenchmarkKey key;
        private final boolean higherIsBetter;
        private final String baselineText;
        private final String candidateText;

        Row(BenchmarkKey key, boolean higherIsBetter, String baselineText, String candidateText) {
            this.key = key;
            this.higherIsBetter = higherIsBetter;
            this.baselineText = baselineText;
            this.candidateText = candidateText;
        }

        boolean higherIsBetter() {
            return higherIsBetter;
        }

        ComparisonRow of(Optional<RatioEstimate> estimate, Verdict verdict, String note) {
            return new ComparisonRow(key, design, higherIsBetter, baselineText, candidateText, estimate, verdict, note);
        }

        ComparisonRow unsure(String note) {
            return of(Optional.empty(), Verdict.UNSURE, note);
        }
    }

    private static String singular(String plural) {
        return plural.replaceAll("s$", "");
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
    static ComparisonRow missing(BenchmarkKey key, Design design, boolean higherIsBetter, String baselineText, String note) {
        return new ComparisonRow(key, design, higherIsBetter, baselineText, Numbers.NONE, Optional.empty(), Verdict.MISSING,
                note);
    }

    private static boolean allPositive(double[] samples) {
        return Arrays.stream(samples).allMatch(RowJudge::isPositive);
    }

    private static boolean isPositive(double value) {
        return value > 0 && Double.isFinite(value);
    }
}
