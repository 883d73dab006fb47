package io.github.parbench.jmh.latency;

import io.github.parbench.jmh.HarnessLog;
import io.github.parbench.process.JitCompilations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * <p><b>The CPython reference, in the same run</b> ({@code --cpython PYTHON}): the lecture's
 * {@code multiprocessing.Pool(1).apply} ({@code cpythonPoolApply}) and {@code queue.Queue} hand-off
 * ({@code cpythonQueueHandOff}), each in an interpreter running {@code scripts/python/round_trip_latency.py},
 * which times its own trips and sends them back slice by slice. Why the harness runs it as one more
 * case rather than the CLI alternating two programs: one schedule, one warm-up rule and one load
 * switch then serve both sides, and every process stays up between slices (a pool made once, as
 * ours is), so neither side pays a start-up the other does not.
 *
 * <p><b>Interleaved slices.</b> Every (case, load) runs in {@code --slices} slices of round trips;
 * each round runs one slice of every (case, load) in an order drawn from {@code --seed}, and a
 * (case, load)'s slices are merged into one histogram ({@link LatencyExperiment}). Before that,
 * warm-up rounds in the same manner until each is warm: its median trip has settled and no JIT
 * compilation finished in its JVMs (this one, and the pool's worker) for the later half of its
 * warm-up, or {@code --warmup-cap}; the compilations that still finished while it was measured are
 * logged and land in its result.
 *
 * <p><b>Why a harness and not a JMH benchmark.</b> JMH's SampleTime mode keeps its own histogram;
 * parbench records in HdrHistogram, and wants control of the machine's state (the background load
 * has to be running exactly while the trips are timed, and the echo thread must not be one of
 * JMH's benchmark threads). So this main times the trips itself and writes each case's histogram
 * (HdrHistogram's own compressed encoding) into a {@link HarnessLog}; the parbench CLI turns them
 * into JMH-shaped JSON ({@code mode} "sample", {@code primaryMetric.scorePercentiles}, unit us/op,
 * the load as a param) so that the report and compare tools read it like any suite.
 *
 * <p><b>What to expect.</b> On the JVM both hand-offs park and wake threads, and so do CPython's
 * (whose {@code Pool.apply} also goes through the pool's two handler threads); on virtual machines an idle CPU takes tens of microseconds to wake, a busy one a few, so
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
 * JVM, with {@code --cpython} when it finds python3, and converts its log); {@code java -cp jmh/target/benchmarks.jar
 * io.github.parbench.jmh.latency.RoundTripLatency --out LOG} writes the log itself.
 */
public final class RoundTripLatency {

    public static final int DEFAULT_SAMPLES = 20_000;
    public static final int DEFAULT_SLICES = 10;
    public static final String DEFAULT_CPYTHON_SCRIPT = "scripts/python/round_trip_latency.py";
    static final String HARNESS = "latency";
    static final int BAD_USAGE = 2;
    static final int FAILED = 1;

    /** The machine states a run can measure in; the names are what {@code --load} takes. */
    public enum Load { idle, busy }

    private static final double[] SHOWN = {50, 90, 99, 99.9};

    private static final OptionParser PARSER = new OptionParser();
    private static final OptionSpec<Integer> SAMPLES = PARSER.accepts("samples",
            "timed round trips per case and load (rounded up to whole slices)")
            .withRequiredArg().ofType(Integer.class).defaultsTo(DEFAULT_SAMPLES);
    private static final OptionSpec<Integer> SLICES = PARSER.accepts("slices",
            "measured slices per case and load, interleaved with every other case's")
            .withRequiredArg().ofType(Integer.class).defaultsTo(DEFAULT_SLICES);
    private static final OptionSpec<String> WARMUP_CAP = PARSER.accepts("warmup-cap",
            "warm up until every case is steady, but no longer than this many seconds (60 or 60s)")
            .withRequiredArg().defaultsTo("60s");
    private static final OptionSpec<Integer> MIN_WARMUP = PARSER.accepts("min-warmup-trips",
            "round trips each JVM case warms for in each load at least, whatever the rule says")
            .withRequiredArg().ofType(Integer.class).defaultsTo(LatencyExperiment.MIN_JIT_WARMUP_TRIPS);
    private static final OptionSpec<Long> SEED = PARSER.accepts("seed", "seeds the order of the slices")
            .withRequiredArg().ofType(Long.class).defaultsTo(1L);
    private static final OptionSpec<Load> LOADS = PARSER.accepts("load", "machine states to measure in: idle, busy")
            .withRequiredArg().ofType(Load.class).withValuesSeparatedBy(',').defaultsTo(Load.idle, Load.busy);
    private static final OptionSpec<String> ONLY = PARSER.accepts("only",
            "only these cases: processPoolApply, threadPoolSubmit, blockingQueueHandOff, and with --cpython"
                    + " cpythonPoolApply, cpythonQueueHandOff").withRequiredArg().withValuesSeparatedBy(',');
    private static final OptionSpec<String> CPYTHON = PARSER.accepts("cpython",
            "also measure CPython's Pool.apply and queue.Queue round trips with this python3, interleaved")
            .withRequiredArg();
    private static final OptionSpec<String> CPYTHON_SCRIPT = PARSER.accepts("cpython-script",
            "the CPython side's script").withRequiredArg().defaultsTo(DEFAULT_CPYTHON_SCRIPT);
    private static final OptionSpec<Long> SPIN_US = PARSER.accepts("spin-us", "ProcessPool spin-before-block in microseconds")
            .withRequiredArg().ofType(Long.class).defaultsTo(0L);
    private static final OptionSpec<String> OUT = PARSER.accepts("out", "write the histogram log here").withRequiredArg();
    private static final OptionSpec<Void> HELP = PARSER.acceptsAll(List.of("h", "help"), "this help").forHelp();

    /** Makes one case; it may start a process. */
    private interface Maker {
        LatencyCase make() throws IOException;
    }

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
            seconds(set.valueOf(WARMUP_CAP));
            if (set.valueOf(SAMPLES) < 1 || set.valueOf(SLICES) < 1 || set.valueOf(MIN_WARMUP) < 0) {
                throw new IllegalArgumentException("--samples and --slices must be >= 1, --min-warmup-trips >= 0");
            }
            if (!set.nonOptionArguments().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument " + set.nonOptionArguments().get(0));
            }
            if (set.has(CPYTHON) && !Files.isRegularFile(Path.of(set.valueOf(CPYTHON_SCRIPT)))) {
                throw new IllegalArgumentException("--cpython-script: no such file: " + set.valueOf(CPYTHON_SCRIPT)
                        + " (run from the repository's root, or name it)");
            }
        } catch (OptionException | IllegalArgumentException e) {
            err.println("round-trip-latency: " + e.getMessage() + " (see --help)");
            return BAD_USAGE;
        }
        JitCompilations harness = JitCompilations.ofThisJvm();
        JitCompilations.whyUnavailable().ifPresent(why -> err.println("round-trip-latency: " + why));
        Map<String, Maker> cases = cases(set.valueOf(SPIN_US), harness);
        Map<String, Maker> cpython = set.has(CPYTHON)
                ? cpythonCases(set.valueOf(CPYTHON), Path.of(set.valueOf(CPYTHON_SCRIPT))) : Map.of();
        cases.putAll(cpython);
        for (String name : set.valuesOf(ONLY)) {
            if (!cases.containsKey(name)) {
                boolean needsPython = name.startsWith("cpython") && !set.has(CPYTHON);
                err.println("round-trip-latency: --only: " + (needsPython ? "case '" + name + "' needs --cpython PYTHON"
                        : "unknown case '" + name + "' (known: " + String.join(", ", cases.keySet()) + ")"));
                return BAD_USAGE;
            }
        }
        if (set.has(ONLY)) {
            cases.keySet().retainAll(set.valuesOf(ONLY));
        }
        int slices = set.valueOf(SLICES);
        int tripsPerSlice = (set.valueOf(SAMPLES) + slices - 1) / slices;
        LatencyExperiment.Settings settings = new LatencyExperiment.Settings(slices, tripsPerSlice,
                (long) (seconds(set.valueOf(WARMUP_CAP)) * 1e9), set.valueOf(SEED),
                set.valueOf(MIN_WARMUP));
        HarnessLog log = new HarnessLog(HARNESS).setting("samples", slices * tripsPerSlice).setting("slices", slices)
                .setting("tripsPerSlice", tripsPerSlice).setting("seed", settings.seed())
                .setting("warmupRule", "steady state").setting("warmupCapSeconds", seconds(set.valueOf(WARMUP_CAP)))
                .setting("warmupEntryTrips", settings.warmupEntryTrips())
                .setting("minJitWarmupTrips", settings.minJitWarmupTrips()).setting("spinMicros", set.valueOf(SPIN_US));
        List<LatencyCase> opened = new ArrayList<>();
        try {
            for (Maker maker : cases.values()) {
                opened.add(maker.make());
            }
            for (LatencyCase c : opened) {
                if (c instanceof CPythonCase python) {
                    List<String> version = python.version();
                    log.setting("cpythonExecutable", set.valueOf(CPYTHON)).setting("cpythonImplementation", version.get(0))
                            .setting("cpythonVersion", version.get(1)).setting("cpythonStartMethod", version.get(2));
                }
            }
            List<LatencyExperiment.Contender> contenders = new ArrayList<>();
            for (Load load : set.valuesOf(LOADS)) {
                for (LatencyCase c : opened) {
                    contenders.add(new LatencyExperiment.Contender(c, load));
                }
            }
            try (BackgroundLoad busy = new BackgroundLoad()) {
                LatencyExperiment experiment = new LatencyExperiment(System::nanoTime,
                        load -> load == Load.busy ? busy.on() : null, line -> err.println("round-trip-latency: " + line));
                List<LatencyExperiment.Measured> measured = experiment.run(contenders, settings);
                report(console, log, contenders, measured, settings);
            }
        } catch (IOException e) {
            err.println("round-trip-latency: " + e.getMessage());
            return FAILED;
        } finally {
            for (LatencyCase c : opened) {
                c.close();
            }
            harness.close();
        }
        if (set.has(OUT)) {
            log.writeTo(Path.of(set.valueOf(OUT)));
            console.println("histogram log: " + Path.of(set.valueOf(OUT)).toAbsolutePath());
        }
        return 0;
    }

    private static void report(PrintStream console, HarnessLog log, List<LatencyExperiment.Contender> contenders,
                               List<LatencyExperiment.Measured> measured, LatencyExperiment.Settings settings) {
        console.printf("%-22s %-7s %-5s %9s %9s %9s %9s %9s %9s  (us; %d slices of %d round trips each, interleaved)%n",
                "round trip", "side", "load", "p50", "p90", "p99", "p99.9", "max", "compiled", settings.slices(),
                settings.tripsPerSlice());
        Map<String, String> paths = new LinkedHashMap<>();
        for (int i = 0; i < contenders.size(); i++) {
            LatencyCase c = contenders.get(i).trips();
            String load = contenders.get(i).load().name();
            LatencyExperiment.Measured m = measured.get(i);
            Histogram h = m.histogram();
            StringBuilder row = new StringBuilder(String.format("%-22s %-7s %-5s", c.name(), c.side(), load));
            for (double p : SHOWN) {
                row.append(String.format(" %9.1f", h.getValueAtPercentile(p) / 1e3));
            }
            row.append(String.format(" %9.1f %9s", h.getMaxValue() / 1e3, m.compilations() < 0 ? "-" : m.compilations()));
            if (m.warmup().wasCapHit()) {
                row.append("  (warm-up cap hit)");
            }
            console.println(row);
            if (paths.put(c.name(), c.path()) == null) {
                log.record("case", c.name(), c.side(), c.path());
            }
            log.record("histogram", c.name(), load, encode(h));
            WarmupTrack w = m.warmup();
            log.record("measured", c.name(), load, Arrays.stream(m.positions()).mapToObj(String::valueOf)
                            .collect(Collectors.joining(",")), w.entries(), w.millis(), w.wasCapHit(), w.compilations(),
                    c.jvms(), m.compilations());
            for (int s = 0; s < m.sliceMedians().length; s++) {
                log.record("slice", c.name(), load, s, m.positions()[s], m.sliceMedians()[s]);
            }
        }
        console.println("compiled: JIT compilations that finished while the case was measured, in every JVM it runs in"
                + " (- for CPython, which has no JIT)");
        paths.forEach((name, path) -> console.println(name + ": " + path));
    }

    /** {@code --warmup-cap}'s seconds: {@code 60} or {@code 60s}, positive. */
    private static double seconds(String text) {
        String digits = text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
        try {
            double seconds = Double.parseDouble(digits);
            if (seconds > 0 && seconds < 1e6) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--warmup-cap: '" + text + "' is not a number of seconds such as 60s");
    }

    /** The JVM case names a run without {@code --only} measures, in order: one result per case and load. */
    public static List<String> caseNames() {
        return List.copyOf(cases(0, null).keySet());
    }

    /** The CPython case names {@code --cpython} adds. */
    public static List<String> cpythonCaseNames() {
        return List.copyOf(cpythonCases("python3", Path.of(DEFAULT_CPYTHON_SCRIPT)).keySet());
    }

    private static Map<String, Maker> cases(long spinMicros, JitCompilations harness) {
        Map<String, Maker> cases = new LinkedHashMap<>();
        cases.put("processPoolApply", () -> new JvmCase(new PoolApply(spinMicros), harness));
        cases.put("threadPoolSubmit", () -> new JvmCase(new ThreadPoolSubmit(), harness));
        cases.put("blockingQueueHandOff", () -> new JvmCase(new QueueHandOff(), harness));
        return cases;
    }

    private static Map<String, Maker> cpythonCases(String python, Path script) {
        Map<String, Maker> cases = new LinkedHashMap<>();
        cases.put("cpythonPoolApply", () -> CPythonCase.poolApply(python, script));
        cases.put("cpythonQueueHandOff", () -> CPythonCase.queueHandOff(python, script));
        return cases;
    }

    /** HdrHistogram's own compressed form, in Base64 so that it fits on one line of the log. */
    private static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }
}
