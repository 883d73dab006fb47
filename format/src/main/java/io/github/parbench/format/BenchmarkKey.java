package io.github.parbench.format;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What makes two JMH results "the same benchmark": its name, its mode (one method may run in several)
 * and its params. Params are kept sorted by name so the key does not depend on JSON field order.
 */
public record BenchmarkKey(String benchmark, String mode, SortedMap<String, String> params)
        implements Comparable<BenchmarkKey> {

    private static final Comparator<BenchmarkKey> ORDER = Comparator.comparing(BenchmarkKey::benchmark)
            .thenComparing(BenchmarkKey::mode)
            .thenComparing(BenchmarkKey::paramsText, BenchmarkKey::compareNaturally);

    public BenchmarkKey {
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    public static BenchmarkKey of(String benchmark, String mode, Map<String, String> params) {
        return new BenchmarkKey(benchmark, mode, new TreeMap<>(params));
    }

    /** {@code model=SERIAL, size=small, workers=2}, or empty when the benchmark has no params. */
    public String paramsText() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    @Override
    public int compareTo(BenchmarkKey other) {
        return ORDER.compare(this, other);
    }

    /** Orders {@code workers=10} after {@code workers=2}: digits runs compare as numbers. */
    static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String numA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String numB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(numA.length(), numB.length());
                int byDigits = byLength != 0 ? byLength : numA.compareTo(numB);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
