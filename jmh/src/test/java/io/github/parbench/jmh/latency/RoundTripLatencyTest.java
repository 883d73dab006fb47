package io.github.parbench.jmh.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.parbench.jmh.HarnessLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end with a few hundred real round trips: its log, its refusals, no child left behind. */
class RoundTripLatencyTest {

    private static final Path SCRIPT = Path.of("..", RoundTripLatency.DEFAULT_CPYTHON_SCRIPT);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return RoundTripLatency.run(args, new PrintStream(console, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void logsEveryCaseAndLoadWithItsSlicesWarmUpAndCompilations() throws Exception {
        Path out = dir.resolve("latency.log");
        assertEquals(0, run("--samples", "300", "--slices", "3", "--warmup-cap", "8s", "--min-warmup-trips", "2000", "--seed", "5",
                "--only", "processPoolApply,blockingQueueHandOff", "--out", out.toString()), err.toString());
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList(),
                "the pool's worker is closed");
        List<String> lines = Files.readAllLines(out);
        assertEquals(HarnessLog.END, lines.get(lines.size() - 1));
        assertTrue(lines.contains("setting\ttripsPerSlice\t100") && lines.contains("setting\tslices\t3"));
        assertTrue(lines.contains("setting\tseed\t5"));
        long histograms = lines.stream().filter(l -> l.startsWith("histogram\t")).count();
        assertEquals(2 * 2, histograms, "two cases in two loads");
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("measured")) {
                assertEquals(3, f[3].split(",").length, "a position per slice: " + line);
                assertTrue(Integer.parseInt(f[4]) >= 10, "warmed for two windows at least: " + line);
                assertEquals(f[1].equals("processPoolApply") ? "2" : "1", f[8], "the pool's worker JVM counts: " + line);
                assertTrue(Long.parseLong(f[9]) >= 0, "counted (surefire gives the flags): " + line);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("case\tprocessPoolApply\tJVM\tProcessPool.apply")));
        assertEquals(2 * 2 * 3, lines.stream().filter(l -> l.startsWith("slice\t")).count());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void measuresCPythonsPoolApplyInTheSameSlicesWhenAPythonIsThere() throws Exception {
        assumeTrue(python3Works(), "no python3 here");
        Path out = dir.resolve("latency.log");
        assertEquals(0, run("--samples", "100", "--slices", "2", "--warmup-cap", "8s", "--min-warmup-trips", "1000", "--load", "idle",
                "--only", "threadPoolSubmit,cpythonPoolApply", "--cpython", "python3",
                "--cpython-script", SCRIPT.toString(), "--out", out.toString()), err.toString());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("case\tcpythonPoolApply\tCPython\tmultiprocessing.Pool(1)")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("setting\tcpythonVersion\t3.")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("measured\tcpythonPoolApply\tidle\t[01],[01]\t.*\t0\t-1")),
                "no JVM, no JIT to count: " + lines);
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList(),
                "the interpreter and its pool's worker are gone");
    }

    @Test
    void refusesACPythonCaseWithoutAPythonAndAMissingScriptInOneLine() throws Exception {
        assertEquals(RoundTripLatency.BAD_USAGE, run("--only", "cpythonPoolApply"));
        assertTrue(err.toString().contains("'cpythonPoolApply' needs --cpython"), err.toString());
        err.reset();
        assertEquals(RoundTripLatency.BAD_USAGE, run("--cpython", "python3", "--cpython-script", "no/such.py"));
        assertTrue(err.toString().contains("no such file: no/such.py"), err.toString());
        err.reset();
        assertEquals(RoundTripLatency.BAD_USAGE, run("--warmup-cap", "soon"));
        assertTrue(err.toString().contains("--warmup-cap: 'soon'"), err.toString());
    }

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import multiprocessing").start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
