package io.github.parbench.jmh.latency;

/** One way of handing a tiny task to another worker and getting its answer back. */
interface RoundTrip extends AutoCloseable {

    /** The name the results carry (the benchmark's method-like suffix). */
    String name();

    /** Sends {@code x} across and returns what came back (the echo of {@code x}). */
    long roundTrip(long x) throws Exception;

    @Override
    void close() throws Exception;
}
