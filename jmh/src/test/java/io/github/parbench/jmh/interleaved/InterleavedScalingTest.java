package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parbench.jmh.bench.JsonFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.github.parbench.process.ChildJvm;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end, on real models at a tiny size: what it writes, and what it refuses. */
class InterleavedScalingTest {

    @TempDir
    Path dir;

    @Test
    void writesOneJmhShapedResultPerContenderAndLeavesNoChildBehind() throws Exception {
        Path out = dir.resolve("interleaved.json");
        int exit = InterleavedScaling.commandLine().execute("--workload", "countdown", "--size", "100000",
                "--workers", "2", "--models", "THREADS,PROCESS_POOL", "--blocks", "4", "--warmup", "1",
                "--seed", "9", "--out", out.toString());
        assertEquals(0, exit);
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList(),
                "every worker JVM is closed");
        JsonNode results = JsonFiles.MAPPER.readTree(out.toFile());
        assertEquals(4, results.size(), "SERIAL, SERIAL_TWIN, THREADS x2, PROCESS_POOL x2");
        List<String> models = new ArrayList<>();
        for (JsonNode r : results) {
            models.add(r.path("params").path("model").asText());
            assertEquals("io.github.parbench.jmh.interleaved.InterleavedScaling.countdown", r.path("benchmark").asText());
            assertEquals("avgt", r.path("mode").asText());
            assertEquals("ms/op", r.path("primaryMetric").path("scoreUnit").asText());
            assertEquals(4, r.path("primaryMetric").path("rawData").get(0).size());
            JsonNode speedup = r.path("secondaryMetrics").path("speedup");
            assertEquals("x", speedup.path("scoreUnit").asText());
            double low = speedup.path("scoreConfidence").get(0).asDouble();
            double high = speedup.path("scoreConfidence").get(1).asDouble();
            assertTrue(low <= speedup.path("score").asDouble() && speedup.path("score").asDouble() <= high);
            assertEquals(9, r.path("interleaved").path("seed").asLong());
            assertEquals(4, r.path("interleaved").path("positions").size());
            assertEquals("CountdownScaling", r.path("interleaved").path("suite").asText());
        }
        assertEquals(List.of("SERIAL", "SERIAL_TWIN", "THREADS", "PROCESS_POOL"), models);
    }

    @Test
    @Timeout(90)
    void sigtermMidRunLeavesNoWorkerJvmBehind() throws Exception {
        Process harness = ChildJvm.start(ChildJvm.builder(InterleavedScaling.class, List.of(),
                List.of("--workload", "countdown", "--size", "large", "--workers", "2", "--models", "PROCESS_POOL",
                        "--blocks", "100000", "--warmup", "0", "--min-entry-ms", "0"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD));
        try {
            List<ProcessHandle> workers = List.of();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (workers.size() < 2 && System.nanoTime() < deadline && harness.isAlive()) {
                Thread.sleep(100);
                workers = harness.descendants().filter(ProcessHandle::isAlive).toList();
            }
            assertEquals(2, workers.size(), "the pool's two worker JVMs started");
            harness.destroy();
            assertTrue(harness.waitFor(30, TimeUnit.SECONDS), "the harness ends on SIGTERM");
            for (ProcessHandle worker : workers) {
                worker.onExit().get(20, TimeUnit.SECONDS);
                assertFalse(worker.isAlive(), "worker " + worker.pid() + " outlived the harness");
            }
        } finally {
            harness.destroyForcibly();
        }
    }

    @Test
    void badOptionsExitTwoAndWriteNothing() {
        Path out = dir.resolve("never.json");
        assertEquals(2, run("--workload", "fibonacci", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--models", "GREEN_THREADS", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--size", "huge", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--blocks", "1", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--schedule", "random", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--workers", "0", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--no-such-option"));
        assertFalse(Files.exists(out));
    }

    private static int run(String... args) {
        return InterleavedScaling.commandLine().execute(args);
    }
}
