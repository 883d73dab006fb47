package io.github.parbench.jmh.latency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The CPython reference's round trip, timed by CPython itself ({@code round_trip_latency.py}, one
 * interpreter per case, its {@code Pool} or echo thread made once) and asked for slice by slice, so
 * its slices fall between the JVM cases' in the same shuffled rounds and under the same load.
 *
 * <p>CPython times its own trips ({@code time.perf_counter_ns} around each one) and sends them back
 * after the slice: what the JVM adds (reading a line) is outside every trip. While a JVM case runs,
 * the interpreter waits on its stdin, as the JVM's pool waits while CPython runs.
 */
final class CPythonCase implements LatencyCase {

    private final String name;
    private final String path;
    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader replies;
    private final String version;
    private final Histogram rehearsal = LatencyExperiment.newHistogram();
    private final ByteArrayOutputStream rehearsalRequests = new ByteArrayOutputStream();
    private static final int REHEARSAL_COUNT = 8;
    private static final byte[] REHEARSAL_ANSWER = "61234 58810 240117 59002 1830044 60100 57750 62013\n"
            .getBytes(StandardCharsets.US_ASCII);

    private CPythonCase(String name, String path, Process process) throws IOException {
        this.name = name;
        this.path = path;
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII));
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String ready = replies.readLine();
        if (ready == null || !ready.startsWith("ready ")) {
            throw new IOException(ended("did not start", ready));
        }
        this.version = ready.substring("ready ".length());
    }

    /** {@code Pool(1).apply(echo, (x,))}. */
    static CPythonCase poolApply(String python, Path script) throws IOException {
        return start("cpythonPoolApply", "multiprocessing.Pool(1).apply: the caller's thread puts the task on the pool's"
                + " queue, the pool's task-handler thread writes it to the worker process's pipe, the pool's"
                + " result-handler thread reads the reply and wakes the caller; four threads, two processes",
                python, script, "apply");
    }

    /** A {@code queue.Queue} hand-off to an echo thread and back. */
    static CPythonCase queueHandOff(String python, Path script) throws IOException {
        return start("cpythonQueueHandOff", "queue.Queue: the caller puts x on a request queue, an echo thread gets it"
                + " and puts it on a reply queue, the caller gets it; two hand-offs between two threads (under the GIL)",
                python, script, "queue");
    }

    private static CPythonCase start(String name, String path, String python, Path script, String mode)
            throws IOException {
        Process process = new ProcessBuilder(python, script.toString(), "--case", mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            return new CPythonCase(name, path, process);
        } catch (IOException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String side() {
        return CPYTHON;
    }

    @Override
    public String path() {
        return path;
    }

    /** What the interpreter said it is: implementation, version, multiprocessing start method. */
    List<String> version() {
        return List.of(version.split(" "));
    }

    @Override
    public void trips(int count, Histogram into) throws IOException {
        requests.write(Integer.toString(count));
        requests.newLine();
        requests.flush();
        String line = replies.readLine();
        if (line == null) {
            throw new IOException(ended("ended during a slice", null));
        }
        int recorded = parse(line, into);
        if (recorded < 0) {
            throw new IOException(name + ": CPython answered with something other than trip times: " + line);
        }
        if (recorded != count) {
            throw new IOException(name + ": asked CPython for " + count + " round trips, got " + recorded);
        }
    }

    /** Records the space-separated nanoseconds of one answer; -1 when it holds anything else. */
    static int parse(String line, Histogram into) {
        int recorded = 0;
        long value = 0;
        boolean inNumber = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                inNumber = true;
            } else if (c == ' ' && inNumber) {
                into.recordValue(value);
                recorded++;
                value = 0;
                inNumber = false;
            } else if (c != ' ') {
                return -1;
            }
        }
        return recorded;
    }

    /**
     * Asks and reads a made-up answer through the same reader and writer classes, in memory: the
     * exchange runs once a slice, so slowly that its compilations (the JDK's encoder, decoder and
     * buffered streams, and the parse) would trickle in for minutes and keep this JVM from looking
     * quiet to every JVM case.
     */
    @Override
    public void rehearse() {
        try {
            rehearsalRequests.reset();
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(rehearsalRequests, StandardCharsets.US_ASCII));
            writer.write(Integer.toString(REHEARSAL_COUNT));
            writer.newLine();
            writer.flush();
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new ByteArrayInputStream(REHEARSAL_ANSWER), StandardCharsets.US_ASCII));
            rehearsal.reset();
            if (parse(reader.readLine(), rehearsal) != REHEARSAL_COUNT) {
                throw new AssertionError("the rehearsal's answer does not parse");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** CPython has no JIT: nothing to count. */
    @Override
    public long compilations() {
        return -1;
    }

    @Override
    public int jvms() {
        return 0;
    }

    /** Ends the interpreter (an empty line closes its pool) and its pool's worker with it. */
    @Override
    public void close() throws InterruptedException {
        try {
            requests.newLine();
            requests.close();
        } catch (IOException e) {
            // Already gone: nothing to tell it.
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String ended(String what, String said) {
        try {
            process.waitFor(2, TimeUnit.SECONDS); // its exit status, if it is on its way out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String status = process.isAlive() ? "still running" : "exit status " + process.exitValue();
        return name + ": the CPython process " + what + " (" + status + (said == null ? "" : ", said: " + said) + ")";
    }
}
