package io.github.parbench.format;

import java.util.List;

/**
 * The head of a result in JMH's {@code -rf json} shape: what produced it and with what settings. JMH
 * fills it for its own benchmarks; the harnesses' results carry the child JVM the CLI ran them in.
 *
 * @param jmhVersion JMH's version, or the name of the harness that produced the result
 * @param jvm        the java executable (for the CPython reference: the python executable)
 */
public record Producer(String jmhVersion, String jvm, List<String> jvmArgs, String jdkVersion, String vmName,
                       String vmVersion, int threads, int forks, int warmupIterations, String warmupTime,
                       int measurementIterations, String measurementTime) {

    public Producer {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** What a reader knows of a result that names only its JVM. */
    public static Producer of(String jvm, String vmVersion) {
        return new Producer("", jvm, List.of(), "", "", vmVersion, 1, 1, 0, "", 0, "");
    }
}
