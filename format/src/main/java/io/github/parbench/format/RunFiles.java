package io.github.parbench.format;

/**
 * The names inside a run directory, in one place for the bench that writes them, the jcstress gate
 * that writes conformance.json and the report that reads them all.
 */
public final class RunFiles {

    /** The machine, the JVM, the build and how the run ended: {@link Environment}. */
    public static final String ENV = "env.json";
    /** What the run is to do, written before anything runs: {@link Plan}. */
    public static final String PLAN = "plan.json";
    /** The two builds of a paired run: {@link Pairing}. */
    public static final String PAIRED = "paired.json";
    /** The jcstress gate's verdicts for the commit measured: {@link Conformance}. */
    public static final String CONFORMANCE = "conformance.json";
    /** {@code rounds/<Suite>/round-<r>-<MODEL>.json}: one fork of a scaling suite per file. */
    public static final String ROUNDS = "rounds";
    /** {@code pairs/<Suite>/round-<i>-{baseline,candidate}.json}: a paired run's rounds. */
    public static final String PAIRS = "pairs";
    /** Parts that ran but fell short of their planned results, kept for inspection. */
    public static final String INCOMPLETE = "incomplete";
    /** Each part's console output; not part of a committed run. */
    public static final String LOGS = "logs";
    /** Where invocations write before their results are merged into place. */
    public static final String TMP = "tmp";
    public static final String REPORT_MD = "report.md";
    public static final String REPORT_HTML = "report.html";

    private RunFiles() {
    }

    /** True for the named files that are not result arrays. */
    public static boolean isBookkeeping(String fileName) {
        return ENV.equals(fileName) || PLAN.equals(fileName) || PAIRED.equals(fileName) || CONFORMANCE.equals(fileName);
    }
}
