package io.github.parbench.cli;

import io.github.parbench.cli.bench.Harness;
import io.github.parbench.cli.harness.InterleavedResults;
import io.github.parbench.cli.harness.JvmLevelsEstimate;
import io.github.parbench.cli.speedup.SpeedupTable;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parbench interleaved --workload countdown|sqrt [--size ...] [--workers ...] ... [--out FILE]}:
 * the interleaved scaling harness (in benchmarks.jar, in a child JVM with the kernels' flags), then
 * its speedups: a table on the console and, with {@code --out}, JMH-shaped JSON.
 */
@Command(name = "interleaved", sortOptions = false,
        description = {"Measures every execution model against SERIAL in randomly ordered blocks, with an A/A control.",
            "Every option but these goes to the harness (--workload, --size, --workers, --models, --blocks, --seed, ...)."})
final class InterleavedCommand extends HarnessCommand {

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "P", description = "level of the speedup intervals (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--jvms", defaultValue = "1", paramLabel = "N", description = {
        "run the experiment in N harness JVMs, one after another, with fresh workers and the seeds SEED, SEED+1, ...;",
        "the intervals are then over the JVMs, so they include what varies between runs (default: ${DEFAULT-VALUE})"})
    int jvms;

    /** The harness's own default seed, which {@code --jvms} counts up from when none is given. */
    private static final long HARNESS_DEFAULT_SEED = 1;

    @Override
    String mainClass() {
        return Harness.INTERLEAVED_MAIN;
    }

    @Override
    List<String> jvmOptions() {
        return Harness.INTERLEAVED_JVM_OPTIONS;
    }

    @Override
    double confidence() throws BadInputException {
        if (!(confidence > 0 && confidence < 1)) {
            throw new BadInputException("--confidence must be in (0, 1), was " + confidence);
        }
        return confidence;
    }

    /** The precision rule judges the intervals the results report: at this level. */
    @Override
    List<String> harnessArgs() {
        List<String> args = new java.util.ArrayList<>(super.harnessArgs());
        args.addAll(List.of("--confidence", Double.toString(confidence)));
        return args;
    }

    /** One harness JVM per {@code --jvms}, each with the next seed. */
    @Override
    List<List<String>> harnessRuns() throws BadInputException {
        if (jvms < 1) {
            throw new BadInputException("--jvms must be at least 1, was " + jvms);
        }
        List<String> args = harnessArgs();
        if (jvms == 1) {
            return List.of(args);
        }
        int at = args.indexOf("--seed");
        long seed = HARNESS_DEFAULT_SEED;
        List<String> rest = new java.util.ArrayList<>(args);
        try {
            if (at >= 0 && at + 1 < args.size()) {
                seed = Long.parseLong(args.get(at + 1));
                rest.subList(at, at + 2).clear();
            } else {
                for (String a : args) {
                    if (a.startsWith("--seed=")) {
                        seed = Long.parseLong(a.substring("--seed=".length()));
                        rest.remove(a);
                        break;
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new BadInputException("--seed must be a whole number with --jvms: " + e.getMessage());
        }
        List<List<String>> runs = new java.util.ArrayList<>();
        for (int j = 0; j < jvms; j++) {
            List<String> run = new java.util.ArrayList<>(rest);
            run.addAll(List.of("--seed", Long.toString(seed + j)));
            runs.add(run);
        }
        return runs;
    }

    @Override
    void print(PrintWriter console, List<JmhResult> results) {
        console.printf("%-20s %12s %12s %22s %10s %10s %s%n", "contender", "mean (ms)", "speedup",
                Math.round(confidence * 100) + "% interval", "efficiency", "warm-up", "compiled while measured");
        for (JmhResult r : results) {
            Metric s = r.secondary().get("speedup");
            int k = Integer.parseInt(r.key().params().get("workers"));
            InterleavedDesign d = r.interleaved();
            String warmup = d.warmup() == null ? "" : String.format("%.1f s%s", d.warmup().millis() / 1000,
                    d.warmup().capHit() ? " (cap)" : "");
            String compiled = d.compilationsDuringMeasurement() < 0 ? "not counted"
                    : d.compilationsDuringMeasurement() + " in " + (d.warmup() == null ? "?" : d.warmup().jvms()) + " JVM"
                    + (d.warmup() != null && d.warmup().jvms() == 1 ? "" : "s");
            console.printf("%-20s %12.3f %11.3fx   [%7.3f, %7.3f] %9.0f%% %10s %s%n", r.key().params().get("model") + " x" + k,
                    r.primary().score(), s.score(), s.low(), s.high(), 100 * s.score() / k, warmup, compiled);
        }
        console.println("(" + InterleavedResults.BENCHMARK_PREFIX + "*: speedup = geometric mean of T(SERIAL)/T(model) per block)");
        printTwoCoreControl(console, results);
        printLevels(console, results);
        JmhResult any = results.get(0);
        InterleavedDesign.Precision p = any.interleaved().precision();
        if (p != null && !Double.isNaN(p.target())) {
            double reached = results.stream().mapToDouble(r -> r.interleaved().precision().reached()).max().orElse(0);
            console.printf("precision: target ±%.1f%%, reached ±%.1f%% in %d blocks%s%n", 100 * p.target(), 100 * reached,
                    any.interleaved().blocks(), p.budgetExhausted() ? " (the budget ran out first)" : "");
        }
    }

    /**
     * With several harness JVMs, each contender's variance components (as standard deviations of
     * the log-ratio, about a fraction of the speedup) and the blocks per JVM that would buy the most
     * precision for the time, so a user can choose --jvms and --blocks.
     */
    private static void printLevels(PrintWriter console, List<JmhResult> results) {
        InterleavedDesign.Levels any = results.get(0).interleaved().levels();
        if (any == null) {
            console.println("one harness JVM: the intervals cover the noise between its blocks, not what varies between runs"
                    + " (--jvms 3 or more for that)");
            return;
        }
        console.printf("%d harness JVMs (seeds %s; blocks %s); a JVM cost about %.1f s, a block %.3f s%n",
                any.seeds().size(), any.seeds(), any.blocks(), any.jvmCostSeconds(), any.blockCostSeconds());
        console.printf("%-20s %14s %14s %22s%n", "contender", "sd between JVMs", "sd within a JVM", "best blocks per JVM");
        for (JmhResult r : results) {
            InterleavedDesign.Levels l = r.interleaved().levels();
            if (InterleavedResults.SERIAL.equals(r.key().params().get("model")) || l == null) {
                continue;
            }
            double best = JvmLevelsEstimate.optimalBlocksPerJvm(l.withinVariance(), l.betweenVariance(),
                    l.jvmCostSeconds(), l.blockCostSeconds());
            console.printf("%-20s %13.1f%% %13.1f%% %22s%n", r.key().params().get("model") + " x" + r.key().params().get("workers"),
                    100 * Math.sqrt(l.betweenVariance()), 100 * Math.sqrt(l.withinVariance()),
                    Double.isNaN(best) ? "unknown" : Double.isInfinite(best) ? "all in one JVM" : String.format("%.0f", best));
        }
    }

    /** THREAD_POOL against its twin in the same blocks: the A/A control that uses both cores. */
    private void printTwoCoreControl(PrintWriter console, List<JmhResult> results) {
        java.util.Optional<JmhResult> twin = results.stream()
                .filter(r -> SpeedupTable.TWO_CORE_TWIN.equals(r.key().params().get("model"))).findFirst();
        if (twin.isEmpty()) {
            return;
        }
        String workers = twin.get().key().params().get("workers");
        java.util.Optional<JmhResult> original = results.stream()
                .filter(r -> SpeedupTable.TWO_CORE_ORIGINAL.equals(r.key().params().get("model"))
                        && workers.equals(r.key().params().get("workers"))).findFirst();
        if (original.isEmpty()) {
            return;
        }
        JvmLevelsEstimate c = JvmLevelsEstimate.of(original.get().primary().forks(), twin.get().primary().forks(), confidence);
        console.printf("two-core A/A control: THREAD_POOL / THREAD_POOL_TWIN x%s per block = %.3f [%.3f, %.3f]: %s%n", workers,
                c.score(), c.low(), c.high(), c.covers(1.0) ? String.format("covers 1.0; differences under ±%.1f%% are not visible",
                        100 * c.relativeHalfWidth()) : "excludes 1.0, the control failed");
    }
}
