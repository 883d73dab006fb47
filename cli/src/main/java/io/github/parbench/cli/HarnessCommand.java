package io.github.parbench.cli;

import io.github.parbench.cli.harness.HarnessProcess;
import io.github.parbench.cli.harness.HarnessResults;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhJsonWriter;
import io.github.parbench.format.JmhResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A harness of benchmarks.jar run from the CLI: the harness, in its own JVM, parses and checks its
 * own options (they pass through untouched, so they are defined once, where they are used); the CLI
 * keeps only what concerns the result: where the JSON goes and which jar to run. {@code --help}
 * shows both.
 */
abstract class HarnessCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "write the results as JMH-shaped JSON here")
    Path out;

    @Option(names = "--jar", paramLabel = "JAR", description = "the benchmarks jar (default: this checkout's, built if stale)")
    Path jar;

    @Option(names = {"-h", "--help"}, description = "these options, then the harness's own")
    boolean help;

    /** The harness's options, as given. */
    @Unmatched
    List<String> harnessArgs = new ArrayList<>();

    abstract String mainClass();

    /** What the harness is given: the options as typed, unless a command adds its own. */
    List<String> harnessArgs() {
        return harnessArgs;
    }

    /** The harness's arguments for each JVM it runs in: one, unless a command runs it in several. */
    List<List<String>> harnessRuns() throws BadInputException {
        return List.of(harnessArgs());
    }

    /** Options of the harness's JVM. */
    abstract List<String> jvmOptions();

    /** The level of the intervals of the results' speedups. */
    double confidence() throws BadInputException {
        return HarnessResults.CONFIDENCE;
    }

    /** What the console shows of the results, besides what the harness printed. */
    void print(PrintWriter console, List<JmhResult> results) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        double level = confidence();
        Path benchmarksJar = benchmarksJar(console);
        if (help) {
            spec.commandLine().usage(console);
            console.println();
            console.println("The harness's own options (" + mainClass() + "):");
            console.flush();
            return HarnessProcess.run(benchmarksJar.toString(), jvmOptions(), mainClass(), List.of("--help"));
        }
        HarnessProcess.Measured measured = HarnessProcess.measureInJvms(benchmarksJar.toString(), jvmOptions(), mainClass(),
                harnessRuns(), level);
        if (measured.exit() != 0) {
            return measured.exit(); // the harness said why on stderr
        }
        print(console, measured.results());
        if (out != null) {
            JmhJsonWriter.write(out, measured.results());
            console.println("results: " + out.toAbsolutePath());
        }
        return Main.OK;
    }

    private Path benchmarksJar(PrintWriter console) throws Exception {
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new BadInputException(jar, "is not a benchmarks jar (no such file)");
            }
            return jar;
        }
        Checkout checkout = Checkout.ofThisCli();
        checkout.ensureBenchmarksJar(console);
        return checkout.benchmarksJar();
    }
}
