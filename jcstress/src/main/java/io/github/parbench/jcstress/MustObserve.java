package io.github.parbench.jcstress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a jcstress test whose lesson is a hazard that must be <em>seen</em>: the gate fails the
 * build unless its ACCEPTABLE_INTERESTING outcomes were observed at least {@link #min()} times.
 *
 * <p>jcstress itself only fails on FORBIDDEN outcomes, so without this a racy test that stopped
 * racing (a lock slipped in, the JIT hoisted the field) would pass silently. Use it only for
 * hazards that show in every fork of a short run (racy increments do, by the million); a pure
 * reordering may legitimately be missed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MustObserve {

    /** How many times the interesting outcomes must show, summed over the run. */
    long min();
}
