package io.github.parbench.jcstress;

import io.github.parbench.format.Conformance;
import io.github.parbench.format.RunJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The gate's verdicts as conformance.json, in the run directory's schema ({@link Conformance}). */
public final class ConformanceJson {

    private ConformanceJson() {
    }

    public static Conformance toRecord(ConformanceReport report) {
        List<Conformance.Lesson> lessons = report.tests().stream().map(t -> new Conformance.Lesson(t.test(), t.lesson(),
                t.verdict().name(), t.samples(), t.interesting(), t.forbidden(), t.acceptable(), t.requiredInteresting(),
                t.outcomes().stream().map(o -> new Conformance.Outcome(o.id(), o.expect(), o.count(), o.description()))
                        .toList())).toList();
        // The build the verdict is for: bench copies it into a run only for that very commit, built clean.
        return new Conformance("jcstress", report.jcstressVersion(), report.mode(), report.generated().toString(),
                report.git().commit(), report.git().dirty(), report.passed(), lessons);
    }

    public static void write(ConformanceReport report, Path target) throws IOException {
        RunJson.write(target, toRecord(report));
    }
}
