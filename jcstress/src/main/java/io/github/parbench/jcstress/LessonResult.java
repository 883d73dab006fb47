package io.github.parbench.jcstress;

import java.util.List;

/**
 * The gate's verdict on one test, with the counts the summary and conformance.json show.
 *
 * @param problem why the verdict is not PASSED, naming the outcome; null when it passed
 */
public record LessonResult(String test, String lesson, LessonVerdict verdict, long samples, long interesting,
                           long forbidden, long acceptable, long requiredInteresting,
                           List<OutcomeCount> outcomes, String problem) {

    public LessonResult {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * Grades a test that ran normally: any forbidden outcome fails it, and so does a hazard seen
     * fewer times than {@code requiredInteresting}.
     */
    public static LessonResult graded(String test, String lesson, long requiredInteresting, List<OutcomeCount> outcomes) {
        long samples = 0;
        long interesting = 0;
        long forbidden = 0;
        long acceptable = 0;
        OutcomeCount worstForbidden = null;
        OutcomeCount ungraded = null;
        for (OutcomeCount o : outcomes) {
            samples += o.count();
            if (o.isForbidden()) {
                forbidden += o.count();
                if (o.count() > 0 && (worstForbidden == null || o.count() > worstForbidden.count())) {
                    worstForbidden = o;
                }
            } else if (o.isInteresting()) {
                interesting += o.count();
            } else if (o.isAcceptable()) {
                acceptable += o.count();
            } else if (o.count() > 0) {
                ungraded = o;
            }
        }
        String problem = null;
        if (samples == 0) {
            return new LessonResult(test, lesson, LessonVerdict.NO_RESULTS, 0, 0, 0, 0, requiredInteresting, outcomes,
                    "ran but recorded no samples");
        } else if (worstForbidden != null) {
            problem = "observed FORBIDDEN outcome [" + worstForbidden.id() + "] " + worstForbidden.count()
                    + " times (" + worstForbidden.description() + ")";
        } else if (ungraded != null) {
            problem = "observed outcome [" + ungraded.id() + "] graded " + ungraded.expect();
        } else if (interesting < requiredInteresting) {
            problem = "the hazard must show at least " + requiredInteresting + " times but showed "
                    + interesting + " times";
        }
        LessonVerdict verdict = problem == null ? LessonVerdict.PASSED : LessonVerdict.FAILED;
        return new LessonResult(test, lesson, verdict, samples, interesting, forbidden, acceptable,
                requiredInteresting, outcomes, problem);
    }

    /** A test jcstress reported as errored (exception escaping an actor, timeout, VM crash, skip). */
    public static LessonResult errored(String test, String lesson, long requiredInteresting, String status,
                                       List<OutcomeCount> outcomes, String firstMessage) {
        LessonResult counted = graded(test, lesson, requiredInteresting, outcomes);
        String problem = "jcstress reported " + status + (firstMessage == null ? "" : ": " + firstMessage);
        return new LessonResult(test, lesson, LessonVerdict.ERROR, counted.samples, counted.interesting, counted.forbidden,
                counted.acceptable, requiredInteresting, outcomes, problem);
    }

    /** A selected test jcstress never ran or recorded. */
    public static LessonResult noResults(String test, String lesson, long requiredInteresting, String why) {
        return new LessonResult(test, lesson, LessonVerdict.NO_RESULTS, 0, 0, 0, 0, requiredInteresting, List.of(), why);
    }

    public boolean passed() {
        return verdict == LessonVerdict.PASSED;
    }
}
