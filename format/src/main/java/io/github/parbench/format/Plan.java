package io.github.parbench.format;

import java.util.List;

/**
 * What a run is to do, written as plan.json before anything runs so that {@code --resume} replays
 * the very same invocations (same workers, same selection, same build) whatever the machine looks
 * like later.
 *
 * @param profile            the profile's label
 * @param cores              the usable core count the worker list was derived from
 * @param workers            the worker counts of the scaling suites
 * @param cpus               the --cpus list every part is pinned to, or null
 * @param candidateJar       the benchmarks jar of this checkout
 * @param baselineJar        the baseline's benchmarks jar in a paired run, else null
 * @param parts              the parts, in the order they run
 * @param seed               drew the order of the rounds and of every interleaved block ({@code --seed}
 *                           repeats it); null in plans written before runs were shuffled
 * @param candidateJarSha256 the sha-256 of candidateJar when planned: a resume refuses another build
 * @param baselineJarSha256  the sha-256 of baselineJar when planned, else null
 */
public record Plan(String profile, int cores, List<Integer> workers, String cpus, String candidateJar,
                   String baselineJar, List<RunPart> parts, Long seed, String candidateJarSha256,
                   String baselineJarSha256) {

    /** A plan that records no jar digests (as plan.json did before it had them). */
    public Plan(String profile, int cores, List<Integer> workers, String cpus, String candidateJar,
                String baselineJar, List<RunPart> parts, Long seed) {
        this(profile, cores, workers, cpus, candidateJar, baselineJar, parts, seed, null, null);
    }

    /** A plan with neither a seed nor jar digests (as plan.json was before it had them). */
    public Plan(String profile, int cores, List<Integer> workers, String cpus, String candidateJar,
                String baselineJar, List<RunPart> parts) {
        this(profile, cores, workers, cpus, candidateJar, baselineJar, parts, null, null, null);
    }

    public boolean paired() {
        return baselineJar != null;
    }

    public double estimateSeconds() {
        return parts.stream().mapToDouble(RunPart::estimateSeconds).sum();
    }

    /** The same plan with only these parts (what a resume still has to run). */
    public Plan withParts(List<RunPart> remaining) {
        return new Plan(profile, cores, workers, cpus, candidateJar, baselineJar, remaining, seed, candidateJarSha256,
                baselineJarSha256);
    }
}
