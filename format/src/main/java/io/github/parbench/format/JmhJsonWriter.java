package io.github.parbench.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes results in JMH's {@code -rf json} shape, so that what the harnesses measure reads like any
 * suite; {@link JmhJsonReader} reads back every field written here. A missing number (an error JMH
 * could not compute, an interval not given) is written as JMH writes it: the string "NaN".
 */
public final class JmhJsonWriter {

    private JmhJsonWriter() {
    }

    public static void write(Path file, List<JmhResult> results) throws IOException {
        RunJson.write(file, toJson(results));
    }

    public static ArrayNode toJson(List<JmhResult> results) {
        ArrayNode array = RunJson.MAPPER.createArrayNode();
        for (JmhResult result : results) {
            array.add(toJson(result));
        }
        return array;
    }

    private static ObjectNode toJson(JmhResult r) {
        ObjectNode o = RunJson.MAPPER.createObjectNode();
        Producer p = r.producer();
        o.put("jmhVersion", p.jmhVersion());
        o.put("benchmark", r.key().benchmark());
        o.put("mode", r.key().mode());
        o.put("threads", p.threads());
        o.put("forks", p.forks());
        o.put("jvm", p.jvm());
        ArrayNode jvmArgs = o.putArray("jvmArgs");
        p.jvmArgs().forEach(jvmArgs::add);
        o.put("jdkVersion", p.jdkVersion());
        o.put("vmName", p.vmName());
        o.put("vmVersion", p.vmVersion());
        o.put("warmupIterations", p.warmupIterations());
        o.put("warmupTime", p.warmupTime());
        o.put("measurementIterations", p.measurementIterations());
        o.put("measurementTime", p.measurementTime());
        ObjectNode params = o.putObject("params");
        r.key().params().forEach(params::put);
        metric(o.putObject("primaryMetric"), r.primary());
        ObjectNode secondary = o.putObject("secondaryMetrics");
        for (Map.Entry<String, Metric> m : r.secondary().entrySet()) {
            metric(secondary.putObject(m.getKey()), m.getValue());
        }
        if (r.interleaved() != null) {
            design(o.putObject("interleaved"), r.interleaved());
        }
        if (r.latency() != null) {
            latency(o.putObject("latency"), r.latency());
        }
        return o;
    }

    private static void metric(ObjectNode node, Metric m) {
        number(node, "score", m.score());
        number(node, "scoreError", m.error());
        ArrayNode confidence = node.putArray("scoreConfidence");
        add(confidence, m.low());
        add(confidence, m.high());
        ObjectNode percentiles = node.putObject("scorePercentiles");
        m.percentiles().forEach((p, v) -> number(percentiles, Double.toString(p), v));
        node.put("scoreUnit", m.unit());
        ArrayNode raw = node.putArray("rawData");
        for (double[] fork : m.forks()) {
            ArrayNode iterations = raw.addArray();
            for (double v : fork) {
                add(iterations, v);
            }
        }
    }

    private static void design(ObjectNode node, InterleavedDesign d) {
        node.put("schedule", d.schedule());
        node.put("seed", d.seed());
        node.put("warmupBlocks", d.warmupBlocks());
        node.put("blocks", d.blocks());
        node.put("contenders", d.contenders());
        node.put("n", d.n());
        node.put("suite", d.suite());
        node.put("confidence", d.confidence());
        node.put("batch", d.batch());
        node.put("minEntryMillis", d.minEntryMillis());
        ArrayNode positions = node.putArray("positions");
        d.positions().forEach(positions::add);
        if (d.warmup() != null) {
            warmup(node.putObject("warmup"), d.warmup());
        }
        count(node, "compilationsDuringMeasurement", d.compilationsDuringMeasurement());
        if (d.precision() != null) {
            InterleavedDesign.Precision p = d.precision();
            if (Double.isNaN(p.target())) {
                node.putNull("precisionTarget");
            } else {
                node.put("precisionTarget", p.target());
            }
            number(node, "precisionReached", p.reached());
            node.put("budgetExhausted", p.budgetExhausted());
            node.put("intervalMethod", p.interval());
        }
        if (d.levels() != null) {
            InterleavedDesign.Levels l = d.levels();
            ObjectNode levels = node.putObject("levels");
            ArrayNode seeds = levels.putArray("seeds");
            l.seeds().forEach(seeds::add);
            ArrayNode blocks = levels.putArray("blocks");
            l.blocks().forEach(blocks::add);
            number(levels, "withinVariance", l.withinVariance());
            number(levels, "betweenVariance", l.betweenVariance());
            number(levels, "jvmCostSeconds", l.jvmCostSeconds());
            number(levels, "blockCostSeconds", l.blockCostSeconds());
        }
    }

    private static void latency(ObjectNode node, LatencyDesign d) {
        node.put("side", d.side());
        node.put("path", d.path());
        node.put("seed", d.seed());
        node.put("slices", d.slices());
        node.put("tripsPerSlice", d.tripsPerSlice());
        node.put("contenders", d.contenders());
        ArrayNode positions = node.putArray("positions");
        d.positions().forEach(positions::add);
        if (d.warmup() != null) {
            warmup(node.putObject("warmup"), d.warmup());
        }
        count(node, "compilationsDuringMeasurement", d.compilationsDuringMeasurement());
    }

    private static void warmup(ObjectNode warmup, InterleavedDesign.Warmup w) {
        warmup.put("rule", w.rule());
        warmup.put("entries", w.entries());
        number(warmup, "millis", w.millis());
        warmup.put("capHit", w.capHit());
        count(warmup, "compilations", w.compilations());
        warmup.put("jvms", w.jvms());
    }

    /** A count, or null when it was not recorded (-1). */
    private static void count(ObjectNode node, String field, long value) {
        if (value < 0) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.put(field, Double.toString(value));
        }
    }

    private static void add(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.add(Double.toString(value));
        }
    }
}
