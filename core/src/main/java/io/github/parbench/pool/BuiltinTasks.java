package io.github.parbench.pool;

import io.github.parbench.workload.Workloads;
import java.util.List;

/** The tasks every worker knows: the execution models' workload part, and an echo. */
public final class BuiltinTasks implements TaskRegistry {

    /** Runs a registered workload ({@link Workloads#byName}) over one part; returns its checksum. */
    public static final Task<WorkloadPart, Long> WORKLOAD = Task.of("parbench.workload", WorkloadPart.CODEC,
            Codecs.LONG, part -> Workloads.byName(part.workload()).run(part.from(), part.to()));

    /** Returns its argument: the smallest round trip, which the latency suite times. */
    public static final Task<Long, Long> ECHO = Task.of("parbench.echo", Codecs.LONG, Codecs.LONG, x -> x);

    @Override
    public List<Task<?, ?>> tasks() {
        return List.of(WORKLOAD, ECHO);
    }
}
