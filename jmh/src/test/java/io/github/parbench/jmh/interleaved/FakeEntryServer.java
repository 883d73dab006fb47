package io.github.parbench.jmh.interleaved;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * An entry server with no JVM behind it, on a thread over pipes: it speaks {@link EntryProtocol}
 * and answers each {@code run} with {@code batch * perOpNanos(index)} of simulated time, which it
 * also adds to a clock the driver reads, so nothing real is timed.
 */
final class FakeEntryServer implements AutoCloseable {

    private final Thread thread;
    private final ServedContenders served;

    /**
     * @param replies what to answer for a request, or null for the simulated time
     */
    FakeEntryServer(String build, List<String> models, List<Integer> workers, long checksum, AtomicLong clock,
                    IntFunction<Long> perOpNanos, IntFunction<String> replies) throws IOException {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer);
        PipedOutputStream serverOut = new PipedOutputStream();
        PipedInputStream fromServer = new PipedInputStream(serverOut);
        thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serverIn, StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(new OutputStreamWriter(serverOut, StandardCharsets.UTF_8), true)) {
                out.println(new EntryProtocol.Ready(checksum, models.stream().map(m -> 1).toList()).line());
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    EntryProtocol.Run run = EntryProtocol.parseRun(line);
                    if (run == null) {
                        return;
                    }
                    String reply = replies == null ? null : replies.apply(run.index());
                    if (reply == null) {
                        long nanos = run.batch() * perOpNanos.apply(run.index());
                        clock.addAndGet(nanos);
                        reply = new EntryProtocol.Timed(nanos, 0).line();
                    }
                    out.println(reply);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "fake-entry-server-" + build);
        thread.setDaemon(true);
        thread.start();
        served = new ServedContenders(build, new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8)),
                new OutputStreamWriter(toServer, StandardCharsets.UTF_8), null, models, workers);
    }

    ServedContenders served() {
        return served;
    }

    @Override
    public void close() throws InterruptedException {
        served.close();
        thread.join(5_000);
    }
}
