package io.github.parbench.jmh.interleaved;

/**
 * Times one contender's entry in a block. Whoever runs the contender times it: the experiment's own
 * JVM with its clock ({@link LocalEntryTimer}), or, in an interleaved A/B run, the JVM of the build
 * that serves it ({@link ServedContenders}), with its own {@code System.nanoTime} around its own
 * batch, so no request's trip between JVMs is ever inside a time. Either way the runner checks the
 * checksums of its own operations.
 */
@FunctionalInterface
public interface EntryTimer {

    /**
     * Runs {@code times} operations back to back and returns their time in nanoseconds.
     *
     * @throws IllegalStateException when an operation's checksum differs from serial's, or the
     *         contender can no longer be run (its serving JVM died)
     */
    long time(int times);
}
