package io.github.parbench.cli.bench;

import io.github.parbench.format.Plan;

import io.github.parbench.format.RunPart;

import java.io.IOException;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a plan's missing parts in order and says where things stand however it ends.
 *
 * <p>SIGTERM, Ctrl-C and a scheduler's time limit all reach the JVM as a shutdown: the hook stops
 * the running part (its child processes included, so nothing outlives the run), leaves every
 * finished part in place, lists what is missing and prints the command that finishes it. A write
 * the file system refuses stops the run at that part in the same way ({@link #stoppedBy}).
 */
final class Execution {

    private final RunDir runDir;
    private final Plan plan;
    private final PartRunner runner;
    private final PrintStream out;

    Execution(RunDir runDir, Plan plan, PartRunner runner, PrintStream out) {
        this.runDir = runDir;
        this.plan = plan;
        this.runner = runner;
        this.out = out;
    }

    /** Returns 0 when every part of the plan is done, 1 otherwise. */
    int run() throws IOException, InterruptedException {
        List<RunPart> todo = runDir.missing(plan);
        int total = plan.parts().size();
        int done = total - todo.size();
        out.printf("[bench] %s: %d parts planned, %d already done, %d to run (estimate %s)%n", runDir.path(), total,
                done, todo.size(), Progress.clock(todo.stream().mapToDouble(RunPart::estimateSeconds).sum()));
        Thread hook = new Thread(this::interrupted, "bench-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        Progress progress = new Progress(out);
        List<String> incomplete = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            RunPart part = todo.get(i);
            progress.starting(done + i + 1, total, part, todo.subList(i, todo.size()));
            double started = progress.elapsedSeconds();
            PartRunner.Outcome outcome;
            try {
                outcome = runner.run(part);
            } catch (IOException e) {
                stoppedBy(hook, part, e);
                throw e;
            }
            if (outcome == PartRunner.Outcome.STOPPED) {
                return 1; // the shutdown hook reports
            }
            progress.finished(part, progress.elapsedSeconds() - started, outcome == PartRunner.Outcome.DONE);
            if (outcome == PartRunner.Outcome.INCOMPLETE) {
                incomplete.add(part.name());
            }
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        runDir.removeEmptyTmp();
        List<RunPart> missing = runDir.missing(plan);
        runDir.markEnd(OffsetDateTime.now().toString(), missing.isEmpty() ? "complete" : "incomplete");
        if (missing.isEmpty()) {
            out.printf("[bench] all %d parts done in %s%n", total, Progress.clock(progress.elapsedSeconds()));
        } else {
            reportMissing(missing);
        }
        out.println("Results: " + runDir.path());
        out.println("Next:    " + runDir.nextCommand(plan));
        return missing.isEmpty() ? 0 : 1;
    }

    /**
     * A write the file system refused (full, read-only): no later part could keep its results
     * either, so bench stops here; Main prints the one line naming the file and why.
     */
    private void stoppedBy(Thread hook, RunPart part, IOException failure) {
        Runtime.getRuntime().removeShutdownHook(hook);
        try {
            runDir.markEnd(OffsetDateTime.now().toString(), "stopped");
        } catch (IOException e) {
            failure.addSuppressed(e); // likely the same full disk: the status stays as the start left it
        }
        out.println("[bench] stopped at " + part.name() + ": finished parts are kept in " + runDir.path());
        out.println("[bench] once the file system has room, finish with: " + runDir.resumeCommand());
        out.flush();
    }

    private void interrupted() {
        try {
            runner.stop();
            runDir.markEnd(OffsetDateTime.now().toString(), "interrupted");
            runDir.removeEmptyTmp();
        } catch (InterruptedException | IOException e) {
            // still say what is missing
        }
        out.println("[bench] interrupted: finished parts are kept in " + runDir.path());
        reportMissing(runDir.missing(plan));
        out.flush();
    }

    private void reportMissing(List<RunPart> missing) {
        out.printf("[bench] %d of %d parts missing: %s%n", missing.size(), plan.parts().size(),
                String.join(", ", missing.stream().map(RunPart::name).toList()));
        out.println("[bench] finish them with: " + runDir.resumeCommand());
    }
}
