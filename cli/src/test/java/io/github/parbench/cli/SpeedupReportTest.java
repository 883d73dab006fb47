package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interleaved speedups lead the report, with the A/A control's verdict and JMH's figure beside them. */
class SpeedupReportTest {

    @TempDir
    Path tmp;

    @Test
    void theSpeedupSectionComesFirstWithIntervalsTheControlAndTheDriftChart() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        Fixtures.copy(Fixtures.INTERLEAVED, run.resolve("jmh-InterleavedScaling-countdown-small.json"));
        writeTwin(run, 1.004, 0.99, 1.02);
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        // Markdown escapes brackets, so a value from an input file cannot make a link.
        String md = Files.readString(run.resolve("report.md"));
        int speedup = md.indexOf("## Speedup");
        assertTrue(speedup > 0 && speedup < md.indexOf("## Environment"), "Speedup before the environment:\n" + md);
        assertFalse(md.contains("too noisy"), "a control at 1.004 [0.99, 1.02] is quiet enough");
        assertTrue(md.contains("### countdown, small (n = 200,000)"), md);
        assertTrue(md.contains("A/A control: SERIAL_TWIN / SERIAL = 1.004 \\[0.990, 1.020\\]"), md);
        assertTrue(md.matches("(?s).*\\| SERIAL \\| 1 \\|.*\\| SERIAL_TWIN \\| 1 \\|.*\\| THREADS \\| 1 \\|.*\\| PROCESS_POOL \\| 1 \\|.*"),
                "SERIAL, its twin, then the lecture's order");
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.contains("Drift: countdown, small"), "the drift chart is drawn");
        assertFalse(md.contains("## Other benchmarks"), "interleaved results are not left over as 'other'");
    }

    @Test
    void aFailedControlPutsTheNoiseWarningInTheFirstLines() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        Fixtures.copy(Fixtures.INTERLEAVED, run.resolve("jmh-InterleavedScaling-countdown-small.json"));
        writeTwin(run, 1.05, 1.01, 1.09);
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String md = Files.readString(run.resolve("report.md"));
        String findings = md.substring(0, md.indexOf("## Speedup"));
        int warning = findings.indexOf("too noisy");
        assertTrue(warning > 0 && (findings.indexOf("\n- ") < 0 || warning < findings.indexOf("\n- ")),
                "the warning opens the Findings, before any sentence:\n" + findings);
        assertTrue(findings.contains("countdown, small (n = 200,000): the A/A control came out 1.050 \\[1.010, 1.090\\]"),
                findings);
        assertEquals(1, md.split("too noisy", -1).length - 1, "the warning is said once:\n" + md);
        assertTrue(md.contains("its interval excludes 1.0, so the control failed"), "its table says which experiment");
    }

    @Test
    void anIntervalThatExcludesOneFailsTheControlEvenWhenTheRatioIsClose() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        Fixtures.copy(Fixtures.INTERLEAVED, run.resolve("jmh-InterleavedScaling-countdown-small.json"));
        writeTwin(run, 1.02, 1.01, 1.03);
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        assertTrue(Files.readString(run.resolve("report.md")).contains("an interval that excludes 1.0"));
    }

    @Test
    void jmhsFigureOutsideTheInterleavedIntervalIsMarked() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        Fixtures.copy(Fixtures.INTERLEAVED, run.resolve("jmh-InterleavedScaling-countdown-small.json"));
        writeTwin(run, 1.0, 0.98, 1.02);
        setSpeedup(run, "THREADS", "2", 100.0, 0.0001, 10_000);
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String md = Files.readString(run.resolve("report.md"));
        String threads2 = md.lines().filter(l -> l.startsWith("| THREADS | 2 |") && l.contains("[")).findFirst().orElseThrow();
        assertFalse(threads2.contains("(outside)"), "an interval [0.0001, 10000] holds anything JMH says: " + threads2);
        String pool2 = md.lines().filter(l -> l.startsWith("| PROCESS_POOL | 2 |") && l.contains("[")).findFirst().orElse("");
        assertTrue(pool2.endsWith("| — |"), "the fixture's JMH suite has no PROCESS_POOL: " + pool2);
    }

    /** Sets the A/A control's speedup and interval in the run's interleaved file. */
    private static void writeTwin(Path run, double score, double low, double high) throws Exception {
        setSpeedup(run, "SERIAL_TWIN", "1", score, low, high);
    }

    private static void setSpeedup(Path run, String model, String workers, double score, double low, double high)
            throws Exception {
        Path file = run.resolve("jmh-InterleavedScaling-countdown-small.json");
        JsonNode root = Fixtures.JSON.readTree(file.toFile());
        for (JsonNode result : root) {
            if (result.path("params").path("model").asText().equals(model)
                    && result.path("params").path("workers").asText().equals(workers)) {
                ObjectNode speedup = (ObjectNode) result.path("secondaryMetrics").path("speedup");
                speedup.put("score", score);
                ArrayNode interval = speedup.putArray("scoreConfidence");
                interval.add(low).add(high);
            }
        }
        Fixtures.JSON.writeValue(file.toFile(), root);
    }
}
