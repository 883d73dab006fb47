package io.github.parbench.cli.runreport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.format.RunJson;
import io.github.parbench.cli.input.RunDirectory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The environment of a run as label/value rows: env.json's ({@link io.github.parbench.format.Environment})
 * known fields first, in a reading order, then every other field (nothing is dropped). Without env.json, what the JMH results say about the JVM.
 */
final class EnvironmentSection {

    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("host", "Host");
        KNOWN.put("cpuModel", "CPU model");
        KNOWN.put("sockets", "Sockets");
        KNOWN.put("cores", "Cores");
        KNOWN.put("threadsPerCore", "Threads per core");
        KNOWN.put("numaNodes", "NUMA nodes");
        KNOWN.put("governor", "CPU governor");
        KNOWN.put("memoryBytes", "Memory");
        KNOWN.put("os", "OS");
        KNOWN.put("kernel", "Kernel");
        KNOWN.put("javaVersion", "Java version");
        KNOWN.put("javaVendor", "Java vendor");
        KNOWN.put("javaHome", "Java home");
        KNOWN.put("jvmFlags", "JVM flags");
        KNOWN.put("gitCommit", "Git commit");
        KNOWN.put("profile", "Profile");
        KNOWN.put("start", "Start");
        KNOWN.put("end", "End");
    }

    private EnvironmentSection() {
    }

    /** Label and value of every environment fact, in reading order. */
    static List<String[]> rows(RunDirectory run) {
        List<String[]> rows = new ArrayList<>();
        if (run.env().isEmpty()) {
            rows.add(new String[] {"env.json", "missing: the figures below come from the JMH results alone"});
            run.results().stream().filter(r -> !r.key().benchmark().startsWith("cpython.")).findFirst()
                    .ifPresent(r -> rows.add(new String[] {"JVM", r.jvm() + " " + r.vmVersion()}));
            return rows;
        }
        JsonNode env = RunJson.MAPPER.valueToTree(run.env().get());
        KNOWN.forEach((key, label) -> {
            if (env.has(key)) {
                rows.add(new String[] {label, value(key, env.get(key))});
            }
        });
        Iterator<String> names = env.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!KNOWN.containsKey(key)) {
                rows.add(new String[] {key, value(key, env.get(key))});
            }
        }
        return rows;
    }

    /** The value of one key, for the side-by-side table; "—" when missing. */
    static String summaryValue(RunDirectory run, String key) {
        return run.env().map(RunJson.MAPPER::<JsonNode>valueToTree)
                .map(env -> env.hasNonNull(key) || env.has(key) ? value(key, env.get(key)) : Numbers.NONE).orElse(Numbers.NONE);
    }

    static String label(String key) {
        return KNOWN.getOrDefault(key, key);
    }

    /** A short title for the run: its host and start, else its directory. */
    static String title(RunDirectory run) {
        String host = summaryValue(run, "host");
        String start = summaryValue(run, "start");
        return Numbers.NONE.equals(host) ? run.label() : host + (Numbers.NONE.equals(start) ? "" : ", " + start);
    }

    private static String value(String key, JsonNode node) {
        if (node == null || node.isNull()) {
            return "not recorded";
        }
        if ("memoryBytes".equals(key) && node.isNumber()) {
            return Numbers.fixed(node.asDouble() / (1L << 30), 1) + " GiB";
        }
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(EnvironmentSection::scalar).collect(Collectors.joining(" "));
        }
        return scalar(node);
    }

    private static String scalar(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
