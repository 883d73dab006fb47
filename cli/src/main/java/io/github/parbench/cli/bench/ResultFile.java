package io.github.parbench.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.parbench.cli.harness.HarnessResults;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhJsonWriter;
import io.github.parbench.format.RunJson;
import io.github.parbench.format.RunPart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a part's invocations wrote, as one array of JMH-shaped results: JMH's and the CPython
 * reference's JSON as they are, a harness's log converted ({@link HarnessResults}).
 */
final class ResultFile {

    private ResultFile() {
    }

    /**
     * The results of the given files as one array. A missing or unreadable file counts as no
     * results (JMH writes nothing when every benchmark of an invocation failed), never as an error:
     * the count against the plan's expectation is what decides whether a part is complete. Why a
     * file that exists could not be read goes to {@code problems}.
     */
    static ArrayNode merge(List<Path> files, RunPart.Kind kind, Consumer<String> problems) {
        if (kind == RunPart.Kind.HARNESS && files.size() > 1) {
            return combinedHarnessJvms(files, problems);
        }
        ArrayNode merged = RunJson.MAPPER.createArrayNode();
        for (Path file : files) {
            try {
                if (!Files.exists(file) || Files.size(file) == 0) {
                    continue;
                }
                if (kind == RunPart.Kind.HARNESS) {
                    merged.addAll(JmhJsonWriter.toJson(HarnessResults.read(file, HarnessResults.CONFIDENCE)));
                } else {
                    JsonNode node = RunJson.readTree(file);
                    if (node.isArray()) {
                        merged.addAll((ArrayNode) node);
                    }
                }
            } catch (BadInputException | IOException e) {
                problems.accept(e.getMessage());
            }
        }
        return merged;
    }

    /**
     * A harness run in several JVMs makes one result per contender over all of them, so every
     * JVM's log must be there: a part with one missing has no results, and {@code --resume} runs
     * it again rather than keep an interval over fewer JVMs than planned.
     */
    private static ArrayNode combinedHarnessJvms(List<Path> files, Consumer<String> problems) {
        ArrayNode merged = RunJson.MAPPER.createArrayNode();
        try {
            for (Path file : files) {
                if (!Files.exists(file) || Files.size(file) == 0) {
                    problems.accept(file + ": no log from this harness JVM, so the part has no results");
                    return merged;
                }
            }
            merged.addAll(JmhJsonWriter.toJson(HarnessResults.read(files, HarnessResults.CONFIDENCE)));
        } catch (BadInputException | IOException e) {
            problems.accept(e.getMessage());
        }
        return merged;
    }
}
