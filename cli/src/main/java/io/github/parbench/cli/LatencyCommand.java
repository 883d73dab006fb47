package io.github.parbench.cli;

import io.github.parbench.cli.bench.Harness;
import io.github.parbench.cli.harness.HarnessProcess;
import io.github.parbench.cli.harness.HarnessResults;
import io.github.parbench.format.JmhJsonWriter;
import io.github.parbench.format.JmhResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parbench latency}: the round-trip latency harness (in benchmarks.jar, in a child JVM),
 * whose table goes to the console; with {@code --out}, its histograms as JMH-shaped JSON.
 */
@Command(name = "latency", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Times the round trip of a tiny task: ProcessPool.apply, a thread pool, a BlockingQueue hand-off.")
final class LatencyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--samples", defaultValue = "20000", paramLabel = "N", description = "timed round trips per case (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--warmup", defaultValue = "20000", paramLabel = "N", description = "untimed round trips first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--load", defaultValue = "idle,busy", paramLabel = "LIST", description = "machine states to measure in: idle, busy (default: ${DEFAULT-VALUE})")
    String load;

    @Option(names = "--only", paramLabel = "LIST", description = "only these cases: processPoolApply, threadPoolSubmit, blockingQueueHandOff")
    String only;

    @Option(names = "--spin-us", defaultValue = "0", paramLabel = "US", description = "ProcessPool spin-before-block in microseconds (default: ${DEFAULT-VALUE})")
    long spinMicros;

    @Option(names = "--out", paramLabel = "FILE", description = "write the results as JMH-shaped JSON here")
    Path out;

    @Option(names = "--jar", paramLabel = "JAR", description = "the benchmarks jar (default: this checkout's, built if stale)")
    Path jar;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        Path benchmarksJar = HarnessJar.resolve(jar, console);
        List<String> args = new ArrayList<>(List.of("--samples", Integer.toString(samples), "--warmup",
                Integer.toString(warmup), "--load", load, "--spin-us", Long.toString(spinMicros)));
        if (only != null) {
            args.addAll(List.of("--only", only));
        }
        HarnessProcess.Measured measured = HarnessProcess.measure(benchmarksJar.toString(), List.of(), Harness.LATENCY_MAIN, args,
                HarnessResults.CONFIDENCE);
        if (measured.exit() != 0) {
            return measured.exit(); // the harness said why on stderr
        }
        List<JmhResult> results = measured.results();
        if (out != null) {
            JmhJsonWriter.write(out, results);
            console.println("results: " + out.toAbsolutePath());
        }
        return Main.OK;
    }
}
