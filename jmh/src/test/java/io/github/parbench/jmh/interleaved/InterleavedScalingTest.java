package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.jmh.HarnessLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.github.parbench.process.ChildJvm;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end, on real models at a tiny size: the block log it writes, and what it refuses. */
class InterleavedScalingTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryBlockTimeAndLeavesNoChildBehind() throws Exception {
        Path out = dir.resolve("interleaved.log");
        int exit = run("--workload", "countdown", "--size", "100000",
                "--workers", "2", "--models", "THREADS,PROCESS_POOL", "--blocks", "4", "--warmup", "1",
                "--warmup-cap", "10s", "--seed", "9", "--out", out.toString());
        assertEquals(0, exit);
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList(),
                "every worker JVM is closed");
        List<String> lines = Files.readAllLines(out);
        assertEquals(HarnessLog.HEADER, lines.get(0));
        assertEquals(HarnessLog.END, lines.get(lines.size() - 1), "a complete log ends with its end line");
        assertTrue(lines.contains("setting\tseed\t9"));
        assertTrue(lines.contains("setting\tsuite\tCountdownScaling"));
        assertTrue(lines.contains("setting\twarmupRule\tsteady state"));
        assertTrue(lines.contains("setting\tjitCounters\tread"), "surefire gives the tests the counters' flags");
        List<String> contenders = new ArrayList<>();
        int entries = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("contender")) {
                contenders.add(f[2] + " x" + f[3]);
            } else if (f[0].equals("warmup")) {
                assertTrue(Integer.parseInt(f[2]) >= 1 && Long.parseLong(f[5]) > 0, "warmed and counted: " + line);
                assertEquals(f[1].equals("3") ? "3" : "1", f[6], "PROCESS_POOL x2 counts its two workers' JVMs too: " + line);
            } else if (f[0].equals("compiled")) {
                assertTrue(Long.parseLong(f[2]) >= 0, "counted, not unknown: " + line);
            } else if (f[0].equals("entry")) {
                entries++;
                assertTrue(Double.parseDouble(f[4]) > 0, line);
            }
        }
        assertEquals(List.of("SERIAL x1", "SERIAL_TWIN x1", "THREADS x2", "PROCESS_POOL x2"), contenders);
        assertEquals(4 * 4, entries, "one entry per contender and block");
    }

    @Test
    @Timeout(90)
    void sigtermMidRunLeavesNoWorkerJvmBehind() throws Exception {
        Process harness = ChildJvm.start(ChildJvm.builder(InterleavedScaling.class, List.of(),
                List.of("--workload", "countdown", "--size", "large", "--workers", "2", "--models", "PROCESS_POOL",
                        "--blocks", "100000", "--warmup", "0", "--warmup-rule", "blocks", "--min-entry-ms", "0"))
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
        Path out = dir.resolve("never.log");
        assertEquals(2, run("--workload", "fibonacci", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--models", "GREEN_THREADS", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--size", "huge", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--blocks", "1", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--schedule", "random", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--workers", "0", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--no-such-option"));
        assertEquals(2, run("--workload", "countdown", "--warmup-rule", "forever", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--warmup-cap", "soon", "--out", out.toString()));
        assertEquals(2, run("--workload", "countdown", "--budget", "3m", "--out", out.toString()),
                "a budget without a precision target");
        assertEquals(2, run("--workload", "countdown", "--precision", "2", "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    private static int run(String... args) {
        return new InterleavedScaling(System.err).run(args);
    }
}
