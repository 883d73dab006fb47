package io.github.parbench.cli.input;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.JmhJsonReader;
import io.github.parbench.format.JmhResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side of a comparison: the JMH results of a file or of a run directory, by benchmark key.
 *
 * @param source  the file or directory given
 * @param results each benchmark once
 */
public record ResultSet(Path source, Map<BenchmarkKey, JmhResult> results) {

    public ResultSet {
        results = Collections.unmodifiableMap(new TreeMap<>(results));
    }

    /** Reads a JMH JSON file or a run directory. */
    public static ResultSet read(Path source) throws BadInputException {
        List<JmhResult> all = Files.isDirectory(source)
                ? RunDirectoryReader.read(source).results()
                : JmhJsonReader.read(source);
        return of(source, all);
    }

    /** Indexes results by key; the same benchmark twice is ambiguous, so it is bad input. */
    public static ResultSet of(Path source, List<JmhResult> all) throws BadInputException {
        Map<BenchmarkKey, JmhResult> byKey = new TreeMap<>();
        for (JmhResult result : all) {
            JmhResult earlier = byKey.putIfAbsent(result.key(), result);
            if (earlier != null) {
                throw new BadInputException(result.source(), "repeats " + result.key().benchmark()
                        + " (" + result.key().paramsText() + ", " + result.key().mode() + ") already in " + earlier.source());
            }
        }
        return new ResultSet(source, byKey);
    }
}
