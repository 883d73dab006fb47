package io.github.parbench.pool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tasks the pool tests run in worker JVMs (loaded there by name from the test class path). */
public final class TestTasks implements TaskRegistry {

    public static final Task<Long, Long> SQUARE = Task.of("test.square", Codecs.LONG, Codecs.LONG, x -> x * x);

    public static final Task<String, String> SHOUT = Task.of("test.shout", Codecs.STRING, Codecs.STRING, s -> {
        System.out.println("a task that prints writes to the worker's stdout, not into the protocol");
        return s.toUpperCase(Locale.ROOT);
    });

    public static final Task<byte[][], long[]> LENGTHS = Task.of("test.lengths", Codecs.BYTE_ARRAYS, Codecs.LONGS, arrays -> {
        long[] lengths = new long[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            lengths[i] = arrays[i].length;
        }
        return lengths;
    });

    /** A result of this many bytes. */
    public static final Task<Integer, byte[]> BYTES = Task.of("test.bytes", Codecs.INT, Codecs.BYTES, n -> new byte[n]);

    /** What a task reading stdin gets: the first byte, or -1 at end-of-file. */
    public static final Task<Integer, Integer> READ_STDIN = Task.of("test.readStdin", Codecs.INT, Codecs.INT,
            x -> System.in.read());

    /** The worker's pid, whatever the argument: shows which worker ran what. */
    public static final Task<Integer, Long> PID = Task.of("test.pid", Codecs.INT, Codecs.LONG,
            x -> ProcessHandle.current().pid());

    public static final Task<String, Long> FAIL = Task.of("test.fail", Codecs.STRING, Codecs.LONG, message -> {
        throw new IllegalStateException(message);
    });

    public static final Task<Integer, Long> EXIT = Task.of("test.exit", Codecs.INT, Codecs.LONG, status -> {
        System.exit(status);
        return 0L;
    });

    /** Allocates this many MiB and keeps them: with a small -Xmx the worker runs out of memory. */
    public static final Task<Integer, Long> HOARD = Task.of("test.hoard", Codecs.INT, Codecs.LONG, mib -> {
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < mib; i++) {
            kept.add(new byte[1 << 20]);
        }
        return (long) kept.size();
    });

    /** Creates the marker file (so the test knows the task is running), then sleeps a minute. */
    public static final Task<String, Long> MARK_THEN_SLEEP = Task.of("test.markThenSleep", Codecs.STRING, Codecs.LONG, marker -> {
        Files.createFile(Path.of(marker));
        Thread.sleep(60_000);
        return 0L;
    });

    private static volatile String greeting = "not initialized";

    public static final Task<String, Void> INIT = Task.of("test.init", Codecs.STRING, Codecs.NONE, g -> {
        greeting = g;
        return null;
    });

    public static final Task<Integer, String> GREETING = Task.of("test.greeting", Codecs.INT, Codecs.STRING, x -> greeting);

    /** Defined here, deliberately left out of {@link #tasks()}: no worker knows it. */
    public static final Task<Long, Long> UNREGISTERED = Task.of("test.unregistered", Codecs.LONG, Codecs.LONG, x -> x);

    @Override
    public List<Task<?, ?>> tasks() {
        return List.of(SQUARE, SHOUT, LENGTHS, BYTES, READ_STDIN, PID, FAIL, EXIT, HOARD, MARK_THEN_SLEEP, INIT, GREETING);
    }
}
