package io.github.parbench.workload;

/**
 * A CPU-bound job over the index range {@code [0, n)} that can be cut into any sub-ranges.
 *
 * <p>Each part returns a checksum; parts combine by {@code long} addition (associative and
 * commutative even when it wraps), so every partition of {@code [0, n)} yields serial's checksum.
 * That is how every execution model proves it did all the work exactly once.
 */
public interface Workload {

    /** The name a worker process looks the workload up by (see {@link Workloads}). */
    String name();

    /** Runs the part {@code [from, to)} and returns its checksum. */
    long run(long from, long to);

    /** Combines two part checksums. */
    static long combine(long a, long b) {
        return a + b;
    }
}
