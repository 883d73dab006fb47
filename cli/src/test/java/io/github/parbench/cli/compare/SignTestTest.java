package io.github.parbench.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sign test compare judges one JVM's interleaved blocks with ({@link LogChangeTest.Sign}): its
 * interval is the textbook one, and a minority of outlying blocks barely moves it where it moves a
 * t interval a long way.
 */
class SignTestTest {

    @Test
    void itsIntervalIsTheTextbookOrderStatisticsForTheMedian() {
        double[] logs = new double[20];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = (i + 1) / 100.0; // the i-th order statistic is i/100
        }
        LogChangeTest.Sign sign = new LogChangeTest.Sign(logs);
        // n = 20, 95% two-sided: P(X <= 5) = 0.0207 <= 0.025 < P(X <= 6) = 0.0577, so (x6, x15).
        assertEquals(6, sign.lowerRank(0.025));
        double[] ends = sign.interval(0.025);
        assertEquals(0.06, ends[0], 1e-12);
        assertEquals(0.15, ends[1], 1e-12);
        assertEquals(0.105, sign.median(), 1e-12);
        // 5 samples cannot reach 95%: P(X <= 0) = 1/32 > 0.025, so the interval is unbounded.
        assertEquals(0, new LogChangeTest.Sign(new double[] {1, 2, 3, 4, 5}).lowerRank(0.025));
        // Every sample above 0: P(X >= 20) = 2^-20.
        assertEquals(Math.pow(2, -20), sign.pBeyond(1, 0), 1e-15);
        assertEquals(1.0, sign.pBeyond(-1, 0), 1e-15);
    }

    @Test
    void aFifthOfTheBlocksOnASlowVcpuBarelyMoveItsVerdictWhereTheyRuinATest() {
        Random rng = new Random(18);
        double[] ratios = new double[200];
        for (int i = 0; i < ratios.length; i++) {
            double log = Math.log(1.05) + 0.02 * rng.nextGaussian();
            if (i % 5 == 0) {
                log += (i % 10 == 0 ? 1 : -1) * Math.log(1.43);
            }
            ratios[i] = Math.exp(log);
        }
        RatioEstimate sign = LogRatioTests.blocks(ratios, 0.02);
        RatioEstimate t = LogRatioTests.ratios(ratios, 0.02);
        assertEquals(1.05, sign.ratio(), 0.01, "the median stays on the central mode");
        assertTrue(sign.low() > 1.04 && sign.high() < 1.06, sign.low() + " to " + sign.high());
        assertTrue(t.high() - t.low() > 3 * (sign.high() - sign.low()),
                "t " + t.low() + " to " + t.high() + " against the sign test's " + sign.low() + " to " + sign.high());
    }
}
