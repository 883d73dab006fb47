package io.github.parbench.jmh.interleaved;

import io.github.parbench.jmh.HarnessLog;
import io.github.parbench.process.JitCompilations;
import io.github.parbench.workload.ScalingWorkload;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An experiment's block times as a {@link HarnessLog}: the settings that reproduce it, then
 * {@code contender INDEX MODEL WORKERS BATCH} for each contender,
 * {@code warmup INDEX ENTRIES MILLIS CAPHIT COMPILATIONS JVMS} and {@code compiled INDEX COMPILATIONS}
 * (its warm-up, and the compilations during its measured entries; -1 where not known), and
 * {@code entry CONTENDER BLOCK POSITION MILLIS} for each contender in each measured block.
 */
final class BlockLog {

    static final String HARNESS = "interleaved";
    static final String HARNESS_AB = "interleaved-ab";

    private BlockLog() {
    }

    static void write(Path file, BlockTimes times, ScalingWorkload workload, String size) throws IOException {
        log(HARNESS, times, workload, size, JitCompilations.whyUnavailable().orElse("read")).writeTo(file);
    }

    /**
     * An interleaved A/B run's log: harness {@value #HARNESS_AB}, the same lines, and
     * {@code build INDEX BUILD} for each contender ({@code baseline} or {@code candidate}).
     */
    static void writeAb(Path file, BlockTimes times, ScalingWorkload workload, String size, List<String> builds)
            throws IOException {
        // The servers count each build's compilations; this JVM runs no contender.
        HarnessLog log = log(HARNESS_AB, times, workload, size, "read by each build's entry server");
        for (int c = 0; c < times.contenders(); c++) {
            log.record("build", c, builds.get(c));
        }
        log.writeTo(file);
    }

    private static HarnessLog log(String harness, BlockTimes times, ScalingWorkload workload, String size,
                                  String jitCounters) {
        BlockExperiment.Settings s = times.settings();
        BlockExperiment.Stop stop = s.stop();
        HarnessLog log = new HarnessLog(harness)
                .setting("workload", workload.workloadName())
                .setting("suite", workload.suite())
                .setting("size", size)
                .setting("n", times.n())
                .setting("schedule", s.schedule().name().toLowerCase(Locale.ROOT))
                .setting("seed", s.seed())
                .setting("warmupRule", s.warmup().rule())
                .setting("warmupBlocks", times.warmupRounds())
                .setting("blocks", times.blocks())
                .setting("minEntryMillis", s.minEntryMillis())
                .setting("precisionTarget", stop.adaptive() ? Double.toString(stop.precision()) : "none")
                .setting("intervalTunedForBlocks", PrecisionRule.TUNED_FOR_BLOCKS)
                .setting("budgetExhausted", times.budgetExhausted())
                .setting("jitCounters", jitCounters);
        for (int c = 0; c < times.contenders(); c++) {
            log.record("contender", c, times.models().get(c), times.workers().get(c), times.batch()[c]);
        }
        for (int c = 0; c < times.contenders(); c++) {
            BlockTimes.Warmed w = times.warmed()[c];
            log.record("warmup", c, w.entries(), Double.toString(w.millis()), w.capHit(), w.compilations(), w.jvms());
            log.record("compiled", c, times.compilations()[c]);
        }
        for (int c = 0; c < times.contenders(); c++) {
            for (int b = 0; b < times.blocks(); b++) {
                // Full precision: the CLI's ratios are taken from these.
                log.record("entry", c, b, times.positions()[c][b], Double.toString(times.millis()[c][b]));
            }
        }
        return log;
    }
}
