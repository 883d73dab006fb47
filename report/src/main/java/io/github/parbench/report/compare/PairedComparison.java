package io.github.parbench.report.compare;

import io.github.parbench.report.input.BenchmarkKey;
import io.github.parbench.report.input.JmhResult;
import io.github.parbench.report.input.PairedRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the two builds of a paired run round by round: each round's baseline and candidate fork ran
 * back to back, so a machine that is slower for a while slows both, and their ratio stays honest.
 */
public final class PairedComparison {

    private PairedComparison() {
    }

    public static ComparisonResult compare(PairedRun run, DecisionRule rule) {
        Map<BenchmarkKey, List<JmhResult[]>> pairs = new TreeMap<>();
        Set<BenchmarkKey> onlyBaseline = new TreeSet<>();
        Set<BenchmarkKey> onlyCandidate = new TreeSet<>();
        for (PairedRun.Round round : run.rounds()) {
            for (JmhResult base : round.baseline().results().values()) {
                JmhResult cand = round.candidate().results().get(base.key());
                if (cand == null) {
                    onlyBaseline.add(base.key());
                } else {
                    pairs.computeIfAbsent(base.key(), k -> new ArrayList<>()).add(new JmhResult[] {base, cand});
                }
            }
            round.candidate().results().keySet().stream()
                    .filter(k -> !round.baseline().results().containsKey(k))
                    .forEach(onlyCandidate::add);
        }
        onlyBaseline.removeAll(pairs.keySet());
        onlyCandidate.removeAll(pairs.keySet());
        RowJudge judge = new RowJudge(rule, LogRatioTests::paired, "rounds");
        List<ComparisonRow> rows = new ArrayList<>();
        for (Map.Entry<BenchmarkKey, List<JmhResult[]>> entry : pairs.entrySet()) {
            List<JmhResult[]> rounds = entry.getValue();
            double[] base = roundMeans(rounds, 0);
            double[] cand = roundMeans(rounds, 1);
            JmhResult first = rounds.get(0)[0];
            String unit = first.primary().unit();
            rows.add(judge.judge(entry.getKey(), first.higherIsBetter(), unit, rounds.get(0)[1].primary().unit(),
                    base, cand, ScoreText.ofRounds(base, unit), ScoreText.ofRounds(cand, unit)));
        }
        List<String> notes = new ArrayList<>();
        for (Path lonely : run.unpaired()) {
            notes.add(lonely + " has no partner in its round (interrupted run?) and was left out");
        }
        return new ComparisonResult(side(run, run.baselineLabel(), "baseline"), side(run, run.candidateLabel(), "candidate"),
                LogRatioTests.PAIRED, "rounds", rule, rows, List.copyOf(onlyBaseline), List.copyOf(onlyCandidate), notes);
    }

    /** Each round's fork, reduced to its mean (a round normally holds one fork; more are averaged). */
    private static double[] roundMeans(List<JmhResult[]> rounds, int side) {
        return rounds.stream()
                .mapToDouble(pair -> java.util.Arrays.stream(pair[side].primary().forkMeans()).average().orElse(Double.NaN))
                .toArray();
    }

    private static String side(PairedRun run, String label, String role) {
        return role + " " + (label.isEmpty() ? "" : label + " ") + "of paired run " + run.dir();
    }
}
