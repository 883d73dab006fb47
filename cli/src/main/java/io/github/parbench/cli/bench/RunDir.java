package io.github.parbench.cli.bench;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.Environment;
import io.github.parbench.format.Pairing;
import io.github.parbench.format.Plan;
import io.github.parbench.format.RunFiles;
import io.github.parbench.format.RunJson;
import io.github.parbench.format.RunPart;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** A run directory: its name, its bookkeeping files, and which of its parts are finished. */
public final class RunDir {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;

    public RunDir(Path dir) {
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

    public Path path() {
        return dir;
    }

    public Plan readPlan() throws BadInputException {
        return RunJson.read(dir.resolve(RunFiles.PLAN), Plan.class);
    }

    void writePlan(Plan plan) throws IOException {
        RunJson.write(dir.resolve(RunFiles.PLAN), plan);
    }

    void writeEnv(Environment env) throws IOException {
        RunJson.write(dir.resolve(RunFiles.ENV), env);
    }

    /** Records in env.json when the run (or a resumed session of it) ended and how. */
    void markEnd(String end, String status) throws IOException {
        Optional<Environment> env = readEnv();
        if (env.isPresent()) {
            writeEnv(env.get().withEnd(end, status));
        }
    }

    /** The git commit env.json recorded for the run, or null when it recorded none. */
    String gitCommit() throws IOException {
        return readEnv().map(Environment::gitCommit).orElse(null);
    }

    /**
     * Records in env.json that a resumed session ran a jar other than the one planned with
     * ({@code --allow-new-jar}), so the run's results say they may come from two builds.
     */
    void noteNewJar(String when, String what) throws IOException {
        Optional<Environment> env = readEnv();
        if (env.isPresent()) {
            writeEnv(env.get().withNewJar(new Environment.NewJar(when, what)));
        }
    }

    void writePaired(Pairing paired) throws IOException {
        RunJson.write(dir.resolve(RunFiles.PAIRED), paired);
    }

    /** env.json, when the run has one. */
    public Optional<Environment> env() throws BadInputException {
        Path file = dir.resolve(RunFiles.ENV);
        return Files.exists(file) ? Optional.of(RunJson.read(file, Environment.class)) : Optional.empty();
    }

    private Optional<Environment> readEnv() throws IOException {
        try {
            return env();
        } catch (BadInputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Drops tmp/ once no invocation is writing there. */
    void removeEmptyTmp() throws IOException {
        Path tmp = dir.resolve(RunFiles.TMP);
        if (Files.isDirectory(tmp)) {
            try (var entries = Files.list(tmp)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(tmp);
                }
            }
        }
    }

    public boolean isDone(RunPart part) {
        return Files.isRegularFile(dir.resolve(part.output()));
    }

    /** A part that ran but fell short of its planned results: kept under incomplete/, and still missing. */
    public boolean isIncomplete(RunPart part) {
        return !isDone(part) && Files.isRegularFile(dir.resolve(RunFiles.INCOMPLETE).resolve(part.output()));
    }

    public List<RunPart> missing(Plan plan) {
        return plan.parts().stream().filter(p -> !isDone(p)).toList();
    }

    /** The command that runs what is missing. */
    public String resumeCommand() {
        return "scripts/bench --resume " + dir;
    }

    /** The command to run once every part is done: a paired run is compared, any other reported. */
    public String nextCommand(Plan plan) {
        return (plan.paired() ? "scripts/compare " : "scripts/report ") + dir;
    }
}
