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
 * as raw data). The {@code interleaved} object records what reproduces the run. An experiment run in
 * several harness JVMs has one raw-data row per JVM in both metrics, and its intervals are over the
 * JVMs (Kalibera and Jones's two levels, {@link JvmLevelsEstimate}).
 */
public final class InterleavedResults {

    public static final String BENCHMARK_PREFIX = "io.github.parbench.jmh.interleaved.InterleavedScaling.";
    public static final String SERIAL = "SERIAL";
    /** JMH's own interval for a mean: 99.9%. */
    private static final double JMH_CONFIDENCE = 0.999;
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 100};
    /** About what starting a harness JVM and its workers' JVMs takes on the development VM. */
    static final double JVM_START_SECONDS = 1.0;

    private InterleavedResults() {
    }

    public static List<JmhResult> from(HarnessLogReader.Log log, double confidence) throws BadInputException {
        return from(List.of(log), confidence);
    }

    /**
     * The logs of one experiment run in several harness JVMs (fresh workers each) as one result per
     * contender: its primary and speedup rawData have one row per JVM (as JMH's have one per fork),
     * and the speedup's interval is over the JVMs ({@link JvmLevelsEstimate}). One log gives what it
     * always gave.
     */
    public static List<JmhResult> from(List<HarnessLogReader.Log> logs, double confidence) throws BadInputException {
        if (logs.isEmpty()) {
            throw new IllegalArgumentException("no harness log to read");
        }
        List<OneJvm> jvms = new ArrayList<>();
        for (HarnessLogReader.Log log : logs) {
            jvms.add(OneJvm.of(log));
        }
        OneJvm first = jvms.get(0);
        for (OneJvm other : jvms.subList(1, jvms.size())) {
            first.requireSameExperiment(other);
        }
        HarnessLogReader.Log log = first.log();
        int contenderCount = first.contenders().size();
        boolean adaptive = !log.settings().getOrDefault("precisionTarget", "none").equals("none");
        double target = adaptive ? log.doubleSetting("precisionTarget") : Double.NaN;
        boolean budgetExhausted = false;
        for (OneJvm j : jvms) {
            budgetExhausted |= Boolean.parseBoolean(j.log().settings().getOrDefault("budgetExhausted", "false"));
        }
        int fewestBlocks = jvms.stream().mapToInt(j -> j.millis()[0].length).min().orElseThrow();
        List<JmhResult> results = new ArrayList<>();
        for (int c = 0; c < contenderCount; c++) {
            List<String> contender = first.contenders().get(c);
            int batch = (int) log.parseLong(contender.get(3), "contender batch");
            List<double[]> serialTimes = new ArrayList<>();
            List<double[]> times = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (OneJvm j : jvms) {
                serialTimes.add(j.millis()[j.serial()]);
                times.add(j.millis()[c]);
                for (int p : j.positions()[c]) {
                    order.add(p);
                }
            }
            JvmLevelsEstimate speedup;
            try {
                // A run that stopped on its precision reports the interval its stop rule judged.
                speedup = adaptive
                        ? JvmLevelsEstimate.stopped(serialTimes, times, confidence,
                                (int) log.longSetting("intervalTunedForBlocks"))
                        : JvmLevelsEstimate.of(serialTimes, times, confidence);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(log.file(), e.getMessage());
            }
            boolean serial = c == first.serial();
            InterleavedDesign design = new InterleavedDesign(log.setting("schedule"), log.longSetting("seed"),
                    (int) log.longSetting("warmupBlocks"), fewestBlocks, log.longSetting("n"), log.setting("suite"),
                    confidence, contenderCount, batch, log.doubleSetting("minEntryMillis"), order, warmup(jvms, c),
                    compiled(jvms, c), new InterleavedDesign.Precision(target, serial ? 0 : speedup.relativeHalfWidth(),
                            budgetExhausted, adaptive && jvms.size() == 1 ? "confidence sequence" : speedup.method()),
                    jvms.size() == 1 ? null : levels(jvms, speedup));
            Producer measured = new Producer("parbench interleaved harness", log.setting("jvm"), log.jvmArgs(),
                    log.setting("jdkVersion"), log.setting("vmName"), log.setting("vmVersion"), 1, jvms.size(),
                    (int) log.longSetting("warmupBlocks"), "single operation", fewestBlocks,
                    batch == 1 ? "single operation" : "batch of " + batch + " operations, mean per operation");
            Map<String, String> params = Map.of("model", contender.get(1), "workers", contender.get(2),
                    "size", log.setting("size"));
            results.add(new JmhResult(BenchmarkKey.of(BENCHMARK_PREFIX + log.setting("workload"), "avgt", params),
                    timeMetric(times), Map.of("speedup", speedupMetric(speedup)), measured, log.file(), design));
        }
        return results;
    }

    /** One harness JVM's log, checked and in arrays: each contender's time and position in each block. */
    private record OneJvm(HarnessLogReader.Log log, List<List<String>> contenders, double[][] millis, int[][] positions,
                          int serial, InterleavedDesign.Warmup[] warmups, long[] compiled) {

        static OneJvm of(HarnessLogReader.Log log) throws BadInputException {
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
            return new OneJvm(log, contenders, millis, positions, serial, InterleavedResults.warmups(log, contenders.size()),
                    compiledDuringMeasurement(log, contenders.size()));
        }

        /** The logs of one experiment name the same contenders in the same order, on the same workload and size. */
        void requireSameExperiment(OneJvm other) throws BadInputException {
            for (String key : List.of("harness", "workload", "size", "n", "schedule")) {
                if (!log.setting(key).equals(other.log.setting(key))) {
                    throw new BadInputException(other.log.file(), "is not the same experiment as " + log.file() + ": its "
                            + key + " is " + other.log.setting(key) + ", not " + log.setting(key));
                }
            }
            List<List<String>> names = contenders.stream().map(c -> c.subList(0, 3)).toList();
            List<List<String>> theirs = other.contenders.stream().map(c -> c.subList(0, 3)).toList();
            if (!names.equals(theirs)) {
                throw new BadInputException(other.log.file(), "is not the same experiment as " + log.file()
                        + ": its contenders differ");
            }
        }

        /** What one block cost here: every contender's entry, batch included, in seconds. */
        double blockSeconds() throws BadInputException {
            double total = 0;
            for (int c = 0; c < contenders.size(); c++) {
                long batch = log.parseLong(contenders.get(c).get(3), "contender batch");
                for (double m : millis[c]) {
                    total += m * batch;
                }
            }
            return total / millis[0].length / 1000;
        }

        /** What warming this JVM's contenders cost, in seconds (0 when the log does not say). */
        double warmupSeconds() {
            double total = 0;
            for (InterleavedDesign.Warmup w : warmups) {
                total += w == null ? 0 : w.millis();
            }
            return total / 1000;
        }
    }

    /** A contender's warm-ups over the JVMs, summed; null when a log does not say. */
    private static InterleavedDesign.Warmup warmup(List<OneJvm> jvms, int c) {
        InterleavedDesign.Warmup sum = null;
        for (OneJvm j : jvms) {
            InterleavedDesign.Warmup w = j.warmups()[c];
            if (w == null) {
                return null;
            }
            sum = sum == null ? w : new InterleavedDesign.Warmup(w.rule(), sum.entries() + w.entries(),
                    sum.millis() + w.millis(), sum.capHit() || w.capHit(),
                    sum.compilations() < 0 || w.compilations() < 0 ? -1 : sum.compilations() + w.compilations(),
                    sum.jvms() + w.jvms());
        }
        return sum;
    }

    /** A contender's compilations while measured, over the JVMs; -1 when a log did not count them. */
    private static long compiled(List<OneJvm> jvms, int c) {
        long sum = 0;
        for (OneJvm j : jvms) {
            if (j.compiled()[c] < 0) {
                return -1;
            }
            sum += j.compiled()[c];
        }
        return sum;
    }

    /**
     * The JVMs' seeds and blocks, the variance components, and what a JVM and a block cost: a JVM's
     * is its contenders' warm-up plus {@value #JVM_START_SECONDS} s to start it and its workers (a
     * rough figure from the development VM; the log does not time the start).
     */
    private static InterleavedDesign.Levels levels(List<OneJvm> jvms, JvmLevelsEstimate speedup) throws BadInputException {
        List<Long> seeds = new ArrayList<>();
        List<Integer> blocks = new ArrayList<>();
        double jvmSeconds = 0;
        double blockSeconds = 0;
        for (OneJvm j : jvms) {
            seeds.add(j.log().longSetting("seed"));
            blocks.add(j.millis()[0].length);
            jvmSeconds += (j.warmupSeconds() + JVM_START_SECONDS) / jvms.size();
            blockSeconds += j.blockSeconds() / jvms.size();
        }
        return new InterleavedDesign.Levels(seeds, blocks, speedup.within(), speedup.between(), jvmSeconds, blockSeconds);
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

    /**
     * The time per operation over every block of every JVM, with JMH's 99.9% interval: over the
     * blocks with one JVM, over the JVMs' means with several (the blocks of one JVM are not
     * independent samples of the next run).
     */
    static Metric timeMetric(double[] millis) {
        return timeMetric(List.<double[]>of(millis));
    }

    static Metric timeMetric(List<double[]> perJvm) {
        DescriptiveStatistics stats = new DescriptiveStatistics();
        DescriptiveStatistics means = new DescriptiveStatistics();
        for (double[] jvm : perJvm) {
            DescriptiveStatistics one = new DescriptiveStatistics(jvm);
            means.addValue(one.getMean());
            for (double m : jvm) {
                stats.addValue(m);
            }
        }
        DescriptiveStatistics samples = perJvm.size() == 1 ? stats : means;
        double t = new TDistribution(samples.getN() - 1).inverseCumulativeProbability(1 - (1 - JMH_CONFIDENCE) / 2);
        double error = t * samples.getStandardDeviation() / Math.sqrt(samples.getN());
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        for (double p : PERCENTILES) {
            percentiles.put(p, p == 0 ? stats.getMin() : stats.getPercentile(p));
        }
        List<double[]> rows = perJvm.stream().map(double[]::clone).toList();
        return new Metric(stats.getMean(), error, "ms/op", percentiles, rows, stats.getMean() - error, stats.getMean() + error);
    }

    static Metric speedupMetric(SpeedupEstimate estimate) {
        return new Metric(estimate.score(), Double.NaN, "x", new TreeMap<>(), List.of(estimate.ratios().clone()),
                estimate.low(), estimate.high());
    }

    static Metric speedupMetric(JvmLevelsEstimate estimate) {
        return new Metric(estimate.score(), Double.NaN, "x", new TreeMap<>(), estimate.ratios().stream().map(double[]::clone).toList(),
                estimate.low(), estimate.high());
    }
}
