package io.github.parbench.process;

import java.io.BufferedOutputStream;
import java.io.OutputStream;

/**
 * A child JVM for the process tests, one role per first argument:
 * <ul>
 *   <li>{@code watch}: starts a {@link ParentWatch}, then sleeps (at most a minute);
 *   <li>{@code print BYTES}: writes BYTES bytes of text to stdout, then exits 0.
 * </ul>
 */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "watch" -> {
                ParentWatch.start();
                Thread.sleep(60_000);
            }
            case "print" -> {
                long bytes = Long.parseLong(args[1]);
                OutputStream out = new BufferedOutputStream(System.out);
                for (long i = 1; i <= bytes; i++) {
                    out.write(i % 64 == 0 ? '\n' : 'x');
                }
                out.flush();
            }
            default -> throw new IllegalArgumentException("unknown role: " + args[0]);
        }
    }
}
