package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.Model;
import io.github.parbench.workload.ScalingWorkload;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An interleaved A/B run across two builds ({@code InterleavedScaling --baseline-jar JAR}): SERIAL
 * and every selected model at every worker count, once per build, all in the same blocks in the
 * order the seed draws. A JVM on the baseline's jar serves the baseline's contenders and one on the
 * candidate's serves the candidate's ({@link EntryServer}); each times its own entries, so each
 * build runs its own code, JIT and workers, and the per-block ratio T(candidate) / T(baseline) of a
 * contender divides two times taken within a second of each other. The precision target, if any,
 * applies to those ratios. The log names each contender's build ({@link BlockLog#writeAb}); the
 * parbench CLI turns it into the interleaved A/B results that {@code compare} judges.
 */
final class InterleavedAbRun {

    static final String BASELINE = "baseline";
    static final String CANDIDATE = "candidate";

    private final PrintStream progress;

    InterleavedAbRun(PrintStream progress) {
        this.progress = progress;
    }

    void measure(InterleavedOptions o, ScalingWorkload scaling, long n) throws Exception {
        List<String> models = new ArrayList<>(List.of(Contender.SERIAL));
        List<Integer> workers = new ArrayList<>(List.of(1));
        for (Model model : o.models()) {
            if (model != Model.SERIAL) {
                for (int k : o.workers()) {
                    models.add(model.name());
                    workers.add(k);
                }
            }
        }
        String candidatePath = o.candidateJar() != null ? o.candidateJar().toAbsolutePath().toString() : ownClassPath();
        progress.printf("[interleaved] A/B: baseline %s, candidate %s, %d contenders each%n",
                o.baselineJar().toAbsolutePath(), candidatePath, models.size());
        try (ServedContenders baseline = ServedContenders.start(BASELINE, o.baselineJar().toAbsolutePath().toString(),
                o.workload(), o.size(), models, workers);
             ServedContenders candidate = ServedContenders.start(CANDIDATE, candidatePath, o.workload(), o.size(),
                     models, workers)) {
            Thread closeOnExit = new Thread(() -> {
                baseline.close();
                candidate.close();
            }, "interleaved-ab-close");
            Runtime.getRuntime().addShutdownHook(closeOnExit);
            if (baseline.checksum() != candidate.checksum()) {
                throw new IllegalStateException(scaling.workloadName() + " (n = " + n + ") has checksum "
                        + baseline.checksum() + " in the baseline and " + candidate.checksum()
                        + " in the candidate: the two builds do not compute the same thing");
            }
            Paired paired = pair(baseline.contenders(), candidate.contenders());
            BlockTimes times = new BlockExperiment(scaling.workload(), n, System::nanoTime,
                    line -> progress.println("[interleaved] " + line)).runPaired(paired.contenders, o.settings(), paired.against);
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
            for (int c = 0; c < times.contenders(); c++) {
                progress.printf("[interleaved] %-9s %-18s mean %10.3f ms%n", paired.builds.get(c),
                        times.models().get(c) + " x" + times.workers().get(c),
                        Arrays.stream(times.millis()[c]).average().orElse(Double.NaN));
            }
            if (o.out() != null) {
                BlockLog.writeAb(o.out(), times, scaling, o.size(), paired.builds);
                progress.println("[interleaved] block log: " + o.out().toAbsolutePath());
            }
        }
    }

    /** Both builds' contenders, each baseline's followed by its candidate, and who divides by whom. */
    record Paired(List<Contender> contenders, List<String> builds, int[] against) {
    }

    static Paired pair(List<Contender> baseline, List<Contender> candidate) {
        List<Contender> all = new ArrayList<>();
        List<String> builds = new ArrayList<>();
        int[] against = new int[2 * baseline.size()];
        for (int i = 0; i < baseline.size(); i++) {
            against[all.size()] = -1;
            all.add(baseline.get(i));
            builds.add(BASELINE);
            against[all.size()] = all.size() - 1;
            all.add(candidate.get(i));
            builds.add(CANDIDATE);
        }
        return new Paired(all, builds, against);
    }

    /** This JVM's class path, absolute: the candidate's server runs the same build as this driver. */
    private static String ownClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.isEmpty()).map(p -> Path.of(p).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
