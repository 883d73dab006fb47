package io.github.parbench.cli.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a harness main of the benchmarks jar in its own JVM, as the JMH forks run: the measuring JVM
 * holds only the measured code, not this CLI. Its console is this one's. However this JVM ends
 * (Ctrl-C, SIGTERM), the child and everything it started (worker JVMs) end with it.
 */
public final class HarnessProcess {

    private HarnessProcess() {
    }

    /** Returns the harness's exit status. */
    public static int run(String classPath, List<String> jvmOptions, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(args);
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(() -> stop(child), "harness-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } finally {
            stop(child);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    private static void stop(Process child) {
        List<ProcessHandle> tree = child.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        child.destroy();
        try {
            child.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        child.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
    }
}
