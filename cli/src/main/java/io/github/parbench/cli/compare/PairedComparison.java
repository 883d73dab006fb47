package io.github.parbench.cli.compare;

import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.JmhResult;
import io.github.parbench.cli.input.PairedRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the two builds of a paired run round by round: each round's baseline and candidate fork ran
 * back to back, so a machine that is slower for a while slows both, and their ratio stays honest. Its
 * interleaved A/B results, when it has any, are judged block by block ({@link InterleavedAbComparison});
 * both kinds of row are one family for the run's gate.
 */
public final class PairedComparison {

    private PairedComparison() {
    }

    public static ComparisonResult compare(PairedRun run, DecisionRule rule) {
        Map<BenchmarkKey, List<JmhResult[]>> pairs = new TreeMap<>();
        // Rounds whose baseline has the benchmark and whose candidate does not: the candidate lost it there.
        Map<BenchmarkKey, List<JmhResult>> lost = new TreeMap<>();
        Map<BenchmarkKey, List<Integer>> lostRounds = new TreeMap<>();
        Set<BenchmarkKey> onlyCandidate = new TreeSet<>();
        for (PairedRun.Round round : run.rounds()) {
            for (JmhResult base : round.baseline().results().values()) {
                JmhResult cand = round.candidate().results().get(base.key());
                if (cand == null) {
                    lost.computeIfAbsent(base.key(), k -> new ArrayList<>()).add(base);
                    lostRounds.computeIfAbsent(base.key(), k -> new ArrayList<>()).add(round.index());
                } else {
                    pairs.computeIfAbsent(base.key(), k -> new ArrayList<>()).add(new JmhResult[] {base, cand});
                }
            }
            round.candidate().results().keySet().stream()
                    .filter(k -> !round.baseline().results().containsKey(k))
                    .forEach(onlyCandidate::add);
        }
        onlyCandidate.removeAll(pairs.keySet());
        onlyCandidate.removeAll(lost.keySet());
        RowJudge judge = new RowJudge(rule, LogRatioTests::paired, Design.ROUNDS);
        List<ComparisonRow> rows = new ArrayList<>();
        for (Map.Entry<BenchmarkKey, List<Integer>> entry : lostRounds.entrySet()) {
            List<JmhResult[]> paired = pairs.remove(entry.getKey());
            List<JmhResult> baselineRounds = new ArrayList<>(lost.get(entry.getKey()));
            if (paired != null) {
                paired.forEach(pair -> baselineRounds.add(pair[0]));
            }
            double[] base = baselineRounds.stream().mapToDouble(PairedComparison::mean).toArray();
            String where = paired == null ? "in no round of the candidate"
                    : "not in the candidate's round " + entry.getValue().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + " (it is in the baseline's)";
            rows.add(RowJudge.missing(entry.getKey(), Design.ROUNDS, baselineRounds.get(0).higherIsBetter(),
                    ScoreText.ofRounds(base, baselineRounds.get(0).primary().unit()), where));
        }
        for (Map.Entry<BenchmarkKey, List<JmhResult[]>> entry : pairs.entrySet()) {
            List<JmhResult[]> rounds = entry.getValue();
            double[] base = roundMeans(rounds, 0);
            double[] cand = roundMeans(rounds, 1);
            JmhResult first = rounds.get(0)[0];
            String unit = first.primary().unit();
            rows.add(judge.judge(entry.getKey(), first.higherIsBetter(), unit, rounds.get(0)[1].primary().unit(),
                    base, cand, rounds.stream().map(pair -> pair[1].primary()).toList(),
                    ScoreText.ofRounds(base, unit), ScoreText.ofRounds(cand, unit)));
        }
        InterleavedAbComparison.Rows interleaved = InterleavedAbComparison.compare(run.interleavedAb(), rule);
        rows.addAll(interleaved.rows());
        onlyCandidate.addAll(interleaved.onlyCandidate());
        rows.sort((a, b) -> a.key().compareTo(b.key()));
        List<String> notes = new ArrayList<>();
        for (Path lonely : run.unpaired()) {
            notes.add(lonely + " has no partner in its round (interrupted run?) and was left out");
        }
        for (Path partial : run.incomplete()) {
            notes.add(partial + " is a part that ended short of its planned results; what it has was compared");
        }
        boolean hasRounds = !run.rounds().isEmpty();
        boolean hasBlocks = !run.interleavedAb().isEmpty();
        String test = hasRounds && hasBlocks ? LogRatioTests.PAIRED + "; " + LogRatioTests.BLOCKS
                : hasBlocks ? LogRatioTests.BLOCKS : LogRatioTests.PAIRED;
        String samples = hasRounds && hasBlocks ? "rounds or blocks" : hasBlocks ? Design.INTERLEAVED.samples() : Design.ROUNDS.samples();
        return new ComparisonResult(side(run, run.baselineLabel(), "baseline"), side(run, run.candidateLabel(), "candidate"),
                test, samples, rule, HolmStepDown.apply(rows, rule), List.copyOf(onlyCandidate), notes, false);
    }

    /** Each round's fork, reduced to its mean (a round normally holds one fork; more are averaged). */
    private static double[] roundMeans(List<JmhResult[]> rounds, int side) {
        return rounds.stream().mapToDouble(pair -> mean(pair[side])).toArray();
    }

    private static double mean(JmhResult result) {
        return Arrays.stream(result.primary().forkMeans()).average().orElse(Double.NaN);
    }

    private static String side(PairedRun run, String label, String role) {
        return role + " " + (label.isEmpty() ? "" : label + " ") + "of paired run " + run.dir();
    }
}
