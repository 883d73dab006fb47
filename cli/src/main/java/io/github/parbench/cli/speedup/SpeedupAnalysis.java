package io.github.parbench.cli.speedup;

import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.cli.scaling.ScalingAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the interleaved harness's results (the JVM's and the CPython reference's) among a run's and
 * turns each experiment into a {@link SpeedupTable}.
 */
public final class SpeedupAnalysis {

    static final String SPEEDUP = "speedup";
    private static final String SERIAL = "SERIAL";

    private SpeedupAnalysis() {
    }

    /** A result an interleaved harness wrote: it carries its design and a speedup metric. */
    public static boolean isInterleaved(JmhResult result) {
        return result.interleaved() != null && result.secondary().containsKey(SPEEDUP)
                && result.key().params().containsKey("model") && workers(result).isPresent();
    }

    /** The JVM's tables first, then CPython's; within each by workload, then large before small. */
    public static List<SpeedupTable> tables(List<JmhResult> results) {
        Map<String, List<JmhResult>> byExperiment = new LinkedHashMap<>();
        for (JmhResult r : results) {
            if (isInterleaved(r)) {
                byExperiment.computeIfAbsent(r.key().benchmark() + "\u0000" + size(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<SpeedupTable> tables = new ArrayList<>();
        for (List<JmhResult> members : byExperiment.values()) {
            table(members).ifPresent(tables::add);
        }
        tables.sort(Comparator.comparing(SpeedupTable::cpython).thenComparing(SpeedupTable::workload)
                .thenComparing(t -> sizeRank(t.size())).thenComparing(SpeedupTable::size));
        return tables;
    }

    private static Optional<SpeedupTable> table(List<JmhResult> members) {
        Optional<JmhResult> serial = members.stream().filter(r -> SERIAL.equals(model(r))).findFirst();
        if (serial.isEmpty()) {
            return Optional.empty();
        }
        members.sort(Comparator.comparingInt((JmhResult r) -> rank(model(r))).thenComparing(SpeedupAnalysis::model)
                .thenComparingInt(r -> workers(r).orElse(0)));
        List<SpeedupRow> rows = members.stream().map(SpeedupAnalysis::row).toList();
        JmhResult first = serial.get();
        String benchmark = first.key().benchmark();
        double[] twin = members.stream().filter(r -> SpeedupTable.TWIN.equals(model(r))).findFirst()
                .map(r -> blocks(r.primary())).orElse(new double[0]);
        Map<String, List<double[]>> times = new LinkedHashMap<>();
        for (JmhResult r : members) {
            times.putIfAbsent(SpeedupTable.label(model(r), workers(r).orElseThrow()), r.primary().forks());
        }
        return Optional.of(new SpeedupTable(benchmark.startsWith("cpython."), benchmark.substring(benchmark.lastIndexOf('.') + 1),
                size(first), first.interleaved(), rows, blocks(first.primary()), twin, times));
    }

    private static SpeedupRow row(JmhResult r) {
        Metric speedup = r.secondary().get(SPEEDUP);
        InterleavedDesign design = r.interleaved();
        return new SpeedupRow(model(r), workers(r).orElseThrow(), r.primary().score(), speedup.score(), speedup.low(),
                speedup.high(), design.warmup(), design.compilationsDuringMeasurement(), design.precision());
    }

    /** Every block's time in run order: the forks one after another. */
    private static double[] blocks(Metric metric) {
        return metric.forks().stream().flatMapToDouble(Arrays::stream).toArray();
    }

    private static String model(JmhResult r) {
        return r.key().params().get("model");
    }

    private static String size(JmhResult r) {
        return r.key().params().getOrDefault("size", "");
    }

    private static Optional<Integer> workers(JmhResult r) {
        try {
            return Optional.of(Integer.parseInt(r.key().params().getOrDefault("workers", "").trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SERIAL, its twin, then the models in the lecture's order, THREAD_POOL's twin right after THREAD_POOL. */
    private static int rank(String model) {
        if (SpeedupTable.TWO_CORE_TWIN.equals(model)) {
            return 2 * ScalingAnalysis.modelRank(SpeedupTable.TWO_CORE_ORIGINAL) + 2;
        }
        return SpeedupTable.TWIN.equals(model) ? 0 : 2 * ScalingAnalysis.modelRank(model) + (SERIAL.equals(model) ? -1 : 1);
    }

    private static int sizeRank(String size) {
        return switch (size) {
            case "large" -> 0;
            case "small" -> 1;
            default -> 2;
        };
    }
}
