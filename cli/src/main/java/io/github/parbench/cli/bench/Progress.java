package io.github.parbench.cli.bench;

import io.github.parbench.format.RunPart;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Progress lines: which part, how many are left, time so far and an estimate of the rest. The
 * plan's estimates are rough, so once parts have finished they are scaled by how long the
 * finished parts really took against their estimates.
 */
final class Progress {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private double estimatedDone;
    private double actualDone;

    Progress(PrintStream out) {
        this.out = out;
    }

    void starting(int index, int total, RunPart part, List<RunPart> remaining) {
        double left = remaining.stream().mapToDouble(RunPart::estimateSeconds).sum() * calibration();
        out.printf("[bench %s] part %d of %d: %s (%d results), about %s left%n", clock(elapsedSeconds()), index, total,
                part.name(), part.expectedResults(), clock(left));
        out.flush();
    }

    /** A part that fell short (a benchmark failed) says nothing about speed, so only done parts calibrate. */
    void finished(RunPart part, double seconds, boolean done) {
        if (done) {
            estimatedDone += part.estimateSeconds();
            actualDone += seconds;
        }
        out.printf("[bench %s]   %s: %s in %s%s%n", clock(elapsedSeconds()), part.name(), done ? "done" : "INCOMPLETE",
                clock(seconds), done ? "" : " (fewer results than planned: see logs/" + part.output().replace('/', '_')
                        + ".log)");
        out.flush();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private double calibration() {
        return estimatedDone > 0 ? actualDone / estimatedDone : 1.0;
    }

    static String clock(double seconds) {
        Duration d = Duration.ofSeconds(Math.round(seconds));
        return d.toHours() > 0 ? String.format("%dh%02dm%02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
