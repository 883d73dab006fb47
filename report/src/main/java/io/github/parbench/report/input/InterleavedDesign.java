package io.github.parbench.report.input;

/**
 * The {@code interleaved} object of an interleaved harness's result: what reproduces the run and
 * what the report needs to set it beside JMH's figures.
 *
 * @param schedule     "interleaved", or "sequential" for the deliberately biased design
 * @param seed         the seed of the block order
 * @param warmupBlocks untimed blocks before the measured ones
 * @param blocks       measured blocks (per fork, for the CPython reference)
 * @param n            the problem size
 * @param suite        the simple name of the JMH suite of the same workload, e.g. CountdownScaling
 * @param confidence   the level of the speedup intervals, e.g. 0.95
 */
public record InterleavedDesign(String schedule, long seed, int warmupBlocks, int blocks, long n, String suite,
                                double confidence) {
}
