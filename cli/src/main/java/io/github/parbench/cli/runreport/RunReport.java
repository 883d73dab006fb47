package io.github.parbench.cli.runreport;

import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.TableBuilder;
import io.github.parbench.format.JmhResult;
import io.github.parbench.cli.input.RunDirectory;
import io.github.parbench.cli.scaling.ScalingAnalysis;
import io.github.parbench.cli.scaling.ScalingGroup;
import io.github.parbench.cli.speedup.SpeedupAnalysis;
import io.github.parbench.cli.speedup.SpeedupTable;
import java.nio.file.Path;
import java.util.List;

/**
 * The report of one run directory: findings first (with a warning when the A/A control says the
 * machine was too noisy), the interleaved speedups, JMH scaling, CPython reference, round-trip
 * latency (both sides), conformance, the rest, and the environment last.
 */
public final class RunReport {

    static final String CPYTHON_NOTE = "The lecture's own Python programs, run by CPython on the same machine:"
            + " THREADS is threading.Thread, PROCESS_SPAWN multiprocessing.Process, PROCESS_POOL Pool.map."
            + " Speedups are against CPython's own SERIAL.";

    private RunReport() {
    }

    public static Document build(RunDirectory run) {
        Document doc = new Document("parbench report: " + EnvironmentSection.title(run));
        appendRun(doc, run, 1);
        return doc;
    }

    /** Every section of one run, its headings at {@code level} (so a combined report can nest them). */
    static void appendRun(Document doc, RunDirectory run, int level) {
        List<SpeedupTable> speedups = SpeedupAnalysis.tables(run.results());
        FindingsSection.append(doc, run, speedups, level);
        SpeedupSection.append(doc, speedups, run.results(), level);

        List<ScalingGroup> groups = ScalingAnalysis.groups(run.results());
        List<ScalingGroup> jvm = groups.stream().filter(g -> !g.cpython()).toList();
        List<ScalingGroup> cpython = groups.stream().filter(ScalingGroup::cpython).toList();
        if (!jvm.isEmpty()) {
            doc.heading(level, ScalingSection.HEADING);
            doc.paragraph(ScalingSection.FORMULAS);
            jvm.forEach(g -> ScalingSection.append(doc, g, level + 1));
        }
        if (!cpython.isEmpty()) {
            doc.heading(level, "CPython reference");
            doc.paragraph(CPYTHON_NOTE);
            cpython.forEach(g -> ScalingSection.append(doc, g, level + 1));
        }
        LatencySection.append(doc, run.results(), level);
        run.conformance().ifPresent(c -> ConformanceSection.append(doc, c, level));
        List<JmhResult> others = run.results().stream().filter(r -> !ScalingAnalysis.isScaling(r)
                && !SpeedupAnalysis.isInterleaved(r) && !LatencySection.isLatency(r)).toList();
        OtherResultsSection.append(doc, others, level);
        if (!run.ignored().isEmpty()) {
            doc.heading(level, "Files not read");
            doc.bullets(run.ignored().stream().map(p -> fileName(p) + ": valid JSON, but not JMH results").toList());
        }
        // The machine matters to whoever reproduces a figure, not to whoever reads it first: last.
        doc.heading(level, "Environment");
        TableBuilder env = new TableBuilder().text("Property").text("Value");
        EnvironmentSection.rows(run).forEach(row -> env.row(row[0], row[1]));
        doc.add(env.build());
    }

    private static String fileName(Path path) {
        return String.valueOf(path.getFileName());
    }
}
