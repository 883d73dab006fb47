package io.github.parbench.cli.harness;

import io.github.parbench.format.BadInputException;
import io.github.parbench.format.BenchmarkKey;
import io.github.parbench.format.InterleavedAb;
import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import io.github.parbench.format.Producer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An interleaved A/B run's block log (harness {@code interleaved-ab}: both builds' contenders in the
 * same blocks, each with a {@code build} line) as the results {@code compare} judges
 * ({@link InterleavedAb}, docs/statistics.md "Interleaved A/B results: the file shape"): one result
 * per contender and build, params {@code model}, {@code workers}, {@code size} and {@code build},
 * the build's time per operation as primary metric and its speedup against the same build's SERIAL
 * in the same blocks; the candidate's also carries {@value InterleavedAb#RATIO}, the per-block
 * T(candidate) / T(baseline) of that contender, with its interval.
 */
public final class InterleavedAbResults {

    public static final String HARNESS = "interleaved-ab";

    private InterleavedAbResults() {
    }

    public static List<JmhResult> from(HarnessLogReader.Log log, double confidence) throws BadInputException {
        int blocks = (int) log.longSetting("blocks");
        List<List<String>> contenders = log.records("contender", 4);
        if (contenders.isEmpty()) {
            throw new BadInputException(log.file(), "names no contender");
        }
        String[] builds = builds(log, contenders.size());
        BlockEntries entries = BlockEntries.read(log, contenders.size(), blocks);
        double[][] millis = entries.millis();
        // Each (model, workers) once per build: [baseline index, candidate index].
        Map<String, int[]> pairs = new LinkedHashMap<>();
        for (int c = 0; c < contenders.size(); c++) {
            String name = contenders.get(c).get(1) + " x" + contenders.get(c).get(2);
            int[] pair = pairs.computeIfAbsent(name, k -> new int[] {-1, -1});
            int side = builds[c].equals(InterleavedAb.BASELINE) ? 0 : 1;
            if (pair[side] >= 0) {
                throw new BadInputException(log.file(), "names " + name + " twice in the " + builds[c]);
            }
            pair[side] = c;
        }
        Map<String, Integer> serialOf = new HashMap<>();
        pairs.forEach((name, pair) -> {
            if (name.equals(InterleavedResults.SERIAL + " x1")) {
                serialOf.put(InterleavedAb.BASELINE, pair[0]);
                serialOf.put(InterleavedAb.CANDIDATE, pair[1]);
            }
        });
        InterleavedDesign.Warmup[] warmups = InterleavedResults.warmups(log, contenders.size());
        long[] compiled = InterleavedResults.compiledDuringMeasurement(log, contenders.size());
        boolean adaptive = !log.settings().getOrDefault("precisionTarget", "none").equals("none");
        double target = adaptive ? log.doubleSetting("precisionTarget") : Double.NaN;
        boolean budgetExhausted = Boolean.parseBoolean(log.settings().getOrDefault("budgetExhausted", "false"));
        List<JmhResult> results = new ArrayList<>();
        for (Map.Entry<String, int[]> pair : pairs.entrySet()) {
            int base = pair.getValue()[0];
            int cand = pair.getValue()[1];
            SpeedupEstimate ratio = base >= 0 && cand >= 0 ? estimate(log, millis[cand], millis[base], confidence) : null;
            for (int c : pair.getValue()) {
                if (c < 0) {
                    continue; // the other build lacks it: compare says so
                }
                List<String> contender = contenders.get(c);
                int batch = (int) log.parseLong(contender.get(3), "contender batch");
                boolean candidate = c == cand;
                Map<String, Metric> secondary = new LinkedHashMap<>();
                Integer serial = serialOf.get(builds[c]);
                if (serial != null && serial >= 0 && serial != c) {
                    secondary.put("speedup", InterleavedResults.speedupMetric(
                            estimate(log, millis[serial], millis[c], confidence)));
                }
                if (candidate && ratio != null) {
                    secondary.put(InterleavedAb.RATIO, ratioMetric(ratio));
                }
                InterleavedDesign design = new InterleavedDesign(log.setting("schedule"), log.longSetting("seed"),
                        (int) log.longSetting("warmupBlocks"), blocks, log.longSetting("n"), log.setting("suite"),
                        confidence, contenders.size(), batch, log.doubleSetting("minEntryMillis"),
                        positions(entries.positions()[c]), warmups[c], compiled[c],
                        new InterleavedDesign.Precision(target, ratio == null ? Double.NaN : ratio.relativeHalfWidth(),
                                budgetExhausted, "t"));
                Producer measured = new Producer("parbench interleaved harness (A/B)", log.setting("jvm"), log.jvmArgs(),
                        log.setting("jdkVersion"), log.setting("vmName"), log.setting("vmVersion"), 1, 1,
                        (int) log.longSetting("warmupBlocks"), "single operation", blocks,
                        batch == 1 ? "single operation" : "batch of " + batch + " operations, mean per operation");
                Map<String, String> params = Map.of("model", contender.get(1), "workers", contender.get(2),
                        "size", log.setting("size"), InterleavedAb.BUILD, builds[c]);
                results.add(new JmhResult(BenchmarkKey.of(InterleavedResults.BENCHMARK_PREFIX + log.setting("workload"),
                        "avgt", params), InterleavedResults.timeMetric(millis[c]), secondary, measured, log.file(), design));
            }
        }
        return results;
    }

    private static String[] builds(HarnessLogReader.Log log, int contenders) throws BadInputException {
        String[] builds = new String[contenders];
        for (List<String> line : log.records("build", 2)) {
            String build = line.get(1);
            if (!build.equals(InterleavedAb.BASELINE) && !build.equals(InterleavedAb.CANDIDATE)) {
                throw new BadInputException(log.file(), "has a build line naming '" + build + "', not "
                        + InterleavedAb.BASELINE + " or " + InterleavedAb.CANDIDATE);
            }
            builds[BlockEntries.index(log, line.get(0), contenders, "build contender")] = build;
        }
        for (int c = 0; c < contenders; c++) {
            if (builds[c] == null) {
                throw new BadInputException(log.file(), "says no build for contender " + c);
            }
        }
        return builds;
    }

    /** {@code numerator / denominator} per block, with its interval (SpeedupEstimate divides its first by its second). */
    private static SpeedupEstimate estimate(HarnessLogReader.Log log, double[] numerator, double[] denominator,
                                            double confidence) throws BadInputException {
        try {
            return SpeedupEstimate.of(numerator, denominator, confidence);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(log.file(), e.getMessage());
        }
    }

    private static List<Integer> positions(int[] positions) {
        List<Integer> order = new ArrayList<>();
        for (int p : positions) {
            order.add(p);
        }
        return order;
    }

    private static Metric ratioMetric(SpeedupEstimate ratio) {
        return new Metric(ratio.score(), Double.NaN, "x", new TreeMap<>(), List.of(ratio.ratios().clone()),
                ratio.low(), ratio.high());
    }
}
