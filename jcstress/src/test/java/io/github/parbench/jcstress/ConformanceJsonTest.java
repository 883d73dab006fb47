package io.github.parbench.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parbench.format.RunJson;
import io.github.parbench.provenance.GitState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceJsonTest {

    @TempDir
    Path dir;

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void withoutGitTheCommitAndDirtinessAreNullNotGuessed() throws Exception {
        ConformanceReport report = new ConformanceReport("0.16", "quick", Instant.EPOCH, List.of(), new GitState(null, null));
        JsonNode root = RunJson.MAPPER.valueToTree(ConformanceJson.toRecord(report));
        assertTrue(root.get("gitCommit").isNull());
        assertTrue(root.get("gitDirty").isNull());
    }

    @Test
    void writesExactlyTheRunDirectorySchemaAndLeavesNoTempFile() throws Exception {
        LessonResult lost = LessonResult.graded("io.github.parbench.jcstress.PlainIncrementLosesUpdates",
                "Lost update", 1, List.of(
                        new OutcomeCount("1", "ACCEPTABLE_INTERESTING", 10, "lost update"),
                        new OutcomeCount("2", "ACCEPTABLE", 113, "both landed")));
        ConformanceReport report = new ConformanceReport("0.16", "quick", Instant.parse("2026-01-02T03:04:05Z"), List.of(lost),
                new GitState("0123456789abcdef0123456789abcdef01234567", false));
        Path target = dir.resolve("conformance.json");

        ConformanceJson.write(report, target);

        JsonNode root = new ObjectMapper().readTree(target.toFile());
        assertEquals(Set.of("tool", "jcstressVersion", "mode", "generated", "gitCommit", "gitDirty", "passed", "tests"),
                keys(root));
        assertEquals("0123456789abcdef0123456789abcdef01234567", root.get("gitCommit").asText());
        assertEquals(false, root.get("gitDirty").asBoolean());
        assertEquals("jcstress", root.get("tool").asText());
        assertEquals("2026-01-02T03:04:05Z", root.get("generated").asText());
        assertEquals(true, root.get("passed").asBoolean());
        JsonNode test = root.get("tests").get(0);
        assertEquals(Set.of("test", "lesson", "verdict", "samples", "interesting", "forbidden", "acceptable",
                "requiredInteresting", "outcomes"), keys(test));
        assertEquals("PASSED", test.get("verdict").asText());
        assertEquals(123, test.get("samples").asLong());
        assertEquals(10, test.get("interesting").asLong());
        assertEquals(113, test.get("acceptable").asLong());
        assertEquals(1, test.get("requiredInteresting").asLong());
        JsonNode outcome = test.get("outcomes").get(0);
        assertEquals(Set.of("id", "expect", "count", "description"), keys(outcome));
        assertEquals("lost update", outcome.get("description").asText());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }
}
