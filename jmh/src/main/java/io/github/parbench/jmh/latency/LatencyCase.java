package io.github.parbench.jmh.latency;

import org.HdrHistogram.Histogram;

/**
 * One case of the latency harness as the experiment sees it: something that times a number of
 * round trips and records each one, on the JVM ({@link JvmCase}) or in a CPython interpreter
 * ({@link CPythonCase}), so both sides can share one interleaved schedule.
 */
interface LatencyCase extends AutoCloseable {

    /** The side a case's trips run on, as the log and the results name it. */
    String JVM = "JVM";
    String CPYTHON = "CPython";

    String name();

    /** {@link #JVM} or {@link #CPYTHON}. */
    String side();

    /** The way one trip takes, in words (no tab or line break). */
    String path();

    /** Times {@code count} round trips one after another and records each one's nanoseconds in {@code into}. */
    void trips(int count, Histogram into) throws Exception;

    /** JIT compilations finished so far in every JVM the trips run in; -1 when not known, or no JIT to count. */
    long compilations();

    /** How many JVMs {@link #compilations()} covers (0 for CPython, which has no JIT). */
    int jvms();

    /**
     * Runs once the case's own bookkeeping in this JVM, not a trip (for CPython: reading its
     * answer), so the warm-up can run it past the JIT's thresholds before anything is judged.
     */
    default void rehearse() {
    }

    @Override
    void close() throws Exception;
}
