package io.github.parbench.cli.harness;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhResult;
import java.nio.file.Path;
import java.util.List;

/** A harness log, whichever harness wrote it, as JMH-shaped results. */
public final class HarnessResults {

    /** The level of the interleaved speedups' intervals when the caller names none. */
    public static final double CONFIDENCE = 0.95;

    private HarnessResults() {
    }

    public static List<JmhResult> read(Path log, double confidence) throws BadInputException {
        HarnessLogReader.Log content = HarnessLogReader.read(log);
        String harness = content.setting("harness");
        return switch (harness) {
            case "interleaved" -> InterleavedResults.from(content, confidence);
            case InterleavedAbResults.HARNESS -> InterleavedAbResults.from(content, confidence);
            case "latency" -> LatencyResults.from(content);
            default -> throw new BadInputException(log, "comes from an unknown harness '" + harness + "'");
        };
    }

    /**
     * The logs of one harness run several times (one harness JVM each): the interleaved harness's
     * combined into one result per contender over the JVMs; one log is read as {@link #read(Path, double)}.
     */
    public static List<JmhResult> read(List<Path> logs, double confidence) throws BadInputException {
        if (logs.size() == 1) {
            return read(logs.get(0), confidence);
        }
        List<HarnessLogReader.Log> contents = new java.util.ArrayList<>();
        for (Path log : logs) {
            HarnessLogReader.Log content = HarnessLogReader.read(log);
            if (!content.setting("harness").equals("interleaved")) {
                throw new BadInputException(log, "comes from the " + content.setting("harness")
                        + " harness, whose runs cannot be combined over harness JVMs");
            }
            contents.add(content);
        }
        return InterleavedResults.from(contents, confidence);
    }
}
