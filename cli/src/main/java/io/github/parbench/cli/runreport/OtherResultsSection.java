package io.github.parbench.cli.runreport;

import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.document.TableBuilder;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every result that is not a scaling benchmark (latency, fairness, anything a later suite adds), in one
 * generic table so nothing a run measured is dropped: primary and secondary metrics (aux counters),
 * and for sample mode the latency percentiles.
 */
final class OtherResultsSection {

    /**
     * Sample mode repeats its percentiles as secondary metrics p0.00 ... p1.00 (and, for each method
     * of a {@code @Group}, greedy:p0.00 ...): shown once, as the percentiles of their metric's row.
     */
    private static final Pattern SAMPLE_PERCENTILE = Pattern.compile("(.+:)?p\\d\\.\\d+");
    private static final double[] SHOWN_PERCENTILES = {50.0, 90.0, 99.0, 99.9, 100.0};

    private OtherResultsSection() {
    }

    static void append(Document doc, List<JmhResult> results, int level) {
        if (results.isEmpty()) {
            return;
        }
        doc.heading(level, "Other benchmarks");
        TableBuilder table = new TableBuilder().text("Benchmark").text("Mode").text("Params").text("Metric")
                .number("Score").number("Error (99.9%)").text("Unit").text("Percentiles");
        for (JmhResult r : results) {
            boolean sample = "sample".equals(r.key().mode());
            table.row(row(r, "primary", r.primary(), sample ? percentiles(r.primary()) : ""));
            for (Map.Entry<String, Metric> secondary : r.secondary().entrySet()) {
                if (!(sample && SAMPLE_PERCENTILE.matcher(secondary.getKey()).matches())) {
                    // Aux counters (unit "#") get percentiles over iterations from JMH: not a distribution worth showing.
                    boolean timed = secondary.getValue().unit().endsWith("/op");
                    table.row(row(r, secondary.getKey(), secondary.getValue(),
                            sample && timed ? percentiles(secondary.getValue()) : ""));
                }
            }
        }
        doc.add(table.build());
    }

    private static List<String> row(JmhResult r, String metricName, Metric metric, String percentiles) {
        return List.of(r.key().benchmark(), r.key().mode(), r.key().paramsText(), metricName,
                Numbers.significant(metric.score()), Numbers.significant(metric.error(), 3), metric.unit(), percentiles);
    }

    private static String percentiles(Metric metric) {
        return java.util.Arrays.stream(SHOWN_PERCENTILES)
                .filter(p -> metric.percentiles().containsKey(p))
                .mapToObj(p -> (p == 100.0 ? "max" : "p" + Numbers.significant(p)) + " " + Numbers.significant(metric.percentiles().get(p)))
                .collect(Collectors.joining(", "));
    }
}
