package io.github.parbench.format;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * paired.json: the two builds of a paired run ({@code scripts/bench --baseline}), measured fork by
 * fork in alternation.
 *
 * @param rounds the rounds planned (the report counts the complete ones on disk)
 * @param suites the suites measured
 * @param other  notes this schema does not name (a hand-made fixture says what it was derived from), kept
 */
public record Pairing(Side baseline, Side candidate, int rounds, List<String> suites,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {

    public Pairing {
        other = other == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /** A pairing with no notes beyond the schema's. */
    public Pairing(Side baseline, Side candidate, int rounds, List<String> suites) {
        this(baseline, candidate, rounds, suites, Map.of());
    }

    /**
     * One build.
     *
     * @param label     what tables call it: the commit's first 12 digits, or the jar's name
     * @param jar       its benchmarks jar
     * @param gitCommit its commit, when it came from a checkout
     */
    public record Side(String label, String jar, String gitCommit) {

        /** The label, else the commit, else the jar: whatever names the build. */
        public String name() {
            for (String candidate : new String[] {label, gitCommit, jar}) {
                if (candidate != null && !candidate.isBlank()) {
                    return candidate;
                }
            }
            return "";
        }
    }
}
