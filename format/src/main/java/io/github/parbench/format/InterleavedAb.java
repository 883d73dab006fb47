package io.github.parbench.format;

/**
 * The names of an interleaved A/B result, where the baseline's and the candidate's contenders ran in
 * the same blocks: what the harness writes and compare reads (docs/statistics.md, "Interleaved A/B
 * results: the file shape").
 *
 * <p>A paired run directory's {@code interleaved-ab/*.json} each hold a JMH-shaped result array with
 * an {@code interleaved} object per result. Each contender has two results, told apart by the param
 * {@value #BUILD}: {@value #BASELINE} and {@value #CANDIDATE}, each with its own time per operation
 * as primary metric. The candidate's result also has the secondary metric {@value #RATIO}: per
 * harness JVM (a {@code rawData} row), per measured block, T(candidate) / T(baseline) of that block's
 * two entries, so a value above 1 means the candidate took longer.
 */
public final class InterleavedAb {

    /** The folder of a paired run directory that holds interleaved A/B result files. */
    public static final String DIR = "interleaved-ab";
    /** The param that says which build a result timed. */
    public static final String BUILD = "build";
    public static final String BASELINE = "baseline";
    public static final String CANDIDATE = "candidate";
    /** The candidate's secondary metric: per block, T(candidate) / T(baseline). */
    public static final String RATIO = "candidate/baseline";

    private InterleavedAb() {
    }
}
