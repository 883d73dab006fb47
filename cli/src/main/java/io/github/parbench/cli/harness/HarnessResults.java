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
}
