package io.github.parbench.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.runners.TestList;

class JCStressResultsTest {

    @TempDir
    Path dir;

    @Test
    void aSelectedTestWithoutResultsIsNamedWithItsLessonAndRequirement() throws Exception {
        String test = PlainIncrementLosesUpdates.class.getName();
        List<LessonResult> graded = JCStressResults.grade(List.of(test), dir.resolve("absent.bin.gz"));
        LessonResult r = graded.get(0);
        assertEquals(LessonVerdict.NO_RESULTS, r.verdict());
        assertEquals(test, r.test());
        assertTrue(r.lesson().startsWith("Lost update"), r.lesson());
        assertEquals(100, r.requiredInteresting());
        assertTrue(r.problem().contains("no results file"), r.problem());
    }

    @Test
    void everyLessonStatesItselfAndEveryRequiredHazardIsAnOutcome() throws Exception {
        assertFalse(TestList.tests().isEmpty(), "the jcstress annotation processor generated no tests");
        for (String name : TestList.tests()) {
            Class<?> test = Class.forName(TestList.getInfo(name).binaryName());
            assertNotNull(test.getAnnotation(Description.class), name + " has no @Description lesson");
            MustObserve must = test.getAnnotation(MustObserve.class);
            if (must != null) {
                assertTrue(must.min() > 0, name);
                boolean hasInteresting = Arrays.stream(test.getAnnotationsByType(Outcome.class))
                        .anyMatch(o -> o.expect() == Expect.ACCEPTABLE_INTERESTING);
                assertTrue(hasInteresting, name + " must observe a hazard but lists no ACCEPTABLE_INTERESTING outcome");
            }
        }
    }
}
