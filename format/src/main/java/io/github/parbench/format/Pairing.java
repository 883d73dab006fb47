package io.github.parbench.format;

import java.util.List;

/**
 * paired.json: the two builds of a paired run ({@code scripts/bench --baseline}), measured fork by
 * fork in alternation.
 *
 * @param rounds the rounds planned (the report counts the complete ones on disk)
 * @param suites the suites measured
 */
public record Pairing(Side baseline, Side candidate, int rounds, List<String> suites) {

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
