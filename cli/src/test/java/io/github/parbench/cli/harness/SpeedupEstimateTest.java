package io.github.parbench.cli.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The speedup statistics against values computed independently (numpy and scipy, see each test). */
class SpeedupEstimateTest {

    /*
     * b = [10, 12, 11, 9, 10]; c = [5, 7, 6, 5.5, 5]; l = log(b / c)
     * exp(l.mean()), exp(l.mean() -/+ scipy.stats.t.ppf(0.975, 4) * l.std(ddof=1) / sqrt(5))
     */
    @Test
    void geometricMeanOfRatiosWithATIntervalOnTheLogScale() {
        SpeedupEstimate s = SpeedupEstimate.of(new double[] {10, 12, 11, 9, 10}, new double[] {5, 7, 6, 5.5, 5}, 0.95);
        assertEquals(1.8308505313390036, s.score(), 1e-12);
        assertEquals(1.636823004742747, s.low(), 1e-9);
        assertEquals(2.0478779064026744, s.high(), 1e-9);
        assertArrayEquals(new double[] {2, 12.0 / 7, 11.0 / 6, 9 / 5.5, 2}, s.ratios(), 1e-15);
        assertTrue(s.covers(1.9));
        assertFalse(s.covers(1.0));
    }

    @Test
    void theIntervalIsTheRatiosNotTheMeans() {
        // Every block exactly 2x: no spread, so the interval collapses onto the ratio even though
        // the times themselves vary tenfold across blocks (drift the pairing cancels).
        SpeedupEstimate s = SpeedupEstimate.of(new double[] {2, 20, 4, 10}, new double[] {1, 10, 2, 5}, 0.95);
        assertEquals(2.0, s.score(), 1e-12);
        assertEquals(2.0, s.low(), 1e-12);
        assertEquals(2.0, s.high(), 1e-12);
        assertEquals(0.0, s.relativeHalfWidth(), 1e-12);
    }

    @Test
    void refusesWhatIsNotAPairedSample() {
        assertThrows(IllegalArgumentException.class, () -> SpeedupEstimate.of(new double[] {1, 2}, new double[] {1}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> SpeedupEstimate.of(new double[] {1}, new double[] {1}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> SpeedupEstimate.of(new double[] {1, 0}, new double[] {1, 1}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> SpeedupEstimate.of(new double[] {1, 2}, new double[] {1, 2}, 1.0));
    }
}
