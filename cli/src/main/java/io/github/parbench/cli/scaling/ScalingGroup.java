package io.github.parbench.cli.scaling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one scaling benchmark method at one size: every model at every worker count.
 *
 * @param suite   the suite's simple name, e.g. {@code CountdownScaling}
 * @param scaling strong or weak
 * @param size    the {@code size} param (empty when the benchmark has none)
 * @param cpython true for the CPython reference ({@code cpython.*} benchmarks)
 * @param mode    the JMH mode (the scaling suites use avgt)
 * @param unit    the score unit
 * @param points  ordered by model (the Model enum's order, unknown models after) and workers
 */
public record ScalingGroup(String suite, ScalingMethod scaling, String size, boolean cpython, String mode, String unit,
                           List<ScalingPoint> points) {

    public ScalingGroup {
        points = List.copyOf(points);
    }

    /** {@code CountdownScaling.strong, size=large} (with a {@code cpython.} prefix for the reference). */
    public String title() {
        return (cpython ? "cpython." : "") + suite + "." + scaling.method() + (size.isEmpty() ? "" : ", size=" + size)
                + ("avgt".equals(mode) ? "" : ", mode " + mode);
    }

    /** Points by model, each model's points in worker order. */
    public Map<String, List<ScalingPoint>> byModel() {
        Map<String, List<ScalingPoint>> byModel = new LinkedHashMap<>();
        points.forEach(p -> byModel.computeIfAbsent(p.model(), m -> new java.util.ArrayList<>()).add(p));
        return byModel;
    }

    /** True when the group has its SERIAL, workers=1 baseline, so speedups exist. */
    public boolean hasSerialBaseline() {
        return points.stream().anyMatch(p -> Double.isFinite(p.speedup()));
    }
}
