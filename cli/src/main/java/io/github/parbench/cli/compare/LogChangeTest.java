package io.github.parbench.cli.compare;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * What a row's test knows beyond its point estimate, so that Holm's steps and the resolution can ask
 * it at levels other than the rule's alpha. Everything is on the log scale.
 */
sealed interface LogChangeTest {

    /**
     * The one-sided p-value of "the change, multiplied by {@code sign}, is at most {@code logChange}":
     * small when the data show it beyond.
     */
    double pBeyond(double sign, double logChange);

    /** How far the interval's farther end lies from the estimate when each end is at one-sided level {@code level}. */
    double halfWidth(double level);

    /** A t interval around a mean of log ratios (rounds, forks, or harness JVMs' means). */
    record T(double logMean, double logSe, double df) implements LogChangeTest {

        @Override
        public double pBeyond(double sign, double logChange) {
            double distance = sign * logMean - logChange;
            if (logSe == 0) {
                return distance > 0 ? 0.0 : 1.0;
            }
            return 1 - t().cumulativeProbability(distance / logSe);
        }

        @Override
        public double halfWidth(double level) {
            return logSe == 0 ? 0 : t().inverseCumulativeProbability(1 - level) * logSe;
        }

        private TDistribution t() {
            // No random generator: only the distribution function is needed, and seeding one per call is costly.
            return new TDistribution(null, df);
        }
    }

    /**
     * The sign test on a median of log ratios, with its distribution-free interval between two order
     * statistics. It assumes only that the samples are independent: under an unchanged build each
     * block's ratio is as likely above as below 1 (the two builds' entries are exchangeable, their
     * places in the block drawn at random), however heavy its tails. The blocks of this VM have such
     * tails: in the gate's A/A runs 4-48% of a row's blocks lay near x1.43 or /1.43 (one entry on the
     * host's slower vCPU), the rest within a few percent. A t-test's sd grows with those blocks; the
     * median and its order statistics, while most blocks are central, barely move.
     */
    record Sign(double[] sortedLogs) implements LogChangeTest {

        public Sign {
            sortedLogs = sortedLogs.clone();
            Arrays.sort(sortedLogs);
        }

        int n() {
            return sortedLogs.length;
        }

        @Override
        public double pBeyond(double sign, double logChange) {
            int beyond = 0;
            for (double x : sortedLogs) {
                beyond += sign * x > logChange ? 1 : 0;
            }
            return upperTail(beyond);
        }

        /** P(X >= k) for X ~ Binomial(n, 1/2), from the lower tail by symmetry, so tiny values keep their digits. */
        double upperTail(int k) {
            return k <= 0 ? 1.0 : binomial().cumulativeProbability(n() - k);
        }

        /**
         * The 1-based order statistic that is the interval's lower end at one-sided level {@code level}:
         * the largest k with P(X <= k - 1) <= level; 0 when even the smallest sample is not far enough
         * out (too few samples for the level: the interval is unbounded).
         */
        int lowerRank(double level) {
            BinomialDistribution b = binomial();
            int k = 0;
            while (k < n() / 2 && b.cumulativeProbability(k) <= level) {
                k++;
            }
            return k;
        }

        double median() {
            int n = n();
            return n % 2 == 1 ? sortedLogs[n / 2] : (sortedLogs[n / 2 - 1] + sortedLogs[n / 2]) / 2;
        }

        /** The interval's ends at one-sided level {@code level} each; infinite when there are too few samples. */
        double[] interval(double level) {
            int k = lowerRank(level);
            return k == 0 ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}
                    : new double[] {sortedLogs[k - 1], sortedLogs[n() - k]};
        }

        @Override
        public double halfWidth(double level) {
            double[] ends = interval(level);
            double median = median();
            return Math.max(median - ends[0], ends[1] - median);
        }

        private BinomialDistribution binomial() {
            return new BinomialDistribution(null, n(), 0.5);
        }
    }
}
