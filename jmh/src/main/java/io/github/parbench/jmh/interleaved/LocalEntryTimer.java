package io.github.parbench.jmh.interleaved;

import io.github.parbench.workload.Workload;
import java.util.function.LongSupplier;

/**
 * A contender run and timed in this JVM: the batch between two readings of the clock handed in (a
 * simulated one in tests), every checksum checked against serial's after the second reading, so the
 * check is not timed.
 */
final class LocalEntryTimer implements EntryTimer {

    private final Contender contender;
    private final Workload workload;
    private final long n;
    private final long expected;
    private final LongSupplier nanoClock;

    LocalEntryTimer(Contender contender, Workload workload, long n, long expected, LongSupplier nanoClock) {
        if (contender.exec() == null) {
            throw new IllegalArgumentException(contender.label() + " runs in another JVM: it cannot be timed here");
        }
        this.contender = contender;
        this.workload = workload;
        this.n = n;
        this.expected = expected;
        this.nanoClock = nanoClock;
    }

    @Override
    public long time(int times) {
        long[] checksums = new long[times];
        long start = nanoClock.getAsLong();
        for (int i = 0; i < times; i++) {
            checksums[i] = contender.exec().run(workload, n);
        }
        long elapsed = nanoClock.getAsLong() - start;
        for (long checksum : checksums) {
            if (checksum != expected) {
                throw new IllegalStateException(contender.label() + " on " + workload.name() + " (n = " + n
                        + ") returned checksum " + checksum + ", serial's is " + expected);
            }
        }
        return elapsed;
    }
}
