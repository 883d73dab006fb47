package io.github.parbench.cli.compare;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.JmhResult;
import io.github.parbench.cli.input.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two separate runs. Iterations inside one fork share that JVM's JIT decisions, so they are
 * not independent: the samples are the per-fork means.
 */
public final class UnpairedComparison {

    private UnpairedComparison() {
    }

    public static ComparisonResult compare(ResultSet baseline, ResultSet candidate, DecisionRule rule)
            throws BadInputException {
        RowJudge judge = new RowJudge(rule, LogRatioTests::welch, Design.UNPAIRED);
        List<ComparisonRow> rows = new ArrayList<>();
        for (JmhResult base : baseline.results().values()) {
            JmhResult cand = candidate.results().get(base.key());
            if (cand == null) {
                rows.add(RowJudge.missing(base.key(), Design.UNPAIRED, base.higherIsBetter(), ScoreText.of(base.primary()),
                        "not in the candidate"));
                continue;
            }
            rows.add(judge.judge(base.key(), base.higherIsBetter(), base.primary().unit(), cand.primary().unit(),
                    base.primary().forkMeans(), cand.primary().forkMeans(), List.of(cand.primary()),
                    ScoreText.of(base.primary()), ScoreText.of(cand.primary())));
        }
        List<BenchmarkKey> onlyCandidate = candidate.results().keySet().stream()
                .filter(k -> !baseline.results().containsKey(k)).toList();
        if (rows.stream().allMatch(r -> r.verdict() == Verdict.MISSING)) {
            throw new BadInputException(candidate.source(), "has no benchmark in common with " + baseline.source()
                    + " (same name, mode and params)");
        }
        return new ComparisonResult(baseline.source().toString(), candidate.source().toString(),
                LogRatioTests.WELCH, Design.UNPAIRED.samples(), rule, HolmStepDown.apply(rows, rule), onlyCandidate,
                List.of(), false);
    }
}
