package io.github.parbench.cli.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The CPU topology lines of {@code lscpu}'s output (C locale), by their field names. */
public final class LscpuFacts {

    private final Map<String, String> fields = new HashMap<>();

    private LscpuFacts() {
    }

    public static LscpuFacts parse(String output) {
        LscpuFacts facts = new LscpuFacts();
        for (String line : output.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                facts.fields.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return facts;
    }

    public Optional<String> cpuModel() {
        return text("Model name");
    }

    public Optional<Integer> sockets() {
        return number("Socket(s)");
    }

    /** Physical cores: sockets times cores per socket. */
    public Optional<Integer> cores() {
        return sockets().flatMap(s -> number("Core(s) per socket").map(c -> s * c));
    }

    public Optional<Integer> threadsPerCore() {
        return number("Thread(s) per core");
    }

    public Optional<Integer> numaNodes() {
        return number("NUMA node(s)");
    }

    private Optional<String> text(String field) {
        return Optional.ofNullable(fields.get(field)).filter(v -> !v.isEmpty());
    }

    private Optional<Integer> number(String field) {
        return text(field).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
