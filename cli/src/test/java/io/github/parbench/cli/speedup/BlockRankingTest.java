package io.github.parbench.cli.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.InterleavedDesign;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two models are ranked from their ratio in each block, and the two-core A/A control is judged from
 * THREAD_POOL against its twin in the same blocks.
 */
class BlockRankingTest {

    private static final int BLOCKS = 40;

    /**
     * SERIAL drifts by ±30% from block to block and every model with it, so each speedup interval is
     * wide; FORK_JOIN is {@code forkJoinOverThreads} times faster than THREADS in every block (±1%),
     * which their intervals side by side cannot show but their per-block ratio can.
     */
    private static SpeedupTable table(double forkJoinOverThreads, double twinOverPool) {
        Random rng = new Random(42);
        double[] serial = new double[BLOCKS];
        double[] threads = new double[BLOCKS];
        double[] forkJoin = new double[BLOCKS];
        double[] pool = new double[BLOCKS];
        double[] twin = new double[BLOCKS];
        for (int b = 0; b < BLOCKS; b++) {
            double machine = Math.exp(0.3 * rng.nextGaussian());
            serial[b] = 20 * machine * Math.exp(0.1 * rng.nextGaussian());
            threads[b] = 12 * machine * Math.exp(0.01 * rng.nextGaussian());
            forkJoin[b] = threads[b] / forkJoinOverThreads * Math.exp(0.01 * rng.nextGaussian());
            pool[b] = 12 * machine * Math.exp(0.01 * rng.nextGaussian());
            twin[b] = pool[b] * twinOverPool * Math.exp(0.01 * rng.nextGaussian());
        }
        List<SpeedupRow> rows = List.of(new SpeedupRow("SERIAL", 1, 20, 1, 1, 1),
                new SpeedupRow("THREADS", 2, 12, 1.67, 1.5, 1.85), new SpeedupRow("FORK_JOIN", 2, 11.4, 1.75, 1.58, 1.94),
                new SpeedupRow("THREAD_POOL", 2, 12, 1.67, 1.5, 1.85),
                new SpeedupRow("THREAD_POOL_TWIN", 2, 12, 1.67, 1.5, 1.85));
        Map<String, List<double[]>> times = Map.of("SERIAL x1", List.of(serial), "THREADS x2", List.of(threads),
                "FORK_JOIN x2", List.of(forkJoin), "THREAD_POOL x2", List.of(pool), "THREAD_POOL_TWIN x2", List.of(twin));
        return new SpeedupTable(false, "countdown", "large",
                new InterleavedDesign("interleaved", 1, 5, BLOCKS, 1000, "CountdownScaling", 0.95), rows, serial,
                new double[0], times);
    }

    @Test
    void aDifferenceTheOverlappingIntervalsHideIsRankedFromTheBlocks() {
        SpeedupTable t = table(1.05, 1.0);
        SpeedupRow threads = t.row("THREADS", 2).orElseThrow();
        SpeedupRow forkJoin = t.row("FORK_JOIN", 2).orElseThrow();
        assertTrue(forkJoin.covers(threads.speedup()), "the speedup intervals overlap");
        BlockRanking r = BlockRanking.of(t, threads, forkJoin).orElseThrow();
        assertEquals("FORK_JOIN x2", r.faster(), "whichever is passed first");
        assertTrue(r.distinguishable());
        assertEquals(1.05, r.estimate().score(), 0.01);
        assertTrue(r.sentence().startsWith("FORK_JOIN x2 is faster than THREADS x2 by "), r.sentence());
    }

    @Test
    void twoModelsThatRunAlikeAreIndistinguishable() {
        SpeedupTable t = table(1.0, 1.0);
        BlockRanking r = BlockRanking.of(t, t.row("FORK_JOIN", 2).orElseThrow(), t.row("THREADS", 2).orElseThrow())
                .orElseThrow();
        assertFalse(r.distinguishable());
        assertTrue(r.sentence().contains("are indistinguishable at this resolution"), r.sentence());
    }

    @Test
    void withoutBlockTimesThereIsNoRanking() {
        SpeedupTable t = table(1.05, 1.0);
        SpeedupTable bare = new SpeedupTable(false, "countdown", "large", t.design(), t.rows(), t.serialBlocks(),
                new double[0]);
        assertTrue(BlockRanking.of(bare, t.row("FORK_JOIN", 2).orElseThrow(), t.row("THREADS", 2).orElseThrow()).isEmpty());
    }

    @Test
    void theTwoCoreControlHoldsForATrueTwinAndFailsForOneThatIsSlower() {
        SpeedupTable same = table(1.0, 1.0);
        assertTrue(same.twoCoreControl().orElseThrow().covers(1.0));
        assertEquals(NoiseCheck.Verdict.HELD, NoiseCheck.twoCoreVerdict(same).orElseThrow());
        SpeedupTable slowerSecondCore = table(1.0, 1.04);
        assertEquals(NoiseCheck.Verdict.FAILED, NoiseCheck.twoCoreVerdict(slowerSecondCore).orElseThrow());
        assertEquals(1 / 1.04, slowerSecondCore.twoCoreControl().orElseThrow().score(), 0.01);
        assertEquals(List.of(slowerSecondCore), NoiseCheck.twoCoreFailed(List.of(same, slowerSecondCore)));
    }
}
