package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.JmhJsonWriter;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.format.Producer;
import io.github.parbench.jmh.WorkerCompilationsProfiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report reads JMH scaling results that carry WorkerCompilationsProfiler's secondary metrics and
 * marks those whose worker JVMs compiled while measured, with the count over every iteration of
 * every fork. The file is written with the profiler's own metric names, so a rename on either side fails here.
 */
class WorkerCompilationsReportTest {

    @TempDir
    Path tmp;

    @Test
    void aResultWhoseWorkersCompiledWhileMeasuredIsMarkedWithItsCount() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        JmhJsonWriter.write(run.resolve("jmh-CountdownScaling.json"), List.of(
                result("SERIAL", 1, 10.0, new double[][] {{0, 0}}, new double[][] {{2, 1}}),
                result("THREADS", 2, 5.5, new double[][] {{0, 0}}, new double[][] {{3, 1}}),
                result("PROCESS_POOL", 1, 11.0, new double[][] {{2, 0}, {1, 0}}, new double[][] {{40, 2}, {30, 1}}),
                result("PROCESS_POOL", 2, 6.0, null, null)));
        Fixtures.Run report = Fixtures.run("report", run.toString());
        assertEquals(0, report.code(), report.err());
        String md = Files.readString(run.resolve("report.md"));
        assertTrue(md.contains("| PROCESS_POOL † | 1 |"), "marked in the JMH table:\n" + md);
        assertTrue(md.contains("† Measured while its worker JVMs compiled: JIT compilations finished in the worker JVMs"
                + " during the measured iterations of PROCESS_POOL x1 (3)"), "summed over both forks' iterations:\n" + md);
        assertFalse(md.contains("| THREADS † |"), "the fork's own compilations are not marked");
        assertFalse(md.contains("| PROCESS_POOL † | 2 |"), "a result without the metric is not marked");
    }

    private static JmhResult result(String model, int workers, double millis, double[][] workerCompiles,
                                    double[][] forkCompiles) {
        Map<String, Metric> secondary = new LinkedHashMap<>();
        if (workerCompiles != null) {
            secondary.put(WorkerCompilationsProfiler.FORK, counted(forkCompiles));
            secondary.put(WorkerCompilationsProfiler.WORKERS, counted(workerCompiles));
        }
        Metric time = new Metric(millis, 0.1, "ms/op", new TreeMap<>(), List.of(new double[] {millis, millis}));
        return new JmhResult(BenchmarkKey.of("io.github.parbench.jmh.CountdownScaling.strong", "avgt",
                Map.of("model", model, "workers", Integer.toString(workers), "size", "large")), time, secondary,
                Producer.of("java", "17"), null, null);
    }

    /** As JMH writes a SUM-aggregated profiler metric: the score is the sum of the iterations. */
    private static Metric counted(double[][] forks) {
        double sum = java.util.Arrays.stream(forks).flatMapToDouble(java.util.Arrays::stream).sum();
        return new Metric(sum, Double.NaN, "#", new TreeMap<>(), List.of(forks));
    }
}
