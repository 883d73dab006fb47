package io.github.parbench.cli.bench;

import io.github.parbench.exec.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Models the jar's scaling suites list that this JVM cannot run (VIRTUAL_THREADS before JDK 21).
 * Every part runs on the java that runs bench, so a model this JVM lacks no part would have: it is
 * taken out of the suites before planning, with one line saying why, which env.json keeps
 * ({@code modelsLeftOut}) so the report says why the model is absent.
 *
 * @param reasons each unavailable model's name and why it is unavailable, naming the JVM
 */
public record UnavailableModels(Map<String, String> reasons) {

    private static final String MODEL = "model";

    public UnavailableModels {
        reasons = Map.copyOf(reasons);
    }

    public static UnavailableModels ofThisJvm() {
        return new UnavailableModels(Model.unavailableHere());
    }

    /** Why each model the selection would have run from these suites is left out: one line each. */
    public List<String> leftOut(List<Suite> suites, Selection selection) {
        List<String> lines = new ArrayList<>();
        for (Suite suite : suites) {
            if (!suite.isScaling() || !selection.wantsSuite(suite.simpleName())) {
                continue;
            }
            for (String model : selection.filterModels(suite.params().get(MODEL))) {
                String why = reasons.get(model);
                if (why != null && !lines.contains(why)) {
                    lines.add(why);
                }
            }
        }
        return lines;
    }

    /** The suites with the unavailable models taken out of their {@code model} param. */
    public List<Suite> remove(List<Suite> suites) {
        return suites.stream().map(this::remove).toList();
    }

    private Suite remove(Suite suite) {
        if (!suite.isScaling()) {
            return suite;
        }
        Map<String, List<String>> params = new LinkedHashMap<>(suite.params());
        params.put(MODEL, params.get(MODEL).stream().filter(m -> !reasons.containsKey(m)).toList());
        return new Suite(suite.className(), suite.methods(), params);
    }
}
