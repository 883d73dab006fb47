package io.github.parbench.cli.speedup;

import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.harness.JvmLevelsEstimate;
import java.util.Optional;

/**
 * Ranks two contenders of one experiment from their ratio within each block, not from whether their
 * speedup intervals overlap: each block timed both, so whatever slowed that block cancels from
 * T(B, b) / T(A, b), and the interval of that ratio's geometric mean is far narrower than the two
 * speedup intervals side by side (which each carry SERIAL's noise too). A is called faster only when
 * the interval excludes 1.
 *
 * @param faster   the contender the run shows faster, "MODEL xk"; when the two cannot be told apart, the
 *                 first one given
 * @param slower   the other, "MODEL xk"
 * @param estimate T(slower, b) / T(faster, b)
 */
public record BlockRanking(String faster, String slower, JvmLevelsEstimate estimate) {

    /** Empty when the table lacks either contender's block times. */
    public static Optional<BlockRanking> of(SpeedupTable table, SpeedupRow a, SpeedupRow b) {
        String labelA = SpeedupTable.label(a.model(), a.workers());
        String labelB = SpeedupTable.label(b.model(), b.workers());
        return table.speedupOf(a.model(), a.workers(), b.model(), b.workers()).map(e -> e.score() >= 1 || e.covers(1.0)
                ? new BlockRanking(labelA, labelB, e)
                : new BlockRanking(labelB, labelA, table.speedupOf(b.model(), b.workers(), a.model(), a.workers()).orElseThrow()));
    }

    /** Whether the interval of the ratio excludes 1: the run can rank them. */
    public boolean distinguishable() {
        return !estimate.covers(1.0);
    }

    /**
     * "A is faster than B by 12% [8%, 15%]", or "A and B are indistinguishable at this resolution
     * (±3.1%)", the interval's level and how it was formed stated.
     */
    public String sentence() {
        String level = Math.round(estimate.confidence() * 100) + "% interval";
        String over = estimate.jvms() == 1 ? "blocks" : estimate.jvms() + " harness JVMs";
        if (!distinguishable()) {
            return faster + " and " + slower + " are indistinguishable at this resolution (their per-block ratio "
                    + Numbers.fixed(estimate.score(), 3) + ", " + level + " [" + Numbers.fixed(estimate.low(), 3) + ", "
                    + Numbers.fixed(estimate.high(), 3) + "] over " + over + ", covers 1)";
        }
        return faster + " is faster than " + slower + " by " + Numbers.percent(estimate.score() - 1, 1) + " ["
                + Numbers.percent(estimate.low() - 1, 1) + ", " + Numbers.percent(estimate.high() - 1, 1) + "] (" + level
                + " of their per-block ratio over " + over + ")";
    }
}
