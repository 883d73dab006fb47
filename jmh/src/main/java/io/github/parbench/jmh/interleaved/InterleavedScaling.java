package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.Model;
import io.github.parbench.process.JitCompilations;
import io.github.parbench.workload.ScalingWorkload;
import io.github.parbench.workload.Kernels;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speedups that survive a drifting machine: every execution model against SERIAL, measured
 * interleaved in one JVM.
 *
 * <p><b>What is measured.</b> One operation of the workload (n split over k workers) on each
 * contender: SERIAL, a second independent SERIAL ({@code SERIAL_TWIN}, the A/A control), and each
 * selected model at each worker count, every one opened once. A block runs one entry of every
 * contender in a fresh random order (an entry is one operation, or for operations shorter than
 * {@code --min-entry-ms} a batch of them timed together, since a single one would time the
 * scheduler's jitter more than the work); the parbench CLI then takes a contender's speedup as the geometric mean
 * over the blocks of {@code T(SERIAL, b) / T(contender, b)}, with a 95% Student-t interval on the
 * log scale.
 *
 * <p><b>Why not JMH forks, one model after another.</b> A shared VM's speed drifts by tens of
 * percent within seconds. Two means taken minutes apart divide that drift into the ratio: on the
 * 2-core development VM the same THREADS speedup came out 1.12x in one sequential run and 1.64x in
 * the next. Inside a block both sides of every ratio run within a second of each other, so the
 * drift cancels, and the random order keeps "whoever runs first" from being one model. The twin's
 * ratio shows what is left: its interval should cover 1.0, and how far it strays is the noise
 * floor below which no difference between models means anything (Kalibera and Jones, "Rigorous
 * Benchmarking in Reasonable Time"; Google Benchmark's random interleaving).
 *
 * <p><b>What to expect.</b> With k free cores, the thread models and the process pool near k for
 * {@code size=large}, within a few percent of each other; PROCESS_SPAWN far below 1 (a JVM start
 * per worker per operation); at {@code size=small} every model but SERIAL below 1. The twin at
 * 1.00 within about ±2%.
 *
 * <p>Run it through the CLI, which starts this main in a child JVM with the kernels' flags, reads
 * the block log it writes and writes the speedups as JMH-shaped JSON ({@code scripts/bench} runs
 * it for both workloads and both sizes): {@code scripts/parbench interleaved --workload countdown
 * --size large --workers 1,2 --blocks 40 --seed 1 --out FILE}. Run directly ({@code java -cp
 * jmh/target/benchmarks.jar io.github.parbench.jmh.interleaved.InterleavedScaling ... --out LOG}),
 * it writes the raw block log ({@link io.github.parbench.jmh.HarnessLog}: one {@code contender}
 * line each, one {@code entry} line per contender and block). Progress and each contender's mean
 * go to stderr; a bad option exits 2 with one line, a failed run (a checksum that differs from
 * serial's, a worker that dies) exits 1. Every model is closed however the run ends.
 */
public final class InterleavedScaling {

    static final int BAD_USAGE = 2;
    static final int FAILED = 1;

    private final PrintStream progress;

    InterleavedScaling(PrintStream progress) {
        this.progress = progress;
    }

    public static void main(String[] args) {
        System.exit(new InterleavedScaling(System.err).run(args));
    }

    /** Runs with these arguments and returns the exit status: 0 measured, 1 failed, 2 bad usage. */
    int run(String... args) {
        InterleavedOptions options;
        try {
            options = InterleavedOptions.parse(args);
        } catch (IllegalArgumentException e) {
            progress.println("interleaved-scaling: " + e.getMessage() + " (see --help)");
            return BAD_USAGE;
        }
        if (options == null) {
            InterleavedOptions.printHelp(progress);
            return 0;
        }
        try {
            measure(options);
            return 0;
        } catch (IllegalArgumentException e) {
            progress.println("interleaved-scaling: " + e.getMessage());
            return BAD_USAGE;
        } catch (Exception e) {
            progress.println("interleaved-scaling: failed: " + e.getMessage());
            return FAILED;
        }
    }

    private void measure(InterleavedOptions o) throws Exception {
        ScalingWorkload scaling = ScalingWorkload.byName(o.workload());
        long n = scaling.n(o.size());
        List<Model> selected = o.models();
        if (!kernelsOutOfLine()) {
            progress.println("[interleaved] note: the JVM lacks " + String.join(" ", Kernels.JVM_FLAGS)
                    + "; the CLI passes them so that every model runs the same compiled kernel");
        }
        JitCompilations.whyUnavailable().ifPresent(why -> progress.println("[interleaved] note: " + why
                + "; the CLI passes " + String.join(" ", JitCompilations.JVM_FLAGS)));
        BlockExperiment.Settings settings = o.settings();
        if (o.baselineJar() != null) {
            new InterleavedAbRun(progress).measure(o, scaling, n);
            return;
        }
        progress.printf("[interleaved] %s n=%d: %s, warm-up %s, seed %d, %s%n", scaling.workloadName(), n,
                settings.stop().adaptive() ? String.format("blocks until every interval is within ±%.1f%% (at least %d,"
                        + " at most %.0f s)", 100 * settings.stop().precision(), settings.stop().minBlocks(),
                        settings.stop().budgetNanos() / 1e9) : settings.stop().minBlocks() + " blocks",
                settings.warmup().steadyState() ? String.format("until steady (at least %d rounds, at most %.0f s)",
                        settings.warmup().minRounds(), settings.warmup().capNanos() / 1e9)
                        : settings.warmup().minRounds() + " rounds",
                settings.seed(), settings.schedule().name().toLowerCase(Locale.ROOT));
        try (JitCompilations harness = JitCompilations.ofThisJvm();
             Contenders contenders = Contenders.open(selected, o.workers(), harness)) {
            Thread closeOnExit = new Thread(contenders::close, "interleaved-close");
            Runtime.getRuntime().addShutdownHook(closeOnExit);
            BlockTimes times = new BlockExperiment(scaling.workload(), n, System::nanoTime,
                    line -> progress.println("[interleaved] " + line)).run(contenders.list(), settings);
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
            for (int c = 0; c < times.contenders(); c++) {
                BlockTimes.Warmed w = times.warmed()[c];
                progress.printf("[interleaved] %-18s mean %10.3f ms   warm-up %4d entries %7.0f ms%s   compiled while"
                        + " measured: %s%n", times.models().get(c) + " x" + times.workers().get(c),
                        Arrays.stream(times.millis()[c]).average().orElse(Double.NaN), w.entries(), w.millis(),
                        w.capHit() ? " (cap hit)" : "", times.compilations()[c] < 0 ? "not counted" : times.compilations()[c]);
            }
            if (o.out() != null) {
                BlockLog.write(o.out(), times, scaling, o.size());
                progress.println("[interleaved] block log: " + o.out().toAbsolutePath());
            }
        }
    }

    private static boolean kernelsOutOfLine() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(Arrays.asList(Kernels.JVM_FLAGS));
    }
}
