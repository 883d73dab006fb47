package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parbench.format.JmhResult;
import io.github.parbench.cli.input.RunDirectory;
import io.github.parbench.cli.input.RunDirectoryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's rounds (one fork per file under rounds/) read back as the result JMH writes for all forks
 * in one invocation: the committed 3-fork fixture, cut into one file per fork, must come back with
 * JMH's own score and error.
 */
class RoundsMergeTest {

    @TempDir
    Path tmp;

    @Test
    void forksFromSeparateRoundsJoinIntoJmhsOwnResult() throws Exception {
        JsonNode whole = Fixtures.JSON.readTree(Fixtures.text(Fixtures.SCALING));
        Path run = tmp.resolve("run");
        for (int fork = 0; fork < 3; fork++) {
            ArrayNode oneFork = Fixtures.JSON.createArrayNode();
            for (JsonNode result : whole) {
                ObjectNode copy = result.deepCopy();
                ObjectNode primary = (ObjectNode) copy.get("primaryMetric");
                ArrayNode raw = primary.putArray("rawData");
                raw.add(result.get("primaryMetric").get("rawData").get(fork));
                copy.put("forks", 1);
                oneFork.add(copy);
            }
            Path file = run.resolve("rounds/CountdownScaling/round-" + (fork + 1) + "-ALL.json");
            Files.createDirectories(file.getParent());
            Fixtures.JSON.writeValue(file.toFile(), oneFork);
        }
        RunDirectory read = RunDirectoryReader.read(run);
        List<JmhResult> original = io.github.parbench.format.JmhJsonReader.read(
                Fixtures.copy(Fixtures.SCALING, tmp.resolve("whole.json")));
        Map<Object, JmhResult> merged = read.results().stream().collect(Collectors.toMap(JmhResult::key, Function.identity()));
        assertEquals(original.size(), merged.size());
        for (JmhResult jmh : original) {
            JmhResult joined = merged.get(jmh.key());
            assertEquals(3, joined.primary().forks().size(), jmh.key().toString());
            assertEquals(jmh.primary().score(), joined.primary().score(), 1e-9 * jmh.primary().score(), jmh.key().toString());
            assertEquals(jmh.primary().error(), joined.primary().error(), 1e-6 * jmh.primary().score(), jmh.key().toString());
        }
    }
}
