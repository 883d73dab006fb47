package io.github.parbench.cli.speedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a run's machine was quiet enough for its speedups to be trusted, judged by the A/A
 * control: SERIAL's twin runs the very same code, so its ratio should be 1. An interval that
 * excludes 1, or a ratio more than {@value #TOLERANCE_PERCENT}% off, means something on the machine
 * moved the figures by as much as the differences the report is about.
 */
public final class NoiseCheck {

    public static final int TOLERANCE_PERCENT = 3;
    static final double TOLERANCE = TOLERANCE_PERCENT / 100.0;

    private NoiseCheck() {
    }

    /** One line per experiment whose control failed; empty when every control held. */
    public static List<String> problems(List<SpeedupTable> tables) {
        List<String> problems = new ArrayList<>();
        for (SpeedupTable table : tables) {
            table.twin().ifPresent(twin -> {
                boolean off = Math.abs(twin.speedup() - 1) > TOLERANCE;
                if (off || !twin.covers(1.0)) {
                    problems.add(String.format(Locale.ROOT, "%s: the A/A control came out %.3f [%.3f, %.3f]%s",
                            table.title(), twin.speedup(), twin.low(), twin.high(),
                            off ? ", more than " + TOLERANCE_PERCENT + "% off 1.0" : ", an interval that excludes 1.0"));
                }
            });
        }
        return problems;
    }
}
