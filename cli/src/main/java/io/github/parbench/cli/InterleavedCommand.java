package io.github.parbench.cli;

import io.github.parbench.cli.bench.Harness;
import io.github.parbench.cli.harness.HarnessProcess;
import io.github.parbench.cli.harness.InterleavedResults;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhJsonWriter;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.workload.Kernels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parbench interleaved}: the interleaved scaling harness (in benchmarks.jar, in a child JVM
 * with the kernels' flags), then its speedups: the table on the console and, with {@code --out},
 * JMH-shaped JSON. The harness's own options pass through unchanged.
 */
@Command(name = "interleaved", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures every execution model against SERIAL in randomly ordered blocks, with an A/A control.")
final class InterleavedCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--workload", required = true, paramLabel = "NAME", description = "countdown or sqrt")
    String workload;

    @Option(names = "--size", defaultValue = "large", paramLabel = "SIZE", description = "large, small or an explicit n (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--workers", defaultValue = "1,2", paramLabel = "LIST", description = "worker counts of every model but SERIAL (default: ${DEFAULT-VALUE})")
    String workers;

    @Option(names = "--models", paramLabel = "LIST", description = "models besides SERIAL and its twin (default: every model this JDK can run)")
    String models;

    @Option(names = "--blocks", defaultValue = "40", paramLabel = "N", description = "measured blocks (default: ${DEFAULT-VALUE})")
    int blocks;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "N", description = "untimed blocks first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--min-entry-ms", defaultValue = "5", paramLabel = "MS",
            description = "batch operations shorter than this into one entry per block; 0 for single operations (default: ${DEFAULT-VALUE})")
    double minEntryMillis;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "seeds the order of the blocks (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--schedule", defaultValue = "interleaved", paramLabel = "NAME",
            description = "interleaved (default), or sequential: every operation of one contender, then the next (the biased design)")
    String schedule;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "P", description = "level of the speedup intervals (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--out", paramLabel = "FILE", description = "write the results as JMH-shaped JSON here")
    Path out;

    @Option(names = "--jar", paramLabel = "JAR", description = "the benchmarks jar (default: this checkout's, built if stale)")
    Path jar;

    @Override
    public Integer call() throws Exception {
        if (!(confidence > 0 && confidence < 1)) {
            throw new BadInputException("--confidence must be in (0, 1), was " + confidence);
        }
        PrintWriter console = spec.commandLine().getOut();
        Path benchmarksJar = HarnessJar.resolve(jar, console);
        List<String> args = new ArrayList<>(List.of("--workload", workload, "--size", size, "--workers", workers,
                "--blocks", Integer.toString(blocks), "--warmup", Integer.toString(warmup),
                "--min-entry-ms", Double.toString(minEntryMillis), "--seed", Long.toString(seed),
                "--schedule", schedule));
        if (models != null) {
            args.addAll(List.of("--models", models));
        }
        HarnessProcess.Measured measured = HarnessProcess.measure(benchmarksJar.toString(), List.of(Kernels.JVM_FLAGS), Harness.INTERLEAVED_MAIN, args,
                confidence);
        if (measured.exit() != 0) {
            return measured.exit(); // the harness said why on stderr
        }
        List<JmhResult> results = measured.results();
        printTable(console, results);
        if (out != null) {
            JmhJsonWriter.write(out, results);
            console.println("results: " + out.toAbsolutePath());
        }
        return Main.OK;
    }

    private void printTable(PrintWriter console, List<JmhResult> results) {
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
