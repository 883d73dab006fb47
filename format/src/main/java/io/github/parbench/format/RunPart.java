package io.github.parbench.format;

import java.util.List;

/**
 * One unit of a run that is done or not: its output file exists in the run directory or it does
 * not. A part may take several invocations (a paired round runs SERIAL and the other models as two
 * JMH invocations), whose results are merged into the one output file.
 *
 * @param name            what progress lines call it
 * @param kind            {@link Kind#JMH}, {@link Kind#HARNESS} or {@link Kind#PYTHON}
 * @param jar             which build a JMH or harness part runs: "candidate" or "baseline" (null for python)
 * @param output          the file, relative to the run directory, that marks the part done
 * @param invocations     the arguments of each invocation (after {@code java -jar JAR},
 *                        {@code java -cp JAR} for a harness, whose first argument is its main class,
 *                        or {@code python3}), without the output options bench adds
 * @param expectedResults how many result objects a complete part has
 * @param estimateSeconds a rough duration, for progress estimates only
 */
public record RunPart(String name, Kind kind, String jar, String output, List<List<String>> invocations,
                   int expectedResults, double estimateSeconds) {

    /** JMH benchmarks; a harness main in the same jar (its log converted by the CLI); the CPython reference. */
    public enum Kind { JMH, HARNESS, PYTHON }

    public static final String CANDIDATE = "candidate";
    public static final String BASELINE = "baseline";
}
