package io.github.parbench.exec;

/** One worker's share of a workload: the index range {@code [from, to)}. */
public record Range(long from, long to) {

    public Range {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad range [" + from + ", " + to + ")");
        }
    }

    public long size() {
        return to - from;
    }
}
