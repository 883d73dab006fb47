package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path tmp;

    @Test
    void writesMarkdownAndHtmlInsideTheRunDirectory() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("node1-20261125-134300"), "node1");
        Fixtures.Run result = Fixtures.run("report", run.toString());
        assertEquals(0, result.code(), result.err());
        String md = Files.readString(run.resolve("report.md"));
        String html = Files.readString(run.resolve("report.html"));
        for (String section : List.of("Environment", "Scaling", "CountdownScaling.strong, size=small", "CountdownScaling.weak, size=small",
                "CPython reference", "cpython.CountdownScaling.strong, size=large", "Conformance (jcstress)")) {
            assertTrue(md.contains(section), "report.md lacks " + section);
            assertTrue(html.contains(section), "report.html lacks " + section);
        }
        assertTrue(md.contains("| CPU model | Test CPU @ 2.20GHz |"));
        assertTrue(md.contains("| rack | r7 |"), "bench's extra env keys are kept");
        assertTrue(md.contains("| LostUpdateRacy | two threads doing total += amount lose updates | PASSED | 1520000 | 48211 | 1 | 0 |"));
        // The CPython reference: the lecture's 1.43 s serial against 0.71 s on two processes.
        assertTrue(Pattern.compile("\\| PROCESS_SPAWN \\| 2 \\| 709\\.\\d \\| — \\| 2\\.0\\d \\|").matcher(md).find(), md);
        assertEquals(6, count(html, "<svg"), "speedup and efficiency for 2 JVM groups and 1 CPython group");
    }

    @Test
    void markdownTableCarriesTheSpeedupComputedFromTheFixture() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String md = Files.readString(run.resolve("report.md"));
        Matcher serial = Pattern.compile("\\| SERIAL \\| 1 \\| ([0-9.]+) \\|").matcher(md);
        assertTrue(serial.find());
        Matcher threads = Pattern.compile("\\| THREADS \\| 2 \\| ([0-9.]+) \\| [0-9.]+ \\| ([0-9.]+) ± [0-9.]+ \\| (\\d+)% \\|").matcher(md);
        assertTrue(threads.find(), md);
        double expected = Double.parseDouble(serial.group(1)) / Double.parseDouble(threads.group(1));
        assertEquals(expected, Double.parseDouble(threads.group(2)), 0.01);
        assertEquals(Math.round(expected / 2 * 100), Long.parseLong(threads.group(3)), 1);
    }

    @Test
    void htmlIsSelfContainedAndEscapesEveryInputString() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node" + SCRIPT);
        // A hostile benchmark name and param value, in the JVM results and in the generic table.
        String hostile = Fixtures.text(Fixtures.SCALING)
                .replace("\"small\"", "\"small" + SCRIPT.replace("/", "\\/") + "\"")
                .replace("CountdownScaling.weak", "CountdownScaling" + SCRIPT.replace("/", "\\/") + ".weak");
        Files.writeString(run.resolve("jmh-CountdownScaling.json"), hostile);
        Fixtures.copy(Fixtures.THRPT_AND_SAMPLE, run.resolve("jmh-Latency.json"));
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String html = Files.readString(run.resolve("report.html"));
        assertFalse(html.toLowerCase().contains("<script"), "no script element may appear");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name shows, escaped");
        // Inside the SVG charts too (chart titles carry the size param).
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertTrue(svg.contains("small&lt;script&gt;"), "chart title escaped by JFreeSVG");
        // Self-contained: nothing is fetched. SVG's xmlns names are identifiers, not requests.
        String withoutNamespaces = html.replaceAll("xmlns(:\\w+)?=['\"]http://[^'\"]*['\"]", "");
        for (String external : List.of("http://", "https://", "src=", "@import", "<link", "url(http")) {
            assertFalse(withoutNamespaces.contains(external), "report.html must not contain " + external);
        }
        String md = Files.readString(run.resolve("report.md"));
        assertFalse(md.contains("<script"), "Markdown passes raw HTML through, so it is escaped there too");
    }

    @Test
    void otherSuitesAreShownGenericallyWithPercentilesAndSecondaryMetrics() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        Fixtures.copy(Fixtures.THRPT_AND_SAMPLE, run.resolve("jmh-Latency.json"));
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String md = Files.readString(run.resolve("report.md"));
        assertTrue(md.contains("## Other benchmarks"));
        assertTrue(md.contains("| io.github.parbench.jmh.CountdownScaling.strong | sample | model=SERIAL, size=small, workers=1 | primary |"));
        assertTrue(Pattern.compile("p50 [0-9.]+, p90 [0-9.]+, p99 [0-9.]+, p99\\.9 [0-9.]+, max [0-9.]+").matcher(md).find());
    }

    @Test
    void theConformanceSectionNamesTheCommitItsVerdictIsOn() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        assertTrue(Files.readString(run.resolve("report.md")).contains("generated 2026-11-25T13:40:00Z, git commit not recorded: passed."));

        Path conformance = run.resolve("conformance.json");
        Files.writeString(conformance, Files.readString(conformance).replace("\"passed\": true,",
                "\"gitCommit\": \"0123456789abcdef0123456789abcdef01234567\", \"gitDirty\": false, \"passed\": true,"));
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String md = Files.readString(run.resolve("report.md"));
        assertTrue(md.contains("git commit 0123456789abcdef0123456789abcdef01234567 (clean tree): passed."), md);
        assertTrue(Files.readString(run.resolve("report.html")).contains("git commit 0123456789abcdef0123456789abcdef01234567"));
    }

    @Test
    void aSampleModeGroupShowsEachMethodsPercentilesOnItsOwnRow() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        Fixtures.copy(Fixtures.GROUP_SAMPLE, run.resolve("jmh-LockFairness.json"));
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String md = Files.readString(run.resolve("report.md"));
        assertTrue(Pattern.compile("\\| greedy \\|[^\n]*\\| p50 [0-9.]+, p90").matcher(md).find(), md);
        assertTrue(Pattern.compile("\\| greedyTurnsPastWaitingPolite \\|[^\n]*\\| # \\|  \\|").matcher(md).find(),
                "a counter gets no percentiles: " + md);
        assertFalse(md.contains("greedy:p0.50"), "a group method's percentiles are folded into its row");
    }

    @Test
    void withoutEnvJsonTheReportSaysSoAndNamesTheJvmFromTheResults() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("bare-run"));
        Fixtures.copy(Fixtures.SCALING, run.resolve("jmh-CountdownScaling.json"));
        assertEquals(0, Fixtures.run("report", run.toString()).code());
        String md = Files.readString(run.resolve("report.md"));
        assertTrue(md.startsWith("# parbench report: bare-run\n"), md);
        assertTrue(md.contains("| env.json | missing: the figures below come from the JMH results alone |"));
        assertTrue(md.contains("| JVM | /usr/lib/jvm/java-17-openjdk-amd64/bin/java 17.0.15+6-Debian-1deb12u1 |"), md);
    }

    @Test
    void severalRunsGiveOneCombinedReportInOut() throws Exception {
        Path a = Fixtures.runDir(tmp.resolve("nodeA-1"), "nodeA");
        Path b = Fixtures.runDir(tmp.resolve("nodeB-1"), "nodeB");
        Fixtures.scaled(Fixtures.SCALING, 0.5, b.resolve("jmh-CountdownScaling.json"));
        Path out = tmp.resolve("combined");
        Fixtures.Run result = Fixtures.run("report", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("| Property | nodeA-1 | nodeB-1 |"));
        assertTrue(md.contains("| Host | nodeA | nodeB |"));
        assertTrue(md.contains("## Speedups side by side"));
        assertTrue(md.contains("## Run nodeA-1") && md.contains("## Run nodeB-1"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("THREADS @ nodeB-1"), "one speedup chart over both runs, series named model @ run");
        assertFalse(Files.exists(a.resolve("report.md")), "the combined report goes to --out only");
    }

    @Test
    void severalRunsWithoutOutIsAUsageErrorAndWritesNothing() throws Exception {
        Path a = Fixtures.runDir(tmp.resolve("a"), "a");
        Path b = Fixtures.runDir(tmp.resolve("b"), "b");
        Fixtures.Run result = Fixtures.run("report", a.toString(), b.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("--out"), result.err());
        assertNoReport(a);
        assertNoReport(b);
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        Files.writeString(run.resolve("jmh-Broken.json"), Fixtures.text(Fixtures.SCALING).substring(0, 500));
        Fixtures.Run result = Fixtures.run("report", run.toString());
        assertEquals(2, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("jmh-Broken.json: is truncated JSON"), result.err());
        assertNoReport(run);

        Fixtures.Run missing = Fixtures.run("report", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nowhere: does not exist"), missing.err());
    }

    @Test
    void unknownOptionsExitTwoWithOneLine() throws Exception {
        Path run = Fixtures.runDir(tmp.resolve("run"), "node1");
        Fixtures.Run result = Fixtures.run("report", "--colour", run.toString());
        assertEquals(2, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("--colour"), result.err());
        assertNoReport(run);
    }

    private static void assertNoReport(Path dir) throws Exception {
        assertFalse(Files.exists(dir.resolve("report.md")));
        assertFalse(Files.exists(dir.resolve("report.html")));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
