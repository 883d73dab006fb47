package io.github.parbench.jcstress;

import io.github.parbench.provenance.GitState;
import java.time.Instant;
import java.util.List;

/**
 * Everything one gate run concluded: what conformance.json holds and the summary prints.
 *
 * @param git the checkout the lessons were built from, so a copy of the verdict can be matched to a build
 */
public record ConformanceReport(String jcstressVersion, String mode, Instant generated, List<LessonResult> tests,
                                GitState git) {

    public ConformanceReport {
        tests = List.copyOf(tests);
    }

    /** Passed only when something was selected and every selected test passed. */
    public boolean passed() {
        return !tests.isEmpty() && tests.stream().allMatch(LessonResult::passed);
    }

    public List<LessonResult> failures() {
        return tests.stream().filter(t -> !t.passed()).toList();
    }
}
