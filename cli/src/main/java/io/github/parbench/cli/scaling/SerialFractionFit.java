package io.github.parbench.cli.scaling;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The serial fraction f of one model, fitted by least squares over all its worker counts.
 *
 * <p>Both laws are linear in f once rearranged, so an ordinary regression through the origin fits them:
 * Amdahl (strong): {@code 1/S - 1/k = f (1 - 1/k)}; Gustafson (weak): {@code k - S = f (k - 1)}. k = 1
 * carries no information (both sides are 0). A fraction above 1 means the model is slower than serial
 * at every k: overhead, not a serial part, dominates.
 *
 * @param model    the model
 * @param law      Amdahl or Gustafson
 * @param fraction f
 * @param stdError the standard error of f (NaN with a single point)
 * @param points   how many worker counts above 1 went into the fit
 */
public record SerialFractionFit(String model, ScalingMethod law, double fraction, double stdError, int points) {

    /** Fits a model's points; empty when it has no point with k > 1 and a finite speedup. */
    public static java.util.Optional<SerialFractionFit> fit(ScalingMethod law, String model, List<ScalingPoint> points) {
        SimpleRegression regression = new SimpleRegression(false);
        int used = 0;
        double onlyX = Double.NaN;
        double onlyY = Double.NaN;
        for (ScalingPoint p : points) {
            double k = p.workers();
            if (k > 1 && Double.isFinite(p.speedup()) && p.speedup() > 0) {
                onlyX = law == ScalingMethod.STRONG ? 1 - 1 / k : k - 1;
                onlyY = law == ScalingMethod.STRONG ? 1 / p.speedup() - 1 / k : k - p.speedup();
                regression.addData(onlyX, onlyY);
                used++;
            }
        }
        if (used == 0) {
            return java.util.Optional.empty();
        }
        if (used == 1) {
            // One worker count determines f exactly (SimpleRegression wants two points).
            return java.util.Optional.of(new SerialFractionFit(model, law, onlyY / onlyX, Double.NaN, used));
        }
        return java.util.Optional.of(new SerialFractionFit(model, law, regression.getSlope(), regression.getSlopeStdErr(), used));
    }
}
