package io.github.parbench.pool;

import io.github.parbench.workload.Workload;
import io.github.parbench.workload.Workloads;
import java.util.List;

/** The tasks every worker knows: the execution models' workload part (plain, or timed by the worker), and an echo. */
public final class BuiltinTasks implements TaskRegistry {

    /** Runs a registered workload ({@link Workloads#byName}) over one part; returns its checksum. */
    public static final Task<WorkloadPart, Long> WORKLOAD = Task.of("parbench.workload", WorkloadPart.CODEC,
            Codecs.LONG, part -> Workloads.byName(part.workload()).run(part.from(), part.to()));

    /**
     * Runs a part as {@link #WORKLOAD} does and returns {@code [checksum, nanoseconds]}: the time the
     * work itself took in the worker, by the worker's clock. Subtracted from a round trip's time it
     * leaves what the pool adds (requests, replies, wake-ups); set beside the same work timed in the
     * parent it shows whether the work itself runs slower in a worker JVM.
     */
    public static final Task<WorkloadPart, long[]> TIMED_WORKLOAD = Task.of("parbench.workload.timed", WorkloadPart.CODEC,
            Codecs.LONGS, part -> {
                Workload workload = Workloads.byName(part.workload());
                long start = System.nanoTime();
                long checksum = workload.run(part.from(), part.to());
                return new long[] {checksum, System.nanoTime() - start};
            });

    /** Returns its argument: the smallest round trip, which the latency suite times. */
    public static final Task<Long, Long> ECHO = Task.of("parbench.echo", Codecs.LONG, Codecs.LONG, x -> x);

    @Override
    public List<Task<?, ?>> tasks() {
        return List.of(WORKLOAD, TIMED_WORKLOAD, ECHO);
    }
}
