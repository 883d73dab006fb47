package io.github.parbench.pool;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** One part of a named workload, {@code [from, to)}: the argument of {@link BuiltinTasks#WORKLOAD}. */
public record WorkloadPart(String workload, long from, long to) {

    public static final Codec<WorkloadPart> CODEC = Codec.of(WorkloadPart::write, WorkloadPart::read);

    private static void write(DataOutput out, WorkloadPart part) throws IOException {
        Codecs.STRING.write(out, part.workload());
        out.writeLong(part.from());
        out.writeLong(part.to());
    }

    private static WorkloadPart read(DataInput in) throws IOException {
        return new WorkloadPart(Codecs.STRING.read(in), in.readLong(), in.readLong());
    }
}
