package io.github.parbench.cli.speedup;

import java.util.List;
import java.util.Optional;

/**
 * What the A/A control says about each experiment. SERIAL's twin runs the very same code, so its
 * ratio's interval should cover 1.0. One that excludes 1.0 means something on the machine moved the
 * figures: the control failed. One that covers 1.0 but is wider than ±{@value #RESOLUTION_PERCENT}%
 * is no failure; it only says the run could not see differences that small (low resolution), and
 * more blocks narrow it. The point estimate alone is never judged: inside a wide interval, 1.05 is
 * as consistent with 1.0 as 1.001 is.
 */
public final class NoiseCheck {

    /** The resolution below which the report calls a run's differences of a few percent visible. */
    public static final int RESOLUTION_PERCENT = 3;
    static final double FINE = RESOLUTION_PERCENT / 100.0;

    /** The A/A control's verdict on one experiment. */
    public enum Verdict {
        /** Its interval covers 1.0 and is no wider than ±3%. */
        HELD,
        /** Its interval covers 1.0 but is wider than ±3%: differences that small are not visible. */
        LOW_RESOLUTION,
        /** Its interval excludes 1.0: the machine moved the figures. */
        FAILED
    }

    private NoiseCheck() {
    }

    /** The verdict on one experiment; empty when it has no A/A control. */
    public static Optional<Verdict> verdict(SpeedupTable table) {
        return table.twin().map(twin -> judge(twin.covers(1.0), twin.relativeHalfWidth()));
    }

    /**
     * The verdict of the two-core A/A control (THREAD_POOL against its identical twin, in the same
     * blocks), by the same rule; empty when the experiment has none. SERIAL's twin runs on one core
     * and cannot see what only hits the second.
     */
    public static Optional<Verdict> twoCoreVerdict(SpeedupTable table) {
        return table.twoCoreControl().map(c -> judge(c.covers(1.0), c.relativeHalfWidth()));
    }

    /** The experiments whose two-core control failed. */
    public static List<SpeedupTable> twoCoreFailed(List<SpeedupTable> tables) {
        return tables.stream().filter(t -> twoCoreVerdict(t).orElse(null) == Verdict.FAILED).toList();
    }

    private static Verdict judge(boolean coversOne, double relativeHalfWidth) {
        return !coversOne ? Verdict.FAILED : coarse(relativeHalfWidth) ? Verdict.LOW_RESOLUTION : Verdict.HELD;
    }

    /** The experiments with an A/A control. */
    public static List<SpeedupTable> controlled(List<SpeedupTable> tables) {
        return tables.stream().filter(t -> t.twin().isPresent()).toList();
    }

    /** The experiments whose control failed. */
    public static List<SpeedupTable> failed(List<SpeedupTable> tables) {
        return tables.stream().filter(t -> verdict(t).orElse(null) == Verdict.FAILED).toList();
    }

    /**
     * The experiments whose control's interval is wider than ±3%, failed or not: whatever the
     * verdict, they cannot see differences of a few percent.
     */
    public static List<SpeedupTable> coarse(List<SpeedupTable> tables) {
        return tables.stream().filter(t -> t.resolution().stream().anyMatch(NoiseCheck::coarse)).toList();
    }

    /** The widest control interval among the experiments, as a relative half-width; NaN without one. */
    public static double worstResolution(List<SpeedupTable> tables) {
        return tables.stream().flatMapToDouble(t -> t.resolution().stream()).max().orElse(Double.NaN);
    }

    static boolean coarse(double relativeHalfWidth) {
        return relativeHalfWidth > FINE;
    }
}
