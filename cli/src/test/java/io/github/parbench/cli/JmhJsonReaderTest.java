package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhJsonReader;
import io.github.parbench.format.JmhResult;
import io.github.parbench.cli.input.RunDirectory;
import io.github.parbench.cli.input.RunDirectoryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhJsonReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsRealJmhOutputWithParamsAndPerForkRawData() throws Exception {
        List<JmhResult> results = JmhJsonReader.read(Fixtures.copy(Fixtures.SCALING, tmp.resolve("x.json")));
        assertEquals(8, results.size());
        JmhResult first = results.get(0);
        assertEquals("io.github.parbench.jmh.CountdownScaling.strong", first.key().benchmark());
        assertEquals("avgt", first.key().mode());
        assertEquals("model=SERIAL, size=small, workers=1", first.key().paramsText());
        JsonNode raw = Fixtures.JSON.readTree(Fixtures.text(Fixtures.SCALING)).get(0).path("primaryMetric").path("rawData");
        assertEquals(3, first.primary().forks().size());
        double[] means = first.primary().forkMeans();
        for (int fork = 0; fork < 3; fork++) {
            double sum = 0;
            for (JsonNode v : raw.get(fork)) {
                sum += v.asDouble();
            }
            assertEquals(sum / raw.get(fork).size(), means[fork], 1e-15);
        }
    }

    @Test
    void acceptsNaNErrorsAndSampleModeHistograms() throws Exception {
        List<JmhResult> results = JmhJsonReader.read(Fixtures.copy(Fixtures.THRPT_AND_SAMPLE, tmp.resolve("y.json")));
        JmhResult thrpt = results.get(0);
        assertEquals("thrpt", thrpt.key().mode());
        assertTrue(Double.isNaN(thrpt.primary().error()), "JMH's \"NaN\" error string reads as NaN");
        assertTrue(thrpt.higherIsBetter());
        JmhResult sample = results.get(1);
        assertEquals("sample", sample.key().mode());
        assertEquals(1, sample.primary().forks().size());
        assertEquals(2, sample.primary().forks().get(0).length);
        // Each iteration's histogram mean stays in the range of the recorded latencies.
        for (double v : sample.primary().forks().get(0)) {
            assertTrue(v >= sample.primary().percentiles().get(0.0) && v <= sample.primary().percentiles().get(100.0), "mean " + v);
        }
        assertTrue(sample.secondary().containsKey("p0.50"));
    }

    @Test
    void histogramIterationIsTheWeightedMeanOfItsBuckets() throws Exception {
        Path file = tmp.resolve("h.json");
        Files.writeString(file, """
                [{"benchmark": "b.B.m", "mode": "sample", "params": {},
                  "primaryMetric": {"score": 2.5, "scoreError": "NaN", "scoreUnit": "us/op",
                    "rawDataHistogram": [[[[1.0, 1], [3.0, 3]]], [[[2.0, 2]]]]}}]
                """);
        assertArrayEquals(new double[] {2.5, 2.0}, JmhJsonReader.read(file).get(0).primary().forkMeans(), 1e-12);
    }

    @Test
    void badFilesAreRejectedWithTheFileAndTheProblem() throws Exception {
        assertProblem(tmp.resolve("missing.json"), "does not exist");
        assertProblem(write("empty.json", ""), "is empty");
        String real = Fixtures.text(Fixtures.SCALING);
        assertProblem(write("truncated.json", real.substring(0, real.length() / 2)), "truncated");
        assertProblem(write("object.json", "{\"host\": \"x\"}"), "is not JMH JSON");
        assertProblem(write("numbers.json", "[1, 2, 3]"), "is not JMH JSON");
        assertProblem(write("none.json", "[]"), "holds no benchmark results");
        assertProblem(write("garbage.json", "this is not json"), "is not valid JSON");
        assertProblem(write("badscore.json", """
                [{"benchmark": "b.B.m", "mode": "avgt", "primaryMetric": {"score": "fast", "scoreUnit": "ms/op"}}]
                """), "score is not a number");
    }

    @Test
    void runDirectoryTakesEveryJmhShapedJsonAndTheNamedExtras() throws Exception {
        Path dir = Fixtures.runDir(tmp.resolve("run"), "node1");
        Files.writeString(dir.resolve("notes.json"), "{\"free\": \"form\"}");
        RunDirectory run = RunDirectoryReader.read(dir);
        assertEquals(8 + 3, run.results().size(), "JVM results plus the CPython reference");
        assertTrue(run.env().isPresent());
        assertTrue(run.conformance().isPresent());
        assertEquals(List.of(dir.resolve("notes.json")), run.ignored());
    }

    @Test
    void aTruncatedFileInARunDirectoryIsBadInputNotASilentGap() throws Exception {
        Path dir = Fixtures.runDir(tmp.resolve("run"), "node1");
        String real = Fixtures.text(Fixtures.SCALING);
        Files.writeString(dir.resolve("jmh-Other.json"), real.substring(0, 100));
        BadInputException e = assertThrows(BadInputException.class, () -> RunDirectoryReader.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("jmh-Other.json") + ": is truncated JSON"), e.getMessage());
    }

    @Test
    void theSameBenchmarkInTwoFilesIsBadInput() throws Exception {
        Path dir = Fixtures.runDir(tmp.resolve("run"), "node1");
        Fixtures.copy(Fixtures.SCALING, dir.resolve("jmh-CountdownScaling-again.json"));
        BadInputException e = assertThrows(BadInputException.class, () -> RunDirectoryReader.read(dir));
        assertTrue(e.getMessage().contains("repeats io.github.parbench.jmh.CountdownScaling.strong"), e.getMessage());
        assertTrue(e.getMessage().contains("already in"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutResultsIsBadInput() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("emptyrun"));
        Files.writeString(dir.resolve("env.json"), "{}");
        BadInputException e = assertThrows(BadInputException.class, () -> RunDirectoryReader.read(dir));
        assertTrue(e.getMessage().contains("holds no JMH results"), e.getMessage());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content);
    }

    private static void assertProblem(Path file, String problem) {
        BadInputException e = assertThrows(BadInputException.class, () -> JmhJsonReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), "expected '" + problem + "' in: " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }
}
