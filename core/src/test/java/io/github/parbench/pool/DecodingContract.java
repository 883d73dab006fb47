package io.github.parbench.pool;

import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * What a decoder owes any input, however hostile: it decodes, or it fails with the failure it
 * declares (an {@link IOException}: {@code EOFException} when the input ends early,
 * {@code StreamCorruptedException} when it is malformed; or a {@link RemoteTaskException} for a
 * worker's error reply) carrying a message. Never another exception from deep inside, never an
 * error (out of memory, stack overflow), and never an allocation sized by a length read from the
 * input rather than by the input itself. A hang is caught by the fuzz test's timeout.
 */
final class DecodingContract {

    /** Decoding as much of one input as there is; must give the same outcome every time. */
    @FunctionalInterface
    interface Decoding {
        Object decode() throws Exception;
    }

    /**
     * What a decode may allocate: a constant for the JDK's buffers and exceptions, plus a multiple
     * of the input's size (a 4-byte int becomes a 16-byte Integer in a list).
     */
    static final long FIXED_ALLOCATION = 1 << 20;
    static final long ALLOCATION_PER_INPUT_BYTE = 64;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private DecodingContract() {
    }

    /** Runs the decoding twice (the first loads classes), checks the second against the contract. */
    static void check(int inputLength, Decoding decoding) {
        outcome(decoding);
        boolean measured = THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled();
        long before = measured ? THREADS.getCurrentThreadAllocatedBytes() : 0;
        Object outcome = outcome(decoding);
        long allocated = measured ? THREADS.getCurrentThreadAllocatedBytes() - before : 0;
        long budget = FIXED_ALLOCATION + ALLOCATION_PER_INPUT_BYTE * inputLength;
        if (allocated > budget) {
            throw new AssertionError("decoding " + inputLength + " bytes allocated " + allocated
                    + " bytes, more than the " + budget + " the input can justify: an allocation sized by a length read from it");
        }
        if (outcome instanceof Throwable failure) {
            boolean declared = failure instanceof IOException || failure instanceof RemoteTaskException;
            if (!declared) {
                throw new AssertionError("decoding failed with an undeclared " + failure.getClass().getName(), failure);
            }
            if (failure.getMessage() == null || failure.getMessage().isBlank()) {
                throw new AssertionError("decoding failed with a " + failure.getClass().getName() + " that says nothing", failure);
            }
        }
    }

    private static Object outcome(Decoding decoding) {
        try {
            return decoding.decode();
        } catch (Throwable t) { // every outcome is judged, errors included
            return t;
        }
    }
}
