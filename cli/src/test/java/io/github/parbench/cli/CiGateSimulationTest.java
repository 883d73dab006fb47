package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.cli.compare.ComparisonResult;
import io.github.parbench.cli.compare.DecisionRule;
import io.github.parbench.cli.compare.PairedComparison;
import io.github.parbench.cli.compare.Verdict;
import io.github.parbench.cli.input.PairedRun;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.InterleavedAb;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a CI gate over a whole run can expect, by simulation with the real comparison code: a gate
 * fails when any row is called slower, so the false-alarm rate that matters is per run. Each cell
 * simulates whole runs of {@link #ROWS} rows and counts (A/A) the runs with any row called slower,
 * and (every row 5% or 10% slower) the share of rows called slower. compare holds the first at most
 * alpha/2 by Holm's step-down; the check is that it does, on the noise measured on this 2-vCPU VM:
 * <ul>
 *   <li>rounds (5, the ci profile), round-to-round sd of log(candidate/baseline) 5%, 20%, 40%
 *       (smoke rounds measured 4-39% quiet, 5-110% busy), with 10% machine drift between rounds;</li>
 *   <li>interleaved A/B, 40 and 200 blocks (the smoke and ci profiles), judged by the sign test:
 *       per-block log-ratio sd 2%, 5%, 10% and 17% (the six committed interleaved countdown runs'
 *       SERIAL/SERIAL_TWIN pairs: 2.4-17%); a bimodal host (in 20% of the blocks one build's entry ran
 *       on the slow vCPU: x1.7 or /1.7, the 58%-speed core) on top of 2%; and the trimodal
 *       blocks of the gate's noisiest real A/A run at countdown large, 1 worker
 *       (results/vm-20261205-gate/aa-seed1: about 55% of the blocks' ratios within 25% of 1, with a
 *       robust sd of 3-5%, the rest near x1.43 or /1.43, either way alike; in the quietest, aa-seed4,
 *       93-97% lay within 25%).</li>
 * </ul>
 * The table this prints, with its seeds, is docs/statistics.md's ("How often it fails by chance").
 */
class CiGateSimulationTest {

    /** Rows of the gate's run: both workloads and sizes, SERIAL and four models at 1 and 2 workers. */
    private static final int ROWS = 36;
    /** Runs per A/A cell: a rate of 1% is seen with a standard error of 0.45% (the build's time is shared). */
    private static final int AA_RUNS = 500;
    /** Runs per regression cell: 2,160 rows, enough for a share of rows. */
    private static final int REGRESSION_RUNS = 60;
    private static final int ROUNDS = 5;
    private static final double ROUND_DRIFT = 0.10;
    /** The settings of issue 18's gate: a 2% change counts, an unchanged build fails at most 1% of runs. */
    private static final DecisionRule GATE = new DecisionRule(0.02, 0.02);

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void anUnchangedBuildFailsAtMostHalfOfAlphaOfTheRunsAndRegressionsAreFound() throws Exception {
        List<Cell> cells = new ArrayList<>();
        for (double sd : new double[] {0.05, 0.20, 0.40}) {
            cells.add(new Cell("rounds", ROUNDS + " rounds", String.format(Locale.ROOT, "%.0f%% a round", sd * 100), sd, 0, 0, 1));
        }
        for (int blocks : new int[] {40, 200}) {
            for (double sd : new double[] {0.02, 0.05, 0.10, 0.17}) {
                cells.add(new Cell("interleaved", blocks + " blocks", String.format(Locale.ROOT, "%.0f%% a block", sd * 100), sd,
                        blocks, 0, 1));
            }
            cells.add(new Cell("interleaved", blocks + " blocks", "bimodal host, 2% a block", 0.02, blocks, 0.2, 1.7));
            cells.add(new Cell("interleaved", blocks + " blocks", "as the gate's noisiest A/A: 4% a block, 45% of them x1.43 or /1.43",
                    0.04, blocks, 0.45, 1.43));
        }
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("| Design | Samples | Noise of log(candidate/baseline) | Seed | A/A: runs that fail |"
                + " 5% slower: rows called slower | 10% slower: rows called slower |\n| --- | ---: | --- | ---: | ---: | ---: | ---: |\n");
        long seed = 1800;
        double bound = GATE.alpha() / 2;
        for (Cell cell : cells) {
            long cellSeed = seed;
            seed += 10;
            Random rng = new Random(cellSeed);
            int failedRuns = 0;
            for (int run = 0; run < AA_RUNS; run++) {
                failedRuns += cell.run(rng, 0.0).count(Verdict.SLOWER) > 0 ? 1 : 0;
            }
            double aa = failedRuns / (double) AA_RUNS;
            double five = slowerShare(cell, rng, 0.05);
            double ten = slowerShare(cell, rng, 0.10);
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f%% | %.1f%% | %.1f%% |%n", cell.design, cell.samples,
                    cell.noise, cellSeed, aa * 100, five * 100, ten * 100));
            double slack = 3 * Math.sqrt(bound * (1 - bound) / AA_RUNS);
            if (aa > bound + slack) {
                problems.add(cell + ": an unchanged build failed " + aa + " of the runs, above alpha/2 = " + bound);
            }
        }
        System.out.println("CI gate simulation, --threshold " + GATE.threshold() * 100 + " --alpha " + GATE.alpha() + ", " + ROWS
                + " rows a run, " + AA_RUNS + " A/A runs and " + REGRESSION_RUNS + " runs per regression:\n" + table);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static double slowerShare(Cell cell, Random rng, double slowdown) throws Exception {
        long slower = 0;
        for (int run = 0; run < REGRESSION_RUNS; run++) {
            slower += cell.run(rng, slowdown).count(Verdict.SLOWER);
        }
        return slower / (double) (REGRESSION_RUNS * ROWS);
    }

    /**
     * One kind of run.
     *
     * @param sd       round-to-round (rounds) or block-to-block (interleaved) sd of log(candidate/baseline)
     * @param blocks   measured blocks of an interleaved run
     * @param outliers the share of blocks in which one build's entry ran {@code factor} times slower
     *                 (a slow vCPU, a compilation beside it), either build as likely
     */
    private record Cell(String design, String samples, String noise, double sd, int blocks, double outliers, double factor) {

        ComparisonResult run(Random rng, double slowdown) throws Exception {
            if (blocks == 0) {
                // Each side's fork noise is half the round's variance.
                return resultOf(StatisticsSimulationTest.pairedRun(ROWS, ROUNDS, sd / Math.sqrt(2), slowdown, ROUND_DRIFT, rng));
            }
            List<JmhResult> results = new ArrayList<>();
            for (int row = 0; row < ROWS; row++) {
                double truth = Math.exp(rng.nextDouble() * 8 - 4);
                double[] base = new double[blocks];
                double[] cand = new double[blocks];
                double[] ratios = new double[blocks];
                for (int b = 0; b < blocks; b++) {
                    double logRatio = sd * rng.nextGaussian();
                    if (rng.nextDouble() < outliers) {
                        logRatio += (rng.nextBoolean() ? 1 : -1) * Math.log(factor);
                    }
                    // Both entries of a block share its drift: it cancels from their ratio.
                    base[b] = truth * Math.exp(ROUND_DRIFT * rng.nextGaussian());
                    ratios[b] = (1 + slowdown) * Math.exp(logRatio);
                    cand[b] = base[b] * ratios[b];
                }
                results.add(result(row, InterleavedAb.BASELINE, base, Map.of()));
                results.add(result(row, InterleavedAb.CANDIDATE, cand, Map.of(InterleavedAb.RATIO, metric(ratios, "x"))));
            }
            return PairedComparison.compare(new PairedRun(Path.of("sim"), "A", "B", List.of(), List.of(), List.of(), results), GATE);
        }

        private static ComparisonResult resultOf(PairedRun run) {
            return PairedComparison.compare(run, GATE);
        }

        private static JmhResult result(int row, String build, double[] times, Map<String, Metric> secondary) {
            BenchmarkKey key = BenchmarkKey.of("sim.InterleavedScaling.countdown", "avgt",
                    Map.of("model", "M" + row, InterleavedAb.BUILD, build));
            return new JmhResult(key, metric(times, "ms/op"), secondary, "java", "17", Path.of("sim.json"));
        }

        private static Metric metric(double[] values, String unit) {
            return new Metric(java.util.Arrays.stream(values).average().orElseThrow(), Double.NaN, unit, new TreeMap<>(),
                    List.of(values));
        }
    }
}
