package io.github.parbench.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the one writer writes, the one reader reads back, field for field, for every file of a run directory. */
class RunFilesRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void environment() throws Exception {
        Environment env = new Environment("node1", "Xeon", 2, 32, 2, 2, "performance", 1L << 36, "6.1", "Debian 12", "17.0.15",
                "Debian", "/usr/lib/jvm/17", List.of("-XX:CompileCommand=quiet"), "abc123", false, "smoke",
                "2026-12-02T07:00:00Z", null, 64, 64, "0-63", "0-3", "max 100000", "42", null, null,
                "VIRTUAL_THREADS needs JDK 21", "running", null, Map.of("rack", "r7"));
        Path file = dir.resolve(RunFiles.ENV);
        RunJson.write(file, env);
        assertEquals(env, RunJson.read(file, Environment.class));
        Environment ended = env.withEnd("2026-12-02T08:00:00Z", "complete")
                .withNewJar(new Environment.NewJar("2026-12-02T07:30:00Z", "rebuilt"));
        RunJson.write(file, ended);
        assertEquals(ended, RunJson.read(file, Environment.class));
        assertEquals("r7", RunJson.read(file, Environment.class).other().get("rack"), "a site's own fact survives");
    }

    @Test
    void plan() throws Exception {
        RunPart part = new RunPart("CountdownScaling round 1", RunPart.Kind.JMH, RunPart.CANDIDATE,
                "rounds/CountdownScaling/round-1-SERIAL.json", List.of(List.of("CountdownScaling", "-f", "1")), 4, 12.5);
        Plan plan = new Plan("smoke", 2, List.of(1, 2), null, "/repo/jmh/target/benchmarks.jar", null, List.of(part), 7L,
                "ab".repeat(32), null);
        Path file = dir.resolve(RunFiles.PLAN);
        RunJson.write(file, plan);
        assertEquals(plan, RunJson.read(file, Plan.class));
    }

    @Test
    void pairing() throws Exception {
        Pairing pairing = new Pairing(new Pairing.Side("0123456789ab", "/base/benchmarks.jar", "0123456789abcdef"),
                new Pairing.Side("fedcba987654", "/head/benchmarks.jar", null), 6, List.of("CountdownScaling"));
        Path file = dir.resolve(RunFiles.PAIRED);
        RunJson.write(file, pairing);
        assertEquals(pairing, RunJson.read(file, Pairing.class));
    }

    @Test
    void conformance() throws Exception {
        Conformance conformance = new Conformance("jcstress", "0.16", "quick", "2026-12-02T07:00:00Z", "abc", false, true,
                List.of(new Conformance.Lesson("io.github.parbench.jcstress.PlainIncrementLosesUpdates", "lost update",
                        "PASSED", 1000, 12, 0, 988, 1, List.of(new Conformance.Outcome("1", "ACCEPTABLE_INTERESTING", 12,
                                "lost update")))));
        Path file = dir.resolve(RunFiles.CONFORMANCE);
        RunJson.write(file, conformance);
        assertEquals(conformance, RunJson.read(file, Conformance.class));
    }

    @Test
    void jmhResultsWithAnInterleavedDesign() throws Exception {
        TreeMap<Double, Double> percentiles = new TreeMap<>(Map.of(0.0, 9.5, 50.0, 10.0, 100.0, 12.0));
        Metric time = new Metric(10.2, 0.4, "ms/op", percentiles, List.of(new double[] {9.5, 10.0, 12.0}), 9.8, 10.6);
        Metric speedup = new Metric(1.9, Double.NaN, "x", new TreeMap<>(), List.of(new double[] {1.8, 2.0, 1.9}), 1.7, 2.1);
        Producer producer = new Producer("parbench interleaved harness", "/jdk/bin/java", List.of("-Xmx1g"), "17.0.15",
                "OpenJDK 64-Bit Server VM", "17.0.15+6", 1, 1, 5, "single operation", 3, "single operation");
        InterleavedDesign design = new InterleavedDesign("interleaved", 9, 5, 3, 50_000_000, "CountdownScaling", 0.95, 4,
                1, 5.0, List.of(2, 0, 3), new InterleavedDesign.Warmup("steady state", 31, 412.5, true, 17, 3), 2,
                new InterleavedDesign.Precision(0.02, 0.031, true, "t"));
        JmhResult result = new JmhResult(BenchmarkKey.of("io.github.parbench.jmh.interleaved.InterleavedScaling.countdown",
                "avgt", Map.of("model", "THREADS", "workers", "2", "size", "large")), time, Map.of("speedup", speedup),
                producer, null, design);
        Path file = dir.resolve("jmh-InterleavedScaling-countdown-large.json");
        JmhJsonWriter.write(file, List.of(result));

        List<JmhResult> read = JmhJsonReader.read(file);
        assertEquals(1, read.size());
        JmhResult back = read.get(0);
        assertEquals(result.key(), back.key());
        assertEquals(producer, back.producer());
        assertEquals(design, back.interleaved());
        assertMetric(time, back.primary());
        assertEquals(List.of("speedup"), List.copyOf(back.secondary().keySet()));
        assertMetric(speedup, back.secondary().get("speedup"));
        assertEquals(file, back.source());
    }

    @Test
    void anInterleavedDesignOfSeveralHarnessJvmsKeepsItsLevels() throws Exception {
        Metric time = new Metric(10.2, 0.4, "ms/op", new TreeMap<>(), List.of(new double[] {9.5, 10.0}, new double[] {9.9}),
                9.8, 10.6);
        InterleavedDesign design = new InterleavedDesign("interleaved", 9, 5, 1, 50_000_000, "CountdownScaling", 0.95, 4,
                1, 5.0, List.of(2, 0, 1), null, -1, new InterleavedDesign.Precision(0.02, 0.05, true, "t over 2 harness JVMs"),
                new InterleavedDesign.Levels(List.of(9L, 10L), List.of(2, 1), 0.0004, Double.NaN, 3.5, 0.08));
        JmhResult result = new JmhResult(BenchmarkKey.of("io.github.parbench.jmh.interleaved.InterleavedScaling.countdown",
                "avgt", Map.of("model", "THREADS", "workers", "2", "size", "large")), time, Map.of(),
                new Producer("parbench interleaved harness", "", List.of(), "", "", "", 1, 2, 5, "", 1, ""), null, design);
        Path file = dir.resolve("jmh-levels.json");
        JmhJsonWriter.write(file, List.of(result));

        InterleavedDesign back = JmhJsonReader.read(file).get(0).interleaved();
        assertEquals(design, back);
        assertEquals(2, back.jvms());
    }

    @Test
    void anInterleavedDesignThatRecordsNoWarmupOrPrecisionReadsBackAsNotRecorded() throws Exception {
        Metric time = new Metric(10.2, 0.4, "ms/op", new TreeMap<>(), List.of(new double[] {9.5, 10.0}), 9.8, 10.6);
        InterleavedDesign older = new InterleavedDesign("interleaved", 9, 5, 2, 50_000_000, "CountdownScaling", 0.95, 4,
                1, 5.0, List.of(2, 0));
        JmhResult result = new JmhResult(BenchmarkKey.of("io.github.parbench.jmh.interleaved.InterleavedScaling.countdown",
                "avgt", Map.of("model", "SERIAL", "workers", "1", "size", "large")), time, Map.of(),
                new Producer("parbench interleaved harness", "", List.of(), "", "", "", 1, 1, 5, "", 2, ""), null, older);
        Path file = dir.resolve("jmh-older.json");
        JmhJsonWriter.write(file, List.of(result));

        assertTrue(Files.readString(file).contains("\"compilationsDuringMeasurement\" : null"), Files.readString(file));
        InterleavedDesign back = JmhJsonReader.read(file).get(0).interleaved();
        assertEquals(older, back);
        assertEquals(-1, back.compilationsDuringMeasurement());
        assertEquals(null, back.warmup());
        assertEquals(null, back.precision());
    }

    @Test
    void aLatencyResultKeepsItsSidePathSlicesWarmupAndCompilations() throws Exception {
        TreeMap<Double, Double> percentiles = new TreeMap<>(Map.of(0.0, 180.0, 50.0, 240.0, 99.0, 2200.0, 100.0, 9000.0));
        Metric trips = new Metric(260.0, Double.NaN, "us/op", percentiles, List.of(new double[] {260.0}), Double.NaN,
                Double.NaN);
        Producer producer = new Producer("parbench latency harness", "/usr/bin/python3", List.of(), "3.11.2", "CPython",
                "3.11.2", 1, 1, 12, "steady state", 8, "slices of 300 round trips");
        LatencyDesign cpython = new LatencyDesign(LatencyDesign.CPYTHON, "Pool.apply: the pool's handler threads", 7, 8,
                300, 10, List.of(3, 0, 9, 1, 4, 4, 2, 7),
                new InterleavedDesign.Warmup("steady state", 12, 950.5, false, -1, 0), -1);
        LatencyDesign jvm = new LatencyDesign(LatencyDesign.JVM, "ProcessPool.apply: the caller's thread", 7, 8, 300, 10,
                List.of(1, 2, 3, 4, 5, 6, 7, 8), new InterleavedDesign.Warmup("steady state", 40, 120.0, true, 310, 2), 3);
        JmhResult python = new JmhResult(BenchmarkKey.of("cpython.RoundTripLatency.poolApply", "sample",
                Map.of("load", "idle")), trips, Map.of(), producer, null, null, cpython);
        JmhResult ours = new JmhResult(BenchmarkKey.of("io.github.parbench.jmh.latency.RoundTripLatency.processPoolApply",
                "sample", Map.of("load", "busy")), trips, Map.of(), producer, null, null, jvm);
        Path file = dir.resolve("jmh-RoundTripLatency.json");
        JmhJsonWriter.write(file, List.of(python, ours));

        List<JmhResult> read = JmhJsonReader.read(file);
        assertEquals(cpython, read.get(0).latency());
        assertEquals(jvm, read.get(1).latency());
        assertEquals(-1, read.get(0).latency().compilationsDuringMeasurement(), "no JIT to count reads back as such");
        assertEquals(null, read.get(0).interleaved());
        assertTrue(Files.readString(file).contains("\"compilationsDuringMeasurement\" : 3"), Files.readString(file));
    }

    @Test
    void aFileThatIsNotTheSchemaIsBadInputNamingTheFileAndTheField() throws Exception {
        Path file = Files.writeString(dir.resolve(RunFiles.PLAN), "{\"profile\": \"smoke\", \"cores\": \"many\"}");
        BadInputException e = assertThrows(BadInputException.class, () -> RunJson.read(file, Plan.class));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("cores"), e.getMessage());
        Path truncated = Files.writeString(dir.resolve(RunFiles.ENV), "{\"host\": \"n");
        assertTrue(assertThrows(BadInputException.class, () -> RunJson.read(truncated, Environment.class)).getMessage()
                .contains("truncated"));
    }

    private static void assertMetric(Metric expected, Metric actual) {
        assertEquals(expected.score(), actual.score());
        assertEquals(expected.error(), actual.error());
        assertEquals(expected.unit(), actual.unit());
        assertEquals(expected.percentiles(), actual.percentiles());
        assertEquals(expected.forks().size(), actual.forks().size());
        for (int i = 0; i < expected.forks().size(); i++) {
            assertArrayEquals(expected.forks().get(i), actual.forks().get(i));
        }
        assertEquals(expected.low(), actual.low());
        assertEquals(expected.high(), actual.high());
    }
}
