package io.github.parbench.jcstress;

/**
 * One row of a jcstress result: an outcome id, how the test grades it, how often it was seen.
 *
 * @param expect the jcstress {@code Expect} name (ACCEPTABLE, ACCEPTABLE_INTERESTING, FORBIDDEN, ...)
 */
public record OutcomeCount(String id, String expect, long count, String description) {

    boolean isForbidden() {
        return "FORBIDDEN".equals(expect);
    }

    boolean isInteresting() {
        return "ACCEPTABLE_INTERESTING".equals(expect);
    }

    /** Acceptable in any flavour; UNKNOWN (an ungraded outcome) is not. */
    boolean isAcceptable() {
        return expect.startsWith("ACCEPTABLE") && !isInteresting();
    }
}
