package io.github.parbench.cli.speedup;

import io.github.parbench.format.InterleavedDesign;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One interleaved experiment: a workload at one size, on the JVM or on CPython, every contender's
 * speedup, and SERIAL's and its twin's time in every block (the drift the design had to survive).
 *
 * @param cpython     true for the CPython reference
 * @param workload    countdown, sqrt
 * @param size        large, small or an explicit n
 * @param design      seed, blocks, n, the JMH suite of the same workload
 * @param rows        every contender, SERIAL first, the twin second
 * @param serialBlocks SERIAL's time per block, in run order (forks one after another)
 * @param twinBlocks  the twin's, likewise
 */
public record SpeedupTable(boolean cpython, String workload, String size, InterleavedDesign design,
                           List<SpeedupRow> rows, double[] serialBlocks, double[] twinBlocks) {

    public static final String TWIN = "SERIAL_TWIN";

    public String title() {
        return workload + ", " + size + " (n = " + NumberFormat.getIntegerInstance(Locale.ROOT).format(design.n()) + ")"
                + (cpython ? ", CPython" : "");
    }

    public Optional<SpeedupRow> twin() {
        return rows.stream().filter(r -> TWIN.equals(r.model())).findFirst();
    }

    /**
     * The smallest difference this experiment can see: the A/A control's interval half-width,
     * relative to its estimate. Empty without a control.
     */
    public OptionalDouble resolution() {
        return twin().map(t -> OptionalDouble.of(t.relativeHalfWidth())).orElse(OptionalDouble.empty());
    }

    /** The row of a model at k workers, when the run measured it. */
    public Optional<SpeedupRow> row(String model, int workers) {
        return rows.stream().filter(r -> r.model().equals(model) && r.workers() == workers).findFirst();
    }
}
