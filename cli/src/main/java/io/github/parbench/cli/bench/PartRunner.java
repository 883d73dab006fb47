package io.github.parbench.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.parbench.format.FileWriteException;
import io.github.parbench.format.Plan;
import io.github.parbench.format.RunFiles;
import io.github.parbench.format.RunJson;
import io.github.parbench.format.RunPart;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one part as child processes and puts its output in place only when it is complete.
 *
 * <p>Each invocation writes to a temp file under {@code tmp/}; the merged results move to the
 * part's output name in one rename, so a file at that name always means a finished part. A part
 * whose results fall short of the plan (JMH carries on past a failing benchmark and exits 0) is
 * kept under {@code incomplete/} for inspection and stays missing, so {@code --resume} retries it.
 * The child's own output goes to {@code logs/}, keeping the console to progress lines.
 */
final class PartRunner {

    /** What became of a part. */
    enum Outcome { DONE, INCOMPLETE, STOPPED }

    private final Path runDir;
    private final Path repo;
    private final Plan plan;
    private static final String JMH_LOCK_MESSAGE = "Unable to acquire the JMH lock";
    private static final long LOCK_RETRY_MILLIS = 10_000;

    /**
     * Below this, a part that fell short is taken to have failed for want of space: a write that
     * meets a full disk leaves it at less than a block free, and no part's results fit in what is
     * left. Its children cannot tell bench (their own logs cannot be written either), so bench asks
     * the file system.
     */
    static final long LOW_SPACE_BYTES = 1 << 20;

    private final String python;
    private final PrintStream out;
    private final UsableSpace usableSpace;
    private Process current;
    private boolean stopped;

    /** The bytes still free to this user where the run writes (replaced in tests). */
    @FunctionalInterface
    interface UsableSpace {
        long of(Path dir) throws IOException;
    }

    PartRunner(Path runDir, Path repo, Plan plan, String python, PrintStream out) {
        this(runDir, repo, plan, python, out, dir -> Files.getFileStore(dir).getUsableSpace());
    }

    PartRunner(Path runDir, Path repo, Plan plan, String python, PrintStream out, UsableSpace usableSpace) {
        this.runDir = runDir;
        this.repo = repo;
        this.plan = plan;
        this.python = python;
        this.out = out;
        this.usableSpace = usableSpace;
    }

    /**
     * @throws FileWriteException when the run directory's file system refused a write, or a part
     *         fell short with the file system full: bench stops there, and {@code --resume} runs
     *         this part again once there is space
     */
    Outcome run(RunPart part) throws IOException, InterruptedException {
        Path tmpDir = Files.createDirectories(runDir.resolve(RunFiles.TMP));
        Path log = Files.createDirectories(runDir.resolve(RunFiles.LOGS)).resolve(part.output().replace('/', '_') + ".log");
        if (part.kind() == RunPart.Kind.PYTHON && python == null) {
            appendLog(log, "[bench] no python3 on PATH: cannot run this part\n");
            return Outcome.INCOMPLETE;
        }
        List<Path> outputs = new ArrayList<>();
        try {
            for (List<String> args : part.invocations()) {
                Path out = tmpDir.resolve(part.output().replace('/', '_') + "." + outputs.size()
                        + (part.kind() == RunPart.Kind.HARNESS ? ".log" : ".json"));
                Files.deleteIfExists(out);
                outputs.add(out);
                int exit = runProcess(command(part, args, out), log);
                for (int tries = 0; exit != 0 && !isStopped() && heldByAnotherJmh(log); tries++) {
                    waitForJmhLock(tries == 0);
                    exit = runProcess(command(part, args, out), log);
                }
                if (isStopped()) {
                    return Outcome.STOPPED;
                }
                if (exit != 0) {
                    appendLog(log, "\n[bench] exit status " + exit + "\n");
                }
            }
            StringBuilder problems = new StringBuilder();
            ArrayNode results = ResultFile.merge(outputs, part.kind(), p -> problems.append("[bench] ").append(p).append('\n'));
            if (problems.length() > 0) {
                appendLog(log, problems.toString());
            }
            boolean complete = results.size() >= part.expectedResults();
            Path target = runDir.resolve(complete ? part.output() : RunFiles.INCOMPLETE + "/" + part.output());
            if (!results.isEmpty() || complete) {
                RunJson.write(target, results);
            }
            if (!complete) {
                refuseWhenFull(runDir.resolve(part.output()));
            }
            if (complete) {
                Files.deleteIfExists(runDir.resolve(RunFiles.INCOMPLETE).resolve(part.output()));
                return Outcome.DONE;
            }
            return Outcome.INCOMPLETE;
        } finally {
            for (Path out : outputs) {
                Files.deleteIfExists(out);
            }
        }
    }

    private void refuseWhenFull(Path output) throws IOException {
        long left = usableSpace.of(runDir);
        if (left < LOW_SPACE_BYTES) {
            throw new FileWriteException(output, "No space left on device (the part fell short with " + left
                    + " bytes left on its file system)", null);
        }
    }

    /** Java's IOException for a full disk names no file: this one names the log. */
    private static void appendLog(Path log, String text) throws FileWriteException {
        try {
            Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new FileWriteException(log, e);
        }
    }

    /**
     * JMH refuses to start while another JMH run holds /tmp/jmh.lock (on a shared machine, someone
     * else's benchmark): measuring beside it would be noise anyway, so the part waits its turn.
     */
    private static boolean heldByAnotherJmh(Path log) throws IOException {
        String text = Files.readString(log);
        int lastCommand = text.lastIndexOf("[bench] ");
        return text.indexOf(JMH_LOCK_MESSAGE, Math.max(0, lastCommand)) >= 0;
    }

    private void waitForJmhLock(boolean first) throws InterruptedException {
        if (first) {
            out.println("[bench]   another JMH run holds its lock (/tmp/jmh.lock); waiting for it to finish");
            out.flush();
        }
        for (int i = 0; i < LOCK_RETRY_MILLIS / 100 && !isStopped(); i++) {
            Thread.sleep(100);
        }
    }

    /**
     * Ends the running child and everything it started (JMH forks, worker JVMs, pool processes)
     * and waits, briefly, for it to go, so nothing outlives the run.
     */
    void stop() throws InterruptedException {
        Process running;
        synchronized (this) {
            stopped = true;
            running = current;
        }
        if (running == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(running.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        running.destroy();
        if (!running.waitFor(5, TimeUnit.SECONDS)) {
            running.destroyForcibly();
        }
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    synchronized boolean isStopped() {
        return stopped;
    }

    private int runProcess(List<String> command, Path log) throws IOException, InterruptedException {
        Process process;
        synchronized (this) {
            if (stopped) {
                return -1;
            }
            appendLog(log, "[bench] " + String.join(" ", command) + "\n");
            // The guard's stdin stays open while bench lives: its end is how the part learns bench died.
            process = new ProcessBuilder(PartGuard.wrap(command)).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            current = process;
        }
        try {
            return process.waitFor();
        } finally {
            process.getOutputStream().close();
            synchronized (this) {
                current = null;
            }
        }
    }

    private List<String> command(RunPart part, List<String> args, Path out) {
        List<String> command = new ArrayList<>();
        if (plan.cpus() != null) {
            command.addAll(List.of("taskset", "-c", plan.cpus()));
        }
        if (part.kind() == RunPart.Kind.PYTHON) {
            command.add(python);
            command.addAll(args);
            command.addAll(List.of("--out", out.toString()));
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add(part.kind() == RunPart.Kind.HARNESS ? "-cp" : "-jar");
            command.add(RunPart.BASELINE.equals(part.jar()) ? plan.baselineJar() : plan.candidateJar());
            command.addAll(args);
            command.addAll(part.kind() == RunPart.Kind.HARNESS ? List.of("--out", out.toString())
                    : List.of("-rf", "json", "-rff", out.toString()));
        }
        return command;
    }
}
