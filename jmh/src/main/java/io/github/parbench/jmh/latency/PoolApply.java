package io.github.parbench.jmh.latency;

import io.github.parbench.pool.BuiltinTasks;
import io.github.parbench.pool.ProcessPool;

/** {@code ProcessPool.apply(echo, x)} on a one-worker pool: two pipe crossings and two thread hand-offs. */
final class PoolApply implements RoundTrip {

    private final ProcessPool pool;

    PoolApply(long spinMicros) {
        pool = ProcessPool.builder().workers(1).spinMicros(spinMicros).start();
    }

    @Override
    public String name() {
        return "processPoolApply";
    }

    @Override
    public long roundTrip(long x) {
        return pool.apply(BuiltinTasks.ECHO, x);
    }

    @Override
    public void close() {
        pool.close();
    }
}
