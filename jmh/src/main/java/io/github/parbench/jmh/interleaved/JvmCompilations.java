package io.github.parbench.jmh.interleaved;

/**
 * The JIT compilations finished so far in every JVM a contender runs in: the harness's own and,
 * for a process pool, each of its workers. The warm-up waits for this count to stop moving, and
 * the measured blocks record how far it still moved.
 */
public interface JvmCompilations {

    /** For a contender whose JVMs cannot be read (or a simulated one): never known. */
    JvmCompilations NOT_COUNTED = new JvmCompilations() {
        @Override
        public long finished() {
            return -1;
        }

        @Override
        public int jvms() {
            return 1;
        }
    };

    /** Compilations finished so far, summed over the JVMs; -1 when any of them cannot be read. */
    long finished();

    /** How many JVMs the count covers now. */
    int jvms();
}
