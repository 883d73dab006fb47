package io.github.parbench.cli.input;

import io.github.parbench.format.JmhResult;

import io.github.parbench.format.Conformance;
import io.github.parbench.format.Environment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A run directory as {@code scripts/bench} writes it.
 *
 * @param path        the directory
 * @param env         env.json, when present
 * @param results     every JMH result found in its JMH-shaped *.json files (CPython reference included)
 * @param conformance conformance.json, when present
 * @param ignored     *.json files that are valid JSON but neither JMH results nor a named extra
 */
public record RunDirectory(Path path, Optional<Environment> env, List<JmhResult> results,
                           Optional<Conformance> conformance, List<Path> ignored) {

    public RunDirectory {
        results = List.copyOf(results);
        ignored = List.copyOf(ignored);
    }

    /** A short name for tables that show several runs: the directory's own name. */
    public String label() {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
