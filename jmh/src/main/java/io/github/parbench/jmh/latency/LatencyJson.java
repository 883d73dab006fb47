package io.github.parbench.jmh.latency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parbench.jmh.JmhShapedResult;
import io.github.parbench.jmh.bench.JsonFiles;
import java.io.IOException;
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
        ObjectNode o = JmhShapedResult.start(mapper, "parbench latency harness", BENCHMARK_PREFIX + r.name(), "sample",
                warmup, "round trips", samples, "round trips");
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
