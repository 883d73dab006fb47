package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** With a precision target, blocks go on until every interval is that narrow, or the budget is spent. */
class PrecisionStopTest {

    private static final long SECOND = 1_000_000_000L;

    private static BlockTimes run(double jitter, double precision, long budgetNanos) {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, jitter);
        List<Contender> contenders = List.of(new Contender(Contender.SERIAL, 1, machine.model(1, 1, 1e6)),
                new Contender(Contender.SERIAL_TWIN, 1, machine.model(1, 1, 1e6)),
                new Contender("FAST", 2, machine.model(2, 1.8, 1e6)));
        BlockExperiment.Settings settings = new BlockExperiment.Settings(BlockExperiment.Warmup.rounds(2),
                new BlockExperiment.Stop(10, precision, budgetNanos, 0.95), 11, Schedule.INTERLEAVED, 0);
        return new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, s -> { }).run(contenders, settings);
    }

    @Test
    void blocksGoOnUntilEveryIntervalMeetsTheTarget() {
        BlockTimes times = run(0.10, 0.02, 3600 * SECOND);
        assertFalse(times.budgetExhausted());
        assertTrue(times.blocks() > 10, "±10% jitter needs more than 10 blocks for ±2%: " + times.blocks());
        PrecisionRule rule = new PrecisionRule(0.02, 0.95);
        assertTrue(rule.met(times.millis(), 0, times.blocks()), "stopped with the target met");
        assertFalse(rule.met(times.millis(), 0, times.blocks() - 1 - times.blocks() / 50),
                "and not long after it was first met");
    }

    @Test
    void theBudgetEndsARunThatCannotReachTheTargetAndSaysSo() {
        BlockTimes times = run(0.30, 0.001, 1 * SECOND); // ±0.1% at ±30% jitter: thousands of blocks
        assertTrue(times.budgetExhausted());
        assertTrue(times.blocks() >= 10);
        assertTrue(times.blocks() < 400, "about 1 s of 3 ms blocks: " + times.blocks());
    }

    @Test
    void aTargetNeedsTheInterleavedScheduleAndABudget() {
        assertThrows(IllegalArgumentException.class, () -> new BlockExperiment.Settings(BlockExperiment.Warmup.rounds(1),
                new BlockExperiment.Stop(10, 0.02, SECOND, 0.95), 1, Schedule.SEQUENTIAL, 0));
        assertThrows(IllegalArgumentException.class, () -> new BlockExperiment.Stop(10, 0.02, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new BlockExperiment.Stop(10, 1.5, SECOND, 0.95));
        assertEquals(40, BlockExperiment.Stop.fixed(40).minBlocks());
    }
}
