package io.github.parbench.cli.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How long and how often a run measures.
 *
 * <p>smoke is for a first look (one fork, short iterations: minutes on 2 cores); ci is smoke's
 * short iterations with 5 forks, which a paired run ({@code --baseline}) turns into 5 rounds, the
 * fewest with which compare finds a 10% regression nearly always at 2% noise (docs/statistics.md, "How well
 * the statistics work"), in a budget that fits a CI job; standard keeps the suites' own defaults of
 * 3 forks so every benchmark has the three independent per-fork means that compare needs for a
 * verdict; full doubles the evidence for a node that is worth it.
 * The latency harness follows suit: a few thousand round trips for a first look, its own default
 * for standard, five times that for full (p99.9 then rests on a hundred trips rather than twenty);
 * the interleaved harness measures to a precision target within a budget ({@link Interleaved}).
 */
public enum Profile {
    SMOKE(1, 1, "200ms", 2, "200ms", 2, 8, 0.05, 3_000, new Interleaved(10, 15, 12, 0.02, 15, 1, 40)),
    CI(5, 1, "200ms", 3, "200ms", 2, 8, 0.05, 3_000, new Interleaved(10, 15, 12, 0.02, 15, 1, 200)),
    STANDARD(3, 3, "1s", 5, "1s", 2, 10, 1.0, Harness.LATENCY_SAMPLES, new Interleaved(10, 60, 20, 0.02, 60, 3, 200)),
    FULL(5, 5, "2s", 10, "2s", 3, 15, 1.0, 5 * Harness.LATENCY_SAMPLES, new Interleaved(10, 120, 40, 0.01, 120, 5, 400));

    /**
     * How the interleaved harness warms and measures in this profile: warm until steady (at least
     * {@code warmupRounds} rounds, at most {@code warmupCapSeconds}), then blocks (at least
     * {@code minBlocks}) until every speedup interval is within ±{@code precision}, or
     * {@code budgetSeconds} of measuring are spent. smoke and ci ask for ±2% but their short budget
     * usually ends them first (the result says so and gives the precision reached); standard gets the
     * time ±2% takes on a 2-core VM; full asks for ±1%.
     *
     * <p>Each experiment runs in {@code jvms} harness JVMs, fresh workers each, every one with its
     * own warm-up and {@code budgetSeconds}; the result's interval is over the JVMs (Kalibera and
     * Jones). Blocks in one JVM share its JIT decisions and workers, and on the 2-vCPU VM the
     * parallel models' speedups differed between runs by far more than one run's blocks said
     * (THREADS x2 1.23 in one, 1.53 in another), so standard and full spend their time on JVMs:
     * standard 3 of 60 s (the 180 s one JVM had), full 5 of 120 s. smoke and ci keep one: two JVMs'
     * interval has a t quantile of 12.7 (1 degree of freedom), wider than it is useful, and a third
     * JVM would triple a first look and a CI job; their single-JVM interval says it covers the
     * blocks only. In an interleaved A/B (ci's use) each block's candidate/baseline ratio cancels
     * much of what one JVM shares.
     *
     * <p>An interleaved A/B ({@code --baseline}) measures {@code abBlocks} blocks, fixed in advance
     * because compare's tests and Holm's step assume a sample size that the data did not choose. smoke
     * takes 40, a first look; ci 200, with which compare's sign test calls a 5% change slower at the
     * per-block noise measured on the 2-vCPU VM, heavy tails included, in nearly every row
     * (docs/statistics.md, "How often it fails by chance"); full 400.
     */
    public record Interleaved(int warmupRounds, int warmupCapSeconds, int minBlocks, double precision,
                              int budgetSeconds, int jvms, int abBlocks) {
    }

    /** JMH forks per benchmark (in a paired run: rounds, one fork per side each). */
    public final int forks;
    private final int warmupIterations;
    private final String warmupTime;
    private final int iterations;
    private final String iterationTime;
    /** Fresh CPython interpreters, each running every block of the reference (like a fork). */
    public final int pythonForks;
    /** Measured blocks of the CPython reference per interpreter and size. */
    public final int pythonBlocks;
    /** Scale of the CPython problem sizes against the lecture's (50M countdown, 10M sqrt). */
    public final double pythonScale;
    /** Timed round trips per case and load of the latency harness (its percentiles' sample size). */
    public final int latencySamples;
    /** How the interleaved harness warms up and when it stops measuring. */
    public final Interleaved interleaved;

    Profile(int forks, int warmupIterations, String warmupTime, int iterations, String iterationTime,
            int pythonForks, int pythonBlocks, double pythonScale, int latencySamples, Interleaved interleaved) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.iterations = iterations;
        this.iterationTime = iterationTime;
        this.pythonForks = pythonForks;
        this.pythonBlocks = pythonBlocks;
        this.pythonScale = pythonScale;
        this.latencySamples = latencySamples;
        this.interleaved = interleaved;
    }

    /** The JMH command-line options for this profile with the given number of forks. */
    public List<String> jmhOptions(int forkCount) {
        return List.of("-f", Integer.toString(forkCount), "-wi", Integer.toString(warmupIterations),
                "-w", warmupTime, "-i", Integer.toString(iterations), "-r", iterationTime);
    }

    /** Rough seconds one fork of one benchmark takes: iterations plus JVM start and setup. */
    public double secondsPerFork() {
        return warmupIterations * seconds(warmupTime) + iterations * seconds(iterationTime) + 1.0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profile of(String label) {
        for (Profile p : values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + label + "' (" + labels() + ")");
    }

    /** Every profile's label, comma-separated, for messages and help. */
    public static String labels() {
        return Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", "));
    }

    private static double seconds(String jmhTime) {
        if (jmhTime.endsWith("ms")) {
            return Double.parseDouble(jmhTime.substring(0, jmhTime.length() - 2)) / 1000.0;
        }
        return Double.parseDouble(jmhTime.substring(0, jmhTime.length() - 1));
    }
}
