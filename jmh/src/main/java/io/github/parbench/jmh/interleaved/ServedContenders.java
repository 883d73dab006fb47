package io.github.parbench.jmh.interleaved;

import io.github.parbench.process.ChildJvm;
import io.github.parbench.process.Children;
import io.github.parbench.process.JitCompilations;
import io.github.parbench.workload.Kernels;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The driver's side of one build's {@link EntryServer}: its contenders as {@link Contender}s whose
 * entries the server times ({@link EntryProtocol}), so an interleaved A/B run puts them in the same
 * blocks as the other build's. Each request waits for its reply, so the server runs nothing while
 * the other build's entry is timed.
 */
final class ServedContenders implements AutoCloseable {

    /** Time a server may take to close its contenders and exit after {@code quit}. */
    private static final long CLOSE_SECONDS = 10;

    private final String build;
    private final BufferedReader replies;
    private final Writer requests;
    private final Process process;
    private final EntryProtocol.Ready ready;
    private final List<Contender> contenders = new ArrayList<>();
    private boolean closed;

    /**
     * Starts a server for {@code build} on {@code classPath} (its benchmarks jar) with the flags the
     * interleaved harness's own JVM gets (the kernels' and the JIT counters'), and waits until its
     * contenders are open.
     */
    static ServedContenders start(String build, String classPath, String workload, String size, List<String> models,
                                  List<Integer> workers) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(Kernels.JVM_FLAGS));
        command.addAll(Arrays.asList(JitCompilations.JVM_FLAGS));
        command.add("-D" + ChildJvm.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.addAll(List.of("-cp", classPath, EntryServer.class.getName(), "--workload", workload, "--size", size,
                "--contenders", ServerOptions.contenders(models, workers)));
        Process process;
        try {
            process = Children.register(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + build + "'s entry server: " + String.join(" ", command), e);
        }
        try {
            return new ServedContenders(build, new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)), new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                    process, models, workers);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * Talks to a server over these streams ({@code process} null for one that is not a process, as
     * in tests); returns once it has said it is ready.
     */
    ServedContenders(String build, BufferedReader replies, Writer requests, Process process, List<String> models,
                     List<Integer> workers) {
        this.build = build;
        this.replies = replies;
        this.requests = requests;
        this.process = process;
        String first = readLine();
        try {
            this.ready = EntryProtocol.parseReady(first, models.size());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the " + build + "'s entry server did not start: " + e.getMessage());
        }
        for (int i = 0; i < models.size(); i++) {
            int index = i;
            Served compilations = new Served(ready.jvms().get(i));
            contenders.add(new Contender(models.get(i), workers.get(i), null, compilations,
                    times -> time(index, times, compilations)));
        }
    }

    /** Which build it serves: what its messages and the results call it. */
    String build() {
        return build;
    }

    /** Serial's checksum of the workload, as this build computes it. */
    long checksum() {
        return ready.checksum();
    }

    /** Its contenders, in the order they were asked for. */
    List<Contender> contenders() {
        return List.copyOf(contenders);
    }

    private synchronized long time(int index, int times, Served compilations) {
        try {
            requests.write(new EntryProtocol.Run(index, times).line() + "\n");
            requests.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the " + build + "'s entry server cannot be asked (" + e.getMessage()
                    + "): " + ended());
        }
        EntryProtocol.Timed timed;
        try {
            timed = EntryProtocol.parseTimed(readLine());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(build + ": " + e.getMessage());
        }
        compilations.add(timed.compilations());
        return timed.nanos();
    }

    private String readLine() {
        try {
            String line = replies.readLine();
            if (line == null) {
                throw new IllegalStateException("the " + build + "'s entry server " + ended());
            }
            return line;
        } catch (IOException e) {
            throw new IllegalStateException("the " + build + "'s entry server cannot be read (" + e.getMessage() + ")");
        }
    }

    private String ended() {
        if (process == null) {
            return "ended";
        }
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return "ended with exit status " + process.exitValue() + " (its stderr is above)";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "stopped answering";
    }

    /** Asks the server to quit, and makes sure it and its workers are gone. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            requests.write(EntryProtocol.QUIT + "\n");
            requests.close();
        } catch (IOException e) {
            // gone already: the wait below says so
        }
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(CLOSE_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(CLOSE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A served contender's compilations as its server counts them: the sum of what each entry
     * reported, unknown (-1) right after an entry whose count was not known (a pool's workers still
     * booting), like the local {@link CountedJvms}.
     */
    private static final class Served implements JvmCompilations {
        private final int jvms;
        private long total;
        private boolean unknown;

        Served(int jvms) {
            this.jvms = jvms;
        }

        void add(long compilations) {
            unknown = compilations < 0;
            if (!unknown) {
                total += compilations;
            }
        }

        @Override
        public long finished() {
            return unknown ? -1 : total;
        }

        @Override
        public int jvms() {
            return jvms;
        }
    }
}
