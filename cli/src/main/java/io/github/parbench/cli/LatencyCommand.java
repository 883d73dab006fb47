package io.github.parbench.cli;

import io.github.parbench.cli.bench.Commands;
import io.github.parbench.cli.bench.Harness;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parbench latency [--samples N] [--load idle,busy] [--only ...] [--no-python] [--out FILE]}:
 * the round-trip latency harness (in benchmarks.jar, in a child JVM), whose table goes to the
 * console; with {@code --out}, its histograms as JMH-shaped JSON. With python3 on PATH, CPython's
 * {@code Pool.apply} and {@code queue.Queue} round trips are measured in the same run, interleaved
 * with ours, as bench does.
 */
@Command(name = "latency", sortOptions = false,
        description = {"Times the round trip of a tiny task: ProcessPool.apply, a thread pool, a BlockingQueue hand-off,"
                + " and CPython's Pool.apply and queue.Queue in the same run, interleaved.",
            "Every option but these goes to the harness (--samples, --slices, --warmup-cap, --seed, --load, --only,"
                + " --spin-us, --cpython)."})
final class LatencyCommand extends HarnessCommand {

    @Option(names = "--no-python", description = "leave out the CPython reference (otherwise measured when python3 is on PATH)")
    boolean noPython;

    @Override
    String mainClass() {
        return Harness.LATENCY_MAIN;
    }

    @Override
    List<String> jvmOptions() {
        return Harness.LATENCY_JVM_OPTIONS;
    }

    /** The options as typed, plus {@code --cpython} with the python3 on PATH unless told otherwise. */
    @Override
    List<String> harnessArgs() {
        List<String> args = new ArrayList<>(super.harnessArgs());
        boolean named = args.stream().anyMatch(a -> a.equals("--cpython") || a.startsWith("--cpython="));
        boolean onlyJvm = onlyOption(args).map(only -> only.stream().noneMatch(c -> c.startsWith("cpython"))).orElse(false);
        if (!noPython && !named && !onlyJvm) {
            Commands.python3().ifPresent(python -> {
                args.add("--cpython");
                args.add(python);
                if (args.stream().noneMatch(a -> a.equals("--cpython-script") || a.startsWith("--cpython-script="))) {
                    // The harness runs in the caller's directory, which need not be the checkout.
                    args.add("--cpython-script");
                    args.add(Checkout.ofThisCli().root().resolve(Harness.LATENCY_CPYTHON_SCRIPT).toString());
                }
            });
        }
        return args;
    }

    /** The cases {@code --only} names, when it is given. */
    private static Optional<List<String>> onlyOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--only") && i + 1 < args.size()) {
                return Optional.of(List.of(args.get(i + 1).split(",")));
            }
            if (args.get(i).startsWith("--only=")) {
                return Optional.of(List.of(args.get(i).substring("--only=".length()).split(",")));
            }
        }
        return Optional.empty();
    }
}
