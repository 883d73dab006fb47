package io.github.parbench.cli.bench;

import java.util.List;
import java.util.Map;

/**
 * One benchmark class as a jar lists it ({@code -lp}): its methods and its params' default values.
 *
 * @param className the fully qualified class name
 * @param methods   the benchmark method names
 * @param params    each param's default values, in the order JMH lists them
 */
public record Suite(String className, List<String> methods, Map<String, List<String>> params) {

    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** A scaling suite takes {@code model} and {@code workers}, so bench splits it by model. */
    public boolean isScaling() {
        return params.containsKey("model") && params.containsKey("workers");
    }

    /** The JMH include regex that selects this class's methods and no other class's. */
    public String includeRegex() {
        return "^" + className.replace(".", "\\.") + "\\.";
    }

    /** Benchmarks one invocation yields: methods times every combination of the given params. */
    public int combinations(Map<String, List<String>> chosen) {
        int count = methods.size();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            count *= chosen.getOrDefault(param.getKey(), param.getValue()).size();
        }
        return count;
    }
}
