package io.github.parbench.cli.bench;

import io.github.parbench.format.InterleavedAb;
import io.github.parbench.format.RunFiles;
import io.github.parbench.format.RunPart;

import io.github.parbench.exec.Model;
import io.github.parbench.workload.ScalingWorkload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a profile, the jar's suites and the usable cores into parts.
 *
 * <p>The interleaved harness comes first, once per workload and size: its speedups are the ones a
 * drifting machine cannot bias. Then the scaling suites, in rounds: each round runs one fork of
 * every (suite, model) in an order drawn from the plan's seed, as many rounds as the profile has
 * forks, so no model is always measured first or last, or always in the same minute. Each fork is
 * its own part and file ({@code rounds/<Suite>/round-<r>-<MODEL>.json}; the report merges a model's
 * rounds), so an interrupted run loses at most one fork. SERIAL ignores the worker count, so it
 * runs once per size with {@code workers=1} (the speedup baseline) instead of once per count.
 * Any other suite is one part with its own params and forks, and so is a {@link Harness}.
 * The scaling suites run with {@link CompilationProfiler} where their jar has it, so each result
 * says how many JIT compilations finished in the fork and its worker JVMs while it was measured.
 */
public final class Planner {

    static final String SERIAL = Model.SERIAL.name();
    static final String PYTHON_SCRIPT = "scripts/python/lecture_bench.py";
    private static final List<String> PYTHON_WORKLOADS = List.of("countdown", "sqrt");
    /** CPython models other than SERIAL, as the JMH suites name them. */
    private static final List<String> PYTHON_PARALLEL_MODELS =
            Stream.of(Model.THREADS, Model.PROCESS_SPAWN, Model.PROCESS_POOL).map(Enum::name).toList();
    private static final List<String> SIZES = List.of("large", "small");
    /** What {@code --suites} calls the interleaved harness. */
    static final String INTERLEAVED = "InterleavedScaling";
    /**
     * About one SERIAL operation at each size, for the interleaved harness's time estimate (measured
     * on the 2-vCPU development VM: countdown(50M) 15-19 ms, sqrt(10M) 25-27 ms; the small sizes
     * 0.07-0.3 ms).
     */
    private static final Map<String, Double> SERIAL_MILLIS = Map.of("large", 22.0, "small", 0.2);
    /**
     * The model whose worker JVMs a scaling suite warms in its setup until they stop compiling, and
     * that warm-up's cap in seconds (jmh's WorkerJvmWarmup; at the large sizes it is usually reached).
     */
    private static final String WORKER_JVM_MODEL = Model.PROCESS_POOL.name();
    private static final double WORKER_WARMUP_SECONDS = 5.0;

    private final Profile profile;
    private final List<Integer> workers;
    private final Selection selection;
    private final long seed;
    private final Set<String> jarsWithCompilationProfiler;

    /** A plan whose jars have no {@link CompilationProfiler}. */
    public Planner(Profile profile, List<Integer> workers, Selection selection, long seed) {
        this(profile, workers, selection, seed, Set.of());
    }

    /**
     * @param seed                        draws the order of the rounds and of the interleaved harness's blocks
     * @param jarsWithCompilationProfiler the sides ({@link RunPart#CANDIDATE}, {@link RunPart#BASELINE})
     *                                    whose jar has {@link CompilationProfiler}: their scaling suites run with it
     */
    public Planner(Profile profile, List<Integer> workers, Selection selection, long seed,
                   Set<String> jarsWithCompilationProfiler) {
        this.profile = profile;
        this.workers = List.copyOf(workers);
        this.selection = selection;
        this.seed = seed;
        this.jarsWithCompilationProfiler = Set.copyOf(jarsWithCompilationProfiler);
    }

    /**
     * A plain run: the interleaved harness, the selected scaling suites in shuffled rounds, every
     * other selected suite, then the selected harnesses, then the CPython reference.
     */
    public List<RunPart> parts(List<Suite> suites, List<Harness> harnesses) {
        List<RunPart> parts = new ArrayList<>(interleavedParts());
        List<Suite> scaling = selected(suites).stream().filter(Suite::isScaling).toList();
        parts.addAll(rounds(scaling));
        for (Suite suite : selected(suites)) {
            if (!suite.isScaling()) {
                parts.add(jmhPart(suite.simpleName(), RunPart.CANDIDATE, "jmh-" + suite.simpleName() + ".json", suite,
                        List.of(Map.of()), profile.forks));
            }
        }
        for (Harness harness : harnesses) {
            if (selection.wantsSuite(harness.simpleName())) {
                parts.add(harnessPart(harness));
            }
        }
        if (selection.python() && !pythonModels().isEmpty() && !selection.filterSizes(SIZES).isEmpty()) {
            for (String workload : PYTHON_WORKLOADS) {
                parts.add(pythonPart(workload));
            }
        }
        return parts;
    }

    /**
     * The models the interleaved harness runs. One this JVM cannot run (VIRTUAL_THREADS before JDK
     * 21) is left out: the harness runs on the same java as bench, which has said so once for every suite.
     */
    private List<String> interleavedModels() {
        return selection.filterModels(Arrays.stream(Model.values()).filter(Model::available).map(Enum::name).toList());
    }

    private List<RunPart> interleavedParts() {
        if (!selection.wantsSuite(INTERLEAVED)) {
            return List.of();
        }
        List<String> models = interleavedModels();
        List<RunPart> parts = new ArrayList<>();
        for (ScalingWorkload workload : ScalingWorkload.values()) {
            for (String size : selection.filterSizes(SIZES)) {
                parts.add(harnessPart(Harness.interleavedScaling(profile, workload.workloadName(), size, workers, models,
                        seed, SERIAL_MILLIS.get(size))));
            }
        }
        return parts;
    }

    /** One fork of every (suite, model) per round, in an order the seed draws afresh for each round. */
    private List<RunPart> rounds(List<Suite> scaling) {
        record Fork(Suite suite, String model) {
        }
        List<Fork> forks = new ArrayList<>();
        for (Suite suite : scaling) {
            for (String model : selection.filterModels(suite.params().get("model"))) {
                forks.add(new Fork(suite, model));
            }
        }
        Random rng = new Random(seed);
        List<RunPart> parts = new ArrayList<>();
        for (int round = 1; round <= profile.forks; round++) {
            List<Fork> order = new ArrayList<>(forks);
            Collections.shuffle(order, rng);
            for (Fork fork : order) {
                String suite = fork.suite().simpleName();
                parts.add(jmhPart(suite + "-" + fork.model() + " round " + round, RunPart.CANDIDATE,
                        RunFiles.ROUNDS + "/" + suite + "/round-" + round + "-" + fork.model() + ".json", fork.suite(),
                        List.of(scalingParams(fork.suite(), List.of(fork.model()))), 1));
            }
        }
        return parts;
    }

    /**
     * A paired run: for each suite both builds have, {@code rounds} rounds of one fork per build,
     * the baseline first in odd rounds and the candidate first in even ones, so a drift of the
     * machine during the run lands on both sides alike.
     */
    public List<RunPart> pairedParts(List<Suite> candidate, List<Suite> baseline, int rounds) {
        List<RunPart> parts = new ArrayList<>();
        Map<String, Suite> baselineByName = baseline.stream()
                .collect(Collectors.toMap(Suite::simpleName, s -> s, (a, b) -> a, LinkedHashMap::new));
        for (Suite suite : selected(candidate)) {
            Suite theirs = baselineByName.get(suite.simpleName());
            if (theirs == null) {
                continue;
            }
            Suite common = common(suite, theirs);
            List<Map<String, List<String>>> invocations = pairedInvocations(common);
            if (invocations.isEmpty()) {
                continue;
            }
            for (int round = 1; round <= rounds; round++) {
                List<String> order = round % 2 == 1 ? List.of(RunPart.BASELINE, RunPart.CANDIDATE)
                        : List.of(RunPart.CANDIDATE, RunPart.BASELINE);
                for (String side : order) {
                    String output = RunFiles.PAIRS + "/" + common.simpleName() + "/round-" + round + "-" + side + ".json";
                    parts.add(jmhPart(common.simpleName() + " round " + round + " " + side, side, output, common,
                            invocations, 1));
                }
            }
        }
        return parts;
    }

    /**
     * A paired run's interleaved A/B parts, once per workload and size: both builds' contenders in
     * the same blocks, the baseline's served from {@code baselineJar}, into
     * {@code interleaved-ab/InterleavedScaling-<workload>-<size>.json}.
     */
    public List<RunPart> interleavedAbParts(String baselineJar) {
        if (!selection.wantsSuite(INTERLEAVED)) {
            return List.of();
        }
        List<String> models = interleavedModels();
        List<RunPart> parts = new ArrayList<>();
        for (ScalingWorkload workload : ScalingWorkload.values()) {
            for (String size : selection.filterSizes(SIZES)) {
                Harness harness = Harness.interleavedAb(profile, workload.workloadName(), size, workers, models, seed,
                        SERIAL_MILLIS.get(size), baselineJar);
                parts.add(new RunPart(harness.partName(), RunPart.Kind.HARNESS, RunPart.CANDIDATE,
                        InterleavedAb.DIR + "/" + harness.partName() + ".json", List.of(harness.invocation()),
                        harness.expectedResults(), harness.estimateSeconds()));
            }
        }
        return parts;
    }

    /** The suites a paired plan covers, in order, without duplicates (the interleaved harness first when it has A/B parts). */
    public static List<String> suitesOf(List<RunPart> parts) {
        return parts.stream().filter(p -> p.output().startsWith(RunFiles.PAIRS + "/")
                        || p.output().startsWith(InterleavedAb.DIR + "/"))
                .map(p -> p.output().startsWith(InterleavedAb.DIR + "/") ? INTERLEAVED : p.output().split("/")[1])
                .distinct().toList();
    }

    private List<Map<String, List<String>>> pairedInvocations(Suite suite) {
        if (!suite.isScaling()) {
            return List.of(Map.of());
        }
        List<String> models = selection.filterModels(suite.params().get("model"));
        List<Map<String, List<String>>> invocations = new ArrayList<>();
        if (models.contains(SERIAL)) {
            invocations.add(scalingParams(suite, List.of(SERIAL)));
        }
        List<String> parallel = models.stream().filter(m -> !m.equals(SERIAL)).toList();
        if (!parallel.isEmpty()) {
            invocations.add(scalingParams(suite, parallel));
        }
        return invocations;
    }

    private Map<String, List<String>> scalingParams(Suite suite, List<String> models) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        chosen.put("model", models);
        boolean serialOnly = models.equals(List.of(SERIAL));
        chosen.put("workers", serialOnly ? List.of("1") : workers.stream().map(String::valueOf).toList());
        if (suite.params().containsKey("size")) {
            chosen.put("size", selection.filterSizes(suite.params().get("size")));
        }
        return chosen;
    }

    private RunPart jmhPart(String name, String jar, String output, Suite suite,
                         List<Map<String, List<String>>> invocations, int forks) {
        List<List<String>> args = new ArrayList<>();
        int expected = 0;
        int warmedWorkerTrials = 0;
        for (Map<String, List<String>> chosen : invocations) {
            List<String> invocation = new ArrayList<>();
            invocation.add(suite.includeRegex());
            chosen.forEach((param, values) -> {
                invocation.add("-p");
                invocation.add(param + "=" + String.join(",", values));
            });
            invocation.addAll(profile.jmhOptions(forks));
            if (suite.isScaling() && jarsWithCompilationProfiler.contains(jar)) {
                invocation.addAll(CompilationProfiler.options());
            }
            args.add(invocation);
            expected += suite.combinations(chosen);
            warmedWorkerTrials += workerWarmedTrials(suite, chosen);
        }
        double estimate = expected * forks * profile.secondsPerFork() + warmedWorkerTrials * forks * WORKER_WARMUP_SECONDS
                + invocations.size();
        return new RunPart(name, RunPart.Kind.JMH, jar, output, args, expected, estimate);
    }

    /** The benchmarks of an invocation whose model warms its worker JVMs in setup. */
    private static int workerWarmedTrials(Suite suite, Map<String, List<String>> chosen) {
        List<String> models = chosen.getOrDefault("model", suite.params().getOrDefault("model", List.of()));
        if (!suite.isScaling() || !models.contains(WORKER_JVM_MODEL)) {
            return 0;
        }
        Map<String, List<String>> poolOnly = new LinkedHashMap<>(chosen);
        poolOnly.put("model", List.of(WORKER_JVM_MODEL));
        return suite.combinations(poolOnly);
    }

    private static RunPart harnessPart(Harness harness) {
        return new RunPart(harness.partName(), RunPart.Kind.HARNESS, RunPart.CANDIDATE, "jmh-" + harness.partName() + ".json",
                harness.invocations(), harness.expectedResults(), harness.estimateSeconds());
    }

    private RunPart pythonPart(String workload) {
        List<String> sizes = selection.filterSizes(SIZES);
        List<String> models = pythonModels();
        // SERIAL and its A/A twin always run: every speedup is against SERIAL.
        int configs = 2;
        for (String model : models) {
            configs += model.equals(SERIAL) ? 0 : workers.size();
        }
        configs *= sizes.size();
        List<String> args = List.of(PYTHON_SCRIPT, "--workload", workload,
                "--models", String.join(",", models),
                "--workers", workers.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--sizes", String.join(",", sizes),
                "--forks", Integer.toString(profile.pythonForks),
                "--blocks", Integer.toString(profile.pythonBlocks),
                "--seed", Long.toString(seed),
                "--scale", Double.toString(profile.pythonScale));
        // A CPython operation at the lecture's sizes takes about a second; each interpreter runs one
        // of every config per block, after one warm-up block.
        double estimate = configs * profile.pythonForks * (profile.pythonBlocks + 1) * profile.pythonScale + 1;
        return new RunPart("python-" + workload, RunPart.Kind.PYTHON, null, "python-" + workload + ".json",
                List.of(args), configs, estimate);
    }

    /** The CPython models the selection keeps (CPython has no thread pool or fork/join model). */
    private List<String> pythonModels() {
        List<String> models = new ArrayList<>();
        models.add(SERIAL);
        models.addAll(PYTHON_PARALLEL_MODELS);
        return selection.filterModels(models);
    }

    private List<Suite> selected(List<Suite> suites) {
        return suites.stream().filter(s -> selection.wantsSuite(s.simpleName())).toList();
    }

    /** The methods and param values both builds have, so both run the same selection. */
    private static Suite common(Suite mine, Suite theirs) {
        List<String> methods = mine.methods().stream().filter(theirs.methods()::contains).toList();
        Map<String, List<String>> params = new LinkedHashMap<>();
        mine.params().forEach((name, values) -> {
            List<String> other = theirs.params().get(name);
            params.put(name, other == null ? values : values.stream().filter(other::contains).toList());
        });
        return new Suite(mine.className(), methods, params);
    }
}
