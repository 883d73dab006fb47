package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.cli.compare.ComparisonResult;
import io.github.parbench.cli.compare.DecisionRule;
import io.github.parbench.cli.compare.PairedComparison;
import io.github.parbench.cli.compare.UnpairedComparison;
import io.github.parbench.cli.compare.Verdict;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.cli.input.PairedRun;
import io.github.parbench.cli.input.ResultSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks compare's statistics the way issue 6 asks, by simulation: many synthetic benchmarks whose truth
 * is known (no change, 2% slower, 10% slower), noisy the way JMH runs are (a random effect per fork on
 * top of iteration noise), decided by the real comparison code at the default threshold and alpha.
 * The RNG is seeded, so the rates are exact and reproducible; docs/statistics.md quotes the table this prints.
 */
class StatisticsSimulationTest {

    private static final int BENCHMARKS = 2000;
    private static final int ITERATIONS = 5;
    /** Iteration-to-iteration noise inside a fork: small next to the fork-to-fork spread, as in JMH runs. */
    private static final double ITERATION_SD = 0.005;
    private static final DecisionRule RULE = DecisionRule.defaults();

    @Test
    void twoSeparateRunsFlagFewFalsePositivesAndFindTenPercent() throws Exception {
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("| Forks a side | Fork-to-fork sd | A/A flagged | 2% slower called slower | 10% slower called slower |\n"
                + "| ---: | ---: | ---: | ---: | ---: |\n");
        for (int forks : new int[] {3, 5, 10}) {
            for (double forkSd : new double[] {0.01, 0.02, 0.05}) {
                Rates aa = unpaired(forks, forkSd, 0.0, 0.0, 11);
                Rates two = unpaired(forks, forkSd, 0.02, 0.0, 12);
                Rates ten = unpaired(forks, forkSd, 0.10, 0.0, 13);
                table.append(String.format(Locale.ROOT, "| %d | %.0f%% | %s | %s | %s |%n", forks, forkSd * 100,
                        pct(aa.flagged()), pct(two.slower()), pct(ten.slower())));
                String cell = forks + " forks, sd " + forkSd + ": ";
                check(problems, aa.flagged() <= 0.015, cell + "A/A flags at most ~1%: " + aa);
                check(problems, two.slower() <= 0.015, cell + "a 2% slowdown is not a regression at the 5% threshold: " + two);
                check(problems, forkSd > 0.02 || forks < 5 || ten.slower() >= 0.95, cell + "10% found nearly always (95%+): " + ten);
            }
        }
        System.out.println("Unpaired (Welch) simulation, " + BENCHMARKS + " benchmarks per cell:\n" + table);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void pairingCancelsMachineDriftThatSeparateRunsCannot() throws Exception {
        // The observation: one build measured twice, 15 minutes apart, differed by 18-25%.
        double drift = 0.10;
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("| Mode | Samples a side | Drift (sd) | A/A flagged | 2% slower called slower | 10% slower called slower |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
        Rates unpairedAa = unpaired(5, 0.02, 0.0, drift, 21);
        Rates unpairedTen = unpaired(5, 0.02, 0.10, drift, 22);
        Rates unpairedTwo = unpaired(5, 0.02, 0.02, drift, 23);
        table.append(String.format(Locale.ROOT, "| separate runs (Welch) | 5 forks | %.0f%% between runs | %s | %s | %s |%n",
                drift * 100, pct(unpairedAa.flagged()), pct(unpairedTwo.slower()), pct(unpairedTen.slower())));
        for (int rounds : new int[] {3, 5, 10}) {
            Rates aa = paired(rounds, 0.02, 0.0, drift, 31);
            Rates two = paired(rounds, 0.02, 0.02, drift, 32);
            Rates ten = paired(rounds, 0.02, 0.10, drift, 33);
            table.append(String.format(Locale.ROOT, "| paired rounds | %d rounds | %.0f%% between rounds | %s | %s | %s |%n",
                    rounds, drift * 100, pct(aa.flagged()), pct(two.slower()), pct(ten.slower())));
            String cell = rounds + " rounds: ";
            check(problems, aa.flagged() <= 0.015, cell + "paired A/A flags at most ~1% despite drift: " + aa);
            check(problems, two.slower() <= 0.015, cell + "paired: 2% is not a regression: " + two);
            check(problems, rounds < 5 || ten.slower() >= 0.95, cell + "paired: 10% found nearly always (95%+): " + ten);
        }
        check(problems, unpairedAa.flagged() > 0.10, "the simulation must show the problem pairing solves: " + unpairedAa);
        System.out.println("Drift simulation (fork sd 2%), " + BENCHMARKS + " benchmarks per cell:\n" + table);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Two separate runs; {@code runDrift}: each run's whole-run slowdown, drawn per benchmark pair. */
    private static Rates unpaired(int forks, double forkSd, double slowdown, double runDrift, long seed) throws BadInputException {
        Random rng = new Random(seed);
        List<JmhResult> baseline = new ArrayList<>();
        List<JmhResult> candidate = new ArrayList<>();
        for (int b = 0; b < BENCHMARKS; b++) {
            double truth = Math.exp(rng.nextDouble() * 8 - 4);
            baseline.add(result(b, run(rng, truth * Math.exp(runDrift * rng.nextGaussian()), forks, forkSd)));
            candidate.add(result(b, run(rng, truth * (1 + slowdown) * Math.exp(runDrift * rng.nextGaussian()), forks, forkSd)));
        }
        // One comparison per benchmark: these are per-benchmark rates, not a run's (CiGateSimulationTest).
        List<ComparisonResult> each = new ArrayList<>();
        for (int b = 0; b < BENCHMARKS; b++) {
            each.add(UnpairedComparison.compare(ResultSet.of(Path.of("baseline"), List.of(baseline.get(b))),
                    ResultSet.of(Path.of("candidate"), List.of(candidate.get(b))), RULE));
        }
        return Rates.of(each);
    }

    /** Per-benchmark rates: each simulated benchmark is compared as a paired run of its own. */
    private static Rates paired(int rounds, double forkSd, double slowdown, double roundDrift, long seed) throws BadInputException {
        List<List<List<JmhResult>>> sides = pairedRounds(BENCHMARKS, rounds, forkSd, slowdown, roundDrift, new Random(seed));
        List<ComparisonResult> each = new ArrayList<>();
        for (int b = 0; b < BENCHMARKS; b++) {
            int benchmark = b;
            each.add(PairedComparison.compare(run(rounds, r -> List.of(sides.get(0).get(r).get(benchmark)),
                    r -> List.of(sides.get(1).get(r).get(benchmark))), RULE));
        }
        return Rates.of(each);
    }

    /** One paired run of {@code benchmarks} rows, to be judged together as compare judges a run (CiGateSimulationTest). */
    static PairedRun pairedRun(int benchmarks, int rounds, double forkSd, double slowdown, double roundDrift, Random rng)
            throws BadInputException {
        List<List<List<JmhResult>>> sides = pairedRounds(benchmarks, rounds, forkSd, slowdown, roundDrift, rng);
        return run(rounds, r -> sides.get(0).get(r), r -> sides.get(1).get(r));
    }

    private static PairedRun run(int rounds, java.util.function.IntFunction<List<JmhResult>> base,
                                 java.util.function.IntFunction<List<JmhResult>> cand) throws BadInputException {
        List<PairedRun.Round> pairedRounds = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            pairedRounds.add(new PairedRun.Round("Sim", r + 1, ResultSet.of(Path.of("b" + r), base.apply(r)),
                    ResultSet.of(Path.of("c" + r), cand.apply(r))));
        }
        return new PairedRun(Path.of("sim"), "A", "B", pairedRounds, List.of());
    }

    /** Paired rounds, [side][round][benchmark]: the drift of a round hits its baseline and its candidate fork alike. */
    private static List<List<List<JmhResult>>> pairedRounds(int benchmarks, int rounds, double forkSd, double slowdown,
                                                           double roundDrift, Random rng) {
        List<List<JmhResult>> base = new ArrayList<>();
        List<List<JmhResult>> cand = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            base.add(new ArrayList<>());
            cand.add(new ArrayList<>());
        }
        for (int b = 0; b < benchmarks; b++) {
            double truth = Math.exp(rng.nextDouble() * 8 - 4);
            for (int r = 0; r < rounds; r++) {
                double machine = Math.exp(roundDrift * rng.nextGaussian());
                base.get(r).add(result(b, run(rng, truth * machine, 1, forkSd)));
                cand.get(r).add(result(b, run(rng, truth * (1 + slowdown) * machine, 1, forkSd)));
            }
        }
        return List.of(base, cand);
    }

    /** JMH-like raw data: per fork, a random fork effect times per-iteration noise (log-normal). */
    private static List<double[]> run(Random rng, double mean, int forks, double forkSd) {
        List<double[]> raw = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double forkMean = mean * Math.exp(forkSd * rng.nextGaussian());
            double[] iterations = new double[ITERATIONS];
            for (int i = 0; i < ITERATIONS; i++) {
                iterations[i] = forkMean * Math.exp(ITERATION_SD * rng.nextGaussian());
            }
            raw.add(iterations);
        }
        return raw;
    }

    static JmhResult result(int index, List<double[]> raw) {
        double score = raw.stream().flatMapToDouble(java.util.Arrays::stream).average().orElseThrow();
        return new JmhResult(BenchmarkKey.of("sim.Suite.bench", "avgt", Map.of("i", Integer.toString(index))),
                new Metric(score, Double.NaN, "ms/op", new TreeMap<>(), raw), Map.of(), "java", "17", Path.of("sim.json"));
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static String pct(double rate) {
        return String.format(Locale.ROOT, "%.2f%%", rate * 100);
    }

    record Rates(double slower, double faster, double unsure) {
        /** Rates over the rows of all the results. */
        static Rates of(List<ComparisonResult> results) {
            double n = results.stream().mapToInt(r -> r.rows().size()).sum();
            return new Rates(results.stream().mapToLong(r -> r.count(Verdict.SLOWER)).sum() / n,
                    results.stream().mapToLong(r -> r.count(Verdict.FASTER)).sum() / n,
                    results.stream().mapToLong(r -> r.count(Verdict.UNSURE)).sum() / n);
        }

        /** Flagged: called changed in either direction. */
        double flagged() {
            return slower + faster;
        }
    }
}
