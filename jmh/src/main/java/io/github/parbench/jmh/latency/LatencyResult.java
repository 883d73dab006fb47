package io.github.parbench.jmh.latency;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** One case's round-trip distribution, in microseconds. */
record LatencyResult(String name, String load, double meanMicros, long count, Map<Double, Double> percentilesMicros) {

    LatencyResult(String name, String load, Histogram h, double[] percentiles) {
        this(name, load, h.getMean() / 1_000.0, h.getTotalCount(), percentiles(h, percentiles));
    }

    private static Map<Double, Double> percentiles(Histogram h, double[] percentiles) {
        Map<Double, Double> m = new LinkedHashMap<>();
        for (double p : percentiles) {
            long nanos = p == 100 ? h.getMaxValue() : p == 0 ? h.getMinValue() : h.getValueAtPercentile(p);
            m.put(p, nanos / 1_000.0);
        }
        return m;
    }

    double micros(double percentile) {
        return percentilesMicros.get(percentile);
    }
}
