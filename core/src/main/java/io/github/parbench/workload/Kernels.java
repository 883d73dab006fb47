package io.github.parbench.workload;

/**
 * JVM flags that make every caller run the same compiled kernel.
 *
 * <p>If C2 inlines a kernel into one caller (say, a serial benchmark method) and not into another
 * (a thread pool's task), the two run different machine code, and small sizes differ for reasons
 * that have nothing to do with parallelism. Every JVM that runs a kernel (JMH forks and the
 * worker processes) therefore gets these flags: the kernels are compiled on their own and called,
 * never inlined. {@code quiet} comes first so the JVM does not print the command on stdout, which
 * in a worker process carries the wire protocol.
 */
public final class Kernels {

    public static final String QUIET = "-XX:CompileCommand=quiet";
    public static final String COUNTDOWN_OUT_OF_LINE =
            "-XX:CompileCommand=dontinline,io.github.parbench.workload.Countdown::countdown";
    public static final String SQRT_OUT_OF_LINE =
            "-XX:CompileCommand=dontinline,io.github.parbench.workload.SqrtSum::sqrtSum";

    /** The flags in the order a command line takes them. */
    public static final String[] JVM_FLAGS = {QUIET, COUNTDOWN_OUT_OF_LINE, SQRT_OUT_OF_LINE};

    private Kernels() {
    }
}
