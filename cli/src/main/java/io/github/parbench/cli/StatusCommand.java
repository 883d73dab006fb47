package io.github.parbench.cli;

import io.github.parbench.cli.bench.RunDir;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.Environment;
import io.github.parbench.format.Plan;
import io.github.parbench.format.RunFiles;
import io.github.parbench.format.RunPart;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What a run directory holds, read from its own files: how the run ended, on which build, and
 * each planned part done, incomplete (ran, fell short of its results) or missing, with the command
 * that finishes it. Exit 0 when every part is done, 1 when some are not, 2 when it is not a run.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows what a run directory written by bench holds and what is left to run.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", description = "a run directory written by scripts/bench")
    Path dir;

    @Override
    public Integer call() throws BadInputException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "is not a directory");
        }
        if (!Files.isRegularFile(dir.resolve(RunFiles.PLAN))) {
            throw new BadInputException(dir, "has no " + RunFiles.PLAN + ", so it is not a run directory of scripts/bench");
        }
        PrintWriter out = spec.commandLine().getOut();
        RunDir run = new RunDir(dir);
        Plan plan = run.readPlan();
        Optional<Environment> found = run.env();
        if (found.isPresent()) {
            Environment env = found.get();
            out.printf("run       %s%n", dir);
            out.printf("status    %s%s%n", env.status() == null ? "unknown" : env.status(),
                    env.end() == null ? "" : " (ended " + env.end() + ")");
            out.printf("started   %s on %s%n", env.start(), env.host());
            out.printf("build     %s%s, Java %s%n", env.gitCommit() == null ? "unknown commit" : env.gitCommit(),
                    Boolean.TRUE.equals(env.gitDirty()) ? " (uncommitted changes)" : "", env.javaVersion());
        } else {
            out.printf("run       %s (no %s)%n", dir, RunFiles.ENV);
        }
        out.printf("plan      profile %s, %d usable cores, workers %s, seed %s%s%n", plan.profile(), plan.cores(),
                plan.workers(), plan.seed(), plan.paired() ? ", paired against " + plan.baselineJar() : "");
        out.printf("conformance %s%n", Files.isRegularFile(dir.resolve(RunFiles.CONFORMANCE)) ? "copied" : "not in this run");
        for (RunPart part : plan.parts()) {
            String state = run.isDone(part) ? "done" : run.isIncomplete(part) ? "incomplete" : "missing";
            out.printf("  %-10s %-40s %s%n", state, part.name(), part.output());
        }
        int missing = run.missing(plan).size();
        out.printf("%d of %d parts done%n", plan.parts().size() - missing, plan.parts().size());
        if (missing > 0) {
            out.println("finish:   " + run.resumeCommand());
            return Main.FAILED;
        }
        out.println("report:   " + run.nextCommand(plan));
        return Main.OK;
    }
}
