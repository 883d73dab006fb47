package io.github.parbench.cli.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.jmh.HarnessLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment run in several harness JVMs reads as one result per contender, one raw-data row per JVM. */
class InterleavedResultsJvmsTest {

    @TempDir
    Path dir;

    /** SERIAL and THREADS x2 in {@code blocks.length} blocks: THREADS takes SERIAL's time over the JVM's speedup. */
    private Path log(String name, long seed, double speedup, double[] serial, String size) throws Exception {
        HarnessLog log = new HarnessLog("interleaved").setting("workload", "countdown").setting("suite", "CountdownScaling")
                .setting("size", size).setting("n", 1000).setting("schedule", "interleaved").setting("seed", seed)
                .setting("warmupRule", "steady state").setting("warmupBlocks", 3).setting("blocks", serial.length)
                .setting("minEntryMillis", 5.0).setting("precisionTarget", "none").setting("budgetExhausted", false);
        log.record("contender", 0, "SERIAL", 1, 1).record("contender", 1, "THREADS", 2, 1);
        log.record("warmup", 0, 10, "500.0", false, 3, 1).record("warmup", 1, 10, "300.0", false, 2, 1);
        log.record("compiled", 0, 0).record("compiled", 1, 1);
        for (int b = 0; b < serial.length; b++) {
            log.record("entry", 0, b, 0, Double.toString(serial[b]));
            log.record("entry", 1, b, 1, Double.toString(serial[b] / speedup));
        }
        Path file = dir.resolve(name);
        log.writeTo(file);
        return file;
    }

    @Test
    void theSpeedupIsOverTheJvmsAndTheRawDataHasOneRowPerJvm() throws Exception {
        List<Path> logs = List.of(log("a.log", 5, 1.2, new double[] {10, 11, 10}, "large"),
                log("b.log", 6, 1.5, new double[] {10, 12, 10, 11}, "large"),
                log("c.log", 7, 1.3, new double[] {9, 10, 10}, "large"));
        List<JmhResult> results = HarnessResults.read(logs, 0.95);

        assertEquals(2, results.size(), "one result per contender, not per JVM");
        JmhResult threads = results.get(1);
        Metric speedup = threads.secondary().get("speedup");
        assertEquals(3, speedup.forks().size());
        assertEquals(4, speedup.forks().get(1).length);
        assertEquals(3, threads.primary().forks().size());
        assertEquals(3, threads.producer().forks());
        JvmLevelsEstimate expected = JvmLevelsEstimate.of(
                List.of(new double[] {10, 11, 10}, new double[] {10, 12, 10, 11}, new double[] {9, 10, 10}),
                List.of(new double[] {10 / 1.2, 11 / 1.2, 10 / 1.2}, new double[] {10 / 1.5, 12 / 1.5, 10 / 1.5, 11 / 1.5},
                        new double[] {9 / 1.3, 10 / 1.3, 10 / 1.3}), 0.95);
        assertEquals(expected.score(), speedup.score(), 1e-12);
        assertEquals(expected.low(), speedup.low(), 1e-12);
        assertEquals(expected.high(), speedup.high(), 1e-12);
        assertTrue(speedup.high() > 1.5 && speedup.low() < 1.2, "the interval spans what the JVMs disagree on");

        InterleavedDesign design = threads.interleaved();
        assertEquals(3, design.jvms());
        assertEquals(List.of(5L, 6L, 7L), design.levels().seeds());
        assertEquals(List.of(3, 4, 3), design.levels().blocks());
        assertEquals(0, design.levels().withinVariance(), 1e-20, "every JVM's blocks agree exactly");
        assertTrue(design.levels().betweenVariance() > 0);
        assertEquals(3 * 10, design.warmup().entries(), "warm-ups add up over the JVMs");
        assertEquals(3, design.warmup().jvms());
        assertEquals(3, design.compilationsDuringMeasurement());
        assertEquals("t over 3 harness JVMs", design.precision().interval());
        assertEquals(10, design.positions().size(), "a position per block of every JVM");
    }

    @Test
    void oneLogIsReadAsBefore() throws Exception {
        JmhResult threads = HarnessResults.read(List.of(log("a.log", 5, 1.2, new double[] {10, 11, 10}, "large")), 0.95).get(1);
        assertNull(threads.interleaved().levels());
        assertEquals(1, threads.secondary().get("speedup").forks().size());
        assertEquals("t", threads.interleaved().precision().interval());
    }

    @Test
    void logsOfDifferentExperimentsAreRefusedNamingTheFile() throws Exception {
        Path large = log("a.log", 5, 1.2, new double[] {10, 11, 10}, "large");
        Path small = log("b.log", 6, 1.2, new double[] {10, 11, 10}, "small");
        BadInputException e = assertThrows(BadInputException.class, () -> HarnessResults.read(List.of(large, small), 0.95));
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().contains("b.log") && e.getMessage().contains("its size is small"), e.getMessage());
    }
}
