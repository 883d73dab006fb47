package io.github.parbench.cli.compare;

import io.github.parbench.format.BenchmarkKey;
import java.util.Optional;

/**
 * One benchmark found on both sides.
 *
 * @param key       the benchmark
 * @param baseline  how the baseline's score reads (score, error, unit)
 * @param candidate how the candidate's score reads
 * @param estimate  the ratio candidate / baseline with its CI; empty when it cannot be computed
 * @param verdict   the decision
 * @param note      why the verdict is unsure, when it is for a reason the numbers do not show; or empty
 */
public record ComparisonRow(BenchmarkKey key, String baseline, String candidate, Optional<RatioEstimate> estimate,
                            Verdict verdict, String note) {
}
