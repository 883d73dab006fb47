package io.github.parbench.jmh.latency;

import java.util.List;

/** One way of handing a tiny task to another worker and getting its answer back. */
interface RoundTrip extends AutoCloseable {

    /** The name the results carry (the benchmark's method-like suffix). */
    String name();

    /** The way one trip takes, in words: which threads and pipes it crosses (the report prints it). */
    String path();

    /** Sends {@code x} across and returns what came back (the echo of {@code x}). */
    long roundTrip(long x) throws Exception;

    /** The worker JVMs it talks to now (their JIT compilations are counted with this JVM's). */
    default List<Long> workerPids() {
        return List.of();
    }

    /** How many worker JVMs it has once all are up. */
    default int workerJvms() {
        return 0;
    }

    @Override
    void close() throws Exception;
}
