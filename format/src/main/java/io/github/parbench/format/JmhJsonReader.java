package io.github.parbench.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JMH's {@code -rf json} output (and the CPython reference, which has the same shape).
 *
 * <p>JMH writes {@code "NaN"} (a string) for the error of a run with 1-2 iterations, and sample mode
 * keeps its raw data as histograms ({@code rawDataHistogram}) instead of {@code rawData}; both are
 * accepted.
 */
public final class JmhJsonReader {

    private JmhJsonReader() {
    }

    /** Reads a file that must hold at least one JMH result. */
    public static List<JmhResult> read(Path file) throws BadInputException {
        JsonNode root = RunJson.readTree(file);
        if (!looksLikeJmh(root)) {
            throw new BadInputException(file, "is not JMH JSON (expected an array of results with"
                    + " \"benchmark\" and \"primaryMetric\", found " + describe(root) + ")");
        }
        if (root.isEmpty()) {
            throw new BadInputException(file, "holds no benchmark results (an empty JMH array)");
        }
        return parse(root, file);
    }

    /** True for a JSON array whose every element is an object naming a benchmark and its primary metric. */
    public static boolean looksLikeJmh(JsonNode root) {
        if (!root.isArray()) {
            return false;
        }
        for (JsonNode element : root) {
            if (!element.isObject() || !element.path("benchmark").isTextual() || !element.path("primaryMetric").isObject()) {
                return false;
            }
        }
        return true;
    }

    /** Parses a tree that {@link #looksLikeJmh} accepted. */
    public static List<JmhResult> parse(JsonNode root, Path file) throws BadInputException {
        List<JmhResult> results = new ArrayList<>();
        int index = 0;
        for (JsonNode element : root) {
            String where = "result " + index + " (" + element.path("benchmark").asText() + ")";
            String mode = text(element, "mode", file, where);
            Map<String, String> params = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = element.path("params").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> param = fields.next();
                params.put(param.getKey(), param.getValue().asText());
            }
            Metric primary = metric(element.get("primaryMetric"), file, where + " primaryMetric");
            Map<String, Metric> secondary = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> secondaries = element.path("secondaryMetrics").fields();
            while (secondaries.hasNext()) {
                Map.Entry<String, JsonNode> metric = secondaries.next();
                secondary.put(metric.getKey(), metric(metric.getValue(), file, where + " secondary metric " + metric.getKey()));
            }
            results.add(new JmhResult(BenchmarkKey.of(element.get("benchmark").asText(), mode, params), primary,
                    secondary, producer(element), file, design(element.get("interleaved"), file, where),
                    latency(element.get("latency"), file, where)));
            index++;
        }
        return results;
    }

    /** The head fields; absent ones (the CPython reference has few) read as empty or zero. */
    private static Producer producer(JsonNode element) {
        List<String> jvmArgs = new ArrayList<>();
        element.path("jvmArgs").forEach(arg -> jvmArgs.add(arg.asText()));
        return new Producer(element.path("jmhVersion").asText(""), element.path("jvm").asText(""), jvmArgs,
                element.path("jdkVersion").asText(""), element.path("vmName").asText(""),
                element.path("vmVersion").asText(""), element.path("threads").asInt(1), element.path("forks").asInt(1),
                element.path("warmupIterations").asInt(0), element.path("warmupTime").asText(""),
                element.path("measurementIterations").asInt(0), element.path("measurementTime").asText(""));
    }

    /** The interleaved harness's own object, when the result has one. */
    private static InterleavedDesign design(JsonNode node, Path file, String where) throws BadInputException {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadInputException(file, where + " interleaved is not an object");
        }
        String inside = where + " interleaved";
        return new InterleavedDesign(text(node, "schedule", file, inside), (long) number(node.get("seed"), file, inside + " seed"),
                (int) number(node.get("warmupBlocks"), file, inside + " warmupBlocks"),
                (int) number(node.get("blocks"), file, inside + " blocks"), (long) number(node.get("n"), file, inside + " n"),
                text(node, "suite", file, inside), number(node.get("confidence"), file, inside + " confidence"),
                node.path("contenders").asInt(0), node.path("batch").asInt(1), node.path("minEntryMillis").asDouble(0),
                positions(node.get("positions"), file, inside), warmup(node.get("warmup"), file, inside),
                optionalLong(node.get("compilationsDuringMeasurement"), file, inside + " compilationsDuringMeasurement"),
                precision(node, file, inside), levels(node.get("levels"), file, inside));
    }

    /** The harness JVMs a result combines; null when it is one JVM's. */
    private static InterleavedDesign.Levels levels(JsonNode node, Path file, String where) throws BadInputException {
        if (node == null || node.isNull()) {
            return null;
        }
        String inside = where + " levels";
        if (!node.isObject() || !node.path("seeds").isArray() || !node.path("blocks").isArray()
                || node.get("seeds").size() != node.get("blocks").size() || node.get("seeds").isEmpty()) {
            throw new BadInputException(file, inside + " needs equally long, non-empty seeds and blocks arrays");
        }
        List<Long> seeds = new ArrayList<>();
        List<Integer> blocks = new ArrayList<>();
        for (int j = 0; j < node.get("seeds").size(); j++) {
            seeds.add((long) number(node.get("seeds").get(j), file, inside + " seeds"));
            blocks.add((int) number(node.get("blocks").get(j), file, inside + " blocks"));
        }
        return new InterleavedDesign.Levels(seeds, blocks, number(node.get("withinVariance"), file, inside + " withinVariance"),
                number(node.get("betweenVariance"), file, inside + " betweenVariance"),
                number(node.get("jvmCostSeconds"), file, inside + " jvmCostSeconds"),
                number(node.get("blockCostSeconds"), file, inside + " blockCostSeconds"));
    }

    /** The latency harness's own object, when the result has one. */
    private static LatencyDesign latency(JsonNode node, Path file, String where) throws BadInputException {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadInputException(file, where + " latency is not an object");
        }
        String inside = where + " latency";
        return new LatencyDesign(text(node, "side", file, inside), text(node, "path", file, inside),
                (long) number(node.get("seed"), file, inside + " seed"),
                (int) number(node.get("slices"), file, inside + " slices"),
                (int) number(node.get("tripsPerSlice"), file, inside + " tripsPerSlice"),
                (int) number(node.get("contenders"), file, inside + " contenders"),
                positions(node.get("positions"), file, inside), warmup(node.get("warmup"), file, inside),
                optionalLong(node.get("compilationsDuringMeasurement"), file, inside + " compilationsDuringMeasurement"));
    }

    private static InterleavedDesign.Warmup warmup(JsonNode node, Path file, String where) throws BadInputException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadInputException(file, where + " warmup is not an object");
        }
        String inside = where + " warmup";
        return new InterleavedDesign.Warmup(text(node, "rule", file, inside), (int) number(node.get("entries"), file,
                inside + " entries"), number(node.get("millis"), file, inside + " millis"),
                node.path("capHit").asBoolean(false), optionalLong(node.get("compilations"), file, inside + " compilations"),
                node.path("jvms").asInt(1));
    }

    /** precisionTarget (null: none asked for), precisionReached, budgetExhausted; null when the file has none. */
    private static InterleavedDesign.Precision precision(JsonNode node, Path file, String where) throws BadInputException {
        if (!node.has("precisionReached")) {
            return null;
        }
        JsonNode target = node.get("precisionTarget");
        return new InterleavedDesign.Precision(target == null || target.isNull() ? Double.NaN
                : number(target, file, where + " precisionTarget"),
                number(node.get("precisionReached"), file, where + " precisionReached"),
                node.path("budgetExhausted").asBoolean(false), node.path("intervalMethod").asText("t"));
    }

    /** A count that may be null or absent (not recorded): -1 then. */
    private static long optionalLong(JsonNode node, Path file, String where) throws BadInputException {
        return node == null || node.isNull() ? -1 : (long) number(node, file, where);
    }

    private static List<Integer> positions(JsonNode node, Path file, String where) throws BadInputException {
        List<Integer> positions = new ArrayList<>();
        if (node != null) {
            for (JsonNode position : requireArray(node, file, where + " positions")) {
                // The CPython reference runs several interpreters: one list of positions per fork.
                if (position.isArray()) {
                    for (JsonNode inFork : position) {
                        positions.add((int) number(inFork, file, where + " position"));
                    }
                } else {
                    positions.add((int) number(position, file, where + " position"));
                }
            }
        }
        return positions;
    }

    private static Metric metric(JsonNode node, Path file, String where) throws BadInputException {
        if (node == null || !node.isObject()) {
            throw new BadInputException(file, where + " is not an object");
        }
        double score = number(node.get("score"), file, where + " score");
        JsonNode errorNode = node.get("scoreError");
        double error = errorNode == null || errorNode.isNull() ? Double.NaN : number(errorNode, file, where + " scoreError");
        String unit = text(node, "scoreUnit", file, where);
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = node.path("scorePercentiles").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            try {
                percentiles.put(Double.parseDouble(entry.getKey()), number(entry.getValue(), file, where + " percentile"));
            } catch (NumberFormatException e) {
                throw new BadInputException(file, where + " has a percentile key that is not a number: " + entry.getKey());
            }
        }
        double low = Double.NaN;
        double high = Double.NaN;
        JsonNode confidence = node.get("scoreConfidence");
        if (confidence != null && confidence.isArray() && confidence.size() == 2) {
            low = number(confidence.get(0), file, where + " scoreConfidence");
            high = number(confidence.get(1), file, where + " scoreConfidence");
        }
        return new Metric(score, error, unit, percentiles, forks(node, file, where), low, high);
    }

    private static List<double[]> forks(JsonNode metric, Path file, String where) throws BadInputException {
        List<double[]> forks = new ArrayList<>();
        JsonNode raw = metric.get("rawData");
        JsonNode histograms = metric.get("rawDataHistogram");
        if (raw != null) {
            for (JsonNode fork : requireArray(raw, file, where + " rawData")) {
                JsonNode iterations = requireArray(fork, file, where + " rawData fork");
                double[] values = new double[iterations.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = number(iterations.get(i), file, where + " rawData value");
                }
                forks.add(values);
            }
        } else if (histograms != null) {
            for (JsonNode fork : requireArray(histograms, file, where + " rawDataHistogram")) {
                JsonNode iterations = requireArray(fork, file, where + " rawDataHistogram fork");
                double[] values = new double[iterations.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = histogramMean(requireArray(iterations.get(i), file, where + " rawDataHistogram iteration"),
                            file, where);
                }
                forks.add(values);
            }
        }
        return forks;
    }

    /** A sample-mode iteration is a list of [value, count] buckets: its score is their weighted mean. */
    private static double histogramMean(JsonNode buckets, Path file, String where) throws BadInputException {
        double sum = 0;
        double count = 0;
        for (JsonNode bucket : buckets) {
            if (!bucket.isArray() || bucket.size() != 2) {
                throw new BadInputException(file, where + " has a histogram bucket that is not [value, count]");
            }
            double weight = number(bucket.get(1), file, where + " histogram count");
            sum += number(bucket.get(0), file, where + " histogram value") * weight;
            count += weight;
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static JsonNode requireArray(JsonNode node, Path file, String where) throws BadInputException {
        if (node == null || !node.isArray()) {
            throw new BadInputException(file, where + " is not an array");
        }
        return node;
    }

    private static String text(JsonNode parent, String field, Path file, String where) throws BadInputException {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual()) {
            throw new BadInputException(file, where + " has no \"" + field + "\"");
        }
        return node.asText();
    }

    private static double number(JsonNode node, Path file, String where) throws BadInputException {
        if (node != null && node.isNumber()) {
            return node.asDouble();
        }
        if (node != null && node.isTextual()) {
            try {
                // JMH's own spelling of a missing error: "NaN"; Java's parser also takes "Infinity".
                return Double.parseDouble(node.asText());
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new BadInputException(file, where + " is not a number: " + (node == null ? "missing" : node.toString()));
    }

    public static String describe(JsonNode root) {
        if (root.isArray()) {
            return root.isEmpty() ? "an empty array" : "an array whose elements are not JMH results";
        }
        if (root.isObject()) {
            return "an object";
        }
        return "a " + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
