package io.github.parbench.cli.input;

import io.github.parbench.format.InterleavedAb;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Pairing;
import io.github.parbench.format.RunFiles;
import io.github.parbench.format.RunJson;

import io.github.parbench.format.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a paired run: {@code paired.json}, {@code pairs/<Suite>/round-<i>-{baseline,candidate}.json}
 * and, when there, the interleaved A/B results of {@code interleaved-ab/} (either may be alone).
 * Rounds are found on disk rather than trusted from paired.json's count, so an interrupted run still
 * yields its complete rounds. A round file that bench kept under {@code incomplete/} (the part ran but
 * some of its benchmarks failed) stands in for a missing one: its absent benchmarks must show as
 * missing, not vanish with the round.
 */
public final class PairedRunReader {

    private static final Pattern ROUND_FILE = Pattern.compile("round-(\\d+)-(baseline|candidate)\\.json");

    private PairedRunReader() {
    }

    /** True when the directory holds a paired.json. */
    public static boolean isPaired(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(RunFiles.PAIRED));
    }

    public static PairedRun read(Path dir) throws BadInputException {
        Path pairedJson = dir.resolve(RunFiles.PAIRED);
        Pairing paired = RunJson.read(pairedJson, Pairing.class);
        if (paired.baseline() == null || paired.candidate() == null) {
            throw new BadInputException(pairedJson, "is not a paired-run description (expected \"baseline\" and \"candidate\" objects)");
        }
        Path pairs = dir.resolve(RunFiles.PAIRS);
        List<JmhResult> interleavedAb = InterleavedAbReader.read(dir);
        if (!Files.isDirectory(pairs) && !InterleavedAbReader.present(dir)) {
            throw new BadInputException(pairs, "does not exist (a paired run keeps its rounds there, or its"
                    + " interleaved A/B results in " + InterleavedAb.DIR + "/)");
        }
        List<PairedRun.Round> rounds = new ArrayList<>();
        List<Path> unpaired = new ArrayList<>();
        List<Path> incomplete = new ArrayList<>();
        for (Path suiteDir : Files.isDirectory(pairs) ? list(pairs) : List.<Path>of()) {
            if (!Files.isDirectory(suiteDir)) {
                continue;
            }
            String suite = suiteDir.getFileName().toString();
            Map<Integer, Path[]> bySide = new TreeMap<>();
            Path partials = dir.resolve(RunFiles.INCOMPLETE).resolve(RunFiles.PAIRS).resolve(suite);
            if (Files.isDirectory(partials)) {
                roundFiles(partials, bySide);
            }
            roundFiles(suiteDir, bySide); // a complete file wins over a partial one
            for (Map.Entry<Integer, Path[]> round : bySide.entrySet()) {
                Path[] files = round.getValue();
                if (files[0] == null || files[1] == null) {
                    unpaired.add(files[0] != null ? files[0] : files[1]);
                    continue;
                }
                Arrays.stream(files).filter(file -> file.startsWith(partials)).forEach(incomplete::add);
                rounds.add(new PairedRun.Round(suite, round.getKey(),
                        ResultSet.read(files[0]), ResultSet.read(files[1])));
            }
        }
        if (rounds.isEmpty() && interleavedAb.isEmpty()) {
            throw new BadInputException(Files.isDirectory(pairs) ? pairs : dir.resolve(InterleavedAb.DIR),
                    "holds no complete round (round-<i>-baseline.json with its round-<i>-candidate.json)"
                            + " and no interleaved A/B result");
        }
        return new PairedRun(dir, paired.baseline().name(), paired.candidate().name(), rounds, unpaired,
                incomplete, interleavedAb);
    }

    /** Files each round file of {@code dir} by round and side, over whatever was filed before. */
    private static void roundFiles(Path dir, Map<Integer, Path[]> bySide) throws BadInputException {
        for (Path file : list(dir)) {
            Matcher m = ROUND_FILE.matcher(file.getFileName().toString());
            if (m.matches()) {
                int side = "baseline".equals(m.group(2)) ? 0 : 1;
                bySide.computeIfAbsent(parseRound(m.group(1), file), i -> new Path[2])[side] = file;
            }
        }
    }

    private static int parseRound(String digits, Path file) throws BadInputException {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new BadInputException(file, "names a round number too large to be one");
        }
    }

    private static List<Path> list(Path dir) throws BadInputException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot be listed (" + e.getMessage() + ")");
        }
    }
}
