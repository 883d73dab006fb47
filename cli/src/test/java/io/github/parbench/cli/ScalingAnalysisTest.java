package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.JmhJsonReader;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.cli.scaling.ScalingAnalysis;
import io.github.parbench.cli.scaling.ScalingGroup;
import io.github.parbench.cli.scaling.ScalingMethod;
import io.github.parbench.cli.scaling.ScalingPoint;
import io.github.parbench.cli.scaling.SerialFractionFit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingAnalysisTest {

    @TempDir
    Path tmp;

    @Test
    void strongAndWeakSpeedupsFollowTheBriefsFormulas() throws Exception {
        List<JmhResult> results = JmhJsonReader.read(Fixtures.copy(Fixtures.SCALING, tmp.resolve("x.json")));
        List<ScalingGroup> groups = ScalingAnalysis.groups(results);
        assertEquals(2, groups.size());
        ScalingGroup strong = groups.get(0);
        ScalingGroup weak = groups.get(1);
        assertEquals(ScalingMethod.STRONG, strong.scaling());
        assertEquals(ScalingMethod.WEAK, weak.scaling());

        double serialStrong = score(results, "strong", "SERIAL", 1);
        double serialWeak = score(results, "weak", "SERIAL", 1);
        for (ScalingPoint p : strong.points()) {
            double expected = serialStrong / score(results, "strong", p.model(), p.workers());
            assertEquals(expected, p.speedup(), 1e-12, p.model() + " k=" + p.workers());
            assertEquals(expected / p.workers(), p.efficiency(), 1e-12);
            if (p.workers() > 1) {
                double k = p.workers();
                assertEquals((1 / expected - 1 / k) / (1 - 1 / k), p.karpFlatt(), 1e-12);
            } else {
                assertTrue(Double.isNaN(p.karpFlatt()), "Karp-Flatt is undefined at one worker");
            }
        }
        for (ScalingPoint p : weak.points()) {
            double expected = p.workers() * serialWeak / score(results, "weak", p.model(), p.workers());
            assertEquals(expected, p.speedup(), 1e-12, p.model() + " k=" + p.workers());
        }
        assertEquals(1.0, strong.points().get(0).speedup(), 0.0, "SERIAL at one worker is the baseline itself");
    }

    @Test
    void speedupErrorPropagatesBothRelativeErrors() throws Exception {
        List<JmhResult> results = JmhJsonReader.read(Fixtures.copy(Fixtures.SCALING, tmp.resolve("x.json")));
        ScalingPoint threads2 = ScalingAnalysis.groups(results).get(0).points().stream()
                .filter(p -> p.model().equals("THREADS") && p.workers() == 2).findFirst().orElseThrow();
        JmhResult serial = find(results, "strong", "SERIAL", 1);
        double rel = Math.hypot(serial.primary().error() / serial.primary().score(),
                threads2.result().primary().error() / threads2.result().primary().score());
        assertEquals(threads2.speedup() * rel, threads2.speedupError(), 1e-12);
    }

    @Test
    void withoutASerialBaselineThereAreNoSpeedups() {
        List<JmhResult> results = List.of(result("strong", "THREADS", 1, 2.0), result("strong", "THREADS", 2, 1.0));
        ScalingGroup group = ScalingAnalysis.groups(results).get(0);
        assertFalse(group.hasSerialBaseline());
        assertTrue(Double.isNaN(group.points().get(1).speedup()));
    }

    @Test
    void amdahlFitRecoversTheSerialFractionOfExactAmdahlData() {
        double f = 0.1;
        List<JmhResult> results = new ArrayList<>();
        results.add(result("strong", "SERIAL", 1, 100.0));
        for (int k : new int[] {1, 2, 4, 8, 16}) {
            results.add(result("strong", "THREADS", k, 100.0 * (f + (1 - f) / k)));
        }
        ScalingGroup group = ScalingAnalysis.groups(results).get(0);
        List<ScalingPoint> threads = group.byModel().get("THREADS");
        SerialFractionFit fit = SerialFractionFit.fit(ScalingMethod.STRONG, "THREADS", threads).orElseThrow();
        assertEquals(f, fit.fraction(), 1e-12);
        assertEquals(4, fit.points());
        assertEquals(0.0, fit.stdError(), 1e-9);
        // Karp-Flatt of exact Amdahl data is the serial fraction at every k.
        threads.stream().filter(p -> p.workers() > 1).forEach(p -> assertEquals(f, p.karpFlatt(), 1e-12));
    }

    @Test
    void gustafsonFitRecoversTheSerialFractionOfExactWeakScalingData() {
        double f = 0.25;
        List<JmhResult> results = new ArrayList<>();
        results.add(result("weak", "SERIAL", 1, 10.0));
        for (int k : new int[] {2, 4, 8}) {
            double scaled = k - f * (k - 1);
            results.add(result("weak", "FORK_JOIN", k, k * 10.0 / scaled));
        }
        ScalingGroup group = ScalingAnalysis.groups(results).get(0);
        SerialFractionFit fit = SerialFractionFit.fit(ScalingMethod.WEAK, "FORK_JOIN", group.byModel().get("FORK_JOIN")).orElseThrow();
        assertEquals(f, fit.fraction(), 1e-12);
    }

    @Test
    void throughputScoresAreInvertedIntoTimePerOperation() {
        List<JmhResult> results = List.of(
                withMode(result("strong", "SERIAL", 1, 10.0), "thrpt"),
                withMode(result("strong", "THREADS", 2, 18.0), "thrpt"));
        ScalingPoint threads = ScalingAnalysis.groups(results).get(0).points().get(1);
        assertEquals(1.8, threads.speedup(), 1e-12);
    }

    @Test
    void modelsComeInTheEnumsOrderWithVirtualThreadsRightAfterPlatformThreads() {
        List<JmhResult> results = List.of(result("strong", "PROCESS_POOL", 2, 1.0), result("strong", "VIRTUAL_THREADS", 2, 1.0),
                result("strong", "THREAD_POOL", 2, 1.0), result("strong", "THREADS", 2, 1.0), result("strong", "SERIAL", 1, 2.0));
        assertEquals(List.of("SERIAL", "THREADS", "VIRTUAL_THREADS", "THREAD_POOL", "PROCESS_POOL"),
                ScalingAnalysis.groups(results).get(0).points().stream().map(ScalingPoint::model).toList());
    }

    @Test
    void otherBenchmarksAndSampleModeAreNotScaling() {
        assertFalse(ScalingAnalysis.isScaling(new JmhResult(BenchmarkKey.of("x.Latency.handoff", "sample", Map.of("queue", "ABQ")),
                metric(1.0), Map.of(), "", "", Path.of("f"))));
        assertFalse(ScalingAnalysis.isScaling(withMode(result("strong", "THREADS", 2, 1.0), "sample")));
        assertTrue(ScalingAnalysis.isScaling(result("strong", "THREADS", 2, 1.0)));
    }

    private static double score(List<JmhResult> results, String method, String model, int workers) {
        return find(results, method, model, workers).primary().score();
    }

    private static JmhResult find(List<JmhResult> results, String method, String model, int workers) {
        return results.stream()
                .filter(r -> r.key().benchmark().endsWith("." + method) && r.key().mode().equals("avgt")
                        && r.key().params().get("model").equals(model)
                        && r.key().params().get("workers").equals(Integer.toString(workers)))
                .findFirst().orElseThrow();
    }

    static JmhResult result(String method, String model, int workers, double score) {
        Map<String, String> params = new TreeMap<>(Map.of("model", model, "workers", Integer.toString(workers), "size", "large"));
        return new JmhResult(BenchmarkKey.of("io.github.parbench.jmh.SqrtScaling." + method, "avgt", params),
                metric(score), Map.of(), "java", "17", Path.of("synthetic.json"));
    }

    private static JmhResult withMode(JmhResult r, String mode) {
        return new JmhResult(BenchmarkKey.of(r.key().benchmark(), mode, r.key().params()), r.primary(), Map.of(), "java", "17", r.source());
    }

    private static Metric metric(double score) {
        return new Metric(score, score * 0.01, "ms/op", new TreeMap<>(), List.of(new double[] {score}));
    }
}
