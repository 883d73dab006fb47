package io.github.parbench.jmh.interleaved;

import java.util.List;

/**
 * What an experiment measured: each contender's time in each block, and where in the block it ran.
 *
 * @param models    each contender's model name
 * @param workers   each contender's worker count
 * @param millis    {@code millis[c][b]}: contender c's operation in block b, in milliseconds
 * @param positions {@code positions[c][b]}: how many entries ran before it in block b (the order
 *                  the seed drew, kept so a run can be checked and reproduced)
 * @param batch     {@code batch[c]}: operations in each of contender c's entries (its time is their mean)
 * @param settings  the blocks, warm-up, seed and schedule
 * @param n         the problem size
 */
public record BlockTimes(List<String> models, List<Integer> workers, double[][] millis, int[][] positions,
                         int[] batch, BlockExperiment.Settings settings, long n) {

    public int contenders() {
        return models.size();
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
