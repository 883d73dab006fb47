package io.github.parbench.jmh.latency;

import io.github.parbench.pool.BuiltinTasks;
import io.github.parbench.pool.ProcessPool;
import java.util.List;

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
    public String path() {
        return "ProcessPool.apply with nothing queued: the caller's own thread writes the task to the worker JVM's pipe"
                + " and reads the reply from its named pipe (no pool thread in between); two pipe crossings, each"
                + " waking the thread on the other side";
    }

    @Override
    public List<Long> workerPids() {
        return pool.workerPids();
    }

    @Override
    public int workerJvms() {
        return 1;
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
