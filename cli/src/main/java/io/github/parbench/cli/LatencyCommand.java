package io.github.parbench.cli;

import io.github.parbench.cli.bench.Harness;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code parbench latency [--samples N] [--load idle,busy] [--only ...] [--out FILE]}: the round-trip
 * latency harness (in benchmarks.jar, in a child JVM), whose table goes to the console; with
 * {@code --out}, its histograms as JMH-shaped JSON.
 */
@Command(name = "latency", sortOptions = false,
        description = {"Times the round trip of a tiny task: ProcessPool.apply, a thread pool, a BlockingQueue hand-off.",
            "Every option but these goes to the harness (--samples, --warmup, --load, --only, --spin-us)."})
final class LatencyCommand extends HarnessCommand {

    @Override
    String mainClass() {
        return Harness.LATENCY_MAIN;
    }

    @Override
    List<String> jvmOptions() {
        return List.of();
    }
}
