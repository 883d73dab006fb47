package io.github.parbench.cli.compare;

/**
 * What compare concludes about one benchmark. {@link #SLOWER} and {@link #BROKEN} fail a CI job, and
 * so does {@link #MISSING} unless dropping benchmarks was declared intended.
 */
public enum Verdict {
    FASTER("faster"),
    SLOWER("slower"),
    SAME("same"),
    UNSURE("unsure"),
    /** The baseline has it and the candidate does not: it crashed, was skipped or was deleted. */
    MISSING("missing"),
    /** The candidate reported a score no working benchmark has: NaN, infinite, zero or negative. */
    BROKEN("broken");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
