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
 * so does the interleaved harness, whose interval narrows with the square root of its blocks.
 */
public enum Profile {
    SMOKE(1, 1, "200ms", 2, "200ms", 2, 8, 0.05, 3_000, 3, 12, 24),
    CI(5, 1, "200ms", 3, "200ms", 2, 8, 0.05, 3_000, 3, 12, 24),
    STANDARD(3, 3, "1s", 5, "1s", 2, 10, 1.0, Harness.LATENCY_SAMPLES, 5, 60, 120),
    FULL(5, 5, "2s", 10, "2s", 3, 15, 1.0, 5 * Harness.LATENCY_SAMPLES, 5, 150, 300);

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
    /** Untimed blocks before the interleaved harness measures (every contender compiled, every worker up). */
    public final int interleavedWarmup;
    /**
     * Measured blocks of the interleaved harness. Small sizes get more: an operation there is a
     * fraction of a millisecond, so its ratios scatter more and a block costs little.
     */
    private final int interleavedBlocksLarge;
    private final int interleavedBlocksSmall;

    Profile(int forks, int warmupIterations, String warmupTime, int iterations, String iterationTime,
            int pythonForks, int pythonBlocks, double pythonScale, int latencySamples, int interleavedWarmup,
            int interleavedBlocksLarge, int interleavedBlocksSmall) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.iterations = iterations;
        this.iterationTime = iterationTime;
        this.pythonForks = pythonForks;
        this.pythonBlocks = pythonBlocks;
        this.pythonScale = pythonScale;
        this.latencySamples = latencySamples;
        this.interleavedWarmup = interleavedWarmup;
        this.interleavedBlocksLarge = interleavedBlocksLarge;
        this.interleavedBlocksSmall = interleavedBlocksSmall;
    }

    /** Measured blocks of the interleaved harness at this size ({@code small}, else as large). */
    public int interleavedBlocks(String size) {
        return "small".equals(size) ? interleavedBlocksSmall : interleavedBlocksLarge;
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
