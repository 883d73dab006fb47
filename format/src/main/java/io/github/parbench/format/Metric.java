package io.github.parbench.format;

import java.util.List;
import java.util.SortedMap;

/**
 * One JMH metric (the primary one or a secondary one such as an aux counter).
 *
 * @param score       JMH's score
 * @param error       JMH's 99.9% half-width; NaN when JMH could not compute one (1-2 iterations)
 * @param unit        e.g. {@code ms/op}
 * @param percentiles JMH's score percentiles, keyed by percentile (0.0 .. 100.0); may be empty
 * @param forks       per fork, the score of each measured iteration (for sample mode, each
 *                    iteration's mean of its histogram); may be empty when JMH left raw data out
 * @param low         the lower end of {@code scoreConfidence}; NaN when absent. For most metrics it
 *                    is score - error, but an interleaved speedup's interval is asymmetric (a ratio's)
 *                    and is only given here
 * @param high        the upper end of {@code scoreConfidence}; NaN when absent
 */
public record Metric(double score, double error, String unit, SortedMap<Double, Double> percentiles,
                     List<double[]> forks, double low, double high) {

    public Metric {
        percentiles = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(percentiles));
        forks = List.copyOf(forks);
    }

    /** A metric whose interval is JMH's symmetric one, or none. */
    public Metric(double score, double error, String unit, SortedMap<Double, Double> percentiles, List<double[]> forks) {
        this(score, error, unit, percentiles, forks, Double.NaN, Double.NaN);
    }

    /** The mean of each fork's iterations: the independent samples of a JMH run. */
    public double[] forkMeans() {
        return forks.stream()
                .filter(iterations -> iterations.length > 0)
                .mapToDouble(iterations -> java.util.Arrays.stream(iterations).average().orElseThrow())
                .toArray();
    }
}
