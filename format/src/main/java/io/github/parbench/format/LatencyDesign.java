package io.github.parbench.format;

import java.util.List;

/**
 * The {@code latency} object of a round-trip latency result: which side it measured and by which
 * path, how its slices were interleaved with every other case's, how warm it was, and whether the
 * JIT still compiled while it was measured.
 *
 * @param side          "JVM", or "CPython" for the reference measured in the same run
 * @param path          the way one round trip takes, in words (which threads and pipes it crosses)
 * @param seed          the seed of the slice order
 * @param slices        measured slices of this case and load
 * @param tripsPerSlice round trips timed in each slice
 * @param contenders    how many (case, load) pairs shared each round of slices
 * @param positions     where in each round this case and load ran
 * @param warmup        how it was warmed (null when the file does not say)
 * @param compilationsDuringMeasurement JIT compilations that finished during its measured slices,
 *                      summed over every JVM it ran in (-1: not recorded, or no JIT to count)
 */
public record LatencyDesign(String side, String path, long seed, int slices, int tripsPerSlice, int contenders,
                            List<Integer> positions, InterleavedDesign.Warmup warmup,
                            long compilationsDuringMeasurement) {

    public static final String JVM = "JVM";
    public static final String CPYTHON = "CPython";

    public LatencyDesign {
        positions = List.copyOf(positions);
    }
}
