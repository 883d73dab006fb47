package io.github.parbench.report.compare;

/** What compare concludes about one benchmark. Only {@link #SLOWER} fails a CI job. */
public enum Verdict {
    FASTER("faster"),
    SLOWER("slower"),
    SAME("same"),
    UNSURE("unsure");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
