package io.github.parbench.cli.runreport;

import io.github.parbench.cli.document.Block;
import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.TableBuilder;
import io.github.parbench.cli.input.RunDirectory;
import io.github.parbench.cli.scaling.ScalingAnalysis;
import io.github.parbench.cli.scaling.ScalingCharts;
import io.github.parbench.cli.scaling.ScalingGroup;
import io.github.parbench.cli.scaling.ScalingPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One report over several runs (e.g. one per cluster node): their environments and speedups side by
 * side first, then each run's full report.
 */
public final class CombinedReport {

    private static final List<String> SUMMARY_ORDER = List.of("host", "cpuModel", "cores", "javaVersion", "os", "profile", "start");

    private CombinedReport() {
    }

    public static Document build(List<RunDirectory> runs) {
        Document doc = new Document("parbench report: " + runs.size() + " runs compared");
        doc.heading(1, "Runs side by side");
        TableBuilder env = new TableBuilder().text("Property");
        runs.forEach(r -> env.text(r.label()));
        for (String key : SUMMARY_ORDER) {
            List<String> row = new ArrayList<>();
            row.add(EnvironmentSection.label(key));
            runs.forEach(r -> row.add(EnvironmentSection.summaryValue(r, key)));
            env.row(row);
        }
        doc.add(env.build());

        Map<String, List<List<ScalingPoint>>> byTitle = new LinkedHashMap<>();
        Map<String, ScalingGroup> firstGroup = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (ScalingGroup group : ScalingAnalysis.groups(runs.get(i).results())) {
                List<List<ScalingPoint>> perRun = byTitle.computeIfAbsent(group.title(), t -> emptyPerRun(runs.size()));
                perRun.set(i, group.points());
                firstGroup.putIfAbsent(group.title(), group);
            }
        }
        if (!byTitle.isEmpty()) {
            doc.heading(1, "Speedups side by side");
            doc.paragraph(ScalingSection.FORMULAS);
            byTitle.forEach((title, perRun) -> {
                doc.heading(2, title);
                doc.add(sideBySide(runs, perRun));
                ScalingGroup first = firstGroup.get(title);
                ScalingGroup merged = new ScalingGroup(first.suite(), first.scaling(), first.size(), first.cpython(), first.mode(),
                        first.unit(), labelled(runs, perRun));
                doc.add(new Block.Figure("Speedup of " + title + " per model and run (model @ run), from JMH. "
                        + ScalingSection.DIFFERENT_TIMES,
                        ScalingCharts.speedup(merged, Map.of())));
            });
        }
        for (RunDirectory run : runs) {
            doc.heading(1, "Run " + run.label());
            RunReport.appendRun(doc, run, 2);
        }
        return doc;
    }

    private static Block.Table sideBySide(List<RunDirectory> runs, List<List<ScalingPoint>> perRun) {
        Set<String> rowsSeen = new LinkedHashSet<>();
        List<String[]> rowKeys = new ArrayList<>();
        perRun.forEach(points -> points.forEach(p -> {
            if (rowsSeen.add(p.model() + "\u0000" + p.workers())) {
                rowKeys.add(new String[] {p.model(), Integer.toString(p.workers())});
            }
        }));
        TableBuilder table = new TableBuilder().text("Model").number("Workers");
        runs.forEach(r -> table.number("Speedup " + r.label()));
        for (String[] key : rowKeys) {
            List<String> row = new ArrayList<>(List.of(key[0], key[1]));
            perRun.forEach(points -> row.add(ScalingSection.speedupText(points, key[0], Integer.parseInt(key[1]))));
            table.row(row);
        }
        return table.build();
    }

    /** Every run's points in one list, each model named after its run so the chart tells them apart. */
    private static List<ScalingPoint> labelled(List<RunDirectory> runs, List<List<ScalingPoint>> perRun) {
        List<ScalingPoint> all = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String label = runs.get(i).label();
            for (ScalingPoint p : perRun.get(i)) {
                all.add(new ScalingPoint(p.model() + " @ " + label, p.workers(), p.result(), p.speedup(), p.speedupError(),
                        p.efficiency(), p.karpFlatt()));
            }
        }
        return all;
    }

    private static List<List<ScalingPoint>> emptyPerRun(int runs) {
        List<List<ScalingPoint>> perRun = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            perRun.add(List.of());
        }
        return perRun;
    }
}
