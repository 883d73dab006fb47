package io.github.parbench.cli.input;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.InterleavedAb;
import io.github.parbench.format.JmhJsonReader;
import io.github.parbench.format.JmhResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a paired run's {@code interleaved-ab/*.json} and refuses what compare could only misread: a
 * result that is not an interleaved harness's, one that does not say which build it timed, a
 * candidate without its per-block ratios, the same contender and build twice.
 */
public final class InterleavedAbReader {

    private InterleavedAbReader() {
    }

    /** Whether the run directory has an interleaved-ab folder at all. */
    public static boolean present(Path runDir) {
        return Files.isDirectory(runDir.resolve(InterleavedAb.DIR));
    }

    /** Every result of every file in {@code interleaved-ab/}, in file order; empty when there is no such folder. */
    public static List<JmhResult> read(Path runDir) throws BadInputException {
        Path dir = runDir.resolve(InterleavedAb.DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<JmhResult> all = new ArrayList<>();
        for (Path file : jsonFiles(dir)) {
            for (JmhResult result : JmhJsonReader.read(file)) {
                check(result, file);
                all.add(result);
            }
        }
        ResultSet.of(dir, all); // refuses a contender and build that appear twice
        return all;
    }

    private static void check(JmhResult result, Path file) throws BadInputException {
        String what = result.key().benchmark() + " (" + result.key().paramsText() + ")";
        if (result.interleaved() == null) {
            throw new BadInputException(file, "holds " + what + " without an \"interleaved\" object;"
                    + " " + InterleavedAb.DIR + "/ is for the interleaved harness's A/B results");
        }
        String build = result.key().params().get(InterleavedAb.BUILD);
        if (!InterleavedAb.BASELINE.equals(build) && !InterleavedAb.CANDIDATE.equals(build)) {
            throw new BadInputException(file, "holds " + what + " whose param \"" + InterleavedAb.BUILD
                    + "\" is not \"" + InterleavedAb.BASELINE + "\" or \"" + InterleavedAb.CANDIDATE + "\"");
        }
        if (InterleavedAb.CANDIDATE.equals(build) && !result.secondary().containsKey(InterleavedAb.RATIO)) {
            throw new BadInputException(file, "holds " + what + " without its secondary metric \""
                    + InterleavedAb.RATIO + "\" (the per-block ratios)");
        }
    }

    private static List<Path> jsonFiles(Path dir) throws BadInputException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot be listed (" + e.getMessage() + ")");
        }
    }
}
