package io.github.parbench.jmh.bench;

import java.util.List;

/**
 * What a run is to do, written as plan.json before anything runs so that {@code --resume} replays
 * the very same invocations (same workers, same selection) whatever the machine looks like later.
 *
 * @param profile      the profile's label
 * @param cores        the usable core count the worker list was derived from
 * @param workers      the worker counts of the scaling suites
 * @param cpus         the --cpus list every part is pinned to, or null
 * @param candidateJar the benchmarks jar of this checkout
 * @param baselineJar  the baseline's benchmarks jar in a paired run, else null
 * @param parts        the parts, in the order they run
 * @param seed         drew the order of the rounds and of every interleaved block ({@code --seed}
 *                     repeats it); null in plans written before runs were shuffled
 */
public record Plan(String profile, int cores, List<Integer> workers, String cpus, String candidateJar,
                   String baselineJar, List<Part> parts, Long seed) {

    public boolean paired() {
        return baselineJar != null;
    }

    public double estimateSeconds() {
        return parts.stream().mapToDouble(Part::estimateSeconds).sum();
    }
}
