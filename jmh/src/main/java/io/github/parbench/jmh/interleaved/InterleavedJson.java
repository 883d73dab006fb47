package io.github.parbench.jmh.interleaved;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parbench.jmh.JmhShapedResult;
import io.github.parbench.jmh.bench.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Writes an experiment as JMH-shaped JSON, one result per contender, so the report and compare
 * tools read it like any suite: {@code benchmark} {@value #BENCHMARK_PREFIX}{@code <workload>},
 * params {@code model}, {@code workers}, {@code size}; the primary metric is the time per
 * operation (avgt, ms/op, the per-block times as one fork's raw data); the secondary metric
 * {@code speedup} is the geometric mean of the per-block ratios against SERIAL with its interval
 * in {@code scoreConfidence} (unit "x", the ratios as raw data). An {@code interleaved} object
 * records what reproduces the run: schedule, seed, blocks, warm-up, n, the JMH suite of the same
 * workload, and the position of each of the contender's operations in its block.
 */
final class InterleavedJson {

    static final String BENCHMARK_PREFIX = InterleavedScaling.class.getName() + ".";
    /** JMH's own interval for a mean: 99.9%. */
    private static final double JMH_CONFIDENCE = 0.999;
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 100};

    private InterleavedJson() {
    }

    static void write(Path out, BlockTimes times, String workload, String suite, String size, double confidence)
            throws IOException {
        ArrayNode array = JsonFiles.MAPPER.createArrayNode();
        for (int c = 0; c < times.contenders(); c++) {
            array.add(result(times, c, workload, suite, size, confidence));
        }
        JsonFiles.write(out, array);
    }

    private static ObjectNode result(BlockTimes times, int c, String workload, String suite, String size,
                                     double confidence) {
        BlockExperiment.Settings settings = times.settings();
        int batch = times.batch()[c];
        ObjectNode o = JmhShapedResult.start(JsonFiles.MAPPER, "parbench interleaved harness", BENCHMARK_PREFIX + workload,
                "avgt", settings.warmupBlocks(), "single operation", settings.blocks(),
                batch == 1 ? "single operation" : "batch of " + batch + " operations, mean per operation");
        ObjectNode params = o.putObject("params");
        params.put("model", times.models().get(c));
        params.put("workers", Integer.toString(times.workers().get(c)));
        params.put("size", size);
        timeMetric(o.putObject("primaryMetric"), times.millis()[c]);
        speedupMetric(o.putObject("secondaryMetrics").putObject("speedup"), times.speedup(c, confidence));
        ObjectNode design = o.putObject("interleaved");
        design.put("schedule", settings.schedule().name().toLowerCase(Locale.ROOT));
        design.put("seed", settings.seed());
        design.put("warmupBlocks", settings.warmupBlocks());
        design.put("blocks", settings.blocks());
        design.put("contenders", times.contenders());
        design.put("n", times.n());
        design.put("suite", suite);
        design.put("confidence", confidence);
        design.put("batch", times.batch()[c]);
        design.put("minEntryMillis", settings.minEntryMillis());
        ArrayNode positions = design.putArray("positions");
        for (int position : times.positions()[c]) {
            positions.add(position);
        }
        return o;
    }

    private static void timeMetric(ObjectNode metric, double[] millis) {
        DescriptiveStatistics stats = new DescriptiveStatistics(millis);
        double t = new TDistribution(millis.length - 1).inverseCumulativeProbability(1 - (1 - JMH_CONFIDENCE) / 2);
        double error = t * stats.getStandardDeviation() / Math.sqrt(millis.length);
        metric.put("score", stats.getMean());
        metric.put("scoreError", error);
        metric.putArray("scoreConfidence").add(stats.getMean() - error).add(stats.getMean() + error);
        ObjectNode percentiles = metric.putObject("scorePercentiles");
        for (double p : PERCENTILES) {
            percentiles.put(Double.toString(p), p == 0 ? stats.getMin() : stats.getPercentile(p));
        }
        metric.put("scoreUnit", "ms/op");
        ArrayNode fork = metric.putArray("rawData").addArray();
        for (double v : millis) {
            fork.add(v);
        }
    }

    private static void speedupMetric(ObjectNode metric, SpeedupEstimate estimate) {
        metric.put("score", estimate.score());
        metric.put("scoreError", "NaN");
        metric.putArray("scoreConfidence").add(estimate.low()).add(estimate.high());
        metric.putObject("scorePercentiles");
        metric.put("scoreUnit", "x");
        ArrayNode fork = metric.putArray("rawData").addArray();
        for (double ratio : estimate.ratios()) {
            fork.add(ratio);
        }
    }
}
