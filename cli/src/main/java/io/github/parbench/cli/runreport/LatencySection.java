package io.github.parbench.cli.runreport;

import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.document.TableBuilder;
import io.github.parbench.format.InterleavedDesign;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.LatencyDesign;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round-trip latency harness's results, the JVM's and CPython's in one table, with how they
 * were interleaved, how warm each was, whether the JIT still compiled while it was measured, and
 * the path each round trip takes: our {@code ProcessPool.apply} talks to an idle worker from the
 * caller's own thread, CPython's {@code Pool.apply} goes through the pool's handler threads, and
 * the two figures are read right only with that said beside them.
 */
final class LatencySection {

    static final String HEADING = "Round-trip latency";
    private static final double[] SHOWN = {50.0, 90.0, 99.0, 99.9, 100.0};

    private LatencySection() {
    }

    static boolean isLatency(JmhResult r) {
        return r.latency() != null;
    }

    static void append(Document doc, List<JmhResult> results, int level) {
        List<JmhResult> latency = results.stream().filter(LatencySection::isLatency).toList();
        if (latency.isEmpty()) {
            return;
        }
        doc.heading(level, HEADING);
        LatencyDesign first = latency.get(0).latency();
        long trips = (long) first.slices() * first.tripsPerSlice();
        boolean cpython = latency.stream().anyMatch(r -> LatencyDesign.CPYTHON.equals(r.latency().side()));
        doc.paragraph("One tiny task handed to another worker and back, one round trip at a time, in microseconds."
                + " Every round trip and load ran in " + first.slices() + " slices of " + Numbers.count(first.tripsPerSlice())
                + " round trips, one slice of each of the " + first.contenders() + " per round in an order drawn from seed "
                + first.seed() + ", and its slices merged into one histogram"
                + (cpython ? ": CPython's figures come from the same stretch of time and the same load as the JVM's." : ".")
                + " Load busy: one extra thread of the harness's JVM spins meanwhile. Each was warmed until its median trip"
                + " settled and no JIT compilation finished in its JVMs (the harness's and the pool's worker)."
                + " Resolution: HdrHistogram keeps 3 significant digits; of " + Numbers.count(trips)
                + " round trips, p99.9 rests on the slowest " + Numbers.count(Math.max(1, trips / 1000)) + ".");
        TableBuilder table = new TableBuilder().text("Round trip").text("Side").text("Load").number("Round trips");
        for (double p : SHOWN) {
            table.number(p == 100.0 ? "max (us)" : "p" + Numbers.significant(p) + " (us)");
        }
        table.text("JIT compilations while measured").text("Warm-up");
        Map<String, String> paths = new LinkedHashMap<>();
        for (JmhResult r : latency) {
            LatencyDesign d = r.latency();
            String name = r.key().benchmark().substring(r.key().benchmark().lastIndexOf('.') + 1);
            List<String> row = new ArrayList<>(List.of(name, d.side(), r.key().params().getOrDefault("load", ""),
                    Numbers.count((long) d.slices() * d.tripsPerSlice())));
            for (double p : SHOWN) {
                Double value = r.primary().percentiles().get(p);
                row.add(value == null ? Numbers.NONE : Numbers.significant(value, 3));
            }
            row.add(compilations(d));
            row.add(warmup(d.warmup()));
            table.row(row);
            paths.putIfAbsent(name + " (" + d.side() + ")", d.path());
        }
        doc.add(table.build());
        doc.paragraph("The path each round trip takes, so that the comparison is read right:");
        List<String> bullets = new ArrayList<>();
        paths.forEach((name, path) -> bullets.add(name + ": " + path + "."));
        doc.bullets(bullets);
    }

    private static String compilations(LatencyDesign d) {
        if (LatencyDesign.CPYTHON.equals(d.side())) {
            return "none (CPython has no JIT)";
        }
        long c = d.compilationsDuringMeasurement();
        return c < 0 ? "not counted" : c == 0 ? "0" : Numbers.count(c) + ": measured while compiling";
    }

    private static String warmup(InterleavedDesign.Warmup w) {
        if (w == null) {
            return Numbers.NONE;
        }
        String time = Numbers.significant(w.millis() / 1000.0, 2) + " s";
        // Every (case, load) runs until all are warm: the entries say how long the warm-up was, not when this one settled.
        return (w.capHit() ? "cap hit, still settling: " : "warm: ") + w.entries() + " entries, " + time;
    }
}
