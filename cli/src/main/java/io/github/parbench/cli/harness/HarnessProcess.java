package io.github.parbench.cli.harness;

import io.github.parbench.cli.bench.PartGuard;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhResult;
import io.github.parbench.process.Children;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a harness main of the benchmarks jar in its own JVM, as the JMH forks run: the measuring JVM
 * holds only the measured code, not this CLI. Its console is this one's. However this JVM ends
 * (Ctrl-C, SIGTERM), the child and everything it started (worker JVMs) end with it ({@link Children}).
 */
public final class HarnessProcess {

    private HarnessProcess() {
    }

    /**
     * Runs the harness writing its log to a temporary file and returns the log's results; a
     * harness that fails has said why on the console, and its exit status comes back as the failure.
     */
    public static Measured measure(String classPath, List<String> jvmOptions, String mainClass, List<String> args,
                                   double confidence) throws IOException, InterruptedException, BadInputException {
        return measureInJvms(classPath, jvmOptions, mainClass, List.of(args), confidence);
    }

    /**
     * Runs the harness once per argument list, one JVM after another, and returns the results of
     * their logs together ({@link HarnessResults#read(List, double)}); the first that fails ends it.
     */
    public static Measured measureInJvms(String classPath, List<String> jvmOptions, String mainClass, List<List<String>> runs,
                                   double confidence) throws IOException, InterruptedException, BadInputException {
        List<Path> logs = new ArrayList<>();
        try {
            for (List<String> args : runs) {
                Path log = Files.createTempFile("parbench-harness-", ".log");
                logs.add(log);
                List<String> withOut = new ArrayList<>(args);
                withOut.addAll(List.of("--out", log.toString()));
                int exit = run(classPath, jvmOptions, mainClass, withOut);
                if (exit != 0) {
                    return new Measured(exit, List.of());
                }
            }
            return new Measured(0, HarnessResults.read(logs, confidence));
        } finally {
            for (Path log : logs) {
                Files.deleteIfExists(log);
            }
        }
    }

    /** A harness's exit status and, when it is 0, its results. */
    public record Measured(int exit, List<JmhResult> results) {
    }

    /** Returns the harness's exit status. */
    public static int run(String classPath, List<String> jvmOptions, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(args);
        // Children's shutdown hook ends the child and its workers when this JVM exits or is
        // stopped; the guard, whose stdin pipe only this JVM holds, ends them when it is killed.
        Process guarded = new ProcessBuilder(PartGuard.wrap(command)).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return Children.register(guarded).waitFor();
    }
}
