package io.github.parbench.cli;

import io.github.parbench.cli.bench.Harness;
import io.github.parbench.cli.harness.InterleavedResults;
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

    @Override
    void print(PrintWriter console, List<JmhResult> results) {
        console.printf("%-18s %12s %12s %22s %10s %10s %s%n", "contender", "mean (ms)", "speedup",
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
            console.printf("%-18s %12.3f %11.3fx   [%7.3f, %7.3f] %9.0f%% %10s %s%n", r.key().params().get("model") + " x" + k,
                    r.primary().score(), s.score(), s.low(), s.high(), 100 * s.score() / k, warmup, compiled);
        }
        console.println("(" + InterleavedResults.BENCHMARK_PREFIX + "*: speedup = geometric mean of T(SERIAL)/T(model) per block)");
        JmhResult any = results.get(0);
        InterleavedDesign.Precision p = any.interleaved().precision();
        if (p != null && !Double.isNaN(p.target())) {
            double reached = results.stream().mapToDouble(r -> r.interleaved().precision().reached()).max().orElse(0);
            console.printf("precision: target ±%.1f%%, reached ±%.1f%% in %d blocks%s%n", 100 * p.target(), 100 * reached,
                    any.interleaved().blocks(), p.budgetExhausted() ? " (the budget ran out first)" : "");
        }
    }
}
