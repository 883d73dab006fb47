package io.github.parbench.cli.input;

import io.github.parbench.format.JmhResult;
import java.nio.file.Path;
import java.util.List;

/**
 * A paired run ({@code scripts/bench --baseline}): baseline and candidate forks measured alternately.
 *
 * @param dir            the run directory
 * @param baselineLabel  paired.json's baseline label
 * @param candidateLabel paired.json's candidate label
 * @param rounds         every round that has both its baseline and its candidate file
 * @param unpaired       round files whose partner is missing (an interrupted run), left out
 * @param incomplete     round files taken from incomplete/: parts that produced fewer results than
 *                       planned (a benchmark failed inside JMH), read so that what is absent shows
 * @param interleavedAb  the results of {@code interleaved-ab/}: both builds' contenders timed in the
 *                       same blocks, each result with its param {@code build} (format's InterleavedAb)
 */
public record PairedRun(Path dir, String baselineLabel, String candidateLabel, List<Round> rounds,
                        List<Path> unpaired, List<Path> incomplete, List<JmhResult> interleavedAb) {

    public PairedRun {
        rounds = List.copyOf(rounds);
        unpaired = List.copyOf(unpaired);
        incomplete = List.copyOf(incomplete);
        interleavedAb = List.copyOf(interleavedAb);
    }

    /** A paired run of JMH rounds only, some of whose parts may have ended short. */
    public PairedRun(Path dir, String baselineLabel, String candidateLabel, List<Round> rounds, List<Path> unpaired,
                     List<Path> incomplete) {
        this(dir, baselineLabel, candidateLabel, rounds, unpaired, incomplete, List.of());
    }

    /** A paired run every part of which finished. */
    public PairedRun(Path dir, String baselineLabel, String candidateLabel, List<Round> rounds, List<Path> unpaired) {
        this(dir, baselineLabel, candidateLabel, rounds, unpaired, List.of());
    }

    /** One round of one suite: a baseline fork and the candidate fork run right beside it. */
    public record Round(String suite, int index, ResultSet baseline, ResultSet candidate) {
    }
}
