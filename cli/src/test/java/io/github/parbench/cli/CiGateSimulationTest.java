package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.cli.compare.DecisionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a CI gate over many benchmarks can expect from a paired run of 5 rounds (the ci profile), by
 * simulation with the real comparison code, as StatisticsSimulationTest does for one benchmark at a
 * time. A gate fails when any benchmark is called slower, so its false-alarm rate is per run: with B
 * benchmarks each flagged with probability p, 1 - (1 - p)^B. The table this prints is docs/statistics.md's
 * ("Benchmarks in CI"); the check is the bound the rule is built on: an unchanged benchmark is called
 * slower with probability at most alpha/2 (slower needs the interval's near end beyond half the
 * threshold, so the one-sided test at alpha/2 rejects too).
 */
class CiGateSimulationTest {

    private static final int BENCHMARKS = 2_000;
    private static final int ROUNDS = 5;
    private static final int GATED = 32;
    private static final double[] ALPHAS = {0.05, 0.01};
    /** Standard deviation of one round's log(candidate/baseline): both sides' fork noise together. */
    private static final double[] ROUND_SDS = {0.05, 0.10, 0.20};

    @Test
    void anUnchangedBenchmarkIsCalledSlowerAtMostHalfOfAlphaOfTheTime() throws Exception {
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("| alpha | Round-to-round sd | A/A: one benchmark called slower | A/A: any of "
                + GATED + " called slower | 10% slower called slower |\n| ---: | ---: | ---: | ---: | ---: |\n");
        long seed = 100;
        for (double alpha : ALPHAS) {
            DecisionRule rule = new DecisionRule(DecisionRule.DEFAULT_THRESHOLD, alpha);
            for (double roundSd : ROUND_SDS) {
                double forkSd = roundSd / Math.sqrt(2);
                double aa = StatisticsSimulationTest.paired(BENCHMARKS, ROUNDS, forkSd, 0.0, 0.10, seed++, rule).slower();
                double ten = StatisticsSimulationTest.paired(BENCHMARKS, ROUNDS, forkSd, 0.10, 0.10, seed++, rule).slower();
                double anyOfGated = 1 - Math.pow(1 - aa, GATED);
                table.append(String.format(Locale.ROOT, "| %s | %.0f%% | %.2f%% | %.1f%% | %.0f%% |%n", alpha, roundSd * 100,
                        aa * 100, anyOfGated * 100, ten * 100));
                double bound = alpha / 2;
                double slack = 3 * Math.sqrt(bound * (1 - bound) / BENCHMARKS);
                if (aa > bound + slack) {
                    problems.add("alpha " + alpha + ", round sd " + roundSd + ": A/A called slower " + aa + ", above alpha/2");
                }
            }
        }
        System.out.println("CI gate simulation, paired, " + ROUNDS + " rounds, " + BENCHMARKS + " benchmarks per cell:\n" + table);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
