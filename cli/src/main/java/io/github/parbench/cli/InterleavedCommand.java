package io.github.parbench.cli;

import io.github.parbench.cli.bench.Harness;
import io.github.parbench.cli.harness.InterleavedResults;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.workload.Kernels;
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
        return List.of(Kernels.JVM_FLAGS);
    }

    @Override
    double confidence() throws BadInputException {
        if (!(confidence > 0 && confidence < 1)) {
            throw new BadInputException("--confidence must be in (0, 1), was " + confidence);
        }
        return confidence;
    }

    @Override
    void print(PrintWriter console, List<JmhResult> results) {
        console.printf("%-18s %12s %12s %22s %10s%n", "contender", "mean (ms)", "speedup",
                Math.round(confidence * 100) + "% interval", "efficiency");
        for (JmhResult r : results) {
            Metric s = r.secondary().get("speedup");
            int k = Integer.parseInt(r.key().params().get("workers"));
            console.printf("%-18s %12.3f %11.3fx   [%7.3f, %7.3f] %9.0f%%%n", r.key().params().get("model") + " x" + k,
                    r.primary().score(), s.score(), s.low(), s.high(), 100 * s.score() / k);
        }
        console.println("(" + InterleavedResults.BENCHMARK_PREFIX + "*: speedup = geometric mean of T(SERIAL)/T(model) per block)");
    }
}
