package io.github.parbench.workload;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of workloads by name: a worker process runs only what is registered here. */
public final class Workloads {

    private static final Map<String, Workload> BY_NAME = List.of(new Countdown(), new SqrtSum())
            .stream()
            .collect(Collectors.toUnmodifiableMap(Workload::name, Function.identity()));

    private Workloads() {
    }

    /** The workload with that name; {@link IllegalArgumentException} naming the known ones otherwise. */
    public static Workload byName(String name) {
        Workload w = BY_NAME.get(name);
        if (w == null) {
            throw new IllegalArgumentException("unknown workload '" + name + "' (known: "
                    + String.join(", ", BY_NAME.keySet().stream().sorted().toList()) + ")");
        }
        return w;
    }
}
