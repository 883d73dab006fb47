package io.github.parbench.jmh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** A run directory: its name, its bookkeeping files, and which of its parts are finished. */
final class RunDir {

    static final String PLAN = "plan.json";
    static final String ENV = "env.json";
    static final String PAIRED = "paired.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;

    RunDir(Path dir) {
        this.dir = dir;
    }

    /**
     * A new directory named {@code [paired-]<host>-<yyyyMMdd-HHmmss>} under the results root; a
     * second run started in the same second on the same host gets {@code -2}, {@code -3}, ...
     */
    static RunDir create(Path results, String host, boolean paired, LocalDateTime now) throws IOException {
        String name = (paired ? "paired-" : "") + host + "-" + STAMP.format(now);
        Files.createDirectories(results);
        for (int attempt = 1; ; attempt++) {
            Path dir = results.resolve(attempt == 1 ? name : name + "-" + attempt);
            try {
                Files.createDirectory(dir);
                return new RunDir(dir);
            } catch (FileAlreadyExistsException taken) {
                // someone else's run of the same second: take the next name
            }
        }
    }

    Path path() {
        return dir;
    }

    Plan readPlan() throws IOException {
        return JsonFiles.MAPPER.readValue(dir.resolve(PLAN).toFile(), Plan.class);
    }

    void writePlan(Plan plan) throws IOException {
        JsonFiles.write(dir.resolve(PLAN), plan);
    }

    void writeEnv(Map<String, Object> env) throws IOException {
        JsonFiles.write(dir.resolve(ENV), env);
    }

    /** Records in env.json when the run (or a resumed session of it) ended and how. */
    void markEnd(String end, String status) throws IOException {
        Path file = dir.resolve(ENV);
        if (!Files.exists(file)) {
            return;
        }
        ObjectNode env = (ObjectNode) JsonFiles.MAPPER.readTree(file.toFile());
        env.put("end", end);
        env.put("status", status);
        JsonFiles.write(file, env);
    }

    /** The git commit env.json recorded for the run, or null when it recorded none. */
    String gitCommit() throws IOException {
        Path file = dir.resolve(ENV);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode commit = JsonFiles.MAPPER.readTree(file.toFile()).path("gitCommit");
        return commit.isTextual() ? commit.asText() : null;
    }

    /**
     * Records in env.json that a resumed session ran a jar other than the one planned with
     * ({@code --allow-new-jar}), so the run's results say they may come from two builds.
     */
    void noteNewJar(String when, String what) throws IOException {
        Path file = dir.resolve(ENV);
        ObjectNode env = Files.exists(file) ? (ObjectNode) JsonFiles.MAPPER.readTree(file.toFile())
                : JsonFiles.MAPPER.createObjectNode();
        ObjectNode note = env.withArrayProperty("resumedWithNewJar").addObject();
        note.put("at", when);
        note.put("change", what);
        JsonFiles.write(file, env);
    }

    void writePaired(Object paired) throws IOException {
        JsonFiles.write(dir.resolve(PAIRED), paired);
    }

    /** Drops tmp/ once no invocation is writing there. */
    void removeEmptyTmp() throws IOException {
        Path tmp = dir.resolve("tmp");
        if (Files.isDirectory(tmp)) {
            try (var entries = Files.list(tmp)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(tmp);
                }
            }
        }
    }

    boolean isDone(Part part) {
        return Files.isRegularFile(dir.resolve(part.output()));
    }

    List<Part> missing(Plan plan) {
        return plan.parts().stream().filter(p -> !isDone(p)).toList();
    }
}
