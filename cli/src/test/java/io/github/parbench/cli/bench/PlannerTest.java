package io.github.parbench.cli.bench;

import io.github.parbench.format.RunPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.jmh.latency.RoundTripLatency;
import io.github.parbench.process.JitCompilations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private final List<Suite> suites = SuiteCatalog.parse(SuiteCatalogTest.LISTING).suites();

    @Test
    void serialRunsOnceWithOneWorkerAndTheOtherModelsAcrossTheWorkerList() {
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1, 2, 4), Selection.everything(false), 1L).parts(suites, List.of());
        RunPart serial = part(parts, "CountdownScaling-SERIAL round 1");
        assertTrue(serial.invocations().get(0).containsAll(List.of("-p", "model=SERIAL", "workers=1")),
                serial.invocations().toString());
        assertEquals(2 * 2, serial.expectedResults());
        RunPart threads = part(parts, "CountdownScaling-THREADS round 1");
        assertTrue(threads.invocations().get(0).contains("workers=1,2,4"), threads.invocations().toString());
        assertEquals(2 * 2 * 3, threads.expectedResults());
        assertEquals("rounds/CountdownScaling/round-1-THREADS.json", threads.output());
    }

    @Test
    void scalingSuitesRunInRoundsOfOneForkPerModelInASeededShuffledOrder() {
        Selection countdown = new Selection(Set.of("CountdownScaling"), Set.of(), Set.of(), false);
        List<RunPart> parts = new Planner(Profile.STANDARD, List.of(1, 2), countdown, 1L).parts(suites, List.of());
        assertEquals(3 * 6, parts.size(), "3 rounds of the six models");
        for (int round = 1; round <= 3; round++) {
            List<RunPart> inRound = parts.subList((round - 1) * 6, round * 6);
            String prefix = "rounds/CountdownScaling/round-" + round + "-";
            assertTrue(inRound.stream().allMatch(p -> p.output().startsWith(prefix)), "round " + round + ": " + inRound);
            assertEquals(6, inRound.stream().map(RunPart::output).distinct().count(), "every model once a round");
            assertTrue(inRound.stream().allMatch(p -> p.invocations().get(0).containsAll(List.of("-f", "1"))));
        }
        List<String> orders = List.of(0, 1, 2).stream().map(r -> parts.subList(r * 6, r * 6 + 6).stream()
                .map(p -> p.output().replaceAll(".*-", "")).toList().toString()).distinct().toList();
        assertTrue(orders.size() > 1, "the order is drawn afresh each round: " + orders);
        assertEquals(parts, new Planner(Profile.STANDARD, List.of(1, 2), countdown, 1L).parts(suites, List.of()),
                "the seed fixes the plan");
        assertNotEquals(parts, new Planner(Profile.STANDARD, List.of(1, 2), countdown, 2L).parts(suites, List.of()));
    }

    @Test
    void theInterleavedHarnessRunsFirstForEachWorkloadAndSizeWithTheKernelFlagsAndTheSeed() {
        Selection interleaved = new Selection(Set.of("InterleavedScaling"), Set.of(), Set.of(), false);
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1, 2), interleaved, 7L).parts(suites, List.of());
        assertEquals(List.of("jmh-InterleavedScaling-countdown-large.json", "jmh-InterleavedScaling-countdown-small.json",
                "jmh-InterleavedScaling-sqrt-large.json", "jmh-InterleavedScaling-sqrt-small.json"),
                parts.stream().map(RunPart::output).toList());
        List<String> invocation = parts.get(0).invocations().get(0);
        assertEquals(List.of(io.github.parbench.workload.Kernels.JVM_FLAGS), invocation.subList(0, 3),
                "the JVM gets the kernel flags the JMH forks get");
        assertEquals(List.of(io.github.parbench.process.JitCompilations.JVM_FLAGS), invocation.subList(3, 5),
                "and may read every JVM's compilation counters");
        assertEquals(io.github.parbench.jmh.interleaved.InterleavedScaling.class.getName(), invocation.get(5));
        assertEquals("7", after(invocation, "--seed"));
        assertEquals("1,2", after(invocation, "--workers"));
        assertEquals(Integer.toString(Profile.SMOKE.interleaved.minBlocks()), after(invocation, "--blocks"));
        assertEquals("0.02", after(invocation, "--precision"));
        assertEquals(Profile.SMOKE.interleaved.budgetSeconds() + "s", after(invocation, "--budget"));
        assertEquals(2 + 5 * 2 + 1, parts.get(0).expectedResults(),
                "SERIAL, its twin, five models at two worker counts, THREAD_POOL's twin at 2");
        Selection narrow = new Selection(Set.of("InterleavedScaling"), Set.of("THREADS"), Set.of("small"), false);
        List<RunPart> one = new Planner(Profile.SMOKE, List.of(1, 2), narrow, 7L).parts(suites, List.of());
        assertEquals(2, one.size(), "small only, both workloads");
        assertEquals("THREADS", after(one.get(0).invocations().get(0), "--models"));
        assertEquals(2 + 2, one.get(0).expectedResults());
    }

    @Test
    void theStandardProfileRunsEachInterleavedExperimentInThreeHarnessJvmsWithTheNextSeeds() {
        Selection interleaved = new Selection(Set.of("InterleavedScaling"), Set.of(), Set.of("large"), false);
        RunPart part = new Planner(Profile.STANDARD, List.of(1, 2), interleaved, 7L).parts(suites, List.of()).get(0);
        assertEquals(3, part.invocations().size());
        assertEquals(List.of("7", "8", "9"), part.invocations().stream().map(i -> after(i, "--seed")).toList());
        assertEquals(part.invocations().get(0).size(), part.invocations().get(2).size());
        assertEquals(1, new Planner(Profile.SMOKE, List.of(1, 2), interleaved, 7L).parts(suites, List.of()).get(0)
                .invocations().size(), "smoke keeps one JVM");
    }

    @Test
    void everySuiteOfTheJarAndEveryHarnessIsPlannedAndOtherSuitesAreOnePartEach() {
        List<RunPart> parts = new Planner(Profile.STANDARD, List.of(1, 2), Selection.everything(false), 1L)
                .parts(suites, Harness.forProfile(Profile.STANDARD, null));
        assertEquals(4 + 6 * 3 + 1 + 1 + 1, parts.size(), "interleaved x4, six models x 3 rounds, two suites, one harness");
        assertEquals("RoundTripLatency", parts.get(parts.size() - 1).name(), "harnesses follow the jar's suites");
        RunPart fairness = part(parts, "LockFairness");
        assertEquals("jmh-LockFairness.json", fairness.output());
        assertEquals(2, fairness.expectedResults());
        assertTrue(fairness.invocations().get(0).containsAll(List.of("-f", "3")), "standard keeps 3 forks");
    }

    @Test
    void theSelectionNarrowsSuitesModelsAndSizes() {
        Selection selection = new Selection(Set.of("CountdownScaling"), Set.of("SERIAL", "THREADS"), Set.of("small"),
                false);
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1, 2), selection, 1L)
                .parts(suites, Harness.forProfile(Profile.SMOKE, null));
        assertEquals(Set.of("CountdownScaling-SERIAL round 1", "CountdownScaling-THREADS round 1"),
                Set.copyOf(parts.stream().map(RunPart::name).toList()));
        RunPart threads = part(parts, "CountdownScaling-THREADS round 1");
        assertTrue(threads.invocations().get(0).contains("size=small"));
        assertEquals(2 * 2, threads.expectedResults());
    }

    @Test
    void theLatencyHarnessIsOnePartInBothLoadStatesWritingJmhShapedJson() {
        Selection latencyOnly = new Selection(Set.of("RoundTripLatency"), Set.of(), Set.of(), false);
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1, 2), latencyOnly, 1L)
                .parts(suites, Harness.forProfile(Profile.SMOKE, null));
        assertEquals(List.of("RoundTripLatency"), parts.stream().map(RunPart::name).toList(),
                "--suites RoundTripLatency keeps the harness and no suite of the jar");
        RunPart latency = parts.get(0);
        assertEquals(RunPart.Kind.HARNESS, latency.kind());
        assertEquals(RunPart.CANDIDATE, latency.jar());
        assertEquals("jmh-RoundTripLatency.json", latency.output());
        List<String> invocation = latency.invocations().get(0);
        assertEquals(Harness.LATENCY_JVM_OPTIONS, invocation.subList(0, Harness.LATENCY_JVM_OPTIONS.size()),
                "the JVM's options (to read the compilation counters) first");
        assertEquals(RoundTripLatency.class.getName(), invocation.get(Harness.LATENCY_JVM_OPTIONS.size()),
                "then the main class");
        assertEquals("idle,busy", after(invocation, "--load"));
        assertEquals(RoundTripLatency.caseNames().size() * 2, latency.expectedResults(), "every case in both states");
        assertFalse(invocation.contains("--out"), "the runner adds the output option");
        assertFalse(invocation.contains("--cpython"), "no python3, no CPython cases");
    }

    @Test
    void withAPythonTheLatencyHarnessMeasuresCPythonsRoundTripsInTheSameInterleavedSlices() {
        Harness latency = Harness.roundTripLatency(Profile.SMOKE, "/usr/bin/python3");
        assertEquals("/usr/bin/python3", after(latency.args(), "--cpython"));
        assertEquals(String.join(",", RoundTripLatency.caseNames()) + ","
                + String.join(",", RoundTripLatency.cpythonCaseNames()), after(latency.args(), "--only"));
        assertEquals((RoundTripLatency.caseNames().size() + RoundTripLatency.cpythonCaseNames().size()) * 2,
                latency.expectedResults(), "every case of both sides in both states");
        assertTrue(latency.jvmOptions().containsAll(List.of(JitCompilations.JVM_FLAGS)),
                "the harness reads its JVMs' compilation counters");
        assertTrue(latency.estimateSeconds() > Harness.roundTripLatency(Profile.SMOKE, null).estimateSeconds());
    }

    @Test
    void theLatencySampleCountGrowsWithTheProfileAndStandardIsTheHarnessDefault() {
        int smoke = Integer.parseInt(after(Harness.roundTripLatency(Profile.SMOKE, null).args(), "--samples"));
        int standard = Integer.parseInt(after(Harness.roundTripLatency(Profile.STANDARD, null).args(), "--samples"));
        int full = Integer.parseInt(after(Harness.roundTripLatency(Profile.FULL, null).args(), "--samples"));
        assertTrue(smoke >= 1000 && smoke < 10_000, "smoke takes a few thousand: " + smoke);
        assertEquals(RoundTripLatency.DEFAULT_SAMPLES, standard);
        assertTrue(full > standard, "full takes more: " + full);
        assertTrue(Harness.roundTripLatency(Profile.SMOKE, null).estimateSeconds()
                < Harness.roundTripLatency(Profile.FULL, null).estimateSeconds());
        assertEquals(Harness.LATENCY_WARMUP_CAP_SECONDS + "s",
                after(Harness.roundTripLatency(Profile.SMOKE, null).args(), "--warmup-cap"), "warmed until steady, capped");
    }

    @Test
    void pythonPartsCountSerialOnceAndTheOtherModelsPerWorkerCount() {
        List<RunPart> parts = python(new Planner(Profile.SMOKE, List.of(1, 2, 4), Selection.everything(true), 1L));
        assertEquals(List.of("python-countdown.json", "python-sqrt.json"), parts.stream().map(RunPart::output).toList());
        assertEquals((2 + 3 * 3) * 2, parts.get(0).expectedResults(), "SERIAL, its twin, three models x 3 counts, 2 sizes");
        assertEquals(RunPart.Kind.PYTHON, parts.get(0).kind());
    }

    @Test
    void pythonPartsFollowTheModelSelectionAndVanishWhenItKeepsNoCpythonModel() {
        Selection threadsOnly = new Selection(Set.of(), Set.of("SERIAL", "THREADS"), Set.of("large"), true);
        RunPart countdown = python(new Planner(Profile.SMOKE, List.of(1, 2), threadsOnly, 1L)).get(0);
        assertTrue(countdown.invocations().get(0).containsAll(List.of("--models", "SERIAL,THREADS", "--sizes", "large")));
        assertEquals(2 + 2, countdown.expectedResults());
        Selection poolOnly = new Selection(Set.of(), Set.of("THREAD_POOL"), Set.of(), true);
        assertEquals(List.of(), python(new Planner(Profile.SMOKE, List.of(1, 2), poolOnly, 1L)));
    }

    @Test
    void pairedRoundsAlternateWhichBuildGoesFirstWithOneForkEach() {
        Selection selection = new Selection(Set.of("CountdownScaling"), Set.of(), Set.of(), false);
        List<RunPart> parts = new Planner(Profile.STANDARD, List.of(1, 2), selection, 1L).pairedParts(suites, suites, 3);
        assertEquals(List.of(
                "pairs/CountdownScaling/round-1-baseline.json", "pairs/CountdownScaling/round-1-candidate.json",
                "pairs/CountdownScaling/round-2-candidate.json", "pairs/CountdownScaling/round-2-baseline.json",
                "pairs/CountdownScaling/round-3-baseline.json", "pairs/CountdownScaling/round-3-candidate.json"),
                parts.stream().map(RunPart::output).toList());
        RunPart first = parts.get(0);
        assertEquals(RunPart.BASELINE, first.jar());
        assertEquals(2, first.invocations().size(), "SERIAL once, then the other models");
        assertTrue(first.invocations().get(0).containsAll(List.of("model=SERIAL", "workers=1", "-f", "1")));
        assertEquals(2 * 2 + 2 * 2 * 5 * 2, first.expectedResults());
        assertEquals(List.of("CountdownScaling"), Planner.suitesOf(parts));
    }

    @Test
    void aPairedRunCoversOnlyWhatBothBuildsHave() {
        List<Suite> baseline = SuiteCatalog.parse("""
                io.github.parbench.jmh.CountdownScaling.strong
                  param "size" = {large, small}
                  param "model" = {SERIAL, THREADS}
                  param "workers" = {1, 2, 4}
                """).suites();
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1, 2), Selection.everything(false), 1L)
                .pairedParts(suites, baseline, 1);
        assertEquals(2, parts.size(), "one round of CountdownScaling, nothing of the suites the baseline lacks");
        assertTrue(parts.get(0).invocations().get(1).contains("model=THREADS"));
        assertEquals(1 * 2 + 1 * 2 * 2, parts.get(0).expectedResults());
    }

    @Test
    void scalingSuitesRunWithTheCompilationProfilerWhereTheirJarHasItAndNoOtherSuiteDoes() {
        List<String> prof = List.of("-prof", io.github.parbench.jmh.WorkerCompilationsProfiler.class.getName());
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1, 2), Selection.everything(false), 1L,
                Set.of(RunPart.CANDIDATE)).parts(suites, List.of());
        RunPart pool = part(parts, "CountdownScaling-PROCESS_POOL round 1");
        assertTrue(java.util.Collections.indexOfSubList(pool.invocations().get(0), prof) >= 0, pool.invocations().toString());
        RunPart fairness = part(parts, "LockFairness");
        assertFalse(fairness.invocations().get(0).contains("-prof"), fairness.invocations().toString());
        List<RunPart> without = new Planner(Profile.SMOKE, List.of(1, 2), Selection.everything(false), 1L)
                .parts(suites, List.of());
        assertFalse(part(without, "CountdownScaling-PROCESS_POOL round 1").invocations().get(0).contains("-prof"),
                "a jar without the profiler is not asked for it");

        Selection countdown = new Selection(Set.of("CountdownScaling"), Set.of(), Set.of(), false);
        List<RunPart> paired = new Planner(Profile.SMOKE, List.of(1, 2), countdown, 1L, Set.of(RunPart.CANDIDATE))
                .pairedParts(suites, suites, 1);
        for (RunPart side : paired) {
            boolean profiled = side.invocations().stream().allMatch(i -> java.util.Collections.indexOfSubList(i, prof) >= 0);
            assertEquals(RunPart.CANDIDATE.equals(side.jar()), profiled, side.jar() + ": " + side.invocations());
        }
    }

    @Test
    void theEstimateCountsTheProcessPoolsWorkerWarmup() {
        Selection one = new Selection(Set.of("CountdownScaling"), Set.of("THREAD_POOL", "PROCESS_POOL"), Set.of("small"),
                false);
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1), one, 1L).parts(suites, List.of());
        double threads = part(parts, "CountdownScaling-THREAD_POOL round 1").estimateSeconds();
        double pool = part(parts, "CountdownScaling-PROCESS_POOL round 1").estimateSeconds();
        assertEquals(2 * 5.0, pool - threads, 1e-9, "strong and weak, each warming its workers up to the 5 s cap");
    }

    private static String after(List<String> args, String option) {
        int at = args.indexOf(option);
        assertTrue(at >= 0 && at + 1 < args.size(), option + " in " + args);
        return args.get(at + 1);
    }

    private static List<RunPart> python(Planner planner) {
        return planner.parts(List.of(), List.of()).stream().filter(p -> p.kind() == RunPart.Kind.PYTHON).toList();
    }

    private static RunPart part(List<RunPart> parts, String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
