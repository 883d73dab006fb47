package io.github.parbench.cli.input;

import io.github.parbench.format.Conformance;
import io.github.parbench.format.Environment;
import io.github.parbench.format.RunFiles;
import io.github.parbench.format.RunJson;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhJsonReader;
import io.github.parbench.format.JmhResult;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        Optional<Environment> env = Optional.empty();
        Optional<Conformance> conformance = Optional.empty();
        List<JmhResult> results = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        for (Path file : jsonFiles) {
            String name = file.getFileName().toString();
            if (RunFiles.ENV.equals(name)) {
                env = Optional.of(RunJson.read(file, Environment.class));
            } else if (RunFiles.CONFORMANCE.equals(name)) {
                conformance = Optional.of(RunJson.read(file, Conformance.class));
            } else if (!RunFiles.isBookkeeping(name)) {
                JsonNode root = RunJson.readTree(file);
                if (JmhJsonReader.looksLikeJmh(root)) {
                    results.addAll(JmhJsonReader.parse(root, file));
                } else {
                    ignored.add(file);
                }
            }
        }
        results.addAll(rounds(dir.resolve(RunFiles.ROUNDS)));
        if (results.isEmpty()) {
            boolean paired = Files.isRegularFile(dir.resolve(RunFiles.PAIRED));
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
}
