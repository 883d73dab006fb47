package io.github.parbench.cli.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two-level (harness JVMs x blocks) speedup against values computed independently (numpy and
 * scipy), and its coverage in a simulation with a known between-JVM effect.
 */
class JvmLevelsEstimateTest {

    /*
     * b = [[10,12,11,9],[10,10,11,12],[9,9.5,10,10]]; c = [[5,6,5.5,5],[4,4.2,4.5,5],[5,5,5.2,5.3]]
     * m = per-JVM mean of log(b/c); exp(mean(m) -/+ t.ppf(0.975, 2) * std(m, ddof=1) / sqrt(3))
     * within = mean of the per-JVM variances (ddof=1, equal blocks); between = var(m, ddof=1) - within / 4
     */
    @Test
    void theGrandMeansIntervalUsesTheSpreadOfTheJvmMeans() {
        JvmLevelsEstimate e = JvmLevelsEstimate.of(
                List.of(new double[] {10, 12, 11, 9}, new double[] {10, 10, 11, 12}, new double[] {9, 9.5, 10, 10}),
                List.of(new double[] {5, 6, 5.5, 5}, new double[] {4, 4.2, 4.5, 5}, new double[] {5, 5, 5.2, 5.3}), 0.95);
        assertEquals(2.071409480885485, e.score(), 1e-12);
        assertEquals(1.4635204166631033, e.low(), 1e-9);
        assertEquals(2.9317918552071585, e.high(), 1e-9);
        assertEquals(0.0013616622291009349, e.within(), 1e-12);
        assertEquals(0.01921511278500989, e.between(), 1e-12);
        assertEquals(3, e.jvms());
        assertEquals("t over 3 harness JVMs", e.method());
    }

    @Test
    void oneJvmIsTheBlocksInterval() {
        double[] b = {10, 12, 11, 9, 10};
        double[] c = {5, 7, 6, 5.5, 5};
        JvmLevelsEstimate e = JvmLevelsEstimate.of(List.of(b), List.of(c), 0.95);
        SpeedupEstimate blocks = SpeedupEstimate.of(b, c, 0.95);
        assertEquals(blocks.score(), e.score(), 1e-15);
        assertEquals(blocks.low(), e.low(), 1e-15);
        assertEquals(blocks.high(), e.high(), 1e-15);
        assertTrue(Double.isNaN(e.between()));
        assertEquals("t", e.method());
    }

    @Test
    void theOptimalBlocksPerJvmFollowKaliberaAndJones() {
        JvmLevelsEstimate e = new JvmLevelsEstimate(1, 1, 1, 0.95, List.of(new double[2], new double[2]), 0.04, 0.01);
        // sqrt(100 / 1 * 0.04 / 0.01) = 20
        assertEquals(20, e.optimalBlocksPerJvm(100, 1));
        JvmLevelsEstimate flat = new JvmLevelsEstimate(1, 1, 1, 0.95, List.of(new double[2], new double[2]), 0.04, 0);
        assertEquals(Double.POSITIVE_INFINITY, flat.optimalBlocksPerJvm(100, 1));
    }

    @Test
    void mismatchedJvmsAreRefusedNamingTheJvm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JvmLevelsEstimate.of(
                List.of(new double[] {1, 2}, new double[] {1, 2}), List.of(new double[] {1, 2}, new double[] {1}), 0.95));
        assertTrue(e.getMessage().startsWith("harness JVM 2: blocks differ"), e.getMessage());
    }

    /**
     * Each JVM draws its own speedup (sd 5% on the log scale, as the committed countdown runs'
     * THREADS x2 did between runs) and its blocks scatter around it (sd 5%). Three JVMs of 20
     * blocks: the combined 95% interval covers the true speedup in about 95% of the runs, while the
     * blocks' interval of one JVM, blind to the between-JVM effect, covers it in well under half.
     */
    @Test
    void theCombinedIntervalCoversWhatVariesBetweenJvms() {
        Random rng = new Random(20261202);
        double truth = 1.5;
        int runs = 4000;
        int combinedCovers = 0;
        int singleCovers = 0;
        for (int run = 0; run < runs; run++) {
            List<double[]> base = new ArrayList<>();
            List<double[]> cont = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                double jvmEffect = 0.05 * rng.nextGaussian();
                double[] b = new double[20];
                double[] c = new double[20];
                for (int k = 0; k < b.length; k++) {
                    b[k] = 20 * Math.exp(0.1 * rng.nextGaussian()); // drift the pairing cancels
                    c[k] = b[k] / truth * Math.exp(jvmEffect + 0.05 * rng.nextGaussian());
                }
                base.add(b);
                cont.add(c);
            }
            if (JvmLevelsEstimate.of(base, cont, 0.95).covers(truth)) {
                combinedCovers++;
            }
            if (JvmLevelsEstimate.of(base.subList(0, 1), cont.subList(0, 1), 0.95).covers(truth)) {
                singleCovers++;
            }
        }
        double combined = (double) combinedCovers / runs;
        double single = (double) singleCovers / runs;
        assertTrue(combined >= 0.94 && combined <= 0.965, "combined coverage " + combined);
        assertTrue(single < 0.5, "one JVM's coverage " + single);
    }

    @Test
    void theVarianceComponentsRecoverTheSimulatedOnes() {
        Random rng = new Random(7);
        List<double[]> base = new ArrayList<>();
        List<double[]> cont = new ArrayList<>();
        for (int j = 0; j < 2000; j++) {
            double jvmEffect = 0.05 * rng.nextGaussian();
            double[] b = new double[10];
            double[] c = new double[10];
            for (int k = 0; k < b.length; k++) {
                b[k] = 10;
                c[k] = 10 * Math.exp(jvmEffect + 0.1 * rng.nextGaussian());
            }
            base.add(b);
            cont.add(c);
        }
        JvmLevelsEstimate e = JvmLevelsEstimate.of(base, cont, 0.95);
        assertEquals(0.01, e.within(), 0.0005);
        assertEquals(0.0025, e.between(), 0.0004); // about 3.5 standard errors
    }
}
