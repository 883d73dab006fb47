package io.github.parbench.jmh.latency;

import io.github.parbench.jmh.HarnessLog;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import joptsimple.OptionException;
import joptsimple.OptionParser;
import joptsimple.OptionSet;
import joptsimple.OptionSpec;
import org.HdrHistogram.Histogram;

/**
 * Round trip of one tiny task: {@code ProcessPool.apply} vs a thread pool vs a {@code BlockingQueue}
 * hand-off between two threads.
 *
 * <p><b>What is measured.</b> The time from handing an echo task to another worker until its
 * answer is back in the caller's hands, one round trip at a time (a closed loop, so a slow trip
 * delays the next rather than queueing behind it), recorded per trip in an HdrHistogram and
 * reported as p50, p90, p99, p99.9 and max:
 * <ul>
 * <li>{@code processPoolApply}: {@code ProcessPool.apply(ECHO, x)} on one worker JVM. With nothing
 *     queued the caller's own thread writes the request to the worker's pipe and reads the reply:
 *     a trip is two pipe crossings, each waking the thread on the other side;</li>
 * <li>{@code threadPoolSubmit}: {@code submit(() -> x).get()} on a one-thread executor;</li>
 * <li>{@code blockingQueueHandOff}: {@code put} on a request queue, an echo thread {@code take}s
 *     and {@code put}s on a reply queue, the caller {@code take}s.</li>
 * </ul>
 * Each runs with the machine otherwise idle ({@code load=idle}) and with one extra thread
 * spinning ({@code load=busy}).
 *
 * <p><b>Why a harness and not a JMH benchmark.</b> JMH's SampleTime mode keeps its own histogram;
 * parbench records in HdrHistogram, and wants control of the machine's state (the background load
 * has to be running exactly while the trips are timed, and the echo thread must not be one of
 * JMH's benchmark threads). So this main times the trips itself and writes each case's histogram
 * (HdrHistogram's own compressed encoding) into a {@link HarnessLog}; the parbench CLI turns them
 * into JMH-shaped JSON ({@code mode} "sample", {@code primaryMetric.scorePercentiles}, unit us/op,
 * the load as a param) so that the report and compare tools read it like any suite.
 *
 * <p><b>What to expect.</b> The lecture measured CPython on 2 cores: {@code Pool.apply} p50 242 us,
 * p99 2.26 ms; a {@code queue.Queue} round trip p50 58 us. On the JVM both hand-offs park and wake
 * threads; on virtual machines an idle CPU takes tens of microseconds to wake, a busy one a few, so
 * figures are bimodal between the idle and busy states. The pool's trip costs about what the
 * thread pool's does plus a worker JVM's read and write (measured on the shared 2-core VM: p50
 * about 9 us against 5 us). Routing {@code apply} through the pool's own thread, as it first did,
 * added two thread hand-offs: p50 17-22 us. Which state a figure was taken in matters more than the code: always report
 * the {@code load} param beside it.
 *
 * <p><b>Spin-before-block</b> ({@code --spin-us}, {@code ProcessPool.Builder.spinMicros}): the
 * caller, the pool's thread and the worker poll for a while before they park or block on the
 * pipe. Measured on the shared 2-core development VM (load average 7 to 14 from other jobs, so
 * rough), before {@code apply} ran on the caller's thread: without spin the pool's p50 was 18-46
 * us; spinning 5 us gave 36-37 us, 20 us gave 60-104 us, 60 us gave 263 us. After: no spin 8-10 us,
 * 5 us of spin 17-19 us. With more runnable threads than cores a spinning thread takes the CPU the
 * thread it waits for needs, so the pool does not spin by default. On a node with idle cores the
 * trade-off may flip: measure with this option before turning it on.
 *
 * <p>Run: {@code scripts/parbench latency --out latency.json} (the CLI starts this main in a child
 * JVM and converts its log); {@code java -cp jmh/target/benchmarks.jar
 * io.github.parbench.jmh.latency.RoundTripLatency --out LOG} writes the log itself.
 */
public final class RoundTripLatency {

    public static final int DEFAULT_SAMPLES = 20_000;
    public static final int DEFAULT_WARMUP = 20_000;
    static final String HARNESS = "latency";
    static final int BAD_USAGE = 2;

    /** The machine states a run can measure in; the names are what {@code --load} takes. */
    public enum Load { idle, busy }

    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 100};

    private static final OptionParser PARSER = new OptionParser();
    private static final OptionSpec<Integer> SAMPLES = PARSER.accepts("samples", "timed round trips per case")
            .withRequiredArg().ofType(Integer.class).defaultsTo(DEFAULT_SAMPLES);
    private static final OptionSpec<Integer> WARMUP = PARSER.accepts("warmup", "untimed round trips first")
            .withRequiredArg().ofType(Integer.class).defaultsTo(DEFAULT_WARMUP);
    private static final OptionSpec<Load> LOADS = PARSER.accepts("load", "machine states to measure in: idle, busy")
            .withRequiredArg().ofType(Load.class).withValuesSeparatedBy(',').defaultsTo(Load.idle, Load.busy);
    private static final OptionSpec<String> ONLY = PARSER.accepts("only",
            "only these cases: processPoolApply, threadPoolSubmit, blockingQueueHandOff").withRequiredArg()
            .withValuesSeparatedBy(',');
    private static final OptionSpec<Long> SPIN_US = PARSER.accepts("spin-us", "ProcessPool spin-before-block in microseconds")
            .withRequiredArg().ofType(Long.class).defaultsTo(0L);
    private static final OptionSpec<String> OUT = PARSER.accepts("out", "write the histogram log here").withRequiredArg();
    private static final OptionSpec<Void> HELP = PARSER.acceptsAll(List.of("h", "help"), "this help").forHelp();

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream console, PrintStream err) throws Exception {
        OptionSet set;
        try {
            set = PARSER.parse(args);
            if (set.has(HELP)) {
                PARSER.printHelpOn(console);
                return 0;
            }
            if (set.valueOf(SAMPLES) < 1 || set.valueOf(WARMUP) < 0) {
                throw new IllegalArgumentException("--samples must be >= 1 and --warmup >= 0");
            }
            if (!set.nonOptionArguments().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument " + set.nonOptionArguments().get(0));
            }
        } catch (OptionException | IllegalArgumentException e) {
            err.println("round-trip-latency: " + e.getMessage() + " (see --help)");
            return BAD_USAGE;
        }
        Map<String, Supplier<RoundTrip>> cases = cases(set.valueOf(SPIN_US));
        for (String name : set.valuesOf(ONLY)) {
            if (!cases.containsKey(name)) {
                err.println("round-trip-latency: --only: unknown case '" + name + "' (known: "
                        + String.join(", ", cases.keySet()) + ")");
                return BAD_USAGE;
            }
        }
        if (set.has(ONLY)) {
            cases.keySet().retainAll(set.valuesOf(ONLY));
        }
        int samples = set.valueOf(SAMPLES);
        int warmup = set.valueOf(WARMUP);
        HarnessLog log = new HarnessLog(HARNESS).setting("samples", samples).setting("warmup", warmup)
                .setting("spinMicros", set.valueOf(SPIN_US));
        console.printf("%-22s %-5s %9s %9s %9s %9s %9s  (us; %d samples each)%n",
                "round trip", "load", "p50", "p90", "p99", "p99.9", "max", samples);
        for (Load load : set.valuesOf(LOADS)) {
            for (Supplier<RoundTrip> make : cases.values()) {
                try (RoundTrip trip = make.get()) {
                    Histogram h = measure(trip, load, samples, warmup);
                    LatencyResult r = new LatencyResult(trip.name(), load.name(), h, PERCENTILES);
                    console.printf("%-22s %-5s %9.1f %9.1f %9.1f %9.1f %9.1f%n", trip.name(), load,
                            r.micros(50), r.micros(90), r.micros(99), r.micros(99.9), r.micros(100));
                    log.record("histogram", trip.name(), load.name(), encode(h));
                }
            }
        }
        console.println("CPython 3.11 on 2 cores (the lecture): Pool.apply p50 242 us, p99 2260 us; queue.Queue p50 58 us");
        if (set.has(OUT)) {
            log.writeTo(Path.of(set.valueOf(OUT)));
            console.println("histogram log: " + Path.of(set.valueOf(OUT)).toAbsolutePath());
        }
        return 0;
    }

    /** The case names a run without {@code --only} measures, in order: one result per case and load. */
    public static List<String> caseNames() {
        return List.copyOf(cases(0).keySet());
    }

    private static Map<String, Supplier<RoundTrip>> cases(long spinMicros) {
        Map<String, Supplier<RoundTrip>> cases = new LinkedHashMap<>();
        cases.put("processPoolApply", () -> new PoolApply(spinMicros));
        cases.put("threadPoolSubmit", ThreadPoolSubmit::new);
        cases.put("blockingQueueHandOff", QueueHandOff::new);
        return cases;
    }

    /** HdrHistogram's own compressed form, in Base64 so that it fits on one line of the log. */
    private static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }

    private static Histogram measure(RoundTrip trip, Load load, int samples, int warmup) throws Exception {
        Histogram h = new Histogram(10_000_000_000L, 3);
        try (BackgroundLoad ignored = load == Load.busy ? new BackgroundLoad() : null) {
            for (int i = 0; i < warmup; i++) {
                check(trip, i, trip.roundTrip(i));
            }
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                long echoed = trip.roundTrip(i);
                h.recordValue(System.nanoTime() - start);
                check(trip, i, echoed);
            }
        }
        return h;
    }

    private static void check(RoundTrip trip, long sent, long echoed) {
        if (sent != echoed) {
            throw new IllegalStateException(trip.name() + " echoed " + echoed + " for " + sent);
        }
    }
}
