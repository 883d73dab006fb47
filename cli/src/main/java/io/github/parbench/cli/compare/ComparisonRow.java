package io.github.parbench.cli.compare;

import io.github.parbench.format.BenchmarkKey;
import java.util.Optional;

/**
 * One benchmark found on both sides.
 *
 * @param key            the benchmark
 * @param design         where its samples came from
 * @param higherIsBetter the score's direction (thrpt); false for times and for time ratios
 * @param baseline       how the baseline's score reads (score, error, unit)
 * @param candidate      how the candidate's score reads
 * @param estimate       the ratio candidate / baseline with its CI; empty when it cannot be computed
 * @param verdict        the decision
 * @param note           why the verdict is unsure, when it is for a reason the numbers do not show; or empty
 */
public record ComparisonRow(BenchmarkKey key, Design design, boolean higherIsBetter, String baseline, String candidate,
                            Optional<RatioEstimate> estimate, Verdict verdict, String note) {

    /** The same row with the run's family-wise step applied: its verdict and note. */
    ComparisonRow after(Verdict newVerdict, String newNote) {
        return new ComparisonRow(key, design, higherIsBetter, baseline, candidate, estimate, newVerdict, newNote);
    }
}
