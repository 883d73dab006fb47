package io.github.parbench.exec;

import java.util.ArrayList;
import java.util.List;

/** Splits {@code [0, n)} into k contiguous parts whose sizes differ by at most one. */
public final class Partition {

    private Partition() {
    }

    /**
     * Exactly k parts, in order, covering {@code [0, n)}; when {@code k > n} the extra parts are
     * empty, so every worker still gets (and answers) a part.
     */
    public static List<Range> split(long n, int k) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        if (k < 1) {
            throw new IllegalArgumentException("workers must be >= 1, was " + k);
        }
        List<Range> parts = new ArrayList<>(k);
        long base = n / k;
        long extra = n % k;
        long from = 0;
        for (int i = 0; i < k; i++) {
            long to = from + base + (i < extra ? 1 : 0);
            parts.add(new Range(from, to));
            from = to;
        }
        return parts;
    }
}
