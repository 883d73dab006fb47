package io.github.parbench.cli.compare;

/**
 * Where a row's samples came from, which decides what noise its interval covers. The table names it,
 * so rows of different designs can stand in one comparison.
 */
public enum Design {
    /** Two separate runs: the samples are per-fork means, and whatever changed between runs is in them. */
    UNPAIRED("unpaired", "forks"),
    /** A paired run's JMH forks, one baseline and one candidate fork per round, back to back. */
    ROUNDS("rounds", "rounds"),
    /** Both builds' entries in the same interleaved blocks: the samples are per-block ratios. */
    INTERLEAVED("interleaved", "blocks");

    private final String label;
    private final String samples;

    Design(String label, String samples) {
        this.label = label;
        this.samples = samples;
    }

    public String label() {
        return label;
    }

    /** What one independent sample is called, in the plural ("rounds"). */
    public String samples() {
        return samples;
    }
}
