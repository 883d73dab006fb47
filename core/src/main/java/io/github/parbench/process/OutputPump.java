package io.github.parbench.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Empties a child's output pipe on a daemon thread of its own. A pipe holds about 64 KiB; a child
 * that writes more than that to a pipe nobody reads blocks forever. The thread ends when the
 * child's end of the pipe closes (the child exited).
 */
public final class OutputPump {

    private OutputPump() {
    }

    /** Hands each line of {@code from} to {@code to}. */
    public static Thread lines(InputStream from, Consumer<String> to, String threadName) {
        return start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(from))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    try {
                        to.accept(line);
                    } catch (RuntimeException e) {
                        // The line is lost, but the draining goes on: else the child would block.
                    }
                }
            }
        }, threadName);
    }

    /**
     * Copies the bytes of {@code from} as they come to the stream {@code to} gives at each write
     * (so {@code System::out} follows a {@code System.setOut}).
     */
    public static Thread bytes(InputStream from, Supplier<PrintStream> to, String threadName) {
        return start(() -> {
            byte[] chunk = new byte[8192];
            try (from) {
                for (int n = from.read(chunk); n >= 0; n = from.read(chunk)) {
                    PrintStream target = to.get();
                    target.write(chunk, 0, n);
                    target.flush();
                }
            }
        }, threadName);
    }

    private interface Pumping {
        void run() throws IOException;
    }

    private static Thread start(Pumping pumping, String threadName) {
        Thread thread = new Thread(() -> {
            try {
                pumping.run();
            } catch (IOException e) {
                // The pipe broke (the stream was closed under us): there is nothing more to pass on.
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
