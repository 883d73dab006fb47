package io.github.parbench.jmh.latency;

import io.github.parbench.jmh.interleaved.CountedJvms;
import io.github.parbench.process.JitCompilations;
import org.HdrHistogram.Histogram;

/**
 * A {@link RoundTrip} of this JVM timed trip by trip, with its compilations counted in this JVM and
 * in the worker JVMs it talks to (the same counting the interleaved harness does).
 */
final class JvmCase implements LatencyCase {

    private final RoundTrip trip;
    private final CountedJvms jvms;
    private long next;

    /** @param harness this JVM's counter, shared by every case (not closed here) */
    JvmCase(RoundTrip trip, JitCompilations harness) {
        this.trip = trip;
        this.jvms = new CountedJvms(harness, trip::workerPids, trip.workerJvms());
    }

    @Override
    public String name() {
        return trip.name();
    }

    @Override
    public String side() {
        return JVM;
    }

    @Override
    public String path() {
        return trip.path();
    }

    @Override
    public void trips(int count, Histogram into) throws Exception {
        for (int i = 0; i < count; i++) {
            long x = next++;
            long start = System.nanoTime();
            long echoed = trip.roundTrip(x);
            into.recordValue(System.nanoTime() - start);
            if (echoed != x) {
                throw new IllegalStateException(trip.name() + " echoed " + echoed + " for " + x);
            }
        }
    }

    @Override
    public long compilations() {
        return jvms.finished();
    }

    @Override
    public int jvms() {
        return jvms.jvms();
    }

    @Override
    public void close() throws Exception {
        try {
            trip.close();
        } finally {
            jvms.close();
        }
    }
}
