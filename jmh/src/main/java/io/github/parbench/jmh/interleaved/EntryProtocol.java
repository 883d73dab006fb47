package io.github.parbench.jmh.interleaved;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines an interleaved A/B driver and a build's {@link EntryServer} exchange over the server's
 * stdin and stdout, one request and one reply at a time:
 *
 * <pre>
 * server: ready CHECKSUM JVMS...          once its contenders are open: serial's checksum of the
 *                                         workload, and how many JVMs each contender's count covers
 * driver: run INDEX BATCH                 time BATCH operations of contender INDEX
 * server: nanos N compilations C          their time by its own clock, and the JIT compilations that
 *                                         finished meanwhile in the contender's JVMs (-1: not known)
 *    or:  error MESSAGE                   a checksum that differs, a worker that died
 * driver: quit (or closes stdin)          the server closes its contenders and exits
 * </pre>
 *
 * Plain text, so a server of an older or newer build that speaks it can be told apart by its first
 * line, and a broken one is one readable line in the part's log.
 */
final class EntryProtocol {

    static final String READY = "ready";
    static final String RUN = "run";
    static final String NANOS = "nanos";
    static final String COMPILATIONS = "compilations";
    static final String ERROR = "error";
    static final String QUIT = "quit";

    /** What the server says once it is ready. */
    record Ready(long checksum, List<Integer> jvms) {
        String line() {
            StringBuilder line = new StringBuilder(READY).append(' ').append(checksum);
            jvms.forEach(j -> line.append(' ').append(j));
            return line.toString();
        }
    }

    /** One entry to time. */
    record Run(int index, int batch) {
        String line() {
            return RUN + " " + index + " " + batch;
        }
    }

    /** One entry's time and the compilations during it. */
    record Timed(long nanos, long compilations) {
        String line() {
            return NANOS + " " + nanos + " " + COMPILATIONS + " " + compilations;
        }
    }

    private EntryProtocol() {
    }

    static Ready parseReady(String line, int contenders) {
        String[] f = fields(line, "the ready line");
        if (!f[0].equals(READY) || f.length != 2 + contenders) {
            throw new IllegalStateException("expected 'ready CHECKSUM' and " + contenders + " JVM counts, got '" + line + "'");
        }
        List<Integer> jvms = new ArrayList<>();
        for (int i = 2; i < f.length; i++) {
            jvms.add((int) number(f[i], line));
        }
        return new Ready(number(f[1], line), jvms);
    }

    /** A request, or null for {@code quit}. */
    static Run parseRun(String line) {
        String[] f = fields(line, "a request");
        if (f.length == 1 && f[0].equals(QUIT)) {
            return null;
        }
        if (f.length != 3 || !f[0].equals(RUN)) {
            throw new IllegalArgumentException("expected 'run INDEX BATCH' or 'quit', got '" + line + "'");
        }
        return new Run((int) number(f[1], line), (int) number(f[2], line));
    }

    /**
     * A reply to {@code run}.
     *
     * @throws IllegalStateException with the server's message for {@code error}, or naming the line
     *         when it is neither
     */
    static Timed parseTimed(String line) {
        if (line != null && line.startsWith(ERROR + " ")) {
            throw new IllegalStateException(line.substring(ERROR.length() + 1));
        }
        String[] f = fields(line, "a reply");
        if (f.length != 4 || !f[0].equals(NANOS) || !f[2].equals(COMPILATIONS)) {
            throw new IllegalStateException("expected 'nanos N compilations C' or 'error MESSAGE', got '" + line + "'");
        }
        return new Timed(number(f[1], line), number(f[3], line));
    }

    /** An error reply: one line, whatever the message held. */
    static String error(String message) {
        return ERROR + " " + String.valueOf(message).replace('\n', ' ').replace('\r', ' ');
    }

    private static String[] fields(String line, String what) {
        if (line == null || line.isBlank()) {
            throw new IllegalStateException("expected " + what + ", got " + (line == null ? "the end of the stream" : "an empty line"));
        }
        return line.trim().split(" +");
    }

    private static long number(String text, String line) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("'" + text + "' is not a whole number in '" + line + "'");
        }
    }
}
