package io.github.parbench.jmh.interleaved;

import io.github.parbench.process.JitCompilations;
import io.github.parbench.process.ParentWatch;
import io.github.parbench.workload.ScalingWorkload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves one build's contenders to an interleaved A/B driver ({@link ServedContenders}): a JVM on
 * that build's benchmarks.jar opens the contenders it is told, then times each entry the driver
 * asks for with its own clock, checks its own checksums and says how many JIT compilations finished
 * meanwhile in the contender's JVMs ({@link EntryProtocol} on stdin and stdout).
 *
 * <p>{@code java <kernel and JIT-counter flags> -cp benchmarks.jar
 * io.github.parbench.jmh.interleaved.EntryServer --workload countdown --size large --contenders
 * SERIAL:1,THREAD_POOL:2}. It ends when stdin closes or says {@code quit}, and (through
 * {@link ParentWatch}) when the driver is gone; its contenders are closed however it ends. Nothing
 * but protocol lines goes to stdout: anything else printed goes to stderr, the driver's log.
 *
 * <p>A bad option exits 2 with one line on stderr before anything opens.
 */
public final class EntryServer {

    static final int BAD_USAGE = 2;
    static final int FAILED = 1;
    /** Past C2's thresholds, like the harness's own instruments ({@link BlockExperiment}). */
    private static final int REHEARSALS = 20_000;

    private EntryServer() {
    }

    public static void main(String[] args) {
        PrintStream replies = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ParentWatch.start();
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(serve(requests, replies, System.err, args));
    }

    /** Serves until {@code quit} or the end of {@code requests}; returns the exit status. */
    static int serve(BufferedReader requests, PrintStream replies, PrintStream log, String... args) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            log.println("entry-server: " + e.getMessage());
            return BAD_USAGE;
        }
        ScalingWorkload scaling = options.workload();
        long n = options.n();
        try (JitCompilations harness = JitCompilations.ofThisJvm();
             Contenders contenders = Contenders.openEach(options.models(), options.workers(), harness)) {
            Thread closeOnExit = new Thread(contenders::close, "entry-server-close");
            Runtime.getRuntime().addShutdownHook(closeOnExit);
            long expected = scaling.workload().run(0, n);
            List<EntryTimer> timers = new ArrayList<>();
            List<Integer> jvms = new ArrayList<>();
            for (Contender c : contenders.list()) {
                timers.add(new LocalEntryTimer(c, scaling.workload(), n, expected, System::nanoTime));
                jvms.add(c.compilations().jvms());
            }
            rehearse(contenders.list());
            replies.println(new EntryProtocol.Ready(expected, jvms).line());
            replies.flush();
            for (String line = requests.readLine(); line != null; line = requests.readLine()) {
                EntryProtocol.Run run;
                try {
                    run = EntryProtocol.parseRun(line);
                } catch (RuntimeException e) {
                    replies.println(EntryProtocol.error(e.getMessage()));
                    replies.flush();
                    continue;
                }
                if (run == null) {
                    break;
                }
                replies.println(answer(run, contenders.list(), timers));
                replies.flush();
            }
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
            return 0;
        } catch (IOException | RuntimeException e) {
            log.println("entry-server: failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static String answer(EntryProtocol.Run run, List<Contender> contenders, List<EntryTimer> timers) {
        if (run.index() < 0 || run.index() >= contenders.size() || run.batch() < 1) {
            return EntryProtocol.error("no contender " + run.index() + " (0.." + (contenders.size() - 1)
                    + ") or a batch under 1 (" + run.batch() + ")");
        }
        Contender contender = contenders.get(run.index());
        try {
            long before = contender.compilations().finished();
            long nanos = timers.get(run.index()).time(run.batch());
            long after = contender.compilations().finished();
            return new EntryProtocol.Timed(nanos, before < 0 || after < 0 ? -1 : after - before).line();
        } catch (RuntimeException e) {
            return EntryProtocol.error(contender.label() + ": " + e.getMessage());
        }
    }

    /**
     * Runs the server's own path between two entries (reading and parsing a request, reading the
     * counters, writing a reply) past the JIT's thresholds before the first entry: otherwise its
     * compiles land during the warm-up, are counted against every contender served here, and keep
     * them from looking quiet.
     */
    private static void rehearse(List<Contender> contenders) throws IOException {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < REHEARSALS; i++) {
            script.append(new EntryProtocol.Run(i % Math.max(1, contenders.size()), 1 + i % 7).line()).append('\n');
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        BufferedReader lines = new BufferedReader(new StringReader(script.toString()));
        long sink = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            EntryProtocol.Run run = EntryProtocol.parseRun(line);
            long compiled = contenders.isEmpty() ? 0 : contenders.get(run.index()).compilations().finished();
            nowhere.println(new EntryProtocol.Timed(run.batch(), compiled).line());
            sink += compiled;
        }
        if (sink == 42) {
            throw new AssertionError(); // keeps the rehearsal from being optimized away
        }
    }
}
