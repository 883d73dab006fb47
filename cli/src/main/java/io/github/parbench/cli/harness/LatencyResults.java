package io.github.parbench.cli.harness;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.LatencyDesign;
import io.github.parbench.format.Metric;
import io.github.parbench.format.Producer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The latency harness's histograms as JMH-shaped results, as JMH writes a SampleTime benchmark:
 * {@code benchmark} {@value #BENCHMARK_PREFIX}{@code <case>} (the CPython reference's
 * {@value #CPYTHON_PREFIX}{@code poolApply}, {@code queueHandOff}), mode "sample", the load as a
 * param, the mean and the percentiles in microseconds per round trip, and a {@code latency} object:
 * the side, the path a trip takes, the interleaved slices, the warm-up and the compilations while
 * measured.
 */
public final class LatencyResults {

    public static final String BENCHMARK_PREFIX = "io.github.parbench.jmh.latency.RoundTripLatency.";
    public static final String CPYTHON_PREFIX = "cpython.RoundTripLatency.";
    /** How the harness names its CPython cases: this, then the name the results carry, capitalized. */
    private static final String CPYTHON_CASE = "cpython";
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 100};

    private LatencyResults() {
    }

    public static List<JmhResult> from(HarnessLogReader.Log log) throws BadInputException {
        int slices = (int) log.longSetting("slices");
        int tripsPerSlice = (int) log.longSetting("tripsPerSlice");
        long seed = log.longSetting("seed");
        String rule = log.setting("warmupRule");
        long entryTrips = log.longSetting("warmupEntryTrips");
        Map<String, List<String>> cases = new HashMap<>();
        for (List<String> record : log.records("case", 3)) {
            cases.put(record.get(0), record);
        }
        Map<String, List<String>> measured = new HashMap<>();
        for (List<String> record : log.records("measured", 9)) {
            measured.put(record.get(0) + "/" + record.get(1), record);
        }
        List<List<String>> histograms = log.records("histogram", 3);
        List<JmhResult> results = new ArrayList<>();
        for (List<String> record : histograms) {
            String name = record.get(0);
            String load = record.get(1);
            List<String> kind = cases.get(name);
            List<String> m = measured.get(name + "/" + load);
            if (kind == null || m == null) {
                throw new BadInputException(log.file(), "has a histogram of " + name + "/" + load
                        + " without its 'case' and 'measured' lines");
            }
            boolean cpython = LatencyDesign.CPYTHON.equals(kind.get(1));
            int entries = (int) log.parseLong(m.get(3), "warm-up entries of " + name + "/" + load);
            InterleavedDesign.Warmup warmup = new InterleavedDesign.Warmup(rule, entries,
                    log.parseDouble(m.get(4), "warm-up millis of " + name + "/" + load), Boolean.parseBoolean(m.get(5)),
                    log.parseLong(m.get(6), "warm-up compilations of " + name + "/" + load),
                    (int) log.parseLong(m.get(7), "JVMs of " + name + "/" + load));
            LatencyDesign design = new LatencyDesign(kind.get(1), kind.get(2), seed, slices, tripsPerSlice,
                    histograms.size(), positions(log, m.get(2), name + "/" + load), warmup,
                    log.parseLong(m.get(8), "compilations of " + name + "/" + load));
            String warmupTime = rule + ", entries of up to " + entryTrips + " round trips";
            String measurementTime = "slices of " + tripsPerSlice + " round trips, interleaved";
            Producer producer = cpython
                    ? new Producer("parbench latency harness", log.setting("cpythonExecutable"),
                            List.of("multiprocessing start method: " + log.setting("cpythonStartMethod")),
                            log.setting("cpythonVersion"), log.setting("cpythonImplementation"),
                            log.setting("cpythonVersion"), 1, 1, entries, warmupTime, slices, measurementTime)
                    : new Producer("parbench latency harness", log.setting("jvm"), log.jvmArgs(),
                            log.setting("jdkVersion"), log.setting("vmName"), log.setting("vmVersion"), 1, 1, entries,
                            warmupTime, slices, measurementTime);
            String benchmark = cpython ? CPYTHON_PREFIX + cpythonName(name) : BENCHMARK_PREFIX + name;
            results.add(new JmhResult(BenchmarkKey.of(benchmark, "sample", Map.of("load", load)),
                    metric(decode(log, record.get(2))), Map.of(), producer, log.file(), null, design));
        }
        if (results.isEmpty()) {
            throw new BadInputException(log.file(), "holds no histogram");
        }
        return results;
    }

    /** {@code cpythonPoolApply} as the CPython result names it: {@code poolApply}. */
    static String cpythonName(String harnessName) {
        String rest = harnessName.startsWith(CPYTHON_CASE) ? harnessName.substring(CPYTHON_CASE.length()) : harnessName;
        return rest.isEmpty() ? harnessName : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static Metric metric(Histogram h) {
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        for (double p : PERCENTILES) {
            long nanos = p == 100 ? h.getMaxValue() : p == 0 ? h.getMinValue() : h.getValueAtPercentile(p);
            percentiles.put(p, nanos / 1_000.0);
        }
        double mean = h.getMean() / 1_000.0;
        return new Metric(mean, Double.NaN, "us/op", percentiles, List.<double[]>of(new double[] {mean}), Double.NaN,
                Double.NaN);
    }

    private static List<Integer> positions(HarnessLogReader.Log log, String text, String what) throws BadInputException {
        List<Integer> positions = new ArrayList<>();
        for (String p : text.split(",")) {
            positions.add((int) log.parseLong(p, "slice positions of " + what));
        }
        return positions;
    }

    private static Histogram decode(HarnessLogReader.Log log, String base64) throws BadInputException {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (IllegalArgumentException | DataFormatException | java.nio.BufferUnderflowException e) {
            throw new BadInputException(log.file(), "has a histogram that does not decode (" + e.getMessage() + ")");
        }
    }
}
