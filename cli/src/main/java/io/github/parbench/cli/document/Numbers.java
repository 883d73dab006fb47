package io.github.parbench.cli.document;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers read in tables: a few significant digits, never scientific notation, "—" for none. */
public final class Numbers {

    public static final String NONE = "—";

    private Numbers() {
    }

    /** {@code 0.05898} for 0.058978941..., {@code 1235} for 1234.56: four significant digits. */
    public static String significant(double value) {
        return significant(value, 4);
    }

    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.stripTrailingZeros().toPlainString();
    }

    /** {@code 2,500,000}: a count, grouped so its magnitude reads at a glance. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 95%} for 0.95 with no decimals. */
    public static String percent(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f%%", fraction * 100);
    }

    /** {@code +3.2%} / {@code -1.0%}: a change, always with its sign. */
    public static String signedPercent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    /** {@code ±4.2%}: an interval's relative half-width, the resolution of a figure. */
    public static String plusMinusPercent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "±%.1f%%", fraction * 100);
    }

    /**
     * A ratio that may be near 1 or orders of magnitude below it: {@code 1.004} and {@code 0.153}
     * with three decimals, {@code 0.00082} with three significant digits rather than {@code 0.001}.
     */
    public static String ratio(double value) {
        return Math.abs(value) >= 0.1 || !Double.isFinite(value) ? fixed(value, 3) : significant(value, 3);
    }

    /** {@code 1.93} for a ratio such as a speedup: two decimals are what the error allows. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
