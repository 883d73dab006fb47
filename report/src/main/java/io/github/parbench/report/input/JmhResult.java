package io.github.parbench.report.input;

import java.nio.file.Path;
import java.util.Map;

/**
 * One element of a JMH {@code -rf json} array.
 *
 * @param key       benchmark name, mode and params
 * @param primary   the primary metric
 * @param secondary secondary metrics by name (aux counters, GC profiler figures, sample percentiles)
 * @param jvm       the {@code jvm} field (for the CPython reference: the python executable)
 * @param vmVersion the {@code vmVersion} field
 * @param source      the file it came from, for messages
 * @param interleaved how an interleaved harness measured it (seed, blocks, n, ...); null for JMH's own
 */
public record JmhResult(BenchmarkKey key, Metric primary, Map<String, Metric> secondary, String jvm,
                        String vmVersion, Path source, InterleavedDesign interleaved) {

    public JmhResult {
        secondary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secondary));
    }

    /** A result of JMH itself (not of an interleaved harness). */
    public JmhResult(BenchmarkKey key, Metric primary, Map<String, Metric> secondary, String jvm, String vmVersion,
                     Path source) {
        this(key, primary, secondary, jvm, vmVersion, source, null);
    }

    /** JMH's score direction: throughput is better higher, every time-per-operation mode lower. */
    public boolean higherIsBetter() {
        return "thrpt".equals(key.mode());
    }
}
