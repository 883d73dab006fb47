package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhJsonWriter;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.format.Producer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the report says about how each interleaved contender was measured: its warm-up, whether it
 * compiled while measured, the precision asked for and reached, and the A/A control's verdict and
 * resolution. Each run directory here holds one small interleaved file, written through the format
 * module as the harness writes it.
 */
class InterleavedDesignReportTest {

    private static final InterleavedDesign.Warmup STEADY = new InterleavedDesign.Warmup("steady state", 12, 340, false, 57, 1);
    private static final InterleavedDesign.Warmup CAPPED = new InterleavedDesign.Warmup("steady state", 40, 5000, true, 212, 3);

    @TempDir
    Path tmp;

    /** One contender: its speedup and interval, and what its file records about its measurement. */
    private record Contender(String model, int workers, double speedup, double low, double high,
                             InterleavedDesign.Warmup warmup, long compilations, InterleavedDesign.Precision precision) {
    }

    private static Contender plain(String model, int workers, double speedup, double low, double high) {
        return new Contender(model, workers, speedup, low, high, null, -1, null);
    }

    @Test
    void aContenderThatCompiledWhileMeasuredIsMarkedWithItsCountAndWarnedOfOnce() throws Exception {
        String md = report(List.of(
                new Contender("SERIAL", 1, 1, 1, 1, STEADY, 0, null),
                new Contender("SERIAL_TWIN", 1, 1.002, 0.99, 1.014, STEADY, 0, null),
                new Contender("THREADS", 2, 1.8, 1.75, 1.85, STEADY, 3, null),
                new Contender("PROCESS_POOL", 2, 1.6, 1.55, 1.65, STEADY, 0, null)));
        assertTrue(md.contains("| THREADS † | 2 |"), "the table marks it:\n" + md);
        assertFalse(md.contains("| PROCESS_POOL † |"), "one that did not compile is not marked");
        assertTrue(md.contains("† Measured while compiling: JIT compilations finished during the measured entries of"
                + " THREADS x2 (3)"), "the footnote gives the count:\n" + md);
        String findings = findings(md);
        assertTrue(findings.contains("Warning: 1 contender was measured while the JIT compiler was still finishing"
                + " compilations (THREADS x2 in countdown, large (n = 1,000,000)"), findings);
        assertEquals(1, occurrences(md, "still finishing compilations"), "said once:\n" + md);
    }

    @Test
    void olderFilesSayNotRecordedWithoutAWarning() throws Exception {
        String md = report(List.of(plain("SERIAL", 1, 1, 1, 1), plain("SERIAL_TWIN", 1, 1.002, 0.99, 1.014),
                plain("THREADS", 2, 1.8, 1.75, 1.85)));
        assertTrue(md.contains("Warm-up: 5 untimed blocks. JIT compilations during measurement: not recorded."), md);
        assertFalse(md.contains("Warning"), "nothing to warn of:\n" + md);
        assertFalse(md.contains("†"), md);
        assertFalse(md.contains("| Warm-up |"), "no warm-up column without warm-up records");
    }

    @Test
    void aWarmupCutOffByItsCapIsShownInTheTableAndWarnedOfOnce() throws Exception {
        String md = report(List.of(
                new Contender("SERIAL", 1, 1, 1, 1, STEADY, 0, null),
                new Contender("SERIAL_TWIN", 1, 1.002, 0.99, 1.014, STEADY, 0, null),
                new Contender("THREADS", 2, 1.8, 1.75, 1.85, CAPPED, 0, null)));
        assertTrue(md.contains("| Warm-up |"), md);
        assertTrue(md.contains("| 12 entries, 0.34 s, 57 compilations |"), "each contender's warm-up:\n" + md);
        assertTrue(md.contains("| 40 entries, 5 s, 212 compilations (cap reached) |"), md);
        assertTrue(md.contains("Warm-up: steady state, at most 5 s per contender; warm-up cap reached before steady"
                + " state for THREADS x2."), md);
        assertTrue(md.contains("JIT compilations during measurement: none."), md);
        assertTrue(findings(md).contains("Warning: warm-up cap reached before steady state for 1 contender (THREADS x2 in"
                + " countdown, large (n = 1,000,000))"), findings(md));
        assertEquals(1, occurrences(md, "Warning: warm-up cap"), md);
    }

    @Test
    void precisionSaysTargetReachedAndWhenTheBudgetRanOut() throws Exception {
        InterleavedDesign.Precision met = new InterleavedDesign.Precision(0.02, 0.015, false, "t");
        InterleavedDesign.Precision short_ = new InterleavedDesign.Precision(0.02, 0.034, true, "t");
        String md = report(List.of(
                new Contender("SERIAL", 1, 1, 1, 1, STEADY, 0, new InterleavedDesign.Precision(0.02, 0, true, "t")),
                new Contender("SERIAL_TWIN", 1, 1.002, 0.99, 1.014, STEADY, 0, met),
                new Contender("THREADS", 2, 1.8, 1.74, 1.86, STEADY, 0, short_)));
        assertTrue(md.contains("Precision: target ±2.0%, t intervals; reached ±3.4% at worst (THREADS x2); the budget ran"
                + " out before every interval reached the target."), md);
        assertTrue(findings(md).contains("Warning: the measuring budget ran out before the precision target was reached"
                + " in 1 experiment (countdown, large (n = 1,000,000): target ±2.0%, reached ±3.4%)"), findings(md));

        String reached = report(List.of(
                new Contender("SERIAL", 1, 1, 1, 1, STEADY, 0, null),
                new Contender("SERIAL_TWIN", 1, 1.002, 0.99, 1.014, STEADY, 0, met),
                new Contender("THREADS", 2, 1.8, 1.78, 1.82, STEADY, 0, met)));
        assertTrue(reached.contains("Precision: target ±2.0%, t intervals; reached ±1.5% at worst"), reached);
        assertFalse(reached.contains("budget ran out"), reached);
    }

    @Test
    void aWideControlThatCoversOneIsLowResolutionNotAFailure() throws Exception {
        // 1.05 [0.97, 1.13]: far from 1.0 as a point, but its interval covers 1.0; ±7.6% wide.
        String md = report(List.of(plain("SERIAL", 1, 1, 1, 1), plain("SERIAL_TWIN", 1, 1.05, 0.97, 1.13),
                plain("THREADS", 2, 1.8, 1.6, 2.0)));
        String findings = findings(md);
        String lead = findings.substring(findings.indexOf("## Findings") + "## Findings".length()).strip();
        assertTrue(lead.startsWith("Resolution: differences under ±7.6% are not visible in countdown, large"), lead);
        assertTrue(lead.contains("low resolution, not a failed control"), lead);
        assertFalse(md.contains("so the control failed") || md.contains("A/A control failed in") || md.contains("too noisy"),
                "a covering control did not fail:\n" + md);
        assertTrue(md.contains("its interval covers 1.0, so the control held, but it is wider than ±3%: low resolution;"
                + " differences under ±7.6% are not visible here."), md);
        assertTrue(md.contains("| 1.800 | \\[1.600, 2.000\\] | ±11.1% | 90% |"),
                "each contender's own resolution:\n" + md);
    }

    @Test
    void aNarrowControlStatesItsResolutionAsAFinding() throws Exception {
        String md = report(List.of(plain("SERIAL", 1, 1, 1, 1), plain("SERIAL_TWIN", 1, 1.0, 0.99, 1.01),
                plain("THREADS", 2, 1.8, 1.75, 1.85)));
        String findings = findings(md);
        assertFalse(findings.contains("Resolution:"), "a fine resolution does not lead:\n" + findings);
        assertTrue(findings.contains("- The A/A control held in the run's one experiment") && findings.contains(
                "differences under ±1.0% are not visible here, larger ones are."), findings);
    }

    @Test
    void theInterleavedChartsAreDrawnWithTheirIntervals() throws Exception {
        Path run = runDir(List.of(plain("SERIAL", 1, 1, 1, 1), plain("SERIAL_TWIN", 1, 1.0, 0.99, 1.01),
                plain("THREADS", 1, 0.97, 0.95, 0.99), plain("THREADS", 2, 1.8, 1.75, 1.85)));
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.contains("Speedup: countdown, large (n = 1,000,000)"), "the speedup chart's title");
        assertTrue(html.contains("Efficiency: countdown, large (n = 1,000,000)"), "the efficiency chart's title");
        assertTrue(html.contains("measured interleaved: each model&#39;s 95% interval as error bars"), "its caption");
    }

    private String report(List<Contender> contenders) throws Exception {
        Path run = runDir(contenders);
        Fixtures.Run result = Fixtures.run("report", run.toString());
        assertEquals(0, result.code(), result.err());
        return Files.readString(run.resolve("report.md"));
    }

    private Path runDir(List<Contender> contenders) throws Exception {
        Path run = Files.createTempDirectory(tmp, "run");
        List<JmhResult> results = new ArrayList<>();
        double[] serial = {10.0, 10.4, 9.8, 10.1, 10.2, 9.9};
        for (Contender c : contenders) {
            double[] blocks = new double[serial.length];
            for (int b = 0; b < blocks.length; b++) {
                blocks[b] = serial[b] / c.speedup();
            }
            double mean = java.util.Arrays.stream(blocks).average().orElseThrow();
            InterleavedDesign design = new InterleavedDesign("interleaved", 7, 5, blocks.length, 1_000_000,
                    "CountdownScaling", 0.95, contenders.size(), 1, 5, List.of(), c.warmup(), c.compilations(), c.precision());
            Metric time = new Metric(mean, 0.1, "ms/op", new TreeMap<>(), List.of(blocks));
            Metric speedup = new Metric(c.speedup(), Double.NaN, "x", new TreeMap<>(), List.of(new double[] {c.speedup()}),
                    c.low(), c.high());
            results.add(new JmhResult(BenchmarkKey.of("io.github.parbench.jmh.interleaved.InterleavedScaling.countdown", "avgt",
                    Map.of("model", c.model(), "workers", Integer.toString(c.workers()), "size", "large")), time,
                    Map.of("speedup", speedup), Producer.of("java", "17"), null, design));
        }
        JmhJsonWriter.write(run.resolve("jmh-InterleavedScaling-countdown-large.json"), results);
        return run;
    }

    /** The Findings section: everything before the Speedup section. */
    private static String findings(String md) {
        return md.substring(0, md.indexOf("## Speedup"));
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
