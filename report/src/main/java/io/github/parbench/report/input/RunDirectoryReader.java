package io.github.parbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a run directory. Every top-level *.json whose content is an array of JMH results is a result
 * file (whatever its name); env.json, plan.json, paired.json and conformance.json are the named extras.
 * A *.json that cannot be parsed is bad input: a report must not silently leave a suite out.
 *
 * <p>{@code rounds/<Suite>/round-<r>-<MODEL>.json} hold one fork each of the scaling suites (bench
 * runs them in shuffled rounds); a benchmark's forks from every round are joined into one result.
 */
public final class RunDirectoryReader {

    static final String ENV = "env.json";
    static final String CONFORMANCE = "conformance.json";
    static final String PAIRED = "paired.json";
    static final String ROUNDS = "rounds";
    private static final Set<String> NOT_RESULTS = Set.of(ENV, CONFORMANCE, PAIRED, "plan.json");

    private RunDirectoryReader() {
    }

    public static RunDirectory read(Path dir) throws BadInputException {
        if (!Files.exists(dir)) {
            throw new BadInputException(dir, "does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "is not a directory");
        }
        List<Path> jsonFiles;
        try (Stream<Path> listing = Files.list(dir)) {
            jsonFiles = listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot be listed (" + e.getMessage() + ")");
        }
        Optional<JsonNode> env = Optional.empty();
        Optional<JsonNode> conformance = Optional.empty();
        List<JmhResult> results = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        for (Path file : jsonFiles) {
            String name = file.getFileName().toString();
            if ("plan.json".equals(name)) {
                continue;
            }
            JsonNode root = JsonFiles.read(file);
            if (ENV.equals(name)) {
                env = Optional.of(requireObject(root, file));
            } else if (CONFORMANCE.equals(name)) {
                conformance = Optional.of(requireObject(root, file));
            } else if (!NOT_RESULTS.contains(name)) {
                if (JmhJsonReader.looksLikeJmh(root)) {
                    results.addAll(JmhJsonReader.parse(root, file));
                } else {
                    ignored.add(file);
                }
            }
        }
        results.addAll(rounds(dir.resolve(ROUNDS)));
        if (results.isEmpty()) {
            boolean paired = Files.isRegularFile(dir.resolve(PAIRED));
            throw new BadInputException(dir, "holds no JMH results (no *.json with an array of JMH results)"
                    + (paired ? "; it is a paired run: compare it with scripts/compare " + dir : ""));
        }
        // The same benchmark in two files (e.g. a part run twice) would give two rows that disagree.
        ResultSet.of(dir, results);
        return new RunDirectory(dir, env, results, conformance, ignored);
    }

    private static List<JmhResult> rounds(Path rounds) throws BadInputException {
        if (!Files.isDirectory(rounds)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rounds, 2)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(rounds, "cannot be listed (" + e.getMessage() + ")");
        }
        List<JmhResult> forks = new ArrayList<>();
        for (Path file : files) {
            forks.addAll(JmhJsonReader.read(file));
        }
        return ForkMerge.merge(forks);
    }

    private static JsonNode requireObject(JsonNode root, Path file) throws BadInputException {
        if (!root.isObject()) {
            throw new BadInputException(file, "should hold a JSON object, found " + JmhJsonReader.describe(root));
        }
        return root;
    }
}
