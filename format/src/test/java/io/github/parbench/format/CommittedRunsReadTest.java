package io.github.parbench.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every run committed under results/ reads through the schema: the reference runs people compare
 * against stay readable when the schema changes, or this fails naming the file.
 */
class CommittedRunsReadTest {

    private static final Path RESULTS = Path.of("..", "results");

    @Test
    void everyCommittedFileReadsThroughItsRecord() throws Exception {
        assertTrue(Files.isDirectory(RESULTS), "no results/ beside the module at " + RESULTS.toAbsolutePath());
        List<String> read = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            switch (name) {
                case RunFiles.ENV -> RunJson.read(file, Environment.class);
                case RunFiles.PLAN -> RunJson.read(file, Plan.class);
                case RunFiles.PAIRED -> RunJson.read(file, Pairing.class);
                case RunFiles.CONFORMANCE -> RunJson.read(file, Conformance.class);
                default -> {
                    if (!JmhJsonReader.looksLikeJmh(RunJson.readTree(file))) {
                        continue;
                    }
                    assertFalse(JmhJsonReader.read(file).isEmpty(), file + " holds no result");
                }
            }
            read.add(name);
        }
        for (String kind : List.of(RunFiles.ENV, RunFiles.PLAN, RunFiles.PAIRED, RunFiles.CONFORMANCE)) {
            assertTrue(read.contains(kind), "no committed " + kind + " was read");
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(RESULTS)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
