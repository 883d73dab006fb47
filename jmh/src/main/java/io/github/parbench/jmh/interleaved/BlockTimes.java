package io.github.parbench.jmh.interleaved;

import java.util.List;

/**
 * What an experiment measured: each contender's time in each block, where in the block it ran, how
 * it was warmed and how much the JIT still compiled while it was measured.
 *
 * @param models       each contender's model name
 * @param workers      each contender's worker count
 * @param millis       {@code millis[c][b]}: contender c's operation in block b, in milliseconds
 * @param positions    {@code positions[c][b]}: how many entries ran before it in block b (the order
 *                     the seed drew, kept so a run can be checked and reproduced)
 * @param batch        {@code batch[c]}: operations in each of contender c's entries (its time is their mean)
 * @param settings     the warm-up and stop rules, seed and schedule
 * @param n            the problem size
 * @param warmupRounds warm-up rounds that ran
 * @param warmed       {@code warmed[c]}: contender c's warm-up
 * @param compilations {@code compilations[c]}: JIT compilations that finished during contender c's
 *                     measured entries, summed over its JVMs (-1: not known)
 * @param budgetExhausted true when the measuring budget, not the precision target, ended the run
 */
public record BlockTimes(List<String> models, List<Integer> workers, double[][] millis, int[][] positions,
                         int[] batch, BlockExperiment.Settings settings, long n, int warmupRounds, Warmed[] warmed,
                         long[] compilations, boolean budgetExhausted) {

    /**
     * One contender's warm-up.
     *
     * @param entries      warm-up entries it ran
     * @param millis       their time in all
     * @param capHit       true when the cap ended the warm-up before it was steady
     * @param compilations compilations that finished during its warm-up entries (-1: not known)
     * @param jvms         the JVMs they were counted in
     */
    public record Warmed(int entries, double millis, boolean capHit, long compilations, int jvms) {
    }

    public int contenders() {
        return models.size();
    }

    /** Measured blocks. */
    public int blocks() {
        return millis[0].length;
    }

    public int serialIndex() {
        int index = models.indexOf(Contender.SERIAL);
        if (index < 0) {
            throw new IllegalStateException("no SERIAL contender to measure speedups against");
        }
        return index;
    }

    static int serialIndex(List<Contender> contenders) {
        for (int i = 0; i < contenders.size(); i++) {
            if (contenders.get(i).isSerial()) {
                return i;
            }
        }
        throw new IllegalArgumentException("an experiment needs a SERIAL contender: every speedup is against it");
    }
}
