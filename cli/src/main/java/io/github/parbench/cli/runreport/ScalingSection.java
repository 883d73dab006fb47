package io.github.parbench.cli.runreport;

import io.github.parbench.cli.document.Block;
import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.document.TableBuilder;
import io.github.parbench.cli.scaling.ScalingCharts;
import io.github.parbench.cli.scaling.ScalingGroup;
import io.github.parbench.cli.scaling.ScalingMethod;
import io.github.parbench.cli.scaling.ScalingPoint;
import io.github.parbench.cli.scaling.SerialFractionFit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JMH scaling group: its model x workers table, the fitted serial fractions and the two charts,
 * whose captions say that they divide forks measured at different times.
 */
final class ScalingSection {

    static final String HEADING = "Scaling measured by JMH";

    /** Why these charts are not the ones to trust: every ratio in them divides forks run at different times. */
    static final String DIFFERENT_TIMES = "JMH's forks were measured at different times (minutes apart), so each ratio"
            + " also holds the machine's drift between them; the interleaved charts under Speedup do not.";

    static final String FORMULAS = "Speedup S against SERIAL at 1 worker, same method and size: strong scaling"
            + " S = T(SERIAL, 1) / T(model, k); weak scaling (n per worker) S = k * T(SERIAL, 1) / T(model, k)."
            + " Efficiency E = S / k. Karp-Flatt serial fraction e = (1/S - 1/k) / (1 - 1/k), defined for k > 1."
            + " Errors are JMH's 99.9% half-widths; the speedup's is propagated from both scores to first order.";

    private ScalingSection() {
    }

    static void append(Document doc, ScalingGroup group, int level) {
        doc.heading(level, group.title());
        if (!group.hasSerialBaseline()) {
            doc.paragraph("No SERIAL result with workers=1 for this method and size, so no speedups: run SERIAL with workers=1 too.");
        }
        summary(group).ifPresent(doc::paragraph);
        doc.add(table(group));
        WorkerCompilationNotes.footnote(group).ifPresent(doc::paragraph);
        Map<String, SerialFractionFit> fits = fits(group);
        if (!fits.isEmpty()) {
            doc.paragraph(group.scaling().law() + " fit per model: f by least squares through the origin of "
                    + (group.scaling() == ScalingMethod.STRONG ? "1/S - 1/k = f (1 - 1/k)" : "k - S = f (k - 1)")
                    + " over its worker counts above 1 (exact when there is only one).");
            doc.add(fitTable(group.scaling(), fits));
            doc.add(new Block.Figure("Speedup of " + group.title() + " per model from JMH: JMH error bars, ideal line"
                    + " (grey), fitted " + group.scaling().law() + " curves (dashed). " + DIFFERENT_TIMES,
                    ScalingCharts.speedup(group, fits)));
            doc.add(new Block.Figure("Parallel efficiency of " + group.title() + " per model from JMH. " + DIFFERENT_TIMES,
                    ScalingCharts.efficiency(group)));
        }
    }

    /** The line above the table: the fastest and slowest model at the most workers. */
    private static java.util.Optional<String> summary(ScalingGroup group) {
        int most = group.points().stream().mapToInt(ScalingPoint::workers).max().orElse(0);
        List<ScalingPoint> atMost = group.points().stream()
                .filter(p -> p.workers() == most && Double.isFinite(p.speedup()) && !"SERIAL".equals(p.model())).toList();
        if (atMost.isEmpty()) {
            return java.util.Optional.empty();
        }
        ScalingPoint fastest = atMost.stream().max(java.util.Comparator.comparingDouble(ScalingPoint::speedup)).orElseThrow();
        ScalingPoint slowest = atMost.stream().min(java.util.Comparator.comparingDouble(ScalingPoint::speedup)).orElseThrow();
        return java.util.Optional.of(group.points().size() + " rows. At " + most + " workers the fastest is " + fastest.model()
                + " (" + Numbers.fixed(fastest.speedup(), 2) + "x), the slowest " + slowest.model() + " ("
                + Numbers.fixed(slowest.speedup(), 2) + "x).");
    }

    static Map<String, SerialFractionFit> fits(ScalingGroup group) {
        Map<String, SerialFractionFit> fits = new LinkedHashMap<>();
        group.byModel().forEach((model, points) -> SerialFractionFit.fit(group.scaling(), model, points)
                .ifPresent(fit -> fits.put(model, fit)));
        return fits;
    }

    private static Block.Table table(ScalingGroup group) {
        TableBuilder table = new TableBuilder().text("Model").number("Workers").number("Score (" + group.unit() + ")")
                .number("Error (99.9%)").number("Speedup").number("Efficiency").number("Karp-Flatt e");
        for (ScalingPoint p : group.points()) {
            String speedup = Numbers.fixed(p.speedup(), 2)
                    + (Double.isFinite(p.speedupError()) && Double.isFinite(p.speedup()) ? " ± " + Numbers.fixed(p.speedupError(), 2) : "");
            table.row(WorkerCompilationNotes.model(p), Integer.toString(p.workers()), Numbers.significant(p.result().primary().score()),
                    Numbers.significant(p.result().primary().error(), 3), speedup, Numbers.percent(p.efficiency(), 0),
                    Numbers.fixed(p.karpFlatt(), 3));
        }
        return table.build();
    }

    private static Block.Table fitTable(ScalingMethod law, Map<String, SerialFractionFit> fits) {
        TableBuilder table = new TableBuilder().text("Model").number(law.law() + " serial fraction f")
                .number("Std. error").number("Worker counts fitted").text("Reading");
        for (SerialFractionFit fit : fits.values()) {
            table.row(fit.model(), Numbers.fixed(fit.fraction(), 3), Numbers.fixed(fit.stdError(), 3),
                    Integer.toString(fit.points()), reading(fit.fraction()));
        }
        return table.build();
    }

    /** What a fitted fraction outside [0, 1] means: the law's assumptions do not hold there. */
    private static String reading(double fraction) {
        if (fraction > 1) {
            return "slower than serial: overhead, not a serial part, dominates";
        }
        if (fraction < 0) {
            return "better than linear (e.g. cache effects)";
        }
        return "";
    }

    /** Speedup of a model at k workers in a group, for side-by-side tables; "—" when absent. */
    static String speedupText(List<ScalingPoint> points, String model, int workers) {
        return points.stream().filter(p -> p.model().equals(model) && p.workers() == workers).findFirst()
                .map(p -> Numbers.fixed(p.speedup(), 2)).orElse(Numbers.NONE);
    }
}
