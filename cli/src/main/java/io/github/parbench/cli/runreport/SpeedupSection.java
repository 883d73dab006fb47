package io.github.parbench.cli.runreport;

import io.github.parbench.cli.document.Block;
import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.document.TableBuilder;
import io.github.parbench.format.JmhResult;
import io.github.parbench.cli.scaling.ScalingAnalysis;
import io.github.parbench.cli.scaling.Interval;
import io.github.parbench.cli.scaling.ScalingCharts;
import io.github.parbench.cli.scaling.ScalingGroup;
import io.github.parbench.cli.scaling.ScalingMethod;
import io.github.parbench.cli.scaling.ScalingPoint;
import io.github.parbench.cli.speedup.NoiseCheck;
import io.github.parbench.cli.speedup.SpeedupRow;
import io.github.parbench.cli.speedup.SpeedupTable;
import io.github.parbench.cli.speedup.TaskOverhead;
import io.github.parbench.cli.speedup.SpeedupAnalysis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The speedups measured interleaved, which lead the report because a drifting machine cannot bias
 * them: one table per workload and size with each model's speedup, its interval and the
 * resolution that interval gives, its efficiency, how it was warmed and whether it compiled while
 * measured, the A/A control's verdict, and JMH's figure for the same point beside it, marked when it
 * falls outside the interleaved interval; then charts of speedup and efficiency against workers
 * with the intervals as error bars, and of SERIAL's time per block, so the drift is there to see.
 */
final class SpeedupSection {

    static final String METHOD = "Measured interleaved: every configuration is opened once, and each block runs one"
            + " entry of every one in a fresh random order (an operation, or for operations under 5 ms a batch of them"
            + " timed together). Speedup = geometric mean over the blocks of"
            + " T(SERIAL, block) / T(model, block), with a 95% interval on the log scale; efficiency ="
            + " speedup / workers. Resolution = the interval's half-width relative to the speedup: a difference under"
            + " it is not visible. SERIAL_TWIN is a second SERIAL, the A/A control: its interval should cover 1.0 (if"
            + " not, the control failed), and its width is the experiment's resolution (low when wider than ±"
            + NoiseCheck.RESOLUTION_PERCENT + "%). THREAD_POOL_TWIN is a second THREAD_POOL at the same workers, the"
            + " two-core A/A control: SERIAL_TWIN runs on one core and cannot see what only hits the second; this one"
            + " uses both, and T(THREAD_POOL) / T(THREAD_POOL_TWIN) per block should come out 1.0 the same way. With"
            + " several harness JVMs an interval is over the JVMs' means (what varies between runs), not the blocks."
            + " JMH's speedup (strong scaling, forks measured in rounds at other"
            + " times) is shown beside it and marked \"outside\" when it falls outside the interleaved interval.";

    private SpeedupSection() {
    }

    static void append(Document doc, List<SpeedupTable> tables, List<JmhResult> results, int level) {
        List<SpeedupTable> jvm = tables.stream().filter(t -> !t.cpython()).toList();
        List<SpeedupTable> cpython = tables.stream().filter(SpeedupTable::cpython).toList();
        List<ScalingGroup> jmhGroups = ScalingAnalysis.groups(results);
        if (!tables.isEmpty()) {
            doc.heading(level, "Speedup");
            doc.paragraph(METHOD);
            for (SpeedupTable table : jvm) {
                appendTable(doc, table, jmhGroup(jmhGroups, table), level + 1);
            }
        }
        appendTaskOverheads(doc, jvm, results, level + 1);
        if (!cpython.isEmpty()) {
            doc.heading(level, "Speedup of the CPython reference");
            doc.paragraph(RunReport.CPYTHON_NOTE + " Measured interleaved in the same way, blocks pooled over "
                    + "fresh interpreters.");
            for (SpeedupTable table : cpython) {
                appendTable(doc, table, Optional.empty(), level + 1);
            }
        }
    }

    /**
     * The cost per task above SERIAL at the small size, where an operation is little more than a
     * hand-out and a hand-back: issue 17's target, the process pool's within 2x of the thread pool's.
     */
    private static void appendTaskOverheads(Document doc, List<SpeedupTable> jvm, List<JmhResult> results, int level) {
        for (SpeedupTable table : jvm) {
            if (!"small".equals(table.size())) {
                continue;
            }
            List<JmhResult> experiment = results.stream().filter(SpeedupAnalysis::isInterleaved)
                    .filter(r -> r.key().benchmark().endsWith("." + table.workload()))
                    .filter(r -> table.size().equals(r.key().params().get("size"))).toList();
            List<TaskOverhead> overheads = TaskOverhead.of(experiment, 0.95);
            if (overheads.isEmpty()) {
                continue;
            }
            doc.heading(level, "Cost per task above SERIAL: " + table.title());
            doc.paragraph("Each model's time per operation minus SERIAL's in the same block, in microseconds, with its"
                    + " 95% interval: what handing out the parts and collecting the answers costs when the work itself"
                    + " is small. The last column divides a model's mean overhead by the thread pool's at the same worker"
                    + " count (both from the same blocks; the goal for the process pool is at most 2x).");
            TableBuilder builder = new TableBuilder().text("Model").number("Workers").number("Overhead (us/op)")
                    .number("95% interval").number("Blocks").number("Over THREAD_POOL");
            for (TaskOverhead o : overheads) {
                builder.row(List.of(o.model(), Integer.toString(o.workers()), Numbers.significant(o.micros()),
                        "[" + Numbers.significant(o.low()) + ", " + Numbers.significant(o.high()) + "]",
                        Integer.toString(o.blocks()),
                        o.model().equals("THREAD_POOL") ? Numbers.NONE
                                : o.overThreadPool(overheads).map(x -> Numbers.fixed(x, 2) + "x").orElse(Numbers.NONE)));
            }
            doc.add(builder.build());
        }
    }

    private static void appendTable(Document doc, SpeedupTable table, Optional<ScalingGroup> jmh, int level) {
        doc.heading(level, table.title());
        doc.paragraph(summary(table));
        boolean warmup = MeasurementNotes.hasWarmup(table);
        TableBuilder builder = new TableBuilder().text("Model").number("Workers").number("Time (ms/op)")
                .number("Speedup").number("95% interval").number("Resolution").number("Efficiency");
        if (warmup) {
            builder.text("Warm-up");
        }
        if (jmh.isPresent()) {
            builder.number("JMH speedup");
        }
        for (SpeedupRow row : table.rows()) {
            boolean serial = "SERIAL".equals(row.model());
            List<String> cells = new java.util.ArrayList<>(List.of(MeasurementNotes.model(row), Integer.toString(row.workers()),
                    Numbers.significant(row.meanMillis()), Numbers.ratio(row.speedup()),
                    "[" + Numbers.ratio(row.low()) + ", " + Numbers.ratio(row.high()) + "]",
                    serial ? Numbers.NONE : Numbers.plusMinusPercent(row.relativeHalfWidth()),
                    SpeedupTable.isControl(row.model()) ? Numbers.NONE : Numbers.percent(row.efficiency(), 0)));
            if (warmup) {
                cells.add(MeasurementNotes.warmup(row));
            }
            jmh.ifPresent(group -> cells.add(jmhSpeedup(group, row)));
            builder.row(cells);
        }
        doc.add(builder.build());
        MeasurementNotes.paragraphs(table).forEach(doc::paragraph);
        table.twin().ifPresent(twin -> doc.paragraph("A/A control: SERIAL_TWIN / SERIAL = " + Numbers.fixed(twin.speedup(), 3)
                + " [" + Numbers.fixed(twin.low(), 3) + ", " + Numbers.fixed(twin.high(), 3) + "] over "
                + table.serialBlocks().length + " blocks (seed " + table.design().seed() + "): "
                + verdict(NoiseCheck.verdict(table).orElseThrow(), twin.relativeHalfWidth())));
        table.twoCoreControl().ifPresent(control -> doc.paragraph("Two-core A/A control: THREAD_POOL / THREAD_POOL_TWIN x"
                + table.twoCoreTwin().orElseThrow().workers() + " per block = " + Numbers.fixed(control.score(), 3) + " ["
                + Numbers.fixed(control.low(), 3) + ", " + Numbers.fixed(control.high(), 3) + "] over "
                + (control.jvms() == 1 ? "one harness JVM's blocks" : control.jvms() + " harness JVMs") + ": "
                + verdict(NoiseCheck.twoCoreVerdict(table).orElseThrow(), control.relativeHalfWidth())));
        Map<String, Map<Integer, Interval>> curves = curves(table);
        if (!curves.isEmpty()) {
            doc.add(new Block.Figure("Speedup of " + table.title() + " against workers, measured interleaved: each"
                    + " model's 95% interval as error bars (models nudged sideways so that their bars do not overlap),"
                    + " the ideal (speedup = workers) dashed grey.",
                    ScalingCharts.interleavedSpeedup(table.title(), curves)));
            doc.add(new Block.Figure("Efficiency (speedup / workers) of " + table.title() + ", measured interleaved,"
                    + " with 95% intervals; the ideal is 1.", ScalingCharts.interleavedEfficiency(table.title(), curves)));
        }
        Map<String, double[]> drift = new LinkedHashMap<>();
        drift.put("SERIAL", table.serialBlocks());
        if (table.twinBlocks().length > 0) {
            drift.put(SpeedupTable.TWIN, table.twinBlocks());
        }
        doc.add(new Block.Figure("SERIAL's and its twin's time per operation in each block of " + table.title()
                + ": how much the machine drifted while the speedups above were measured.",
                ScalingCharts.drift(table.title(), drift)));
    }

    /** What a control says: held, low resolution, or failed, with the differences it cannot see. */
    private static String verdict(NoiseCheck.Verdict verdict, double relativeHalfWidth) {
        String unseen = "differences under " + Numbers.plusMinusPercent(relativeHalfWidth) + " are not visible here.";
        return switch (verdict) {
            case HELD -> "its interval covers 1.0, so the control held; " + unseen;
            case LOW_RESOLUTION -> "its interval covers 1.0, so the control held, but it is wider than ±"
                    + NoiseCheck.RESOLUTION_PERCENT + "%: low resolution; " + unseen;
            case FAILED -> "its interval excludes 1.0, so the control failed: something on the machine moved these"
                    + " figures; " + unseen;
        };
    }

    /** Every model but SERIAL and its twin, by worker count: the points of the interleaved charts. */
    private static Map<String, Map<Integer, Interval>> curves(SpeedupTable table) {
        Map<String, Map<Integer, Interval>> byModel = new LinkedHashMap<>();
        for (SpeedupRow row : table.rows()) {
            if (!"SERIAL".equals(row.model()) && !SpeedupTable.isControl(row.model())) {
                byModel.computeIfAbsent(row.model(), m -> new TreeMap<>())
                        .put(row.workers(), new Interval(row.speedup(), row.low(), row.high()));
            }
        }
        return byModel;
    }

    /** The line above the table: its extremes, for a reader who will not read every row. */
    private static String summary(SpeedupTable table) {
        List<SpeedupRow> models = table.rows().stream()
                .filter(r -> !r.model().equals("SERIAL") && !SpeedupTable.isControl(r.model())).toList();
        if (models.isEmpty()) {
            return table.rows().size() + " configurations.";
        }
        SpeedupRow fastest = models.stream().max(java.util.Comparator.comparingDouble(SpeedupRow::speedup)).orElseThrow();
        SpeedupRow slowest = models.stream().min(java.util.Comparator.comparingDouble(SpeedupRow::speedup)).orElseThrow();
        return table.rows().size() + " configurations. Fastest: " + fastest.model() + " x" + fastest.workers() + " at "
                + Numbers.ratio(fastest.speedup()) + "x; slowest: " + slowest.model() + " x" + slowest.workers() + " at "
                + Numbers.ratio(slowest.speedup()) + "x" + table.twin().map(t -> "; A/A control " + Numbers.ratio(t.speedup()))
                .orElse("") + ".";
    }

    private static Optional<ScalingGroup> jmhGroup(List<ScalingGroup> groups, SpeedupTable table) {
        return groups.stream().filter(g -> !g.cpython() && g.scaling() == ScalingMethod.STRONG
                && g.suite().equals(table.design().suite()) && g.size().equals(table.size()) && "avgt".equals(g.mode()))
                .findFirst();
    }

    private static String jmhSpeedup(ScalingGroup group, SpeedupRow row) {
        String model = SpeedupTable.isControl(row.model()) ? null : row.model();
        Optional<ScalingPoint> point = group.points().stream()
                .filter(p -> p.model().equals(model) && p.workers() == row.workers() && Double.isFinite(p.speedup()))
                .findFirst();
        if (point.isEmpty()) {
            return Numbers.NONE;
        }
        double s = point.get().speedup();
        return Numbers.ratio(s) + (row.covers(s) ? "" : " (outside)");
    }
}
