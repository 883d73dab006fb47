package io.github.parbench.jmh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The JMH-shaped result arrays that invocations write: read, counted and merged. */
final class ResultFile {

    private ResultFile() {
    }

    /**
     * The results of the given files as one array. A missing or unreadable file counts as no
     * results (JMH writes nothing when every benchmark of an invocation failed), never as an error:
     * the count against the plan's expectation is what decides whether a part is complete.
     */
    static ArrayNode merge(List<Path> files) {
        ArrayNode merged = JsonFiles.MAPPER.createArrayNode();
        for (Path file : files) {
            try {
                if (Files.size(file) == 0) {
                    continue;
                }
                JsonNode node = JsonFiles.MAPPER.readTree(file.toFile());
                if (node != null && node.isArray()) {
                    merged.addAll((ArrayNode) node);
                }
            } catch (IOException e) {
                // counted as missing results below
            }
        }
        return merged;
    }
}
