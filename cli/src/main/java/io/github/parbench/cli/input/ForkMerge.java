package io.github.parbench.cli.input;

import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Joins the forks of one benchmark that ran as separate invocations (a run's rounds: one fork of
 * every model per round) into the result JMH would have written had it run them in one: the forks
 * side by side, the score the mean of every iteration, the error JMH's 99.9% Student-t half-width
 * over them, the percentiles those of the iterations.
 */
final class ForkMerge {

    private static final double JMH_CONFIDENCE = 0.999;
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 100};

    private ForkMerge() {
    }

    /** One result per benchmark key, in first-seen order; a key seen once is kept as it is. */
    static List<JmhResult> merge(List<JmhResult> results) {
        Map<BenchmarkKey, List<JmhResult>> byKey = new LinkedHashMap<>();
        results.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<JmhResult> merged = new ArrayList<>();
        for (List<JmhResult> same : byKey.values()) {
            merged.add(same.size() == 1 ? same.get(0) : join(same));
        }
        return merged;
    }

    private static JmhResult join(List<JmhResult> forks) {
        JmhResult first = forks.get(0);
        Map<String, Metric> secondary = new LinkedHashMap<>();
        for (String name : first.secondary().keySet()) {
            List<Metric> metrics = forks.stream().map(r -> r.secondary().get(name)).toList();
            if (metrics.stream().allMatch(m -> m != null && !m.forks().isEmpty())) {
                secondary.put(name, join(metrics, first.secondary().get(name).unit()));
            }
        }
        Metric primary = join(forks.stream().map(JmhResult::primary).toList(), first.primary().unit());
        return new JmhResult(first.key(), primary, secondary, first.producer(),
                first.source().getParent() == null ? first.source() : first.source().getParent(), first.interleaved(),
                first.latency());
    }

    private static Metric join(List<Metric> metrics, String unit) {
        List<double[]> forks = new ArrayList<>();
        DescriptiveStatistics all = new DescriptiveStatistics();
        for (Metric m : metrics) {
            for (double[] fork : m.forks()) {
                forks.add(fork);
                for (double v : fork) {
                    all.addValue(v);
                }
            }
        }
        long n = all.getN();
        double error = n < 2 ? Double.NaN
                : new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - JMH_CONFIDENCE) / 2)
                        * all.getStandardDeviation() / Math.sqrt(n);
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        if (n > 0) {
            for (double p : PERCENTILES) {
                percentiles.put(p, p == 0 ? all.getMin() : all.getPercentile(p));
            }
        }
        double mean = n == 0 ? Double.NaN : all.getMean();
        return new Metric(mean, error, unit, percentiles, forks, mean - error, mean + error);
    }
}
