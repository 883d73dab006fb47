package io.github.parbench.cli.scaling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The charts draw every interval they are given, not only the estimates. */
class ScalingChartsTest {

    @Test
    void theSlidesAxisReachesTheUpperEndOfEveryErrorBar() {
        Map<String, Map<String, Interval>> bars = new LinkedHashMap<>();
        bars.put("JVM", Map.of("countdown: 2 threads", new Interval(1.0, 0.9, 3.5)));
        String svg = ScalingCharts.grouped("slide", "speedup", bars);
        // The bar alone would end the axis near 1.05; the interval's end at 3.5 must be on the chart.
        assertTrue(svg.contains(">3.5<"), "the axis reaches the interval's upper end");
        String withoutInterval = ScalingCharts.grouped("slide", "speedup",
                Map.of("JVM", Map.of("countdown: 2 threads", new Interval(1.0, Double.NaN, Double.NaN))));
        assertFalse(withoutInterval.contains(">3.5<"), "and only because of the interval");
    }

    @Test
    void theInterleavedChartsRangeOverTheIntervalsAndTheIdeal() {
        Map<Integer, Interval> threads = new TreeMap<>(Map.of(1, new Interval(0.95, 0.9, 1.0), 4, new Interval(3.0, 2.5, 4.6)));
        String speedup = ScalingCharts.interleavedSpeedup("countdown, large", Map.of("THREADS", threads));
        assertTrue(speedup.contains("Speedup: countdown, large") && speedup.contains(">ideal<"), "title and ideal line");
        assertTrue(speedup.contains(">4.5<"), "the axis reaches the interval's upper end (4.6), above the point (3.0)");
        String efficiency = ScalingCharts.interleavedEfficiency("countdown, large", Map.of("THREADS", threads));
        assertTrue(efficiency.contains("Efficiency: countdown, large"), "title");
        assertFalse(efficiency.contains(">4.5<"), "efficiency divides the interval by the workers: " + 4.6 / 4);
    }
}
