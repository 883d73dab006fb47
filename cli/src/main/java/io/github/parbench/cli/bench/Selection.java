package io.github.parbench.cli.bench;

import java.util.List;
import java.util.Set;

/**
 * What the user narrowed a run to ({@code --suites}, {@code --models}, {@code --sizes}); an empty
 * set means everything the jar has.
 */
public record Selection(Set<String> suites, Set<String> models, Set<String> sizes, boolean python) {

    public static Selection everything(boolean python) {
        return new Selection(Set.of(), Set.of(), Set.of(), python);
    }

    boolean wantsSuite(String simpleName) {
        return suites.isEmpty() || suites.contains(simpleName);
    }

    List<String> filterModels(List<String> available) {
        return models.isEmpty() ? available : available.stream().filter(models::contains).toList();
    }

    List<String> filterSizes(List<String> available) {
        return sizes.isEmpty() ? available : available.stream().filter(sizes::contains).toList();
    }
}
