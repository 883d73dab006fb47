package io.github.parbench.jcstress;

import java.time.Instant;
import java.util.List;

/** Everything one gate run concluded: what conformance.json holds and the summary prints. */
public record ConformanceReport(String jcstressVersion, String mode, Instant generated, List<LessonResult> tests) {

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
