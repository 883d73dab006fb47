package io.github.parbench.cli.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.format.Producer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cost per task is the paired difference to SERIAL in the same blocks, so drift cancels. */
class TaskOverheadTest {

    private static JmhResult result(String model, int workers, double... blockMillis) {
        Metric time = new Metric(0, Double.NaN, "ms/op", new TreeMap<>(), List.of(blockMillis), 0, 0);
        Metric speedup = new Metric(1, Double.NaN, "x", new TreeMap<>(), List.of(new double[0]), 1, 1);
        return new JmhResult(BenchmarkKey.of("io.github.parbench.jmh.interleaved.InterleavedScaling.countdown", "avgt",
                Map.of("model", model, "workers", Integer.toString(workers), "size", "small")), time,
                Map.of("speedup", speedup), new Producer("", "", List.of(), "", "", "", 1, 1, 0, "", 0, ""), null,
                new InterleavedDesign("interleaved", 1, 10, blockMillis.length, 200_000, "CountdownScaling", 0.95));
    }

    @Test
    void theOverheadIsThePairedDifferenceAndTheMachinesDriftCancels() {
        // SERIAL drifts from 0.05 to 0.10 ms; the pools add 20 and 40 us in every block.
        double[] serial = {0.05, 0.06, 0.08, 0.10};
        List<TaskOverhead> overheads = TaskOverhead.of(List.of(result("SERIAL", 1, serial),
                result("SERIAL_TWIN", 1, serial), result("THREAD_POOL", 1, 0.070, 0.080, 0.101, 0.119),
                result("PROCESS_POOL", 1, 0.090, 0.100, 0.121, 0.139)), 0.95);
        assertEquals(2, overheads.size(), "neither SERIAL nor its twin has an overhead");
        TaskOverhead thread = overheads.get(0);
        TaskOverhead process = overheads.get(1);
        assertEquals("THREAD_POOL", thread.model());
        assertEquals(20, thread.micros(), 0.5);
        assertEquals(40, process.micros(), 0.5);
        assertTrue(process.low() > 35 && process.high() < 45, process.toString());
        assertEquals(2.0, process.overThreadPool(overheads).orElseThrow(), 0.05);
        assertEquals(4, process.blocks());
    }
}
