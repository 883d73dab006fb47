package io.github.parbench.cli.scaling;

/**
 * Strong scaling splits a fixed n over k workers; weak scaling gives each worker n, so k workers do k
 * times the work. Each has its own speedup against one serial worker and its own law for the serial
 * fraction f.
 */
public enum ScalingMethod {
    /** Ideal: k times faster. Amdahl: S(k) = 1 / (f + (1 - f) / k). */
    STRONG("strong", "Amdahl"),
    /** Ideal: as fast as serial on n, i.e. scaled speedup k. Gustafson: S(k) = k - f (k - 1). */
    WEAK("weak", "Gustafson");

    private final String method;
    private final String law;

    ScalingMethod(String method, String law) {
        this.method = method;
        this.law = law;
    }

    /** The JMH benchmark method's name. */
    public String method() {
        return method;
    }

    /** The law whose serial fraction is fitted. */
    public String law() {
        return law;
    }

    /** Speedup from the serial time per operation (one worker) and the model's at k workers. */
    public double speedup(double serialTime, double time, int workers) {
        return this == STRONG ? serialTime / time : workers * serialTime / time;
    }

    /** The speedup the fitted law predicts at k workers. */
    public double predicted(double serialFraction, double workers) {
        return this == STRONG ? 1 / (serialFraction + (1 - serialFraction) / workers)
                : workers - serialFraction * (workers - 1);
    }

    public static ScalingMethod byMethodName(String name) {
        for (ScalingMethod m : values()) {
            if (m.method.equals(name)) {
                return m;
            }
        }
        return null;
    }
}
