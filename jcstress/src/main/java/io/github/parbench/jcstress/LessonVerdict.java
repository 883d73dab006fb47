package io.github.parbench.jcstress;

/** What the gate concluded about one selected test. */
public enum LessonVerdict {
    PASSED,
    /** A forbidden outcome was observed, or a required hazard was not. */
    FAILED,
    /** jcstress reported the test as errored, timed out, crashed or skipped. */
    ERROR,
    /** The test was selected but jcstress recorded nothing for it. */
    NO_RESULTS
}
