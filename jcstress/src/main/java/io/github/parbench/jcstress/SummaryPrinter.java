package io.github.parbench.jcstress;

import java.io.PrintStream;

/** The console summary: each lesson with its interesting and forbidden counts, failures last. */
public final class SummaryPrinter {

    private SummaryPrinter() {
    }

    public static void print(ConformanceReport report, PrintStream out) {
        out.println();
        out.printf("Conformance: the lessons under jcstress %s (mode %s)%n", report.jcstressVersion(), report.mode());
        out.printf("%-10s %14s %14s %10s  %s%n", "VERDICT", "INTERESTING", "(REQUIRED)", "FORBIDDEN", "LESSON / TEST");
        for (LessonResult t : report.tests()) {
            String required = t.requiredInteresting() > 0 ? String.format("(>= %,d)", t.requiredInteresting()) : "";
            out.printf("%-10s %,14d %14s %,10d  %s%n", t.verdict(), t.interesting(), required, t.forbidden(), t.lesson());
            out.printf("%-10s %14s %14s %10s    %s, %,d samples%n", "", "", "", "", shortName(t.test()), t.samples());
        }
        long passed = report.tests().stream().filter(LessonResult::passed).count();
        out.printf("%d of %d tests passed%n", passed, report.tests().size());
        for (LessonResult failure : report.failures()) {
            out.printf("%s %s: %s%n", failure.verdict(), failure.test(), failure.problem());
        }
    }

    private static String shortName(String test) {
        return test.substring(test.lastIndexOf('.') + 1);
    }
}
