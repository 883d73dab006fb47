package io.github.parbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed fixtures (trimmed real JMH output under src/test/resources/fixtures) and ways to derive
 * test inputs from them: copy, scale by a known factor, run the CLI.
 */
final class Fixtures {

    /** CountdownScaling strong+weak, SERIAL and THREADS, workers 1 and 2, size small: 3 forks x 3 iterations. */
    static final String SCALING = "countdown-scaling.json";
    /** One fork of 2 iterations in thrpt and sample mode: JMH writes "NaN" errors and sample histograms. */
    static final String THRPT_AND_SAMPLE = "thrpt-and-sample.json";
    /** One real LockFairness result: a sample-mode @Group, so each group method has its own percentiles. */
    static final String GROUP_SAMPLE = "group-sample.json";
    /** The CPython reference in the contract's shape, with the lecture's figures. */
    static final String CPYTHON = "cpython-countdown.json";
    static final String CONFORMANCE = "conformance.json";
    /** A real paired A/A run: one build against itself, 6 rounds, alternating fork by fork. */
    static final String PAIRED_AA = "paired-aa";
    /** A real run of the interleaved harness: countdown, small, SERIAL, its twin, THREADS and PROCESS_POOL x1, x2. */
    static final String INTERLEAVED = "interleaved-countdown-small.json";
    /** SCALING without its THREADS weak workers=2 result: a candidate that lost a benchmark. */
    static final String CANDIDATE_MISSING = "candidate-missing.json";
    /** SCALING with every score, error and raw value "NaN": a candidate whose benchmarks all broke. */
    static final String CANDIDATE_NAN = "candidate-nan.json";
    /** PAIRED_AA's first 3 rounds, FORK_JOIN workers=2 gone from every candidate round. */
    static final String PAIRED_MISSING = "paired-missing";
    /** PAIRED_AA's first 3 rounds, every candidate score and raw value "NaN". */
    static final String PAIRED_NAN = "paired-nan";
    /**
     * An interleaved A/B run made by .ci/fixtures/make-interleaved-ab-fixture (factor 1) from the six
     * committed interleaved countdown runs: each run's SERIAL and SERIAL_TWIN, same code in the same
     * blocks, as baseline and candidate: six contenders of real block-to-block noise.
     */
    static final String INTERLEAVED_AB_AA = "interleaved-ab-aa";

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String name, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, text(name));
        return target;
    }

    /** A run directory with env.json, the JVM scaling results, the CPython reference and conformance. */
    static Path runDir(Path dir, String host) throws IOException {
        Files.createDirectories(dir);
        copy(SCALING, dir.resolve("jmh-CountdownScaling.json"));
        copy(CPYTHON, dir.resolve("python-countdown.json"));
        copy(CONFORMANCE, dir.resolve("conformance.json"));
        Files.writeString(dir.resolve("env.json"), """
                {"host": "%s", "cpuModel": "Test CPU @ 2.20GHz", "sockets": 1, "cores": 2, "threadsPerCore": 1,
                 "numaNodes": 1, "governor": null, "memoryBytes": 25769803776, "kernel": "6.1.0", "os": "Debian GNU/Linux 12",
                 "javaVersion": "17.0.15", "javaVendor": "Debian", "javaHome": "/usr/lib/jvm/java-17",
                 "jvmFlags": ["-Xmx1g"], "gitCommit": "f0b590e", "profile": "smoke",
                 "start": "2026-11-25T13:43:00Z", "end": "2026-11-25T13:44:00Z", "rack": "r7"}
                """.formatted(host));
        Files.writeString(dir.resolve("plan.json"), "{\"parts\": [\"CountdownScaling\"]}");
        return dir;
    }

    /** The fixture with every score, error and raw value multiplied by {@code factor}. */
    static Path scaled(String name, double factor, Path target) throws IOException {
        return scaled(JSON.readTree(text(name)), factor, target);
    }

    /** A JMH file beside itself, scaled by {@code factor}. */
    static Path scaledFile(Path file, double factor) throws IOException {
        return scaled(JSON.readTree(file.toFile()), factor, file.resolveSibling("scaled-" + file.getFileName()));
    }

    private static Path scaled(JsonNode root, double factor, Path target) throws IOException {
        for (JsonNode result : root) {
            scaleMetric((ObjectNode) result.get("primaryMetric"), factor);
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        JSON.writeValue(target.toFile(), root);
        return target;
    }

    private static void scaleMetric(ObjectNode metric, double factor) {
        metric.put("score", metric.get("score").asDouble() * factor);
        if (metric.get("scoreError").isNumber()) {
            metric.put("scoreError", metric.get("scoreError").asDouble() * factor);
        }
        JsonNode raw = metric.get("rawData");
        if (raw != null) {
            for (JsonNode fork : raw) {
                ArrayNode iterations = (ArrayNode) fork;
                for (int i = 0; i < iterations.size(); i++) {
                    iterations.set(i, DoubleNode.valueOf(iterations.get(i).asDouble() * factor));
                }
            }
        }
    }

    /** Runs the CLI in-process. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
    }
}
