package io.github.parbench.cli.harness;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.format.Producer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * The interleaved harness's block log as JMH-shaped results, one per contender: {@code benchmark}
 * {@value #BENCHMARK_PREFIX}{@code <workload>}, params {@code model}, {@code workers}, {@code size};
 * the primary metric is the time per operation (avgt, ms/op, the per-block times as one fork's raw
 * data, JMH's 99.9% interval); the secondary metric {@code speedup} is the geometric mean of the
 * per-block ratios against SERIAL with its interval ({@link SpeedupEstimate}, unit "x", the ratios
 * as raw data). The {@code interleaved} object records what reproduces the run.
 */
public final class InterleavedResults {

    public static final String BENCHMARK_PREFIX = "io.github.parbench.jmh.interleaved.InterleavedScaling.";
    public static final String SERIAL = "SERIAL";
    /** JMH's own interval for a mean: 99.9%. */
    private static final double JMH_CONFIDENCE = 0.999;
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 100};

    private InterleavedResults() {
    }

    public static List<JmhResult> from(HarnessLogReader.Log log, double confidence) throws BadInputException {
        int blocks = (int) log.longSetting("blocks");
        List<List<String>> contenders = log.records("contender", 4);
        if (contenders.isEmpty()) {
            throw new BadInputException(log.file(), "names no contender");
        }
        BlockEntries entries = BlockEntries.read(log, contenders.size(), blocks);
        double[][] millis = entries.millis();
        int[][] positions = entries.positions();
        int serial = -1;
        for (int c = 0; c < contenders.size(); c++) {
            if (contenders.get(c).get(1).equals(SERIAL)) {
                serial = c;
            }
        }
        if (serial < 0) {
            throw new BadInputException(log.file(), "has no SERIAL contender: every speedup is against it");
        }
        InterleavedDesign.Warmup[] warmups = warmups(log, contenders.size());
        long[] compiled = compiledDuringMeasurement(log, contenders.size());
        boolean adaptive = !log.settings().getOrDefault("precisionTarget", "none").equals("none");
        double target = adaptive ? log.doubleSetting("precisionTarget") : Double.NaN;
        boolean budgetExhausted = Boolean.parseBoolean(log.settings().getOrDefault("budgetExhausted", "false"));
        List<JmhResult> results = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) {
            List<String> contender = contenders.get(c);
            int batch = (int) log.parseLong(contender.get(3), "contender batch");
            SpeedupEstimate speedup;
            try {
                speedup = SpeedupEstimate.of(millis[serial], millis[c], confidence);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(log.file(), e.getMessage());
            }
            List<Integer> order = new ArrayList<>();
            for (int p : positions[c]) {
                order.add(p);
            }
            InterleavedDesign design = new InterleavedDesign(log.setting("schedule"), log.longSetting("seed"),
                    (int) log.longSetting("warmupBlocks"), blocks, log.longSetting("n"), log.setting("suite"), confidence,
                    contenders.size(), batch, log.doubleSetting("minEntryMillis"), order, warmups[c], compiled[c],
                    new InterleavedDesign.Precision(target, c == serial ? 0 : speedup.relativeHalfWidth(), budgetExhausted,
                            "t"));
            Producer measured = new Producer("parbench interleaved harness", log.setting("jvm"), log.jvmArgs(),
                    log.setting("jdkVersion"), log.setting("vmName"), log.setting("vmVersion"), 1, 1,
                    (int) log.longSetting("warmupBlocks"), "single operation", blocks,
                    batch == 1 ? "single operation" : "batch of " + batch + " operations, mean per operation");
            Map<String, String> params = Map.of("model", contender.get(1), "workers", contender.get(2),
                    "size", log.setting("size"));
            results.add(new JmhResult(BenchmarkKey.of(BENCHMARK_PREFIX + log.setting("workload"), "avgt", params),
                    timeMetric(millis[c]), Map.of("speedup", speedupMetric(speedup)), measured, log.file(), design));
        }
        return results;
    }

    /** Each contender's warm-up ({@code warmup} lines); null for each when the log has none. */
    static InterleavedDesign.Warmup[] warmups(HarnessLogReader.Log log, int contenders) throws BadInputException {
        InterleavedDesign.Warmup[] warmups = new InterleavedDesign.Warmup[contenders];
        String rule = log.settings().getOrDefault("warmupRule", "blocks");
        for (List<String> w : log.records("warmup", 6)) {
            int c = index(log, w.get(0), contenders, "warmup contender");
            warmups[c] = new InterleavedDesign.Warmup(rule, (int) log.parseLong(w.get(1), "warmup entries"),
                    log.parseDouble(w.get(2), "warmup millis"), Boolean.parseBoolean(w.get(3)),
                    log.parseLong(w.get(4), "warmup compilations"), (int) log.parseLong(w.get(5), "warmup jvms"));
        }
        return warmups;
    }

    /** Compilations during each contender's measured entries ({@code compiled} lines); -1 where not recorded. */
    static long[] compiledDuringMeasurement(HarnessLogReader.Log log, int contenders) throws BadInputException {
        long[] compiled = new long[contenders];
        java.util.Arrays.fill(compiled, -1);
        for (List<String> line : log.records("compiled", 2)) {
            compiled[index(log, line.get(0), contenders, "compiled contender")] = log.parseLong(line.get(1), "compilations");
        }
        return compiled;
    }

    private static int index(HarnessLogReader.Log log, String text, int limit, String what) throws BadInputException {
        return BlockEntries.index(log, text, limit, what);
    }

    static Metric timeMetric(double[] millis) {
        DescriptiveStatistics stats = new DescriptiveStatistics(millis);
        double t = new TDistribution(millis.length - 1).inverseCumulativeProbability(1 - (1 - JMH_CONFIDENCE) / 2);
        double error = t * stats.getStandardDeviation() / Math.sqrt(millis.length);
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        for (double p : PERCENTILES) {
            percentiles.put(p, p == 0 ? stats.getMin() : stats.getPercentile(p));
        }
        return new Metric(stats.getMean(), error, "ms/op", percentiles, List.of(millis.clone()),
                stats.getMean() - error, stats.getMean() + error);
    }

    static Metric speedupMetric(SpeedupEstimate estimate) {
        return new Metric(estimate.score(), Double.NaN, "x", new TreeMap<>(), List.of(estimate.ratios().clone()),
                estimate.low(), estimate.high());
    }
}
