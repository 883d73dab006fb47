package io.github.parbench.workload;

import io.github.parbench.workload.Countdown;
import io.github.parbench.workload.SqrtSum;
import io.github.parbench.workload.Workload;
import java.util.Arrays;
import java.util.Locale;

/**
 * The workloads the scaling experiments measure, with the problem sizes they are measured at, in
 * one place: the JMH suites and the interleaved harness take {@code size=large}, {@code small} or an
 * explicit n and must mean the same n by it.
 *
 * <p>{@code large}: the lecture's own n (countdown(50M), the sum of sqrt over range(10M)), so the
 * JVM and CPython run the same problem; one serial operation on the JVM took 19.0 ms (countdown) and
 * 26.4 ms (sqrt) on the 2-vCPU development VM (results/vm-20261202-063321), so starting workers and
 * passing messages is small next to it. {@code small}: 71 us and 0.25 ms there, where a process
 * round trip costs more than the work (the lecture's lesson about granularity).
 */
public enum ScalingWorkload {
    COUNTDOWN(Countdown.NAME, "CountdownScaling", 50_000_000L, 200_000L),
    SQRT(SqrtSum.NAME, "SqrtScaling", 10_000_000L, 100_000L);

    private final String workloadName;
    private final String suite;
    private final long large;
    private final long small;

    ScalingWorkload(String workloadName, String suite, long large, long small) {
        this.workloadName = workloadName;
        this.suite = suite;
        this.large = large;
        this.small = small;
    }

    /** The name the workload registry and the command lines use: countdown, sqrt. */
    public String workloadName() {
        return workloadName;
    }

    /** The simple name of the JMH suite that measures this workload. */
    public String suite() {
        return suite;
    }

    public Workload workload() {
        return io.github.parbench.workload.Workloads.byName(workloadName);
    }

    /** n for {@code large}, {@code small} or an explicit count {@code >= 0}. */
    public long n(String size) {
        return switch (size) {
            case "large" -> large;
            case "small" -> small;
            default -> explicit(size);
        };
    }

    private static long explicit(String size) {
        try {
            long n = Long.parseLong(size);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message naming what is accepted
        }
        throw new IllegalArgumentException("size must be 'large', 'small' or a count >= 0, was '" + size + "'");
    }

    /** The workload by its command-line name; the message lists the known ones. */
    public static ScalingWorkload byName(String name) {
        return Arrays.stream(values()).filter(w -> w.workloadName.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown workload '" + name + "' (known: "
                        + String.join(", ", Arrays.stream(values()).map(ScalingWorkload::workloadName).toList()) + ")"));
    }
}
