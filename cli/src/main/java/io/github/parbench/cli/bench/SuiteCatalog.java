package io.github.parbench.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suites a benchmarks jar holds, read from its {@code -lp} listing, so bench runs exactly what
 * the jar has: a suite added to the jar is picked up without touching bench, and a scaling
 * suite is recognised by its params rather than by a list of names.
 */
public final class SuiteCatalog {

    private final List<Suite> suites;

    private SuiteCatalog(List<Suite> suites) {
        this.suites = List.copyOf(suites);
    }

    /**
     * Parses {@code java -jar benchmarks.jar -lp}: a "Benchmarks:" header, one fully qualified
     * method per line, each followed by indented {@code param "name" = {a, b}} lines.
     */
    public static SuiteCatalog parse(String listing) {
        Map<String, List<String>> methods = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> params = new LinkedHashMap<>();
        String currentClass = null;
        for (String line : listing.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("Benchmarks:")) {
                continue;
            }
            if (trimmed.startsWith("param ")) {
                if (currentClass != null) {
                    addParam(params.get(currentClass), trimmed);
                }
                continue;
            }
            int dot = trimmed.lastIndexOf('.');
            if (dot <= 0 || trimmed.contains(" ")) {
                continue;
            }
            currentClass = trimmed.substring(0, dot);
            methods.computeIfAbsent(currentClass, c -> new ArrayList<>()).add(trimmed.substring(dot + 1));
            params.computeIfAbsent(currentClass, c -> new LinkedHashMap<>());
        }
        List<Suite> suites = new ArrayList<>();
        methods.forEach((cls, ms) -> suites.add(new Suite(cls, ms, params.get(cls))));
        return new SuiteCatalog(suites);
    }

    private static void addParam(Map<String, List<String>> into, String line) {
        // param "model" = {SERIAL, THREADS}
        int open = line.indexOf('"');
        int close = line.indexOf('"', open + 1);
        int brace = line.indexOf('{');
        int end = line.lastIndexOf('}');
        if (open < 0 || close < 0 || brace < 0 || end < brace) {
            return;
        }
        String name = line.substring(open + 1, close);
        List<String> values = Arrays.stream(line.substring(brace + 1, end).split(","))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
        into.putIfAbsent(name, values);
    }

    public List<Suite> suites() {
        return suites;
    }

    public Optional<Suite> find(String simpleName) {
        return suites.stream().filter(s -> s.simpleName().equals(simpleName)).findFirst();
    }
}
