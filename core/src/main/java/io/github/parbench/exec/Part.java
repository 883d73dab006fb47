package io.github.parbench.exec;

/** One worker's share of a workload: the index range {@code [from, to)}. */
public record Part(long from, long to) {

    public Part {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad part [" + from + ", " + to + ")");
        }
    }

    public long size() {
        return to - from;
    }
}
