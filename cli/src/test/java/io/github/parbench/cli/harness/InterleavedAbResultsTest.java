package io.github.parbench.cli.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.cli.input.InterleavedAbReader;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.InterleavedAb;
import io.github.parbench.format.JmhJsonWriter;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An A/B block log as the results compare reads: the documented shape, ratios per block. */
class InterleavedAbResultsTest {

    @TempDir
    Path dir;

    /** SERIAL and THREADS x2 of both builds, 3 blocks; the candidate's THREADS takes 1.1x, 1.2x, 1.0x. */
    private Path log(String candidateBuildName) throws IOException {
        StringBuilder text = new StringBuilder("parbench-harness-log\t1\n");
        for (String[] s : new String[][] {{"harness", "interleaved-ab"}, {"jvm", "java"}, {"jdkVersion", "17"},
                {"vmName", "vm"}, {"vmVersion", "17"}, {"workload", "countdown"}, {"suite", "CountdownScaling"},
                {"size", "small"}, {"n", "1000"}, {"schedule", "interleaved"}, {"seed", "4"}, {"warmupRule", "steady state"},
                {"warmupBlocks", "7"}, {"blocks", "3"}, {"minEntryMillis", "5.0"}, {"precisionTarget", "none"},
                {"budgetExhausted", "false"}}) {
            text.append("setting\t").append(s[0]).append('\t').append(s[1]).append('\n');
        }
        String[] models = {"SERIAL", "SERIAL", "THREADS", "THREADS"};
        String[] workers = {"1", "1", "2", "2"};
        double[][] millis = {{10, 11, 12}, {10, 11, 12}, {5, 5, 6}, {5.5, 6, 6}};
        for (int c = 0; c < 4; c++) {
            text.append("contender\t").append(c).append('\t').append(models[c]).append('\t').append(workers[c]).append("\t2\n");
        }
        for (int c = 0; c < 4; c++) {
            text.append("build\t").append(c).append('\t').append(c % 2 == 0 ? "baseline" : candidateBuildName).append('\n');
            for (int b = 0; b < 3; b++) {
                text.append("entry\t").append(c).append('\t').append(b).append('\t').append((c + b) % 4).append('\t')
                        .append(millis[c][b]).append('\n');
            }
        }
        text.append("end\n");
        Path file = dir.resolve("ab.log");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theCandidateCarriesItsPerBlockRatiosAndComparesReadsTheFile() throws Exception {
        List<JmhResult> results = HarnessResults.read(log("candidate"), 0.95);
        assertEquals(4, results.size());
        JmhResult threads = results.stream().filter(r -> r.key().params().get("model").equals("THREADS")
                && r.key().params().get(InterleavedAb.BUILD).equals(InterleavedAb.CANDIDATE)).findFirst().orElseThrow();
        Metric ratio = threads.secondary().get(InterleavedAb.RATIO);
        double[] perBlock = ratio.forks().get(0);
        assertEquals(1.1, perBlock[0], 1e-12);
        assertEquals(1.2, perBlock[1], 1e-12);
        assertEquals(1.0, perBlock[2], 1e-12);
        assertEquals(Math.cbrt(1.1 * 1.2), ratio.score(), 1e-12);
        assertEquals(10 / 5.5, threads.secondary().get("speedup").forks().get(0)[0], 1e-12, "against its own build's SERIAL");
        JmhResult baseline = results.stream().filter(r -> r.key().params().get("model").equals("THREADS")
                && r.key().params().get(InterleavedAb.BUILD).equals(InterleavedAb.BASELINE)).findFirst().orElseThrow();
        assertFalse(baseline.secondary().containsKey(InterleavedAb.RATIO));
        assertEquals(List.of(3, 0, 1), threads.interleaved().positions());

        Path run = Files.createDirectories(dir.resolve("run").resolve(InterleavedAb.DIR));
        JmhJsonWriter.write(run.resolve("InterleavedScaling-countdown-small.json"), results);
        assertEquals(4, InterleavedAbReader.read(run.getParent()).size());
    }

    @Test
    void aBuildThatIsNeitherIsRefusedNamingTheLog() throws Exception {
        Path file = log("cand");
        BadInputException e = assertThrows(BadInputException.class, () -> HarnessResults.read(file, 0.95));
        assertTrue(e.getMessage().contains("'cand'"), e.getMessage());
    }
}
