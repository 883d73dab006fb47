package io.github.parbench.cli.findings;

import io.github.parbench.format.Conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.cli.speedup.SpeedupRow;
import io.github.parbench.cli.speedup.SpeedupTable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each sentence says what its data says, and no sentence is written without its data. */
class FindingSentencesTest {

    private static SpeedupTable table(boolean cpython, String workload, String size, long n, SpeedupRow... rows) {
        return new SpeedupTable(cpython, workload, size, new InterleavedDesign("interleaved", 1, 5, 40, n,
                "CountdownScaling", 0.95), List.of(rows), new double[] {1, 1}, new double[] {1, 1});
    }

    private static SpeedupRow row(String model, int k, double s, double low, double high) {
        return new SpeedupRow(model, k, 10 / s, s, low, high);
    }

    private static final SpeedupTable JVM_LARGE = table(false, "countdown", "large", 50_000_000,
            row("SERIAL", 1, 1, 1, 1), row("SERIAL_TWIN", 1, 1.004, 0.99, 1.02),
            row("THREADS", 2, 1.60, 1.50, 1.70), row("FORK_JOIN", 2, 1.75, 1.65, 1.85),
            row("PROCESS_POOL", 2, 1.70, 1.60, 1.80), row("PROCESS_SPAWN", 2, 0.11, 0.10, 0.12));
    private static final SpeedupTable JVM_SMALL = table(false, "countdown", "small", 200_000,
            row("SERIAL", 1, 1, 1, 1), row("SERIAL_TWIN", 1, 1.05, 1.01, 1.09),
            row("PROCESS_POOL", 1, 0.08, 0.07, 0.09), row("PROCESS_POOL", 2, 0.06, 0.05, 0.07));

    @Test
    void theBestModelIsRankedFromItsRatioToTheOthersInEachBlock() {
        // Per block: FORK_JOIN 10 ms, PROCESS_POOL alike (±0.5%), THREADS 10.9375 ms (±0.5%): 9.4% slower.
        double[] fj = new double[20];
        double[] pool = new double[20];
        double[] threads = new double[20];
        for (int b = 0; b < 20; b++) {
            double wobble = (b % 2 == 0 ? 1 : -1) * 0.005;
            fj[b] = 10 * (1 + b % 3 * 0.1);
            pool[b] = fj[b] * (1 + wobble);
            threads[b] = fj[b] * 1.09375 * (1 - wobble);
        }
        SpeedupTable withTimes = new SpeedupTable(false, "countdown", "large", JVM_LARGE.design(), JVM_LARGE.rows(),
                JVM_LARGE.serialBlocks(), JVM_LARGE.twinBlocks(), java.util.Map.of("FORK_JOIN x2", List.of(fj),
                        "PROCESS_POOL x2", List.of(pool), "THREADS x2", List.of(threads), "PROCESS_SPAWN x2", List.of(java.util.Arrays.stream(fj).map(x -> 16 * x).toArray())));
        String s = FindingSentences.bestScaling(List.of(withTimes, JVM_SMALL)).orElseThrow();
        assertTrue(s.startsWith("On the JVM, FORK_JOIN scaled best: 1.750x [1.650, 1.850] with 2 workers on countdown, large"), s);
        assertTrue(s.contains("efficiency of 88%"), s);
        assertTrue(s.contains("FORK_JOIN x2 and PROCESS_POOL x2 are indistinguishable at this resolution"), s);
        assertTrue(s.contains("FORK_JOIN x2 is faster than THREADS x2 by 9.4% ["), "the nearest model it beats: " + s);
        assertFalse(s.contains("PROCESS_SPAWN"), "only the nearest distinguishable one is named: " + s);
    }

    @Test
    void withoutBlockTimesTheBestModelIsNotRankedFromItsInterval() {
        String s = FindingSentences.bestScaling(List.of(JVM_LARGE, JVM_SMALL)).orElseThrow();
        assertTrue(s.contains("lack the per-block times to rank it"), s);
        assertFalse(s.contains("within its interval"), s);
    }

    @Test
    void processModelsThatNeverBeatSerialAreNamedWithTheirSizes() {
        String s = FindingSentences.processesLose(List.of(JVM_LARGE, JVM_SMALL)).orElseThrow();
        assertTrue(s.contains("PROCESS_POOL loses to SERIAL on countdown at n = 200,000 (at best 0.08x)"), s);
        assertTrue(s.contains("PROCESS_SPAWN loses to SERIAL on countdown at n = 50,000,000"), s);
        assertTrue(!s.contains("PROCESS_POOL loses to SERIAL on countdown at n = 50,000,000"), "the pool wins at large: " + s);
    }

    @Test
    void theGilSentenceFollowsTheThreadsInterval() {
        SpeedupTable gil = table(true, "countdown", "large", 2_500_000, row("SERIAL", 1, 1, 1, 1),
                row("THREADS", 2, 1.01, 0.95, 1.07), row("PROCESS_POOL", 2, 1.8, 1.7, 1.9));
        assertTrue(FindingSentences.gil(List.of(gil)).orElseThrow().contains("no faster than one, as the lecture says"));
        SpeedupTable noGil = table(true, "countdown", "large", 2_500_000, row("SERIAL", 1, 1, 1, 1),
                row("THREADS", 2, 1.4, 1.3, 1.5));
        assertTrue(FindingSentences.gil(List.of(noGil)).orElseThrow().contains("which the GIL should not allow"));
        assertEquals(Optional.empty(), FindingSentences.gil(List.of(JVM_LARGE)), "no CPython figures, no sentence");
    }

    @Test
    void lessonsAndNoiseAreCountedFromTheData() throws Exception {
        var conformance = new Conformance("jcstress", "0.16", "quick", "now", null, null, false, List.of(
                new Conformance.Lesson("a.B.LocksNeverLose", "", "PASSED", 1, 0, 0, 1, 0, List.of()),
                new Conformance.Lesson("a.B.RacesLose", "", "FAILED", 1, 0, 1, 0, 0, List.of())));
        assertEquals("1 of 2 conformance lessons failed: RacesLose.", FindingSentences.lessons(conformance).orElseThrow());
        assertEquals(Optional.empty(), FindingSentences.noise(List.of(JVM_LARGE, JVM_SMALL)),
                "a failed control is a warning, said once by FindingWarnings, not also a sentence");
        String failed = FindingWarnings.failedControls(List.of(JVM_LARGE, JVM_SMALL)).orElseThrow();
        assertTrue(failed.startsWith("Warning: the A/A control failed in 1 of 2 experiments"), failed);
        String held = FindingSentences.noise(List.of(JVM_LARGE)).orElseThrow();
        // 1.004 [0.99, 1.02]: a half-width of 0.015 / 1.004.
        assertTrue(held.startsWith("The A/A control held in the run's one experiment") && held.contains("differences under ±1.5% are not visible"), held);
    }

    @Test
    void theSlidePairsEachRuntimesFiguresAtTheLargeSize() {
        SpeedupTable py = table(true, "countdown", "large", 2_500_000, row("SERIAL", 1, 1, 1, 1), row("THREADS", 2, 1, 0.9, 1.1));
        List<LectureRow> rows = LectureSlide.rows(List.of(JVM_LARGE, JVM_SMALL, py));
        assertEquals(List.of("serial", "2 threads", "2 processes", "Pool(2)"), rows.stream().map(LectureRow::label).toList());
        LectureRow serial = rows.get(0);
        // CPython 10 ms for 2.5M elements against the JVM's 10 ms for 50M: 20x per element.
        assertEquals(20.0, serial.cpythonOverJvmPerElement(), 1e-9);
        assertTrue(rows.get(2).cpython().isEmpty() && rows.get(2).jvm().isPresent(), "a side without the model shows none");
    }
}
