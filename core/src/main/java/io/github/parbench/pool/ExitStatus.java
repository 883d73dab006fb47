package io.github.parbench.pool;

import java.util.Map;

/** Words for a child's exit value; the JDK reports death by signal s as 128 + s on Unix. */
final class ExitStatus {

    private static final Map<Integer, String> SIGNALS = Map.of(1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 4, "SIGILL",
            6, "SIGABRT", 9, "SIGKILL", 11, "SIGSEGV", 13, "SIGPIPE", 15, "SIGTERM");

    private ExitStatus() {
    }

    static String describe(int exitValue) {
        String signal = exitValue > 128 ? SIGNALS.get(exitValue - 128) : null;
        return "exit status " + exitValue + (signal == null ? "" : " (" + signal + ")");
    }
}
