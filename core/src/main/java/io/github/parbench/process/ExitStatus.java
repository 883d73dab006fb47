package io.github.parbench.process;

import java.util.Map;
import java.util.Optional;

/**
 * Words for a child's exit value. The JVM reports a child killed by signal N as 128 + N (a JVM
 * ended by SIGTERM exits 143, by SIGKILL 137); Python shows the same as a negative exitcode.
 */
public final class ExitStatus {

    private static final int SIGNAL_BASE = 128;
    /** Linux's numbers. */
    private static final Map<Integer, String> SIGNALS = Map.of(1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 4, "SIGILL",
            6, "SIGABRT", 9, "SIGKILL", 11, "SIGSEGV", 13, "SIGPIPE", 15, "SIGTERM");

    private ExitStatus() {
    }

    /**
     * The signal that ended the process, read from its exit value ("SIGKILL", or "signal N" for one
     * without a name here); empty for an ordinary exit. A process that itself exits with such a
     * value reads the same.
     */
    public static Optional<String> signal(int exitValue) {
        if (exitValue <= SIGNAL_BASE) {
            return Optional.empty();
        }
        int signal = exitValue - SIGNAL_BASE;
        return Optional.of(SIGNALS.getOrDefault(signal, "signal " + signal));
    }

    /** "exit status 137 (SIGKILL)", or "exit status 7". */
    public static String describe(int exitValue) {
        return "exit status " + exitValue + signal(exitValue).map(s -> " (" + s + ")").orElse("");
    }
}
