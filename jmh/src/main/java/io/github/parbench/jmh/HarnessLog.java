package io.github.parbench.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a harness measured, as raw lines for the parbench CLI to analyse and to write into the run
 * directory as JMH-shaped JSON. The measuring JVM stays free of the CLI's libraries (no JSON, no
 * statistics beyond what JMH brings), and the run directory keeps one writer per file.
 *
 * <p>The format is tab-separated lines: a header {@code parbench-harness-log 1}, then {@code setting
 * KEY VALUE}, {@code jvmArg ARG} and the harness's own records, then {@code end}, which tells a
 * complete log from one whose JVM died while writing. The log is written once, when measuring is
 * over. This JVM's identity (java, flags, versions) goes in as settings, because the result
 * should name the JVM that measured, not the one that analyses.
 */
public final class HarnessLog {

    public static final String HEADER = "parbench-harness-log\t1";
    public static final String END = "end";

    private final List<String> lines = new ArrayList<>();

    public HarnessLog(String harness) {
        lines.add(HEADER);
        setting("harness", harness);
        setting("jvm", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        setting("jdkVersion", System.getProperty("java.version"));
        setting("vmName", System.getProperty("java.vm.name"));
        setting("vmVersion", System.getProperty("java.vm.version"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            record("jvmArg", arg);
        }
    }

    public HarnessLog setting(String key, Object value) {
        return record("setting", key, String.valueOf(value));
    }

    /** One line of tab-separated fields; a field may hold neither a tab nor a line break. */
    public HarnessLog record(String kind, Object... fields) {
        StringBuilder line = new StringBuilder(kind);
        for (Object field : fields) {
            String text = String.valueOf(field);
            if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a harness log field cannot hold a tab or a line break: " + text);
            }
            line.append('\t').append(text);
        }
        lines.add(line.toString());
        return this;
    }

    public void writeTo(Path file) throws IOException {
        List<String> all = new ArrayList<>(lines);
        all.add(END);
        Files.write(file, all, StandardCharsets.UTF_8);
    }
}
