package io.github.parbench.jmh.bench;

import java.util.List;

/**
 * One unit of a run that is done or not: its output file exists in the run directory or it does
 * not. A part may take several invocations (a paired round runs SERIAL and the other models as two
 * JMH invocations), whose results are merged into the one output file.
 *
 * @param name            what progress lines call it
 * @param kind            {@link Kind#JMH} or {@link Kind#PYTHON}
 * @param jar             which build a JMH part runs: "candidate" or "baseline" (null for python)
 * @param output          the file, relative to the run directory, that marks the part done
 * @param invocations     the arguments of each invocation (after {@code java -jar JAR} or
 *                        {@code python3}), without the output options bench adds
 * @param expectedResults how many result objects a complete part has
 * @param estimateSeconds a rough duration, for progress estimates only
 */
public record Part(String name, Kind kind, String jar, String output, List<List<String>> invocations,
                   int expectedResults, double estimateSeconds) {

    public enum Kind { JMH, PYTHON }

    public static final String CANDIDATE = "candidate";
    public static final String BASELINE = "baseline";
}
