package io.github.parbench.cli.bench;

import io.github.parbench.cli.Checkout;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.Environment;
import io.github.parbench.format.Pairing;
import io.github.parbench.format.Plan;
import io.github.parbench.format.RunFiles;
import io.github.parbench.format.RunPart;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parbench bench} ({@code scripts/bench}): plans a run from the benchmarks jar's suites and
 * the usable cores, writes env.json and plan.json, runs each part as its own process and keeps what
 * finished. It builds the benchmarks jar first when its sources are newer (a baseline checkout's
 * too), except on {@code --resume}, which keeps the build the run started with.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Runs the parbench suites and the CPython reference into results/<host>-<yyyyMMdd-HHmmss>/.")
public final class Bench implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "NAME", description = "smoke, ci, standard (default) or full")
    String profileName;

    @Option(names = "--resume", paramLabel = "RUN_DIR", description = "finish only the missing parts of RUN_DIR")
    Path resume;

    @Option(names = "--cpus", paramLabel = "LIST", description = "pin every part to these CPUs (taskset list, e.g. 0-3)")
    String cpus;

    @Option(names = "--baseline", paramLabel = "PATH",
            description = "paired run against another build: a checkout directory or a benchmarks.jar")
    Path baseline;

    @Option(names = "--rounds", paramLabel = "N",
            description = "paired run: rounds of one fork per build (default: the profile's forks)")
    Integer rounds;

    @Option(names = "--suites", split = ",", paramLabel = "LIST", description = "only these suites (simple class names)")
    Set<String> suites = new LinkedHashSet<>();

    @Option(names = "--models", split = ",", paramLabel = "LIST", description = "only these models (SERIAL, THREADS, ...)")
    Set<String> models = new LinkedHashSet<>();

    @Option(names = "--sizes", split = ",", paramLabel = "LIST", description = "only these sizes (large, small)")
    Set<String> sizes = new LinkedHashSet<>();

    @Option(names = "--seed", paramLabel = "N",
            description = "seed of the rounds' order and the interleaved blocks (default: drawn, and kept in plan.json)")
    Long seed;

    @Option(names = "--no-python", description = "skip the CPython reference")
    boolean noPython;

    @Option(names = "--results", paramLabel = "DIR", description = "where run directories go (default: <repo>/results)")
    Path results;

    @Option(names = "--dry-run", description = "print the plan and exit")
    boolean dryRun;

    @Option(names = "--allow-new-jar",
            description = "with --resume: run even though a planned jar was rebuilt since (noted in env.json)")
    boolean allowNewJar;

    /** The checkout to run; tests give another. */
    @Option(names = "--repo", hidden = true)
    Path repo;

    /** The benchmarks jar; tests give a fake one, which is then never rebuilt. */
    @Option(names = "--jar", hidden = true)
    Path jar;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        Checkout checkout = repo != null ? new Checkout(repo.toAbsolutePath()) : Checkout.ofThisCli();
        repo = checkout.root();
        if (jar == null) {
            jar = checkout.benchmarksJar();
            if (resume == null || !Files.isRegularFile(jar)) {
                checkout.ensureBenchmarksJar(out);
            }
        }
        if (resume != null) {
            return resumeRun();
        }
        if (allowNewJar) {
            throw new UsageException("--allow-new-jar is for --resume: a new run plans with the jar it has");
        }
        Profile profile = profile();
        int cores = cpus != null ? pinnedCores() : Cores.usable(Runtime.getRuntime().availableProcessors(),
                EnvProbe.cgroupCpuMax());
        List<Integer> workers = Cores.workerCounts(cores);
        Optional<String> python = python();
        Selection selection = new Selection(suites, models, sizes, python.isPresent());
        long runSeed = seed != null ? seed : new java.security.SecureRandom().nextInt(Integer.MAX_VALUE);
        List<Suite> listed = catalog(jar).suites();
        List<Harness> harnesses = Harness.forProfile(profile, python.orElse(null));
        checkSelection(listed, harnesses);
        UnavailableModels unavailable = UnavailableModels.ofThisJvm();
        List<String> leftOut = unavailable.leftOut(listed, selection);
        leftOut.forEach(why -> out.println("[bench] left out: " + why));
        List<Suite> candidate = unavailable.remove(listed);
        Path baselineJar = baseline == null ? null : baselineJar();
        Planner planner = new Planner(profile, workers, selection, runSeed, jarsWithCompilationProfiler(baselineJar));
        int pairedRounds = pairedRounds(profile);
        List<RunPart> parts = baselineJar == null ? planner.parts(candidate, harnesses)
                : withInterleavedAb(planner, baselineJar, planner.pairedParts(candidate, catalog(baselineJar).suites(),
                        pairedRounds));
        if (parts.isEmpty()) {
            throw new UsageException("nothing to run: the selection matches no benchmark of " + jar);
        }
        Plan plan = PlannedJars.digested(new Plan(profile.label(), cores, workers, cpus, jar.toAbsolutePath().toString(),
                baselineJar == null ? null : baselineJar.toAbsolutePath().toString(), parts, runSeed));
        if (dryRun) {
            printPlan(plan);
            return 0;
        }
        Path resultsRoot = (results == null ? repo.resolve("results") : results).toAbsolutePath();
        RunDir runDir = RunDir.create(resultsRoot, EnvProbe.host(), plan.paired(), LocalDateTime.now());
        Environment env = EnvProbe.probe(repo, profile, cores, cpus, OffsetDateTime.now().toString(),
                leftOut.isEmpty() ? null : String.join("; ", leftOut));
        runDir.writeEnv(env);
        runDir.writePlan(plan);
        if (plan.paired()) {
            runDir.writePaired(paired(plan, pairedRounds));
        }
        out.println(ConformanceCopy.copy(repo, runDir.path(), env.gitCommit()));
        return new Execution(runDir, plan, new PartRunner(runDir.path(), repo, plan, python.orElse(null), out), out).run();
    }

    private int resumeRun() throws Exception {
        if (profileName != null || baseline != null || rounds != null || cpus != null || seed != null || !suites.isEmpty()
                || !models.isEmpty() || !sizes.isEmpty()) {
            throw new UsageException("--resume takes everything from RUN_DIR/plan.json; give it alone");
        }
        if (!Files.isRegularFile(resume.resolve(RunFiles.PLAN))) {
            throw new UsageException("--resume " + resume + ": no plan.json there, so not a bench run directory");
        }
        RunDir runDir = new RunDir(resume.toAbsolutePath());
        Plan plan;
        try {
            plan = runDir.readPlan();
        } catch (BadInputException e) {
            throw new UsageException("--resume " + resume + ": plan.json is not a bench plan (" + e.getMessage() + ")");
        }
        Optional<String> newJar = PlannedJars.changes(plan);
        if (newJar.isPresent() && !allowNewJar) {
            throw new UsageException("--resume " + resume + ": " + newJar.get()
                    + "; resuming would mix two builds in one run. Put the planned build back, or give --allow-new-jar");
        }
        if (dryRun) {
            printPlan(plan.withParts(runDir.missing(plan)));
            return 0;
        }
        if (newJar.isPresent()) {
            out.println("[bench] --allow-new-jar: " + newJar.get() + "; noted in env.json");
            runDir.noteNewJar(OffsetDateTime.now().toString(), newJar.get());
        }
        boolean wantsPython = plan.parts().stream().anyMatch(p -> p.kind() == RunPart.Kind.PYTHON);
        String python = wantsPython ? python().orElse(null) : null;
        out.println(ConformanceCopy.copy(repo, runDir.path(), runDir.gitCommit()));
        return new Execution(runDir, plan, new PartRunner(runDir.path(), repo, plan, python, out), out).run();
    }

    private Profile profile() {
        try {
            return Profile.of(profileName == null ? "standard" : profileName);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--profile: " + e.getMessage());
        }
    }

    private int pinnedCores() {
        int count;
        try {
            count = Cores.parseCpuList(cpus).size();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        // Every part runs under taskset: find out now, not after the first part fails.
        if (Commands.output(null, List.of("taskset", "-c", cpus, "true"), 10).isEmpty()) {
            throw new UsageException("--cpus '" + cpus + "': taskset (util-linux) is missing or cannot pin to these CPUs"
                    + " (see 'nproc --all')");
        }
        return count;
    }

    private Path baselineJar() throws IOException, InterruptedException {
        if (Files.isDirectory(baseline)) {
            if (!Files.isRegularFile(baseline.resolve("pom.xml"))) {
                throw new UsageException("--baseline " + baseline + ": not a parbench checkout (no pom.xml) and not a jar");
            }
            new Checkout(baseline.toAbsolutePath().normalize()).ensureBenchmarksJar(out);
        }
        Path candidate = Files.isDirectory(baseline) ? new Checkout(baseline).benchmarksJar() : baseline;
        if (!Files.isRegularFile(candidate)) {
            throw new UsageException("--baseline " + baseline + ": no benchmarks jar at " + candidate);
        }
        return candidate;
    }

    /**
     * A paired run's interleaved A/B parts first (both builds in the same blocks), then its rounds.
     * A baseline built before the entry server cannot serve its contenders: one line says so, and
     * the run keeps the rounds alone.
     */
    private List<RunPart> withInterleavedAb(Planner planner, Path baselineJar, List<RunPart> rounds) {
        List<RunPart> ab = planner.interleavedAbParts(baselineJar.toAbsolutePath().normalize().toString());
        if (ab.isEmpty()) {
            return rounds;
        }
        if (!EntryServerCheck.serves(baselineJar)) {
            out.println("[bench] note: the baseline " + baselineJar + " has no " + EntryServerCheck.ENTRY_SERVER_MAIN
                    + " (built before interleaved A/B): no interleaved A/B in this run, only the JMH suites in rounds");
            return rounds;
        }
        List<RunPart> parts = new java.util.ArrayList<>(ab);
        parts.addAll(rounds);
        return parts;
    }

    private void checkSelection(List<Suite> available, List<Harness> harnesses) {
        Set<String> names = new TreeSet<>();
        harnesses.forEach(h -> names.add(h.simpleName()));
        names.add(Planner.INTERLEAVED);
        Set<String> knownModels = new TreeSet<>();
        Set<String> knownSizes = new TreeSet<>();
        for (Suite s : available) {
            names.add(s.simpleName());
            knownModels.addAll(s.params().getOrDefault("model", List.of()));
            knownSizes.addAll(s.params().getOrDefault("size", List.of()));
        }
        unknown("--suites", suites, names);
        unknown("--models", models, knownModels);
        unknown("--sizes", sizes, knownSizes);
    }

    private static void unknown(String option, Set<String> given, Set<String> known) {
        Set<String> bad = new TreeSet<>(given);
        bad.removeAll(known);
        if (!bad.isEmpty()) {
            throw new UsageException(option + ": unknown " + bad + ", the jar has " + known);
        }
    }

    /** The sides whose jar has {@link CompilationProfiler}'s class; one that lacks it is said so once. */
    private Set<String> jarsWithCompilationProfiler(Path baselineJar) {
        Set<String> sides = new HashSet<>();
        for (String side : baselineJar == null ? List.of(RunPart.CANDIDATE) : List.of(RunPart.CANDIDATE, RunPart.BASELINE)) {
            Path sideJar = RunPart.BASELINE.equals(side) ? baselineJar : jar;
            if (CompilationProfiler.in(sideJar)) {
                sides.add(side);
            } else {
                out.println("[bench] " + sideJar + " has no " + CompilationProfiler.CLASS
                        + " (an older build): its scaling suites run without counting compilations");
            }
        }
        return sides;
    }

    private SuiteCatalog catalog(Path benchmarksJar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String listing = Commands.output(repo, List.of(java, "-jar", benchmarksJar.toString(), "-lp"), 120)
                .orElseThrow(() -> new UsageException(benchmarksJar + ": 'java -jar " + benchmarksJar
                        + " -lp' failed, so it is not a usable benchmarks jar"));
        return SuiteCatalog.parse(listing);
    }

    private Optional<String> python() {
        if (noPython) {
            out.println("[bench] --no-python: skipping the CPython reference");
            return Optional.empty();
        }
        Optional<String> found = Commands.python3();
        if (found.isEmpty()) {
            out.println("[bench] note: no python3 on PATH, skipping the CPython reference");
        }
        return found;
    }

    private int pairedRounds(Profile profile) {
        if (rounds == null) {
            return profile.forks;
        }
        if (baseline == null) {
            throw new UsageException("--rounds is for paired runs: give --baseline too");
        }
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1, was " + rounds);
        }
        return rounds;
    }

    private Pairing paired(Plan plan, int pairedRounds) {
        return new Pairing(side(baseline, Path.of(plan.baselineJar())), side(repo, Path.of(plan.candidateJar())),
                pairedRounds, Planner.suitesOf(plan.parts()));
    }

    private static Pairing.Side side(Path where, Path benchmarksJar) {
        Path dir = Files.isDirectory(where) ? where : benchmarksJar.toAbsolutePath().getParent();
        Optional<String> commit = Commands.output(dir, List.of("git", "rev-parse", "HEAD"), 10).map(String::trim);
        String name = (Files.isDirectory(where) ? where.toAbsolutePath().normalize() : benchmarksJar).getFileName().toString();
        return new Pairing.Side(commit.map(c -> c.substring(0, Math.min(12, c.length()))).orElse(name),
                benchmarksJar.toAbsolutePath().toString(), commit.orElse(null));
    }

    private void printPlan(Plan plan) {
        out.printf("profile %s, %d usable cores, workers %s, seed %s%s%s%n", plan.profile(), plan.cores(), plan.workers(),
                plan.seed(),
                plan.cpus() == null ? "" : ", pinned to CPUs " + plan.cpus(),
                plan.paired() ? ", paired against " + plan.baselineJar() : "");
        int i = 0;
        for (RunPart part : plan.parts()) {
            i++;
            out.printf("%3d. %-40s %4d results  ~%s  -> %s%n", i, part.name(), part.expectedResults(),
                    Progress.clock(part.estimateSeconds()), part.output());
            for (List<String> invocation : part.invocations()) {
                out.println("       " + launcher(part) + String.join(" ", invocation));
            }
        }
        out.printf("%d parts, estimate %s%n", plan.parts().size(), Progress.clock(plan.estimateSeconds()));
    }

    private static String launcher(RunPart part) {
        return switch (part.kind()) {
            case PYTHON -> "python3 ";
            case HARNESS -> "java -cp <" + part.jar() + " jar> ";
            case JMH -> "java -jar <" + part.jar() + " jar> ";
        };
    }

    /** A bad option or an unusable input: one line naming the command, exit 2 ({@link io.github.parbench.cli.Main}). */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
