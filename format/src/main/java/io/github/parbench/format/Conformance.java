package io.github.parbench.format;

import java.util.List;

/**
 * conformance.json: the jcstress gate's verdict on every lesson, for the commit it built.
 *
 * @param gitCommit the commit the verdicts are for (bench copies the file into a run only for it); null in older files
 * @param gitDirty  whether that checkout had uncommitted changes; null in older files
 * @param passed    whether every lesson passed
 */
public record Conformance(String tool, String jcstressVersion, String mode, String generated, String gitCommit,
                          Boolean gitDirty, boolean passed, List<Lesson> tests) {

    /**
     * One jcstress test and what it showed.
     *
     * @param verdict             PASSED, FAILED, ERRORED, ...
     * @param interesting         samples of the hazard the lesson is about (a lost update, ...)
     * @param requiredInteresting how often the hazard must show for the lesson to count as shown
     */
    public record Lesson(String test, String lesson, String verdict, long samples, long interesting, long forbidden,
                         long acceptable, long requiredInteresting, List<Outcome> outcomes) {
    }

    /** One outcome of a test: its id (the actors' results), its grading, how often it was seen, what it means. */
    public record Outcome(String id, String expect, long count, String description) {
    }
}
