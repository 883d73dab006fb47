package io.github.parbench.lessons.processes;

import io.github.parbench.process.ChildProcess;
import io.github.parbench.process.ParentWatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child side of the process lessons, one role per first argument:
 * <ul>
 *   <li>{@code report CODE}: prints its name and pid, waits for a line on stdin, exits with CODE;
 *   <li>{@code block}: prints "ready" and sleeps until stopped (at most two minutes);
 *   <li>{@code await-file RELEASE DONE}: waits until RELEASE exists, then writes DONE and exits 0.
 * </ul>
 */
public final class LessonChildMain {

    private static final long MAX_MS = 120_000;

    private LessonChildMain() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatch.start();
        switch (args[0]) {
            case "report" -> report(Integer.parseInt(args[1]));
            case "block" -> {
                System.out.println("ready");
                System.out.flush();
                Thread.sleep(MAX_MS);
            }
            case "await-file" -> awaitFile(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown role: " + args[0]);
        }
    }

    private static void report(int exitCode) throws IOException {
        System.out.println(ChildProcess.currentName() + " " + ProcessHandle.current().pid());
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        System.exit(exitCode);
    }

    private static void awaitFile(Path release, Path done) throws Exception {
        long deadline = System.currentTimeMillis() + MAX_MS;
        while (!Files.exists(release) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        Files.writeString(done, "finished");
    }
}
