package io.github.parbench.format;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One element of a JMH {@code -rf json} array: what JMH writes, what the harnesses and the CPython
 * reference write in the same shape, and what every reader of results gets.
 *
 * @param key         benchmark name, mode and params
 * @param primary     the primary metric
 * @param secondary   secondary metrics by name (aux counters, GC profiler figures, an interleaved speedup)
 * @param producer    what produced it: JMH or a harness, the JVM and its settings
 * @param source      the file it came from, for messages (null for a result not yet written)
 * @param interleaved how an interleaved harness measured it (seed, blocks, n, ...); null for JMH's own
 * @param latency     how the round-trip latency harness measured it (side, path, slices, warm-up);
 *                    null for everything else
 */
public record JmhResult(BenchmarkKey key, Metric primary, Map<String, Metric> secondary, Producer producer,
                        Path source, InterleavedDesign interleaved, LatencyDesign latency) {

    public JmhResult {
        secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
    }

    /** Any result but a round-trip latency harness's. */
    public JmhResult(BenchmarkKey key, Metric primary, Map<String, Metric> secondary, Producer producer,
                     Path source, InterleavedDesign interleaved) {
        this(key, primary, secondary, producer, source, interleaved, null);
    }

    /** A result of JMH itself that names only its JVM (what tests and hand-made inputs give). */
    public JmhResult(BenchmarkKey key, Metric primary, Map<String, Metric> secondary, String jvm, String vmVersion,
                     Path source) {
        this(key, primary, secondary, Producer.of(jvm, vmVersion), source, null);
    }

    /** The {@code jvm} field (for the CPython reference: the python executable). */
    public String jvm() {
        return producer.jvm();
    }

    public String vmVersion() {
        return producer.vmVersion();
    }

    /** JMH's score direction: throughput is better higher, every time-per-operation mode lower. */
    public boolean higherIsBetter() {
        return "thrpt".equals(key.mode());
    }
}
