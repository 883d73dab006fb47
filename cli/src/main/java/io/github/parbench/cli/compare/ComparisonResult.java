package io.github.parbench.cli.compare;

import io.github.parbench.format.BenchmarkKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The outcome of comparing a baseline with a candidate.
 *
 * @param baselineName   what the baseline was (a path, or a paired run's label)
 * @param candidateName  what the candidate was
 * @param test           the named test (or tests, one per design), for the reader
 * @param samples        what the independent samples were ("forks", "rounds", "rounds or blocks")
 * @param rule           the decision rule used
 * @param rows           every benchmark of the baseline, those the candidate lacks as {@link Verdict#MISSING},
 *                       after the run's family-wise step ({@link HolmStepDown})
 * @param onlyCandidate  benchmarks only the candidate has
 * @param notes          anything else the reader should know (left-out files, ...)
 * @param missingAllowed whether benchmarks missing from the candidate were declared intended (--allow-missing)
 */
public record ComparisonResult(String baselineName, String candidateName, String test, String samples,
                               DecisionRule rule, List<ComparisonRow> rows, List<BenchmarkKey> onlyCandidate,
                               List<String> notes, boolean missingAllowed) {

    public ComparisonResult {
        rows = List.copyOf(rows);
        onlyCandidate = List.copyOf(onlyCandidate);
        notes = List.copyOf(notes);
    }

    /** The same result, with missing benchmarks no longer counted as a failure. */
    public ComparisonResult allowingMissing() {
        return new ComparisonResult(baselineName, candidateName, test, samples, rule, rows, onlyCandidate, notes, true);
    }

    public long count(Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** The rows the family-wise step tested: those that could have been called slower or faster. */
    public long tested() {
        return HolmStepDown.tested(rows);
    }

    /**
     * The chance, at most, that an unchanged build fails this comparison because noise made a row
     * look slower (under the tests' assumptions): alpha/2 for the whole run, whatever its size.
     */
    public double falseFailBound() {
        return rule.alpha() / 2;
    }

    /**
     * The smallest change, as a fraction, the row could call slower or faster were it the only one
     * changed in this run (so tested at Holm's strictest step, alpha/2 over the rows tested); NaN when
     * it cannot call any. Computed when asked: a quantile search per row is not free.
     */
    public double resolution(ComparisonRow row) {
        if (!HolmStepDown.isTested(row)) {
            return Double.NaN;
        }
        return rule.resolution(row.estimate().orElseThrow(), rule.alpha() / (2.0 * tested()));
    }

    /** The rows' resolutions, of those that have one. */
    public double[] resolutions() {
        return rows.stream().mapToDouble(this::resolution).filter(Double::isFinite).toArray();
    }

    /** The median of the rows' resolutions; NaN when no row has one. */
    public double medianResolution() {
        double[] all = resolutions();
        return all.length == 0 ? Double.NaN : StatUtils.percentile(all, 50);
    }

    /** The benchmarks both sides have, whatever their verdict. */
    public long compared() {
        return rows.size() - count(Verdict.MISSING);
    }

    /** What makes the CI job fail, e.g. {@code ["2 slower", "1 missing"]}; empty when it passes. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (Verdict verdict : List.of(Verdict.SLOWER, Verdict.BROKEN, Verdict.MISSING)) {
            long n = count(verdict);
            if (n > 0 && !(verdict == Verdict.MISSING && missingAllowed)) {
                failures.add(n + " " + verdict.label());
            }
        }
        return failures;
    }

    /** True when the candidate got slower, broke, or lost a benchmark it was not allowed to lose. */
    public boolean failed() {
        return !failures().isEmpty();
    }
}
