package io.github.parbench.cli.speedup;

import io.github.parbench.format.InterleavedDesign;

/**
 * One contender of an interleaved run: its time per operation and its speedup over SERIAL, the
 * geometric mean of the per-block ratios with the interval the harness computed, and how it was
 * warmed and how precise the harness made it.
 *
 * @param model        the model, or SERIAL_TWIN for the A/A control
 * @param workers      k
 * @param meanMillis   its mean time per operation over the blocks
 * @param speedup      the geometric mean of T(SERIAL, b) / T(this, b)
 * @param low          the interval's lower end
 * @param high         the interval's upper end
 * @param warmup       how it was warmed (null when its file does not say)
 * @param compilations JIT compilations that finished during its measured entries (-1: not recorded)
 * @param precision    the precision asked for and reached (null when its file does not say)
 */
public record SpeedupRow(String model, int workers, double meanMillis, double speedup, double low, double high,
                         InterleavedDesign.Warmup warmup, long compilations, InterleavedDesign.Precision precision) {

    /** A contender as files from before warm-up, compilations and precision were recorded describe it. */
    public SpeedupRow(String model, int workers, double meanMillis, double speedup, double low, double high) {
        this(model, workers, meanMillis, speedup, low, high, null, -1, null);
    }

    public double efficiency() {
        return speedup / workers;
    }

    public boolean covers(double value) {
        return low <= value && value <= high;
    }

    /**
     * Half the interval's width relative to the speedup, as the harness measures precision: 0.05
     * means a difference under about ±5% from this figure is not visible. SERIAL's own [1, 1] gives 0.
     */
    public double relativeHalfWidth() {
        return (high - low) / 2 / speedup;
    }

    /** True when JIT compilations were seen finishing while this contender was measured. */
    public boolean compiledDuringMeasurement() {
        return compilations > 0;
    }
}
