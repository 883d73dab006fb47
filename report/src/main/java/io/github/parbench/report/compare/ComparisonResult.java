package io.github.parbench.report.compare;

import io.github.parbench.report.input.BenchmarkKey;
import java.util.List;

/**
 * The outcome of comparing a baseline with a candidate.
 *
 * @param baselineName  what the baseline was (a path, or a paired run's label)
 * @param candidateName what the candidate was
 * @param test          the named test, for the reader
 * @param samples       what the independent samples were ("forks", "rounds")
 * @param rule          the decision rule used
 * @param rows          benchmarks on both sides
 * @param onlyBaseline  benchmarks only the baseline has
 * @param onlyCandidate benchmarks only the candidate has
 * @param notes         anything else the reader should know (left-out files, ...)
 */
public record ComparisonResult(String baselineName, String candidateName, String test, String samples,
                               DecisionRule rule, List<ComparisonRow> rows, List<BenchmarkKey> onlyBaseline,
                               List<BenchmarkKey> onlyCandidate, List<String> notes) {

    public ComparisonResult {
        rows = List.copyOf(rows);
        onlyBaseline = List.copyOf(onlyBaseline);
        onlyCandidate = List.copyOf(onlyCandidate);
        notes = List.copyOf(notes);
    }

    public long count(Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** True when any benchmark got worse: the CI job fails. */
    public boolean regressed() {
        return count(Verdict.SLOWER) > 0;
    }
}
