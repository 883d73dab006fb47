package io.github.parbench.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.provenance.GitState;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonResultTest {

    private static final String TEST = "io.github.parbench.jcstress.Example";

    private static OutcomeCount seen(String id, String expect, long count) {
        return new OutcomeCount(id, expect, count, "desc of " + id);
    }

    @Test
    void countsEachKindAndPassesWhenNothingForbiddenShowed() {
        LessonResult r = LessonResult.graded(TEST, "lesson", 5, List.of(
                seen("2", "ACCEPTABLE", 90), seen("1", "ACCEPTABLE_INTERESTING", 10), seen("3", "FORBIDDEN", 0)));
        assertEquals(LessonVerdict.PASSED, r.verdict());
        assertEquals(100, r.samples());
        assertEquals(10, r.interesting());
        assertEquals(90, r.acceptable());
        assertEquals(0, r.forbidden());
        assertNull(r.problem());
    }

    @Test
    void anyForbiddenOutcomeFailsAndIsNamed() {
        LessonResult r = LessonResult.graded(TEST, "lesson", 0, List.of(
                seen("2", "ACCEPTABLE", 99), seen("1", "FORBIDDEN", 1)));
        assertEquals(LessonVerdict.FAILED, r.verdict());
        assertEquals(1, r.forbidden());
        assertTrue(r.problem().contains("[1]") && r.problem().contains("desc of 1"), r.problem());
    }

    @Test
    void aRequiredHazardSeenTooRarelyFails() {
        LessonResult r = LessonResult.graded(TEST, "lesson", 100, List.of(
                seen("2", "ACCEPTABLE", 1000), seen("1", "ACCEPTABLE_INTERESTING", 99)));
        assertEquals(LessonVerdict.FAILED, r.verdict());
        assertTrue(r.problem().contains("100") && r.problem().contains("99"), r.problem());
        assertEquals(LessonVerdict.PASSED, LessonResult.graded(TEST, "lesson", 99, r.outcomes()).verdict());
    }

    @Test
    void anUngradedOutcomeFails() {
        LessonResult r = LessonResult.graded(TEST, "lesson", 0, List.of(seen("7", "UNKNOWN", 3)));
        assertEquals(LessonVerdict.FAILED, r.verdict());
        assertTrue(r.problem().contains("UNKNOWN"), r.problem());
    }

    @Test
    void aTestThatRanWithoutSamplesHasNoResults() {
        LessonResult r = LessonResult.graded(TEST, "lesson", 0, List.of(seen("2", "ACCEPTABLE", 0)));
        assertEquals(LessonVerdict.NO_RESULTS, r.verdict());
    }

    @Test
    void anErroredTestKeepsItsCountsButNeverPasses() {
        LessonResult r = LessonResult.errored(TEST, "lesson", 0, "ERROR",
                List.of(seen("2", "ACCEPTABLE", 10)), "java.lang.IllegalStateException: boom");
        assertEquals(LessonVerdict.ERROR, r.verdict());
        assertEquals(10, r.samples());
        assertTrue(r.problem().contains("boom"), r.problem());
    }

    @Test
    void aReportPassesOnlyWhenEveryTestPassedAndOneWasSelected() {
        LessonResult ok = LessonResult.graded(TEST, "lesson", 0, List.of(seen("2", "ACCEPTABLE", 1)));
        LessonResult missing = LessonResult.noResults(TEST + "2", "lesson", 1, "skipped");
        assertTrue(new ConformanceReport("0.16", "quick", java.time.Instant.EPOCH, List.of(ok), new GitState(null, null)).passed());
        ConformanceReport mixed = new ConformanceReport("0.16", "quick", java.time.Instant.EPOCH, List.of(ok, missing), new GitState(null, null));
        assertEquals(List.of(missing), mixed.failures());
        assertTrue(!mixed.passed());
        assertTrue(!new ConformanceReport("0.16", "quick", java.time.Instant.EPOCH, List.of(), new GitState(null, null)).passed());
    }
}
