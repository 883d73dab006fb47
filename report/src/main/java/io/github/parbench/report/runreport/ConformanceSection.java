package io.github.parbench.report.runreport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parbench.report.document.Document;
import io.github.parbench.report.document.Numbers;
import io.github.parbench.report.document.TableBuilder;

/** The jcstress gate's summary: each lesson with its verdict and its interesting and forbidden counts. */
final class ConformanceSection {

    private ConformanceSection() {
    }

    static void append(Document doc, JsonNode conformance, int level) {
        doc.heading(level, "Conformance (jcstress)");
        String passed = conformance.path("passed").isBoolean()
                ? (conformance.get("passed").asBoolean() ? "passed" : "FAILED") : "verdict not recorded";
        doc.paragraph(text(conformance, "tool") + " " + text(conformance, "jcstressVersion") + ", mode "
                + text(conformance, "mode") + ", generated " + text(conformance, "generated") + ", " + build(conformance)
                + ": " + passed + ".");
        JsonNode tests = conformance.path("tests");
        if (!tests.isArray() || tests.isEmpty()) {
            doc.paragraph("conformance.json lists no tests.");
            return;
        }
        TableBuilder table = new TableBuilder().text("Test").text("Lesson").text("Verdict").number("Samples")
                .number("Interesting").number("Required interesting").number("Forbidden");
        for (JsonNode test : tests) {
            String name = text(test, "test");
            table.row(name.substring(name.lastIndexOf('.') + 1), text(test, "lesson"), text(test, "verdict"),
                    text(test, "samples"), text(test, "interesting"), text(test, "requiredInteresting"), text(test, "forbidden"));
        }
        doc.add(table.build());
    }

    /** Which build the verdict is on: the reader must be able to tell it is the build measured. */
    private static String build(JsonNode conformance) {
        JsonNode commit = conformance.path("gitCommit");
        if (!commit.isTextual() || commit.asText().isBlank()) {
            return "git commit not recorded";
        }
        JsonNode dirty = conformance.path("gitDirty");
        String tree = !dirty.isBoolean() ? "tree state not recorded"
                : dirty.asBoolean() ? "with uncommitted changes" : "clean tree";
        return "git commit " + commit.asText() + " (" + tree + ")";
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        return node.isMissingNode() || node.isNull() ? Numbers.NONE : node.asText();
    }
}
