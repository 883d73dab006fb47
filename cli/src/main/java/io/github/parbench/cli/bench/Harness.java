package io.github.parbench.cli.bench;

import io.github.parbench.process.JitCompilations;
import io.github.parbench.workload.Kernels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A main in the benchmarks jar that times what a JMH benchmark cannot (its own timing loop, a
 * machine state it sets up) and writes a harness log to the file named after {@code --out}, which
 * bench turns into JMH-shaped JSON ({@link io.github.parbench.cli.harness.HarnessResults}). The
 * jar's {@code -lp} listing does not show such a main, so bench knows its harnesses by name; to
 * the rest of bench a harness is a suite like any other, one part with its own file.
 *
 * @param mainClass       the fully qualified main class
 * @param partName        the part's name, and its file's: {@code jmh-<partName>.json}
 * @param jvmOptions      options for the JVM that runs it, before the main class
 * @param args            its arguments for this run, without {@code --out}
 * @param expectedResults how many result objects a complete run of it writes
 * @param estimateSeconds a rough duration, for progress estimates only (all its JVMs together)
 * @param jvms            how many harness JVMs run it, one after another, the n-th with seed
 *                        {@code seed + n} (its args' {@code --seed}); their logs make one result file
 */
public record Harness(String mainClass, String partName, List<String> jvmOptions, List<String> args,
                      int expectedResults, double estimateSeconds, int jvms) {

    public Harness {
        if (jvms > 1 && !args.contains(SEED)) {
            throw new IllegalArgumentException("a harness run in " + jvms + " JVMs needs a " + SEED + " to vary");
        }
    }

    /** A harness run in one JVM. */
    public Harness(String mainClass, String partName, List<String> jvmOptions, List<String> args, int expectedResults,
                   double estimateSeconds) {
        this(mainClass, partName, jvmOptions, args, expectedResults, estimateSeconds, 1);
    }

    /**
     * One round trip of the latency harness on the development VM takes 5-50 us on the JVM (busy or
     * idle machine; taken at the slow end), CPython's {@code Pool.apply} 150-300 us; each case starts
     * its executor, worker JVM or interpreter, half a second at most. The warm-up runs until every
     * case is steady, which on the development VM took a few to tens of seconds: half its cap is
     * the estimate.
     */
    private static final double SECONDS_PER_ROUND_TRIP = 50e-6;
    private static final String SEED = "--seed";
    private static final double SECONDS_PER_CPYTHON_ROUND_TRIP = 300e-6;
    public static final String INTERLEAVED_MAIN = "io.github.parbench.jmh.interleaved.InterleavedScaling";
    /**
     * The interleaved harness's JVM: the kernels' flags the JMH forks and the pool's workers get, so
     * all of them run the same compiled kernel, and the flags that let it read every JVM's JIT
     * compilation counters (its warm-up waits for them to go quiet).
     */
    public static final List<String> INTERLEAVED_JVM_OPTIONS = Stream.concat(Arrays.stream(Kernels.JVM_FLAGS),
            Arrays.stream(JitCompilations.JVM_FLAGS)).toList();
    public static final String LATENCY_MAIN = "io.github.parbench.jmh.latency.RoundTripLatency";
    /** The latency harness's JVM: able to read its own and the pool's worker's JIT compilation counters. */
    public static final List<String> LATENCY_JVM_OPTIONS = List.of(JitCompilations.JVM_FLAGS);
    /** The latency harness's cases, named on its command line so that the count of results is known. */
    public static final List<String> LATENCY_CASES = List.of("processPoolApply", "threadPoolSubmit", "blockingQueueHandOff");
    /** The machine states it measures each case in. */
    public static final List<String> LATENCY_LOADS = List.of("idle", "busy");
    /** The CPython reference's cases, measured interleaved with ours when bench found python3. */
    public static final List<String> LATENCY_CPYTHON_CASES = List.of("cpythonPoolApply", "cpythonQueueHandOff");
    /** The CPython side's script, from the checkout's root (bench runs the harness there). */
    public static final String LATENCY_CPYTHON_SCRIPT = "scripts/python/round_trip_latency.py";
    /** Slices per case and load: enough rounds that a drift of the machine lands on every case alike. */
    public static final int LATENCY_SLICES = 10;
    /** The latency harness's warm-up stops here, steady or not (and says so). */
    public static final int LATENCY_WARMUP_CAP_SECONDS = 60;
    /** The latency harness's samples per case in the standard profile. */
    public static final int LATENCY_SAMPLES = 20_000;
    private static final double SECONDS_PER_CASE_SETUP = 0.5;
    private static final double JVM_START_SECONDS = 1.0;
    private static final double SPAWN_SECONDS = 0.15;

    public String simpleName() {
        return mainClass.substring(mainClass.lastIndexOf('.') + 1);
    }

    /** The arguments after {@code java -cp JAR}: JVM options, the main class, then its own. */
    public List<String> invocation() {
        List<String> invocation = new ArrayList<>(jvmOptions);
        invocation.add(mainClass);
        invocation.addAll(args);
        return invocation;
    }

    /** One {@link #invocation()} per harness JVM, each with the next seed: a fresh block order and fresh workers. */
    public List<List<String>> invocations() {
        if (jvms == 1) {
            return List.of(invocation());
        }
        int at = args.indexOf(SEED) + 1;
        long seed = Long.parseLong(args.get(at));
        List<List<String>> invocations = new ArrayList<>();
        for (int j = 0; j < jvms; j++) {
            List<String> mine = new ArrayList<>(args);
            mine.set(at, Long.toString(seed + j));
            List<String> invocation = new ArrayList<>(jvmOptions);
            invocation.add(mainClass);
            invocation.addAll(mine);
            invocations.add(invocation);
        }
        return invocations;
    }

    /**
     * The harnesses a run of this profile does, with the profile's sample counts.
     *
     * @param python the python3 that measures the CPython reference beside them; null for none
     */
    public static List<Harness> forProfile(Profile profile, String python) {
        return List.of(roundTripLatency(profile, python));
    }

    /**
     * Every case in both machine states (idle and busy), so each figure says which state it was
     * taken in, and with {@code python} CPython's {@code Pool.apply} and {@code queue.Queue}
     * round trips in the same interleaved slices.
     */
    public static Harness roundTripLatency(Profile profile, String python) {
        int samples = profile.latencySamples;
        List<String> cases = new ArrayList<>(LATENCY_CASES);
        if (python != null) {
            cases.addAll(LATENCY_CPYTHON_CASES);
        }
        int results = cases.size() * LATENCY_LOADS.size();
        List<String> args = new ArrayList<>(List.of("--samples", Integer.toString(samples),
                "--slices", Integer.toString(LATENCY_SLICES), "--warmup-cap", LATENCY_WARMUP_CAP_SECONDS + "s",
                "--load", String.join(",", LATENCY_LOADS), "--only", String.join(",", cases)));
        if (python != null) {
            args.addAll(List.of("--cpython", python));
        }
        int cpythonResults = python == null ? 0 : LATENCY_CPYTHON_CASES.size() * LATENCY_LOADS.size();
        double estimate = (results - cpythonResults) * (samples * SECONDS_PER_ROUND_TRIP + SECONDS_PER_CASE_SETUP)
                + cpythonResults * (samples * SECONDS_PER_CPYTHON_ROUND_TRIP + SECONDS_PER_CASE_SETUP)
                + LATENCY_WARMUP_CAP_SECONDS / 2.0 + JVM_START_SECONDS;
        return new Harness(LATENCY_MAIN, "RoundTripLatency", LATENCY_JVM_OPTIONS, args, results, estimate);
    }

    /**
     * Whether the harness opens THREAD_POOL_TWIN, the two-core A/A control: when THREAD_POOL runs on
     * 2 or more workers (the harness's {@code Contenders} decides the same).
     */
    static boolean hasTwoCoreTwin(List<String> models, List<Integer> workers) {
        return models.contains("THREAD_POOL") && workers.stream().anyMatch(k -> k >= 2);
    }

    /**
     * The interleaved scaling harness for one workload and size: SERIAL, its A/A twin and every
     * other model at every worker count, warmed until steady and measured to the profile's
     * precision within its budget ({@link Profile.Interleaved}), with the kernel flags the JMH forks
     * get so both measure the same compiled code; in as many harness JVMs as the profile says.
     *
     * @param serialMillis about how long one SERIAL operation takes, for the estimate
     */
    public static Harness interleavedScaling(Profile profile, String workload, String size, List<Integer> workers,
                                             List<String> models, long seed, double serialMillis) {
        List<String> others = models.stream().filter(m -> !m.equals(Planner.SERIAL)).toList();
        Profile.Interleaved plan = profile.interleaved;
        List<String> args = new ArrayList<>(List.of("--workload", workload, "--size", size,
                "--workers", workers.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--warmup", Integer.toString(plan.warmupRounds()), "--warmup-cap", plan.warmupCapSeconds() + "s",
                "--blocks", Integer.toString(plan.minBlocks()), "--precision", Double.toString(plan.precision()),
                "--budget", plan.budgetSeconds() + "s", SEED, Long.toString(seed)));
        args.addAll(List.of("--models", others.isEmpty() ? Planner.SERIAL : String.join(",", others)));
        int contenders = 2 + others.size() * workers.size() + (hasTwoCoreTwin(others, workers) ? 1 : 0);
        double perBlock = blockSeconds(contenders, others, workers, serialMillis);
        // Warm-up until steady takes about half its cap here; the precision target, about half the budget.
        double estimate = warmupSeconds(plan, perBlock)
                + Math.min(plan.budgetSeconds(), Math.max(plan.minBlocks() * perBlock, plan.budgetSeconds() / 2.0))
                + jvmStartSeconds(others, workers);
        return new Harness(INTERLEAVED_MAIN, "InterleavedScaling-" + workload + "-" + size,
                INTERLEAVED_JVM_OPTIONS, args, contenders, estimate * plan.jvms(), plan.jvms());
    }

    /**
     * Seconds one block takes: a process spawn costs a JVM start per worker (0.15-0.2 s each here)
     * whatever the size; the rest cost about a serial operation each (or a 5 ms batch), less with
     * more workers.
     */
    private static double blockSeconds(int contenders, List<String> others, List<Integer> workers, double serialMillis) {
        return contenders * Math.max(serialMillis, 5) / 1000.0
                + (others.contains("PROCESS_SPAWN") ? workers.size() * SPAWN_SECONDS : 0);
    }

    private static double warmupSeconds(Profile.Interleaved plan, double perBlock) {
        return Math.min(plan.warmupCapSeconds(), plan.warmupRounds() * perBlock + plan.warmupCapSeconds() / 2.0);
    }

    private static double jvmStartSeconds(List<String> others, List<Integer> workers) {
        return JVM_START_SECONDS + (others.contains("PROCESS_POOL") ? workers.size() * JVM_START_SECONDS : 0);
    }

    /**
     * The interleaved harness as an A/B run against the baseline's jar ({@code --baseline-jar}): the
     * same warm-up, SERIAL and every other model at every worker count once per build (no twin:
     * each contender's candidate/baseline ratio is its own A/A check when nothing changed), each
     * build served by a JVM on its own jar. Each block holds twice the entries, so twice the time.
     */
    public static Harness interleavedAb(Profile profile, String workload, String size, List<Integer> workers,
                                        List<String> models, long seed, double serialMillis, String baselineJar) {
        Harness plain = interleavedScaling(profile, workload, size, workers, models, seed, serialMillis);
        // A fixed number of blocks, the profile's, not its precision stop: compare judges these ratios
        // with its own sign test and Holm's correction, which assume a sample size fixed in advance
        // (a stop on the intervals' width would need an anytime interval there too).
        int blocks = profile.interleaved.abBlocks();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < plain.args().size(); i++) {
            String arg = plain.args().get(i);
            if (arg.equals("--precision") || arg.equals("--budget")) {
                i++;
            } else if (arg.equals("--blocks")) {
                args.addAll(List.of(arg, Integer.toString(blocks)));
                i++;
            } else {
                args.add(arg);
            }
        }
        args.addAll(List.of("--baseline-jar", baselineJar));
        List<String> others = models.stream().filter(m -> !m.equals(Planner.SERIAL)).toList();
        int perBuild = 1 + others.size() * workers.size();
        // Each block holds both builds' entries of every contender; both builds warm up and start.
        double perBlock = blockSeconds(2 * perBuild, others, workers, serialMillis)
                + (others.contains("PROCESS_SPAWN") ? workers.size() * SPAWN_SECONDS : 0);
        double estimate = warmupSeconds(profile.interleaved, perBlock) + blocks * perBlock + 2 * jvmStartSeconds(others, workers);
        return new Harness(plain.mainClass(), plain.partName(), plain.jvmOptions(), args, 2 * perBuild, estimate);
    }
}
