package io.github.parbench.cli.runreport;

import io.github.parbench.cli.document.Block;
import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.document.TableBuilder;
import io.github.parbench.cli.findings.FindingSentences;
import io.github.parbench.cli.findings.FindingWarnings;
import io.github.parbench.cli.findings.LectureRow;
import io.github.parbench.cli.findings.LectureSlide;
import io.github.parbench.cli.input.RunDirectory;
import io.github.parbench.cli.scaling.Interval;
import io.github.parbench.cli.scaling.ScalingCharts;
import io.github.parbench.cli.speedup.SpeedupRow;
import io.github.parbench.cli.speedup.SpeedupTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader needs in 30 seconds, before anything else: the run's resolution when it is coarse
 * and every warning, each said once, a few sentences written from the data, and the lecture's slide
 * redone (serial against two threads against two processes, CPython beside the JVM) as a table and
 * a chart with the intervals.
 */
final class FindingsSection {

    private FindingsSection() {
    }

    static void append(Document doc, RunDirectory run, List<SpeedupTable> tables, int level) {
        List<String> sentences = FindingSentences.of(tables, run.results(), run.conformance());
        List<LectureRow> slide = LectureSlide.rows(tables);
        List<String> warnings = FindingWarnings.of(tables);
        if (sentences.isEmpty() && slide.isEmpty() && warnings.isEmpty()) {
            return;
        }
        doc.heading(level, "Findings");
        warnings.forEach(doc::paragraph);
        if (!slide.isEmpty()) {
            doc.paragraph("The lecture's experiment on this machine: each side's speedup measured interleaved against"
                    + " its own SERIAL, with its 95% interval. The last column compares the runtimes per element; its"
                    + " two sides ran in different parts of the run, so only its order of magnitude counts.");
            doc.add(table(slide));
        }
        doc.bullets(sentences);
        if (!slide.isEmpty()) {
            doc.add(new Block.Figure("Speedup over each runtime's own serial run, at the lecture's sizes, measured"
                    + " interleaved; error bars are the 95% intervals.",
                    ScalingCharts.grouped("The lecture's slide, redone", "speedup vs its own SERIAL", chart(slide))));
        }
    }

    private static Block.Table table(List<LectureRow> rows) {
        TableBuilder table = new TableBuilder().text("Workload").text("Model")
                .number("CPython n").number("CPython ms/op").number("CPython speedup")
                .number("JVM n").number("JVM ms/op").number("JVM speedup").number("CPython / JVM per element");
        for (LectureRow row : rows) {
            table.row(row.workload(), row.label(),
                    row.cpython().isPresent() ? Numbers.count(row.cpythonN()) : Numbers.NONE,
                    time(row.cpython()), speedup(row.cpython()),
                    row.jvm().isPresent() ? Numbers.count(row.jvmN()) : Numbers.NONE,
                    time(row.jvm()), speedup(row.jvm()),
                    Double.isFinite(row.cpythonOverJvmPerElement())
                            ? Numbers.significant(row.cpythonOverJvmPerElement(), 2) + "x" : Numbers.NONE);
        }
        return table.build();
    }

    private static Map<String, Map<String, Interval>> chart(List<LectureRow> rows) {
        Map<String, Map<String, Interval>> bySeries = new LinkedHashMap<>();
        bySeries.put("CPython", new LinkedHashMap<>());
        bySeries.put("JVM", new LinkedHashMap<>());
        for (LectureRow row : rows) {
            if (row.label().equals("serial")) {
                continue;
            }
            String category = row.workload() + ": " + row.label();
            row.cpython().ifPresent(r -> bySeries.get("CPython").put(category, interval(r)));
            row.jvm().ifPresent(r -> bySeries.get("JVM").put(category, interval(r)));
        }
        return bySeries;
    }

    private static Interval interval(SpeedupRow row) {
        return new Interval(row.speedup(), row.low(), row.high());
    }

    private static String time(Optional<SpeedupRow> row) {
        return row.map(r -> Numbers.significant(r.meanMillis(), 3)).orElse(Numbers.NONE);
    }

    private static String speedup(Optional<SpeedupRow> row) {
        return row.map(r -> Numbers.ratio(r.speedup()) + " [" + Numbers.ratio(r.low()) + ", " + Numbers.ratio(r.high()) + "]")
                .orElse(Numbers.NONE);
    }
}
