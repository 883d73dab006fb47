package io.github.parbench.cli;

import static io.github.parbench.cli.CompareCommandTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare on interleaved A/B results (docs/statistics.md, "Interleaved A/B results: the file shape"). */
class InterleavedAbCompareTest {

    private static final String ROW = "| io.github.parbench.jmh.interleaved.InterleavedScaling.countdown |";
    private static final String FILE = "interleaved-ab/InterleavedScaling-countdown-large.json";

    @TempDir
    Path tmp;

    @Test
    void anInterleavedAaRunRegressesNothingAndSaysItsDesignAndResolution() throws Exception {
        Path dir = PairedCompareTest.copyFixture(Fixtures.INTERLEAVED_AB_AA, tmp.resolve("aa"));
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        List<String> rows = rows(run.out(), ROW);
        assertEquals(6, rows.size(), run.out());
        for (String row : rows) {
            assertTrue(row.contains("(40 blocks) | ") && row.contains(" | interleaved | ±"), row);
            assertFalse(row.endsWith("| slower |") || row.endsWith("| faster |"), row);
        }
        assertTrue(run.out().contains("sign test on log(candidate/baseline) of each interleaved block"), run.out());
        assertTrue(run.out().contains("family-wise over the 6 rows tested"), run.out());
        assertTrue(run.out().matches("(?s).*Differences under ±[0-9.]+% are not visible here \\(the median row; ±[0-9.]+% in the"
                + " least precise one\\)\\..*"), run.out());
    }

    @Test
    void aTenPercentSlowerCandidateIsFoundWhereTheBlocksAreQuietAndNeverCalledFaster() throws Exception {
        Path dir = PairedCompareTest.copyFixture(Fixtures.INTERLEAVED_AB_AA, tmp.resolve("slow"));
        scaleCandidate(dir.resolve(FILE), 1.10);
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        List<String> rows = rows(run.out(), ROW);
        // Seeds 4-6 have per-block log-ratio sd of 2-3%: +-5% resolution there, so 10% cannot hide.
        for (String seed : List.of("seed4", "seed5", "seed6")) {
            assertTrue(rows.stream().anyMatch(r -> r.contains(seed + ",") && r.endsWith("| slower |")), run.out());
        }
        assertTrue(rows.stream().noneMatch(r -> r.endsWith("| faster |")), run.out());
    }

    @Test
    void aContenderTheCandidateDidNotServeIsMissing() throws Exception {
        Path dir = PairedCompareTest.copyFixture(Fixtures.INTERLEAVED_AB_AA, tmp.resolve("missing"));
        ArrayNode results = (ArrayNode) Fixtures.JSON.readTree(dir.resolve(FILE).toFile());
        results.remove(1); // seed1's candidate
        Fixtures.JSON.writeValue(dir.resolve(FILE).toFile(), results);
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(rows(run.out(), ROW).get(0).endsWith("| — | — | interleaved | — | missing (not in the candidate's blocks) |"),
                run.out());
    }

    @Test
    void severalHarnessJvmsAreTheSamplesNotTheirBlocks() throws Exception {
        Path dir = PairedCompareTest.copyFixture(Fixtures.INTERLEAVED_AB_AA, tmp.resolve("jvms"));
        ArrayNode results = (ArrayNode) Fixtures.JSON.readTree(dir.resolve(FILE).toFile());
        // Split seed4's 40 blocks into two "JVMs" of 20: two samples, too few to decide.
        ObjectNode ratios = (ObjectNode) results.get(7).get("secondaryMetrics").get("candidate/baseline");
        ArrayNode blocks = (ArrayNode) ratios.get("rawData").get(0);
        ArrayNode split = Fixtures.JSON.createArrayNode();
        ArrayNode first = split.addArray();
        ArrayNode second = split.addArray();
        for (int i = 0; i < blocks.size(); i++) {
            (i < 20 ? first : second).add(blocks.get(i));
        }
        ratios.set("rawData", split);
        Fixtures.JSON.writeValue(dir.resolve(FILE).toFile(), results);
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(rows(run.out(), ROW).get(3).endsWith("| unsure (2 harness JVMs, need 3) |"), run.out());
    }

    @Test
    void aZeroRatioIsBroken() throws Exception {
        Path dir = PairedCompareTest.copyFixture(Fixtures.INTERLEAVED_AB_AA, tmp.resolve("zero"));
        ArrayNode results = (ArrayNode) Fixtures.JSON.readTree(dir.resolve(FILE).toFile());
        ((ArrayNode) results.get(1).get("secondaryMetrics").get("candidate/baseline").get("rawData").get(0)).set(5, 0.0);
        Fixtures.JSON.writeValue(dir.resolve(FILE).toFile(), results);
        Fixtures.Run run = Fixtures.run("compare", dir.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(rows(run.out(), ROW).get(0).endsWith("| broken (a candidate/baseline ratio is NaN, infinite, zero or negative) |"),
                run.out());
    }

    @Test
    void resultsCompareCannotReadAsInterleavedAbAreBadInput() throws Exception {
        assertBad(edited("noratio", r -> ((ObjectNode) r.get(1)).putObject("secondaryMetrics")),
                "without its secondary metric \"candidate/baseline\"");
        assertBad(edited("nobuild", r -> ((ObjectNode) r.get(0).get("params")).remove("build")),
                "whose param \"build\" is not \"baseline\" or \"candidate\"");
        assertBad(edited("nodesign", r -> ((ObjectNode) r.get(0)).remove("interleaved")), "without an \"interleaved\" object");
        assertBad(edited("twice", r -> r.add(r.get(0).deepCopy())), "repeats");
    }

    private Path edited(String name, java.util.function.Consumer<ArrayNode> edit) throws Exception {
        Path dir = PairedCompareTest.copyFixture(Fixtures.INTERLEAVED_AB_AA, tmp.resolve(name));
        ArrayNode results = (ArrayNode) Fixtures.JSON.readTree(dir.resolve(FILE).toFile());
        edit.accept(results);
        Fixtures.JSON.writeValue(dir.resolve(FILE).toFile(), results);
        return dir;
    }

    private void assertBad(Path dir, String expected) throws Exception {
        Path summary = tmp.resolve("summary-" + dir.getFileName() + ".md");
        Fixtures.Run run = Fixtures.run("compare", "--out", summary.toString(), dir.toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(FILE.substring(FILE.indexOf('/') + 1)) || run.err().contains("interleaved-ab"), run.err());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in: " + run.err());
        assertFalse(Files.exists(summary), "nothing written on bad input");
    }

    /** Every candidate time and every ratio multiplied by {@code factor}: a known regression on real noise. */
    private static void scaleCandidate(Path file, double factor) throws Exception {
        ArrayNode results = (ArrayNode) Fixtures.JSON.readTree(file.toFile());
        for (JsonNode result : results) {
            if ("candidate".equals(result.get("params").get("build").asText())) {
                scaleRaw((ObjectNode) result.get("primaryMetric"), factor);
                scaleRaw((ObjectNode) result.get("secondaryMetrics").get("candidate/baseline"), factor);
            }
        }
        Fixtures.JSON.writeValue(file.toFile(), results);
    }

    private static void scaleRaw(ObjectNode metric, double factor) {
        metric.put("score", metric.get("score").asDouble() * factor);
        for (JsonNode fork : metric.get("rawData")) {
            ArrayNode values = (ArrayNode) fork;
            for (int i = 0; i < values.size(); i++) {
                values.set(i, DoubleNode.valueOf(values.get(i).asDouble() * factor));
            }
        }
    }
}
