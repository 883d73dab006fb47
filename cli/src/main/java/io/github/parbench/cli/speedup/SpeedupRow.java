package io.github.parbench.cli.speedup;

/**
 * One contender of an interleaved run: its time per operation and its speedup over SERIAL, the
 * geometric mean of the per-block ratios with the interval the harness computed.
 *
 * @param model      the model, or SERIAL_TWIN for the A/A control
 * @param workers    k
 * @param meanMillis its mean time per operation over the blocks
 * @param speedup    the geometric mean of T(SERIAL, b) / T(this, b)
 * @param low        the interval's lower end
 * @param high       the interval's upper end
 */
public record SpeedupRow(String model, int workers, double meanMillis, double speedup, double low, double high) {

    public double efficiency() {
        return speedup / workers;
    }

    public boolean covers(double value) {
        return low <= value && value <= high;
    }
}
