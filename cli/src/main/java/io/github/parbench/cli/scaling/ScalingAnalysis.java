package io.github.parbench.cli.scaling;

import io.github.parbench.exec.Model;
import io.github.parbench.format.JmhResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the scaling benchmarks among a run's results (a {@code strong} or {@code weak} method with
 * {@code model} and integer {@code workers} params, in avgt, ss or thrpt mode) and computes speedup, efficiency and the Karp-Flatt
 * serial fraction of every point against SERIAL at one worker, same method and size.
 */
public final class ScalingAnalysis {

    static final String SERIAL = Model.SERIAL.name();
    /** The Model enum's order: how the lecture introduces them. */
    private static final List<String> MODEL_ORDER = Arrays.stream(Model.values()).map(Enum::name).toList();

    /** Sample mode is about latency distributions: its percentiles belong in the generic table. */
    private static final java.util.Set<String> SCALING_MODES = java.util.Set.of("avgt", "ss", "thrpt");

    private ScalingAnalysis() {
    }

    /** True for a result this analysis understands; the report shows every other one generically. */
    public static boolean isScaling(JmhResult result) {
        return identify(result).isPresent();
    }

    public static List<ScalingGroup> groups(List<JmhResult> results) {
        Map<String, List<JmhResult>> byGroup = new TreeMap<>();
        Map<String, Identity> identities = new TreeMap<>();
        for (JmhResult result : results) {
            identify(result).ifPresent(id -> {
                byGroup.computeIfAbsent(id.groupKey(), k -> new ArrayList<>()).add(result);
                identities.putIfAbsent(id.groupKey(), id);
            });
        }
        List<ScalingGroup> groups = new ArrayList<>();
        byGroup.forEach((key, members) -> groups.add(group(identities.get(key), members)));
        // The JVM first, CPython after; inside each, by suite, strong before weak, then size.
        groups.sort(Comparator.comparing(ScalingGroup::cpython).thenComparing(ScalingGroup::suite)
                .thenComparing(ScalingGroup::scaling).thenComparing(ScalingGroup::size).thenComparing(ScalingGroup::mode));
        return groups;
    }

    private static ScalingGroup group(Identity id, List<JmhResult> members) {
        members.sort(Comparator.comparing((JmhResult r) -> modelRank(r.key().params().get("model")))
                .thenComparing(r -> r.key().params().get("model"))
                .thenComparingInt(ScalingAnalysis::workers));
        Optional<JmhResult> serial = members.stream()
                .filter(r -> SERIAL.equals(r.key().params().get("model")) && workers(r) == 1)
                .findFirst();
        String unit = members.get(0).primary().unit();
        List<ScalingPoint> points = new ArrayList<>();
        for (JmhResult r : members) {
            points.add(point(id.scaling(), r, serial.filter(s -> s.primary().unit().equals(r.primary().unit()))));
        }
        return new ScalingGroup(id.suite(), id.scaling(), id.size(), id.cpython(), id.mode(), unit, points);
    }

    private static ScalingPoint point(ScalingMethod scaling, JmhResult result, Optional<JmhResult> serial) {
        int k = workers(result);
        String model = result.key().params().get("model");
        if (serial.isEmpty()) {
            return new ScalingPoint(model, k, result, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double serialTime = timePerOp(serial.get());
        double time = timePerOp(result);
        double speedup = scaling.speedup(serialTime, time, k);
        // Relative errors add in quadrature for a quotient (first-order propagation).
        double relError = Math.hypot(relativeError(serial.get()), relativeError(result));
        double efficiency = speedup / k;
        double karpFlatt = k > 1 ? (1 / speedup - 1.0 / k) / (1 - 1.0 / k) : Double.NaN;
        return new ScalingPoint(model, k, result, speedup, speedup * relError, efficiency, karpFlatt);
    }

    /** Throughput counts operations per time: its time per operation is the inverse. */
    private static double timePerOp(JmhResult result) {
        double score = result.primary().score();
        return result.higherIsBetter() ? 1 / score : score;
    }

    private static double relativeError(JmhResult result) {
        return result.primary().error() / result.primary().score();
    }

    private static int workers(JmhResult result) {
        return Integer.parseInt(result.key().params().get("workers").trim());
    }

    /** Where a model goes in tables: the order the lecture introduces them, unknown ones last. */
    public static int modelRank(String model) {
        int rank = MODEL_ORDER.indexOf(model);
        return rank < 0 ? MODEL_ORDER.size() : rank;
    }

    private static Optional<Identity> identify(JmhResult result) {
        String name = result.key().benchmark();
        int lastDot = name.lastIndexOf('.');
        if (lastDot <= 0) {
            return Optional.empty();
        }
        ScalingMethod scaling = ScalingMethod.byMethodName(name.substring(lastDot + 1));
        Map<String, String> params = result.key().params();
        if (scaling == null || !params.containsKey("model") || !isPositiveInt(params.get("workers"))
                || !SCALING_MODES.contains(result.key().mode())) {
            return Optional.empty();
        }
        String owner = name.substring(0, lastDot);
        String suite = owner.substring(owner.lastIndexOf('.') + 1);
        boolean cpython = name.startsWith("cpython.");
        return Optional.of(new Identity(suite, scaling, params.getOrDefault("size", ""), cpython, owner, result.key().mode()));
    }

    private static boolean isPositiveInt(String text) {
        try {
            return text != null && Integer.parseInt(text.trim()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Which group a result belongs to; {@code owner} keeps two suites of one simple name apart. */
    private record Identity(String suite, ScalingMethod scaling, String size, boolean cpython, String owner, String mode) {
        String groupKey() {
            return owner + "\u0000" + scaling + "\u0000" + size + "\u0000" + cpython + "\u0000" + mode;
        }
    }
}
