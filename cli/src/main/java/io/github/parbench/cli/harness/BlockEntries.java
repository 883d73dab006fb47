package io.github.parbench.cli.harness;

import io.github.parbench.format.BadInputException;
import java.util.List;

/**
 * An interleaved log's {@code entry CONTENDER BLOCK POSITION MILLIS} lines as tables, every
 * contender's time in every block required.
 *
 * @param millis    {@code millis[c][b]}: contender c's time per operation in block b
 * @param positions {@code positions[c][b]}: how many entries ran before it in block b
 */
record BlockEntries(double[][] millis, int[][] positions) {

    static BlockEntries read(HarnessLogReader.Log log, int contenders, int blocks) throws BadInputException {
        double[][] millis = new double[contenders][blocks];
        int[][] positions = new int[contenders][blocks];
        boolean[][] seen = new boolean[contenders][blocks];
        for (List<String> e : log.records("entry", 4)) {
            int c = index(log, e.get(0), contenders, "entry contender");
            int b = index(log, e.get(1), blocks, "entry block");
            positions[c][b] = (int) log.parseLong(e.get(2), "entry position");
            millis[c][b] = log.parseDouble(e.get(3), "entry time");
            seen[c][b] = true;
        }
        for (int c = 0; c < contenders; c++) {
            for (int b = 0; b < blocks; b++) {
                if (!seen[c][b]) {
                    throw new BadInputException(log.file(), "has no time for contender " + c + " in block " + b);
                }
            }
        }
        return new BlockEntries(millis, positions);
    }

    static int index(HarnessLogReader.Log log, String text, int limit, String what) throws BadInputException {
        long i = log.parseLong(text, what);
        if (i < 0 || i >= limit) {
            throw new BadInputException(log.file(), what + " " + i + " is outside 0.." + (limit - 1));
        }
        return (int) i;
    }
}
