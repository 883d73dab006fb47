package io.github.parbench.cli;

import static io.github.parbench.cli.CompareCommandTest.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairedCompareTest {

    private static final String SERIAL_STRONG_1 = "| io.github.parbench.jmh.CountdownScaling.strong | model=SERIAL, size=small, workers=1 | avgt |";

    @TempDir
    Path tmp;

    /**
     * The real A/A paired run (one build against itself, 6 rounds) was taken while five sessions shared
     * this 2-core machine (load average 11-14): within a round the two forks differed by up to 10x.
     */
    @Test
    void realPairedRunOfOneBuildAgainstItselfRegressesNothing() throws Exception {
        Path dir = copyPairedFixture(tmp.resolve("paired-aa"));
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("paired t-test on log(candidate/baseline) of each round"), "the test is named");
        assertTrue(run.out().contains("8 benchmarks compared: 0 slower,"), run.out());
        assertTrue(run.out().contains("(6 rounds)"));
        assertTrue(run.out().contains("baseline A of paired run"));
    }

    @Test
    void aPairedCandidateMissingABenchmarkFailsUnlessAllowed() throws Exception {
        Path dir = copyFixture(Fixtures.PAIRED_MISSING, tmp.resolve("paired-missing"));
        String lost = "| io.github.parbench.jmh.CountdownScaling.strong | model=FORK_JOIN, size=small, workers=2 | avgt |";
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(rowOf(run.out(), lost).endsWith("| — | — | rounds | — | missing (in no round of the candidate) |"), run.out());
        assertTrue(run.out().contains("7 benchmarks compared: 0 slower,"), run.out());
        assertTrue(run.out().contains("FAILED: 1 missing."), run.out());

        Fixtures.Run allowed = Fixtures.run("compare", "--allow-missing", dir.toString());
        assertEquals(0, allowed.code(), allowed.out() + allowed.err());
        assertTrue(rowOf(allowed.out(), lost).endsWith("allowed by --allow-missing) |"), allowed.out());
    }

    @Test
    void aPairedAllNaNCandidateIsBrokenAndFails() throws Exception {
        Path dir = copyFixture(Fixtures.PAIRED_NAN, tmp.resolve("paired-nan"));
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("8 benchmarks compared: 0 slower, 0 faster, 0 same, 0 unsure, 8 broken in the candidate."
                + " FAILED: 8 broken."), run.out());
    }

    /**
     * bench keeps a part that ended short of its planned results under incomplete/ (JMH carries on past a
     * failing benchmark): the candidate's round must still count, so the benchmark it lost shows.
     */
    @Test
    void aCandidateRoundKeptAsIncompleteShowsWhatItLost() throws Exception {
        Path dir = copyPairedFixture(tmp.resolve("paired"));
        Path round = dir.resolve("pairs/CountdownScaling/round-2-candidate.json");
        ArrayNode results = (ArrayNode) Fixtures.JSON.readTree(round.toFile());
        results.remove(0); // SERIAL workers=1 failed in this fork
        Path partial = Files.createDirectories(dir.resolve("incomplete/pairs/CountdownScaling")).resolve(round.getFileName());
        Fixtures.JSON.writeValue(partial.toFile(), results);
        Files.delete(round);

        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(rowOf(run.out(), SERIAL_STRONG_1).endsWith("| missing (not in the candidate's round 2 (it is in the baseline's)) |"),
                run.out());
        assertTrue(run.out().contains("round-2-candidate.json is a part that ended short of its planned results"), run.out());
        assertTrue(rowOf(run.out(), SERIAL_STRONG_1.replace("workers=1", "workers=2")).contains("(6 rounds)"),
                "the partial round still counts for what it has: " + run.out());
    }

    @Test
    void aTwentyPercentSlowerCandidateIsFoundRoundByRound() throws Exception {
        Path dir = pairedFromForks(tmp.resolve("paired"), 1.20, 6);
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(rowOf(run.out(), SERIAL_STRONG_1).endsWith("| rounds | ±" + notVisible(run.out(), SERIAL_STRONG_1) + " | slower |"),
                run.out());
    }

    /**
     * Three rounds leave 2 degrees of freedom: enough for one row alone, not for a run of 8 whose
     * chance of a false alarm is held at alpha/2 by Holm's step-down. The row says so.
     */
    @Test
    void aRowSlowerOnItsOwnIsUnsureWhenTheRunsFamilyWiseStepRejectsIt() throws Exception {
        Path dir = pairedFromForks(tmp.resolve("paired"), 1.20, 3);
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(rowOf(run.out(), SERIAL_STRONG_1).endsWith("| unsure (slower on its own, not after Holm's correction over"
                + " the run's 8 rows) |"), run.out());
        assertTrue(run.out().contains("An unchanged build fails this comparison by chance with probability at most 2.5%"
                + " (alpha/2, family-wise over the 8 rows tested, by Holm's step-down"), run.out());
    }

    @Test
    void fewerThanThreeRoundsIsUnsure() throws Exception {
        Path dir = pairedFromForks(tmp.resolve("paired"), 1.5, 2);
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("8 benchmarks compared: 0 slower, 0 faster, 0 same, 8 unsure."), run.out());
        assertTrue(run.out().contains("unsure (2 rounds, need 3)"), run.out());
    }

    @Test
    void aRoundWithoutItsPartnerIsLeftOutAndSaidSo() throws Exception {
        Path dir = pairedFromForks(tmp.resolve("paired"), 1.0, 3);
        Path suite = dir.resolve("pairs/CountdownScaling");
        Files.copy(suite.resolve("round-1-baseline.json"), suite.resolve("round-4-baseline.json"));
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("round-4-baseline.json has no partner in its round"), run.out());
        assertTrue(run.out().contains("(3 rounds)"));
    }

    @Test
    void brokenPairedRunsAreBadInput() throws Exception {
        Path noPairs = Files.createDirectories(tmp.resolve("nopairs"));
        Files.writeString(noPairs.resolve("paired.json"), Fixtures.text("paired-aa/paired.json"));
        assertBad(Fixtures.run("compare", noPairs.toString()), "pairs: does not exist");

        Path badJson = copyPairedFixture(tmp.resolve("badjson"));
        Files.writeString(badJson.resolve("paired.json"), "{\"baseline\": ");
        assertBad(Fixtures.run("compare", badJson.toString()), "paired.json: is truncated JSON");

        Path truncatedRound = copyPairedFixture(tmp.resolve("truncated"));
        Path round = truncatedRound.resolve("pairs/CountdownScaling/round-2-candidate.json");
        Files.writeString(round, Files.readString(round).substring(0, 300));
        assertBad(Fixtures.run("compare", truncatedRound.toString()), "round-2-candidate.json: is truncated JSON");

        Fixtures.Run asRun = Fixtures.run("report", copyPairedFixture(tmp.resolve("asrun")).toString());
        assertEquals(2, asRun.code());
        assertTrue(asRun.err().contains("it is a paired run: compare it with scripts/compare"), asRun.err());
    }

    private static void assertBad(Fixtures.Run run, String expected) {
        assertEquals(2, run.code(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in: " + run.err());
    }

    /** The row's "Not visible" figure, without its ±. */
    static String notVisible(String markdown, String rowPrefix) {
        String[] cells = rowOf(markdown, rowPrefix).split(" \\| ");
        return cells[cells.length - 2].replace("±", "");
    }

    private static Path copyPairedFixture(Path target) throws Exception {
        return copyFixture(Fixtures.PAIRED_AA, target);
    }

    static Path copyFixture(String name, Path target) throws Exception {
        Path source = Path.of(PairedCompareTest.class.getResource("/fixtures/" + name).toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /**
     * A paired run made from the real 3-fork fixture: round i's baseline is fork i, its candidate the next
     * fork scaled by {@code factor}, so the within-round noise is real fork-to-fork noise.
     */
    private static Path pairedFromForks(Path dir, double factor, int rounds) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("pairs/CountdownScaling"));
        Files.writeString(dir.resolve("paired.json"), """
                {"baseline": {"label": "main", "jar": "a.jar", "gitCommit": "aaa"},
                 "candidate": {"label": "change", "jar": "b.jar", "gitCommit": "bbb"},
                 "rounds": %d, "suites": ["CountdownScaling"]}
                """.formatted(rounds));
        JsonNode fixture = Fixtures.JSON.readTree(Fixtures.text(Fixtures.SCALING));
        for (int i = 0; i < rounds; i++) {
            // More than 3 rounds reuse the fixture's 3 forks in turn.
            Fixtures.JSON.writeValue(suite.resolve("round-" + (i + 1) + "-baseline.json").toFile(), oneFork(fixture, i % 3, 1.0));
            Fixtures.JSON.writeValue(suite.resolve("round-" + (i + 1) + "-candidate.json").toFile(), oneFork(fixture, (i + 1) % 3, factor));
        }
        return dir;
    }

    private static JsonNode oneFork(JsonNode fixture, int fork, double factor) {
        ArrayNode out = fixture.deepCopy();
        for (JsonNode result : out) {
            ObjectNode metric = (ObjectNode) result.get("primaryMetric");
            ArrayNode iterations = ((ArrayNode) metric.get("rawData").get(fork)).deepCopy();
            double sum = 0;
            for (int i = 0; i < iterations.size(); i++) {
                iterations.set(i, DoubleNode.valueOf(iterations.get(i).asDouble() * factor));
                sum += iterations.get(i).asDouble();
            }
            metric.putArray("rawData").add(iterations);
            metric.put("score", sum / iterations.size());
            metric.put("scoreError", "NaN");
            ((ObjectNode) result).put("forks", 1);
        }
        return out;
    }
}
