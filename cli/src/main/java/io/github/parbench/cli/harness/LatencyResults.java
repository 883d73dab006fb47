package io.github.parbench.cli.harness;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.format.Producer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The latency harness's histograms as JMH-shaped results, as JMH writes a SampleTime benchmark:
 * {@code benchmark} {@value #BENCHMARK_PREFIX}{@code <case>}, mode "sample", the load as a param,
 * the mean and the percentiles in microseconds per round trip.
 */
public final class LatencyResults {

    public static final String BENCHMARK_PREFIX = "io.github.parbench.jmh.latency.RoundTripLatency.";
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 100};

    private LatencyResults() {
    }

    public static List<JmhResult> from(HarnessLogReader.Log log) throws BadInputException {
        int samples = (int) log.longSetting("samples");
        int warmup = (int) log.longSetting("warmup");
        Producer producer = new Producer("parbench latency harness", log.setting("jvm"), log.jvmArgs(),
                log.setting("jdkVersion"), log.setting("vmName"), log.setting("vmVersion"), 1, 1, warmup, "round trips",
                samples, "round trips");
        List<JmhResult> results = new ArrayList<>();
        for (List<String> record : log.records("histogram", 3)) {
            Histogram h = decode(log, record.get(2));
            TreeMap<Double, Double> percentiles = new TreeMap<>();
            for (double p : PERCENTILES) {
                long nanos = p == 100 ? h.getMaxValue() : p == 0 ? h.getMinValue() : h.getValueAtPercentile(p);
                percentiles.put(p, nanos / 1_000.0);
            }
            double mean = h.getMean() / 1_000.0;
            Metric metric = new Metric(mean, Double.NaN, "us/op", percentiles, List.<double[]>of(new double[] {mean}),
                    Double.NaN, Double.NaN);
            results.add(new JmhResult(BenchmarkKey.of(BENCHMARK_PREFIX + record.get(0), "sample",
                    Map.of("load", record.get(1))), metric, Map.of(), producer, log.file(), null));
        }
        if (results.isEmpty()) {
            throw new BadInputException(log.file(), "holds no histogram");
        }
        return results;
    }

    private static Histogram decode(HarnessLogReader.Log log, String base64) throws BadInputException {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (IllegalArgumentException | DataFormatException | java.nio.BufferUnderflowException e) {
            throw new BadInputException(log.file(), "has a histogram that does not decode (" + e.getMessage() + ")");
        }
    }
}
