package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final String SERIAL_STRONG_1 = "| io.github.parbench.jmh.CountdownScaling.strong | model=SERIAL, size=small, workers=1 | avgt |";

    @TempDir
    Path tmp;

    @Test
    void aRunAgainstItselfChangesNothingAndExitsZero() throws Exception {
        Path a = Fixtures.copy(Fixtures.SCALING, tmp.resolve("a.json"));
        Fixtures.Run run = Fixtures.run("compare", a.toString(), a.toString());
        assertEquals(0, run.code(), run.err());
        // Identical data still has its fork-to-fork spread: only the quiet benchmark's CI fits in +-5%.
        assertTrue(run.out().contains("8 benchmarks compared: 0 slower, 0 faster, 1 same, 7 unsure."), run.out());
        assertTrue(rowOf(run.out(), SERIAL_STRONG_1).endsWith("| +0.0% (-3.9% to +4.0%) | unpaired | ±10.4% | same |"),
                run.out());
        assertTrue(run.out().contains("Welch t-test on log per-fork means"), "the test is named");
        assertTrue(run.out().contains("| Benchmark | Params | Mode | Baseline | Candidate | Change (95% CI) | Design | Not visible | Verdict |"));
    }

    @Test
    void aQuarterSlowerCandidateRegressesAndExitsOne() throws Exception {
        Path a = Fixtures.copy(Fixtures.SCALING, tmp.resolve("a.json"));
        Path b = Fixtures.scaled(Fixtures.SCALING, 1.25, tmp.resolve("b.json"));
        Fixtures.Run run = Fixtures.run("compare", a.toString(), b.toString());
        assertEquals(1, run.code(), run.out());
        String row = rowOf(run.out(), SERIAL_STRONG_1);
        assertTrue(row.matches(".*\\| \\+25\\.0% \\(\\+[0-9.]+% to \\+[0-9.]+%\\) \\| unpaired \\| ±[0-9.]+% \\| slower \\|"), row);
        // The noisiest benchmarks (THREADS weak: +-70% between forks) cannot be decided from 3 forks.
        assertTrue(rowOf(run.out(), "| io.github.parbench.jmh.CountdownScaling.weak | model=THREADS, size=small, workers=2 | avgt |")
                .endsWith("| unsure |"));
    }

    @Test
    void aQuarterFasterCandidateIsFasterAndExitsZero() throws Exception {
        Path a = Fixtures.copy(Fixtures.SCALING, tmp.resolve("a.json"));
        Path b = Fixtures.scaled(Fixtures.SCALING, 0.75, tmp.resolve("b.json"));
        Fixtures.Run run = Fixtures.run("compare", a.toString(), b.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(rowOf(run.out(), SERIAL_STRONG_1).endsWith("| faster |"));
    }

    @Test
    void throughputIsBetterHigher() throws Exception {
        Path a = tmp.resolve("a.json");
        Files.writeString(a, Fixtures.text(Fixtures.SCALING).replace("\"avgt\"", "\"thrpt\"").replace("ms/op", "ops/ms"));
        Path up = tmp.resolve("up.json");
        Path down = tmp.resolve("down.json");
        Fixtures.JSON.writeValue(up.toFile(), scaledTree(a, 1.25));
        Fixtures.JSON.writeValue(down.toFile(), scaledTree(a, 0.8));
        Fixtures.Run higher = Fixtures.run("compare", a.toString(), up.toString());
        assertEquals(0, higher.code(), higher.out());
        assertTrue(rowOf(higher.out(), SERIAL_STRONG_1.replace("avgt", "thrpt")).endsWith("| faster |"));
        Fixtures.Run lower = Fixtures.run("compare", a.toString(), down.toString());
        assertEquals(1, lower.code(), lower.out());
        assertTrue(rowOf(lower.out(), SERIAL_STRONG_1.replace("avgt", "thrpt")).endsWith("| slower |"));
    }

    @Test
    void fewerThanThreeForksIsUnsureEvenForAHugeChange() throws Exception {
        Path a = Fixtures.copy(Fixtures.THRPT_AND_SAMPLE, tmp.resolve("a.json"));
        Path b = tmp.resolve("b.json");
        Files.writeString(b, Fixtures.text(Fixtures.THRPT_AND_SAMPLE));
        Fixtures.Run run = Fixtures.run("compare", a.toString(), b.toString());
        assertEquals(0, run.code());
        assertTrue(run.out().contains("2 benchmarks compared: 0 slower, 0 faster, 0 same, 2 unsure."), run.out());
        assertTrue(run.out().contains("unsure (1 fork a side, need 3)"), run.out());
    }

    @Test
    void thresholdDecidesWhatCounts() throws Exception {
        Path a = Fixtures.copy(Fixtures.SCALING, tmp.resolve("a.json"));
        Path b = Fixtures.scaled(Fixtures.SCALING, 1.25, tmp.resolve("b.json"));
        Fixtures.Run lenient = Fixtures.run("compare", "--threshold", "50%", a.toString(), b.toString());
        assertEquals(0, lenient.code(), lenient.out());
        assertTrue(lenient.out().contains("at least 50.0%"));
    }

    @Test
    void benchmarksOnOneSideOnlyAreListedAndLosingOneFails() throws Exception {
        Path a = Fixtures.copy(Fixtures.SCALING, tmp.resolve("a.json"));
        ArrayNode all = (ArrayNode) Fixtures.JSON.readTree(a.toFile());
        ArrayNode fewer = Fixtures.JSON.createArrayNode();
        all.forEach(r -> {
            if (!r.path("params").path("model").asText().equals("THREADS")) {
                fewer.add(r);
            }
        });
        ObjectNode extra = fewer.get(0).deepCopy();
        ((ObjectNode) extra.get("params")).put("model", "FORK_JOIN");
        fewer.add(extra);
        Path b = tmp.resolve("b.json");
        Fixtures.JSON.writeValue(b.toFile(), fewer);
        Fixtures.Run run = Fixtures.run("compare", a.toString(), b.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("4 benchmarks compared: 0 slower, 0 faster, 1 same, 3 unsure. 4 of the baseline's"
                + " benchmarks missing from the candidate. FAILED: 4 missing."), run.out());
        assertTrue(rowOf(run.out(), "| io.github.parbench.jmh.CountdownScaling.weak | model=THREADS, size=small, workers=2 | avgt |")
                .endsWith("| — | — | unpaired | — | missing (not in the candidate) |"), run.out());
        assertTrue(run.out().contains("## Only in the candidate (1)"));
        assertTrue(run.out().contains("(model=FORK_JOIN, size=small, workers=1)"), "intraword underscores stay: " + run.out());
    }

    @Test
    void aCandidateMissingABaselineBenchmarkFailsUnlessAllowed() throws Exception {
        Path baseline = Fixtures.copy(Fixtures.SCALING, tmp.resolve("baseline.json"));
        Path candidate = Fixtures.copy(Fixtures.CANDIDATE_MISSING, tmp.resolve("candidate.json"));
        String lost = "| io.github.parbench.jmh.CountdownScaling.weak | model=THREADS, size=small, workers=2 | avgt |";

        Fixtures.Run run = Fixtures.run("compare", baseline.toString(), candidate.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(rowOf(run.out(), lost).endsWith("| missing (not in the candidate) |"), run.out());
        assertTrue(run.out().contains("FAILED: 1 missing."), run.out());

        Fixtures.Run allowed = Fixtures.run("compare", "--allow-missing", baseline.toString(), candidate.toString());
        assertEquals(0, allowed.code(), allowed.out() + allowed.err());
        assertTrue(rowOf(allowed.out(), lost).endsWith("| missing (not in the candidate; allowed by --allow-missing) |"),
                allowed.out());
        assertTrue(allowed.out().contains("1 of the baseline's benchmarks missing from the candidate (allowed by --allow-missing)."),
                allowed.out());
        assertFalse(allowed.out().contains("FAILED"), allowed.out());
    }

    @Test
    void anAllNaNCandidateIsBrokenAndFails() throws Exception {
        Path baseline = Fixtures.copy(Fixtures.SCALING, tmp.resolve("baseline.json"));
        Path candidate = Fixtures.copy(Fixtures.CANDIDATE_NAN, tmp.resolve("candidate.json"));
        Fixtures.Run run = Fixtures.run("compare", baseline.toString(), candidate.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("8 benchmarks compared: 0 slower, 0 faster, 0 same, 0 unsure, 8 broken in the candidate."
                + " FAILED: 8 broken."), run.out());
        assertEquals(8, rows(run.out(), "| io.github.parbench").stream()
                .filter(r -> r.endsWith("| broken (the candidate's score is NaN, infinite, zero or negative) |")).count(), run.out());
        // --allow-missing is about lost benchmarks, not broken ones.
        assertEquals(1, Fixtures.run("compare", "--allow-missing", baseline.toString(), candidate.toString()).code());
    }

    @Test
    void aZeroOrNegativeCandidateIterationIsBrokenButNotABaselineOne() throws Exception {
        Path good = Fixtures.copy(Fixtures.SCALING, tmp.resolve("good.json"));
        Path zero = tmp.resolve("zero.json");
        Fixtures.JSON.writeValue(zero.toFile(), withFirstRawValue(good, 0.0));
        Path negative = tmp.resolve("negative.json");
        Fixtures.JSON.writeValue(negative.toFile(), withFirstRawValue(good, -1.0));

        for (Path broken : List.of(zero, negative)) {
            Fixtures.Run run = Fixtures.run("compare", good.toString(), broken.toString());
            assertEquals(1, run.code(), run.out());
            assertTrue(rowOf(run.out(), SERIAL_STRONG_1)
                    .endsWith("| broken (the candidate's iterations include NaN, infinite, zero or negative) |"), run.out());
        }
        // Only the candidate can be broken: a bad baseline figure is the baseline's problem.
        Fixtures.Run reversed = Fixtures.run("compare", zero.toString(), good.toString());
        assertEquals(0, reversed.code(), reversed.out());
        assertFalse(rowOf(reversed.out(), SERIAL_STRONG_1).contains("broken"), reversed.out());
    }

    @Test
    void paramValuesCannotInjectMarkdownIntoTheTable() throws Exception {
        String hostile = "[click](https://evil.example/x) | ![img](https://evil.example/p.png) *b* _i_ `c` ~s~ <b>h</b> \\ # $x$\nnext";
        ArrayNode results = (ArrayNode) Fixtures.JSON.readTree(Fixtures.text(Fixtures.SCALING));
        results.forEach(r -> ((ObjectNode) r.get("params")).put("size", hostile));
        Path a = tmp.resolve("a.json");
        Fixtures.JSON.writeValue(a.toFile(), results);
        Fixtures.Run run = Fixtures.run("compare", a.toString(), a.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        List<String> rows = rows(run.out(), "| io.github.parbench");
        assertEquals(8, rows.size(), "one line per row, the newline in the value included: " + run.out());
        for (String row : rows) {
            assertEquals(9, cells(row), "the value adds no cell: " + row);
            // Every Markdown special of the value is escaped (or an entity), so none can start a link,
            // an image, HTML, emphasis, code, strikethrough or math (a # inside a cell makes no heading).
            String unescaped = row.replaceAll("\\\\.", "");
            assertFalse(unescaped.matches(".*[\\[\\]*`~$<>].*"), "unescaped special in: " + row);
            assertFalse(unescaped.contains("_i_"), "emphasis underscores escaped: " + row);
        }
        assertTrue(rows.get(0).contains("\\[click\\](https://evil.example/x) \\| !\\[img\\]"), rows.get(0));
        assertTrue(rows.get(0).contains("&lt;b&gt;h&lt;/b&gt;"), rows.get(0));
    }

    @Test
    void runDirectoriesCompareLikeFiles() throws Exception {
        Path a = Fixtures.runDir(tmp.resolve("a"), "a");
        Path b = Fixtures.runDir(tmp.resolve("b"), "b");
        Fixtures.scaled(Fixtures.SCALING, 1.25, b.resolve("jmh-CountdownScaling.json"));
        Fixtures.Run run = Fixtures.run("compare", a.toString(), b.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("11 benchmarks compared"), "JVM and CPython results: " + run.out());
    }

    @Test
    void aCandidateRunDirectoryWithoutOneOfItsPartsFails() throws Exception {
        Path a = Fixtures.runDir(tmp.resolve("a"), "a");
        Path b = Fixtures.runDir(tmp.resolve("b"), "b");
        Files.delete(b.resolve("python-countdown.json")); // the CPython part never finished
        Fixtures.Run run = Fixtures.run("compare", a.toString(), b.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("8 benchmarks compared: 0 slower, 0 faster, 1 same, 7 unsure. 3 of the baseline's"
                + " benchmarks missing from the candidate. FAILED: 3 missing."), run.out());
    }

    @Test
    void outWritesTheSameMarkdown() throws Exception {
        Path a = Fixtures.copy(Fixtures.SCALING, tmp.resolve("a.json"));
        Path summary = tmp.resolve("summary/compare.md");
        Fixtures.Run run = Fixtures.run("compare", "--out", summary.toString(), a.toString(), a.toString());
        assertEquals(0, run.code());
        assertEquals(run.out(), Files.readString(summary));
    }

    @Test
    void badInputExitsTwoWithOneLineNamingTheFile() throws Exception {
        Path good = Fixtures.copy(Fixtures.SCALING, tmp.resolve("good.json"));
        Path empty = Files.writeString(tmp.resolve("empty.json"), "");
        Path truncated = Files.writeString(tmp.resolve("truncated.json"), Fixtures.text(Fixtures.SCALING).substring(0, 2000));
        Path notJmh = Files.writeString(tmp.resolve("env.json"), "{\"host\": \"x\"}");
        Path other = tmp.resolve("other.json");
        Files.writeString(other, Fixtures.text(Fixtures.SCALING).replace("CountdownScaling", "SqrtScaling"));
        Path summary = tmp.resolve("summary.md");
        assertBad(Fixtures.run("compare", "--out", summary.toString(), good.toString(), tmp.resolve("missing.json").toString()),
                "missing.json: does not exist");
        assertBad(Fixtures.run("compare", "--out", summary.toString(), good.toString(), empty.toString()), "empty.json: is empty");
        assertBad(Fixtures.run("compare", "--out", summary.toString(), truncated.toString(), good.toString()), "truncated.json: is truncated JSON");
        assertBad(Fixtures.run("compare", "--out", summary.toString(), good.toString(), notJmh.toString()), "env.json: is not JMH JSON");
        assertBad(Fixtures.run("compare", "--out", summary.toString(), good.toString(), other.toString()), "has no benchmark in common");
        assertBad(Fixtures.run("compare", "--frobnicate", good.toString(), good.toString()), "--frobnicate");
        assertBad(Fixtures.run("compare", "--threshold", "-3", good.toString(), good.toString()), "not a non-negative percentage");
        assertBad(Fixtures.run("compare", good.toString(), good.toString(), good.toString()), "not 3 arguments");
        assertBad(Fixtures.run("compare", good.toString()), "is not a paired run directory");
        assertFalse(Files.exists(summary), "nothing written on bad input");
    }

    private static void assertBad(Fixtures.Run run, String expected) {
        assertEquals(2, run.code(), run.out() + run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in: " + run.err());
    }

    /** Cells of a Markdown table row: the | that are not backslash-escaped, less one. */
    private static int cells(String row) {
        return row.replaceAll("\\\\.", "").replaceAll("[^|]", "").length() - 1;
    }

    private static JsonNode withFirstRawValue(Path file, double value) throws Exception {
        ArrayNode results = (ArrayNode) Fixtures.JSON.readTree(file.toFile());
        ((ArrayNode) results.get(0).get("primaryMetric").get("rawData").get(0)).set(0, value);
        return results;
    }

    private static JsonNode scaledTree(Path file, double factor) throws Exception {
        Path scaled = Fixtures.scaledFile(file, factor);
        return Fixtures.JSON.readTree(scaled.toFile());
    }

    static String rowOf(String markdown, String prefix) {
        Matcher m = Pattern.compile("^" + Pattern.quote(prefix) + ".*$", Pattern.MULTILINE).matcher(markdown);
        assertTrue(m.find(), "no row " + prefix + " in:\n" + markdown);
        return m.group();
    }

    static List<String> rows(String markdown, String prefix) {
        return markdown.lines().filter(l -> l.startsWith(prefix)).toList();
    }
}
