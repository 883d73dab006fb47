package io.github.parbench.cli.scaling;

/**
 * A figure to draw with its interval, which need not be symmetric (a ratio's interval, formed on
 * the log scale, is not).
 *
 * @param value the estimate
 * @param low   the interval's lower end
 * @param high  the interval's upper end
 */
public record Interval(double value, double low, double high) {

    /** The same interval with every end divided by {@code divisor}, e.g. a speedup's as an efficiency's. */
    public Interval dividedBy(double divisor) {
        return new Interval(value / divisor, low / divisor, high / divisor);
    }
}
