package io.github.parbench.jmh.latency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parbench.jmh.bench.JsonFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes latency results in the shape of JMH's {@code -rf json} for a SampleTime benchmark, so the
 * report tools read them like any suite; written to a temporary file and renamed, never half.
 */
final class LatencyJson {

    static final String BENCHMARK_PREFIX = "io.github.parbench.jmh.latency.RoundTripLatency.";

    private LatencyJson() {
    }

    static void write(Path out, List<LatencyResult> results, int samples, int warmup) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (LatencyResult r : results) {
            array.add(toJmhShape(mapper, r, samples, warmup));
        }
        JsonFiles.write(out, array);
    }

    private static ObjectNode toJmhShape(ObjectMapper mapper, LatencyResult r, int samples, int warmup) {
        ObjectNode o = mapper.createObjectNode();
        o.put("jmhVersion", "parbench latency harness");
        o.put("benchmark", BENCHMARK_PREFIX + r.name());
        o.put("mode", "sample");
        o.put("threads", 1);
        o.put("forks", 1);
        o.put("jvm", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ArrayNode jvmArgs = o.putArray("jvmArgs");
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(jvmArgs::add);
        o.put("jdkVersion", System.getProperty("java.version"));
        o.put("vmName", System.getProperty("java.vm.name"));
        o.put("vmVersion", System.getProperty("java.vm.version"));
        o.put("warmupIterations", warmup);
        o.put("warmupTime", "round trips");
        o.put("measurementIterations", samples);
        o.put("measurementTime", "round trips");
        o.putObject("params").put("load", r.load());
        ObjectNode metric = o.putObject("primaryMetric");
        metric.put("score", r.meanMicros());
        metric.put("scoreError", "NaN");
        metric.putArray("scoreConfidence").add("NaN").add("NaN");
        ObjectNode percentiles = metric.putObject("scorePercentiles");
        for (Map.Entry<Double, Double> e : r.percentilesMicros().entrySet()) {
            percentiles.put(percentileKey(e.getKey()), e.getValue());
        }
        metric.put("scoreUnit", "us/op");
        metric.putArray("rawData").addArray().add(r.meanMicros());
        o.putObject("secondaryMetrics");
        return o;
    }

    /** JMH's keys: "50.0", "99.9", "100.0". */
    private static String percentileKey(double p) {
        return Double.toString(p);
    }
}
