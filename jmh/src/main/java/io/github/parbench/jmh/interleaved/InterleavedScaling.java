package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.Model;
import io.github.parbench.jmh.ScalingWorkload;
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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Speedups that survive a drifting machine: every execution model against SERIAL, measured
 * interleaved in one JVM.
 *
 * <p><b>What is measured.</b> One operation of the workload (n split over k workers) on each
 * contender: SERIAL, a second independent SERIAL ({@code SERIAL_TWIN}, the A/A control), and each
 * selected model at each worker count, every one opened once. A block runs one entry of every
 * contender in a fresh random order (an entry is one operation, or for operations shorter than
 * {@code --min-entry-ms} a batch of them timed together, since a single one would time the
 * scheduler's jitter more than the work); a contender's speedup is the geometric mean over the blocks of
 * {@code T(SERIAL, b) / T(contender, b)}, with a 95% Student-t interval on the log scale.
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
 * <p>Run (scripts/bench runs it for both workloads and both sizes):
 * {@code java -cp jmh/target/benchmarks.jar io.github.parbench.jmh.interleaved.InterleavedScaling
 * --workload countdown --size large --workers 1,2 --blocks 40 --seed 1 --out FILE}. Progress goes
 * to stderr, the table to stdout; a bad option exits 2 with one line, a failed run (a checksum that
 * differs from serial's, a worker that dies) exits 1. Every model is closed however the run ends.
 */
@Command(name = "interleaved-scaling", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures every execution model against SERIAL in randomly ordered blocks, with an A/A control.")
public final class InterleavedScaling implements Callable<Integer> {

    static final int BAD_USAGE = 2;
    static final int FAILED = 1;

    @Option(names = "--workload", required = true, paramLabel = "NAME", description = "countdown or sqrt")
    String workloadName;

    @Option(names = "--size", defaultValue = "large", paramLabel = "SIZE",
            description = "large, small or an explicit n (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--workers", split = ",", defaultValue = "1,2", paramLabel = "LIST",
            description = "worker counts of every model but SERIAL (default: ${DEFAULT-VALUE})")
    List<Integer> workers;

    @Option(names = "--models", split = ",", paramLabel = "LIST",
            description = "models besides SERIAL and its twin (default: every model this JDK can run)")
    List<String> models;

    @Option(names = "--blocks", defaultValue = "40", paramLabel = "N", description = "measured blocks (default: ${DEFAULT-VALUE})")
    int blocks;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "N", description = "untimed blocks first (default: ${DEFAULT-VALUE})")
    int warmupBlocks;

    @Option(names = "--min-entry-ms", defaultValue = "5", paramLabel = "MS",
            description = "batch operations shorter than this into one entry per block, timed by the warm-up;"
                    + " 0 for single operations (default: ${DEFAULT-VALUE})")
    double minEntryMillis;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "seeds the order of the blocks (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--schedule", defaultValue = "interleaved", paramLabel = "NAME",
            description = "interleaved (default), or sequential: every operation of one contender, then the next"
                    + " (the biased design, to see the difference)")
    String scheduleName;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "P",
            description = "level of the speedup intervals (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--out", paramLabel = "FILE", description = "write the results as JMH-shaped JSON here")
    Path out;

    private final PrintStream console = System.out;
    private final PrintStream progress = System.err;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new InterleavedScaling());
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("interleaved-scaling: " + e.getMessage() + " (see --help)");
            return BAD_USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, r) -> {
            if (e instanceof IllegalArgumentException) {
                System.err.println("interleaved-scaling: " + e.getMessage());
                return BAD_USAGE;
            }
            System.err.println("interleaved-scaling: failed: " + e.getMessage());
            return FAILED;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        ScalingWorkload scaling = ScalingWorkload.byName(workloadName);
        long n = scaling.n(size);
        Schedule schedule = schedule();
        BlockExperiment.Settings settings = new BlockExperiment.Settings(warmupBlocks, blocks, seed, schedule,
                minEntryMillis);
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("--confidence must be in (0, 1), was " + confidence);
        }
        if (workers.isEmpty() || workers.stream().anyMatch(k -> k < 1)) {
            throw new IllegalArgumentException("--workers must list counts >= 1, was " + workers);
        }
        List<Model> selected = selectedModels();
        if (!kernelsOutOfLine()) {
            progress.println("[interleaved] note: the JVM lacks " + String.join(" ", Kernels.JVM_FLAGS)
                    + "; scripts/bench passes them so that every model runs the same compiled kernel");
        }
        progress.printf("[interleaved] %s n=%d: %d blocks (+%d warm-up), seed %d, %s%n", scaling.workloadName(), n,
                blocks, warmupBlocks, seed, schedule.name().toLowerCase(Locale.ROOT));
        try (Contenders contenders = Contenders.open(selected, workers)) {
            Thread closeOnExit = new Thread(contenders::close, "interleaved-close");
            Runtime.getRuntime().addShutdownHook(closeOnExit);
            BlockTimes times = new BlockExperiment(scaling.workload(), n, System::nanoTime,
                    line -> progress.println("[interleaved] " + line)).run(contenders.list(), settings);
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
            printTable(times);
            if (out != null) {
                InterleavedJson.write(out, times, scaling.workloadName(), scaling.suite(), size, confidence);
                progress.println("[interleaved] results: " + out.toAbsolutePath());
            }
        }
        return 0;
    }

    private Schedule schedule() {
        try {
            return Schedule.valueOf(scheduleName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--schedule must be interleaved or sequential, was '" + scheduleName + "'");
        }
    }

    private List<Model> selectedModels() {
        if (models == null) {
            return Arrays.stream(Model.values()).filter(Model::available).toList();
        }
        Set<Model> chosen = new LinkedHashSet<>();
        for (String name : models) {
            try {
                chosen.add(Model.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--models: unknown model '" + name + "' (known: "
                        + String.join(", ", Arrays.stream(Model.values()).map(Enum::name).toList()) + ")");
            }
        }
        return new ArrayList<>(chosen);
    }

    private static boolean kernelsOutOfLine() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(Arrays.asList(Kernels.JVM_FLAGS));
    }

    private void printTable(BlockTimes times) {
        console.printf("%-18s %12s %12s %22s %10s%n", "contender", "mean (ms)", "speedup", "95% interval", "efficiency");
        for (int c = 0; c < times.contenders(); c++) {
            SpeedupEstimate s = times.speedup(c, confidence);
            double mean = Arrays.stream(times.millis()[c]).average().orElse(Double.NaN);
            int k = times.workers().get(c);
            console.printf("%-18s %12.3f %11.3fx   [%7.3f, %7.3f] %9.0f%%%n", times.models().get(c) + " x" + k, mean,
                    s.score(), s.low(), s.high(), 100 * s.score() / k);
        }
    }
}
