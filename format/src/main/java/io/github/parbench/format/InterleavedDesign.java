package io.github.parbench.format;

import java.util.List;

/**
 * The {@code interleaved} object of an interleaved harness's result: what reproduces the run and
 * what the report needs to set it beside JMH's figures.
 *
 * @param schedule       "interleaved", or "sequential" for the deliberately biased design
 * @param seed           the seed of the block order
 * @param warmupBlocks   untimed blocks before the measured ones
 * @param blocks         measured blocks (per fork, for the CPython reference)
 * @param n              the problem size
 * @param suite          the simple name of the JMH suite of the same workload, e.g. CountdownScaling
 * @param confidence     the level of the speedup intervals, e.g. 0.95
 * @param contenders     how many configurations shared each block (0 when the file does not say)
 * @param batch          operations timed together in each entry (1: single operations)
 * @param minEntryMillis the entry length below which operations were batched (0 when the file does not say)
 * @param positions      where in each block this configuration ran (empty when the file does not say)
 */
public record InterleavedDesign(String schedule, long seed, int warmupBlocks, int blocks, long n, String suite,
                                double confidence, int contenders, int batch, double minEntryMillis,
                                List<Integer> positions) {

    public InterleavedDesign {
        positions = List.copyOf(positions);
    }

    /** A design that records only what the report needs (as the CPython reference writes it). */
    public InterleavedDesign(String schedule, long seed, int warmupBlocks, int blocks, long n, String suite,
                             double confidence) {
        this(schedule, seed, warmupBlocks, blocks, n, suite, confidence, 0, 1, 0, List.of());
    }
}
