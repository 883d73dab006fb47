package io.github.parbench.cli.compare;

import io.github.parbench.cli.document.Numbers;
import io.github.parbench.format.Metric;

/** How a side's score reads in the comparison table. */
final class ScoreText {

    private ScoreText() {
    }

    /** JMH's own figure: {@code 0.05898 ± 0.00294 ms/op} (no ± when JMH wrote "NaN"). */
    static String of(Metric metric) {
        String error = Double.isFinite(metric.error()) ? " ± " + Numbers.significant(metric.error(), 3) : "";
        return Numbers.significant(metric.score()) + error + " " + metric.unit();
    }

    /** An interleaved A/B side: the harness's score, with the blocks (and harness JVMs) behind it. */
    static String ofBlocks(Metric metric) {
        int blocks = metric.forks().stream().mapToInt(b -> b.length).sum();
        String jvms = metric.forks().size() > 1 ? " in " + metric.forks().size() + " JVMs" : "";
        return Numbers.significant(metric.score()) + " " + metric.unit() + " (" + blocks + " blocks" + jvms + ")";
    }

    /** A paired side: the mean over its rounds. */
    static String ofRounds(double[] roundMeans, String unit) {
        double mean = java.util.Arrays.stream(roundMeans).average().orElse(Double.NaN);
        return Numbers.significant(mean) + " " + unit + " (" + roundMeans.length + " rounds)";
    }
}
