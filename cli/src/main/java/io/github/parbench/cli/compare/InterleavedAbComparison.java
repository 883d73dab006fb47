package io.github.parbench.cli.compare;

import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.InterleavedAb;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Judges interleaved A/B rows: each contender of both builds timed in the same blocks, so the
 * per-block ratio T(candidate) / T(baseline) is a paired sample that whatever slowed that block down
 * cancels from. With one harness JVM the blocks are the samples, judged by the sign test (their
 * tails are heavy: {@link LogChangeTest.Sign}). With several, each JVM's geometric
 * mean ratio is one sample: blocks inside one JVM share its JIT decisions and its workers, so between
 * JVMs is where the variance the next run sees lives (Kalibera and Jones's two levels, balanced: the
 * variance of the grand mean is that of the JVM means over their count).
 */
final class InterleavedAbComparison {

    /** A contender's rows, its key without the build param. */
    record Rows(List<ComparisonRow> rows, List<BenchmarkKey> onlyCandidate) {
    }

    private InterleavedAbComparison() {
    }

    static Rows compare(List<JmhResult> results, DecisionRule rule) {
        Map<BenchmarkKey, JmhResult[]> byContender = new TreeMap<>();
        for (JmhResult result : results) {
            int side = InterleavedAb.BASELINE.equals(result.key().params().get(InterleavedAb.BUILD)) ? 0 : 1;
            byContender.computeIfAbsent(contender(result.key()), k -> new JmhResult[2])[side] = result;
        }
        RowJudge judge = RowJudge.ofRatios(rule, Design.INTERLEAVED);
        List<ComparisonRow> rows = new ArrayList<>();
        List<BenchmarkKey> onlyCandidate = new ArrayList<>();
        for (Map.Entry<BenchmarkKey, JmhResult[]> entry : byContender.entrySet()) {
            JmhResult base = entry.getValue()[0];
            JmhResult cand = entry.getValue()[1];
            if (base == null) {
                onlyCandidate.add(entry.getKey());
            } else if (cand == null) {
                rows.add(RowJudge.missing(entry.getKey(), Design.INTERLEAVED, false, ScoreText.ofBlocks(base.primary()),
                        "not in the candidate's blocks"));
            } else {
                Metric ratios = cand.secondary().get(InterleavedAb.RATIO);
                boolean severalJvms = ratios.forks().size() > 1;
                rows.add(judge.judgeRatios(entry.getKey(), base.primary(), cand.primary(), samples(ratios),
                        severalJvms ? LogRatioTests::ratios : LogRatioTests::blocks, severalJvms ? "harness JVMs" : "blocks",
                        ScoreText.ofBlocks(base.primary()), ScoreText.ofBlocks(cand.primary())));
            }
        }
        return new Rows(rows, onlyCandidate);
    }

    /** The blocks' ratios of one harness JVM, or each JVM's geometric mean ratio when there are several. */
    private static double[] samples(Metric ratios) {
        List<double[]> jvms = ratios.forks().stream().filter(blocks -> blocks.length > 0).toList();
        if (jvms.size() == 1) {
            return jvms.get(0).clone();
        }
        return jvms.stream().mapToDouble(StatUtils::geometricMean).toArray();
    }

    private static BenchmarkKey contender(BenchmarkKey key) {
        Map<String, String> params = new TreeMap<>(key.params());
        params.remove(InterleavedAb.BUILD);
        return BenchmarkKey.of(key.benchmark(), key.mode(), params);
    }
}
