package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.exec.ExecutionModel;
import io.github.parbench.workload.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockExperimentTest {

    @Test
    void aModelThatLosesAPartFailsTheRunNamingIt() {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, 0);
        ExecutionModel lossy = new ExecutionModel() {
            @Override
            public int workers() {
                return 2;
            }

            @Override
            public long run(Workload workload, long n) {
                return workload.run(0, n / 2);
            }

            @Override
            public void close() {
            }
        };
        List<Contender> contenders = List.of(new Contender(Contender.SERIAL, 1, machine.model(1, 1, 1e6)),
                new Contender("LOSSY", 2, lossy));
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                new BlockExperiment(DriftingMachine.instantWorkload(), 1000, machine, s -> { })
                        .run(contenders, new BlockExperiment.Settings(1, 4, 1, Schedule.INTERLEAVED)));
        assertTrue(e.getMessage().contains("LOSSY x2") && e.getMessage().contains("checksum 500"), e.getMessage());
    }

    @Test
    void positionsRecordTheDrawnOrderOfEveryBlock() {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, 0);
        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender(Contender.SERIAL, 1, machine.model(1, 1, 1e6)));
        contenders.add(new Contender(Contender.SERIAL_TWIN, 1, machine.model(1, 1, 1e6)));
        contenders.add(new Contender("FAST", 2, machine.model(2, 2, 1e6)));
        BlockTimes times = new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, s -> { })
                .run(contenders, new BlockExperiment.Settings(2, 10, 5, Schedule.INTERLEAVED));
        for (int b = 0; b < 10; b++) {
            Set<Integer> positions = new HashSet<>();
            for (int c = 0; c < 3; c++) {
                positions.add(times.positions()[c][b]);
            }
            assertEquals(Set.of(0, 1, 2), positions, "block " + b);
        }
        assertEquals(2.0, times.millis()[0][3] / times.millis()[2][3], 1e-9, "serial over FAST in one block");
        assertTrue(Arrays.stream(times.millis()[0]).allMatch(ms -> ms == 1.0), "no jitter: every serial op 1 ms");
    }

    @Test
    void shortOperationsAreBatchedToTheShortestEntryAndTimedPerOperation() {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, 0);
        List<Contender> contenders = List.of(new Contender(Contender.SERIAL, 1, machine.model(1, 1, 1e6)),
                new Contender("SLOW", 1, machine.model(1, 0.1, 1e6)));
        BlockTimes times = new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, s -> { })
                .run(contenders, new BlockExperiment.Settings(1, 3, 5, Schedule.INTERLEAVED, 5.0));
        assertEquals(5, times.batch()[0], "1 ms operations, batched to 5 ms");
        assertEquals(1, times.batch()[1], "a 10 ms operation stays single");
        assertEquals(1.0, times.millis()[0][0], 1e-9, "time is per operation");
        assertEquals(0.1, times.millis()[0][2] / times.millis()[1][2], 1e-9, "serial over SLOW in one block");
        assertThrows(IllegalArgumentException.class, () -> new BlockExperiment.Settings(0, 3, 5, Schedule.INTERLEAVED, 5.0),
                "batching needs a warm-up to time");
    }

    @Test
    void anExperimentWithoutSerialIsRefused() {
        DriftingMachine machine = new DriftingMachine(Double.POSITIVE_INFINITY, 0);
        List<Contender> contenders = List.of(new Contender("FAST", 2, machine.model(2, 2, 1e6)));
        assertThrows(IllegalArgumentException.class, () ->
                new BlockExperiment(DriftingMachine.instantWorkload(), 10, machine, s -> { })
                        .run(contenders, new BlockExperiment.Settings(0, 3, 1, Schedule.INTERLEAVED)));
    }
}
