package io.github.parbench.cli.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.jmh.interleaved.BlockExperiment;
import io.github.parbench.jmh.interleaved.BlockTimes;
import io.github.parbench.jmh.interleaved.Contender;
import io.github.parbench.jmh.interleaved.DriftingMachine;
import io.github.parbench.jmh.interleaved.PrecisionRule;
import io.github.parbench.jmh.interleaved.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's coverage check of the precision stop rule: the harness measures blocks until every
 * speedup interval is within the target, so the blocks it stops at depend on the data; a 95%
 * interval taken at that point must still hold the true speedup at least 94% of the time. Seeded
 * simulations on the drifting machine and on the bimodal one (the second core at 58% speed in a
 * share of the operations), each a few hundred stopped runs; the simulated clock makes them fast.
 * The stopped runs report an anytime-valid confidence sequence ({@link SpeedupEstimate#anytime}).
 */
class StoppedIntervalsCoverTest {

    private static final int RUNS = 400;
    private static final double SERIAL_NANOS = 10e6;

    /** What the experiment's geometric mean estimates: the speedup, times the slow core's share of it. */
    private static double truth(double speedup, double slowShare, double slowSpeed) {
        return speedup * Math.pow(slowSpeed, slowShare);
    }

    @Test
    void onTheDriftingMachine() {
        double covered = coverage(0, 1, 0.02);
        assertTrue(covered >= 0.94, "stopped 95% intervals held the truth in " + covered + " of the runs");
    }

    @Test
    void onTheBimodalMachine() {
        double covered = coverage(0.3, 0.58, 0.03);
        assertTrue(covered >= 0.94, "stopped 95% intervals held the truth in " + covered + " of the runs");
    }

    /**
     * Why the stopped runs report a confidence sequence: the t interval, stopped the same way, holds
     * the truth too rarely on the bimodal machine (91.5% of these runs when this was written), since its
     * width falls when few slow blocks were drawn, which is when the estimate is high.
     */
    @Test
    void aStoppedTIntervalWouldUndercoverThere() {
        double covered = coverage(0.3, 0.58, 0.03, false);
        assertTrue(covered < 0.94, "the stopped t intervals held the truth in " + covered + " of the runs");
    }

    private static double coverage(double slowShare, double slowSpeed, double precision) {
        return coverage(slowShare, slowSpeed, precision, true);
    }

    private static double coverage(double slowShare, double slowSpeed, double precision, boolean anytime) {
        double speedup = 1.8;
        double truth = truth(speedup, slowShare, slowSpeed);
        int held = 0;
        for (int run = 0; run < RUNS; run++) {
            // The drift spans about 40 blocks of the 3 contenders; the stop usually comes within that.
            DriftingMachine machine = new DriftingMachine(40 * SERIAL_NANOS * 2.6, 0.10, 1_000 + run)
                    .withSlowSecondCore(slowShare, slowSpeed);
            List<Contender> contenders = List.of(new Contender(Contender.SERIAL, 1, machine.model(1, 1, SERIAL_NANOS)),
                    new Contender(Contender.SERIAL_TWIN, 1, machine.model(1, 1, SERIAL_NANOS)),
                    new Contender("FAST", 2, machine.model(2, speedup, SERIAL_NANOS)));
            BlockExperiment.Settings settings = new BlockExperiment.Settings(BlockExperiment.Warmup.rounds(1),
                    new BlockExperiment.Stop(30, precision, 3_600_000_000_000L, 0.95), run, Schedule.INTERLEAVED, 0);
            BlockTimes times = new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, s -> { })
                    .run(contenders, settings);
            SpeedupEstimate e = anytime
                    ? SpeedupEstimate.anytime(times.millis()[0], times.millis()[2], 0.95, PrecisionRule.TUNED_FOR_BLOCKS)
                    : SpeedupEstimate.of(times.millis()[0], times.millis()[2], 0.95);
            if (e.covers(truth)) {
                held++;
            }
        }
        return (double) held / RUNS;
    }
}
