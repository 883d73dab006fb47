package io.github.parbench.cli.runreport;

import io.github.parbench.format.Conformance;
import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.document.TableBuilder;

/** The jcstress gate's summary: each lesson with its verdict and its interesting and forbidden counts. */
final class ConformanceSection {

    private ConformanceSection() {
    }

    static void append(Document doc, Conformance conformance, int level) {
        doc.heading(level, "Conformance (jcstress)");
        doc.paragraph(text(conformance.tool()) + " " + text(conformance.jcstressVersion()) + ", mode "
                + text(conformance.mode()) + ", generated " + text(conformance.generated()) + ", " + build(conformance)
                + ": " + (conformance.passed() ? "passed" : "FAILED") + ".");
        if (conformance.tests() == null || conformance.tests().isEmpty()) {
            doc.paragraph("conformance.json lists no tests.");
            return;
        }
        TableBuilder table = new TableBuilder().text("Test").text("Lesson").text("Verdict").number("Samples")
                .number("Interesting").number("Required interesting").number("Forbidden");
        for (Conformance.Lesson test : conformance.tests()) {
            String name = text(test.test());
            table.row(name.substring(name.lastIndexOf('.') + 1), text(test.lesson()), text(test.verdict()),
                    Long.toString(test.samples()), Long.toString(test.interesting()),
                    Long.toString(test.requiredInteresting()), Long.toString(test.forbidden()));
        }
        doc.add(table.build());
    }

    /** Which build the verdict is on: the reader must be able to tell it is the build measured. */
    private static String build(Conformance conformance) {
        String commit = conformance.gitCommit();
        if (commit == null || commit.isBlank()) {
            return "git commit not recorded";
        }
        Boolean dirty = conformance.gitDirty();
        String tree = dirty == null ? "tree state not recorded" : dirty ? "with uncommitted changes" : "clean tree";
        return "git commit " + commit + " (" + tree + ")";
    }

    private static String text(String value) {
        return value == null ? Numbers.NONE : value;
    }
}
