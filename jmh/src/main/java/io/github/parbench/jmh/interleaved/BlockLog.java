package io.github.parbench.jmh.interleaved;

import io.github.parbench.jmh.HarnessLog;
import io.github.parbench.workload.ScalingWorkload;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An experiment's block times as a {@link HarnessLog}: the settings that reproduce it, then
 * {@code contender INDEX MODEL WORKERS BATCH} for each contender and
 * {@code entry CONTENDER BLOCK POSITION MILLIS} for each contender in each measured block.
 */
final class BlockLog {

    static final String HARNESS = "interleaved";

    private BlockLog() {
    }

    static void write(Path file, BlockTimes times, ScalingWorkload workload, String size) throws IOException {
        BlockExperiment.Settings s = times.settings();
        HarnessLog log = new HarnessLog(HARNESS)
                .setting("workload", workload.workloadName())
                .setting("suite", workload.suite())
                .setting("size", size)
                .setting("n", times.n())
                .setting("schedule", s.schedule().name().toLowerCase(Locale.ROOT))
                .setting("seed", s.seed())
                .setting("warmupBlocks", s.warmupBlocks())
                .setting("blocks", s.blocks())
                .setting("minEntryMillis", s.minEntryMillis());
        for (int c = 0; c < times.contenders(); c++) {
            log.record("contender", c, times.models().get(c), times.workers().get(c), times.batch()[c]);
        }
        for (int c = 0; c < times.contenders(); c++) {
            for (int b = 0; b < s.blocks(); b++) {
                // Full precision: the CLI's ratios are taken from these.
                log.record("entry", c, b, times.positions()[c][b], Double.toString(times.millis()[c][b]));
            }
        }
        log.writeTo(file);
    }
}
