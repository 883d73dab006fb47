package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.exec.ExecutionModel;
import io.github.parbench.workload.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warm-up waits for every side to be warm in its own JVMs: a contender whose "worker" is slow
 * and still compiling for its first calls is warmed until it is neither, however quickly SERIAL
 * settles; one that never settles ends the warm-up at the cap and says so.
 */
class SteadyStateWarmupTest {

    private static final long SECOND = 1_000_000_000L;

    /** A model 3x slower, and compiling, for its first {@code coldCalls} calls, as a fresh worker JVM is. */
    private static final class ColdWorker implements ExecutionModel, JvmCompilations {
        private final ExecutionModel warm;
        private final long coldCalls;
        private long calls;
        private long compilations;

        ColdWorker(ExecutionModel warm, long coldCalls) {
            this.warm = warm;
            this.coldCalls = coldCalls;
        }

        @Override
        public int workers() {
            return 1;
        }

        @Override
        public long run(Workload workload, long n) {
            if (calls++ < coldCalls) {
                warm.run(workload, n);
                warm.run(workload, n);
                compilations++;
            }
            return warm.run(workload, n);
        }

        @Override
        public long finished() {
            return compilations;
        }

        @Override
        public int jvms() {
            return 2;
        }

        @Override
        public void close() {
        }
    }

    private static BlockExperiment.Settings steady(long capNanos, int blocks) {
        return new BlockExperiment.Settings(BlockExperiment.Warmup.steadyState(10, capNanos), BlockExperiment.Stop.fixed(blocks),
                3, Schedule.INTERLEAVED, 5.0);
    }

    @Test
    void aColdWorkerIsWarmedUntilItsTimeSettlesAndItsJitIsQuietBeforeAnythingIsMeasured() {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, 0);
        ColdWorker pool = new ColdWorker(machine.model(1, 1, 1e5), 3_000); // 0.1 ms, cold for 3,000 calls
        List<Contender> contenders = List.of(new Contender(Contender.SERIAL, 1, machine.model(1, 1, 1e5)),
                new Contender("POOL", 1, pool, pool));
        List<String> progress = new ArrayList<>();
        BlockTimes times = new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, progress::add)
                .run(contenders, steady(600 * SECOND, 20));

        BlockTimes.Warmed worker = times.warmed()[1];
        assertFalse(worker.capHit(), String.join("\n", progress));
        assertEquals(3_000, worker.compilations(), "every compilation of the cold calls was seen in warm-up");
        assertEquals(2, worker.jvms());
        assertEquals(0, times.compilations()[1], "nothing compiled while measured");
        assertTrue(Arrays.stream(times.millis()[1]).allMatch(ms -> Math.abs(ms - 0.1) < 1e-9),
                "every measured entry at the warm speed: " + Arrays.toString(times.millis()[1]));
        assertTrue(times.warmupRounds() > 10, "more rounds than the minimum: " + times.warmupRounds());
        // Warmed by time, not by count: batched like the measured entries (5 ms of 0.1 ms calls).
        assertEquals(50, times.batch()[1]);
        assertEquals(-1, times.warmed()[0].compilations(), "SERIAL's JVM here is not counted, and says so");
    }

    @Test
    void aContenderThatNeverSettlesEndsTheWarmupAtTheCapAndIsNamed() {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, 0);
        ColdWorker forever = new ColdWorker(machine.model(1, 1, 1e6), Long.MAX_VALUE);
        List<Contender> contenders = List.of(new Contender(Contender.SERIAL, 1, machine.model(1, 1, 1e6)),
                new Contender("FOREVER", 1, forever, forever));
        List<String> progress = new ArrayList<>();
        BlockTimes times = new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, progress::add)
                .run(contenders, steady(2 * SECOND, 4));

        assertTrue(times.warmed()[1].capHit());
        assertFalse(times.warmed()[0].capHit(), "SERIAL had settled");
        assertTrue(progress.stream().anyMatch(line -> line.contains("cap") && line.contains("FOREVER x1")), progress.toString());
        assertEquals(4 * times.batch()[1], times.compilations()[1], "each measured call still compiled, and it is counted");
    }

    @Test
    void aModelColdByDesignTakesItsFewestRoundsAndLeavesTheRestOfTheWarmupToTheOthers() {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, 0);
        ColdWorker pool = new ColdWorker(machine.model(1, 1, 1e5), 3_000);
        ExecutionModel slowSpawn = machine.model(1, 0.001, 1e5); // 100 ms an operation, like a JVM start
        ExecutionModel spawn = new ExecutionModel() {
            @Override
            public int workers() {
                return 1;
            }

            @Override
            public long run(Workload workload, long n) {
                return slowSpawn.run(workload, n);
            }

            @Override
            public boolean coldByDesign() {
                return true;
            }

            @Override
            public void close() {
            }
        };
        List<Contender> contenders = List.of(new Contender(Contender.SERIAL, 1, machine.model(1, 1, 1e5)),
                new Contender("POOL", 1, pool, pool), new Contender("SPAWN", 1, spawn));
        BlockTimes times = new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, s -> { })
                .run(contenders, steady(600 * SECOND, 4));
        assertEquals(10, times.warmed()[2].entries(), "the fewest rounds, no more");
        assertFalse(times.warmed()[2].capHit());
        assertTrue(times.warmed()[1].entries() > 10, "the pool went on warming: " + times.warmed()[1].entries());
        assertFalse(times.warmed()[1].capHit());
    }

    @Test
    void aFixedCountOfBlocksIsStillThereForComparison() {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, 0);
        ColdWorker pool = new ColdWorker(machine.model(1, 1, 1e5), 3_000);
        List<Contender> contenders = List.of(new Contender(Contender.SERIAL, 1, machine.model(1, 1, 1e5)),
                new Contender("POOL", 1, pool, pool));
        BlockTimes times = new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, s -> { })
                .run(contenders, new BlockExperiment.Settings(5, 20, 3, Schedule.INTERLEAVED, 5.0));
        assertEquals(5, times.warmupRounds());
        assertTrue(times.compilations()[1] > 0, "the old rule measures the worker while it still compiles");
    }
}
