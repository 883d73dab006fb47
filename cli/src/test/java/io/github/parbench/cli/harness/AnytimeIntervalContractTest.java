package io.github.parbench.cli.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.jmh.interleaved.PrecisionRule;
import org.junit.jupiter.api.Test;

/**
 * The harness's precision rule (in benchmarks.jar, which the CLI does not ship) and the CLI's
 * anytime interval must be the same interval: the harness stops when it is narrow enough, the CLI
 * reports it. Each keeps its own copy of the formula; this test holds them together.
 */
class AnytimeIntervalContractTest {

    @Test
    void theHarnessAndTheCliComputeTheSameConfidenceSequence() {
        for (double sd : new double[] {0.01, 0.05, 0.3}) {
            for (long n : new long[] {2, 10, 100, 1_000, 100_000}) {
                for (double alpha : new double[] {0.05, 0.01}) {
                    assertEquals(PrecisionRule.logHalfWidth(sd, n, alpha),
                            SpeedupEstimate.anytimeLogHalfWidth(sd, n, alpha, PrecisionRule.TUNED_FOR_BLOCKS), 1e-15,
                            "sd " + sd + ", n " + n + ", alpha " + alpha);
                }
            }
        }
    }

    @Test
    void itIsWiderThanTheFixedSizeIntervalAndNarrowsAsBlocksAccrue() {
        double atTuned = SpeedupEstimate.anytimeLogHalfWidth(1, 100, 0.05, 100);
        double fixed = 1.96 / Math.sqrt(100);
        assertEquals(1.55, atTuned / fixed, 0.05, "about 1.55 times the fixed-n 95% interval where it is tuned");
        assertTrue(SpeedupEstimate.anytimeLogHalfWidth(1, 1_000, 0.05, 100) < atTuned);
    }
}
